//! Which words the spelling rules look at, and what "known" means beyond a
//! plain dictionary lookup.
//!
//! Skipped: French elided articles (`l'`), anything with a digit (numbers,
//! units, `COVID-19`), single letters, all-caps acronyms, CamelCase and
//! mixed-case identifiers, Roman numerals with ordinal suffixes (`XXe`), and
//! a word cut by an ellipsis (the truncation rules report those).
//! A capitalised word inside a sentence is a likely proper noun; the
//! configuration decides what to do with it.

use super::near_words::{cognate_edits, first_known, fold, neighbour_among};
use crate::resources::Resources;
use crate::rules::truncation::common_words::is_common;
use crate::spelling::SpellChecker;
use crate::text::{Document, Language, Word};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidate {
    Skip,
    /// Capitalised, not at the start of a sentence (or capitalised the same
    /// way elsewhere inside one).
    ProperNoun,
    Word,
}

/// Each word's [`Candidate`] kind and whether it opens a sentence, worked
/// out once per document: three spelling rules read them word by word.
pub struct WordCandidates {
    pub starts: Vec<bool>,
    pub kinds: Vec<Candidate>,
}

impl WordCandidates {
    pub fn of(doc: &Document<'_>) -> Arc<Self> {
        doc.memo(0, |doc| {
            let starts = sentence_starts(doc);
            let masked = &doc.markup.masked;
            let mut kinds: Vec<Candidate> = doc
                .words
                .iter()
                .zip(&starts)
                .map(|(word, &start)| classify(doc, word, start, word.text(masked)))
                .collect();
            for filler in filler_text(doc)
                .into_iter()
                .chain(crate::rules::generated::filler_runs(doc))
            {
                kinds[filler].fill(Candidate::Skip);
            }
            // Only a word with a `{` shortly before it may be a field's
            // name: most documents have none, and scanning around every
            // word was 4 % of a long French draft's run.
            let braces: Vec<usize> = masked.match_indices('{').map(|(at, _)| at).collect();
            for (kind, word) in kinds.iter_mut().zip(&doc.words) {
                let span = word.span();
                let nearest = braces.partition_point(|&at| at < span.start);
                let brace_near =
                    nearest > 0 && span.start - braces[nearest - 1] <= MAX_FIELD_NAME_CHARS * 4;
                if brace_near && in_template_field(masked, span) {
                    *kind = Candidate::Skip;
                }
            }
            WordCandidates { starts, kinds }
        })
    }
}

/// The words of dummy text: from a `lorem ipsum` to the end of its block.
/// The Latin of filler text is one defect, the placeholder that
/// `generated.placeholder` reports, not a typo per word (`consectetur`,
/// `eiusmod`); the filler runs on to the paragraph's end, whatever
/// follows the two words that name it.
fn filler_text(doc: &Document<'_>) -> Vec<std::ops::Range<usize>> {
    let masked = &doc.markup.masked;
    let mut runs = Vec::new();
    for block in 0..doc.blocks().len() {
        let words = doc.block_words(block);
        let opener = words.clone().find(|&i| {
            doc.words[i].text(masked).eq_ignore_ascii_case("lorem")
                && words.contains(&(i + 1))
                && doc.words[i + 1].text(masked).eq_ignore_ascii_case("ipsum")
        });
        if let Some(first) = opener {
            runs.push(first..words.end);
        }
    }
    runs
}

/// A template field's name is short: a longer run is prose between braces.
const MAX_FIELD_NAME_CHARS: usize = 40;

/// Whether a word is the name of a template field (`{{prenom}}`,
/// `{ville}`, `{{ user.first_name }}`): the field left unfilled is
/// `generated.placeholder`'s one defect, and its name is code, not a typo.
fn in_template_field(masked: &str, span: crate::diagnostic::Span) -> bool {
    /// Characters a field's name may hold around the word.
    fn in_name(c: char) -> bool {
        c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | ' ')
    }
    let (before, after) = (&masked[..span.start], &masked[span.end..]);
    let opens = before
        .chars()
        .rev()
        .take(MAX_FIELD_NAME_CHARS)
        .find(|&c| !in_name(c))
        == Some('{');
    let closes = after
        .chars()
        .take(MAX_FIELD_NAME_CHARS)
        .find(|&c| !in_name(c))
        == Some('}');
    opens && closes
}

/// For each word of the document, whether it opens a sentence.
fn sentence_starts(doc: &Document<'_>) -> Vec<bool> {
    let mut starts = vec![false; doc.words.len()];
    for (_, mut words) in doc.sentences_with_words() {
        // The first word that is not an elided article opens the sentence.
        if let Some(first) = words.clone().find(|&i| !doc.words[i].is_elision()) {
            starts[first] = true;
        }
        if let Some(first) = words.next() {
            starts[first] = true;
        }
    }
    // Headings and list items open with a capital too.
    for block in 0..doc.blocks().len() {
        if let Some(first) = doc.block_words(block).find(|&i| !doc.words[i].is_elision()) {
            starts[first] = true;
        }
    }
    // So does each item of a list that plain text reads as one block (an
    // item wrapped onto an indented line joins the items together).
    // Words come in order: the gap since the previous word says whether a
    // line began there (a search back to the line's start for each word
    // would be quadratic on one long line).
    let source = doc.source();
    let mut previous_end = 0;
    let mut line_start = 0;
    for (i, word) in doc.words.iter().enumerate() {
        let start = word.span().start;
        let gap_start = previous_end.min(start);
        let gap = &source[gap_start..start];
        previous_end = word.span().end;
        if let Some(newline) = gap.rfind('\n') {
            line_start = gap_start + newline + 1;
            if is_bullet(&gap[newline + 1..]) {
                starts[i] = true;
            }
        }
        // `8 h 45 – Accueil`, `10:00 - Welcome`, `Article 5 – Surveillance`,
        // `Fri 3/8 – Companionship visit`: a programme's, a rota's or a
        // rulebook's item opens after its label as a list item after its
        // bullet. Only a short prefix is read, so one long line costs
        // nothing.
        if start - line_start <= MAX_ITEM_LABEL_BYTES && is_item_label(&source[line_start..start]) {
            starts[i] = true;
        }
        if opens_a_quoted_sentence_or_a_cell(gap) {
            starts[i] = true;
        }
    }
    starts
}

