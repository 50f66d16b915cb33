//! Quick fixes for the findings under the cursor.
//!
//! Every suggestion of a finding becomes an edit; a spelling finding also
//! gets "add to word list", a command the server runs itself
//! ([`ADD_WORD_COMMAND`], see `word_list`) because it writes a file the
//! editor has not opened.

use super::diagnostics::to_lsp;
use super::position::PositionIndex;
use crate::diagnostic::{Diagnostic, Span};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, TextEdit, Uri, WorkspaceEdit,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub const ADD_WORD_COMMAND: &str = "draftlint.addWord";

/// The argument of [`ADD_WORD_COMMAND`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddWordArgs {
    pub uri: Uri,
    pub word: String,
}

/// Rules whose findings are words a dictionary does not know.
pub fn is_spelling_rule(rule: &str) -> bool {
    rule.starts_with("spelling.")
}

/// The actions for the findings that touch `requested` (a cursor is an
/// empty span: findings that contain it, ends included).
pub fn code_actions(
    uri: &Uri,
    text: &str,
    diagnostics: &[Diagnostic],
    requested: Span,
    index: &PositionIndex<'_>,
) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    let touching = diagnostics.iter().filter(|d| {
        d.span.overlaps(requested)
            || (requested.is_empty()
                && d.span.start <= requested.start
                && requested.start <= d.span.end)
            || (d.span.is_empty()
                && requested.start <= d.span.start
                && d.span.start <= requested.end)
    });
    for diagnostic in touching {
        let lsp_diagnostic = to_lsp(diagnostic, index, uri);
        let suggestions = &diagnostic.suggestions;
        let quick_fix = |title: String, edits: Vec<TextEdit>, preferred: bool| {
            CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diagnostic.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), edits)])),
                    ..WorkspaceEdit::default()
                }),
                command: None,
                is_preferred: Some(preferred),
                disabled: None,
                data: None,
            })
        };
        let edit = |s: &crate::diagnostic::Suggestion| {
            TextEdit::new(index.range(s.span), s.replacement.clone())
        };
        if makes_one_fix(suggestions) {
            // Every apostrophe of the minority style, every spelling to
            // align: one fix in several places, applied together.
            let first = &suggestions[0];
            let title = format!(
                "{} ({} places)",
                title(
                    text.get(first.span.range()).unwrap_or(""),
                    &first.replacement
                ),
                suggestions.len()
            );
            let safe = suggestions.iter().all(|s| s.safe);
            actions.push(quick_fix(
                title,
                suggestions.iter().map(edit).collect(),
                safe,
            ));
        } else {
            // Alternatives for one place (spelling suggestions), or one edit.
            let only_one = suggestions.len() == 1;
            for suggestion in suggestions {
                let original = text.get(suggestion.span.range()).unwrap_or("");
                actions.push(quick_fix(
                    title(original, &suggestion.replacement),
                    vec![edit(suggestion)],
                    suggestion.safe && only_one,
                ));
            }
        }
        if is_spelling_rule(&diagnostic.rule) {
            let word = text.get(diagnostic.span.range()).unwrap_or("").to_string();
            if word.is_empty() {
                continue;
            }
            let args = AddWordArgs {
                uri: uri.clone(),
                word: word.clone(),
            };
            let title = format!("Add `{word}` to the word list");
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diagnostic]),
                edit: None,
                command: Some(Command {
                    title,
                    command: ADD_WORD_COMMAND.into(),
                    arguments: Some(vec![
                        serde_json::to_value(args).expect("plain data always serialises"),
                    ]),
                }),
                is_preferred: None,
                disabled: None,
                data: None,
            }));
        }
    }
    actions
}

/// Several suggestions at distinct places, none overlapping: parts of
/// one fix rather than alternatives to choose from.
fn makes_one_fix(suggestions: &[crate::diagnostic::Suggestion]) -> bool {
    let mut spans: Vec<Span> = suggestions.iter().map(|s| s.span).collect();
    spans.sort_by_key(|s| (s.start, s.end));
    suggestions.len() > 1
        && spans
            .windows(2)
            .all(|w| w[0].end <= w[1].start && w[0] != w[1])
}

