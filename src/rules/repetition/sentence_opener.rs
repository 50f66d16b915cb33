//! `repetition.sentence-opener`: sentence after sentence opening the same
//! way ("Dans un monde où…", "Moreover,", "Il est important de noter que…").
//!
//! The first one to four words of every sentence of a paragraph (up to the
//! first punctuation mark) are counted as keys of ids. An opener made only
//! of function words ("Le", "It", "Il est") is how sentences start and is
//! not counted; one with a content word or a connective is. Left out too:
//! openers that start with an article or determiner ("Le projet",
//! "The team": the subject, named again) unless they open three sentences
//! in a row, openers that hold a number ("Table 3",
//! "En 2020", "Week three": a number word counts) or that end with a
//! colon (labels such as "Photo:"), and names.
//! A connector from `rules/connectors/` ("De plus,", "Moreover,") counts
//! even when made of function words only, and needs fewer sentences.
//! An opener of three words or more with a content word ("Be sure to",
//! "Dans ce cas") is a formula and is reported like a connector.
//! A key is reported when it opens
//! - several sentences close together (`window-min` of `window` sentences
//!   in a row), or
//! - many sentences of the document (`min-sentences` and `min-share` of
//!   them).
//!
//! Of two keys where one extends the other ("Côté" and "Côté des"), only the
//! one that opens more sentences is reported (the longer on a tie).

use super::connectors::{Frame, bare_connector_at, connector_at};
use super::fast_hash::FastMap;
use super::occurrences::{quoted, repeated};
use super::stopwords::WordClass;
use super::tokens::{MAX_PHRASE_WORDS, TokenStream};
use crate::diagnostic::{Category, Count, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::Findings;
use crate::rules::options;
use crate::rules::structure::is_toc_heading;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, normalize_apostrophes};

const DOCS: &str = "\
**What it does.** Flags a way of opening sentences that comes back too \
often: several sentences in a row (`window-min` of any `window` sentences \
in a row), or a large share of the document's sentences (at least \
`min-sentences` and `min-share` of them). An opener is the first one to \
`max-words` words of a sentence of a paragraph, up to the first \
punctuation mark; openers made only of articles, pronouns and auxiliaries \
(`Le`, `The`, `Il est`) are not counted, nor those that open with an \
article (the subject named again), hold a number (digits or a number \
word: `Two pieces`, `Week three`, items of a series) or end with a colon \
(`Photo:`), nor names. An opener with digits counts only when the same \
figure opens three sentences in a row (`Since 2015 … Since 2015 …`): \
each date of a chronicle opens its own. An opener led by an article (`La commune`, `Our \
kettle`: the subject named again) counts only when it opens three \
sentences in a row, and never when its words are those of the title or \
headings (the document's subject). An opener of three words or more with a content word \
(`Make sure to`, `Dans ce cas`) is a formula, reported like a connector \
once it opens `connector-min` sentences of the document. Headings are left out; list items \
count only when three in a row open with the same content word (`Plan \
the…`, `Prendre rendez-vous…`: the verb belongs in the line before the \
list), not an article, a number, a label or a participle (`Fixed…`). \
Three sentences in a row of one paragraph that open with the same speaker \
or addressee and verb (`We close`, `Tu fais vérifier`; after an \
auxiliary or modal the verb too: `We will post`), or the same pronoun and \
negation (`Elles ne sont pas`, `We never`), or a negation (`Ne…`, \
`Not…`), are one mould, unless the shared words run on through an article \
and a noun (`We wanted a hall…`: an anaphora), the speaker is `I` or `Je` \
(a speech's voice), or the later ones mark an enumeration (`Nous \
proposons aussi…`, `We also…`), unless the marks lead a clause each \
time (`Nous comprenons aussi que…`, `We know too that…`: one mould); so are three clauses close \
together repeating a negation frame (`ce ne sont pas…, ce ne sont pas…`). A \
pronoun or possessive (`Il`, `Your`) opening five of six sentences in a \
row of one paragraph, or four in a row with nothing between (not `I`, \
`Je`, `Your`, `Votre`, nor an impersonal `Il`: `Il pleuvra…`; the forms \
of one person count as one: `Leur`, `Leurs`), or a presentative \
(`C'est`, `It's`) three in a row, is a paragraph told in one mould. An \
indefinite article and a noun (`Un point orange…`, `Un point rouge…`: a \
legend) bring in a new subject each time and do not count; a name after \
an article (`The Newcomers' Net`) counts like a noun. Sentences \
close together that open with the speaker (`Je pense aux…`, `We \
want…`) are an anaphora, a figure of speeches and essays: they count \
only document-wide. A connector \
(`De plus,`, `En outre,`, `Moreover,`, `In addition,`: the lists are in \
`rules/connectors/`) counts even when made of function words, and is \
reported once it opens `connector-min` sentences of the document, at least \
one in 40 of them. A frame of the lists filled with different words \
(`The truth is that`, `The point is that`; `Il faut dire que`, `Il faut \
savoir que`) counts as one connector, and so do adverbs of comment before \
a comma (`Surprisingly,`, `Tellingly,`; `Curieusement,`): one more than \
`connector-min` of those, and at least one in 15 sentences, make a habit. \
A name (`Keystone did… Keystone said…`) or a one-word connector without \
its comma (`Then I…`, `Puis on…`) opening three sentences in a row of one \
paragraph is said once too often; an honorific (`Mme`, `Mr`) opens with \
the person named, each a different one. A word said alone then taken up \
(`Go. Go even if you owe rent. Go…`) is a figure of insistence; a series' \
letter after its noun (`Jar A.`, `Option B`) names an item like a \
number; the entries of a table of contents are parallel titles.

`We`, `Nous` or `On` and the same copula, modal or object pronoun (`We \
are`, `Nous vous`, `On vous`) opening three sentences of any six in a row \
is a notice told in one mould (not a perfect auxiliary: `Nous avons \
ouvert…` lists deeds).

A mark of enumeration in every sentence of such a run (`We also…` three \
times) is the mould itself. The same frame of time or place before a \
comma opening two sentences in a row (`Pendant la fermeture, …`, `During \
the works, …`) is said once too often, and so is an indefinite article, \
a noun and a relative pronoun opening three sentences of a page (`A \
story that…`, `Un roman qui…`: blurbs closed on one frame). Two words \
said three times in one sentence, twice at least opening a clause after \
a comma (`perfect for families, perfect for couples, and perfect for…`), \
are reported when the first is a content word, or a speaker and an \
auxiliary (`nous avons…`, info at three, a warning at four); not an \
article and its noun, not a word said bare then spelled out (`fair, fair \
to the farmers, fair to you`), not inside quotation marks.

A conjunction of condition or time and an article (`If the…`, `When \
the…`, `Lorsque la…`, `Quand le…`) opening three sentences in a row, \
in a paragraph or inside one list item, lists cases as prose; so do \
three short sentences in a row (ten words at most) on the same \
French third-person pronoun (`Elle est due le 1er octobre. Elle n'est pas \
remboursée.`). An item's number at the start of its line (`2.1`, `3)`) \
is not an opener: the opener is the word after it.

Left alone as figures: a personal subject and the same verb opening \
four sentences in a row of one paragraph and nowhere else (`They came in \
the snow. They came on Christmas Eve…`; not `It means…`), a word taken \
up by a presentative (`Réparer, c'est…`), and a quoted speaker's \
frames.

**Why.** Drafts written from a template or in a hurry open sentence after \
sentence with the same connective or frame; the reader hears the rhythm \
before the content.

**Options.** `window` (default 5), `window-min` (3), `min-sentences` (4), \
`min-share` (0.05), `max-words` (4), `connector-min` (3).";

#[derive(Clone, Debug)]
struct Settings {
    window: usize,
    window_min: usize,
    min_sentences: usize,
    min_share: f64,
    max_words: usize,
    connector_min: usize,
}

/// A connector is reported when it opens `connector-min` sentences and at
/// least one in this many of the document's sentences.
const SENTENCES_PER_CONNECTOR: usize = 40;

/// One opener key: the first `words()` words of paragraph sentence
/// `ordinal()`, in four bytes. A long text has several keys a sentence
/// (1.7 million on the 50 MB one-line file): at eight bytes they were the
/// largest allocation while the family's memory peaks. A key holds at most
/// `MAX_PHRASE_WORDS` (64) words, six bits as `words - 1`; the ordinal
/// takes the other 26.
#[derive(Clone, Copy)]
struct OpenerKey(u32);

impl OpenerKey {
    const WORD_BITS: u32 = 6;

    /// `None` past the 2^26th paragraph sentence (67 million: a file of
    /// hundreds of megabytes of one-word sentences): their openers are
    /// left uncounted rather than mixed up with others.
    fn new(ordinal: usize, words: usize) -> Option<OpenerKey> {
        debug_assert!((1..=MAX_PHRASE_WORDS).contains(&words));
        let ordinal = u32::try_from(ordinal)
            .ok()
            .filter(|&o| o < 1 << (32 - Self::WORD_BITS))?;
        Some(OpenerKey((ordinal << Self::WORD_BITS) | (words as u32 - 1)))
    }

    fn ordinal(&self) -> usize {
        (self.0 >> Self::WORD_BITS) as usize
    }

    fn words(&self) -> usize {
        (self.0 & ((1 << Self::WORD_BITS) - 1)) as usize + 1
    }
}

/// An opener of this many words or more that holds a content word ("Make
/// sure to", "Dans ce cas") is a formula: it is reported, like a
/// connector, once it opens `connector-min` sentences of the document.
const FORMULA_WORDS: usize = 3;

/// An opener led by an article or determiner ("La commune", "Our team") is
/// reported only when it opens this many sentences in a row.
const SUBJECT_RUN: usize = 3;

/// An opener made of the title's or headings' words ("La citadelle" under
/// "Visiter la citadelle") names the document's subject: it is reported
/// only when it opens this many sentences in a row of one paragraph (one
/// more across paragraphs).
const TOPIC_RUN: usize = 3;

/// A subject pronoun and an auxiliary ("We have", "Nous avons") are
/// reported when they open this many sentences of any
/// `SPEAKER_WINDOW` in a row: three is a speech's anaphora, four a list
/// of facts told sentence after sentence in the same mould.
const SPEAKER_RUN: usize = 4;
const SPEAKER_WINDOW: usize = 6;

/// `We`, `Nous` or `On` and the same copula, modal or object pronoun
/// ("We are", "Nous vous") opening this many sentences of any
/// `SPEAKER_WINDOW` in a row: a notice told in one mould.
const SPEAKER_CLOSE_RUN: usize = 3;

/// Adverbs of comment (`Surprisingly,`, `Curieusement,`) make a habit when
/// one more than `connector-min` of them, and at least one in this many of
/// the document's sentences, open sentences.
const SENTENCES_PER_COMMENT_ADVERB: usize = 15;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            window: 5,
            window_min: 3,
            min_sentences: 4,
            min_share: 0.05,
            max_words: 4,
            connector_min: 3,
        }
    }
}

#[derive(Clone)]
pub struct RepeatedOpener {
    meta: RuleMeta,
    settings: Settings,
}