/// Whether `gap` (what lies between a word and the previous one) opens a
/// sentence of its own: a quotation announced by a colon (`should read:
/// "Whisk…"`, `dit : « Prenez…`) or a table's cell (`| Wash |`) opens
/// with a capital as a sentence or a title does.
fn opens_a_quoted_sentence_or_a_cell(gap: &str) -> bool {
    const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}'];
    let gap = gap.trim_end_matches(SPACES);
    if gap.trim_start_matches(SPACES).starts_with('|') && gap.ends_with('|') {
        return true;
    }
    gap.strip_suffix(['"', '“', '«'])
        .is_some_and(|before| before.trim_end_matches(SPACES).ends_with(':'))
}

/// The longest label read before an item (`14 h 30 – 15 h 45 : `).
const MAX_ITEM_LABEL_BYTES: usize = 24;

/// Whether `before` (what precedes a word on its line) is only an item's
/// label closed by a dash or a colon: a time or a time range (`8 h 45 – `,
/// `10:00 - `, `14h30-15h : `), or up to three tokens one of which is a
/// number (`Article 5 – `, `Fri 3/8 – `, `Étape 2 : `). A digit is
/// required: a dash after words is prose (`Salle A – Kerguelen`).
fn is_item_label(before: &str) -> bool {
    const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}', '\t'];
    let Some(label) = before
        .trim_end_matches(SPACES)
        .strip_suffix(['–', '—', '-', ':'])
    else {
        return false;
    };
    let label = label.trim_matches(SPACES);
    let time_char = |c: char| {
        c.is_ascii_digit()
            || matches!(c, 'h' | 'H' | ':' | '.' | '–' | '-' | '/')
            || SPACES.contains(&c)
    };
    if label.starts_with(|c: char| c.is_ascii_digit()) && label.chars().all(time_char) {
        return true;
    }
    let tokens = || label.split(SPACES).filter(|t| !t.is_empty());
    let numbered_token = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '/' | '.'))
    };
    let label_word = |t: &str| {
        t.chars().count() <= MAX_LABEL_WORD_CHARS
            && t.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    tokens().count() <= 3
        && tokens().any(numbered_token)
        && tokens().all(|t| numbered_token(t) || label_word(t))
}

/// `Article`, `Chapitre`, `Semaine`: the words of an item's label are short.
const MAX_LABEL_WORD_CHARS: usize = 10;

/// Whether `before` (what precedes a word on its line) is only a list
/// bullet: `-`, `*`, `•`, `1.`, `2)`.
fn is_bullet(before: &str) -> bool {
    let before = before.trim();
    let numbered = before
        .strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()));
    matches!(before, "-" | "*" | "+" | "•" | "–" | "—") || numbered
}

/// Longer "words" are not looked up: no French or English word comes near
/// (`anticonstitutionnellement` has 25 letters), a dictionary cannot fix
/// a run of letters that long, and lookups of compounds and prefixes cost
/// time that grows with the square of the length (a 100,000-letter run
/// took seconds).
pub const MAX_WORD_CHARS: usize = 64;

/// Fewest letters of a word in capitals read as a word rather than an
/// acronym (acronyms run to five or six: `UNESCO`, `NASDAQ`).
const SHOUTED_WORD_CHARS: usize = 7;

fn too_long(text: &str) -> bool {
    text.len() > MAX_WORD_CHARS && text.chars().nth(MAX_WORD_CHARS).is_some()
}

