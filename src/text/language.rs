//! The language of a document: configured, declared in front matter, or
//! detected among the languages we have rules for.

use crate::markup::Markup;
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Fr,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// Accepts `fr`, `fr-FR`, `fr_CA`, `en`, `en-US`, `english`… .
    pub fn from_tag(tag: &str) -> Option<Language> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        match primary {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Language::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Language::En),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How much prose detection reads: enough for a sure answer, bounded so a
/// 50 MB file costs no more than a short one.
const DETECTION_SAMPLE_BYTES: usize = 16 * 1024;

/// Picks French or English from the prose; `fallback` when there is too
/// little text to tell.
pub fn detect_language(markup: &Markup, fallback: Language) -> Language {
    let mut sample = String::new();
    for block in &markup.blocks {
        if sample.len() >= DETECTION_SAMPLE_BYTES {
            break;
        }
        let prose = markup.prose(block.span);
        let room = DETECTION_SAMPLE_BYTES - sample.len();
        let mut cut = prose.len().min(room);
        while !prose.is_char_boundary(cut) {
            cut -= 1;
        }
        sample.push_str(&prose[..cut]);
        sample.push('\n');
    }
    if sample.trim().len() < 20 {
        return fallback;
    }
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    match detector.detect_lang(&sample) {
        Some(whatlang::Lang::Fra) => Language::Fr,
        Some(whatlang::Lang::Eng) => Language::En,
        _ => fallback,
    }
}