impl Default for RepeatedOpener {
    fn default() -> Self {
        RepeatedOpener {
            meta: RuleMeta {
                id: "repetition.sentence-opener".into(),
                category: Category::Repetition,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "Many sentences open with the same words.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "If the boiler shows a red light, press reset. If the \
                         radiators stay cold, bleed them. If the hot water runs out, wait. \
                         Enjoy your stay."
                            .into(),
                        "La cotisation couvre la licence. Elle est votée en assemblée. Elle \
                         est payable en trois fois. Elle n'est pas remboursée."
                            .into(),
                        "Par ailleurs, le budget augmente. Par ailleurs, les effectifs \
                         baissent. Par ailleurs, la direction change. Le reste suit."
                            .into(),
                        "In addition, prices rose. Wages fell. In addition, rents climbed. \
                         Shops closed. In addition, the bank left town."
                            .into(),
                        "De plus, le budget augmente. Les effectifs baissent. La direction \
                         change. Le reste suit. Rien ne bouge. De plus, les locaux ferment. \
                         Les clients partent. Le stock fond. Les prix montent. La banque \
                         hésite. De plus, le loyer double."
                            .into(),
                        "The truth is that the bus is late. The point is that nobody \
                         checks. The fares rose. The problem is that the council knows."
                            .into(),
                        "La mairie refait la chaussée. La mairie déplace les bacs. La \
                         mairie paie les travaux. Les riverains attendent."
                            .into(),
                        "Make sure to bring water. The climb is steep.\n\nMake sure to \
                         check the forecast. Storms are common.\n\nMake sure to tell \
                         someone your route."
                            .into(),
                        "Then the tide turned. Then the wind dropped. Then the fog came \
                         in. Then the harbour lights went out."
                            .into(),
                        "Ne touchez pas aux câbles. Ne montez pas sur les tables. Ne \
                         bloquez pas les sorties. Ne fumez pas dans la cour."
                            .into(),
                        "Our hall seats forty. Our kitchen has two ovens. Our car park \
                         is free. Our garden opens in May. Our staff can help you."
                            .into(),
                        "Le gîte est calme. C'est une ferme de 1820. C'est un lieu pour \
                         lire. C'est aussi une bonne base pour marcher."
                            .into(),
                        "Depuis 2019, la salle accueille les concerts. Depuis 2019, \
                         elle prête ses loges. Depuis 2019, elle forme des régisseurs."
                            .into(),
                        "The gym opens at six. We close at ten on weekdays. We close at \
                         eight on Saturdays. We close at six on Sundays."
                            .into(),
                        "Your tasks:\n\n- Plan the picking rounds\n- Plan the loading \
                         schedule\n- Plan the weekly rota"
                            .into(),
"Kerbis is ideal for families, ideal for walkers, and ideal for a quiet week.".into(),
                        "We also painted the shed. We also cleared the pond. We also ran a seed swap.".into(),
                        "Tenants of Keystone rallied on Monday. Keystone did not answer. \
                         Keystone said costs rose. Keystone reported record profits."
                            .into(),
                        "I got there at four. Then I realised the saw was at home. Then I \
                         tried the box. Then I sat and waited for an hour."
                            .into(),
                                                "Ces séances ne sont pas des soins : elles ne sont pas remboursées, \
                         elles ne sont pas adaptées à une blessure, et elles ne sont pas \
                         un substitut."
                            .into(),
                    ],
                    good: vec![
                        "1.1 Each team registers eight players.\n1.2 Players may switch \
                         teams once.\n1.3 A team that fails to turn up is removed."
                            .into(),
                        "They came in the snow. They came at night. They came on Christmas Eve. They came at three in the morning.".into(),
                        "Réparer, c'est apprendre. Réparer, c'est rencontrer. Réparer, c'est refuser le gâchis.".into(),
                        "En 2019, la salle ouvre. En 2020, elle ferme. En 2021, elle \
                         rouvre avec une nouvelle équipe."
                            .into(),
                        "Since 2015 the club has grown. It trains twelve coaches. Since \
                         2015 it has also run a junior league."
                            .into(),
                        "Par ailleurs, le budget augmente. Les effectifs baissent. La \
                         direction change. Le reste suit."
                            .into(),
                        "The council met on Monday. The vote was close. The council \
                         meets again in May. The mayor abstained."
                            .into(),
                        "The budget grew. The staff shrank. The board changed. The rest \
                         followed."
                            .into(),
                        "Moreover, the budget grew. The staff shrank. The board changed. \
                         The rest followed. Nothing moved. Moreover, the offices closed."
                            .into(),
                        "- In addition, prices rose.\n- In addition, wages fell.\n- In \
                         addition, rents climbed."
                            .into(),
                        "Surprisingly, the bridge held. Regrettably, the road did not. The \
                         river rose all night."
                            .into(),
                        "Wanted: a used cot.\n\nWanted: a pram in good order.\n\nWanted: \
                         a car seat for a toddler.\n\nWanted: a baby bath."
                            .into(),
                        "Please bring a packed lunch.\n\nPlease wear boots.\n\nPlease \
                         arrive by nine.\n\nPlease tell us about allergies."
                            .into(),
                        "The hall seats forty. The kitchen has two ovens. The car park \
                         is free. The garden opens in May. The staff can help you."
                            .into(),
                        "It's a small hall. The kitchen is new. It's free to park. The \
                         garden opens in May. It's best to book."
                            .into(),
                        "We wanted a room open to all. We wanted a room where nobody has to \
                         explain why they came. We wanted a room for the night shift too."
                            .into(),
                        "Dates:\n\n- Week 1: 8 to 12 July\n- Week 2: 15 to 19 July\n- Week \
                         3: 26 to 30 August"
                            .into(),
                        "Changes:\n\n- Fixed a crash on start\n- Fixed the export menu\n- \
                         Fixed a typo in the help"
                            .into(),
                        "The hearing is the court date. Go. Go even if you owe rent. Go \
                         even if you have no lawyer."
                            .into(),
                        "**Jar A.** Smooth and mild.\n\n**Jar B.** Floral and light.\n\n\
                         **Jar C.** Minty and fresh.\n\n**Jar D.** Dark and thick."
                            .into(),
                        "Mme Dubois ouvre la séance. Mme Marques lit le budget. Mme Peeters \
                         pose une question. Le vote suit."
                            .into(),
                        "## Contents\n\n- Words about your lease\n- Words about money\n- \
                         Words about repairs"
                            .into(),
                    ],
                },
                fixable: false,
            },
            settings: Settings::default(),
        }
    }
}