pub fn classify(doc: &Document<'_>, word: &Word, sentence_start: bool, text: &str) -> Candidate {
    if word.is_elision() || word.has_digit() || too_long(text) {
        return Candidate::Skip;
    }
    // A word rebuilt by the markup layer (`caf&eacute;` read as a
    // placeholder) cannot be looked up as written.
    if doc.text(word.span()) != text {
        return Candidate::Skip;
    }
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return Candidate::Skip;
    };
    if letters.next().is_none() {
        return Candidate::Skip;
    }
    let lowercase = text.chars().filter(|c| c.is_lowercase()).count();
    // `CGUs`, `PDFs`: a plural acronym.
    let acronym_plural = lowercase == 1 && text.ends_with('s') && text.chars().count() >= 3;
    let has_vowel = text
        .chars()
        .any(|c| "aeiouyàâäéèêëîïôöùûüÿæœAEIOUY".contains(c));
    // A long word in capitals (`CATAGORIES` heading a list) is a word
    // shouted, not an acronym: looked up like a capitalised opener, a typo
    // only one edit from a word (a name in capitals stays a name).
    if lowercase == 0
        && has_vowel
        && text.chars().count() >= SHOUTED_WORD_CHARS
        && text.chars().all(char::is_alphabetic)
        && is_latin_script(text)
    {
        return Candidate::Word;
    }
    if lowercase == 0
        || acronym_plural
        || !has_vowel
        || is_roman_ordinal(text)
        || has_inner_capital(text)
        || !is_latin_script(text)
    {
        return Candidate::Skip;
    }
    if cut_by_ellipsis(doc, word)
        || glued_to_symbol(doc, word)
        || suspended_prefix(doc, word)
        || sound_in_quotes(doc, word, text)
    {
        return Candidate::Skip;
    }
    if first.is_uppercase() && (!sentence_start || before_version_number(doc, word)) {
        return Candidate::ProperNoun;
    }
    Candidate::Word
}