fn title(original: &str, replacement: &str) -> String {
    if replacement.is_empty() && !original.trim().is_empty() {
        format!("Delete `{}`", original.trim())
    } else if !replacement.is_empty() && !original.is_empty() {
        format!("Replace `{original}` with `{replacement}`")
    } else {
        // White space deleted or inserted: named, not quoted.
        let described = crate::render::describe_edit(original, replacement);
        let mut chars = described.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Severity};
    use crate::lsp::position::PositionEncoding;

    const TEXT: &str = "Un enjei de taille, le le plus grand.";

    fn findings() -> Vec<Diagnostic> {
        vec![
            Diagnostic::new(
                "spelling.unknown-word",
                Category::Spelling,
                Severity::Error,
                Span::new(3, 8),
                "unknown word",
            )
            .with_suggestion(Span::new(3, 8), "enjeu", false),
            Diagnostic::new(
                "repetition.doubled-word",
                Category::Repetition,
                Severity::Warning,
                Span::new(23, 25),
                "doubled",
            )
            .with_suggestion(Span::new(22, 25), "", true),
        ]
    }

    fn titles(actions: &[CodeActionOrCommand]) -> Vec<&str> {
        actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => a.title.as_str(),
                CodeActionOrCommand::Command(c) => c.title.as_str(),
            })
            .collect()
    }

    #[test]
    fn a_spelling_finding_offers_its_suggestions_and_the_word_list() {
        let uri: Uri = "file:///tmp/a.md".parse().unwrap();
        let index = PositionIndex::new(TEXT, PositionEncoding::Utf16);
        let actions = code_actions(&uri, TEXT, &findings(), Span::new(5, 5), &index);
        assert_eq!(
            titles(&actions),
            [
                "Replace `enjei` with `enjeu`",
                "Add `enjei` to the word list"
            ]
        );
        let CodeActionOrCommand::CodeAction(add) = &actions[1] else {
            panic!()
        };
        let command = add.command.as_ref().unwrap();
        assert_eq!(command.command, ADD_WORD_COMMAND);
        let args: AddWordArgs =
            serde_json::from_value(command.arguments.as_ref().unwrap()[0].clone()).unwrap();
        assert_eq!(
            args,
            AddWordArgs {
                uri: uri.clone(),
                word: "enjei".into()
            }
        );
        let CodeActionOrCommand::CodeAction(fix) = &actions[0] else {
            panic!()
        };
        assert_eq!(
            fix.is_preferred,
            Some(false),
            "an unsafe suggestion is not preferred"
        );
    }

    #[test]
    fn other_findings_offer_only_their_edits() {
        let uri: Uri = "file:///tmp/a.md".parse().unwrap();
        let index = PositionIndex::new(TEXT, PositionEncoding::Utf16);
        let actions = code_actions(&uri, TEXT, &findings(), Span::new(20, 30), &index);
        assert_eq!(titles(&actions), ["Delete `le`"]);
        let CodeActionOrCommand::CodeAction(fix) = &actions[0] else {
            panic!()
        };
        assert_eq!(fix.is_preferred, Some(true));
        let edits = &fix.edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri];
        assert_eq!(edits[0].new_text, "");
        assert_eq!(index.span(edits[0].range), Span::new(22, 25));
    }

    #[test]
    fn suggestions_at_several_places_make_one_fix() {
        let text = "l'eau, l'air, l’ici";
        let finding = Diagnostic::new(
            "consistency.apostrophe",
            Category::Consistency,
            Severity::Info,
            Span::new(1, 2),
            "mixed",
        )
        .with_suggestion(Span::new(1, 2), "’", true)
        .with_suggestion(Span::new(8, 9), "’", true);
        let uri: Uri = "file:///tmp/a.md".parse().unwrap();
        let index = PositionIndex::new(text, PositionEncoding::Utf16);
        let actions = code_actions(&uri, text, &[finding], Span::new(1, 1), &index);
        assert_eq!(titles(&actions), ["Replace `'` with `’` (2 places)"]);
        let CodeActionOrCommand::CodeAction(fix) = &actions[0] else {
            panic!()
        };
        assert_eq!(
            fix.edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri].len(),
            2
        );
        assert_eq!(fix.is_preferred, Some(true));
    }

    #[test]
    fn nothing_is_offered_away_from_findings() {
        let uri: Uri = "file:///tmp/a.md".parse().unwrap();
        let index = PositionIndex::new(TEXT, PositionEncoding::Utf16);
        assert!(code_actions(&uri, TEXT, &findings(), Span::new(12, 15), &index).is_empty());
    }
}
