//! The document as a stream of interned tokens, shared by the repetition
//! rules that count things (phrases, sentence openers, words).
//!
//! Each word of `doc.words` gets the id of its normalised form (lowercase,
//! apostrophes unified, optionally without diacritics), so counting phrases
//! is counting equal runs of small integers: hashing, never comparing
//! sentences with each other. Only running prose counts: headings are the
//! document's topic (their content words are collected separately) and
//! table cells repeat by design.

use super::fast_hash::FastMap;
use super::stopwords::{WordClass, word_class};
use crate::markup::BlockKind;
use crate::text::Document;
use std::borrow::Cow;
use std::collections::hash_map::Entry;

/// The longest phrase or opener the repetition rules' options may ask for:
/// [`TokenStream::run`] counts exactly up to more than it.
pub const MAX_PHRASE_WORDS: usize = 64;

pub struct TokenStream {
    /// Per word of `doc.words`: the id of its normalised form.
    pub ids: Vec<u32>,
    /// Per id: its class; numbers count as function words, as they carry
    /// no wording of their own.
    pub class: Vec<WordClass>,
    /// Per id: a name (see [`names`]): repeating one is not a habit of style.
    pub name: Vec<bool>,
    /// Per id: the word appears in a heading (the title included).
    pub in_heading: Vec<bool>,
    /// Per word: how many words from this one on can form a phrase with it:
    /// 0 outside running prose, else the length of the run up to the next
    /// punctuation mark or block boundary, counted up to 255 (longer runs
    /// read 255). The rules compare runs with phrase and opener lengths of
    /// at most [`MAX_PHRASE_WORDS`]: one byte a word tells them as much as
    /// four (15 MB less on a 50 MB file).
    pub run: Vec<u8>,
    /// Words of running prose, elisions not counted.
    pub prose_words: usize,
}

/// Running prose: where repetition is a writing habit rather than structure.
pub fn is_prose(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
    )
}

impl TokenStream {
    pub fn build(doc: &Document<'_>, fold_diacritics: bool) -> Self {
        let normalized = doc.normalized();
        let blocks = doc.blocks();
        let count = doc.words.len();
        // Keys borrow the normalised text; only a word whose folded form
        // differs from it (non-ASCII, folding on) needs a string of its own.
        // Half the words of a short text are distinct; a long text's
        // vocabulary grows roughly with the square root of its length.
        // Reserving that up front saves rehashing as the map grows.
        let vocabulary = (count / 2).min(count.isqrt() * 16) + 16;
        let mut interned: FastMap<Cow<'_, str>, u32> =
            FastMap::with_capacity_and_hasher(vocabulary, Default::default());
        let mut class = Vec::with_capacity(vocabulary);
        let mut in_heading = Vec::with_capacity(vocabulary);
        let mut ids = Vec::with_capacity(count);
        // Marks the words of running prose first (1, else 0); the pass
        // below turns the marks into run lengths. No list of its own: a
        // byte a word less at the family's peak on a long text.
        let mut run = Vec::with_capacity(count);
        let mut prose_words = 0;
        let mut folded = String::new();
        for (i, word) in doc.words.iter().enumerate() {
            let text = normalized.word(i);
            let mut register = || {
                let id = u32::try_from(class.len()).expect("fewer than 2^32 distinct words");
                class.push(if word.has_digit() {
                    WordClass::Other
                } else {
                    word_class(doc.language, text, word.is_elision())
                });
                in_heading.push(false);
                id
            };
            let id = if fold_diacritics && !text.is_ascii() {
                folded.clear();
                folded.extend(text.chars().flat_map(fold));
                match interned.get(folded.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = register();
                        interned.insert(Cow::Owned(folded.clone()), id);
                        id
                    }
                }
            } else {
                // One hash per word: looked up and, if new, filled in the
                // same probe.
                match interned.entry(Cow::Borrowed(text)) {
                    Entry::Occupied(entry) => *entry.get(),
                    Entry::Vacant(entry) => *entry.insert(register()),
                }
            };
            ids.push(id);
            let kind = blocks[word.block()].kind();
            if kind.is_heading() {
                in_heading[id as usize] = true;
            }
            let is_prose_word = is_prose(kind);
            run.push(u8::from(is_prose_word));
            if is_prose_word && !word.is_elision() {
                prose_words += 1;
            }
        }
        // From the end: a prose word's run is one more than the next
        // word's when nothing separates them (a mark of 1 is a run of 1).
        for i in (0..count.saturating_sub(1)).rev() {
            if run[i] != 0 && run[i + 1] != 0 && !normalized.is_separated(i + 1) {
                run[i] = run[i + 1].saturating_add(1);
            }
        }
        let name = names(doc, &ids, class.len(), &run);
        TokenStream {
            ids,
            class,
            name,
            in_heading,
            run,
            prose_words,
        }
    }

    pub fn class(&self, word: usize) -> WordClass {
        self.class[self.ids[word] as usize]
    }

    pub fn is_function(&self, word: usize) -> bool {
        self.class(word).is_function()
    }

    /// A content word that is not a name.
    pub fn is_content(&self, word: usize) -> bool {
        let id = self.ids[word] as usize;
        !self.class[id].is_function() && !self.name[id]
    }

    /// A content word whose form also appears in a heading.
    pub fn is_heading_term(&self, word: usize) -> bool {
        let id = self.ids[word] as usize;
        !self.class[id].is_function() && self.in_heading[id]
    }
}