/// `« poc »`, `"brrr"`, `“Pfff !”`: a short word, a word with a letter
/// written three times, or a cry, quoted alone, is a sound or an
/// interjection the writer spells by ear, not a word to look up.
fn sound_in_quotes(doc: &Document<'_>, word: &Word, text: &str) -> bool {
    let masked = doc.markup.masked.as_str();
    let span = word.span();
    let before = masked[..span.start].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let after = masked[span.end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let cry = after.starts_with(['!', '?', '…']);
    let after = after.trim_start_matches(['!', '?', '…', '.', ' ', '\u{a0}', '\u{202f}']);
    let quoted = before.ends_with(['«', '"', '“', '‘']) && after.starts_with(['»', '"', '”', '’']);
    // Asked of every candidate word: its letters are read only when quoted.
    if !quoted {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let tripled = chars.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
    chars.len() <= MAX_SOUND_CHARS || tripled || cry
}

/// A word this short quoted alone is a sound (`« tchac »`), not a slip.
const MAX_SOUND_CHARS: usize = 5;

/// `Postgres 17`, `Ubuntu 24.04`: a capitalised word before a version
/// number names a product, even as the first word of a sentence or item.
/// A date after the word (`Wensday 3/6`) is no version: a weekday or a
/// month, however spelt, is not a product.
fn before_version_number(doc: &Document<'_>, word: &Word) -> bool {
    let after = &doc.markup.masked[word.span().end..];
    let Some(number) = after.strip_prefix(' ') else {
        return false;
    };
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && !number[digits..].starts_with('/')
}

/// Our dictionaries are for Latin-script languages: a word in Greek,
/// Cyrillic or phonetic (IPA) letters is out of their reach.
fn is_latin_script(text: &str) -> bool {
    text.chars().all(|c| {
        !c.is_alphabetic()
            || c.is_ascii()
            || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
    })
}

/// `iPhone`, `McDonald`, `JavaScript`: a capital after a lowercase letter
/// (hyphenated parts are judged one by one, so `Jean-Pierre` is not).
fn has_inner_capital(text: &str) -> bool {
    text.split(['-', '\'', '’']).any(|part| {
        let mut seen_lower = false;
        for c in part.chars() {
            if c.is_uppercase() && seen_lower {
                return true;
            }
            seen_lower |= c.is_lowercase();
        }
        false
    })
}

/// `XXe`, `IIIe`, `XIXème`, `Ier`.
fn is_roman_ordinal(text: &str) -> bool {
    let numeral_len = text
        .chars()
        .take_while(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        .count();
    numeral_len > 0
        && matches!(
            &text[numeral_len..],
            "e" | "er"
                | "re"
                | "ère"
                | "ème"
                | "es"
                | "èmes"
                | "eme"
                | "nd"
                | "nde"
                | "th"
                | "st"
                | "rd"
        )
}

/// `pre- and post-war`, `pré- et post-opératoire`, `pre-1982`: a prefix
/// left hanging or put before a number.
fn suspended_prefix(doc: &Document<'_>, word: &Word) -> bool {
    let after = &doc.markup.masked[word.span().end..];
    after.starts_with('-')
        && after[1..].starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
}

fn cut_by_ellipsis(doc: &Document<'_>, word: &Word) -> bool {
    let after = &doc.markup.masked[word.span().end..];
    after.starts_with("...") || after.starts_with('…') || after.starts_with("..")
}

/// Hashtags, mentions, file names and paths are not prose words.
fn glued_to_symbol(doc: &Document<'_>, word: &Word) -> bool {
    let masked = &doc.markup.masked;
    let before = masked[..word.span().start].chars().next_back();
    let after = masked[word.span().end..].chars().next();
    matches!(
        before,
        Some('#' | '@' | '/' | '\\' | '_' | '.' | '=' | '<' | '&')
    ) || matches!(after, Some('/' | '\\' | '_' | '@' | '=' | '>'))
        || (after == Some('.')
            && masked[word.span().end + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric()))
}

/// Common productive prefixes: `cyber` + a known word is a known word.
pub fn prefixes(language: Language) -> &'static [&'static str] {
    match language {
        Language::Fr => &[
            "cyber", "e", "auto", "néo", "post", "pré", "co", "multi", "inter", "anti", "super",
            "hyper", "micro", "macro", "méga", "mini", "ultra", "non", "semi", "pseudo", "quasi",
            "extra", "infra", "intra", "trans", "poly", "mono", "bi", "tri", "re", "ré", "dé",
            "contre", "sur", "sous", "bio", "éco", "géo", "télé", "vidéo", "euro", "franco",
            "afro", "ex", "vice", "mi", "demi", "hydro", "agro", "techno", "nano", "cyto", "néo",
            "proto", "para", "méta", "omni", "archi", "péri", "rétro", "socio", "psycho", "neuro",
            "cardio", "photo", "radio", "thermo", "électro",
        ],
        Language::En => &[
            "cyber", "e", "auto", "neo", "post", "pre", "co", "multi", "inter", "anti", "super",
            "hyper", "micro", "macro", "mega", "mini", "ultra", "non", "semi", "pseudo", "quasi",
            "extra", "infra", "intra", "trans", "poly", "mono", "bi", "tri", "re", "de", "un",
            "counter", "over", "under", "bio", "eco", "geo", "tele", "video", "euro", "ex", "vice",
            "mid", "self", "nano", "techno", "proto", "para", "meta", "omni", "retro", "socio",
            "psycho", "out", "neuro", "cardio", "photo", "radio", "thermo", "electro",
        ],
    }
}

/// Whether a letter appears three times in a row inside `text`, a letter
/// after it (and not four: `Brrrr` is a sound): no word or name is spelt
/// so. At the end it may be a brand's stretched vowel (`Zooo`).
pub fn has_tripled_letter(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.len() >= 6
        && chars.windows(3).enumerate().any(|(i, w)| {
            w[0].is_alphabetic()
                && w[0] == w[1]
                && w[1] == w[2]
                && (i == 0 || chars[i - 1] != w[0])
                && chars.get(i + 3).is_some_and(|&next| next != w[0])
        })
}

/// `café's` → `café`, `players'` → `players`: English possessives are
/// checked without their ending.
pub fn strip_possessive(word: &str) -> &str {
    ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .filter(|base| !base.is_empty())
        .unwrap_or(word)
}

/// Whether `word` is correct in `language`: the dictionary, the personal
/// lists, a hyphenated compound of correct parts, or a productive prefix
/// before a correct word (or, in English, two joined words) — unless a
/// dictionary word is one edit away, accents aside.
pub fn is_known(
    checker: &SpellChecker,
    resources: &Resources,
    language: Language,
    word: &str,
) -> bool {
    // Four rules ask about every word, and a word known only through a
    // prefix costs a search for a nearby slip each time: remembered per
    // checker (`checker` is `resources`' own for `language`).
    checker.remembered(word, || {
        if is_known_at_depth(checker, resources, language, word, 0) {
            return true;
        }
        let base = strip_possessive(word);
        base.len() < word.len() && is_known_at_depth(checker, resources, language, base, 0)
    })
}

fn is_known_at_depth(
    checker: &SpellChecker,
    resources: &Resources,
    language: Language,
    word: &str,
    depth: u8,
) -> bool {
    if resources.personal_words(language).contains(word) || checker.check(word) {
        return true;
    }
    if language == Language::En
        && british_to_american(word).iter().any(|v| {
            // en_US lists some nouns of chemistry without their plural
            // (`sulfite`): the British plural reads through the singular.
            let known = checker.check(v)
                || v.strip_suffix('s')
                    .is_some_and(|one| one.chars().count() >= 4 && checker.check(one));
            known && !is_swapped_comparative(checker, word, v)
        })
    {
        return true;
    }
    if depth >= AFTER_PREFIX {
        return false;
    }
    let prefixes = prefixes(language);
    // A prefix written as a word of its own is its clipped form: `le mode
    // éco`, `une version bêta du mini`, `eco mode`.
    let lower = word.to_lowercase();
    if lower.chars().count() >= MIN_CLIPPED_CHARS && prefixes.contains(&lower.as_str()) {
        return true;
    }
    if word.contains(['-', '\u{2011}']) {
        let last = word.rsplit(['-', '\u{2011}']).next().unwrap_or_default();
        return word.split(['-', '\u{2011}']).all(|part| {
            // A capitalised part is a name: `ex-Yougoslavie`, `anti-Trump`.
            part.is_empty()
                || part.chars().next().is_some_and(char::is_uppercase)
                    && part != word
                    && !has_tripled_letter(part)
                || prefixes.contains(&part.to_lowercase().as_str())
                || is_known_at_depth(checker, resources, language, part, depth + 1)
                || language == Language::En
                    && std::ptr::eq(part, last)
                    && is_plural_of_a_compound(checker, part)
        });
    }
    if language == Language::En && depth == 0 && is_gerund_of_a_word(checker, resources, &lower) {
        return true;
    }
    let derived = (language == Language::En && is_closed_compound(checker, &lower))
        || prefixes.iter().any(|prefix| {
            // What follows a prefix is a word as written: stacked prefixes
            // (`ex` + `post` + `ion` for `expostion`) read any slip as a
            // word.
            lower.strip_prefix(prefix).is_some_and(|rest| {
                rest.chars().count() >= 3
                    && is_known_at_depth(checker, resources, language, rest, AFTER_PREFIX)
            })
        });
    // A word that only parses as prefix + word or as two joined words is
    // a slip when a dictionary word is one letter away: `resources` is
    // `ressources` mistyped, not `re` + `sources`; `reconciliation` is
    // `réconciliation` without its accent.
    // No compound triples a letter (`cross` + `sway`): that is a slip.
    derived
        && !has_tripled_letter(word)
        && (depth > 0 || !is_slip_of_a_word(checker, resources, language, word))
}

/// The common British word one edit from `word` (`neighbourhod` →
/// `neighbourhood`, `colourfull` → `colourful`), which the American
/// suggestions, two edits away, miss. Only a common word: a British
/// spelling the dictionary lacks (`iodisation`) is one edit from rare
/// words (`ionisation`) without being their slip.
pub fn british_neighbour(
    checker: &SpellChecker,
    word: &str,
    max: usize,
    budget: std::time::Duration,
) -> Option<String> {
    let suggestions = checker.suggest_from_each(word, max, budget);
    neighbour_among(checker, word, &suggestions).filter(|n| {
        let lower = n.to_lowercase();
        is_common(&lower)
            || is_common(&lower.replace("our", "or"))
            || british_to_american(&lower).iter().any(|v| is_common(v))
    })
}

/// Whether `last`, the last part of an English hyphenated word, is a
/// word of the dictionary with a plural `s`: a compound made a noun takes
/// its plural on its last part, whatever that part is on its own
/// (`five-year-olds`, `must-haves`, `also-rans`).
fn is_plural_of_a_compound(checker: &SpellChecker, last: &str) -> bool {
    last.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && checker.check(stem))
}

/// The depth at which a word is only looked up (dictionary, personal
/// lists, British spelling), not parsed again: the part after a prefix, or
/// a part of a part of a hyphenated word.
const AFTER_PREFIX: u8 = 2;

/// Shorter prefixes (`re`, `co`, `bi`) are no clipped words.
const MIN_CLIPPED_CHARS: usize = 3;

/// Whether a common word is one edit from `word`, accents aside.
fn is_slip_of_a_word(
    checker: &SpellChecker,
    resources: &Resources,
    language: Language,
    word: &str,
) -> bool {
    let neighbour = match language {
        // English suggestions are cheap (a millisecond) and cached. Two
        // letters swapped (`firebrake`) or a slip in the ending
        // (`debutans`) are typos; an edit inside a compound mostly joins
        // two real words (`hotspot`/`hotpot`, `photocall`/`photocell`).
        Language::En => {
            let is_slip_for = |n: &String| {
                is_swap(word, n)
                    || edits_the_ending(word, n)
                    || is_slip_parsed_by_accident(checker, word, n)
                    || is_vowel_slip_in_a_compound(checker, word, n)
                    || is_letter_slip_in_a_compound(checker, word, n)
                    // `writting` parses as `writ` + `ting`; a letter
                    // doubled beside a common word is a slip.
                    || (has_doubled_letter_more(&fold(word), &fold(n))
                        && is_common(&n.to_lowercase()))
            };
            let budget = resources.suggestion_budget();
            let suggestions = checker.suggest(word, 3, budget);
            neighbour_among(checker, word, &suggestions)
                .filter(is_slip_for)
                .or_else(|| british_neighbour(checker, word, 3, budget).filter(is_slip_for))
        }
        // French ones cost tens of milliseconds: try the slips a prefix
        // hides directly — accents (`reouverture`), a doubled letter
        // (`resources`), a vowel for a vowel (`example`) — but not a vowel
        // more or less, which joins related words (`technophobie`).
        Language::Fr => {
            let lower: Vec<char> = word.to_lowercase().chars().collect();
            first_known(checker, &lower, &cognate_edits(&lower), MAX_GUARD_LOOKUPS)
                .filter(|n| {
                    let (a, b) = (fold(word), fold(n));
                    a.chars().count() == b.chars().count() || has_doubled_letter_more(&a, &b)
                })
                .or_else(|| word_behind_prefix(checker, &lower))
        }
    };
    // `debutants` is `debutant` + `s`, a plural, not a slip for it.
    neighbour.is_some_and(|n| !is_inflection_of(word, &n, language))
}

/// The dictionary word a French prefix + word stands for when the word
/// after the prefix is one edit (a letter dropped, added, wrong or two
/// swapped) from a word that, behind the same prefix, is in the
/// dictionary: `ré` + `ponce` is `réponse` mistyped, `inter` + `dicton` is
/// `interdiction`. The prefix is read from the dictionary word, not
/// productive: a productive prefix makes words the dictionary lacks, not
/// neighbours of words it has. Agreement endings are no edit
/// (`hyperconnectée` beside `hyperconnecté`).
fn word_behind_prefix(checker: &SpellChecker, lower: &[char]) -> Option<String> {
    let word: String = lower.iter().collect();
    let mut lookups = 0;
    for prefix in prefixes(Language::Fr) {
        let Some(rest) = word.strip_prefix(prefix) else {
            continue;
        };
        let rest: Vec<char> = rest.chars().collect();
        if rest.len() < 4
            || rest.len() > MAX_EDITED_REST
            || !checker.check(&rest.iter().collect::<String>())
        {
            continue;
        }
        for edit in letter_edits(&rest) {
            lookups += 1;
            if lookups > MAX_PREFIX_LOOKUPS {
                return None;
            }
            let candidate = format!("{prefix}{}", edit.iter().collect::<String>());
            if candidate != word
                && !differs_by_agreement(&word, &candidate)
                && checker.check(&candidate)
            {
                return Some(candidate);
            }
        }
    }
    None
}

/// The rest of a prefixed word longer than this is not edited (lookups).
const MAX_EDITED_REST: usize = 10;

/// Lookups spent on the letter edits behind French prefixes of one word.
const MAX_PREFIX_LOOKUPS: usize = 900;

/// Every one-letter edit of `word`: drops and swaps first (cheapest), then
/// wrong letters and added ones.
fn letter_edits(word: &[char]) -> Vec<Vec<char>> {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzéèêàçîôû";
    let n = word.len();
    let mut out = Vec::new();
    for i in 0..n {
        let mut v = word.to_vec();
        v.remove(i);
        out.push(v);
    }
    for i in 1..n {
        let mut v = word.to_vec();
        v.swap(i - 1, i);
        out.push(v);
    }
    for i in 0..n {
        for c in LETTERS.chars().filter(|&c| c != word[i]) {
            let mut v = word.to_vec();
            v[i] = c;
            out.push(v);
        }
    }
    for i in 0..=n {
        for c in LETTERS.chars() {
            let mut v = word.to_vec();
            v.insert(i, c);
            out.push(v);
        }
    }
    out
}

/// Whether `a` and `b` differ only in a French agreement or verb ending
/// (`connectée`/`connecté`, `tenus`/`tenu`, `lancer`/`lancé`).
fn differs_by_agreement(a: &str, b: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "", "e", "s", "es", "x", "é", "ée", "és", "ées", "er", "ez", "ent", "t", "nt", "r", "ai",
        "a", "i", "is", "it",
    ];
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let tail = |w: &str| w.chars().skip(common).collect::<String>();
    ENDINGS.contains(&tail(a).as_str()) && ENDINGS.contains(&tail(b).as_str())
}

