//! Short formulas said three times in a draft, for `repetition.phrase`.
//!
//! The general passes of [`super::phrase`] count phrases of three words or
//! more with two content words: a formula of two words with one content
//! word ("so proud", "n'hésitez pas", "at your own pace") slips under them,
//! while a reader hears it by the third time in a short draft. A topic
//! term must repeat ("wind farm", "mountain rescue"); a formula need not.
//! What tells a formula is its shape, read from word classes, not a list of
//! phrases:
//!
//! - an intensifier and the word it raises ("truly grateful", "vraiment
//!   fiers");
//! - a preposition, a possessive or a quantifier and a noun of manner ("at
//!   your convenience", "à votre rythme", "en toute sérénité", "at no extra
//!   cost"): with a possessive, only an abstract noun or a noun of pace or
//!   service (`with your child` is a fact);
//! - a connector of the lists in `rules/connectors/`, of two words or
//!   more, opening a clause anywhere (`…, et en fin de compte`);
//! - a courtesy imperative ("n'hésitez pas", "don't hesitate", "feel free",
//!   "rest assured");
//! - an invitation: a verb of coming and the verb it calls to ("Venez
//!   découvrir", "venez donc goûter", "come and see");
//! - the same words opening three clauses of one paragraph when
//!   `repetition.sentence-opener` cannot see a run: one of them after
//!   `And`/`Et`, other sentences in between, or a colon closing the short
//!   clause (`Your money stays local: it pays…`);
//! - at `info` (also normal writing): a hyphenated adjective and its noun
//!   ("tailor-made lessons"), or two content words said three times in one
//!   paragraph ("small groups").
//!
//! Every pass looks at each word once, from a cheap test on the word
//! itself; the maps hold only the candidates, which are rare.

use super::fast_hash::FastMap;
use super::tokens::{TokenStream, is_prose};
use crate::markup::BlockKind;
use crate::text::{Document, Language};

/// The longest formula, in words.
const MAX_WORDS: usize = 5;

/// How many times a formula must come back within one paragraph for the
/// paragraph passes (openers, pairs of content words).
const IN_A_PARAGRAPH: usize = 3;

/// Words of one line, and sentences of one paragraph, heard together: a
/// paragraph runs to a few hundred words; past that (a page pasted as one
/// line, a megabyte without a break) the count starts again, so what is
/// kept per line or paragraph stays bounded whatever the file.
const HEARD_TOGETHER_WORDS: usize = 400;
const HEARD_TOGETHER_SENTENCES: usize = 40;

/// A formula found: its length in words, where it starts (word indices,
/// ascending), and whether it is reported at `info` only.
pub(super) struct Formula {
    pub words: usize,
    pub starts: Vec<u32>,
    pub info: bool,
}

/// Intensifiers of feeling and selling. The plain degree adverbs (`very`,
/// `très`, `trop`) are left out: "very good", "très bon état" are grades
/// and measures, said again for precision.
const EN_INTENSIFIERS: &[&str] = &[
    "so",
    "truly",
    "really",
    "completely",
    "totally",
    "fully",
    "entirely",
    "absolutely",
    "incredibly",
    "extremely",
    "super",
    "highly",
    "deeply",
    "genuinely",
    "perfectly",
    "utterly",
    "hugely",
    "immensely",
    "wonderfully",
    "amazingly",
    "sincerely",
];

const FR_INTENSIFIERS: &[&str] = &[
    "vraiment",
    "tellement",
    "super",
    "hyper",
    "complètement",
    "totalement",
    "entièrement",
    "absolument",
    "parfaitement",
    "extrêmement",
    "particulièrement",
    "sincèrement",
    "profondément",
    "réellement",
    "incroyablement",
    "infiniment",
];

const EN_PREPOSITIONS: &[&str] = &["at", "in", "with", "without", "by", "on", "for", "under"];
const FR_PREPOSITIONS: &[&str] = &[
    "à", "en", "avec", "sans", "dans", "par", "pour", "sous", "selon",
];

const EN_POSSESSIVES: &[&str] = &["your", "our", "their", "my", "his", "her"];
const FR_POSSESSIVES: &[&str] = &[
    "votre", "vos", "notre", "nos", "leur", "leurs", "ton", "ta", "tes", "son", "sa", "ses",
];