impl Rule for RepeatedOpener {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        let s = &mut rule.settings;
        for (key, value) in table {
            match key.as_str() {
                "window" => s.window = options::count(key, value)?,
                "window-min" => s.window_min = options::count(key, value)?,
                "min-sentences" => s.min_sentences = options::count(key, value)?,
                "min-share" => s.min_share = options::number(key, value)?,
                "max-words" => s.max_words = options::count(key, value)?,
                "connector-min" => s.connector_min = options::count(key, value)?,
                _ => {
                    return Err(options::unknown(
                        &self.meta.id,
                        key,
                        &[
                            "window",
                            "window-min",
                            "min-sentences",
                            "min-share",
                            "max-words",
                            "connector-min",
                        ],
                    ));
                }
            }
        }
        if s.window_min < 2 || s.window < s.window_min {
            return Err(format!(
                "options `window-min` ({}) and `window` ({}) must satisfy 2 ≤ window-min ≤ window",
                s.window_min, s.window
            ));
        }
        if s.min_sentences < 2
            || s.connector_min < 2
            || s.max_words == 0
            || s.max_words > MAX_PHRASE_WORDS
            || !(0.0..=1.0).contains(&s.min_share)
        {
            return Err(format!(
                "`min-sentences` and `connector-min` must be at least 2, `max-words` between 1 and {MAX_PHRASE_WORDS} and `min-share` between 0 and 1"
            ));
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let stream = doc.memo(0, |d| TokenStream::build(d, false));
        let s = &self.settings;

        // The first word of each paragraph sentence, and the end of its
        // words, in reading order: eight bytes a sentence (word indexes fit
        // in a `u32`, see `Sentence`).
        let paragraph_sentences: Vec<(u32, u32)> = doc
            .sentences_with_words()
            .map(|(_, words)| words)
            .filter(|words| !words.is_empty())
            // A sentence is in the block of its words.
            .filter(|words| {
                doc.blocks()[doc.words[words.start].block()].kind() == BlockKind::Paragraph
            })
            // An item's number at the start of its line ("2.1 The
            // bracket…", "3) En cas de…") numbers the rule, it does not
            // open the sentence: the opener is the word after it.
            .filter_map(|words| {
                let skip = item_number_words(doc, words.start, words.end);
                (words.start + skip < words.end)
                    .then(|| ((words.start + skip) as u32, words.end as u32))
            })
            .collect();
        // The first word of the sentence of an ordinal.
        let first_of = |ordinal: usize| paragraph_sentences[ordinal].0 as usize;

        // Each opener key as (sentence ordinal in `paragraph_sentences`, key length in
        // words); sorting by the key's token ids groups the sentences an
        // opener opens. Eight bytes a key: a map from key to a vector of
        // sentences took ten times that, the largest allocation of a run
        // on a long text where nearly every opener is unique.
        let key = |k: &OpenerKey| {
            let first = first_of(k.ordinal());
            &stream.ids[first..first + k.words()]
        };
        let mut keys: Vec<OpenerKey> = Vec::new();
        // The keys that are connectors ("De plus", "Moreover"): few.
        let mut connector_keys: FastMap<&[u32], ()> = FastMap::default();
        // The keys made of a subject pronoun and an auxiliary ("We have",
        // "Nous avons"): few.
        let mut speaker_keys: FastMap<&[u32], ()> = FastMap::default();
        // The keys made of a conjunction of condition or time and an
        // article ("If the", "Si le"): few.
        let mut frame_keys: FastMap<&[u32], ()> = FastMap::default();
        // The one-word keys of a name or of a connector without its comma
        // ("Keystone", "Then"): counted only in a run of one paragraph.
        let mut run_only_keys: FastMap<&[u32], ()> = FastMap::default();
        // Sentences opened by an article, a subject and a modal ("The
        // gallery will", "The Trust will"): (article, modal, sentence
        // ordinal, words).
        let mut subject_modals: Vec<(u32, u32, usize, usize)> = Vec::new();
        // Sentences opened by a frame of connectors (`The * is that`, an
        // adverb of comment): (frame, sentence ordinal, connector words).
        let mut frames: Vec<(Frame, usize, usize)> = Vec::new();
        let entries = entry_lines(doc, &stream, &paragraph_sentences);
        for (ordinal, &(first, end)) in paragraph_sentences.iter().enumerate() {
            if entries[ordinal] {
                continue;
            }
            let (first, end) = (first as usize, end as usize);
            let keys_before = keys.len();
            let clause = stream.run[first] as usize;
            let length = clause.min(s.max_words);
            // A connector counts even when made of function words only,
            // or when it opens with an article ("The truth is that").
            let found_connector = connector_at(doc, first, end);
            let connector = found_connector.map_or(0, |c| c.words.min(length));
            if counts_off(doc, &stream, first, clause)
                || (clause <= s.max_words && ends_with_colon(doc, first + clause - 1))
            {
                continue;
            }
            // An opener holding a number dates or counts ("En 2019", "At 9
            // am"): a chronicle's sentences open so, each with its own
            // figure. The same figure opening sentence after sentence
            // ("Since 2015 … Since 2015 …") is the same opener again: only
            // keys that reach the number count, and only in a close run.
            // The words before the number's own noun still open the
            // sentence ("The sale comprises 410 lots", "Cette vente
            // rassemble 312 lots": `The sale`), unless the number follows
            // the first word ("Table 3", "En 2019", "Since 2015").
            let mut length = length;
            if let Some(digit) = doc.words[first..first + length]
                .iter()
                .position(|w| w.has_digit())
            {
                let ordinal = u32::try_from(ordinal).expect("fewer sentences than bytes");
                for k in digit + 1..=length {
                    keys.extend(OpenerKey::new(ordinal as usize, k));
                }
                if digit < 3 {
                    continue;
                }
                // Not a number's label ("Le quai numéro 3", "The room
                // number 4"): items of a series.
                let label = matches!(
                    doc.prose(doc.words[first + digit - 1].span())
                        .to_lowercase()
                        .as_str(),
                    "numéro" | "number" | "no" | "n°" | "nº" | "num" | "n" | "nr"
                );
                if label || stream.class(first) != WordClass::Determiner {
                    continue;
                }
                length = digit - 1;
            }
            if connector > 0 {
                connector_keys.insert(&stream.ids[first..first + connector], ());
            }
            if let Some(frame) = found_connector.and_then(|c| c.frame) {
                frames.push((frame, ordinal, connector));
            }
            // Sentences are fewer than bytes, and files over 256 MiB are
            // refused: an ordinal fits.
            let ordinal = u32::try_from(ordinal).expect("fewer sentences than bytes");
            let mut has_content = false;
            let speaker = length >= 2
                && (speaker_and_auxiliary(doc, &stream, first)
                    || speaker_and_object(doc, &stream, first));
            // After an article a name is the subject named again ("The
            // Newcomers' Net… The Newcomers' Net…"): it counts like a
            // content word, in the runs articles need.
            let article_led = stream.class(first) == WordClass::Determiner;
            for k in 1..=length {
                has_content |= stream.is_content(first + k - 1)
                    || (article_led && !stream.is_function(first + k - 1));
                if has_content || k == connector || (speaker && k == 2) {
                    keys.extend(OpenerKey::new(ordinal as usize, k));
                }
            }
            if speaker {
                speaker_keys.insert(&stream.ids[first..first + 2], ());
            }
            // A conjunction of condition or time and an article ("If the
            // canary fails…", "Lorsque la piscine…"): function words
            // only, but the same frame three sentences in a row is a list
            // of cases told as prose.
            // The article may change ("Lorsque la… Lorsque le…"): the
            // key is the conjunction.
            if length >= 2 && condition_frame(doc, &stream, first) {
                if !stream.is_content(first) {
                    keys.extend(OpenerKey::new(ordinal as usize, 1));
                }
                frame_keys.insert(&stream.ids[first..=first], ());
            }
            if let Some(words) = subject_then_modal(doc, &stream, first, end) {
                let modal = stream.ids[first + words - 1];
                subject_modals.push((stream.ids[first], modal, ordinal as usize, words));
            }
            // A name ("Keystone did… Keystone said…") or a one-word
            // connector without its comma ("Then I…", "Puis on…") opening
            // sentence after sentence: the subject or the step said again
            // each time, however the sentences go on.
            let named = stream.name[stream.ids[first] as usize] && !stream.is_function(first);
            if connector == 0
                && !keys[keys_before..].iter().any(|k| k.words() == 1)
                && (named || bare_connector_at(doc, first))
            {
                keys.extend(OpenerKey::new(ordinal as usize, 1));
                run_only_keys.insert(&stream.ids[first..=first], ());
            }
        }
        keys.sort_unstable_by(|a, b| key(a).cmp(key(b)).then(a.ordinal().cmp(&b.ordinal())));

        let document_wide = s
            .min_sentences
            .max((s.min_share * paragraph_sentences.len() as f64).ceil() as usize);
        // A connector is a choice: fewer repeats make a habit, as long as
        // they are not lost in a long document.
        let connector_wide = s
            .connector_min
            .max(paragraph_sentences.len().div_ceil(SENTENCES_PER_CONNECTOR));
        // Sentences close together that open with the speaker, none of
        // them announcing what follows: a figure of speech, counted only
        // document-wide.
        // A speaker, the copula and the same word after them ("We are
        // delighted", "Nous sommes fiers") is a notice's formula of
        // feeling, not a figure: a speech's anaphora repeats what the
        // speaker did or wants ("Nous avons voulu…", "I remember…").
        // A subject pronoun and the same verb opening four sentences in a
        // row of one paragraph, and nowhere else ("They came in the
        // snow. They came when… They came on Christmas Eve. They came at
        // three…"): a narrative's anaphora, built up on purpose; three are
        // a mould, and marks of enumeration (`also`, `aussi`) list.
        let narrative = |sentences: &[usize], words: usize| {
            let first = first_of(sentences[0]);
            words == 2
                && sentences.len() >= NARRATIVE_ANAPHORA
                && narrator(doc, first)
                && stream.is_content(first + 1)
                && !speaker_and_auxiliary(doc, &stream, first)
                && sentences.windows(2).all(|w| {
                    w[1] == w[0] + 1
                        && doc.words[first_of(w[0])].block() == doc.words[first_of(w[1])].block()
                })
                && sentences
                    .iter()
                    .filter(|&&o| {
                        let (first, end) = paragraph_sentences[o];
                        let (first, end) = (first as usize, end as usize);
                        (first..end.min(first + 3)).any(|i| {
                            ENUMERATION_MARKS.contains(
                                &normalize_apostrophes(doc.prose(doc.words[i].span()))
                                    .to_lowercase()
                                    .as_str(),
                            )
                        })
                    })
                    .count()
                    < 2
        };
        let anaphora = |sentences: &[usize], words: usize| {
            let first = first_of(sentences[0]);
            narrative(sentences, words)
                || first_person(doc, first)
                    && !(words >= 3 && speaker_and_copula(doc, first))
                    && sentences.iter().all(|&o| {
                        let (first, end) = paragraph_sentences[o];
                        !announces(doc, first as usize, end as usize)
                    })
        };
        let mut found: Vec<(usize, Vec<usize>, Reach)> = Vec::new();
        // Sentences of a narrative's anaphora: a longer opener inside them
        // (`She believed in` under `She believed`) is the same figure.
        // Keys sort by their words, a prefix first: the two-word key is
        // judged before the longer ones.
        let mut in_narrative: Vec<bool> = Vec::new();
        for group in keys.chunk_by(|a, b| key(a) == key(b)) {
            let words = group[0].words();
            let sentences: Vec<usize> = group.iter().map(OpenerKey::ordinal).collect();
            if narrative(&sentences, words) {
                if in_narrative.is_empty() {
                    in_narrative = vec![false; paragraph_sentences.len()];
                }
                for &o in &sentences {
                    in_narrative[o] = true;
                }
            }
            if words > 2 && !in_narrative.is_empty() && sentences.iter().all(|&o| in_narrative[o]) {
                continue;
            }
            // An opener led by an article or determiner names the subject
            // again ("Le projet", "Our kettle"): that is how a paragraph
            // keeps its subject, so it counts only when it opens sentence
            // after sentence with nothing in between.
            // The document's own subject, named in its title or headings
            // ("Les fiches" under "Affaire des fiches"), is left alone.
            let first = first_of(group[0].ordinal());
            // A key that holds a number ("Since 2015"): counted only in a
            // close run. Read from the words, not kept in a map: on a long
            // text of figures nearly every opener holds one.
            if doc.words[first..first + words]
                .iter()
                .any(|w| w.has_digit())
            {
                let run = close_together(&sentences, SUBJECT_RUN, SUBJECT_RUN);
                if !run.is_empty() {
                    found.push((words, run, Reach::Close));
                }
                continue;
            }
            // A name or a connector without its comma: three sentences in
            // a row of one paragraph.
            if words == 1 && run_only_keys.contains_key(key(&group[0])) {
                let block = |o: usize| doc.words[first_of(o)].block();
                let mut run: Vec<usize> = Vec::new();
                for w in sentences.windows(SUBJECT_RUN) {
                    if w[SUBJECT_RUN - 1] - w[0] == SUBJECT_RUN - 1
                        && block(w[0]) == block(w[SUBJECT_RUN - 1])
                    {
                        for &o in w {
                            if !run.contains(&o) {
                                run.push(o);
                            }
                        }
                    }
                }
                if !run.is_empty() {
                    found.push((words, run, Reach::Close));
                }
                continue;
            }
            // A bare word taken up by a presentative ("Réparer, c'est…",
            // "Composting is…"): a definition said in several ways, a figure.
            if words == 1
                && sentences
                    .iter()
                    .all(|&o| definition_frame(doc, first_of(o)))
            {
                continue;
            }
            // An indefinite article, a noun and a relative pronoun ("Un
            // roman qui…", "A story that…", "Une adresse où…") opening
            // sentence after sentence of a page: blurbs closed on one
            // frame of praise, whatever lies between them.
            if words == 3
                && indefinite(doc, first)
                && stream.is_content(first + 1)
                && relative(doc, first + 2)
                && sentences.len() >= BLURB_FRAMES
            {
                found.push((words, sentences, Reach::Document));
                continue;
            }
            // An indefinite article brings in a new referent each time ("Un
            // point orange signale… Un point rouge indique…": a legend), not
            // the same subject named again.
            // A third shared word ("Une soudure trop bombée… Une soudure
            // trop froide…") is a frame again.
            if stream.class(first) == WordClass::Determiner && words <= 2 && indefinite(doc, first)
            {
                continue;
            }
            if stream.class(first) == WordClass::Determiner
                && connector_at(
                    doc,
                    first,
                    paragraph_sentences[group[0].ordinal()].1 as usize,
                )
                .is_none()
            {
                // The subject with the same modal each time ("The gallery
                // will", "Le club va") is a list of plans told as prose,
                // even when the subject is the document's own.
                let subject_then_modal = words >= 3
                    && stream.is_function(first + words - 1)
                    && is_modal(
                        &doc.prose(doc.words[first + words - 1].span())
                            .to_lowercase(),
                    );
                let topic = !subject_then_modal
                    && (first..first + words)
                        .filter(|&w| stream.is_content(w))
                        .all(|w| stream.is_heading_term(w));
                // Even the document's own subject, opening four sentences
                // in a row, is a list of facts told in one mould.
                let run = if topic {
                    // Three in a row within one paragraph; across
                    // paragraphs, four.
                    let block = |o: usize| doc.words[first_of(o)].block();
                    let mut run = close_together(&sentences, TOPIC_RUN + 1, TOPIC_RUN + 1);
                    if run.is_empty() {
                        for w in sentences.windows(TOPIC_RUN) {
                            if w[TOPIC_RUN - 1] - w[0] < TOPIC_RUN
                                && block(w[0]) == block(w[TOPIC_RUN - 1])
                            {
                                run.extend(
                                    w.iter()
                                        .filter(|o| !run.contains(o))
                                        .copied()
                                        .collect::<Vec<_>>(),
                                );
                            }
                        }
                        run.sort_unstable();
                    }
                    run
                } else {
                    close_together(&sentences, SUBJECT_RUN, SUBJECT_RUN)
                };
                if !run.is_empty() {
                    found.push((words, run, Reach::Close));
                }
                continue;
            }
            if words == 1 && frame_keys.contains_key(key(&group[0])) {
                // Only the sentences the frame opens ("If the…", not "If
                // you…", which keys no sentence here unless "if" counts).
                let framed: Vec<usize> = sentences
                    .iter()
                    .copied()
                    .filter(|&o| {
                        let (a, b) = paragraph_sentences[o];
                        b > a + 1 && condition_frame(doc, &stream, a as usize)
                    })
                    .collect();
                let run = close_together(&framed, SUBJECT_RUN, SUBJECT_RUN);
                if !run.is_empty() {
                    found.push((words, run, Reach::Close));
                }
                continue;
            }
            // A subject pronoun and an auxiliary ("We have", "Nous
            // sommes") open sentences everywhere; only a run of them close
            // together is a list told as prose.
            if words == 2 && speaker_keys.contains_key(key(&group[0])) {
                let mut run = close_together(&sentences, SPEAKER_WINDOW, SPEAKER_RUN);
                // The same collective speaker and copula, modal or
                // object pronoun three times within a few sentences is a
                // notice's mould ("We are sorry… We are waiting… We are
                // contacting…", "Nous vous informons… Nous vous
                // demandons…"); a speech's `I`/`Je` stays its voice, an
                // instruction's `You will` explains, and a perfect
                // auxiliary lists deeds ("Nous avons ouvert…").
                if run.is_empty()
                    && collective_speaker(doc, first)
                    && !perfect_auxiliary(&doc.prose(doc.words[first + 1].span()).to_lowercase())
                {
                    run = close_together(&sentences, SPEAKER_WINDOW, SPEAKER_CLOSE_RUN);
                }
                if !run.is_empty() {
                    found.push((words, run, Reach::Close));
                }
                continue;
            }
            // An opener of several words with a content word ("Be sure
            // to", "Dans ce cas") is a formula: like a connector, a few
            // repeats through the page make a habit.
            // A speaker's anaphora ("We want…") stays counted document-wide.
            if words >= FORMULA_WORDS
                && sentences.len() >= connector_wide
                && !first_person(doc, first)
            {
                found.push((words, sentences, Reach::Document));
                continue;
            }
            let threshold = if connector_keys.contains_key(key(&group[0])) {
                document_wide.min(connector_wide)
            } else {
                document_wide
            };
            if group.len() < threshold.min(s.window_min) {
                continue;
            }
            // Sentences in a row of one paragraph, and nowhere else, are a
            // figure placed once ("They came in the snow. They came on
            // Christmas Eve…"): judged as a close run, not a habit of the
            // whole document. A connector stays a habit.
            let one_run = sentences.windows(2).all(|w| {
                w[1] == w[0] + 1
                    && doc.words[first_of(w[0])].block() == doc.words[first_of(w[1])].block()
            });
            let connector = connector_keys.contains_key(key(&group[0]));
            if sentences.len() >= threshold && (connector || !one_run) {
                found.push((words, sentences, Reach::Document));
            } else if sentences.len() >= s.window_min
                && !anaphora(&sentences, words)
                // A word said alone, then taken up ("Go. Go even if you
                // owe rent. Go…", "Whoa. Whoa. Whoa."): a figure of
                // insistence. Not a clause ("It worked. It worked
                // brilliantly."): that is the mould again.
                && !(words == 1 && sentences.iter().any(|&o| {
                    let (a, b) = paragraph_sentences[o];
                    (b - a) as usize == words
                }))
            {
                let close = close_together(&sentences, s.window, s.window_min);
                if !close.is_empty() {
                    found.push((words, close, Reach::Close));
                }
            }
        }
        // The same article and modal around any subject, sentence after
        // sentence ("The gallery will…", "The Trust will…"): plans listed
        // as prose, whichever subject each one names.
        subject_modals.sort_unstable();
        for group in subject_modals.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let sentences: Vec<usize> = group.iter().map(|g| g.2).collect();
            let run = close_together(&sentences, SPEAKER_WINDOW, SPEAKER_RUN);
            let Some(words) = group
                .iter()
                .filter(|g| run.contains(&g.2))
                .map(|g| g.3)
                .min()
            else {
                continue;
            };
            found.push((words, run, Reach::Close));
        }
        // A frame filled with different words is one habit: the same
        // frame (`The truth is that`, `The point is that`), or adverbs of
        // comment one after another (`Surprisingly,`, `Tellingly,`).
        frames.sort_unstable();
        for group in frames.chunk_by(|a, b| a.0 == b.0) {
            let threshold = match group[0].0 {
                Frame::Pattern(_) => connector_wide,
                // Any adverb of comment, not one: a habit needs more.
                Frame::CommentAdverb => (connector_wide + 1).max(
                    paragraph_sentences
                        .len()
                        .div_ceil(SENTENCES_PER_COMMENT_ADVERB),
                ),
            };
            let opener =
                |&(_, o, n): &(Frame, usize, usize)| &stream.ids[first_of(o)..first_of(o) + n];
            // One filling only: the exact opener above speaks for it.
            let one_filling = group.iter().all(|f| opener(f) == opener(&group[0]));
            if group.len() < threshold || one_filling {
                continue;
            }
            let words = group.iter().map(|f| f.2).min().unwrap_or(1);
            let sentences = group.iter().map(|f| f.1).collect();
            found.push((words, sentences, Reach::Frame));
        }
        // The same word opening sentence after sentence of a paragraph, or
        // paragraph after paragraph, whatever its class: a connector
        // without its comma ("Then they…"), a negation ("Ne jamais…"), an
        // imperative ("Look at…").
        found.extend(
            first_word_runs(doc, &stream, &paragraph_sentences, s.max_words)
                .into_iter()
                .map(|(words, run)| (words, run, Reach::Close)),
        );
        // The same pronoun or article opening most sentences of one
        // paragraph ("Your results… Your audiologist… Your options…", "C'est
        // un roman… C'est un livre… C'est aussi…"): exempt document-wide,
        // a dense run in one paragraph is a defect.
        found.extend(
            dense_subject_runs(doc, &stream, &paragraph_sentences)
                .into_iter()
                .map(|run| (1, run, Reach::Close)),
        );
        // The same pronoun and verb, or the same negation, three
        // sentences in a row ("We close at ten. We close at eight. We close
        // at six.", "Elles ne sont pas…" three times): plain statements in
        // one mould, where an anaphora repeats its object too.
        found.extend(
            pronoun_runs(doc, &stream, &paragraph_sentences)
                .into_iter()
                .map(|(words, run)| (words, run, Reach::Close)),
        );
        // The same frame of time or place before a comma opening two
        // sentences in a row ("Pendant la fermeture, … Pendant la
        // fermeture, …", "During the works, … During the works, …").
        found.extend(
            frame_pairs(doc, &stream, &paragraph_sentences)
                .into_iter()
                .map(|(words, run)| (words, run, Reach::Close)),
        );
        // Most sentences first, then the longer key: a key is shown only
        // when no key it extends or that extends it was shown.
        found.sort_by(|a, b| (b.1.len(), b.0, a.1[0]).cmp(&(a.1.len(), a.0, b.1[0])));
        let mut claimed = vec![false; paragraph_sentences.len()];
        let mut diagnostics = Vec::new();
        for (words, sentences, reach) in found {
            if sentences.iter().any(|&o| claimed[o]) {
                continue;
            }
            for &o in &sentences {
                claimed[o] = true;
            }
            let spans: Vec<Span> = sentences
                .iter()
                .map(|&o| {
                    let first = first_of(o);
                    Span::new(
                        doc.words[first].span().start,
                        doc.words[first + words - 1].span().end,
                    )
                })
                .collect();
            let text = quoted(doc.prose(spans[0]));
            let total = paragraph_sentences.len();
            let message = match reach {
                Reach::Document => Count::new(
                    spans.len(),
                    format!("1 of the {total} sentences opens with `{text}`"),
                    "",
                    format!(" of the {total} sentences open with `{text}`"),
                ),
                Reach::Close => Count::new(
                    spans.len(),
                    format!("1 sentence opens with `{text}`"),
                    "",
                    format!(" sentences close together open with `{text}`"),
                ),
                Reach::Frame => {
                    // Frames are reported only with two fillings or more.
                    let second = spans
                        .iter()
                        .map(|&span| quoted(doc.prose(span)))
                        .find(|other| *other != text)
                        .unwrap_or_default();
                    Count::new(
                        spans.len(),
                        format!("1 of the {total} sentences opens with `{text}`"),
                        "",
                        format!(
                            " of the {total} sentences open the same way: `{text}`, `{second}`…"
                        ),
                    )
                }
            };
            diagnostics.push(repeated(
                &self.meta.id,
                ctx.severity,
                &spans,
                message,
                "open some of these sentences differently, or merge them",
            ));
        }
        let clause_runs = negation_clause_runs(doc, &stream, &paragraph_sentences);
        let item_frames = item_frame_runs(doc, &stream);
        for (words, spans) in list_runs(doc, &stream)
            .into_iter()
            .chain(clause_runs)
            .chain(item_frames)
        {
            let spans: Vec<Span> = spans
                .iter()
                .map(|&first| {
                    Span::new(
                        doc.words[first].span().start,
                        doc.words[first + words - 1].span().end,
                    )
                })
                .collect();
            let text = quoted(doc.prose(spans[0]));
            diagnostics.push(repeated(
                &self.meta.id,
                ctx.severity,
                &spans,
                Count::new(
                    spans.len(),
                    format!("1 list item or clause opens with `{text}`"),
                    "",
                    format!(" list items or clauses close together open with `{text}`"),
                ),
                "say the shared words once, or open some of these differently",
            ));
        }
        for (words, starts, strong) in clause_anaphoras(doc, &stream, &paragraph_sentences) {
            let spans: Vec<Span> = starts
                .iter()
                .map(|&first| {
                    Span::new(
                        doc.words[first].span().start,
                        doc.words[first + words - 1].span().end,
                    )
                })
                .collect();
            let text = quoted(doc.prose(spans[0]));
            diagnostics.push(repeated(
                &self.meta.id,
                if strong { ctx.severity } else { Severity::Info },
                &spans,
                Count::new(
                    spans.len(),
                    format!("1 clause of this sentence opens with `{text}`"),
                    "",
                    format!(" clauses of one sentence open with `{text}`"),
                ),
                "say the shared words once, then list what follows them",
            ));
        }
        diagnostics.sort_by_key(|d| d.span.start);
        out.extend(diagnostics);
    }
}

