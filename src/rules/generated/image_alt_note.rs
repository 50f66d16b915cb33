//! `generated.image-alt-note`: an instruction to the writer left as the
//! alternative text of a Markdown image (`![[insérer ici la photo — crédit
//! à compléter]](x.jpg)`, `![Quay [add photo here]](quay.jpg)`).
//!
//! Markdown image text is not prose for the other rules (it is read by
//! screen readers, not on the page), so the bracketed notes the data packs
//! find in a paragraph slip through when the writer put them where the
//! picture goes. One pass over the source looking for `![`: linear, nothing
//! kept per line.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::MarkupKind;
use crate::rules::findings::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use regex::Regex;
use std::sync::LazyLock;

const DOCS: &str = "\
**What it flags.** The alternative text of a Markdown image that is a note \
to the writer rather than a description: it opens with a verb of inserting \
(`insérer`, `ajouter`, `placer`, `insert`, `add`, `paste`…), or it says what \
is still to be supplied (`crédit à compléter`, `légende à préciser`, \
`caption TBC`, `credit to come`).

**Why an editor cares.** The picture was never chosen, or its credit never \
found: the page shows a placeholder, and the alternative text read to blind \
readers is an instruction. A description (`![Le port au matin](port.jpg)`, \
`![Salt pan, 1890 — gift of the Martin family](pan.jpg)`) is left alone.";

/// A note inside an image's text: an insert verb opening it (or opening a
/// bracket inside it), or something still to be supplied.
static ALT_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\[)\s*(?:insérer|insère|insérez|ajouter|ajoute|ajoutez|mettre|placer|coller|intégrer|insert|add|paste|place|put|drop in|embed)\s|(?:^|[\s\[(])(?:à|a) (?:compléter|préciser|ajouter|vérifier|confirmer|remplacer|venir|trouver|choisir|demander)(?:$|[\s\]),.;:—–-])|(?:^|[\s\[(])(?:tbc|tbd|to come|to be (?:added|confirmed|supplied|chosen|found)|still needed|missing)(?:$|[\s\]),.;:—–-])|(?:photo|image|picture|crédit|credit|légende|caption)s? (?:à|a) (?:ajouter|insérer|trouver|choisir|demander|venir|préciser|compléter)",
    )
    .expect("image note pattern")
});

/// The longest image text looked at: a description is a line, not a page.
const MAX_ALT: usize = 400;

#[derive(Clone)]
pub struct ImageAltNote {
    meta: RuleMeta,
}

impl Default for ImageAltNote {
    fn default() -> Self {
        ImageAltNote {
            meta: RuleMeta {
                id: "generated.image-alt-note".into(),
                category: Category::Generated,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A note to the writer left as an image's text (`![[insérer ici la photo — crédit à compléter]](x.jpg)`).".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "La lentille a été descendue en janvier.\n\n![[insérer ici la photo de la dépose — crédit à compléter]](lentille.jpg)\n\nElle attend dans l’atelier.".into(),
                        "The boiling house is the heart of the visit.\n\n![Boiling house [add photo here, credit TBC]](pans.jpg)\n\nOpen daily.".into(),
                    ],
                    good: vec![
                        "The boiling house is the heart of the visit.\n\n![Salt pan, 1890, oil on canvas — gift of the Martin family](pan.jpg)\n\nOpen daily.".into(),
                        "Le port au matin.\n\n![Deux bateaux à quai, photo de Lucie Roy](port.jpg)".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

/// The end (exclusive) of an image text opening at `start` (just after
/// `![`): the `]` that balances it, when `(` follows; `None` otherwise.
fn alt_end(source: &str, start: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let limit = (start + MAX_ALT).min(bytes.len());
    let mut i = start;
    while i < limit {
        match bytes[i] {
            b'[' => depth += 1,
            b']' if depth == 0 => {
                return (bytes.get(i + 1) == Some(&b'(')).then_some(i);
            }
            b']' => depth -= 1,
            b'\n' if bytes.get(i + 1) == Some(&b'\n') => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

impl Rule for ImageAltNote {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        if !matches!(doc.read_as(), MarkupKind::Markdown | MarkupKind::Mdx) {
            return;
        }
        let source = doc.source();
        let mut from = 0;
        while let Some(found) = source[from..].find("![") {
            let start = from + found + 2;
            from = start;
            let Some(end) = alt_end(source, start) else {
                continue;
            };
            let alt = &source[start..end];
            if !ALT_NOTE.is_match(alt) {
                continue;
            }
            let trimmed = alt.trim();
            let lead = alt.len() - alt.trim_start().len();
            let span = Span {
                start: start + lead,
                end: start + lead + trimmed.len(),
            };
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    span,
                    format!("note to the writer left as an image's text: \"{trimmed}\""),
                )
                .with_help("put the picture in with a real description, or delete the line"),
            );
            from = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ALT_NOTE, alt_end};

    #[test]
    fn notes_and_descriptions() {
        for alt in [
            "[insérer ici la photo de la dépose — crédit à compléter]",
            "Boiling house [add photo here — ask for the credit]",
            "[photo du chantier à ajouter]",
            "Vue du port, légende à préciser",
            "Team photo (credit TBC)",
        ] {
            assert!(ALT_NOTE.is_match(alt), "{alt}");
        }
        for alt in [
            "Salt pan, 1890, oil on canvas — gift of the Martin family",
            "Deux bateaux à quai",
            "A volunteer adding salt to the pan",
            "Added value: a chart of sales",
        ] {
            assert!(!ALT_NOTE.is_match(alt), "{alt}");
        }
    }

    #[test]
    fn image_text_ends_at_its_balancing_bracket() {
        let s = "![[a — b]](x.jpg)";
        assert_eq!(alt_end(s, 2), Some(11));
        assert_eq!(alt_end("![a] b", 2), None);
    }
}
