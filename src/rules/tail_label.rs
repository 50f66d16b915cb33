//! The shape of a label that closes a block: "… Lire la suite",
//! "(read more)", "[Lire la suite]", "Continue reading →",
//! "Read more: <title of another article>".
//!
//! Pages put a call to read (or to read something else) after each excerpt,
//! in many syntactic wrappers: bare, in brackets, with arrows, chevrons or an
//! ellipsis, or followed by a colon and the title it points to. Which words
//! make a label is the caller's business (a rule pack's phrases, the
//! truncation rules' own list); this module only answers "is this match set
//! apart as a label at the end of its block?", so every label rule accepts
//! every wrapper.

/// Characters that open a label's wrapper: brackets, quotes, arrows and
/// chevrons, bullets and dashes, emphasis markers.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '<'
            | '«'
            | '‹'
            | '"'
            | '“'
            | '»'
            | '›'
            | '>'
            | '→'
            | '⟶'
            | '➔'
            | '▸'
            | '►'
            | '•'
            | '·'
            | '|'
            | '-'
            | '–'
            | '—'
            | '*'
            | '_'
    )
}

/// `before` (the text before a label) without the label's opening
/// wrapper: "… minutes. [" becomes "… minutes.".
pub fn trim_opening(before: &str) -> &str {
    before.trim_end_matches(|c: char| c.is_whitespace() || (is_opening(c) && c != '»'))
}

/// Titles after "Read more:" are headlines: a few words, one line.
const MAX_TITLE_WORDS: usize = 20;

/// How a label ends its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelEnd {
    /// Nothing after it but closing wrappers: "Lire la suite »".
    Bare,
    /// A colon (or dash) and a short title: "Read more: Why the bridge
    /// closed".
    Titled,
}

/// Whether `after` (the text from the end of a label to the end of its
/// block) lets the label close the block.
pub fn label_end(after: &str) -> Option<LabelEnd> {
    // Brackets, arrows, chevrons, an ellipsis, an emoji: decoration.
    if !after.chars().any(char::is_alphanumeric) {
        return Some(LabelEnd::Bare);
    }
    let rest = after.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_title_mark(c));
    let title = rest.strip_prefix(is_title_mark)?;
    let words = title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let one_line = !title.trim().contains('\n');
    (words <= MAX_TITLE_WORDS && one_line).then_some(LabelEnd::Titled)
}

/// What introduces the title a label points to: "Read more: <title>",
/// "Lire aussi — <titre>".
fn is_title_mark(c: char) -> bool {
    matches!(c, ':' | '–' | '—')
}

/// Whether a label starting right after `before` (the block's text up to
/// the label) is set apart from the sentence before it: it opens the block
/// or a sentence, it is wrapped (`(`, `[`, `→`), or it is capitalised in
/// the middle of a sentence (`… near the Read more`), which prose never
/// does with these words.
pub fn label_start(before: &str, label: &str) -> bool {
    let trimmed = before.trim_end();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return true;
    }
    let Some(last) = trimmed.chars().next_back() else {
        return true;
    };
    if is_opening(last) || matches!(last, '.' | '!' | '?' | '…' | ':') {
        return true;
    }
    // `…` written as `[…]` or `(...)` before the label: an elided excerpt.
    if trimmed.ends_with([']', ')']) && trimmed.contains(['…', '.']) {
        let inner = trimmed
            .trim_end_matches([']', ')'])
            .trim_end_matches(['.', '…', ' ']);
        if trimmed.len() - inner.len() >= 3 && inner.ends_with(['[', '(']) {
            return true;
        }
    }
    label.chars().next().is_some_and(char::is_uppercase)
}

/// How far from a match `is_mentioned` looks for its quotation marks and
/// counts the straight quotes before it: far more than a quotation of
/// `MAX_MENTION_WORDS` words takes, and more than most paragraphs hold
/// (the quotes counted before a match are the paragraph's).
const MENTION_WINDOW: usize = 2048;

/// The last `MENTION_WINDOW` bytes of `before`.
fn window_before(before: &str) -> &str {
    let mut from = before.len().saturating_sub(MENTION_WINDOW);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    &before[from..]
}

/// The first `MENTION_WINDOW` bytes of `after`.
fn window_after(after: &str) -> &str {
    let mut to = after.len().min(MENTION_WINDOW);
    while !after.is_char_boundary(to) {
        to -= 1;
    }
    &after[..to]
}

/// The most words a quotation naming a label holds (`« Lire la suite »`,
/// `"click here to download"`); a longer one is a quoted passage, and a
/// leftover pasted inside it is still a leftover.
const MAX_MENTION_WORDS: usize = 8;