/// Whether `us`, the American form of the British `-re` spelling `word`,
/// is the comparative of a known word: `fastre` is `faster` with two
/// letters swapped, not a British spelling (`centre`, `metre` are in the
/// British dictionary itself).
fn is_swapped_comparative(checker: &SpellChecker, word: &str, us: &str) -> bool {
    word.to_lowercase().ends_with("re")
        && us
            .strip_suffix("er")
            .is_some_and(|stem| stem.chars().count() >= 3 && checker.check(stem))
}

/// Whether `word` reads as a compound only by accident: it splits into no
/// two common words and takes no prefix, while `neighbour` (one edit away)
/// is a common word. `communties` parses as `comm` + `unties`, but an
/// abbreviation glued to a verb is no compound anyone writes: it is
/// `communities` with a letter missing. Real closed compounds join common
/// words (`hotpot`, `photocall`) and stay accepted.
fn is_slip_parsed_by_accident(checker: &SpellChecker, word: &str, neighbour: &str) -> bool {
    let lower = word.to_lowercase();
    let chars: Vec<(usize, char)> = lower.char_indices().collect();
    let joins_common_words = (3..chars.len().saturating_sub(2)).any(|i| {
        let at = chars[i].0;
        is_common(&lower[..at]) && is_common(&lower[at..])
    });
    let prefixed = prefixes(Language::En).iter().any(|prefix| {
        lower
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.chars().count() >= 3 && checker.check(rest))
    });
    !joins_common_words && !prefixed && is_common(&neighbour.to_lowercase())
}