/// Determiners of totality or absence: after a preposition they make a
/// phrase of manner of any noun ("en toute confiance", "at no cost").
const EN_QUANTIFIERS: &[&str] = &["all", "complete", "total", "full", "no", "utmost"];
const FR_QUANTIFIERS: &[&str] = &[
    "toute", "tout", "toutes", "pleine", "plein", "aucun", "aucune", "totale", "entière",
];

/// Words between the determiner and the noun of a phrase of manner ("at
/// your own pace", "at no extra cost", "à votre propre rythme").
const MODIFIERS: &[&str] = &["own", "extra", "additional", "added", "propre", "entière"];

/// Nouns of pace and service that make a phrase of manner after a
/// possessive without an abstract ending ("at your own pace", "à votre
/// écoute").
const MANNER_NOUNS: &[&str] = &[
    "pace", "leisure", "disposal", "service", "side", "rythme", "écoute", "service", "guise",
    "aise", "côtés",
];

/// Endings of abstract nouns ("sérénité", "convenience", "safety").
const ABSTRACT_ENDINGS: &[&str] = &[
    "ité", "té", "ance", "ence", "isme", "ion", "eur", "esse", "ude", "ity", "ty", "ness", "ism",
];

/// Coordinators that may lead a clause before its opener ("And before you
/// start", "Et avant de partir").
const COORDINATORS: &[&str] = &[
    "and", "but", "so", "then", "et", "mais", "puis", "alors", "or",
];

/// Subject pronouns: sentences opening with the speaker are an anaphora or
/// a list told as prose, `repetition.sentence-opener`'s business.
const SUBJECTS: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "je", "j'", "nous", "vous", "ils", "elles", "il",
    "elle", "on", "tu",
];

/// French verbs of coming in the imperative, which call to another verb
/// ("Venez découvrir", "Viens goûter").
const FR_COMING: &[&str] = &["venez", "viens", "venons"];

/// Adverbs (and a pronoun) that may stand between a verb of coming and
/// the verb it calls to ("Venez donc découvrir", "venez nous rejoindre").
const INVITATION_ADVERBS: &[&str] = &["donc", "vite", "aussi", "également", "alors", "nous"];

/// Endings of French infinitives.
const FR_INFINITIVE_ENDINGS: &[&str] = &["er", "ir", "re"];

/// Two-word courtesy formulas of English that no structure tells apart.
const EN_COURTESY: &[(&str, &str)] = &[
    ("feel", "free"),
    ("rest", "assured"),
    ("please", "note"),
    ("don't", "hesitate"),
];

