//! The dictionary layer of the spelling family: "is this word spelled
//! right?" and "what did the writer mean?".
//!
//! Rules talk to the [`Dictionary`] trait, not to a library, so the backend
//! stays replaceable (a test can use a word set; another engine can come
//! later). The backend we ship is [`HunspellDictionary`], which wraps
//! `spellbook`, a pure-Rust reader of Hunspell `.aff`/`.dic` files; it needs
//! no C library and works on the dictionaries embedded in the binary
//! ([`embedded_source`]) as well as on those installed on the system
//! ([`find_system_dictionary`]).
//!
//! Words are checked exactly as they appear in the text: case, elisions and
//! apostrophes are the dictionary's business. Both shipped `.aff` files turn
//! `’` into `'` on input (`ICONV`), so `l’ère` = `l'ère` and `don’t` =
//! `don't`. The French one declares the elided forms as prefixes (`L'`,
//! `D'`, `Q'`… flags), so `l'ère`, `L’État`, `qu'il` are correct and
//! `l'enjei` is not; and its `BREAK '$` pattern accepts a word ending in an
//! apostrophe when the rest is a word, so a bare `l'`, `qu’` or `jusqu'`
//! (what a tokenizer that splits elisions produces) is correct too — as is
//! any single letter plus apostrophe (`x'`). The French `.aff` also turns
//! `'` into `’` on *output* (`OCONV`); [`Dictionary::suggest`] undoes that
//! when the writer typed `'`.

use super::index_store::IndexStore;
use super::word_index::{self, WordIndex};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// A spelling backend. Our own trait so the backend stays replaceable.
pub trait Dictionary: Send + Sync {
    /// True when the word (exact form, as in the text) is correct.
    fn check(&self, word: &str) -> bool;
    /// Up to `max` suggestions, best first; should return within roughly
    /// `budget`, and must give the same answer for the same word and budget
    /// every time (never stop on a clock). See
    /// [`HunspellDictionary::suggest`] for how the Hunspell backend bounds
    /// its work.
    fn suggest(&self, word: &str, max: usize, budget: Duration) -> Vec<String>;
}

/// Words longer than this (in chars) get no suggestions.
///
/// Suggestion time grows with the word's length (every edit is tried at
/// every position, and the n-gram pass scores the word against every stem),
/// and a "word" this long in prose is a URL, a code identifier or a
/// run-together string that no dictionary will fix.
pub const MAX_SUGGEST_CHARS: usize = 40;

/// Errors from loading a dictionary. Each names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    #[error("cannot read dictionary file {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "dictionary file {} is not UTF-8 and its .aff declares `SET {encoding}`; \
         convert both files with `iconv -f {encoding} -t UTF-8` and change the SET line to `SET UTF-8`",
        path.display()
    )]
    Encoding { path: PathBuf, encoding: String },
    #[error(
        "invalid Hunspell dictionary {}: {message}; \
         check that the .aff and .dic files belong together and are not truncated",
        path.display()
    )]
    Parse {
        /// The file at fault (for in-memory sources, a label such as
        /// `<embedded fr>.aff`).
        path: PathBuf,
        message: String,
    },
}

/// How spellbook's word tables are hashed: with a fixed seed. Its n-gram
/// suggester walks every stem in table order and keeps the first of equal
/// scores, so spellbook's default (a random seed per process) made the
/// suggestions for a word change from one run to the next.
type StemHasher = foldhash::fast::FixedState;

/// The Hunspell backend: a `spellbook::Dictionary`, the precomputed
/// [`WordIndex`] of a built-in dictionary, the tables our own fast
/// suggester needs, and estimates of how long spellbook's suggestion passes
/// take here, used to keep [`Dictionary::suggest`] within its budget.
///
/// A built-in dictionary answers from its index first and parses its
/// `.aff`/`.dic` text (≈ 50 ms for French) only when a word is not in it:
/// a run over text with no unknown word never parses.
pub struct HunspellDictionary {
    spellbook: OnceLock<spellbook::Dictionary<StemHasher>>,
    /// The text `spellbook` is parsed from on first use: built-in
    /// dictionaries, and a project's dictionaries whose index was stored by
    /// an earlier run (which parsed them then: see [`index_store`]). Others
    /// are parsed when loaded, to report errors then.
    unparsed: Option<(Cow<'static, str>, Cow<'static, str>)>,
    index: Option<WordIndex>,
    /// Whether suggestions come from `index` (built-in dictionaries). A
    /// project's dictionary keeps spellbook's suggestions with or without
    /// a stored index, so that `--cache` never changes the output.
    index_suggests: bool,
    /// What spellbook converts before checking (`ICONV`: `’` → `'`…), done
    /// the same way before asking the index.
    conversions: Vec<(String, String)>,
    /// The last byte of each conversion's pattern: a word holding none of
    /// them holds no pattern, and is asked as it is without trying every
    /// pattern at every place (most words: French patterns end in a
    /// combining mark, a ligature or a curly apostrophe).
    conversion_ends: [bool; 256],
    /// Whether a conversion is anchored (`_`), which only spellbook applies.
    anchored_conversion: bool,
    /// What spellbook ignores (`IGNORE`): a word with one of these is left
    /// to spellbook.
    ignored: Vec<char>,
    /// False once words were added ([`Self::add_words`]): the index no
    /// longer lists every word, so it may only say yes.
    index_is_whole: bool,
    /// Whether a word of letters and hyphens can be answered part by part
    /// from the index, as spellbook breaks it (see [`broken_at_hyphens`]).
    hyphen_breaks: bool,
    /// Marks besides letters a lowercase word may hold and still be
    /// answered by the index (see [`WordIndex::rejects_with_marks`]).
    plain_marks: Vec<char>,
    /// Whether a lowercase word of letters and digits (`11h`, `95k`) is
    /// looked up as it is, so that the index can reject it: the dictionary
    /// makes no compounds at all (en_US compounds digits into ordinals,
    /// `11th`, which no index lists) and no `BREAK` pattern holds a letter
    /// or a digit.
    digits_looked_up_whole: bool,
    /// The `.aff` file's `TRY` characters, in its order (most likely first).
    pub(super) try_chars: Vec<char>,
    /// The `.aff` file's `REP` pairs (`_` already turned into a space).
    pub(super) rep: Vec<(String, String)>,
    /// Estimated cost of spellbook's edit-based pass, in µs, fixed when
    /// the dictionary is loaded.
    edit_cost_us: u64,
    /// Estimated cost of spellbook's full pass (edits + n-gram), in µs.
    full_cost_us: u64,
}

