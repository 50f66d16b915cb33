//! `generated.comment-note`: a note to the writer or the editor left in an
//! HTML comment of the source (`<!-- TODO: … -->`, `<!-- À faire : … -->`).
//!
//! Markdown hides comments from the reader of the rendered page, but the
//! source is what gets copied, pasted and republished: a to-do left there
//! ships with the text. Only comments that open with a to-do word count;
//! directives (`draftlint-disable`, `more`, `wp:paragraph`,
//! `prettier-ignore`) and descriptive comments are left alone. The
//! comments are those the markup already collected: no pass over the text.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::findings::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it flags.** An HTML comment in a Markdown draft that holds a note \
to the writer or the editor: it opens with a to-do word (`TODO`, \
`FIXME`, `XXX`, `TBD`, `NB`, `À faire`, `À vérifier`, `À compléter`, \
`Note pour …`, `Check …`, `Vérifier …`) and says what is left to do, \
or a brief for whoever writes the text (`instructions`, `consignes`, \
`prompt`).

**Why an editor cares.** The rendered page hides the comment, the source \
does not: the note travels with every copy of the text, and the work it \
names was never done. Directives and descriptive comments (`<!-- more \
-->`, `<!-- draftlint-disable … -->`, `<!-- minutes approved in May -->`) \
are not notes.";

/// Words that open a note to oneself or to a colleague (lowercase; a
/// comment's first words are compared without case).
const NOTE_OPENERS: &[&str] = &[
    "todo",
    "to do",
    "to-do",
    "fixme",
    "fix me",
    "xxx",
    "tbd",
    "tbc",
    "nb",
    "n.b.",
    "note to self",
    "note for",
    "note to",
    "note pour",
    "check",
    "verify",
    "confirm",
    "ask ",
    "update",
    "à faire",
    "a faire",
    "à vérifier",
    "a verifier",
    "à compléter",
    "a completer",
    "à revoir",
    "à confirmer",
    "à mettre à jour",
    "vérifier",
    "verifier",
    "compléter",
    "demander",
    "mettre à jour",
    "relire",
    "penser à",
    // A brief for the writer or the generator: `<!-- instructions : 5
    // livres, 80 mots chacun, ton enthousiaste -->`.
    "instructions",
    "instruction",
    "consigne",
    "consignes",
    "prompt",
];

/// Whether a comment's body opens with a note word followed by more words
/// (a bare `<!-- TODO -->` still counts; `<!-- checked 2024 -->` does not,
/// the word must stand alone or be followed by a separator or a space).
fn is_note(body: &str) -> bool {
    let body = body.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '*');
    // Only the head is compared: a comment may be long.
    let head: String = body.chars().take(24).flat_map(char::to_lowercase).collect();
    NOTE_OPENERS.iter().any(|opener| {
        head.strip_prefix(opener).is_some_and(|rest| {
            rest.is_empty()
                || opener.ends_with(' ')
                || rest.starts_with(|c: char| {
                    c.is_whitespace() || matches!(c, ':' | '(' | '!' | '-' | '—' | '–' | ',')
                })
        })
    })
}

#[derive(Clone)]
pub struct CommentNote {
    meta: RuleMeta,
}

impl Default for CommentNote {
    fn default() -> Self {
        CommentNote {
            meta: RuleMeta {
                id: "generated.comment-note".into(),
                category: Category::Generated,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "A to-do note left in an HTML comment of the source (`<!-- TODO: … -->`)."
                    .into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "The choir sings on 18 May.\n\n<!-- FIXME: confirm the fee with Tom -->\n\nTickets cost £12.".into(),
                        "Les paniers commencent le 4 juin. <!-- à vérifier (Lucie) : date du premier panier -->".into(),
                        "# Nos coups de cœur\n\n<!-- consignes : trois livres, 60 mots chacun, ton léger -->\n\nLe premier est un polar.".into(),
                    ],
                    good: vec![
                        "The choir sings on 18 May.\n\n<!-- more -->\n\nTickets cost £12.".into(),
                        "Compte rendu adopté.\n\n<!-- compte rendu adopté en mai -->\n\nProchaine réunion le 2 avril.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for CommentNote {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        for comment in &doc.markup.comments {
            if !is_note(&comment.body) {
                continue;
            }
            let head: String = comment.body.chars().take(60).collect();
            out.push(
                Diagnostic::new(
                    &self.meta.id,
                    self.meta.category,
                    ctx.severity,
                    comment.span,
                    format!("note left in a comment of the source: \"{head}\""),
                )
                .with_help("do what the note asks, then delete the comment"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_note;

    #[test]
    fn notes_open_with_a_to_do_word() {
        for body in [
            "TODO Jo : mettre à jour",
            "FIXME: confirm fee",
            "À faire (Karim) : ajouter le vote",
            "todo",
            "NB: ask the printer",
        ] {
            assert!(is_note(body), "{body}");
        }
        for body in [
            "more",
            "draftlint-disable generated.placeholder",
            "wp:paragraph",
            "checked in 2024 by the board",
            "minutes approved at the May meeting",
            "prettier-ignore",
        ] {
            assert!(!is_note(body), "{body}");
        }
    }
}