/// Sentences in a row of one paragraph that open with the same pronoun and
/// verb, or the same negation, to be reported.
const PRONOUN_RUN: usize = 3;

/// Whether a word negates ("ne", "n'", "not", "never", "can't").
fn negation(word: &str) -> bool {
    matches!(
        word,
        "ne" | "n'" | "not" | "never" | "jamais" | "pas" | "cannot" | "nor"
    ) || word.ends_with("n't")
}

/// The runs of `PRONOUN_RUN` sentences or more in a row of one paragraph,
/// as (words they share at their start, sentence ordinals), that open
/// - with the same speaker or addressee and the same verb ("We close",
///   "Tu fais vérifier", "Nous offrons"; after an auxiliary or a modal the
///   verb too: "We will post"), or
/// - with the same pronoun and a negation ("Elles ne sont pas", "Ce ne
///   sont pas", "We never"), or with a negation ("Ne… pas", "Not…").
///
/// An anaphora repeats the object too ("We wanted a hall where…",
/// "Nous voulions un lieu où…"): a shared opening that runs through an
/// article and a noun is a figure, left alone. Openers holding a digit,
/// labels and one- or two-word sentences are left out.
/// Words that mark a sentence as the next item of an enumeration.
const ENUMERATION_MARKS: &[&str] = &[
    "aussi",
    "également",
    "enfin",
    "ensuite",
    "encore",
    "also",
    "finally",
    "then",
    "too",
    "lastly",
    "again",
];

fn pronoun_runs(
    doc: &Document<'_>,
    stream: &TokenStream,
    sentences: &[(u32, u32)],
) -> Vec<(usize, Vec<usize>)> {
    const MAX_SHARED: usize = 6;
    let first_of = |o: usize| sentences[o].0 as usize;
    let length = |o: usize| (sentences[o].1 - sentences[o].0) as usize;
    let block_of = |o: usize| doc.words[first_of(o)].block();
    let lower = |i: usize| normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase();
    let mut runs = Vec::new();
    let mut start = 0;
    while start < sentences.len() {
        if length(start) < 3 {
            start += 1;
            continue;
        }
        let head = first_of(start);
        let leads_negation = negation(&lower(head));
        // A negation opening ("Ne…", "Not…") shares one word; a pronoun two.
        let key = if leads_negation { 1 } else { 2 };
        let mut end = start + 1;
        while end < sentences.len()
            && block_of(end) == block_of(start)
            && length(end) >= 3
            && stream.ids[first_of(end)..first_of(end) + key] == stream.ids[head..head + key]
        {
            end += 1;
        }
        let run: Vec<usize> = (start..end).collect();
        start = end;
        if run.len() < PRONOUN_RUN {
            continue;
        }
        let shortest = run.iter().map(|&o| length(o)).min().unwrap_or(0);
        let mut shared = key;
        while shared < MAX_SHARED.min(shortest - 1)
            && run
                .iter()
                .all(|&o| stream.ids[first_of(o) + shared] == stream.ids[head + shared])
        {
            shared += 1;
        }
        let negated = (head..head + shared).any(|i| negation(&lower(i)));
        // The mark of enumeration in every sentence ("We also… We also…
        // We also…", "Nous avons aussi… Nous avons aussi…"): the mark no
        // longer counts items, it is the mould.
        let mark_repeated = subject_pronoun(doc, head)
            && (head + 1..head + shared).any(|i| ENUMERATION_MARKS.contains(&lower(i).as_str()));
        let person = matches!(
            lower(head).as_str(),
            "we" | "nous" | "you" | "vous" | "tu" | "on"
        );
        // A negated imperative ("Do not give… Do not try… Do not
        // keep…", "Don't…"): a list of warnings told as prose.
        let imperative_negation = matches!(lower(head).as_str(), "do" | "don't" | "dont")
            && (head..head + shared).any(|i| negation(&lower(i)));
        let qualifies = leads_negation
            || imperative_negation
            || mark_repeated
            || (subject_pronoun(doc, head) && negated)
            || (person && stream.is_content(head + 1) && !speaker_and_auxiliary(doc, stream, head))
            // After a modal the verb is the plan ("We will post"); after
            // a perfect auxiliary, a list of deeds ("We have built the
            // mill…") is a speech's figure.
            || (person
                && shared >= 3
                && (!speaker_and_auxiliary(doc, stream, head)
                    || is_modal(&lower(head + 1))
                    || matches!(
                        lower(head + 1).as_str(),
                        "allons" | "pouvons" | "devons" | "allez" | "pouvez" | "devez"
                    )));
        // An anaphora: the shared opening names its object ("a hall").
        let figure = (head + 1..head + shared).any(|i| {
            stream.class(i) == WordClass::Determiner
                && i + 1 < head + shared
                && stream.is_content(i + 1)
        });
        // An enumeration marked as one ("Nous proposons… Nous proposons
        // aussi… Nous proposons enfin…") counts its items on purpose.
        // Not when the same lexical verb comes each time ("Nous
        // regrettons… Nous regrettons aussi… Nous regrettons enfin…",
        // "We accept… We accept also… We accept finally…"): the marks
        // only dress one mould; an auxiliary ("We have also finished")
        // lists deeds.
        // The mark then a clause ("Nous comprenons aussi que…", "We
        // know too that…"): statements in one mould. A mark before an
        // object ("Nous proposons aussi des visites…") lists offers.
        let clause_after_mark = |o: usize| {
            let first = first_of(o);
            let end = first + length(o);
            (first + key..(first + key + 2).min(end)).any(|i| {
                ENUMERATION_MARKS.contains(&lower(i).as_str())
                    && i + 1 < end
                    && matches!(lower(i + 1).as_str(), "que" | "qu'" | "that")
            })
        };
        let same_verb = person
            && stream.is_content(head + 1)
            && !speaker_and_auxiliary(doc, stream, head)
            && run.iter().skip(1).any(|&o| clause_after_mark(o));
        let enumerated = !same_verb
            && !mark_repeated
            && run.iter().skip(1).any(|&o| {
                let first = first_of(o);
                (first + key..(first + key + 2).min(first + length(o)))
                    .any(|i| ENUMERATION_MARKS.contains(&lower(i).as_str()))
            });
        let words = shared.min(4);
        if !qualifies
            || figure
            || enumerated
            || run.iter().any(|&o| {
                let first = first_of(o);
                doc.words[first..first + words]
                    .iter()
                    .any(|w| w.has_digit())
                    || ends_with_colon(doc, first)
                    || counts_off(doc, stream, first, stream.run[first] as usize)
            })
        {
            continue;
        }
        runs.push((words, run));
    }
    runs
}

/// Clauses close together that open with the same negation frame.
const CLAUSE_RUN: usize = 3;
/// Of this many clause starts in a row of one paragraph.
const CLAUSE_WINDOW: usize = 5;
/// The words a negation frame shares ("elles ne sont", "we can't
/// promise").
const FRAME_WORDS: usize = 3;

/// The clauses of one paragraph, sentence openers or after a comma, colon
/// or semicolon, that repeat one negation frame (`FRAME_WORDS` words with
/// a negation: "ce ne sont pas les honoraires : ce ne sont pas non plus…,
/// ce ne sont pas…"), `CLAUSE_RUN` of any `CLAUSE_WINDOW` clauses in a row,
/// one of them at least inside a sentence (the sentence openers alone are
/// `pronoun_runs`'). A leading "et", "and", "mais", "but" is skipped.
/// As (words shared, first word of each clause).
fn negation_clause_runs(
    doc: &Document<'_>,
    stream: &TokenStream,
    sentences: &[(u32, u32)],
) -> Vec<(usize, Vec<usize>)> {
    const CONJUNCTIONS: &[&str] = &["et", "and", "mais", "but", "or", "ou"];
    // (first word of the clause, whether it opens its sentence).
    // Word indexes fit in a `u32` (see `Sentence`): eight bytes a clause.
    let mut clauses: Vec<(u32, bool)> = Vec::new();
    for &(first, end) in sentences {
        let (first, end) = (first as usize, end as usize);
        for i in first..end {
            if i > first && stream.run[i - 1] > 1 {
                continue;
            }
            let mut start = i;
            let word = doc.prose(doc.words[i].span());
            if stream.run[i] > 1 && CONJUNCTIONS.iter().any(|c| c.eq_ignore_ascii_case(word)) {
                start += 1;
            }
            if stream.run[start] as usize >= FRAME_WORDS {
                let start = u32::try_from(start).expect("fewer words than bytes");
                clauses.push((start, i == first));
            }
        }
    }
    let head_of = |c: usize| clauses[c].0 as usize;
    let frame = |c: usize| &stream.ids[head_of(c)..head_of(c) + FRAME_WORDS];
    let block = |c: usize| doc.words[head_of(c)].block();
    let mut runs = Vec::new();
    let mut c = 0;
    while c < clauses.len() {
        let head = head_of(c);
        let negated = (head..head + FRAME_WORDS).any(|i| {
            negation(&normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase())
        });
        if !negated
            || stream.name[stream.ids[head] as usize]
            || doc.words[head..head + FRAME_WORDS]
                .iter()
                .any(|w| w.has_digit())
        {
            c += 1;
            continue;
        }
        let mut members = vec![c];
        let mut last = c;
        let mut next = c + 1;
        while next < clauses.len() && next - last < CLAUSE_WINDOW - 1 && block(next) == block(c) {
            if frame(next) == frame(c) {
                members.push(next);
                last = next;
            }
            next += 1;
        }
        // Inside quotation marks the frame is a quoted speaker's figure
        // ("you don't have to be brave, you don't have to be wise…").
        let quoted_speech = super::phrase::inside_quotes(doc.source(), doc.words[head].span());
        if members.len() >= CLAUSE_RUN && members.iter().any(|&m| !clauses[m].1) && !quoted_speech {
            runs.push((FRAME_WORDS, members.iter().map(|&m| head_of(m)).collect()));
            c = last + 1;
        } else {
            c += 1;
        }
    }
    runs
}

/// List items in a row that open with the same content word.
const LIST_RUN: usize = 3;