impl std::fmt::Debug for HunspellDictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HunspellDictionary")
            .field("index", &self.index)
            .field("try_chars", &self.try_chars.len())
            .field("rep", &self.rep.len())
            .field("edit_cost_us", &self.edit_cost_us)
            .field("full_cost_us", &self.full_cost_us)
            .finish_non_exhaustive()
    }
}

impl HunspellDictionary {
    /// A dictionary embedded in the binary (`fr`, `en`, `en_GB`), with its index;
    /// spellbook is parsed on first need. `None` for another language.
    pub fn builtin(lang: &str) -> Option<Self> {
        let (aff, dic) = super::embedded_source(lang)?;
        let tables = AffTables::scan(aff, dic);
        let index = super::word_index::embedded_index(lang)
            .and_then(|bytes| WordIndex::open(bytes, tables.keyboard.as_deref()));
        let mut dictionary = Self::with_tables(
            OnceLock::new(),
            Some((Cow::Borrowed(aff), Cow::Borrowed(dic))),
            index,
            tables,
        );
        dictionary.index_suggests = true;
        Some(dictionary)
    }

    /// Builds a dictionary from the text of an `.aff` and a `.dic` file
    /// (UTF-8; spellbook ignores the `SET` line). Parse errors name the
    /// file as `<memory>.aff` / `<memory>.dic`.
    pub fn from_aff_dic(aff: &str, dic: &str) -> Result<Self, DictionaryError> {
        Self::parse(
            aff,
            dic,
            Path::new("<memory>.aff"),
            Path::new("<memory>.dic"),
        )
    }

    /// Reads and parses an `.aff`/`.dic` pair. Files in ISO-8859-1 or
    /// ISO-8859-15 (as declared by `SET`) are decoded; other non-UTF-8
    /// encodings are an error that says how to convert them.
    pub fn from_paths(aff: &Path, dic: &Path) -> Result<Self, DictionaryError> {
        let aff_bytes = read(aff)?;
        let dic_bytes = read(dic)?;
        let encoding = declared_encoding(&aff_bytes);
        let aff_text = decode(aff, aff_bytes, &encoding)?;
        let dic_text = decode(dic, dic_bytes, &encoding)?;
        Self::parse(&aff_text, &dic_text, aff, dic)
    }

    /// Like [`HunspellDictionary::from_paths`], with the dictionary's word
    /// index kept in `store`: the first run parses and indexes it and
    /// stores the index; later runs open the index and parse the files only
    /// if a word is not in it. Answers and suggestions are the same either
    /// way. A failure to store the index is returned beside the dictionary.
    pub fn from_paths_indexed(
        aff: &Path,
        dic: &Path,
        store: &IndexStore,
    ) -> Result<(Self, Result<(), String>), DictionaryError> {
        let aff_bytes = read(aff)?;
        let dic_bytes = read(dic)?;
        let key = store.key(&aff_bytes, &dic_bytes);
        let encoding = declared_encoding(&aff_bytes);
        let aff_text = decode(aff, aff_bytes, &encoding)?;
        let dic_text = decode(dic, dic_bytes, &encoding)?;
        let tables = AffTables::scan(&aff_text, &dic_text);
        if let Some(index) = store
            .read(&key)
            .and_then(|bytes| WordIndex::open_owned(&bytes, tables.keyboard.as_deref()))
        {
            let unparsed = Some((Cow::Owned(aff_text), Cow::Owned(dic_text)));
            return Ok((
                Self::with_tables(OnceLock::new(), unparsed, Some(index), tables),
                Ok(()),
            ));
        }
        let mut dictionary = Self::parse(&aff_text, &dic_text, aff, dic)?;
        let spellbook = dictionary.spellbook();
        let bytes = word_index::build(&aff_text, &dic_text, |form| spellbook.check(form));
        dictionary.index = WordIndex::open_owned(&bytes, tables.keyboard.as_deref());
        Ok((dictionary, store.write(&key, &bytes)))
    }

    fn parse(
        aff: &str,
        dic: &str,
        aff_path: &Path,
        dic_path: &Path,
    ) -> Result<Self, DictionaryError> {
        let inner = parse_spellbook(aff, dic).map_err(|e| {
            let path = match e.source {
                spellbook::ParseDictionaryErrorSource::Aff => aff_path,
                spellbook::ParseDictionaryErrorSource::Dic => dic_path,
            };
            let message = match e.line_number {
                Some(line) => format!("line {line}: {}", e.kind),
                None => e.kind.to_string(),
            };
            DictionaryError::Parse {
                path: path.to_path_buf(),
                message,
            }
        })?;
        Ok(Self::with_tables(
            OnceLock::from(inner),
            None,
            None,
            AffTables::scan(aff, dic),
        ))
    }

    fn with_tables(
        spellbook: OnceLock<spellbook::Dictionary<StemHasher>>,
        unparsed: Option<(Cow<'static, str>, Cow<'static, str>)>,
        index: Option<WordIndex>,
        tables: AffTables,
    ) -> Self {
        let mut conversion_ends = [false; 256];
        for (from, _) in &tables.conversions {
            if let Some(&last) = from.as_bytes().last() {
                conversion_ends[usize::from(last)] = true;
            }
        }
        HunspellDictionary {
            spellbook,
            unparsed,
            index,
            index_suggests: false,
            conversion_ends,
            anchored_conversion: tables
                .conversions
                .iter()
                .any(|(from, _)| from.contains('_')),
            conversions: tables.conversions,
            ignored: tables.ignored,
            index_is_whole: true,
            hyphen_breaks: tables.hyphen_breaks,
            plain_marks: tables.plain_marks,
            digits_looked_up_whole: tables.digits_looked_up_whole,
            try_chars: tables.try_chars,
            rep: tables.rep,
            edit_cost_us: tables.edit_cost_us,
            full_cost_us: tables.full_cost_us,
        }
    }

    /// spellbook's dictionary, parsed now if it was not yet.
    pub(super) fn spellbook(&self) -> &spellbook::Dictionary<StemHasher> {
        self.spellbook.get_or_init(|| {
            let (aff, dic) = self
                .unparsed
                .as_ref()
                .expect("a dictionary without its text is parsed when loaded");
            // Built-in dictionaries are tested; a project's was parsed
            // without error by the run that stored its index, from the
            // same bytes (the index's key).
            parse_spellbook(aff, dic).expect("a dictionary parsed before parses")
        })
    }

