//! Properties that hold for any input: every diagnostic span lies inside the
//! file on character boundaries, JSON lines and columns agree with the byte
//! offsets, and linting the same text twice gives the same diagnostics.
//!
//! Inputs are built from fragments that stress the layers: Markdown syntax,
//! French punctuation and spaces, ellipses, both apostrophes, multi-byte and
//! combining characters, zero-width and non-breaking spaces, every line
//! ending, doubled words; plus arbitrary strings.

use draftlint::engine::{self, FileReport};
use draftlint::invariants::{self, harness};
use draftlint::render::{Json, Renderer};
use proptest::prelude::*;
use std::path::Path;

const FRAGMENTS: &[&str] = &[
    // Words, French and English, some accented, some elided.
    "le",
    "la",
    "les",
    "de",
    "du",
    "un",
    "une",
    "et",
    "est",
    "été",
    "œuvre",
    "manœuvre",
    "manoeuvre",
    "l'",
    "l’",
    "d'",
    "qu’",
    "aujourd'hui",
    "the",
    "of",
    "and",
    "don't",
    "it’s",
    "rapport",
    "commission",
    "village",
    "marché",
    "Paris",
    "Élise",
    "report",
    "council",
    "enjei",
    "recieve",
    "XIXe",
    "2024",
    "3,5",
    "n°",
    "e-mail",
    "peut-être",
    // Spaces and line endings.
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{a0}",
    "\u{202f}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    // Punctuation, French and English.
    ".",
    ",",
    ";",
    " ;",
    ":",
    "\u{202f}:",
    "!",
    " !",
    "?",
    "…",
    "...",
    "« ",
    " »",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    "—",
    "–",
    "-",
    // Markdown.
    "# ",
    "## ",
    "###### ",
    "* ",
    "- ",
    "1. ",
    "> ",
    "`",
    "```\n",
    "~~~",
    "**",
    "_",
    "[",
    "]",
    "](https://exemple.fr/a?b=c)",
    "[x]: http://x.y\n",
    "|",
    "| --- |",
    "---\n",
    "+++\n",
    "<!-- ",
    " -->",
    "<!-- draftlint-disable-next-line repetition -->",
    "<div>",
    "</div>",
    "<br/>",
    "&amp;",
    // Editorial formats: templates, MDX, HTML, references, directives.
    "{{< figure caption=\"Un beau titre\" >}}",
    "{{% notice %}}",
    "{% raw %}",
    "{% endraw %}",
    "{{ ",
    " }}",
    "{: .note}",
    "import X from 'y'\n",
    "{",
    "}",
    "<Chart title=\"Deux mots\" data={[1]} />",
    "<p lang=\"en\">",
    "</p>",
    "<h2>",
    "</h2>",
    "<script>",
    "</script>",
    "<a href=\"/x\">",
    "</a>",
    "&eacute;",
    "&hellip;",
    "&#x2019;",
    "<!-- draftlint-lang en -->",
    "\\",
    "    ",
    "https://exemple.org/page",
    "nom@exemple.fr",
    // Escapes and odd characters that must stay literal text.
    "\\ud800",
    "\\u{DFFF}",
    "\u{301}",
    "😀",
    "🇫🇷",
    "ﬁ",
    "Æ",
    "ß",
    "İ",
    "\u{0}",
];

/// Text made of fragments, sometimes with an arbitrary string mixed in.
fn draft() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        10 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[a-zA-Zéèàœ’' .,…]{1,30}",
    ];
    proptest::collection::vec(fragment, 0..120).prop_map(|parts| parts.concat())
}

fn lint(name: &str, text: &str) -> FileReport {
    let config = harness::all_rules_config();
    let path = Path::new(name);
    engine::lint_text(path, text.to_string(), config, &config.file_settings(path))
}

/// 64 cases keep `cargo test` quick; `PROPTEST_CASES=10000` searches harder.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn spans_lie_inside_the_file_on_character_boundaries(text in draft()) {
        for name in ["draft.md", "draft.txt", "draft.mdx", "draft.html"] {
            let report = lint(name, &text);
            if let Err(v) = invariants::check_report(&report) {
                return Err(TestCaseError::fail(format!("{name}: {v}")));
            }
        }
    }

    #[test]
    fn json_lines_and_columns_agree_with_offsets(text in draft()) {
        for name in ["draft.md", "draft.txt"] {
            let report = lint(name, &text);
            let mut out = Vec::new();
            Json.file(&report, 0, &mut out);
            let value: serde_json::Value = serde_json::from_slice(&out)
                .map_err(|e| TestCaseError::fail(format!("invalid JSON: {e}")))?;
            if let Err(v) = invariants::check_file_json(&report, &value) {
                return Err(TestCaseError::fail(format!("{name}: {v}")));
            }
        }
    }

    #[test]
    fn markup_and_text_layers_keep_their_invariants(text in draft()) {
        harness::markup(text.as_bytes(), draftlint::markup::MarkupKind::Markdown);
        harness::markup(text.as_bytes(), draftlint::markup::MarkupKind::Plain);
        harness::markup(text.as_bytes(), draftlint::markup::MarkupKind::Mdx);
        harness::markup(text.as_bytes(), draftlint::markup::MarkupKind::Html);
    }

    #[test]
    fn linting_twice_gives_the_same_diagnostics(text in draft()) {
        for name in ["draft.md", "draft.txt"] {
            let first = lint(name, &text);
            let second = lint(name, &text);
            prop_assert_eq!(&first.diagnostics, &second.diagnostics);
            prop_assert_eq!(first.language, second.language);
        }
    }
}
