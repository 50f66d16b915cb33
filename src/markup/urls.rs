//! URLs and e-mail addresses are never prose, in Markdown or in plain text.

use super::mask;
use crate::diagnostic::Span;
use regex::Regex;
use std::sync::LazyLock;

static URL_HINT: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(["://", "www.", "@"]).expect("URL hints compile")
});

static URL_OR_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // No `\b`: Unicode word boundaries force a slow engine, and a URL
        // or address glued to a preceding letter is rare enough to accept.
        r"(?x)
        (?:https?|ftp)://[^\s<>()\[\]]+
      | www\.[^\s<>()\[\]]+\.[^\s<>()\[\]]+
      | [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}
    ",
    )
    .expect("URL pattern compiles")
});

pub fn mask_urls_and_emails(masked: &mut String) {
    // Most drafts have neither; one SIMD scan lets them skip the regex.
    if !URL_HINT.is_match(masked.as_str()) {
        return;
    }
    let spans: Vec<Span> = URL_OR_EMAIL
        .find_iter(masked)
        .map(|m| {
            // A sentence's own punctuation after a URL is prose, not URL.
            let trimmed = m
                .as_str()
                .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', '»']);
            Span::new(m.start(), m.start() + trimmed.len())
        })
        .collect();
    if spans.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(masked).into_bytes();
    for span in spans {
        mask(&mut bytes, span);
    }
    *masked = super::into_string(bytes);
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks_urls_and_emails() {
        let mut s = "voir https://exemple.fr/a?b=1 ou écrire à moi@exemple.fr.".to_string();
        super::mask_urls_and_emails(&mut s);
        assert!(!s.contains("exemple"));
        assert!(s.starts_with("voir "));
        assert!(s.ends_with('.'));
    }
}