    /// Adds words from a personal word list: plain words, one per item,
    /// without Hunspell flags (a `/` in a word is taken literally). Blank
    /// items, items with whitespace and `#` comments are skipped. A word
    /// added in lowercase is also accepted capitalised or in capitals;
    /// one added as `GitHub` only in that form (Hunspell casing rules).
    pub fn add_words(&mut self, words: impl IntoIterator<Item = impl AsRef<str>>) {
        for word in words {
            let word = word.as_ref().trim();
            if word.is_empty() || word.starts_with('#') || word.contains(char::is_whitespace) {
                continue;
            }
            // `.dic` line syntax: `word/FLAGS`; escape the separator.
            let line = if word.contains(['/', '\\']) {
                word.replace('\\', "\\\\").replace('/', "\\/")
            } else {
                word.to_owned()
            };
            // Without flags the line cannot fail to parse.
            self.spellbook();
            if let Some(spellbook) = self.spellbook.get_mut() {
                let _ = spellbook.add(&line);
            }
        }
        self.index_is_whole = false;
    }
}

impl HunspellDictionary {
    /// spellbook's answer for `word` when the index can give it without
    /// parsing spellbook: a listed form (or one capitalised), a word of
    /// letters it does not list, two words or an apostrophe where nothing
    /// else explains them, a word in capitals, a number, a word broken at
    /// its hyphens. `None` for the others.
    fn index_answer(&self, word: &str) -> Option<bool> {
        let index = self.index.as_ref()?;
        let word = self.converted(word)?;
        let whole = self.index_is_whole;
        if let Some(known) = index.check(&word) {
            return Some(known);
        }
        if index.rejects(&word, whole)
            || index.rejects_with_marks(&word, whole, &self.plain_marks)
            || (self.digits_looked_up_whole && index.rejects_with_digits(&word, whole))
        {
            return Some(false);
        }
        if let Some(known) = index.check_capitals(&word, whole) {
            return Some(known);
        }
        if is_number(&word) {
            return Some(true);
        }
        if self.hyphen_breaks {
            return broken_at_hyphens(index, &word, whole);
        }
        None
    }