/// The runs of `LIST_RUN` list items or more in a row that open with the
/// same content word ("Plan the…", "Manage…", "Prendre rendez-vous…"), as
/// (words they share at their start, the first word of each item): the
/// verb belongs in the line that introduces the list. Items led by an
/// article, a pronoun, a name or a number, labels ("Lundi :"), items of
/// one or two words, and participles of changelogs ("Fixed…", "Corrigé…")
/// are left out.
fn list_runs(doc: &Document<'_>, stream: &TokenStream) -> Vec<(usize, Vec<usize>)> {
    // The first word and the word count of each list item's first sentence.
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut last_block = usize::MAX;
    for (_, words) in doc.sentences_with_words() {
        if words.is_empty() {
            continue;
        }
        let block = doc.words[words.start].block();
        if block == last_block || doc.blocks()[block].kind() != BlockKind::ListItem {
            continue;
        }
        last_block = block;
        items.push((words.start, words.len()));
    }
    let lower = |i: usize| normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase();
    let eligible = |&(first, len): &(usize, usize)| {
        let word = lower(first);
        len >= 3
            && stream.is_content(first)
            && !stream.name[stream.ids[first] as usize]
            && !subject_pronoun(doc, first)
            && !doc.words[first..first + len.min(3)]
                .iter()
                .any(|w| w.has_digit())
            && !ends_with_colon(doc, first)
            && !(stream.run[first] <= 3
                && stream.run[first] > 0
                && ends_with_colon(doc, first + stream.run[first] as usize - 1))
            && !counts_off(doc, stream, first, stream.run[first] as usize)
            && !word.ends_with("ed")
            && !word.ends_with('\u{e9}')
            && !word.ends_with("\u{e9}e")
            && !word.ends_with("\u{e9}s")
    };
    let mut runs = Vec::new();
    let mut start = 0;
    while start < items.len() {
        let block = |i: usize| doc.words[items[i].0].block();
        let mut end = start + 1;
        while end < items.len()
            && block(end) == block(end - 1) + 1
            && stream.ids[items[end].0] == stream.ids[items[start].0]
        {
            end += 1;
        }
        let run = &items[start..end];
        start = end;
        if run.len() < LIST_RUN || !run.iter().all(eligible) {
            continue;
        }
        // The entries of a table of contents ("Words about money", "Words
        // about repairs") are parallel titles on purpose.
        let list_block = doc.words[run[0].0].block();
        if list_block > 0 && is_toc_heading(doc, doc.blocks()[list_block - 1].span()) {
            continue;
        }
        let shortest = run.iter().map(|item| item.1).min().unwrap_or(1);
        let head = run[0].0;
        let mut shared = 1;
        while shared < 3.min(shortest - 1)
            && run
                .iter()
                .all(|item| stream.ids[item.0 + shared] == stream.ids[head + shared])
        {
            shared += 1;
        }
        runs.push((shared, run.iter().map(|item| item.0).collect()));
    }
    runs
}

/// Why an opener is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// The same opener across the document.
    Document,
    /// The same opener in sentences close together.
    Close,
    /// One frame of connectors, filled with different words.
    Frame,
}

/// Sentences in a row of one paragraph that open with the same word.
const SENTENCE_RUN: usize = 4;
/// Paragraphs in a row, of two sentences or more each, that open with the
/// same word.
const PARAGRAPH_RUN: usize = 4;

/// The runs of sentences (`SENTENCE_RUN` in a row in one paragraph) or of
/// paragraphs (`PARAGRAPH_RUN` in a row, each of two sentences or more)
/// that open with the same word, as (words they share at their start,
/// sentence ordinals). A run is an editor's catch whatever the word's
/// class, a function word included ("Then", "Ne", "Never"), except the
/// subject named again: a determiner, a subject pronoun, a name. Openers
/// followed by a colon (labels), holding a digit or of one- or two-word
/// sentences (answers, dialogue) are left out.
fn first_word_runs(
    doc: &Document<'_>,
    stream: &TokenStream,
    sentences: &[(u32, u32)],
    max_words: usize,
) -> Vec<(usize, Vec<usize>)> {
    let first_of = |o: usize| sentences[o].0 as usize;
    let block_of = |o: usize| doc.words[first_of(o)].block();
    let id_of = |o: usize| stream.ids[first_of(o)];
    let long_enough = |o: usize| (sentences[o].1 - sentences[o].0) >= 3;
    let mut runs: Vec<Vec<usize>> = Vec::new();
    // Sentence after sentence in one paragraph.
    let mut start = 0;
    while start < sentences.len() {
        let mut end = start + 1;
        while end < sentences.len()
            && block_of(end) == block_of(start)
            && id_of(end) == id_of(start)
        {
            end += 1;
        }
        if end - start >= SENTENCE_RUN {
            runs.push((start..end).collect());
        }
        start = end;
    }
    // Paragraph after paragraph: the first sentence of each paragraph of
    // two sentences or more, the paragraphs side by side.
    let paragraph_starts: Vec<usize> = (0..sentences.len())
        .filter(|&o| o == 0 || block_of(o - 1) != block_of(o))
        .filter(|&o| o + 1 < sentences.len() && block_of(o + 1) == block_of(o))
        .collect();
    let mut run: Vec<usize> = Vec::new();
    for &o in &paragraph_starts {
        let continues = run
            .last()
            .is_some_and(|&p| block_of(p) + 1 == block_of(o) && id_of(p) == id_of(o));
        if !continues {
            if run.len() >= PARAGRAPH_RUN {
                runs.push(std::mem::take(&mut run));
            }
            run.clear();
        }
        run.push(o);
    }
    if run.len() >= PARAGRAPH_RUN {
        runs.push(run);
    }
    runs.into_iter()
        .filter(|run| {
            let first = first_of(run[0]);
            stream.class(first) != WordClass::Determiner
                && !stream.name[stream.ids[first] as usize]
                && !subject_pronoun(doc, first)
                && !run.iter().all(|&o| definition_frame(doc, first_of(o)))
                && run.iter().all(|&o| {
                    // Numbered entries ("Day 1.", "Step 2:") are a list.
                    let first = first_of(o);
                    let opener = (stream.run[first] as usize).clamp(1, max_words);
                    long_enough(o)
                        && !doc.words[first..first + opener]
                            .iter()
                            .any(|w| w.has_digit())
                        && !counts_off(doc, stream, first, stream.run[first] as usize)
                        && !ends_with_colon(doc, first)
                })
        })
        .map(|run| {
            // The words every sentence of the run opens with ("Ne jamais").
            let mut words = 1;
            while words < max_words
                && run.iter().all(|&o| {
                    let first = first_of(o);
                    (stream.run[first] as usize) > words
                        && stream.ids[first + words] == stream.ids[first_of(run[0]) + words]
                })
            {
                words += 1;
            }
            (words, run)
        })
        .collect()
}

/// A bare pronoun or article ("Your", "Il", "The") opening this many
/// sentences of any `DENSE_WINDOW` in a row of one paragraph: the
/// paragraph is told in one mould. Four in a row stays allowed ("Il
/// pleut. Il vente. Il neige. Il gèle.").
const DENSE_RUN: usize = 5;
const DENSE_WINDOW: usize = 6;

/// A pronoun or possessive opening this many sentences in a row, with no
/// other sentence between them.
const DENSE_ROW: usize = 4;

/// Short sentences (at most `SHORT_SENTENCE_WORDS` words) opening on the
/// same third-person pronoun this many times in a row make a list told as
/// prose.
const SHORT_ROW: usize = 3;
const SHORT_SENTENCE_WORDS: u32 = 10;

/// Whether the word is a French third-person subject pronoun (`Elle`,
/// `Ils`): the subject named again, not the writer or the reader. English
/// prose builds its tricolons on one (`It was called… It lasted… It was a
/// triumph.`): left alone.
fn third_person(doc: &Document<'_>, word: usize) -> bool {
    matches!(
        doc.prose(doc.words[word].span()).to_lowercase().as_str(),
        "il" | "elle" | "ils" | "elles"
    )
}

/// Sentences in a row of one paragraph opening with the reader as subject
/// (`You`, `Tu`, `Vous`) to be reported.
const ADDRESSEE_ROW: usize = 3;

/// Whether a word is the reader as a subject pronoun (`You`, `Tu`,
/// `Vous`).
fn addressee(doc: &Document<'_>, word: usize) -> bool {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    matches!(word.as_str(), "you" | "tu" | "vous")
}

/// The tense of a sentence that opens with the reader: the modal after
/// `You` (`will`, `can`, `'ll`), or the future of `Tu` (`-ras`) and
/// `Vous` (`-rez`), as a token id or a mark no id takes.
fn addressee_mould(doc: &Document<'_>, stream: &TokenStream, first: usize) -> Option<u32> {
    let next = first + 1;
    if next >= doc.words.len() || doc.words[next].block() != doc.words[first].block() {
        return None;
    }
    let pronoun = doc.prose(doc.words[first].span()).to_lowercase();
    let verb = normalize_apostrophes(doc.prose(doc.words[next].span())).to_lowercase();
    let future = match pronoun.as_str() {
        "tu" => verb.ends_with("ras") && verb.chars().count() > 4,
        "vous" => verb.ends_with("rez") && verb.chars().count() > 4,
        _ => false,
    };
    if future {
        Some(u32::MAX)
    } else if is_modal(&verb) || verb == "'ll" {
        Some(stream.ids[next])
    } else {
        None
    }
}

/// Whether the word is a possessive of the reader ("Your", "Vos").
fn second_person_possessive(doc: &Document<'_>, word: usize) -> bool {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    matches!(
        word.as_str(),
        "your" | "votre" | "vos" | "ton" | "ta" | "tes"
    )
}

/// Whether the sentence opens with an impersonal `Il` (weather, `il y
/// a`, `il faut`, `il reste`): no one is named by it.
fn impersonal(doc: &Document<'_>, first: usize, end: usize) -> bool {
    let word = |i: usize| normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase();
    first + 1 < end
        && word(first) == "il"
        && matches!(
            word(first + 1).as_str(),
            "y" | "faut"
                | "fallait"
                | "faudra"
                | "fait"
                | "fera"
                | "faisait"
                | "pleut"
                | "pleuvra"
                | "pleuvait"
                | "neige"
                | "neigera"
                | "neigeait"
                | "gèle"
                | "gèlera"
                | "gelait"
                | "vente"
                | "ventera"
                | "reste"
                | "restera"
                | "suffit"
                | "semble"
                | "s'agit"
                | "vaut"
                | "est"
                | "sera"
                | "était"
        )
}

/// Whether the word is `I` or `Je`/`J'`: a memoir's or a speech's voice.
fn first_person_singular(doc: &Document<'_>, word: usize) -> bool {
    let word = normalize_apostrophes(doc.prose(doc.words[word].span())).to_lowercase();
    matches!(word.as_str(), "i" | "je" | "j'")
}

/// A presentative ("C'est", "It's", "There is") opening this many
/// sentences in a row of one paragraph.
const PRESENTATIVE_RUN: usize = 3;

