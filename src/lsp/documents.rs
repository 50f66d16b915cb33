//! The buffers the editor has open, kept in sync with incremental edits.
//!
//! Each document also remembers the findings of its last lint, for hover
//! and code actions, and whether it changed since (`pending`): changes are
//! linted after a quiet spell (see `server`), not on every keystroke.

use super::edit_cursor::EditCursor;
use super::position::PositionEncoding;
use crate::diagnostic::Diagnostic;
use crate::text::Language;
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

pub struct OpenDocument {
    pub uri: Uri,
    /// The file it stands for: its configuration and format apply.
    pub path: PathBuf,
    pub version: i32,
    pub text: String,
    /// The findings of the last lint, on the text as it was then.
    pub diagnostics: Vec<Diagnostic>,
    /// The language the last lint settled on, for hover.
    pub language: Option<Language>,
    /// Since when the text has changed without being linted: (first change,
    /// last change).
    pub pending: Option<(Instant, Instant)>,
}

impl OpenDocument {
    pub fn new(uri: Uri, path: PathBuf, version: i32, text: String) -> Self {
        OpenDocument {
            uri,
            path,
            version,
            text,
            diagnostics: Vec::new(),
            language: None,
            pending: None,
        }
    }

    /// Applies the edits of one `didChange`, in order: each range refers to
    /// the text as the previous edit left it. Each edit is found from the
    /// one before (see [`EditCursor`]), so a batch of many edits costs the
    /// text once, not once per edit.
    pub fn apply_changes(
        &mut self,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: PositionEncoding,
        now: Instant,
    ) {
        let mut cursor = EditCursor::default();
        for change in changes {
            match change.range {
                None => {
                    self.text = change.text;
                    cursor = EditCursor::default();
                }
                Some(range) => {
                    let start = cursor.offset(&self.text, range.start, encoding);
                    // The text before the edit stays as it is: the cursor
                    // at its start is where the next edit is looked for.
                    let at_start = cursor;
                    let end = cursor.offset(&self.text, range.end, encoding).max(start);
                    self.text.replace_range(start..end, &change.text);
                    cursor = at_start;
                }
            }
        }
        self.version = version;
        let first = self.pending.map_or(now, |(first, _)| first);
        self.pending = Some((first, now));
    }
}

#[derive(Default)]
pub struct DocumentStore {
    documents: HashMap<Uri, OpenDocument>,
}

impl DocumentStore {
    pub fn open(&mut self, document: OpenDocument) {
        self.documents.insert(document.uri.clone(), document);
    }

    pub fn close(&mut self, uri: &Uri) -> Option<OpenDocument> {
        self.documents.remove(uri)
    }

    pub fn get(&self, uri: &Uri) -> Option<&OpenDocument> {
        self.documents.get(uri)
    }

    pub fn get_mut(&mut self, uri: &Uri) -> Option<&mut OpenDocument> {
        self.documents.get_mut(uri)
    }

    pub fn uris(&self) -> Vec<Uri> {
        self.documents.keys().cloned().collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = &OpenDocument> {
        self.documents.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|((l1, c1), (l2, c2))| {
                Range::new(Position::new(l1, c1), Position::new(l2, c2))
            }),
            range_length: None,
            text: text.into(),
        }
    }

    fn document(text: &str) -> OpenDocument {
        let uri: Uri = "file:///tmp/a.md".parse().unwrap();
        OpenDocument::new(uri, PathBuf::from("/tmp/a.md"), 1, text.into())
    }

    #[test]
    fn incremental_edits_apply_in_order() {
        let mut doc = document("L’été est là.\nFin.\n");
        let now = Instant::now();
        doc.apply_changes(
            2,
            vec![
                // Replace `été` (UTF-16 columns 2..5) with `hiver`.
                change(Some(((0, 2), (0, 5))), "hiver"),
                // Then insert at the start of line 1, as the text now is.
                change(Some(((1, 0), (1, 0))), "La "),
            ],
            PositionEncoding::Utf16,
            now,
        );
        assert_eq!(doc.text, "L’hiver est là.\nLa Fin.\n");
        assert_eq!(doc.version, 2);
        assert_eq!(doc.pending, Some((now, now)));
    }

    #[test]
    fn many_edits_at_the_end_of_a_long_text_do_not_reread_it() {
        let lines = 75_000;
        let mut doc = document(&"Le chat dort.\n".repeat(lines));
        let typed = "ab ".repeat(2_000);
        let changes = typed
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let at = (lines as u32, i as u32);
                change(Some((at, at)), &c.to_string())
            })
            .collect();
        let started = Instant::now();
        doc.apply_changes(2, changes, PositionEncoding::Utf16, started);
        // Locating each of the 6,000 edits by re-indexing the 1 MB text
        // took over ten seconds in a debug build; walking from one edit to
        // the next takes milliseconds.
        let elapsed = started.elapsed();
        assert!(elapsed.as_secs_f64() < 2.0, "{elapsed:?}");
        assert!(doc.text.ends_with(&format!("dort.\n{typed}")));
        assert_eq!(doc.text.len(), lines * 14 + typed.len());
    }

    #[test]
    fn utf8_ranges_count_bytes() {
        let mut doc = document("là-bas");
        doc.apply_changes(
            2,
            vec![change(Some(((0, 0), (0, 3))), "ici")],
            PositionEncoding::Utf8,
            Instant::now(),
        );
        assert_eq!(doc.text, "ici-bas");
    }

    #[test]
    fn a_change_without_range_replaces_the_text_and_pending_keeps_its_start() {
        let mut doc = document("old");
        let first = Instant::now();
        doc.apply_changes(
            2,
            vec![change(Some(((0, 0), (0, 0))), "x")],
            PositionEncoding::Utf16,
            first,
        );
        let later = first + std::time::Duration::from_millis(30);
        doc.apply_changes(
            3,
            vec![change(None, "new text")],
            PositionEncoding::Utf16,
            later,
        );
        assert_eq!(doc.text, "new text");
        assert_eq!(doc.pending, Some((first, later)));
    }
}