/// Per id: whether the word is a name: capitalised wherever it appears
/// inside a sentence of running prose (`Dupont`, `Lyon`, `UNESCO`). A writer
/// names a person, a place or an institution as often as the story needs;
/// that is not a habit of style. A word seen only at the start of
/// sentences is not known to be a name.
///
/// `run` is nonzero exactly for words of running prose (see
/// [`TokenStream::run`]).
fn names(doc: &Document<'_>, ids: &[u32], distinct: usize, run: &[u8]) -> Vec<bool> {
    // Sentences come in reading order: their first words are walked along
    // with the words rather than marked in a list a byte a word long.
    let mut sentence_starts = doc.sentences.iter().map(|s| s.first_word()).peekable();
    let mut inside = vec![0u32; distinct];
    let mut capitalised = vec![0u32; distinct];
    for (w, word) in doc.words.iter().enumerate() {
        let mut sentence_start = false;
        while let Some(&first) = sentence_starts.peek() {
            if first > w {
                break;
            }
            sentence_start |= first == w;
            sentence_starts.next();
        }
        if run[w] == 0 || sentence_start || word.is_elision() {
            continue;
        }
        let id = ids[w] as usize;
        inside[id] += 1;
        if doc.source()[word.span().range()].starts_with(char::is_uppercase) {
            capitalised[id] += 1;
        }
    }
    // Four in five: a name is sometimes lowercased by a slip or by style,
    // a common noun rarely capitalised.
    inside
        .iter()
        .zip(&capitalised)
        .map(|(&all, &caps)| caps > 0 && caps * 5 >= all * 4)
        .collect()
}

/// Folds the diacritics of Latin letters (`é` → `e`, `œ` → `oe`), for
/// matching drafts typed without accents against those typed with them.
fn fold(c: char) -> impl Iterator<Item = char> {
    let (a, b) = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => ('a', None),
        'ç' => ('c', None),
        'è' | 'é' | 'ê' | 'ë' => ('e', None),
        'ì' | 'í' | 'î' | 'ï' => ('i', None),
        'ñ' => ('n', None),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => ('o', None),
        'ù' | 'ú' | 'û' | 'ü' => ('u', None),
        'ý' | 'ÿ' => ('y', None),
        'œ' => ('o', Some('e')),
        'æ' => ('a', Some('e')),
        other => (other, None),
    };
    std::iter::once(a).chain(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, MarkupKind};
    use crate::text::Language;
    use std::path::Path;

    fn build(text: &str, fold: bool) -> TokenStream {
        let markup = markup::parse(text, MarkupKind::Markdown);
        let doc = Document::new(
            Path::new("t.md"),
            text,
            markup,
            Some(Language::Fr),
            Language::Fr,
        );
        TokenStream::build(&doc, fold)
    }

    fn stream(text: &str, fold: bool) -> (Vec<u32>, Vec<u8>) {
        let s = build(text, fold);
        (s.ids, s.run)
    }

    /// A run longer than a byte counts is read as 255 words, exact below.
    #[test]
    fn a_run_is_counted_up_to_255_words() {
        let clause = vec!["mot"; 300].join(" ");
        let (_, run) = stream(&format!("{clause}. Fin du texte."), false);
        assert_eq!(&run[..3], [255, 255, 255]);
        assert_eq!(&run[296..300], [4, 3, 2, 1]);
        assert_eq!(&run[300..], [3, 2, 1]);
    }

    #[test]
    fn names_are_capitalised_inside_sentences() {
        let s = build(
            "Nantes grandit. On aime Nantes et la Loire. La ville change. Une ville.",
            false,
        );
        let content: Vec<bool> = (0..s.ids.len()).map(|w| s.is_content(w)).collect();
        // Nantes grandit On aime Nantes et la Loire La ville change Une ville
        assert_eq!(
            content,
            [
                false, true, false, true, false, false, false, false, false, true, true, false,
                true
            ]
        );
    }

    #[test]
    fn equal_forms_share_an_id() {
        let (ids, _) = stream("L’État et l'état. ETAT", true);
        assert_eq!(ids[0], ids[3]);
        assert_eq!(ids[1], ids[4]);
        assert_eq!(ids[1], ids[5]);
        let (ids, _) = stream("état etat", false);
        assert_ne!(ids[0], ids[1]);
    }

    #[test]
    fn runs_stop_at_punctuation_and_headings() {
        let (_, run) = stream("# Titre du texte\n\nUn deux trois, quatre cinq.", false);
        assert_eq!(run, [0, 0, 0, 3, 2, 1, 2, 1]);
    }
}