/// Runs of sentences of one paragraph opened by the same pronoun or
/// article, which `first_word_runs` and the keys leave out: `DENSE_RUN` of
/// any `DENSE_WINDOW` sentences in a row, or `PRESENTATIVE_RUN` in a row
/// for a presentative. One pass over the sentences, a paragraph at a time.
fn dense_subject_runs(
    doc: &Document<'_>,
    stream: &TokenStream,
    sentences: &[(u32, u32)],
) -> Vec<Vec<usize>> {
    let first_of = |o: usize| sentences[o].0 as usize;
    let block_of = |o: usize| doc.words[first_of(o)].block();
    // Possessives of one person are one opener ("Leur accueil… Leurs
    // conseils…", "Sa base… Son cordon… Ses poignées…").
    let id_of = |o: usize| possessive_person(doc, first_of(o)).unwrap_or(stream.ids[first_of(o)]);
    let bare = |o: usize| {
        let first = first_of(o);
        (sentences[o].1 - sentences[o].0) >= 3
            && (possessive(doc, first)
                || subject_pronoun(doc, first)
                || presentative_at(doc, first, sentences[o].1 as usize))
    };
    let mut runs = Vec::new();
    let mut start = 0;
    while start < sentences.len() {
        let mut end = start + 1;
        while end < sentences.len() && block_of(end) == block_of(start) {
            end += 1;
        }
        // One paragraph: sentences `start..end`. Its openers grouped by
        // word, each group in reading order; paragraphs are short.
        let mut openers: Vec<(u32, usize)> = (start..end)
            .filter(|&o| bare(o))
            .map(|o| (id_of(o), o))
            .collect();
        openers.sort_unstable();
        for group in openers.chunk_by(|a, b| a.0 == b.0) {
            let ordinals: Vec<usize> = group.iter().map(|g| g.1).collect();
            let run = if ordinals
                .iter()
                .any(|&o| presentative_at(doc, first_of(o), sentences[o].1 as usize))
            {
                let same: Vec<usize> = ordinals
                    .iter()
                    .copied()
                    .filter(|&o| presentative_at(doc, first_of(o), sentences[o].1 as usize))
                    .collect();
                close_together(&same, PRESENTATIVE_RUN, PRESENTATIVE_RUN)
            } else {
                Vec::new()
            };
            let run = if run.is_empty() {
                close_together(&ordinals, DENSE_WINDOW, DENSE_RUN)
            } else {
                run
            };
            // Four sentences in a row with nothing between them ("Its
            // menus… Its fan… Its screen… Its only flaw…", "Ils
            // accueillent… Ils tiennent… Ils rangent… Ils distribuent…"):
            // a paragraph told in one mould, however long. Not `I`/`Je`:
            // a memoir's voice. Not `Your`/`Votre`: a notice names the
            // reader's things one by one ("Your recycling… Your garden
            // waste…"). Not an impersonal `Il` ("Il pleuvra… Il fera
            // frais…"): no subject is named again.
            // The reader addressed three sentences in a row of one
            // paragraph ("You will wear… You will keep… You will spend…",
            // "Tu suivras… Tu prépareras… Tu participeras…"): a job ad or
            // a help page told in one mould, whatever the verbs.
            // Only tasks or promises in one tense (`You will…`, `You can
            // now…`, `Tu -ras`, `Vous -rez`): a profile in the present
            // (`You are… You have… You know…`) describes the reader.
            let run = if run.is_empty() && addressee(doc, first_of(ordinals[0])) {
                let mould = |o: usize| addressee_mould(doc, stream, first_of(o));
                let mut run = Vec::new();
                for w in ordinals.windows(ADDRESSEE_ROW) {
                    let m = mould(w[0]);
                    if w[ADDRESSEE_ROW - 1] - w[0] < ADDRESSEE_ROW
                        && m.is_some()
                        && w.iter().all(|&o| mould(o) == m)
                    {
                        run.extend(
                            w.iter()
                                .filter(|o| !run.contains(*o))
                                .copied()
                                .collect::<Vec<_>>(),
                        );
                    }
                }
                run.sort_unstable();
                run
            } else {
                run
            };
            let run = if run.is_empty()
                && !first_person_singular(doc, first_of(ordinals[0]))
                && !second_person_possessive(doc, first_of(ordinals[0]))
                && !ordinals
                    .iter()
                    .any(|&o| impersonal(doc, first_of(o), sentences[o].1 as usize))
            {
                let run = close_together(&ordinals, DENSE_ROW, DENSE_ROW);
                // Three short sentences in a row on the same third-person
                // pronoun ("Elle est due au 1er octobre. Elle n'est pas
                // remboursable.", "It is insured. It arrives…"): the facts
                // of a list written as a run of prose.
                if run.is_empty() && third_person(doc, first_of(ordinals[0])) {
                    let short: Vec<usize> = ordinals
                        .iter()
                        .copied()
                        .filter(|&o| sentences[o].1 - sentences[o].0 <= SHORT_SENTENCE_WORDS)
                        .collect();
                    close_together(&short, SHORT_ROW, SHORT_ROW)
                } else {
                    run
                }
            } else {
                run
            };
            // The writer and the same verb sentence after sentence ("I
            // remember… I remember… I remember…"): a memoir's anaphora.
            // So is any subject and the same verb four times ("They came
            // in the snow. They came on Christmas Eve…"): a narrative's.
            let verb = |o: usize| {
                let a = first_of(o);
                (sentences[o].1 as usize > a + 1
                    && stream.is_content(a + 1)
                    && !speaker_and_auxiliary(doc, stream, a))
                .then(|| stream.ids[a + 1])
            };
            let remembered = !run.is_empty()
                && run.len() <= 2 * DENSE_WINDOW
                && (narrator(doc, first_of(run[0]))
                    || first_person_singular(doc, first_of(run[0])))
                && run.iter().any(|&o| {
                    verb(o).is_some()
                        && run.iter().filter(|&&p| verb(p) == verb(o)).count() >= NARRATIVE_ANAPHORA
                });
            if !run.is_empty() && !remembered {
                runs.push(run);
            }
        }
        start = end;
    }
    runs
}

/// The person of a possessive determiner, as a key no token id takes:
/// the forms of one person ("leur", "leurs"; "son", "sa", "ses") share it.
fn possessive_person(doc: &Document<'_>, word: usize) -> Option<u32> {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    let person = match word.as_str() {
        "mon" | "ma" | "mes" => 1,
        "ton" | "ta" | "tes" => 2,
        "son" | "sa" | "ses" => 3,
        "notre" | "nos" => 4,
        "votre" | "vos" => 5,
        "leur" | "leurs" => 6,
        _ => return None,
    };
    Some(u32::MAX - person)
}

/// Whether the word is an indefinite article ("Un", "A").
fn indefinite(doc: &Document<'_>, word: usize) -> bool {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    matches!(word.as_str(), "un" | "une" | "a" | "an")
}

/// Whether the word is a possessive determiner ("Your", "Nos"): the
/// reader or the writer named again. Articles ("The", "Le") and
/// negations ("No") are left out: a paragraph of minutes or of rules opens
/// with them sentence after sentence.
fn possessive(doc: &Document<'_>, word: usize) -> bool {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    matches!(
        word.as_str(),
        "my" | "your"
            | "its"
            | "our"
            | "his"
            | "her"
            | "their"
            | "mon"
            | "ma"
            | "mes"
            | "ton"
            | "ta"
            | "tes"
            | "son"
            | "sa"
            | "ses"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "leur"
            | "leurs"
    )
}

/// Whether a sentence opens with a presentative: a demonstrative or
/// impersonal subject and the copula ("C'est", "Ce sont", "It's", "It is",
/// "There are").
fn presentative_at(doc: &Document<'_>, first: usize, end: usize) -> bool {
    let word = |i: usize| normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase();
    let w0 = word(first);
    if matches!(w0.as_str(), "it's" | "there's" | "c'est" | "that's") {
        return true;
    }
    first + 1 < end
        && matches!(w0.as_str(), "it" | "there" | "c'" | "ce" | "that")
        && matches!(
            word(first + 1).as_str(),
            "'s" | "is" | "are" | "was" | "were" | "est" | "sont" | "était" | "étaient"
        )
}

/// How many words at `first` number an item at the start of its line
/// (`2.1`, `3.`, `4)`, `1.2.3`): digits joined by dots or closed by a dot
/// or a parenthesis, then a space. Zero when the sentence opens otherwise.
fn item_number_words(doc: &Document<'_>, first: usize, end: usize) -> usize {
    let source = doc.source();
    let start = doc.words[first].span().start;
    // Only the blanks before the word are read: a one-line file would
    // otherwise be read back to its start at every sentence.
    let before = source[..start].trim_end_matches([' ', '\t']);
    if !(before.is_empty() || before.ends_with('\n')) {
        return 0;
    }
    let mut marked = false;
    let mut count = 0;
    while first + count < end {
        let word = doc.words[first + count].span();
        if word.end - word.start > 3 || !source[word.range()].bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        let gap_end = doc
            .words
            .get(first + count + 1)
            .map_or(source.len(), |w| w.span().start);
        let gap = &source[word.end..gap_end];
        count += 1;
        match gap {
            "." => marked = true,
            _ if gap.starts_with(['.', ')']) && gap[1..].starts_with([' ', '\t']) => {
                return count;
            }
            _ if marked && gap.starts_with([' ', '\t']) && gap.trim().is_empty() => {
                return count;
            }
            _ => return 0,
        }
    }
    0
}

/// Sentences in a row of one list item that open on the same conjunction
/// of condition or time and an article ("1. If the job… If the queue… If
/// the worker…"): the cases of a step told as prose, as in a paragraph.
/// One pass over the sentences.
fn item_frame_runs(doc: &Document<'_>, stream: &TokenStream) -> Vec<(usize, Vec<usize>)> {
    let mut runs = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut flush = |run: &mut Vec<usize>| {
        if run.len() >= SUBJECT_RUN {
            runs.push((1, std::mem::take(run)));
        }
        run.clear();
    };
    for (_, words) in doc.sentences_with_words() {
        if words.is_empty() {
            continue;
        }
        let block = doc.words[words.start].block();
        if doc.blocks()[block].kind() != BlockKind::ListItem {
            flush(&mut run);
            continue;
        }
        let first = words.start + item_number_words(doc, words.start, words.end);
        if first + 1 >= words.end || !condition_frame(doc, stream, first) {
            flush(&mut run);
            continue;
        }
        if let Some(&last) = run.last()
            && (doc.words[last].block() != block || stream.ids[last] != stream.ids[first])
        {
            flush(&mut run);
        }
        run.push(first);
    }
    flush(&mut run);
    runs
}

/// Whether the sentence at `first` opens on a conjunction of condition or
/// time and an article or demonstrative ("If the", "When a", "Once the",
/// "Si le", "Lorsque la", "Quand les").
fn condition_frame(doc: &Document<'_>, stream: &TokenStream, first: usize) -> bool {
    let word = |i: usize| normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase();
    matches!(
        word(first).as_str(),
        "if" | "when" | "whenever" | "once" | "unless" | "si" | "quand" | "lorsque" | "lorsqu'"
    ) && stream.class(first + 1) == WordClass::Determiner
        && !possessive(doc, first + 1)
}

/// Whether the word is a subject pronoun ("It", "We", "Il", "C'"): a
/// sentence that opens with one opens with its subject, named again.
fn subject_pronoun(doc: &Document<'_>, word: usize) -> bool {
    let word = normalize_apostrophes(doc.prose(doc.words[word].span())).to_lowercase();
    matches!(
        word.as_str(),
        "i" | "you"
            | "he"
            | "she"
            | "it"
            | "we"
            | "they"
            | "there"
            | "je"
            | "j'"
            | "tu"
            | "il"
            | "elle"
            | "on"
            | "nous"
            | "vous"
            | "ils"
            | "elles"
            | "c'"
            | "ce"
            | "ça"
            | "cela"
    )
}

/// Per sentence: whether it is an entry of a list written as lines, the
/// only sentence of its paragraph beside another such paragraph that opens
/// with the same word (small ads "Cherche…", notices "Please…"): a list
/// repeats its opener by design.
fn entry_lines(doc: &Document<'_>, stream: &TokenStream, sentences: &[(u32, u32)]) -> Vec<bool> {
    let first_of = |o: usize| sentences[o].0 as usize;
    let block_of = |o: usize| doc.words[first_of(o)].block();
    let alone = |o: usize| {
        (o == 0 || block_of(o - 1) != block_of(o))
            && (o + 1 == sentences.len() || block_of(o + 1) != block_of(o))
    };
    let twin = |a: usize, b: usize| {
        alone(a)
            && alone(b)
            && block_of(a) + 1 == block_of(b)
            && stream.ids[first_of(a)] == stream.ids[first_of(b)]
    };
    (0..sentences.len())
        .map(|o| (o > 0 && twin(o - 1, o)) || (o + 1 < sentences.len() && twin(o, o + 1)))
        .collect()
}

/// Whether the sentence opening at `first` (its first clause `clause`
/// words long) counts off an item of a series: a number word first ("Two
/// pieces", "Trois ateliers"), or second and closing the noun it numbers
/// ("Week three is…", "Day two, …"; not "Bring two copies", where the
/// number belongs to the object). Like a numbered entry ("Day 2"), it is a
/// list told as prose, not a habit. "One", "first", "un" and "premier" are
/// left out: they are also a pronoun, a connective or an article.
fn counts_off(doc: &Document<'_>, stream: &TokenStream, first: usize, clause: usize) -> bool {
    const NUMBER_WORDS: &[&str] = &[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "hundred",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "vingt",
        "cent",
        "deuxième",
        "troisième",
        "quatrième",
        "cinquième",
        "sixième",
        "septième",
        "huitième",
        "neuvième",
        "dixième",
        "seconde",
    ];
    let number = |i: usize| {
        let text = doc.words[i].text(&doc.markup.masked);
        text.len() <= 12 && NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(text))
    };
    // A letter of a series after its noun ("**Jar A.** Fine and smooth…",
    // "Option B:"): items named like numbers.
    let series_letter = |i: usize| {
        let text = doc.words[i].text(&doc.markup.masked);
        text.len() == 1 && text != "I" && text.bytes().all(|b| b.is_ascii_uppercase())
    };
    number(first)
        || (clause == 2 && first + 1 < doc.words.len() && series_letter(first + 1))
        || (clause >= 2
            && first + 1 < doc.words.len()
            && number(first + 1)
            && (clause == 2 || (first + 2 < doc.words.len() && stream.is_function(first + 2))))
}

/// Whether a colon follows the word: `Photo: …`, `Note : …` are
/// labels, not sentence openers.
fn ends_with_colon(doc: &crate::text::Document<'_>, word: usize) -> bool {
    doc.markup.masked[doc.words[word].span().end..]
        .trim_start()
        .starts_with(':')
}

/// The occurrences (ascending sentence ordinals) that have at least `min`
/// occurrences within some `window` consecutive sentences.
/// Whether the word is a personal subject who acts in a narrative (`She`,
/// `They`, `Ils`): not `It`, `There` or `Ce`, which state consequences
/// (`It means…`), nor the reader.
fn narrator(doc: &Document<'_>, word: usize) -> bool {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    matches!(
        word.as_str(),
        "he" | "she" | "they" | "we" | "il" | "elle" | "ils" | "elles" | "nous"
    )
}

/// Sentences in a row opening with a pronoun and the same verb that make
/// a narrative's anaphora rather than a mould.
const NARRATIVE_ANAPHORA: usize = 4;

/// Sentences opening with an indefinite article, a noun and a relative
/// pronoun (`Un roman qui`) that make a page's frame of praise.
const BLURB_FRAMES: usize = 3;

/// Whether a word is a relative pronoun (`qui`, `that`, `where`).
fn relative(doc: &Document<'_>, word: usize) -> bool {
    let word = normalize_apostrophes(doc.prose(doc.words[word].span())).to_lowercase();
    matches!(
        word.as_str(),
        "qui" | "que" | "qu'" | "où" | "dont" | "that" | "which" | "who" | "where"
    )
}