/// Whether `word`, which English reads only as two joined words, is
/// `neighbour` with one vowel written for another (`passangers` for
/// `passengers`, `sealent` for `sealant`): the commonest slip of an
/// unstressed vowel. Hunspell's English dictionaries join no words (their
/// `COMPOUNDRULE`s only build ordinals from digits), so the CLI rejects
/// such words; draftlint accepts closed compounds the dictionary lacks
/// (`facelift`, `wavenumber`), but not when the split is an accident: a
/// real compound's vowel neighbour is a compound split at the same place
/// (`photocall` beside `photo` + `cell`, `sweetbox` beside `sweat` +
/// `box`), a slip's is one word (`pass` + `engers` is nothing). Both parts are common words: a rare
/// part is a word the dictionary lacks, not an accident.
fn is_vowel_slip_in_a_compound(checker: &SpellChecker, word: &str, neighbour: &str) -> bool {
    const VOWELS: &str = "aeiouy";
    let (lower, other) = (word.to_lowercase(), neighbour.to_lowercase());
    let (a, b): (Vec<(usize, char)>, Vec<char>) =
        (lower.char_indices().collect(), other.chars().collect());
    let differing: Vec<usize> = (0..a.len().min(b.len()))
        .filter(|&i| a[i].1 != b[i])
        .collect();
    let vowel_for_vowel = a.len() == b.len()
        && differing.len() == 1
        && VOWELS.contains(a[differing[0]].1)
        && VOWELS.contains(b[differing[0]]);
    if !vowel_for_vowel {
        return false;
    }
    let prefixed = prefixes(Language::En).iter().any(|prefix| {
        lower
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.chars().count() >= 3 && checker.check(rest))
    });
    // Splits into two common words: a rare part (`poll` + `ock` for the
    // fish `pollock`) makes a word the dictionary lacks, not a slip.
    let splits: Vec<usize> = (3..a.len().saturating_sub(2))
        .map(|i| a[i].0)
        .filter(|&at| is_common(&lower[..at]) && is_common(&lower[at..]))
        .collect();
    let sibling_compound = splits.iter().any(|&at| {
        other.is_char_boundary(at) && checker.check(&other[..at]) && checker.check(&other[at..])
    });
    !prefixed && !splits.is_empty() && !sibling_compound
}

