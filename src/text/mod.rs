//! The text layer: words, sentences and the language of a document, computed
//! once from the masked prose and shared by every rule.

mod edit_distance;
mod language;
mod months;
pub mod normalized;
mod paragraph_language;
mod sentences;
mod weekdays;
mod words;

pub use edit_distance::edit_distance;
pub use language::{Language, detect_language};
pub use months::{MONTH_ABBREVIATIONS, MONTHS, months_in};
pub use normalized::NormalizedWords;
pub use paragraph_language::{MIN_DETECTED_WORDS, foreign_blocks};
pub use sentences::Sentence;
pub use weekdays::{WEEKDAYS, weekdays_in};
pub use words::{Word, is_apostrophe, normalize_apostrophes};

use crate::diagnostic::Span;
use crate::markup::{Block, Markup, MarkupKind};
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

/// Everything a rule may read about one file.
#[derive(Debug)]
pub struct Document<'a> {
    pub path: &'a Path,
    /// The file as read (see [`Document::source`]); `None` when it is the
    /// masked prose itself.
    source: Option<&'a str>,
    pub markup: Markup,
    pub language: Language,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
    /// For each block of `markup.blocks`, the index of its first word in
    /// `words`, then the number of words: blocks hold their words in order,
    /// so a block's words end where the next block's begin (see
    /// [`Document::block_words`]). Four bytes a block rather than a
    /// sixteen-byte range: one-letter paragraphs make a block every three
    /// bytes.
    block_first_words: Vec<u32>,
    normalized: OnceLock<NormalizedWords>,
    /// Analyses that several rules share (see [`Document::memo`]).
    memos: Mutex<HashMap<(TypeId, u64), Arc<dyn Any + Send + Sync>>>,
}

impl<'a> Document<'a> {
    /// Analyses parsed markup. `language` is the configured language, or
    /// `None` to use front matter, then detection.
    pub fn new(
        path: &'a Path,
        source: &'a str,
        markup: Markup,
        language: Option<Language>,
        fallback: Language,
    ) -> Self {
        Document::analyse(path, Some(source), markup, language, fallback)
    }

    /// A document whose masked prose is the file itself (plain text with
    /// nothing to mask): one copy of the text instead of two, which is
    /// what a file of tens of megabytes needs. [`Document::into_markup`]
    /// gives the text back.
    pub fn over_masked(
        path: &'a Path,
        markup: Markup,
        language: Option<Language>,
        fallback: Language,
    ) -> Self {
        Document::analyse(path, None, markup, language, fallback)
    }

    fn analyse(
        path: &'a Path,
        source: Option<&'a str>,
        markup: Markup,
        language: Option<Language>,
        fallback: Language,
    ) -> Self {
        // A word takes at least two bytes with what separates it (`a a a`,
        // elisions aside). Reserving that bound costs only address space:
        // memory is touched as words are written, and the unused tail is
        // given back below. Growing by doubling instead would copy every
        // word several times and, at each copy, hold old and new lists at
        // once (one and a half times the list at its peak). Sentences get
        // the same treatment (`a. a. a.`).
        let mut words = Vec::with_capacity(markup.masked.len() / 2 + 1);
        let mut block_first_words = Vec::with_capacity(markup.blocks.len() + 1);
        let mut sentences = Vec::with_capacity(markup.masked.len() / 2 + 1);
        for (index, block) in markup.blocks.iter().enumerate() {
            let first = words.len();
            block_first_words.push(word_index(first));
            words::tokenize(&markup.masked, block.span(), index, &mut words);
            sentences::split(&markup.masked, block, index, first, &words, &mut sentences);
        }
        block_first_words.push(word_index(words.len()));
        words.shrink_to_fit();
        sentences.shrink_to_fit();
        let language = language
            .or_else(|| {
                markup
                    .declared_language
                    .as_deref()
                    .and_then(Language::from_tag)
            })
            .unwrap_or_else(|| detect_language(&markup, fallback));
        Document {
            path,
            source,
            markup,
            language,
            words,
            sentences,
            block_first_words,
            normalized: OnceLock::new(),
            memos: Mutex::new(HashMap::new()),
        }
    }

    /// The file as read: diagnostics point into it.
    pub fn source(&self) -> &str {
        self.source.unwrap_or(&self.markup.masked)
    }

    /// The markup, once the rules are done.
    pub fn into_markup(self) -> Markup {
        self.markup
    }