/// Whether the sentence opening at `first` is a bare word taken up by a
/// presentative or a copula (`Réparer, c'est…`, `Composting is…`,
/// `Lire signifie…`): a definition, a figure when repeated.
fn definition_frame(doc: &Document<'_>, first: usize) -> bool {
    let Some(next) = doc.words.get(first + 1) else {
        return false;
    };
    let between = &doc.markup.masked[doc.words[first].span().end..next.span().start];
    let next = normalize_apostrophes(doc.prose(next.span())).to_lowercase();
    between.chars().all(|c| c == ',' || c.is_whitespace())
        && matches!(
            next.as_str(),
            "c'" | "c'est" | "ce" | "is" | "means" | "signifie" | "veut"
        )
}

/// Prepositions that open a frame of time or place.
const FRAME_PREPOSITIONS: &[&str] = &[
    "pendant",
    "durant",
    "avant",
    "après",
    "dans",
    "en",
    "sur",
    "sous",
    "pour",
    "avec",
    "sans",
    "depuis",
    "dès",
    "lors",
    "à",
    "au",
    "aux",
    "par",
    "chez",
    "entre",
    "vers",
    "jusqu'",
    "during",
    "before",
    "after",
    "in",
    "on",
    "at",
    "for",
    "with",
    "without",
    "since",
    "until",
    "from",
    "by",
    "over",
    "under",
    "throughout",
    "within",
    "across",
    "between",
    "inside",
    "outside",
    "upon",
];

/// Words a frame of time or place may share with the next sentence's.
const FRAME_PAIR_WORDS: std::ops::RangeInclusive<usize> = 3..=5;

/// Two sentences in a row (in one paragraph or in two side by side) that
/// open with the same frame of time or place before a comma: a
/// preposition and at least one content word, three to five words
/// (`Pendant la fermeture,`, `During the works,`, `Dans ce cas,`). The
/// second says again what the first set up. Frames with a number (`En
/// 2019,`), names and connectors are left to the other passes. As (words
/// of the frame, the two sentence ordinals).
fn frame_pairs(
    doc: &Document<'_>,
    stream: &TokenStream,
    sentences: &[(u32, u32)],
) -> Vec<(usize, Vec<usize>)> {
    let masked = &doc.markup.masked;
    let mut pairs = Vec::new();
    for o in 1..sentences.len() {
        let (a, b) = (sentences[o - 1].0 as usize, sentences[o].0 as usize);
        let frame = stream.run[a] as usize;
        let (block_a, block_b) = (doc.words[a].block(), doc.words[b].block());
        if !FRAME_PAIR_WORDS.contains(&frame)
            || stream.run[b] as usize != frame
            || block_b > block_a + 1
            || stream.ids[a..a + frame] != stream.ids[b..b + frame]
            || (sentences[o].1 as usize) < b + frame + 2
            || (sentences[o - 1].1 as usize) < a + frame + 2
            || !FRAME_PREPOSITIONS.contains(
                &normalize_apostrophes(doc.prose(doc.words[a].span()))
                    .to_lowercase()
                    .as_str(),
            )
            || super::phrase::inside_quotes(doc.source(), doc.words[b].span())
            || !(a..a + frame).any(|i| stream.is_content(i))
            || (a..a + frame)
                .any(|i| doc.words[i].has_digit() || stream.name[stream.ids[i] as usize])
            || connector_at(doc, a, sentences[o - 1].1 as usize).is_some()
        {
            continue;
        }
        let after = |w: usize| {
            masked[doc.words[w].span().end..]
                .trim_start()
                .starts_with(',')
        };
        if after(a + frame - 1) && after(b + frame - 1) {
            pairs.push((frame, vec![o - 1, o]));
        }
    }
    pairs
}

/// Sentences longer than this are not searched for clauses opening alike
/// (a text without full stops is one sentence).
const CLAUSE_SENTENCE_WORDS: usize = 150;

/// How many times two words may open clauses of one sentence.
const CLAUSE_ANAPHORA: usize = 3;

/// Two words said three times or more in one sentence, two of them at
/// least opening a clause after a comma or a semicolon (a leading `et`,
/// `and` skipped): `perfect for families, perfect for couples, and
/// perfect for…`, `idéal pour…, idéal pour…`, `nous avons ouvert…, nous
/// avons formé…`. The shared words say once what the list then fills.
/// The two words are a content word and the next (`great for`, `parfait
/// pour`), or a subject pronoun and its verb (`nous avons`, `we have`:
/// a warning from four times, info at three, a speech may list deeds so).
/// Not an article and a noun (`la salle des fêtes, la salle de sport`:
/// items of a list), nor a name, a number or a negation (see
/// `negation_clause_runs`), nor inside quotation marks (a speaker's
/// figure). As (2, the first word of each copy, whether a warning).
fn clause_anaphoras(
    doc: &Document<'_>,
    stream: &TokenStream,
    sentences: &[(u32, u32)],
) -> Vec<(usize, Vec<usize>, bool)> {
    const CONJUNCTIONS: &[&str] = &["et", "and", "mais", "but", "or", "ou"];
    let lower = |i: usize| normalize_apostrophes(doc.prose(doc.words[i].span())).to_lowercase();
    let mut found = Vec::new();
    // Clause starts of the sentence at hand, reused: a few a sentence.
    let mut starts: Vec<usize> = Vec::new();
    for &(first, end) in sentences {
        let (first, end) = (first as usize, end as usize);
        if end - first > CLAUSE_SENTENCE_WORDS {
            continue;
        }
        starts.clear();
        for i in first..end {
            if i > first && stream.run[i - 1] != 1 {
                continue;
            }
            if i > first {
                let gap =
                    &doc.markup.masked[doc.words[i - 1].span().end..doc.words[i].span().start];
                if !gap.contains([',', ';']) {
                    continue;
                }
            }
            let mut start = i;
            if stream.run[i] > 1 && CONJUNCTIONS.contains(&lower(i).as_str()) {
                start += 1;
            }
            if stream.run[start] >= 3 {
                starts.push(start);
            }
        }
        if starts.len() < 2 {
            continue;
        }
        let pair = |i: usize| (stream.ids[i], stream.ids[i + 1]);
        for (k, &start) in starts.iter().enumerate() {
            // Each key once: at its first clause start, with a later one.
            if starts[..k].iter().any(|&s| pair(s) == pair(start))
                || !starts[k + 1..].iter().any(|&s| pair(s) == pair(start))
            {
                continue;
            }
            let content_led = stream.is_content(start)
                && stream.class(start) != WordClass::Determiner
                && !stream.name[stream.ids[start] as usize];
            // A pronoun and a lexical verb (`on attend le bus, on attend
            // son tour…`) is an essay's figure; an auxiliary lists deeds.
            let speaker = subject_pronoun(doc, start)
                && !first_person_singular(doc, start)
                && speaker_and_auxiliary(doc, stream, start);
            // A noun and `of`/`de` (`members of Congress, members of
            // town councils`) heads the items of a list.
            if !(content_led || speaker)
                || stream.class(start + 1) == WordClass::Linker
                || (start..start + 2).any(|i| doc.words[i].has_digit() || negation(&lower(i)))
                || super::phrase::inside_quotes(doc.source(), doc.words[start].span())
            {
                continue;
            }
            let copies: Vec<usize> = (first..end - 1)
                .filter(|&i| stream.run[i] >= 2 && pair(i) == pair(start))
                .collect();
            // The word said bare, then spelled out (`they are fair, fair
            // to the farmers, fair to you`, `is people: people who…`):
            // an amplification, a figure.
            let c = copies[0];
            let same_block = |i: usize| doc.words[i].block() == doc.words[c].block();
            let amplified = (c > 0 && same_block(c - 1) && stream.ids[c - 1] == stream.ids[c])
                || (c > 1
                    && same_block(c - 2)
                    && CONJUNCTIONS.contains(&lower(c - 1).as_str())
                    && stream.ids[c - 2] == stream.ids[c]);
            if copies.len() >= CLAUSE_ANAPHORA && !amplified {
                let strong = content_led || copies.len() > CLAUSE_ANAPHORA;
                found.push((2, copies, strong));
            }
        }
    }
    found
}

fn close_together(sentences: &[usize], window: usize, min: usize) -> Vec<usize> {
    let mut marked = vec![false; sentences.len()];
    for start in 0..sentences.len().saturating_sub(min - 1) {
        if sentences[start + min - 1] - sentences[start] < window {
            marked[start..start + min].fill(true);
        }
    }
    sentences
        .iter()
        .zip(marked)
        .filter_map(|(&o, m)| m.then_some(o))
        .collect()
}

/// Whether one of the first words of the sentence is a verb that announces
/// what follows ("Nous tenons à rappeler que…", "We would like to stress
/// that…"): a formula of notices and reports, not a speaker's anaphora.
fn announces(doc: &Document<'_>, first: usize, end: usize) -> bool {
    const SAYING: &[&str] = &[
        "souligner",
        "rappeler",
        "préciser",
        "signaler",
        "noter",
        "insister",
        "indiquer",
        "informer",
        "remind",
        "note",
        "stress",
        "emphasise",
        "emphasize",
        "highlight",
        "mention",
        "point",
        "inform",
    ];
    doc.words[first..end.min(first + 5)].iter().any(|w| {
        let word = doc.prose(w.span()).to_lowercase();
        SAYING.contains(&word.as_str())
    })
}

/// Whether the word at `first` is a first-person subject ("I", "we",
/// "je", "j'", "nous"): sentences close together that open with the
/// speaker are an anaphora ("Je pense aux ouvriers… Je pense aux
/// bénévoles…"), a figure of speeches, not a template's habit.
/// The words of an opener made of an article, one to three words of a
/// subject and a modal ("The gallery will", "Le comité va"), if the
/// sentence opens so.
fn subject_then_modal(
    doc: &Document<'_>,
    stream: &TokenStream,
    first: usize,
    end: usize,
) -> Option<usize> {
    if stream.class(first) != WordClass::Determiner {
        return None;
    }
    (3..=5).take_while(|&n| first + n <= end).find(|&n| {
        let last = first + n - 1;
        (first + 1..last).all(|w| !stream.is_function(w))
            && is_modal(&doc.prose(doc.words[last].span()).to_lowercase())
    })
}

/// A modal or future auxiliary, after a subject ("will", "va", "doit").
fn is_modal(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "would"
            | "shall"
            | "should"
            | "must"
            | "can"
            | "could"
            | "may"
            | "might"
            | "va"
            | "vont"
            | "doit"
            | "doivent"
            | "peut"
            | "peuvent"
            | "devra"
            | "devront"
            | "pourra"
            | "pourront"
    )
}

/// Whether a sentence opens with a subject pronoun then an auxiliary or
/// modal, the two words nothing else ("We have hired", "Nous sommes
/// allés", "They will open").
fn speaker_and_auxiliary(doc: &Document<'_>, stream: &TokenStream, first: usize) -> bool {
    let word = |i: usize| doc.prose(doc.words[i].span()).to_lowercase();
    let subject = word(first);
    let auxiliary = word(first + 1);
    matches!(
        subject.as_str(),
        "we" | "they" | "i" | "you" | "nous" | "ils" | "elles" | "vous" | "je" | "on"
    ) && stream.is_function(first + 1)
        && matches!(
            auxiliary.as_str(),
            "have"
                | "are"
                | "will"
                | "were"
                | "had"
                | "can"
                | "would"
                | "should"
                | "must"
                | "avons"
                | "sommes"
                | "allons"
                | "pouvons"
                | "devons"
                | "serons"
                | "aurons"
                | "ont"
                | "sont"
                | "vont"
                | "peuvent"
                | "doivent"
                | "avez"
                | "êtes"
                | "allez"
                | "pouvez"
                | "devez"
                | "a"
                | "est"
                | "va"
                | "peut"
                | "doit"
        )
}

/// Whether the word is the voice of a notice: `we`, `nous`, `on` (an
/// instruction's `you` explains, a speech's `I` is its voice).
fn collective_speaker(doc: &Document<'_>, word: usize) -> bool {
    let word = doc.prose(doc.words[word].span()).to_lowercase();
    matches!(word.as_str(), "we" | "nous" | "on")
}

/// Whether the word is an auxiliary of the perfect ("have", "avons"): a
/// speaker's list of deeds.
fn perfect_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "have" | "has" | "had" | "avons" | "avez" | "ont" | "a" | "ai" | "as" | "avait" | "avaient"
    )
}

/// Whether a sentence opens with a subject pronoun then an object pronoun
/// ("Nous vous informons", "On vous attend"): the two frame the sentence
/// as a subject and an auxiliary do, whatever the verb.
fn speaker_and_object(doc: &Document<'_>, stream: &TokenStream, first: usize) -> bool {
    let word = |i: usize| doc.prose(doc.words[i].span()).to_lowercase();
    let subject = word(first);
    let object = word(first + 1);
    subject != object
        && matches!(
            subject.as_str(),
            "nous" | "ils" | "elles" | "vous" | "je" | "on"
        )
        && stream.is_function(first + 1)
        && matches!(object.as_str(), "vous" | "nous" | "te" | "lui" | "leur")
}

/// Whether a sentence opens with a first-person subject and the copula
/// ("We are", "Nous sommes", "I am").
fn speaker_and_copula(doc: &Document<'_>, first: usize) -> bool {
    let word = |i: usize| doc.prose(doc.words[i].span()).to_lowercase();
    first + 1 < doc.words.len()
        && matches!(word(first).as_str(), "we" | "i" | "nous" | "je")
        && matches!(
            word(first + 1).as_str(),
            "are" | "were" | "am" | "sommes" | "étions" | "suis" | "étais"
        )
}