/// Whether `word`, which English reads only as two joined words, is
/// `neighbour` with a letter added or dropped (`realease`, `real` +
/// `ease`, for `release`): the neighbour is a common word that joins no
/// two common words (`rel` is an abbreviation), where a real compound's neighbour one letter away is
/// another compound (`hotpot` beside `hot` + `spot`).
fn is_letter_slip_in_a_compound(checker: &SpellChecker, word: &str, neighbour: &str) -> bool {
    let (lower, other) = (word.to_lowercase(), neighbour.to_lowercase());
    if lower.chars().count().abs_diff(other.chars().count()) != 1 || !is_common(&other) {
        return false;
    }
    let prefixed = prefixes(Language::En).iter().any(|prefix| {
        lower
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.chars().count() >= 3 && checker.check(rest))
    });
    let indices: Vec<usize> = other.char_indices().map(|(at, _)| at).collect();
    let neighbour_is_compound = (3..indices.len().saturating_sub(2)).any(|i| {
        let at = indices[i];
        is_common(&other[..at]) && is_common(&other[at..])
    });
    !prefixed && !neighbour_is_compound
}

/// `onboarding`, `dogfooding`: tech and trade English makes verbs of nouns
/// and adjectives the dictionary knows (`onboard`, `dog` + `food`), and their
/// `-ing` form is a word of its own — unless a dictionary word is one edit
/// away (`writeing` is `writing` mistyped).
fn is_gerund_of_a_word(checker: &SpellChecker, resources: &Resources, lower: &str) -> bool {
    let Some(stem) = lower.strip_suffix("ing") else {
        return false;
    };
    let stems = [stem.to_string(), format!("{stem}e")];
    stem.chars().count() >= MIN_GERUND_STEM
        && stems
            .iter()
            .any(|s| checker.check(s) || is_closed_compound(checker, s))
        && {
            let suggestions = checker.suggest(lower, 3, resources.suggestion_budget());
            neighbour_among(checker, lower, &suggestions).is_none()
        }
}

/// Shorter stems (`thin`, `hop`) make gerunds whose slips are common words.
const MIN_GERUND_STEM: usize = 5;

/// Whether `a` and `b` (one edit apart) differ by two neighbours swapped.
fn is_swap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (fold(a).chars().collect(), fold(b).chars().collect());
    a.len() == b.len() && {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]]
    }
}

/// Whether `a` and `b` (one edit apart) differ only in their last two
/// letters.
fn edits_the_ending(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common + 2 >= a.chars().count().min(b.chars().count())
}

/// Whether the longer of `a` and `b` is the other with one letter doubled.
fn has_doubled_letter_more(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    let long: Vec<char> = long.chars().collect();
    (1..long.len()).any(|i| {
        long[i] == long[i - 1] && {
            let mut v = long.clone();
            v.remove(i);
            v.into_iter().collect::<String>() == short
        }
    })
}

/// Lookups spent on a French word that parses as prefix + word.
const MAX_GUARD_LOOKUPS: usize = 200;

/// Whether `word` is `base` with a plural ending.
fn is_inflection_of(word: &str, base: &str, language: Language) -> bool {
    let (word, base) = (word.to_lowercase(), base.to_lowercase());
    let endings: &[&str] = match language {
        Language::Fr => &["s", "x"],
        Language::En => &["s", "es"],
    };
    endings
        .iter()
        .any(|e| word.strip_suffix(e).is_some_and(|stem| stem == base))
}

/// English writes compounds solid (`facelift`, `wavenumber`): two known
/// words of three letters or more, joined. Not when one of them is a
/// word of grammar (`thatthe`, `youare`, `arethey`) or an inflected verb
/// runs into a participle (`staysclosed`): that is a space left out
/// between two words, and compounds are made of content words.
fn is_closed_compound(checker: &SpellChecker, lower: &str) -> bool {
    let chars: Vec<(usize, char)> = lower.char_indices().collect();
    chars.len() >= 7
        && (3..=chars.len() - 3).any(|i| {
            let at = chars[i].0;
            let (head, tail) = (&lower[..at], &lower[at..]);
            let missing_space = GRAMMAR_WORDS.contains(&head)
                || GRAMMAR_WORDS.contains(&tail)
                || (head.len() >= 4
                    && head.ends_with('s')
                    && tail.len() >= 5
                    && tail.ends_with("ed"));
            !missing_space && checker.check(head) && checker.check(tail)
        })
}

/// English words of grammar of three letters or more: never a part of a
/// closed compound the dictionary lacks (those it has, `therein`,
/// `himself`, `without`, are known words and never split).
const GRAMMAR_WORDS: &[&str] = &[
    "the", "and", "but", "for", "nor", "yet", "that", "this", "these", "those", "than", "then",
    "with", "from", "are", "was", "were", "been", "being", "has", "have", "had", "does", "did",
    "will", "would", "can", "could", "should", "shall", "may", "might", "must", "not", "you",
    "your", "yours", "our", "ours", "they", "them", "their", "his", "her", "hers", "its", "she",
    "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "because", "into",
    "onto", "about", "there", "here", "very", "also", "just", "only",
];

