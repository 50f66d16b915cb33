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
const DETECTION_SAMPLE_BYTES: usize = 4 * 1024;

/// Function words that are frequent in one language and rare in the other.
/// Counting them settles French against English on a few sentences, much
/// faster than trigram models; whatlang decides the rare unclear cases.
fn marker(word: &str) -> Option<Language> {
    match word {
        "le" | "la" | "les" | "des" | "du" | "et" | "est" | "une" | "que" | "qui" | "dans"
        | "pour" | "pas" | "sur" | "au" | "aux" | "avec" | "sont" | "ce" | "cette" | "mais"
        | "ou" | "il" | "elle" | "nous" => Some(Language::Fr),
        "the" | "and" | "of" | "to" | "is" | "that" | "in" | "it" | "with" | "for" | "was"
        | "are" | "this" | "on" | "be" | "by" | "as" | "at" | "from" | "have" | "has" | "which"
        | "not" | "but" | "or" => Some(Language::En),
        _ => None,
    }
}

/// Picks French or English from the prose; `fallback` when there is too
/// little text to tell.
pub fn detect_language(markup: &Markup, fallback: Language) -> Language {
    let sample = sample(markup);
    if sample.trim().len() < 20 {
        return fallback;
    }
    let (mut fr, mut en) = (0usize, 0usize);
    let mut buffer = [0u8; 5];
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.len() <= 5)
    {
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        match std::str::from_utf8(lower).ok().and_then(marker) {
            Some(Language::Fr) => fr += 1,
            Some(Language::En) => en += 1,
            None => {}
        }
        // A clear majority early on settles it: no need to read on.
        if (fr >= 20 && fr >= 4 * en) || (en >= 20 && en >= 4 * fr) {
            break;
        }
    }
    if fr >= 5 && fr >= 2 * en {
        return Language::Fr;
    }
    if en >= 5 && en >= 2 * fr {
        return Language::En;
    }
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    let guess = detector.detect(&sample);
    let by_markers = match fr.cmp(&en) {
        std::cmp::Ordering::Greater => Some(Language::Fr),
        std::cmp::Ordering::Less => Some(Language::En),
        std::cmp::Ordering::Equal => None,
    };
    // On a line or two, trigrams are a coin toss (a title-case English
    // headline reads as French to them): a function word, when there is
    // one, is the better witness.
    match (guess, by_markers) {
        (Some(info), markers) if info.is_reliable() || markers.is_none() => match info.lang() {
            whatlang::Lang::Fra => Language::Fr,
            whatlang::Lang::Eng => Language::En,
            _ => markers.unwrap_or(fallback),
        },
        (_, markers) => markers.unwrap_or(fallback),
    }
}

/// The language of one paragraph when it is clearly not `expected`:
/// function words say so (five at least, four times as many as
/// `expected`'s), and a reliable whatlang guess agrees. Trigrams are only
/// consulted for paragraphs the function words already set apart, so a
/// document in one language costs one word scan per paragraph.
pub fn confident_language(text: &str, expected: Language) -> Option<Language> {
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 5 {
            continue;
        }
        match marker(&word.to_lowercase()) {
            Some(Language::Fr) => fr += 1,
            Some(Language::En) => en += 1,
            None => {}
        }
    }
    let by_markers = if fr >= 5 && fr >= 4 * en {
        Language::Fr
    } else if en >= 5 && en >= 4 * fr {
        Language::En
    } else {
        return None;
    };
    if by_markers == expected {
        return None;
    }
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    let info = detector.detect(text).filter(whatlang::Info::is_reliable)?;
    let by_trigrams = match info.lang() {
        whatlang::Lang::Fra => Language::Fr,
        whatlang::Lang::Eng => Language::En,
        _ => return None,
    };
    (by_markers == by_trigrams).then_some(by_markers)
}

fn sample(markup: &Markup) -> String {
    let mut sample = String::new();
    for block in &markup.blocks {
        if sample.len() >= DETECTION_SAMPLE_BYTES {
            break;
        }
        let prose = markup.prose(block.span());
        let room = DETECTION_SAMPLE_BYTES - sample.len();
        let mut cut = prose.len().min(room);
        while !prose.is_char_boundary(cut) {
            cut -= 1;
        }
        sample.push_str(&prose[..cut]);
        sample.push('\n');
    }
    sample
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{MarkupKind, parse};

    fn detect(text: &str) -> Language {
        detect_language(&parse(text, MarkupKind::Plain), Language::En)
    }

    #[test]
    fn tells_french_from_english() {
        assert_eq!(
            detect(
                "Le conseil municipal a voté le budget de la ville et les élus sont satisfaits."
            ),
            Language::Fr
        );
        assert_eq!(
            detect(
                "The council voted on the budget of the city and the members are pleased with it."
            ),
            Language::En
        );
    }

    #[test]
    fn short_lines_trust_their_function_words() {
        assert_eq!(
            detect("Mayor Unveils Plans for Riverside Market After Years"),
            Language::En
        );
        assert_eq!(
            detect("Marchés Couverts pour Villages Ruraux Anciens"),
            Language::Fr
        );
    }

    #[test]
    fn short_text_falls_back() {
        assert_eq!(detect("Oui."), Language::En);
    }
}