fn first_person(doc: &Document<'_>, first: usize) -> bool {
    let word = doc.prose(doc.words[first].span()).to_lowercase();
    matches!(word.as_str(), "i" | "we" | "je" | "nous")
        || word.starts_with("j'")
        || word.starts_with("j\u{2019}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::repetition::test_support::check;
    use crate::text::Language;

    fn openers(text: &str, language: Language) -> Vec<(String, usize)> {
        check(&RepeatedOpener::default(), text, language)
            .iter()
            .map(|d| (quoted(&text[d.span.range()]), d.labels.len() + 1))
            .collect()
    }

    #[test]
    fn a_draft_opening_on_a_number_is_read_without_panicking() {
        // The first word of the first sentence holds a digit: no word
        // before it to read as a number's label.
        let found = openers("2024 fut une année calme. Le club a grandi.", Language::Fr);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_function_word_opening_four_sentences_in_a_row_counts() {
        let text = "The road climbs. Then the valley opens. Then a farm appears. Then \
                    the path forks. Then the summit comes into view.";
        assert_eq!(openers(text, Language::En), vec![("Then".to_string(), 4)]);
        let text = "Ne courez pas dans le hall. Ne criez pas dans les couloirs. Ne \
                    mangez pas en classe. Ne sortez pas sans badge.";
        assert_eq!(openers(text, Language::Fr), vec![("Ne".to_string(), 4)]);
    }

    #[test]
    fn a_connector_three_in_a_row_counts_but_a_subject_pronoun_in_a_row_does_not() {
        // A connector without its comma, three sentences in a row of one
        // paragraph: the step said again each time (set 31's writer and
        // issue 13 read it so).
        let text = "Then the valley opens. Then a farm appears. Then the path forks. \
                    The summit comes into view.";
        assert_eq!(openers(text, Language::En), vec![("Then".to_string(), 3)]);
        // Across two paragraphs, it is not a run.
        let text = "Then the valley opens. Then a farm appears.\n\nThen the path forks. \
                    The summit comes into view.";
        assert!(openers(text, Language::En).is_empty());
        let text = "Il pleut fort. Il fait froid ce matin. Il neige sur les crêtes. Il \
                    gèle la nuit.";
        assert!(openers(text, Language::Fr).is_empty());
    }

    #[test]
    fn paragraphs_in_a_row_opening_with_the_same_verb_count_but_one_line_entries_do_not() {
        let text = "Look at the ceiling first. It was painted in 1740.\n\nLook at the \
                    windows next. They are original.\n\nLook at the floor. It is oak.\n\n\
                    Look at the door last. It came from a chapel.";
        assert_eq!(
            openers(text, Language::En),
            vec![("Look at the".to_string(), 4)]
        );
        let text = "Selling a pram in good order.\n\nSelling a cot with its mattress.\n\n\
                    Selling two car seats for toddlers.\n\nSelling a high chair, barely used.";
        assert!(openers(text, Language::En).is_empty());
    }

    #[test]
    fn the_subject_of_the_title_with_the_same_modal_three_times_counts() {
        let text = "# The new gallery\n\nThe gallery will open in June. The gallery will \
                    host four shows. The gallery will run workshops. Tickets are free.";
        assert_eq!(
            openers(text, Language::En),
            [("The gallery will".to_string(), 3)]
        );
        // The title's subject named to open three sentences in a row is a
        // mould too; with other sentences between, it keeps its subject.
        let named = "# The new gallery\n\nThe gallery opens in June. The gallery hosts \
                     four shows. The gallery runs workshops. Tickets are free.";
        assert_eq!(openers(named, Language::En).len(), 1);
        let spread = "# The new gallery\n\nThe gallery opens in June. Tickets are free. \
                      The gallery hosts four shows. Parking is close. The gallery runs \
                      workshops.";
        assert!(openers(spread, Language::En).is_empty());
    }

    #[test]
    fn an_article_a_subject_and_the_same_modal_count_in_a_run_of_four() {
        let text = "The Harbour Trust will open a gallery. The gallery will host shows. \
                    The gallery will run workshops. The Trust will publish a programme. \
                    Tickets are free.";
        assert_eq!(openers(text, Language::En).len(), 1);
        let three = "The Trust will open a gallery. The gallery will host shows. \
                     The café will sell tea. Tickets are free. Parking is close.";
        assert!(openers(three, Language::En).is_empty());
    }

    #[test]
    fn a_pronoun_and_an_auxiliary_count_in_a_run_of_four() {
        let four = "We have moved the depot. We have hired drivers. We have opened a bay. \
                    We have finished the vans. The board meets in July.";
        assert_eq!(openers(four, Language::En), [("We have".to_string(), 4)]);
        let three = "Nous avons ouvert la salle. Nous avons recruté. Nous avons fini. \
                     La salle est belle. Le club grandit.";
        assert!(openers(three, Language::Fr).is_empty());
    }

    #[test]
    fn a_speaker_and_the_same_copula_modal_or_object_pronoun_count_three_times_close() {
        let are = "We are sorry to close the pool. A crack was found on Saturday. \
                   We are waiting for the engineer. The gym stays open. We are calling \
                   every member with a lesson booked.";
        assert_eq!(openers(are, Language::En), [("We are".to_string(), 3)]);
        let vous = "Nous vous informons que la sortie aura lieu jeudi. Le car part à huit \
                    heures. Nous vous demandons un pique-nique. Nous vous rappelons \
                    l'autorisation.";
        assert_eq!(openers(vous, Language::Fr), [("Nous vous".to_string(), 3)]);
        let spread = "We are sorry to close the pool. A crack was found. The gym stays \
                      open. The café too. Lessons move to May. Staff will call. We are \
                      waiting for the engineer. We are calling members.";
        assert!(openers(spread, Language::En).is_empty());
        let voice = "Je suis né ici. Le village était petit. Je suis parti à vingt ans. \
                     Je suis revenu en 1990.";
        assert!(openers(voice, Language::Fr).is_empty());
    }

    #[test]
    fn windows_catch_openers_close_together() {
        let text = "Moreover, it rained. Moreover, it snowed. The roads froze. \
                    Moreover, the power failed. Spring came late.";
        assert_eq!(openers(text, Language::En), [("Moreover".to_string(), 3)]);
        assert_eq!(close_together(&[0, 1, 4, 9, 20], 5, 3), [0, 1, 4]);
        assert_eq!(close_together(&[0, 5, 10], 5, 3), Vec::<usize>::new());
    }

    #[test]
    fn the_shared_part_of_similar_openers_is_reported_once() {
        let text = "Côté budget, la ville agit. Le maire parle. Côté des écoles, \
                    elle hésite. Les habitants attendent. Côté des familles, elle \
                    recule. Rien ne change. Côté des commerces, elle se tait.";
        let found = openers(text, Language::Fr);
        assert_eq!(found, [("Côté".to_string(), 4)]);
    }

    #[test]
    fn a_longer_shared_opener_is_preferred_on_a_tie() {
        let text = "Il est important de noter que tout va bien. Il est important de \
                    rappeler les faits. Rien ne bouge. Il est important de conclure.";
        assert_eq!(
            openers(text, Language::Fr),
            [("Il est important de".to_string(), 3)]
        );
    }

    #[test]
    fn a_connector_of_function_words_repeated_across_the_document_is_reported() {
        let mut text = String::new();
        for i in 0..12 {
            if i % 4 == 0 {
                text.push_str("En outre, la rivière monte. ");
            } else {
                text.push_str(&format!("Le quai numéro {i} reste sec. "));
            }
        }
        assert_eq!(openers(&text, Language::Fr), [("En outre".to_string(), 3)]);
        let english = "Also, the river rose. The quay stayed dry. The boats waited. \
                       The ferry ran. Also, the bridge shut. The town slept. The mayor \
                       spoke. The rain stopped. Also, the school closed.";
        assert_eq!(openers(english, Language::En), [("Also".to_string(), 3)]);
        // Bare pronoun and article openers stay exempt, however often.
        let plain = "Il pleut. Le quai reste sec. Il vente. La ville dort. Il neige. \
                     Le maire parle. Il gèle.";
        assert!(openers(plain, Language::Fr).is_empty());
    }

    #[test]
    fn a_frame_filled_with_different_words_is_one_habit() {
        let english = "The truth is that the bus is late. The point is that nobody \
                       checks. Fares rose again. The problem is that the council knows.";
        let found = openers(english, Language::En);
        assert_eq!(found, [("The truth is that".to_string(), 3)]);
        let french = "Il faut dire que le pont est vieux. Il faut savoir que personne \
                      ne l'entretient. Le maire hésite. Il faut rappeler que l'hiver arrive.";
        assert_eq!(
            openers(french, Language::Fr),
            [("Il faut dire que".to_string(), 3)]
        );
    }

    #[test]
    fn adverbs_of_comment_one_after_another_are_a_habit() {
        let text = "Surprisingly, the bridge held. Regrettably, the road did not. The river \
                    rose all night. Predictably, the council met. Tellingly, nobody \
                    came. The rain stopped.";
        assert_eq!(
            openers(text, Language::En),
            [("Surprisingly".to_string(), 4)]
        );
        let french = "Curieusement, le pont a tenu. Malheureusement, la route a cédé. La rivière a \
                      monté. Visiblement, le conseil hésite. Étrangement, personne ne \
                      vient. La pluie cesse.";
        assert_eq!(
            openers(french, Language::Fr),
            [("Curieusement".to_string(), 4)]
        );
        // Three in a short text are style, not yet a habit.
        let few = "Surprisingly, the bridge held. Regrettably, the road did not. The river \
                   rose all night. Predictably, the council met.";
        assert!(openers(few, Language::En).is_empty());
    }

    #[test]
    fn openers_of_function_words_and_spread_out_openers_pass() {
        let text = "Il pleut. Il vente. Il neige. Il gèle. Elle sort. Elle rentre.";
        assert!(openers(text, Language::Fr).is_empty());
        let mut spread = String::new();
        for i in 0..30 {
            if i % 10 == 0 {
                spread.push_str("Upstream, the tide turned. ");
            } else {
                spread.push_str(&format!("In {} boats waited. ", 1900 + i));
            }
        }
        assert!(openers(&spread, Language::En).is_empty());
    }

    #[test]
    fn an_opener_that_counts_off_items_is_a_list_not_a_habit() {
        let weeks = "Week one is for clay. Week two, bowls and lids. Week three is for \
                     handles. Week four, glazes and kilns.";
        assert!(openers(weeks, Language::En).is_empty());
        let counts = "Deux chaises suffisent. Trois tables pliantes aussi. Deux nappes \
                      blanches. Trois bancs dehors.";
        assert!(openers(counts, Language::Fr).is_empty());
        // The number belongs to the object: the verb still opens each one.
        let bring = "Bring two pens to the room. Bring two photos of yourself. Bring two \
                     letters of support. Bring two forms of identity.";
        assert_eq!(openers(bring, Language::En), [("Bring two".to_string(), 4)]);
    }

    #[test]
    fn a_pronoun_or_possessive_opening_five_of_six_sentences_of_a_paragraph_counts() {
        let text = "Vos papiers sont prêts. Vos clés aussi. Le bail est signé. Vos \
                    factures arrivent en mai. Vos charges sont fixes. Vos voisins sont \
                    prévenus.";
        assert_eq!(openers(text, Language::Fr), [("Vos".to_string(), 5)]);
        // Spread over two paragraphs, or four of them: how sentences start.
        let split = "Vos papiers sont prêts. Vos clés aussi. Vos factures arrivent.\n\n\
                     Vos charges sont fixes. Vos voisins sont prévenus.";
        assert!(openers(split, Language::Fr).is_empty());
        let articles = "The hall seats forty. The kitchen has two ovens. The car park is \
                        free. The garden opens in May. The staff can help.";
        assert!(openers(articles, Language::En).is_empty());
    }

    #[test]
    fn a_pronoun_or_possessive_four_times_in_a_row_counts_unless_impersonal_or_the_reader() {
        let its = "Its receiver is good. Its menus are logical. Its fan is quiet. \
                   Its only weakness is weight.";
        assert_eq!(openers(its, Language::En).len(), 1);
        let leur = "Leur accueil est chaleureux. Leur table est réputée. Leurs conseils \
                    sont précieux. Leur potager fournit les légumes.";
        assert_eq!(openers(leur, Language::Fr).len(), 1);
        let weather = "Il pleuvra le matin. Il fera frais au col. Il neigera en altitude. \
                       Il gèlera la nuit.";
        assert!(openers(weather, Language::Fr).is_empty());
        let yours = "Your black bin is emptied on Monday. Your blue bin is emptied on \
                     Friday. Your food caddy is emptied weekly. Your garden bin is emptied \
                     monthly.";
        assert!(openers(yours, Language::En).is_empty());
        let legend = "Un point orange signale un retard. Un point rouge indique une \
                      suppression. Un point gris signifie une panne.";
        assert!(openers(legend, Language::Fr).is_empty());
    }

    #[test]
    fn a_presentative_three_times_in_a_row_counts() {
        let text = "We found it in a loft. It's a first edition. It's signed by the \
                    author. It's also the cheapest copy we have.";
        assert_eq!(openers(text, Language::En), [("It's".to_string(), 3)]);
        let apart = "It's a first edition. We found it in a loft. It's signed. The \
                     cover is worn. It's cheap.";
        assert!(openers(apart, Language::En).is_empty());
    }

    #[test]
    fn a_speaker_the_copula_and_the_same_word_is_a_formula() {
        let text = "We are thrilled to open a second shop. We are thrilled that the \
                    bakery joins us. We are thrilled to share the menu. The shop opens daily.";
        assert_eq!(
            openers(text, Language::En),
            [("We are thrilled".to_string(), 3)]
        );
        let anaphora = "We have built the mill. We have built the bridge. We have built the \
                        school. The village is quiet now.";
        assert!(openers(anaphora, Language::En).is_empty());
    }
}