/// The word with `oe`/`ae` written as the ligatures `œ`/`æ`, when that is
/// what the dictionary knows (`soeur` → `sœur`) and the plain form is not.
pub fn ligature_spelling(checker: &SpellChecker, word: &str) -> Option<String> {
    if too_long(word) {
        return None;
    }
    // Runs on every word: one pass over the bytes decides most of them.
    let candidate = word
        .as_bytes()
        .windows(2)
        .any(|p| matches!(p[0], b'o' | b'O' | b'a' | b'A') && matches!(p[1], b'e' | b'E'));
    if !candidate {
        return None;
    }
    let with = with_ligatures(word);
    (with != word && checker.check(&with) && !checker.check(word)).then_some(with)
}

/// `oe`/`Oe`/`OE` → `œ`/`Œ` and `ae`/`Ae` → `æ`/`Æ`, in one pass.
fn with_ligatures(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let ligature = match (c, rest.as_bytes().get(1)) {
            ('o', Some(b'e')) => Some('œ'),
            ('O', Some(b'e' | b'E')) => Some('Œ'),
            ('a', Some(b'e')) => Some('æ'),
            ('A', Some(b'e')) => Some('Æ'),
            _ => None,
        };
        match ligature {
            Some(l) => {
                out.push(l);
                rest = &rest[2..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// American spellings of a British one (`centre` → `center`, `analysed` →
/// `analyzed`, `travellers` → `travelers`, `honour` → `honor`, `foetus` →
/// `fetus`), so an en_US dictionary accepts either variety: a British
/// spelling in an English draft is a house-style choice, not a typo.
pub fn british_to_american(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let mut out = Vec::new();
    let swaps: &[(&str, &str)] = &[
        ("isation", "ization"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("iser", "izer"),
        ("isers", "izers"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("yses", "yzes"),
        ("ysing", "yzing"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("ourite", "orite"),
        ("ourable", "orable"),
        ("re", "er"),
        ("res", "ers"),
        ("lled", "led"),
        ("lling", "ling"),
        ("ller", "ler"),
        ("llers", "lers"),
        ("logue", "log"),
        ("logues", "logs"),
        ("ence", "ense"),
        ("mme", "m"),
        ("mmes", "ms"),
        // Past participles in -t: `sunburnt`, `learnt`, `spelt`, `spoilt`,
        // `dreamt`, `spilt`.
        ("rnt", "rned"),
        ("elt", "elled"),
        ("oilt", "oiled"),
        ("eamt", "eamed"),
        ("ilt", "illed"),
    ];
    for (gb, us) in swaps {
        if let Some(stem) = lower.strip_suffix(gb)
            && stem.chars().count() >= 2
        {
            out.push(format!("{stem}{us}"));
        }
    }
    if lower.contains("oe") || lower.contains("ae") {
        out.push(lower.replace("oe", "e").replace("ae", "e"));
    }
    // Inside the word: `yoghurt`, `mould`/`smoulder`, `sceptic`, `tyre`,
    // `aluminium`, `plough`, `draught`, `pyjamas`.
    let inner: &[(&str, &str)] = &[
        ("ogh", "og"),
        ("ould", "old"),
        ("oulder", "older"),
        ("oult", "olt"),
        ("scep", "skep"),
        ("tyre", "tire"),
        ("inium", "inum"),
        ("plough", "plow"),
        ("draught", "draft"),
        ("pyjam", "pajam"),
        // Chemistry's `ph` of British use: `sulphite`, `sulphates`.
        ("sulph", "sulf"),
    ];
    for (gb, us) in inner {
        if lower.contains(gb) {
            out.push(lower.replacen(gb, us, 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_that_are_not_words() {
        assert!(has_inner_capital("iPhone"));
        assert!(has_inner_capital("JavaScript"));
        assert!(!has_inner_capital("Jean-Pierre"));
        assert!(is_roman_ordinal("XXe"));
        assert!(is_roman_ordinal("XIXème"));
        assert!(!is_roman_ordinal("Xavier"));
        assert!(!is_latin_script("ˈvɔːrʒɑːk"));
        assert!(is_latin_script("Antonín"));
        assert!(british_to_american("Characterised").contains(&"characterized".to_string()));
        assert!(british_to_american("centre").contains(&"center".to_string()));
        assert!(british_to_american("yoghurts").contains(&"yogurts".to_string()));
        assert!(british_to_american("smouldering").contains(&"smoldering".to_string()));
        assert!(british_to_american("sunburnt").contains(&"sunburned".to_string()));
        assert!(british_to_american("spelt").contains(&"spelled".to_string()));
        assert!(british_to_american("Sulphites").contains(&"sulfites".to_string()));
    }

    #[test]
    fn a_time_label_opens_a_programme_item() {
        assert!(is_item_label("8 h 45 – "));
        assert!(is_item_label("10:00 - "));
        assert!(is_item_label("14h30-15h\u{a0}: "));
        assert!(is_item_label("Article 5 – "));
        assert!(is_item_label("Fri 3/8 – "));
        assert!(is_item_label("Étape 2\u{a0}: "));
        assert!(!is_item_label("Salle A – "));
        assert!(!is_item_label("8 h 45 "));
        assert!(!is_item_label("– "));
        assert!(!is_item_label("Nous avons vu 3 – "));
        assert!(!is_item_label("Les conditions générales 2024 – "));
    }
}