    /// How the document was read: as its path says, except that Markdown
    /// too dense in markup to parse was read as plain text (see
    /// `markup::density`), and rules must then expect plain text's blocks
    /// (guessed headings, no levels).
    pub fn read_as(&self) -> MarkupKind {
        match MarkupKind::from_path(self.path) {
            _ if self.markup.dense_markup.is_some() => MarkupKind::Plain,
            kind => kind,
        }
    }

    pub fn blocks(&self) -> &[Block] {
        &self.markup.blocks
    }

    /// The masked prose of a span: what rules match against.
    pub fn prose(&self, span: Span) -> &str {
        self.markup.prose(span)
    }

    /// The original text of a span: what messages quote.
    pub fn text(&self, span: Span) -> &str {
        &self.source()[span.range()]
    }

    /// `span` widened to the whole source lines it touches, line breaks
    /// left out. A block's span holds its text, not the marks around it
    /// (`**`, `#`, quotation marks): rules that look at those read the line.
    pub fn lines_around(&self, span: Span) -> Span {
        lines_around(self.source(), span)
    }

    /// The range of a block's words in `words`.
    ///
    /// # Panics
    ///
    /// When `block` is not an index into [`Document::blocks`].
    pub fn block_words(&self, block: usize) -> Range<usize> {
        self.block_first_words[block] as usize..self.block_first_words[block + 1] as usize
    }

    pub fn words_of_block(&self, block: usize) -> &[Word] {
        &self.words[self.block_words(block)]
    }

    /// The words as one normalised string, built on first use.
    pub fn normalized(&self) -> &NormalizedWords {
        self.normalized.get_or_init(|| NormalizedWords::build(self))
    }

    /// An analysis computed once per document however many rules ask for
    /// it (the repetition rules share one token stream). `variant`
    /// distinguishes versions built with different settings.
    pub fn memo<T: Any + Send + Sync>(
        &self,
        variant: u64,
        build: impl FnOnce(&Self) -> T,
    ) -> Arc<T> {
        let key = (TypeId::of::<T>(), variant);
        let cached = self
            .memos
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .cloned();
        if let Some(value) = cached.and_then(|v| v.downcast::<T>().ok()) {
            return value;
        }
        // Built outside the lock: rules of one document run on one thread.
        let value = Arc::new(build(self));
        self.memos
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, Arc::clone(&value) as Arc<dyn Any + Send + Sync>);
        value
    }

    /// Drops the analyses of type `T` [`Document::memo`] keeps, once no
    /// rule left to run reads them: the largest are proportional to the
    /// text, and a long file's peak is where they pile up.
    pub fn forget<T: Any>(&self) {
        self.memos
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|&(type_id, _), _| type_id != TypeId::of::<T>());
    }

    /// Each sentence and its words, as indices into `words`: a sentence's
    /// words end where the next sentence's begin, the last one's at the
    /// last word (see [`Sentence`], which keeps its first word only).
    pub fn sentences_with_words(&self) -> impl Iterator<Item = (&Sentence, Range<usize>)> {
        let ends = self
            .sentences
            .iter()
            .skip(1)
            .map(Sentence::first_word)
            .chain(std::iter::once(self.words.len()));
        self.sentences
            .iter()
            .zip(ends)
            .map(|(sentence, end)| (sentence, sentence.first_word()..end))
    }

    pub fn word_count(&self) -> usize {
        self.words.iter().filter(|w| !w.is_elision()).count()
    }
}

/// A word's index as stored: fewer words than bytes, and files over 256 MiB
/// are refused before they are read (see [`Word`]).
fn word_index(index: usize) -> u32 {
    u32::try_from(index).expect("files over 256 MiB are refused")
}

/// `span` widened to the whole lines of `source` it touches, line breaks
/// left out (see [`Document::lines_around`]).
pub fn lines_around(source: &str, span: Span) -> Span {
    let start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = source[span.end..]
        .find('\n')
        .map_or(source.len(), |i| span.end + i);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_around_widens_a_span_to_its_lines_without_their_breaks() {
        let source = "# Title\n**Prices** here\nlast";
        let inner = source.find("Prices").unwrap();
        let line = lines_around(source, Span::new(inner, inner + 6));
        assert_eq!(&source[line.range()], "**Prices** here");
        // First and last lines have no break on one side.
        assert_eq!(
            &source[lines_around(source, Span::new(2, 3)).range()],
            "# Title"
        );
        let last = source.len() - 2;
        assert_eq!(
            &source[lines_around(source, Span::new(last, last)).range()],
            "last"
        );
        // A span over a break takes both lines.
        let both = lines_around(source, Span::new(3, inner + 1));
        assert_eq!(&source[both.range()], "# Title\n**Prices** here");
    }
}