    /// The word as spellbook sees it after its `ICONV` conversions (`’` →
    /// `'`, `ﬁ` → `fi`, `e` + combining acute → `é`), made as spellbook
    /// makes them: from left to right, the longest pattern that starts at
    /// each place, never again inside what it put there. `None` if an
    /// ignored character or an anchored pattern (`_`) is involved, for
    /// spellbook alone to judge.
    fn converted<'w>(&self, word: &'w str) -> Option<std::borrow::Cow<'w, str>> {
        if word.contains(self.ignored.as_slice()) || self.anchored_conversion {
            return None;
        }
        if !word.bytes().any(|b| self.conversion_ends[usize::from(b)]) {
            return Some(std::borrow::Cow::Borrowed(word));
        }
        let starts_a_pattern = |rest: &str| {
            self.conversions
                .iter()
                .any(|(from, _)| rest.starts_with(from.as_str()))
        };
        let Some(first) = (0..word.len())
            .filter(|&i| word.is_char_boundary(i))
            .find(|&i| starts_a_pattern(&word[i..]))
        else {
            return Some(std::borrow::Cow::Borrowed(word));
        };
        let mut out = String::with_capacity(word.len());
        out.push_str(&word[..first]);
        let mut rest = &word[first..];
        while let Some(c) = rest.chars().next() {
            let longest = self
                .conversions
                .iter()
                .filter(|(from, _)| rest.starts_with(from.as_str()))
                .max_by_key(|(from, _)| from.len());
            match longest {
                Some((from, _)) if from.contains('_') => return None,
                Some((from, to)) => {
                    out.push_str(to);
                    rest = &rest[from.len()..];
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        Some(std::borrow::Cow::Owned(out))
    }
}

fn parse_spellbook(
    aff: &str,
    dic: &str,
) -> Result<spellbook::Dictionary<StemHasher>, spellbook::ParseDictionaryError> {
    spellbook::Dictionary::new_with_hasher(aff, dic, StemHasher::default())
}

/// What the suggesters read from the `.aff` file besides spellbook's
/// tables, and the cost estimates of spellbook's suggestion passes.
struct AffTables {
    try_chars: Vec<char>,
    /// `ICONV` pairs and `IGNORE` characters.
    conversions: Vec<(String, String)>,
    ignored: Vec<char>,
    rep: Vec<(String, String)>,
    /// The `KEY` line: keyboard rows separated by `|`.
    keyboard: Option<String>,
    /// See [`HunspellDictionary::hyphen_breaks`].
    hyphen_breaks: bool,
    /// See [`HunspellDictionary::plain_marks`].
    plain_marks: Vec<char>,
    /// See [`HunspellDictionary::digits_looked_up_whole`].
    digits_looked_up_whole: bool,
    edit_cost_us: u64,
    full_cost_us: u64,
}

impl AffTables {
    fn scan(aff: &str, dic: &str) -> Self {
        let mut try_chars = Vec::new();
        let mut rep = Vec::new();
        let mut keyboard = None;
        let mut conversions = Vec::new();
        let mut ignored = Vec::new();
        let mut affix_rules = 0u64;
        let mut breaks: Option<Vec<&str>> = None;
        let mut forbidden_flag = None;
        let mut forbid_warn = false;
        let mut elides = false;
        let mut compounds = false;
        for line in aff.lines() {
            let mut fields = line.split_whitespace();
            match fields.next() {
                // `BREAK 3`, then one pattern per line.
                Some("BREAK") => {
                    let list = breaks.get_or_insert_with(Vec::new);
                    if let Some(pattern) = fields.next()
                        && (!list.is_empty() || pattern.parse::<usize>().is_err())
                    {
                        list.push(pattern);
                    }
                }
                Some("FORBIDDENWORD") => forbidden_flag = fields.next(),
                Some(
                    "COMPOUNDFLAG" | "COMPOUNDBEGIN" | "COMPOUNDMIDDLE" | "COMPOUNDEND"
                    | "COMPOUNDLAST" | "COMPOUNDRULE",
                ) => compounds = true,
                Some("FORBIDWARN") => forbid_warn = true,
                Some("TRY") => try_chars = fields.next().unwrap_or("").chars().collect(),
                Some("KEY") => keyboard = fields.next().map(str::to_owned),
                Some("ICONV") => {
                    // `ICONV 42` is the count: a line with two fields.
                    if let (Some(from), Some(to)) = (fields.next(), fields.next()) {
                        conversions.push((from.to_owned(), to.to_owned()));
                    }
                }
                Some("IGNORE") => ignored.extend(fields.next().unwrap_or("").chars()),
                Some("REP") => {
                    if let (Some(from), Some(to)) = (fields.next(), fields.next()) {
                        rep.push((from.replace('_', " "), to.replace('_', " ")));
                    }
                }
                Some(kind @ ("PFX" | "SFX")) => {
                    affix_rules += 1;
                    // `PFX flag strip add condition`: a prefix that adds
                    // an apostrophe makes elided forms (`l'enjeu`).
                    let add = fields.nth(2).unwrap_or("");
                    elides |= kind == "PFX" && add.contains(['\'', '’']);
                }
                _ => {}
            }
        }
        if try_chars.is_empty() {
            try_chars = ('a'..='z').collect();
        }
        // Cost estimates (spellbook's edit pass costs about one
        // affix-stripping check per candidate, which grows with the number
        // of affix rules: ≈ 0.4 s for fr with 5,600, ≈ 1 ms for en_US with
        // 73). Deliberately pessimistic: an estimate that is too high only
        // means the fast suggester is used.
        let stems = dic
            .lines()
            .next()
            .and_then(|l| l.trim().parse::<u64>().ok())
            .unwrap_or(0);
        let edit_prior = (affix_rules * 60).clamp(2_000, 2_000_000);
        // Hunspell's table when the `.aff` has none.
        let breaks = breaks.unwrap_or_else(|| vec!["^-", "-", "-$"]);
        let hyphen_breaks = breaks.contains(&"-")
            && breaks.iter().all(|pattern| {
                // Only `-` may apply to a word of letters and hyphens.
                let core = pattern.trim_start_matches('^').trim_end_matches('$');
                core == "-" || !core.chars().any(|c| c == '-' || c.is_alphabetic())
            })
            && !forbid_warn
            && !uses_forbidden_flag(aff, dic, forbidden_flag);
        // A space, and an apostrophe where no elided form exists, are
        // looked up with the word unless a `BREAK` pattern splits at them.
        let mut plain_marks = vec![' '];
        if !elides {
            plain_marks.extend(['\'', '’']);
        }
        plain_marks.retain(|mark| !breaks.iter().any(|pattern| pattern.contains(*mark)));
        let digits_looked_up_whole = !compounds
            && !breaks
                .iter()
                .any(|pattern| pattern.chars().any(char::is_alphanumeric));
        AffTables {
            try_chars,
            plain_marks,
            digits_looked_up_whole,
            conversions,
            ignored,
            rep: rep
                .into_iter()
                .filter(|(from, _)| !from.is_empty())
                .collect(),
            keyboard,
            hyphen_breaks,
            edit_cost_us: edit_prior,
            full_cost_us: edit_prior * 2 + stems / 4,
        }
    }
}

/// Whether a word of the dictionary may be forbidden (`FORBIDDENWORD`):
/// spellbook refuses such a word without breaking it at its hyphens. Any
/// trace of the flag past its declaration counts; without a declaration,
/// Hunspell's default flag (65510) in any of its spellings.
fn uses_forbidden_flag(aff: &str, dic: &str, declared: Option<&str>) -> bool {
    match declared {
        Some(flag) => aff.matches(flag).count() > 1 || dic.contains(flag),
        None => ["65510", "\u{FFE6}", "ÿæ"]
            .iter()
            .any(|flag| dic.contains(flag)),
    }
}

/// How many times spellbook breaks a word before it gives up.
const MAX_BREAK_DEPTH: usize = 9;

/// Spellbook's answer for a word of letters and inner hyphens, worked out
/// from the index as spellbook works it out from its tables
/// (`do_spell_break`): the word itself if its lookup accepts it, else its
/// first part and the rest, each the same way. `None` when some part's
/// answer only spellbook has (a word in capitals): it answers the whole.
/// Only for dictionaries whose `BREAK` table breaks at `-` alone and that
/// forbid no word ([`HunspellDictionary::hyphen_breaks`]).
fn broken_at_hyphens(index: &WordIndex, word: &str, whole: bool) -> Option<bool> {
    let letters_and_hyphens = word.contains('-')
        && !word.starts_with('-')
        && !word.ends_with('-')
        && !word.contains("--")
        && word.chars().all(|c| c == '-' || c.is_alphabetic());
    if !letters_and_hyphens {
        return None;
    }
    spell_break(index, word, 0, whole)
}

/// Whether spellbook takes `word` as a number, which it accepts in any
/// dictionary: digits with single `.`, `,` or `-` between them, an optional
/// `-` before and dots after (`12`, `-3,5`, `1.000.`).
fn is_number(word: &str) -> bool {
    if word.len() > spellbook::MAX_WORD_LEN {
        return false;
    }
    let word = word.trim_end_matches('.');
    let digits = word.strip_prefix('-').unwrap_or(word);
    !digits.is_empty()
        && digits
            .split(['.', ',', '-'])
            .all(|run| !run.is_empty() && run.bytes().all(|b| b.is_ascii_digit()))
}

fn spell_break(index: &WordIndex, word: &str, depth: usize, whole: bool) -> Option<bool> {
    if index.check(word) == Some(true) {
        // A listed form of letters is accepted at any depth; one with
        // hyphens may be accepted only by breaking it, which needs as many
        // more levels as it has hyphens.
        let levels = word.matches('-').count();
        return (levels == 0 || depth + levels <= MAX_BREAK_DEPTH).then_some(true);
    }
    if !word.contains('-')
        && let Some(known) = index.check_capitals(word, whole)
    {
        return Some(known);
    }
    if !index.lookup_rejects(word, whole) && !index.capitals_lookup_rejects(word, whole) {
        return None;
    }
    if depth == MAX_BREAK_DEPTH {
        return Some(false);
    }
    let Some((first, rest)) = word.split_once('-') else {
        return Some(false);
    };
    if !spell_break(index, first, depth + 1, whole)? {
        return Some(false);
    }
    spell_break(index, rest, depth + 1, whole)
}

impl Dictionary for HunspellDictionary {
    /// The index answers most words (a known form, a known form
    /// capitalised, a word of letters it does not list); spellbook, parsed
    /// on first need, the others.
    fn check(&self, word: &str) -> bool {
        self.index_answer(word)
            .unwrap_or_else(|| self.spellbook().check(word))
    }

    /// Suggestions, best first, bounded by an amount of work that depends
    /// only on `budget` and the dictionary, never on the clock: the same
    /// word gets the same suggestions on every run, whatever the machine's
    /// load or the number of threads (draftlint's output is reproducible).
    ///
    /// Why this is not just `spellbook::Dictionary::suggest`: spellbook's
    /// suggest is synchronous, cannot be interrupted, and with the French
    /// dictionary (5,600 affix rules, a 25-line MAP table that includes
    /// case pairs) its edit pass alone takes 0.2–1 s per word and its n-gram
    /// pass as much again (en_US: ≈ 1 ms and ≈ 20 ms). So:
    ///
    /// 1. no suggestions for words over [`MAX_SUGGEST_CHARS`] chars, for
    ///    `max == 0` or for a zero budget;
    /// 2. a built-in dictionary answers from its [`WordIndex`]: the nearest
    ///    forms by a weighted edit distance, in well under a millisecond
    ///    (the walk is bounded by a number of nodes, not by `budget`);
    /// 3. for other dictionaries, spellbook's edit pass runs only if its *estimated* cost fits in
    ///    `budget`; then, if it found fewer than `max`, spellbook's full
    ///    pass (adds n-gram suggestions) under the same condition. The
    ///    estimates are derived from the dictionary's size when it is
    ///    loaded (they are never updated from measured times, which would
    ///    make suggestions depend on timing);
    /// 4. otherwise our own fast suggester: REP replacements, then single
    ///    edits (accent/case change, swap of neighbours, deleted letter,
    ///    inserted or replaced letter from the `.aff` `TRY` list), then a
    ///    split in two words; every candidate is checked with
    ///    [`Dictionary::check`], at most `budget / CHECK_COST` of them
    ///    (≈ 2–40 ms for a whole French word in a release build).
    ///
    /// Suggestions follow the apostrophe of the input: the French `.aff`
    /// converts `'` to `’` on output (`OCONV`), which we undo when the
    /// writer typed `'`.
    fn suggest(&self, word: &str, max: usize, budget: Duration) -> Vec<String> {
        if max == 0 || budget.is_zero() || word.is_empty() {
            return Vec::new();
        }
        if word.chars().count() > MAX_SUGGEST_CHARS {
            return Vec::new();
        }
        let budget_us = u64::try_from(budget.as_micros()).unwrap_or(u64::MAX);
        let mut out = Vec::new();
        if let Some(index) = self.index.as_ref().filter(|_| self.index_suggests) {
            out = index.suggest(word, max, &|candidate| self.check(candidate));
        } else if self.edit_cost_us <= budget_us {
            self.spellbook()
                .suggester()
                .with_ngram_suggestions(false)
                .suggest(word, &mut out);
            if out.len() < max && self.full_cost_us <= budget_us {
                self.spellbook().suggest(word, &mut out);
            }
        } else {
            let checks = usize::try_from(budget_us / CHECK_COST.as_micros() as u64)
                .unwrap_or(usize::MAX)
                .max(1);
            self.fast_suggest(word, max, checks, &mut out);
        }
        match_apostrophes(word, &mut out);
        out.retain(|s| s != word);
        out.truncate(max);
        out
    }
}

/// What one dictionary lookup of the fast suggester is assumed to cost, to
/// turn a time budget into a number of lookups (a French lookup with
/// affix stripping takes 5–20 µs in a release build).
pub const CHECK_COST: Duration = Duration::from_micros(10);

/// Writes suggestions with the writer's apostrophe when the word had one.
fn match_apostrophes(word: &str, out: &mut [String]) {
    let (from, to) = match (word.contains('\''), word.contains('’')) {
        (true, false) => ('’', "'"),
        (false, true) => ('\'', "’"),
        _ => return,
    };
    for s in out.iter_mut() {
        if s.contains(from) {
            *s = s.replace(from, to);
        }
    }
}

/// A dictionary file: a regular file of at most 64 MiB (a project's own
/// dictionary is the repository's choice).
fn read(path: &Path) -> Result<Vec<u8>, DictionaryError> {
    use crate::repository::read::{limit, read_regular};
    read_regular(path, limit::DICTIONARY).map_err(|source| DictionaryError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The encoding named by the `.aff` file's `SET` line, upper-cased; UTF-8
/// when there is none.
fn declared_encoding(aff: &[u8]) -> String {
    aff.split(|&b| b == b'\n')
        .filter_map(|line| line.strip_prefix(b"SET"))
        .filter(|rest| rest.first().is_some_and(|b| b.is_ascii_whitespace()))
        .map(|rest| String::from_utf8_lossy(rest).trim().to_ascii_uppercase())
        .next()
        .unwrap_or_else(|| "UTF-8".to_owned())
}

fn decode(path: &Path, bytes: Vec<u8>, encoding: &str) -> Result<String, DictionaryError> {
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e.into_bytes(),
    };
    let latin = |b: u8| b as char;
    match encoding.replace(['-', '_'], "").as_str() {
        "ISO88591" | "LATIN1" => Ok(bytes.into_iter().map(latin).collect()),
        "ISO885915" | "LATIN9" => Ok(bytes
            .into_iter()
            .map(|b| match b {
                0xA4 => '€',
                0xA6 => 'Š',
                0xA8 => 'š',
                0xB4 => 'Ž',
                0xB8 => 'ž',
                0xBC => 'Œ',
                0xBD => 'œ',
                0xBE => 'Ÿ',
                _ => latin(b),
            })
            .collect()),
        _ => Err(DictionaryError::Encoding {
            path: path.to_path_buf(),
            encoding: encoding.to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spelling::{embedded_source, find_system_dictionary};
    use std::sync::OnceLock;
    use std::time::Instant;

    /// A project's dictionary indexed in `--cache`: the second load opens
    /// the stored index and parses nothing until a word is not in it; its
    /// answers and suggestions are those of the dictionary parsed as usual.
    #[test]
    fn a_stored_index_spares_the_parse_and_changes_no_answer() {
        let dir = tempfile::tempdir().unwrap();
        let (aff, dic) = (dir.path().join("maison.aff"), dir.path().join("maison.dic"));
        std::fs::write(&aff, "SET UTF-8\nTRY aeiolnrst\n\nSFX S Y 1\nSFX S 0 s .\n").unwrap();
        std::fs::write(&dic, "4\nbrouette/S\nrâteau\narrosoir/S\ngrelinette/S\n").unwrap();
        let store = IndexStore::new(&dir.path().join("cache"), [1; 32]);
        let plain = HunspellDictionary::from_paths(&aff, &dic).unwrap();

        let (cold, stored) = HunspellDictionary::from_paths_indexed(&aff, &dic, &store).unwrap();
        stored.unwrap();
        let (warm, stored) = HunspellDictionary::from_paths_indexed(&aff, &dic, &store).unwrap();
        stored.unwrap();
        assert!(warm.index.is_some() && warm.spellbook.get().is_none());
        for word in [
            "brouettes",
            "Arrosoir",
            "râteau",
            "grelinettes",
            "râteaus",
            "brouete",
        ] {
            assert_eq!(warm.check(word), plain.check(word), "{word}");
            assert_eq!(cold.check(word), plain.check(word), "{word}");
        }
        // Every answer so far came from the index.
        assert!(warm.spellbook.get().is_none());
        let budget = Duration::from_millis(50);
        for word in ["brouete", "arosoirs", "grelinete"] {
            assert_eq!(
                warm.suggest(word, 3, budget),
                plain.suggest(word, 3, budget),
                "{word}"
            );
        }
    }

    /// A hyphenated word is answered from the index, its parts as
    /// spellbook breaks it at its hyphens, with spellbook's answer: one
    /// such word used to make every run parse spellbook (≈ 60 ms for
    /// French), parts in capitals included.
    #[test]
    fn hyphenated_words_are_answered_by_the_index_as_spellbook_answers_them() {
        let parts = [
            "arc",
            "en",
            "ciel",
            "porte",
            "clés",
            "rouge",
            "vert",
            "gris",
            "bleu",
            "anti",
            "sous",
            "marin",
            "dit",
            "il",
            "t",
            "elle",
            "grand",
            "mère",
            "demi",
            "heure",
            "vingt",
            "deux",
            "peut",
            "être",
            "Paris",
            "brouete",
            "Vieux",
            "xqzw",
            "ex",
            "vice",
            "president",
            "président",
            "Non",
            "lieu",
            "après",
            "midi",
        ];
        for lang in ["fr", "en"] {
            let index = HunspellDictionary::builtin(lang).unwrap();
            let plain = embedded(lang);
            let mut words = Vec::new();
            for a in parts {
                for b in parts {
                    words.push(format!("{a}-{b}"));
                    words.push(format!("{a}-{b}-{a}"));
                }
            }
            words.extend(
                [
                    "a-t-il",
                    "peut-être",
                    "Peut-être",
                    "arc-en-ciel",
                    "porte-clés",
                ]
                .map(String::from),
            );
            words.push(["deux"; 12].join("-"));
            for word in &words {
                assert_eq!(index.check(word), plain.check(word), "{lang} {word}");
                assert!(
                    index.spellbook.get().is_none(),
                    "{lang}: {word} needed spellbook"
                );
            }
            // Parts in capitals too (`M-A`, `PORTE-clés`); a word in capitals
            // listed whole with its hyphens (`ARC-EN-CIEL`) is spellbook's.
            for word in ["PORTE-clés", "M-A", "XQZW-EN", "ARC-EN-CIEL", "PEUT-ÊTRE"] {
                assert_eq!(index.check(word), plain.check(word), "{lang} {word}");
            }
            for word in ["PORTE-clés", "M-A", "XQZW-EN"] {
                assert!(
                    index.index_answer(word).is_some(),
                    "{lang}: {word} needs spellbook"
                );
            }
        }
    }

    /// Words in capitals, two words with a space (the suggester's splits),
    /// a bare elision asked of the English dictionary and numbers: the
    /// index answers them as spellbook does, so that such a word no longer
    /// makes a run parse spellbook (≈ 60 ms for French). Checked on every
    /// 61st stem of each dictionary, in capitals, joined to the next, and
    /// with an apostrophe.
    #[test]
    fn capitals_spaces_apostrophes_and_numbers_get_spellbook_s_answer() {
        for lang in ["fr", "en"] {
            let (_, dic) = embedded_source(lang).unwrap();
            let stems: Vec<&str> = dic
                .lines()
                .skip(1)
                .step_by(61)
                .filter_map(|line| line.split('/').next())
                .filter(|stem| !stem.is_empty())
                .collect();
            // Every stem the dictionary writes in mixed case, in capitals:
            // spellbook accepts them, mostly without the index's help.
            let mixed_case: Vec<String> = dic
                .lines()
                .skip(1)
                .filter_map(|line| line.split('/').next())
                .filter(|stem| stem.chars().skip(1).any(char::is_uppercase))
                .map(str::to_uppercase)
                .collect();
            let mut words: Vec<String> = Vec::new();
            for pair in stems.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                words.push(a.to_uppercase());
                words.push(format!("{} {}", a.to_lowercase(), b.to_lowercase()));
                words.push(format!("{}'", a.to_lowercase()));
                words.push(format!("{}’{}", a.to_lowercase(), b.to_lowercase()));
                // Mixed case (`GitHub`, `iPhone`) and digits (`11h`).
                let lower = a.to_lowercase();
                if let Some((i, c)) = lower.char_indices().nth(2) {
                    let camel = format!(
                        "{}{}{}",
                        &lower[..i],
                        c.to_uppercase(),
                        &lower[i + c.len_utf8()..]
                    );
                    words.push(camel.clone());
                    words.push(titlecase(&camel));
                    words.push(format!(
                        "{}{}",
                        titlecase(&lower),
                        titlecase(&b.to_lowercase())
                    ));
                }
                words.push(format!("{}{lower}", a.len() % 97));
                words.push(format!("{lower}{}", b.len() % 9));
            }
            words.extend(
                [
                    "RADIO",
                    "ÉTAT",
                    "ETAT",
                    "DW",
                    "COM",
                    "NASA",
                    "PARIS",
                    "CLASS",
                    "STRASSE",
                    "ENJEU",
                    "ENJEI",
                    "L'ENJEU",
                    "l'",
                    "d’",
                    "qu'",
                    "you tube",
                    "de la",
                    "pre\u{301}liminaire",
                    "ÉTE\u{301}",
                    "12",
                    "-3,5",
                    "1.000.",
                    "1..2",
                    "12a",
                    "-",
                    "3-",
                    ",5",
                    "2024",
                    "GitHub",
                    "iPhone",
                    "YouTube",
                    "LinkedIn",
                    "McDonald",
                    "PowerPoint",
                    "Québec",
                    "ÉtatS",
                    "11h",
                    "95k",
                    "3e",
                    "1er",
                    "2ème",
                    "4g",
                    "h2o",
                    "mp3",
                    "11th",
                    "22nd",
                    "11H",
                ]
                .map(String::from),
            );
            let index = HunspellDictionary::builtin(lang).unwrap();
            let plain = embedded(lang);
            let (mut asked, mut answered) = (0, 0);
            for word in &words {
                let answer = index.index_answer(word);
                if let Some(known) = answer {
                    assert_eq!(known, plain.check(word), "{lang} {word:?}");
                }
                // French elided forms are not in the index (see above), nor
                // English compounds of digits (`11th`).
                let digits_and_letters = word.contains(|c: char| c.is_ascii_digit())
                    && word.contains(char::is_alphabetic);
                let left_to_spellbook = match lang {
                    "fr" => word.contains(['\'', '’']),
                    _ => digits_and_letters,
                };
                if !left_to_spellbook {
                    asked += 1;
                    answered += usize::from(answer.is_some());
                }
            }
            for word in &mixed_case {
                if let Some(known) = index.index_answer(word) {
                    assert_eq!(known, plain.check(word), "{lang} {word:?}");
                }
            }
            assert!(index.spellbook.get().is_none());
            // Left to spellbook: `SS`, hyphens, digits (chemical formulas,
            // which the French stems sampled here hold many of).
            assert!(
                answered * 100 >= asked * 85,
                "{lang}: only {answered} of {asked} answered without spellbook"
            );
            for word in [
                "RADIO", "DW", "COM", "PARIS", "you tube", "12", "1.000.", "GitHub", "iPhone",
            ] {
                assert!(
                    index.index_answer(word).is_some(),
                    "{lang}: {word} needs spellbook"
                );
            }
            // en_US compounds digits into ordinals (`11th`): only French
            // answers words of letters and digits from its index.
            if lang == "fr" {
                for word in ["11h", "95k", "3e", "mp3"] {
                    assert!(
                        index.index_answer(word).is_some(),
                        "fr: {word} needs spellbook"
                    );
                }
            }
        }
        // Combining accents, ligatures: converted as spellbook converts them.
        let fr = HunspellDictionary::builtin("fr").unwrap();
        for word in [
            "pre\u{301}liminaire",
            "enque\u{302}tes",
            "ﬁn",
            "e\u{301}e\u{301}",
            "xe\u{301}",
        ] {
            let answer = fr.index_answer(word);
            assert_eq!(answer, Some(embedded("fr").check(word)), "{word:?}");
        }
    }

    fn titlecase(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    fn embedded(lang: &str) -> &'static HunspellDictionary {
        static FR: OnceLock<HunspellDictionary> = OnceLock::new();
        static EN: OnceLock<HunspellDictionary> = OnceLock::new();
        let cell = if lang == "fr" { &FR } else { &EN };
        cell.get_or_init(|| {
            let (aff, dic) = embedded_source(lang).unwrap();
            HunspellDictionary::from_aff_dic(aff, dic).unwrap()
        })
    }

    const BUDGET: Duration = Duration::from_secs(5);

    #[test]
    fn french_knows_common_words() {
        let fr = embedded("fr");
        for word in [
            "enjeu",
            "enjeux",
            "aujourd'hui",
            "aujourd’hui",
            "Enjeu",
            "ENJEU",
            "État",
        ] {
            assert!(fr.check(word), "{word}");
        }
        assert!(!fr.check("enjei"));
    }

    #[test]
    fn french_elisions_are_prefixes() {
        let fr = embedded("fr");
        for word in [
            "l'ère",
            "l’ère",
            "L'ère",
            "L’État",
            "qu'il",
            "qu’il",
            "jusqu'ici",
            "d'enjeux",
        ] {
            assert!(fr.check(word), "{word}");
        }
        // A bare elided form is accepted (BREAK '$ leaves `l`, a word), so a
        // tokenizer may send `l'` on its own; an elision before a
        // misspelling is a misspelling.
        for word in ["l'", "l’", "qu'", "jusqu’", "L'"] {
            assert!(fr.check(word), "{word}");
        }
        for word in ["l'enjei", "l’enjei", "qu'enjei"] {
            assert!(!fr.check(word), "{word}");
        }
        // Suggestions keep the writer's apostrophe (the .aff's OCONV turns
        // `'` into `’`).
        assert_eq!(
            fr.suggest("l'enjei", 3, BUDGET).first().map(String::as_str),
            Some("l'enjeu")
        );
        assert_eq!(
            fr.suggest("l’enjei", 3, BUDGET).first().map(String::as_str),
            Some("l’enjeu")
        );
        assert_eq!(
            fast(fr, "l’enjei").first().map(String::as_str),
            Some("l’enjeu")
        );
    }

    /// The fast suggester with no practical limit on lookups.
    fn fast(dict: &HunspellDictionary, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        dict.fast_suggest(word, 5, usize::MAX, &mut out);
        out
    }

    #[test]
    fn french_suggests_enjeu() {
        let fr = embedded("fr");
        let sugg = fr.suggest("enjei", 5, BUDGET);
        assert_eq!(sugg.first().map(String::as_str), Some("enjeu"), "{sugg:?}");
        for (typo, want) in [
            ("enjei", "enjeu"),
            ("GOUVERNEMINT", "GOUVERNEMENT"),
            ("Comission", "Commission"),
        ] {
            let sugg = fast(fr, typo);
            assert_eq!(sugg.first().map(String::as_str), Some(want), "{sugg:?}");
        }
    }

    #[test]
    fn suggestions_do_not_depend_on_timing() {
        // A budget the fast suggester cannot finish in: the cut-off is a
        // number of lookups, so repeated calls agree.
        let fr = embedded("fr");
        let budget = Duration::from_millis(2);
        let first = fr.suggest("convension", 5, budget);
        for _ in 0..3 {
            assert_eq!(fr.suggest("convension", 5, budget), first);
        }
    }

    #[test]
    #[cfg_attr(
        debug_assertions,
        ignore = "lookups cost ~30 times more in a debug build"
    )]
    fn french_suggest_stays_near_its_budget() {
        // spellbook alone takes ~1 s on this word in a release build.
        let budget = Duration::from_millis(30);
        let start = Instant::now();
        let _ = embedded("fr").suggest("Brazzavilleekinshasa", 5, budget);
        assert!(
            start.elapsed() < budget + Duration::from_millis(500),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn english_rejects_and_suggests() {
        let en = embedded("en");
        assert!(en.check("receives"));
        assert!(en.check("don't"));
        assert!(!en.check("recieves"));
        let sugg = en.suggest("recieves", 5, BUDGET);
        assert_eq!(
            sugg.first().map(String::as_str),
            Some("receives"),
            "{sugg:?}"
        );
    }

    #[test]
    fn suggest_respects_limits() {
        let en = embedded("en");
        assert!(en.suggest("recieves", 0, BUDGET).is_empty());
        assert!(en.suggest("recieves", 5, Duration::ZERO).is_empty());
        assert!(
            en.suggest(&"x".repeat(MAX_SUGGEST_CHARS + 1), 5, BUDGET)
                .is_empty()
        );
        assert!(en.suggest("recieves", 1, BUDGET).len() <= 1);
    }

    #[test]
    fn personal_words_are_added() {
        let (aff, dic) = embedded_source("en").unwrap();
        let mut en = HunspellDictionary::from_aff_dic(aff, dic).unwrap();
        assert!(!en.check("draftlint"));
        en.add_words(["draftlint", "  ", "# comment", "two words", "TCP/IP"]);
        assert!(en.check("draftlint"));
        assert!(en.check("Draftlint"));
        assert!(en.check("TCP/IP"));
        en.add_words(["zqxw zqxv"]);
        assert!(!en.check("zqxw"), "an item with a space is skipped");
    }

    #[test]
    fn builtin_answers_most_words_without_parsing() {
        let fr = HunspellDictionary::builtin("fr").unwrap();
        for word in ["enjeu", "Enjeu", "enjeux", "État", "aujourd'hui"] {
            assert!(fr.check(word), "{word}");
        }
        for word in ["enjei", "Enjei", "etat"] {
            assert!(!fr.check(word), "{word}");
        }
        assert!(fr.spellbook.get().is_none(), "spellbook was parsed");
        // Elisions are spellbook's, and get its answer.
        for (word, known) in [("l’État", true), ("ENJEU", true), ("l'enjei", false)] {
            assert_eq!(fr.check(word), known, "{word}");
        }
        assert!(fr.spellbook.get().is_some());
    }

    #[test]
    fn builtin_suggests_from_its_index() {
        let fr = HunspellDictionary::builtin("fr").unwrap();
        for (typo, want) in [
            ("enjei", "enjeu"),
            ("l'enjei", "l'enjeu"),
            ("l’enjei", "l’enjeu"),
            ("Comission", "Commission"),
            ("GOUVERNEMINT", "GOUVERNEMENT"),
            ("socio-culturrel", "socio-culturel"),
            ("probleme", "problème"),
        ] {
            let sugg = fr.suggest(typo, 3, BUDGET);
            assert_eq!(
                sugg.first().map(String::as_str),
                Some(want),
                "{typo}: {sugg:?}"
            );
        }
        let en = HunspellDictionary::builtin("en").unwrap();
        let sugg = en.suggest("recieves", 3, BUDGET);
        assert_eq!(
            sugg.first().map(String::as_str),
            Some("receives"),
            "{sugg:?}"
        );
    }

    #[test]
    fn words_added_to_a_builtin_dictionary_are_accepted() {
        // The index lists the dictionary's words, not added ones: it must
        // stop answering "no" for plain words once some are added.
        let mut en = HunspellDictionary::builtin("en").unwrap();
        assert!(!en.check("draftlint"));
        en.add_words(["draftlint"]);
        assert!(en.check("draftlint"));
        assert!(en.check("Draftlint"));
    }

    #[test]
    fn dictionary_is_object_safe_and_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<HunspellDictionary>();
        let dict: &dyn Dictionary = embedded("en");
        assert!(dict.check("hello"));
    }

    #[test]
    fn parse_errors_name_the_file() {
        let err =
            HunspellDictionary::from_aff_dic("SET UTF-8\nFLAG bogus\n", "1\nword\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("<memory>.aff"), "{msg}");
        assert!(msg.contains("FLAG"), "{msg}");
    }

    #[test]
    fn from_paths_reports_missing_file_and_decodes_latin1() {
        let dir = std::env::temp_dir().join(format!("draftlint-dict-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("missing.aff");
        let err = HunspellDictionary::from_paths(&missing, &dir.join("missing.dic")).unwrap_err();
        assert!(err.to_string().contains("missing.aff"), "{err}");

        let aff = dir.join("xx.aff");
        let dic = dir.join("xx.dic");
        std::fs::write(&aff, b"SET ISO8859-1\n").unwrap();
        std::fs::write(&dic, b"1\ncaf\xe9\n").unwrap();
        let d = HunspellDictionary::from_paths(&aff, &dic).unwrap();
        assert!(d.check("café"));

        std::fs::write(&aff, b"SET KOI8-R\n").unwrap();
        std::fs::write(&dic, b"1\n\xc1\xc2\n").unwrap();
        let err = HunspellDictionary::from_paths(&aff, &dic).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("xx.dic") && msg.contains("iconv -f KOI8-R"),
            "{msg}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn system_lookup_prefers_dicpath() {
        let dir = std::env::temp_dir().join(format!("draftlint-dicpath-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("zz_ZZ.aff"), "SET UTF-8\n").unwrap();
        std::fs::write(dir.join("zz_ZZ.dic"), "1\nzz\n").unwrap();
        let dicpath = format!("/nonexistent:{}", dir.display());
        let (aff, dic) = find_system_dictionary("zz_ZZ", Some(&dicpath)).unwrap();
        assert_eq!(aff, dir.join("zz_ZZ.aff"));
        assert_eq!(dic, dir.join("zz_ZZ.dic"));
        assert!(find_system_dictionary("zz_ZZ", None).is_none());
        assert!(find_system_dictionary("../zz_ZZ", Some(&dicpath)).is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
