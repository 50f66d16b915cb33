//! Bytes in, every stage run, every invariant checked: the functions the
//! fuzz targets call, and that `tests/fuzz_corpus.rs` replays on the
//! committed corpus. A violation panics with what was wrong, which is what
//! a fuzzer reports as a crash.

use super::{check_document, check_file_json, check_markup, check_report};
use crate::config::{Config, RuleSettings};
use crate::diagnostic::Category;
use crate::engine::{self, FileReport};
use crate::markup::{self, MarkupKind};
use crate::render::{Human, Json, Renderer};
use crate::rules::Catalogue;
use crate::source::{self, DecodeError, Encoding};
use crate::text::{Document, Language};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The markup layer alone, on any text (invalid UTF-8 is replaced, so the
/// fuzzer can reach every parser state).
pub fn markup(data: &[u8], kind: MarkupKind) {
    let source = String::from_utf8_lossy(data);
    let markup = markup::parse(&source, kind);
    if let Err(v) = check_markup(&source, &markup) {
        panic!("{kind:?} markup: {v}");
    }
    // The text layer on top, in both languages (tokenisation differs).
    for language in [Language::Fr, Language::En] {
        let doc = Document::new(
            Path::new("fuzz"),
            &source,
            markup.clone(),
            Some(language),
            Language::En,
        );
        if let Err(v) = check_document(&doc) {
            panic!("{kind:?} document ({language:?}): {v}");
        }
    }
}

/// Front matter of each format at the top of a Markdown page, then HTML:
/// `data` is what follows the opening delimiter.
pub fn front_matter(data: &[u8]) {
    for opening in [&b"---\n"[..], b"+++\n", b"{"] {
        let mut page = opening.to_vec();
        page.extend_from_slice(data);
        markup(&page, MarkupKind::Markdown);
        markup(&page, MarkupKind::Html);
    }
}

/// The whole pipeline as `draftlint check` runs it: decode the bytes (as
/// UTF-8, else as Windows-1252 the way `--encoding` would), lint as
/// Markdown, as plain text and as HTML or MDX (one of the two, chosen by
/// the input's length, so every input reaches the full pipeline of three
/// markup layers and the corpus covers all four) with every rule enabled,
/// render every format.
pub fn pipeline(data: &[u8]) {
    let config = all_rules_config();
    let text = match source::decode(data.to_vec(), None) {
        Ok(text) => text,
        Err(DecodeError::NotUtf8 { .. }) => {
            match source::decode(data.to_vec(), Some(Encoding::WINDOWS_1252)) {
                Ok(text) => text,
                Err(e) => panic!("forced Windows-1252 refused bytes it accepted: {e}"),
            }
        }
        Err(e) => {
            render_all(&FileReport::failed(Path::new("fuzz.md"), e.to_string()));
            return;
        }
    };
    let third = if data.len().is_multiple_of(2) {
        "fuzz.html"
    } else {
        "fuzz.mdx"
    };
    for name in ["fuzz.md", "fuzz.txt", third] {
        let path = PathBuf::from(name);
        let settings = config.file_settings(&path);
        let report = engine::lint_text(&path, text.clone(), config, &settings);
        if let Err(v) = check_report(&report) {
            panic!("{name}: {v}");
        }
        render_all(&report);
    }
}

/// Renders one report in every format; the JSON must parse and agree with
/// the report.
fn render_all(report: &FileReport) {
    let mut out = Vec::new();
    Json.file(report, 0, &mut out);
    let value: serde_json::Value = match serde_json::from_slice(&out) {
        Ok(v) => v,
        Err(e) => panic!("JSON output does not parse: {e}"),
    };
    if let Err(v) = check_file_json(report, &value) {
        panic!("JSON: {v}");
    }
    for color in [false, true] {
        let mut out = Vec::new();
        Human::new(color).file(report, 0, &mut out);
    }
}

/// The built-in configuration with every rule enabled, opt-in ones too,
/// built once per process. Spelling suggestions are off (`suggestions =
/// 0`): computing them is most of the time spent on random text, and
/// they never change a span.
pub fn all_rules_config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        let catalogue = Catalogue::builtin().expect("built-in rules load");
        let mut config = Config::defaults(PathBuf::from("."), catalogue);
        for category in Category::ALL {
            if config.catalogue.knows_selector(category.as_str()) {
                config.rules.insert(
                    category.as_str().to_string(),
                    RuleSettings {
                        enabled: Some(true),
                        ..RuleSettings::default()
                    },
                );
            }
        }
        let mut unknown_word = RuleSettings::default();
        unknown_word
            .options
            .insert("suggestions".into(), toml::Value::Integer(0));
        config
            .rules
            .insert("spelling.unknown-word".into(), unknown_word);
        config
    })
}