/// Whether a match between `before` and `after` (the prose of its block on
/// either side) is quoted inside a sentence: a short quotation opened
/// before it and closed after it, with words of the sentence outside the
/// quotation. `Évitez les liens « cliquez ici »` and `a "Read more"
/// button` name a label; a line that is nothing but `"Read more"` is the
/// label itself. Straight double quotes open when an even number of them
/// precede; single quotes are left alone (`’` is the French apostrophe).
pub fn is_mentioned(before: &str, after: &str) -> bool {
    // A short quotation sits close to its match: only `MENTION_WINDOW`
    // bytes on either side are read. Reading the whole block made the
    // rules that ask quadratic on a file that is one long paragraph (a
    // 20 MB line spent a third of its run here).
    let (before, after) = (window_before(before), window_after(after));
    let open = match before.rfind(['«', '“', '"', '„']) {
        Some(i) => i,
        None => return false,
    };
    let opener = before[open..].chars().next().unwrap_or(' ');
    let inside_before = &before[open + opener.len_utf8()..];
    if opener == '"' && before[..open].matches('"').count() % 2 == 1 {
        return false;
    }
    // Nothing may close the quotation before the match.
    if inside_before.contains(['»', '”', '"', '\n']) {
        return false;
    }
    let closer = match opener {
        '«' => &['»'][..],
        '"' => &['"'][..],
        _ => &['”', '“'][..],
    };
    let Some(close) = after.find(closer) else {
        return false;
    };
    let inside_after = &after[..close];
    if inside_after.contains('\n') {
        return false;
    }
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    if words(inside_before) + words(inside_after) + 1 > MAX_MENTION_WORDS {
        return false;
    }
    let outside = &after[close..];
    before[..open].chars().any(char::is_alphanumeric) || outside.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_label_inside_a_sentence_is_mentioned() {
        // (before the match, after it)
        assert!(is_mentioned(
            "Évitez les liens « ",
            " » : ils ne disent rien."
        ));
        assert!(is_mentioned("A \"", "\" link is vague."));
        assert!(is_mentioned("Un bouton “", " maintenant” suffit."));
        // The label alone on its line, quoted, is the label itself.
        assert!(!is_mentioned("\"", "\""));
        // Closed before the match, or never closed: not a quotation of it.
        assert!(!is_mentioned("Il a dit « oui » puis ", "."));
        assert!(!is_mentioned("Le titre « ", " et la suite."));
        // A long quoted passage may hold a real leftover.
        assert!(!is_mentioned(
            "\"The ferry leaves at nine and comes back at six every day, ",
            "\" she wrote."
        ));
        // An odd number of straight quotes before: this one closes.
        assert!(!is_mentioned("He said \"yes\" and \"no\" then ", " again."));
        // A quotation never spans lines; the quotes of earlier lines of the
        // paragraph still count.
        assert!(!is_mentioned("Un bouton « voir\n", " » suffit."));
        assert!(is_mentioned(
            "Il cite \"un\ndeux\" puis le lien \"",
            "\" ici."
        ));
        // Far from its match, a quotation mark opens nothing.
        let far = format!("Le lien « {}", "a".repeat(3000));
        assert!(!is_mentioned(&far, " » suffit."));
    }

    #[test]
    fn closing_wrappers_and_titles_end_a_label() {
        assert_eq!(label_end(""), Some(LabelEnd::Bare));
        assert_eq!(label_end(" →"), Some(LabelEnd::Bare));
        assert_eq!(label_end(")"), Some(LabelEnd::Bare));
        assert_eq!(label_end("...]"), Some(LabelEnd::Bare));
        assert_eq!(
            label_end(": How the harbour was rebuilt"),
            Some(LabelEnd::Titled)
        );
        assert_eq!(
            label_end(" — Le chantier en trois dates"),
            Some(LabelEnd::Titled)
        );
        assert_eq!(label_end(" about the harbour."), None);
        assert_eq!(label_end(" 🚀"), Some(LabelEnd::Bare));
    }

    #[test]
    fn labels_are_set_apart_from_the_sentence_before() {
        assert!(label_start("", "Lire la suite"));
        assert!(label_start("Le texte s'arrête ici. ", "Lire la suite"));
        assert!(label_start("Le texte s'arrête (", "lire la suite"));
        assert!(label_start("the text and the […] ", "Read more"));
        assert!(label_start("within a short walk of the ", "Read more"));
        assert!(!label_start("we went there to ", "read more"));
    }
}