fn abstract_noun(word: &str) -> bool {
    word.chars().count() >= 5 && ABSTRACT_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// The short formulas said `need` times (three in one paragraph for the
/// paragraph passes) in the document.
pub(super) fn formulas(doc: &Document<'_>, stream: &TokenStream, need: usize) -> Vec<Formula> {
    let norm = doc.normalized();
    let word = |i: usize| norm.word(i);
    let count = doc.words.len();
    let blocks = doc.blocks();
    // Words of prose, a table cell or a heading (not code, not figures),
    // joined to the next without punctuation: a formula lives in a clause.
    let readable = |i: usize| {
        let kind = blocks[doc.words[i].block()].kind();
        (is_prose(kind) || kind == BlockKind::TableCell || kind.is_heading())
            && !doc.words[i].has_digit()
    };
    let joined = |i: usize| i + 1 < count && !norm.is_separated(i + 1) && readable(i + 1);
    let (intensifiers, prepositions, possessives, quantifiers) = match doc.language {
        Language::En => (
            EN_INTENSIFIERS,
            EN_PREPOSITIONS,
            EN_POSSESSIVES,
            EN_QUANTIFIERS,
        ),
        Language::Fr => (
            FR_INTENSIFIERS,
            FR_PREPOSITIONS,
            FR_POSSESSIVES,
            FR_QUANTIFIERS,
        ),
    };
    // A formula made of the title's words is the subject: the report
    // gives it at `info` (see `phrase.rs`), so the words of headings count.
    let content = |i: usize| stream.is_content(i);

    // Whether word `i` opens a sentence: nothing but a sentence's end, a
    // line break or the start of the text before it.
    let masked = &doc.markup.masked;
    let opens_sentence = |i: usize| {
        let before = masked[..doc.words[i].span().start].trim_end_matches([' ', '\t', '\u{a0}']);
        before.is_empty() || before.ends_with(['\n', '.', '!', '?', '…'])
    };
    // Connectors counted below, by their words' ids: whether one of their
    // occurrences stands inside a sentence.
    let mut connectors: FastMap<&[u32], bool> = FastMap::default();
    // Invitations ("Venez découvrir", "venez donc goûter", "Come and
    // see"), keyed by the ids of the verb of coming and the verb it calls
    // to: an adverb between the two does not make another formula.
    let mut invitations: FastMap<(u32, u32), Vec<u32>> = FastMap::default();
    // Formulas of one clause, keyed by their words' ids.
    let mut counts: FastMap<&[u32], Vec<u32>> = FastMap::default();
    let mut add = |start: usize, words: usize| {
        counts
            .entry(&stream.ids[start..start + words])
            .or_default()
            .push(u32::try_from(start).expect("fewer words than bytes"));
    };
    for i in 0..count {
        if !readable(i) || !joined(i) {
            continue;
        }
        let w = word(i);
        // An intensifier and the word it raises.
        if intensifiers.contains(&w) && content(i + 1) {
            add(i, 2);
            continue;
        }
        // A preposition, a possessive or quantifier, a noun of manner.
        if prepositions.contains(&w) && joined(i + 1) {
            let det = word(i + 1);
            let possessive = possessives.contains(&det);
            if possessive || quantifiers.contains(&det) {
                let mut head = i + 2;
                if MODIFIERS.contains(&word(head)) && joined(head) {
                    head += 1;
                }
                let noun = word(head);
                if content(head)
                    && (!possessive || abstract_noun(noun) || MANNER_NOUNS.contains(&noun))
                {
                    add(i, head - i + 1);
                    continue;
                }
            }
        }
        // A courtesy imperative: "n'hésitez pas", "ne manquez pas".
        if doc.language == Language::Fr
            && matches!(w, "n'" | "ne")
            && word(i + 1).ends_with("ez")
            && joined(i + 1)
            && matches!(word(i + 2), "pas" | "plus" | "jamais")
        {
            add(i, 3);
            continue;
        }
        // An invitation: a verb of coming, maybe an adverb, the verb it
        // calls to (an infinitive in French, after `and` in English).
        let called = match doc.language {
            Language::Fr if FR_COMING.contains(&w) => {
                let mut v = i + 1;
                if INVITATION_ADVERBS.contains(&word(v)) && joined(v) {
                    v += 1;
                }
                let verb = word(v);
                (content(v) && FR_INFINITIVE_ENDINGS.iter().any(|e| verb.ends_with(e))).then_some(v)
            }
            Language::En if w == "come" && word(i + 1) == "and" && joined(i + 1) => {
                content(i + 2).then_some(i + 2)
            }
            _ => None,
        };
        if let Some(v) = called {
            invitations
                .entry((stream.ids[i], stream.ids[v]))
                .or_default()
                .push(u32::try_from(i).expect("fewer words than bytes"));
            continue;
        }
        if doc.language == Language::En {
            let next = word(i + 1);
            if EN_COURTESY.iter().any(|&(a, b)| a == w && b == next) {
                add(i, 2);
                continue;
            }
        }
        // A connector of several words opening a clause.
        let opens_clause = norm.is_separated(i) || (i > 0 && COORDINATORS.contains(&word(i - 1)));
        if opens_clause && let Some(words) = super::connectors::phrase_at(doc, i, joined) {
            let inside = !opens_sentence(i);
            *connectors.entry(&stream.ids[i..i + words]).or_default() |= inside;
            add(i, words);
        }
    }
    // A connector that only ever opens sentences is
    // `repetition.sentence-opener`'s: one finding, not two.
    counts.retain(|key, _| connectors.get(key).is_none_or(|&inside| inside));
    let mut found: Vec<Formula> = counts
        .into_iter()
        .map(|(key, starts)| Formula {
            words: key.len(),
            starts: without_overlaps(&starts),
            info: false,
        })
        .filter(|formula| formula.starts.len() >= need)
        .collect();
    found.extend(
        invitations
            .into_values()
            .filter(|starts| starts.len() >= need)
            .map(|starts| Formula {
                words: 2,
                starts,
                info: false,
            }),
    );

    found.extend(openers(doc, stream, &joined));
    found.extend(pairs(doc, stream, need, &joined));
    found.sort_by_key(|f| f.starts[0]);
    found
}

/// Occurrences that do not overlap the one kept before them.
fn without_overlaps(starts: &[u32]) -> Vec<u32> {
    let mut kept: Vec<u32> = Vec::with_capacity(starts.len());
    for &p in starts {
        if kept.last().is_none_or(|&last| p > last + 1) {
            kept.push(p);
        }
    }
    kept
}

/// The openers of one paragraph by their first two words: (sentence
/// ordinal, first word of the opener, after a coordinator).
type Openers = FastMap<(u32, u32), Vec<(usize, usize, bool)>>;

/// The same words (two or more, one of them a content word, not a subject
/// pronoun) opening three clauses of one paragraph, where
/// `repetition.sentence-opener` sees no run: one of them follows a
/// coordinator (`Et avant de partir`), or other sentences come between
/// (`Your money stays local: it pays… Your money works twice…`).
fn openers(
    doc: &Document<'_>,
    stream: &TokenStream,
    joined: &dyn Fn(usize) -> bool,
) -> Vec<Formula> {
    let norm = doc.normalized();
    let blocks = doc.blocks();
    let masked = &doc.markup.masked;
    // (block, sentence ordinal, first word of the opener, after a
    // coordinator) for every sentence of a paragraph or list item.
    let mut found = Vec::new();
    let mut block_openers: Openers = FastMap::default();
    let mut current_block = usize::MAX;
    let mut block_start = 0;
    let flush = |map: &mut Openers, found: &mut Vec<Formula>| {
        for group in map.values() {
            if group.len() < IN_A_PARAGRAPH {
                continue;
            }
            // Lines that each open on the words are labels or entries
            // (`Small parcel: 4 euros`, one a line), not a paragraph's habit.
            let line_start = |s: usize| {
                let before = masked[..doc.words[s].span().start].trim_end_matches([' ', '\t']);
                before.is_empty() || before.ends_with('\n')
            };
            if group.iter().all(|&(_, s, _)| line_start(s)) {
                continue;
            }
            let after_coordinator = group.iter().any(|g| g.2);
            let apart = group.windows(2).any(|w| w[1].0 > w[0].0 + 1);
            // A short clause closed by a colon reads as a label there
            // (`Photo:`), so the sentence is not counted; mid-line it is a
            // sentence all the same (labels one a line are left above).
            let colon = group.iter().any(|&(_, s, _)| {
                let mut last = s;
                while last < s + 3 && joined(last) {
                    last += 1;
                }
                masked[doc.words[last].span().end..]
                    .trim_start()
                    .starts_with(':')
            });
            if !after_coordinator && !apart && !colon {
                continue;
            }
            let first = group[0].1;
            let mut n = 2;
            while n < MAX_WORDS
                && group.iter().all(|&(_, s, _)| {
                    joined(s + n - 1)
                        && s + n < stream.ids.len()
                        && stream.ids[s + n] == stream.ids[first + n]
                })
            {
                n += 1;
            }
            // End on a content word.
            while n > 1 && stream.is_function(first + n - 1) {
                n -= 1;
            }
            if n < 2 || !(first..first + n).any(|w| stream.is_content(w)) {
                continue;
            }
            found.push(Formula {
                words: n,
                starts: group.iter().map(|g| g.1 as u32).collect(),
                info: false,
            });
        }
        map.clear();
    };
    for (ordinal, (_, words)) in doc.sentences_with_words().enumerate() {
        if words.len() < 3 {
            continue;
        }
        let mut first = words.start;
        let block = doc.words[first].block();
        if !matches!(
            blocks[block].kind(),
            BlockKind::Paragraph | BlockKind::ListItem
        ) {
            continue;
        }
        if block != current_block || ordinal >= block_start + HEARD_TOGETHER_SENTENCES {
            flush(&mut block_openers, &mut found);
            current_block = block;
            block_start = ordinal;
        }
        let mut after_coordinator = false;
        if COORDINATORS.contains(&norm.word(first)) && joined(first) {
            first += 1;
            after_coordinator = true;
        }
        if first + 2 >= words.end
            || !joined(first)
            || SUBJECTS.contains(&norm.word(first))
            || doc.words[first].has_digit()
            || doc.words[first + 1].has_digit()
        {
            continue;
        }
        block_openers
            .entry((stream.ids[first], stream.ids[first + 1]))
            .or_default()
            .push((ordinal, first, after_coordinator));
    }
    flush(&mut block_openers, &mut found);
    found
}

/// Prose words of a draft read at once, where two content words said
/// three times anywhere are heard (see [`pairs`]).
const SHORT_DRAFT_WORDS: usize = 400;

/// Two content words side by side (not names, not the title's words) said
/// three times in one paragraph ("small groups… small groups… small
/// groups"), or anywhere in a short draft, or a hyphenated adjective and its noun said `need` times in
/// the document ("tailor-made lessons"): at `info`, as a term may repeat.
fn pairs(
    doc: &Document<'_>,
    stream: &TokenStream,
    need: usize,
    joined: &dyn Fn(usize) -> bool,
) -> Vec<Formula> {
    let count = doc.words.len();
    let source = doc.source();
    let content = |i: usize| stream.is_content(i) && !stream.is_heading_term(i);
    let pair = |i: usize| content(i) && joined(i) && content(i + 1);
    let mut dense: FastMap<&[u32], u32> = FastMap::default();
    let mut line: FastMap<&[u32], u32> = FastMap::default();
    let mut current_block = usize::MAX;
    let mut line_start = 0;
    let mut hyphenated: FastMap<&[u32], ()> = FastMap::default();
    // A short draft is read at once: the same two content words three
    // times anywhere in it ("quiet presence", "belle patience") are heard.
    let short = stream.prose_words <= SHORT_DRAFT_WORDS;
    let mut whole: FastMap<&[u32], u32> = FastMap::default();
    for i in 0..count {
        if !pair(i) || stream.run[i] == 0 {
            continue;
        }
        // A label closed by a colon (`Small green parcel: 4 euros.`)
        // repeats by design.
        let label = || {
            let last = i + stream.run[i] as usize - 1;
            doc.markup.masked[doc.words[last].span().end..]
                .trim_start()
                .starts_with(':')
        };
        if short && !label() {
            let n = whole.entry(&stream.ids[i..i + 2]).or_default();
            *n += 1;
            if *n as usize >= IN_A_PARAGRAPH {
                dense.insert(&stream.ids[i..i + 2], 0);
            }
        }
        // One line of a paragraph: labels one a line are not heard as one.
        let block = doc.words[i].block();
        let new_line =
            i > 0 && source[doc.words[i - 1].span().end..doc.words[i].span().start].contains('\n');
        if block != current_block || new_line || i >= line_start + HEARD_TOGETHER_WORDS {
            line.clear();
            current_block = block;
            line_start = i;
        }
        let key = &stream.ids[i..i + 2];
        let n = line.entry(key).or_default();
        *n += 1;
        if *n as usize >= IN_A_PARAGRAPH {
            dense.insert(key, 0);
        }
        if source[doc.words[i].span().range()]
            .trim_matches('-')
            .contains('-')
        {
            hyphenated.insert(key, ());
        }
    }
    if dense.is_empty() && hyphenated.is_empty() {
        return Vec::new();
    }
    let mut starts: FastMap<&[u32], Vec<u32>> = FastMap::default();
    for i in 0..count {
        if !pair(i) || stream.run[i] == 0 {
            continue;
        }
        let key = &stream.ids[i..i + 2];
        if dense.contains_key(key) || hyphenated.contains_key(key) {
            starts
                .entry(key)
                .or_default()
                .push(u32::try_from(i).expect("fewer words than bytes"));
        }
    }
    starts
        .into_iter()
        .filter(|(key, starts)| dense.contains_key(key) || starts.len() >= need)
        .map(|(_, starts)| Formula {
            words: 2,
            starts: without_overlaps(&starts),
            info: true,
        })
        .collect()
}
