//! `generated.talks-to-requester`: a sentence in which the writer, in the
//! first person, tells a second person what they did or can do to the
//! text itself ("I've trimmed the second section so you can…", "je peux
//! retravailler l'introduction si vous…").
//!
//! The chat framing rules of the packs read wordings; this one reads the
//! grammar that every wording of the shape shares, so that a sentence
//! nobody has written yet is still caught:
//! - a first-person subject ("I", "me", "je", "j'", "me") followed within
//!   a few words by a verb that works on a text (write, trim, rework,
//!   rédiger, raccourcir, adapter…: a closed class of stems);
//! - after that verb, a noun naming a part or a state of the text (the
//!   paragraph, section, introduction, tone, wording, version, texte…),
//!   not one of the writer's own ("my post", "mon article");
//! - a second person anywhere in the sentence: the requester.
//!
//! Two more shapes share the same parts: a question to the second person
//! offering that the first person work on the text ("Souhaitez-vous que je
//! développe l'un de ces points ?": no noun needed, the question is the
//! offer), and a licence to rework the text given to the second person
//! ("Feel free to adjust the tone", "N'hésitez pas à personnaliser ce
//! portrait"): a permission marker, a text verb, then this text or a part
//! of it.
//!
//! Three shapes more are reports to the requester:
//! - a gap in what they were given and what the writer did about it: a
//!   first person who did not know, find or have something ("I wasn't
//!   sure who…", "je n'ai pas trouvé…"), then either a part of the text
//!   left in a state ("so I left it general", "j'ai laissé cette partie
//!   vague") or a call to fill it in ("you may want to add…", "pensez à
//!   la compléter");
//! - a version of the requester's text handed over: a presentative
//!   ("here's", "below is", "voici", "ci-dessous"), a version or draft
//!   qualified by an edit ("a polished version", "une version
//!   raccourcie"), and the second person ("of your note");
//! - an instruction to adapt an element of the text for the requester's
//!   setting: a command to replace, change or remove an emoji, a picture,
//!   a link, a name… and "if your", "si votre" ("Replace the emoji above
//!   if your server…").
//!
//! A blogger writing about their own work says "my draft" or speaks of a
//! whole post; a forum answer's verbs are about the problem, not about the
//! text; a quoted sentence (reported speech) is skipped.

use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::BlockKind;
use crate::rules::findings::Findings;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::{Document, is_apostrophe};

const DOCS: &str = "\
**What it flags.** A sentence in which the writer, in the first person, \
tells someone addressed in the second person what they did or could do to \
the text itself: a first-person subject (I, me, je, j') soon followed by a \
verb that works on a text (write, rewrite, trim, shorten, expand, rework, \
adapt, tailor, keep…; rédiger, raccourcir, développer, adapter, \
retravailler, garder…), then a noun naming a part or a state of the text \
(paragraph, section, introduction, ending, tone, wording, version, draft; \
paragraphe, rubrique, introduction, ton, formulation, version, texte…), \
and \"you\", \"your\", \"vous\", \"votre\" anywhere in the sentence: \
\"I've trimmed the third section so you can paste it into the mailing\", \
\"Je peux retravailler l'introduction si elle vous paraît trop sèche\". \
The words around them may be any: the rule reads the grammar, not a \
wording. Two more shapes: a question to the second person offering that \
the first person work on the text (\"Would you like me to expand any of \
these points?\", \"Souhaitez-vous que je développe l'un de ces points ?\"), \
and a licence to rework the text (\"Feel free to adjust the tone\", \
\"N'hésitez pas à personnaliser ce portrait\"): a permission (feel free, \
don't hesitate, n'hésitez pas, n'hésite pas), a text verb, then a part of \
the text or the text itself after \"this\", \"ce\", \"cette\". \
Three reports to the requester too: a gap in what they gave (\"I wasn't \
sure who proposed it, so I left it general: you may want to add the \
name\", \"Je n'ai pas trouvé le tarif, j'ai laissé ce point vague : \
pensez à le compléter\"), a version of their text handed over with what \
the edit did (\"Here's a polished version of your note\", \"Voici une \
version raccourcie de ton message\"), and an instruction to change an \
element of the text for their setting (\"Replace the emoji above if your \
server doesn't show it\").

**Why an editor cares.** The sentence speaks to whoever asked for the \
text, not to its readers: published, it shows the draft was pasted from a \
chat. A writer speaking of their own work (\"I rewrote my first chapter \
eleven times\"), a forum answer and a quotation are not flagged.";

/// First-person subjects and objects, once elisions are split off.
const FIRST_PERSON: &[&str] = &["i", "me", "je", "j", "m", "moi"];

/// The second person: the requester.
const SECOND_PERSON: &[&str] = &[
    "you", "your", "yours", "vous", "votre", "vos", "tu", "te", "t", "toi", "tes", "ta",
];

/// Whether the pieces speak to a second person, counting "ton" only
/// after a preposition ("de ton texte"): alone it is also the noun for a
/// text's tone.
fn addresses(pieces: &[String]) -> bool {
    pieces.iter().enumerate().any(|(i, p)| {
        SECOND_PERSON.contains(&p.as_str())
            || (p == "ton"
                && i > 0
                && matches!(pieces[i - 1].as_str(), "de" | "à" | "dans" | "sur" | "pour"))
    })
}

/// Calls to the requester to fill a gap without a pronoun: "pensez à la
/// compléter", "n'oubliez pas de…", "(…, à compléter.)".
const FILL_CALLS: &[&str] = &["pensez", "pense", "oubliez", "oublie"];

/// Negations, once elisions are split off ("n'ai", "ne savais", "not",
/// "no", "never"); the English "n't" is read from the piece before it.
const NEGATIONS: &[&str] = &["n", "ne", "not", "no", "never", "cannot", "pas", "jamais"];

/// Verbs of knowing, finding or having, read after a negated first
/// person: what the writer lacked.
const LACK_VERBS: &[&str] = &[
    "sure",
    "certain",
    "know",
    "knew",
    "find",
    "found",
    "locate",
    "confirm",
    "verify",
    "tell",
    "have",
    "had",
    "get",
    "trouvé",
    "trouver",
    "retrouvé",
    "su",
    "sais",
    "savais",
    "connais",
    "connaissais",
    "avais",
    "eu",
    "pu",
    "sûr",
    "sûre",
    "certaine",
    "obtenu",
    "vérifier",
    "vérifié",
];

/// Stems of a call to fill a gap in the text: add, fill in, complete,
/// insert, specify.
const FILL_STEMS: &[&str] = &[
    "add", "fill", "complet", "complé", "complè", "insert", "ajout", "insér", "précis", "renseign",
];

/// Verbs of leaving a part of the text in a state: "left it general",
/// "kept it vague", "j'ai laissé cette partie vague".
const LEAVE_STEMS: &[&str] = &["left", "leave", "kept", "keep", "laiss", "gard"];

/// The states a part of the text was left in for want of information.
const GAP_STATES: &[&str] = &[
    "general",
    "generic",
    "vague",
    "blank",
    "empty",
    "neutral",
    "générale",
    "général",
    "générique",
    "blanc",
    "vide",
    "vides",
    "neutre",
];

/// Presentatives that hand a text over, as pieces: "here('s| is)",
/// "below", "voici", "ci-dessous" (split at its hyphen: "dessous").
const PRESENTATIVES: &[&str] = &["here", "below", "voici", "voilà", "dessous"];

/// Nouns of a version of a text.
const VERSION_NOUNS: &[&str] = &[
    "version",
    "versions",
    "draft",
    "rewrite",
    "revision",
    "edit",
    "take",
    "rework",
    "mouture",
    "réécriture",
    "révision",
    "proposition",
];

/// Qualifiers saying what an edit did to the text.
const EDIT_QUALIFIERS: &[&str] = &[
    "polished",
    "revised",
    "tidier",
    "tidied",
    "cleaner",
    "cleaned",
    "shorter",
    "tighter",
    "edited",
    "improved",
    "reworked",
    "rewritten",
    "corrected",
    "proofread",
    "refined",
    "streamlined",
    "condensed",
    "simplified",
    "formal",
    "friendlier",
    "punchier",
    "clearer",
    "smoother",
    "révisée",
    "retravaillée",
    "corrigée",
    "améliorée",
    "raccourcie",
    "reformulée",
    "fluide",
    "formelle",
    "épurée",
    "allégée",
    "remaniée",
    "peaufinée",
    "relue",
    "simplifiée",
    "condensée",
    "resserrée",
];

/// Commands to change an element of the text for the requester's setting.
const ADAPT_COMMANDS: &[&str] = &[
    "replace",
    "swap",
    "change",
    "adapt",
    "adjust",
    "remove",
    "delete",
    "update",
    "remplacez",
    "remplace",
    "changez",
    "adaptez",
    "adapte",
    "supprimez",
    "supprime",
    "retirez",
    "retire",
    "modifiez",
    "modifie",
];

/// Elements of a text that a template leaves to the requester.
const TEXT_ELEMENTS: &[&str] = &[
    "emoji",
    "emojis",
    "émoji",
    "émojis",
    "image",
    "images",
    "picture",
    "pictures",
    "photo",
    "photos",
    "link",
    "links",
    "lien",
    "liens",
    "name",
    "names",
    "nom",
    "noms",
    "date",
    "dates",
    "title",
    "titre",
    "heading",
    "hashtag",
    "hashtags",
    "logo",
    "caption",
    "légende",
    "wording",
    "formulation",
    "placeholder",
    "placeholders",
    "figures",
    "chiffres",
    "mention",
    "signature",
];

/// Stems of verbs that work on a text, matched at a word's start.
const TEXT_VERB_STEMS: &[&str] = &[
    // English
    "writ",
    "wrote",
    "rewr",
    "rewro",
    "draft",
    "redraft",
    "adapt",
    "tailor",
    "shorten",
    "lengthen",
    "expand",
    "rephras",
    "reword",
    "adjust",
    "tweak",
    "trim",
    "condens",
    "polish",
    "revis",
    "edit",
    "simplif",
    "restructur",
    "rework",
    "tighten",
    "soften",
    "kept",
    "keep",
    "cut",
    "summari",
    "add",
    "tone", // "tone down"
    // French
    "rédig",
    "réécri",
    "reformul",
    "raccourc",
    "allong",
    "développ",
    "ajust",
    "retouch",
    "modifi",
    "ajout",
    "condens",
    "remani",
    "peaufin",
    "simplifi",
    "écri",
    "retravaill",
    "gard",
    "conserv",
    "allég",
    "résum",
    "étoff",
    "adouc",
    "resserr",
    "personnalis",
    "reprend",
    "repren",
    "customi",
    "personali",
];

/// Words these stems would catch that are not verbs of writing.
const NOT_TEXT_VERBS: &[&str] = &[
    "addict",
    "addition",
    "additions",
    "additional",
    "address",
    "addresses",
    "addressed",
    "adds",
    "editor",
    "editors",
    "editorial",
    "edition",
    "editions",
    "writer",
    "writers",
    "cutlery",
    "cute",
    "keeper",
    "garde",
    "gardes",
    "garderie",
    "écrin",
    "tones",
    "conservatoire",
    "conservateur",
    "conservatrice",
];

/// Nouns for a part or a state of the text being worked on.
const TEXT_PART_NOUNS: &[&str] = &[
    // English
    "text",
    "draft",
    "version",
    "versions",
    "paragraph",
    "paragraphs",
    "section",
    "sections",
    "intro",
    "introduction",
    "conclusion",
    "ending",
    "opening",
    "tone",
    "wording",
    "headline",
    "headlines",
    "title",
    "outline",
    "copy",
    "sentence",
    "sentences",
    "passage",
    "bullet",
    "bullets",
    "subheadings",
    "heading",
    "headings",
    "caption",
    "wordcount",
    // French
    "texte",
    "brouillon",
    "paragraphe",
    "paragraphes",
    "rubrique",
    "rubriques",
    "introduction",
    "chapeau",
    "accroche",
    "ton",
    "formulation",
    "formulations",
    "titre",
    "titres",
    "intertitres",
    "plan",
    "phrase",
    "phrases",
    "passage",
    "passages",
    "légende",
    "partie",
    "parties",
];

/// Nouns for the whole text, read only after a demonstrative ("this
/// portrait", "ce billet"): without one they may be any article.
const WHOLE_TEXT_NOUNS: &[&str] = &[
    "article",
    "post",
    "piece",
    "portrait",
    "profile",
    "listicle",
    "newsletter",
    "letter",
    "email",
    "release",
    "summary",
    "description",
    "bio",
    "guide",
    "list",
    "billet",
    "lettre",
    "courriel",
    "communiqué",
    "résumé",
    "fiche",
    "annonce",
    "liste",
    "message",
    "flyer",
    "poster",
    "affiche",
    "invitation",
    "tract",
];

const DEMONSTRATIVES: &[&str] = &["this", "these", "ce", "cet", "cette", "ces"];

/// The permission given to the second person to rework the text: "feel
/// free to", "don't hesitate to", "n'hésitez pas à", "n'hésite pas à"
/// (the second word of each, once split: "free", "hesitate", "hésitez",
/// "hésite").
const PERMISSIONS: &[&str] = &["free", "hesitate", "hésitez", "hésite"];

/// Modal words of an offer, read after a first person: "I can", "I'd be
/// happy to", "je peux", "je pourrais".
const OFFER_MODALS: &[&str] = &[
    "can", "could", "would", "d", "ll", "happy", "glad", "peux", "pourrais", "pourrai", "veux",
];

/// Words by which an offer makes itself useful without naming anyone:
/// "if that would help", "if useful", "si cela vous aide", "si besoin".
const HELP_WORDS: &[&str] = &[
    "help", "helpful", "useful", "needed", "aide", "utile", "besoin",
];

/// "also", "aussi": an offer of more text after the text given.
const ALSO: &[&str] = &["also", "too", "aussi", "également"];

/// Verbs of producing a text an assistant offers beyond the text verbs:
/// "prepare", "put together", "create".
const PRODUCE_STEMS: &[&str] = &[
    "prepar", "prépar", "creat", "cré", "put", "compos", "produc",
];

/// Conditions naming the requester's setting: "if your", "si votre".
const CONDITIONS: &[&str] = &["if", "si"];

/// Possessives that make the text the writer's own.
const OWN: &[&str] = &["my", "mon", "ma", "mes", "our", "notre", "nos"];

/// How many pieces may separate the subject from its verb ("I'd be happy
/// to tailor", "je peux vous le réécrire").
const VERB_REACH: usize = 5;

#[derive(Clone)]
pub struct TalksToRequester {
    meta: RuleMeta,
}

impl Default for TalksToRequester {
    fn default() -> Self {
        TalksToRequester {
            meta: RuleMeta {
                id: "generated.talks-to-requester".into(),
                category: Category::Generated,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "The writer tells the requester what they did or can do to the text \
                          (\"I've trimmed the second section so you can…\")."
                    .into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "The lido opens in May.\n\nWould you like me to expand any of these \
                         points?"
                            .into(),
                        "Le lido ouvre en mai.\n\nN'hésitez pas à personnaliser ce billet \
                         avec une anecdote du quartier."
                            .into(),
                        "The kiln is lit on Fridays.\n\nI've tightened the opening section so \
                         you can paste it into the members' bulletin."
                            .into(),
                        "Le four est allumé le vendredi.\n\nJe peux aussi retoucher le \
                         paragraphe sur les tarifs si vous le trouvez trop long."
                            .into(),
                        "The hall is booked until noon.\n\nI wasn't sure which room the choir \
                         uses, so I left it general: you may want to add it."
                            .into(),
                        "La salle ouvre à neuf heures.\n\nVoici une version raccourcie de ton \
                         message pour le bulletin."
                            .into(),
                    ],
                    good: vec![
                        "I rewrote my opening chapter nine times. You will do the same.".into(),
                        "Si vous voulez, je vous envoie le lien du tuto que j'avais suivi.".into(),
                        "\"I wrote the first draft on a napkin,\" she told you.".into(),
                        "Feel free to adapt the recipe to your taste.".into(),
                        "I didn't know what to expect, so I kept going, and you will too.".into(),
                        "Replace the filter above if your water is hard.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for TalksToRequester {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    /// It reads the others' findings: a block another generated rule
    /// already reports (an assistant's closer and its offer to adapt the
    /// text, one after the other) is one defect, reported once.
    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let masked = &doc.markup.masked;
        for (sentence, words) in doc.sentences_with_words() {
            if words.is_empty() || !is_prose(doc, doc.words[words.start].block()) {
                continue;
            }
            let span = sentence.span();
            if masked[span.start..span.end].contains(QUOTE_MARKS) {
                continue;
            }
            // Every shape needs the second person or a permission: most
            // sentences are left here, before any word is copied.
            if !words
                .clone()
                .any(|i| may_address_requester(doc.words[i].text(masked)))
            {
                continue;
            }
            let pieces: Vec<String> = words
                .clone()
                .flat_map(|i| pieces_of(doc.words[i].text(masked)))
                .collect();
            let question = masked[span.start..span.end].trim_end().ends_with('?');
            if (addresses_requester_about_text(&pieces)
                || (question && offers_work_on_text(&pieces))
                || licenses_rework(&pieces)
                || reports_a_gap(&pieces)
                || hands_over_a_version(&pieces)
                || adapts_for_requester(&pieces)
                || describes_this_version(&pieces)
                || offers_more_text(&pieces))
                && !reported_before_in_block(
                    ctx,
                    doc.blocks()[doc.words[words.start].block()].span(),
                    span.start,
                )
            {
                out.push(
                    Diagnostic::new(
                        &self.meta.id,
                        self.meta.category,
                        ctx.severity,
                        trimmed(doc, span),
                        "the writer speaks to whoever asked for the text, about the text"
                            .to_string(),
                    )
                    .with_help("delete the sentence: readers are not the ones it speaks to"),
                );
            }
        }
    }
}

/// Whether another generated rule already reports (at warning or above)
/// an earlier sentence of `block`, ending before `start`: the sentence is
/// the rest of that one defect. Only sentences that match reach here, so
/// the scan of the findings stays rare.
fn reported_before_in_block(ctx: &RuleContext<'_>, block: Span, start: usize) -> bool {
    ctx.earlier.iter().any(|d| {
        d.category == Category::Generated
            && d.severity >= Severity::Warning
            && d.span.start >= block.start
            && d.span.end <= start
    })
}

const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»'];

fn is_prose(doc: &Document<'_>, block: usize) -> bool {
    matches!(
        doc.blocks()[block].kind(),
        BlockKind::Paragraph | BlockKind::ListItem
    )
}

/// A word as the rule compares it: lowercase, split at apostrophes and
/// hyphens ("I've" -> "i", "ve"; "j'ai" -> "j", "ai"; "dites-moi").
fn pieces_of(word: &str) -> Vec<String> {
    word.to_lowercase()
        .split(|c: char| is_apostrophe(c) || c == '-')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a word holds a second person or a permission, compared without
/// copying it (ASCII case only: capitals are rare in these words).
fn may_address_requester(word: &str) -> bool {
    word.split(|c: char| is_apostrophe(c) || c == '-')
        .any(|piece| {
            SECOND_PERSON
                .iter()
                .chain(PERMISSIONS)
                .chain(FILL_CALLS)
                .chain(HELP_WORDS)
                .chain(&["ton"])
                .any(|w| piece.eq_ignore_ascii_case(w))
        })
}

/// Whether `piece` opens on one of `stems` with at most `ending` bytes
/// after it: a verb's endings ("trim", "trimmed"), not a longer word
/// that happens to start the same way.
fn has_stem(piece: &str, stems: &[&str], ending: usize) -> bool {
    stems
        .iter()
        .any(|stem| piece.starts_with(stem) && piece.len() <= stem.len() + ending)
}

fn is_text_verb(piece: &str) -> bool {
    !NOT_TEXT_VERBS.contains(&piece) && has_stem(piece, TEXT_VERB_STEMS, 6)
}

/// The shape itself, over a sentence's pieces: a first-person subject, a
/// text verb within reach, a part of the text after the verb that is not
/// the writer's own, and the second person anywhere.
fn addresses_requester_about_text(pieces: &[String]) -> bool {
    if !pieces.iter().any(|p| SECOND_PERSON.contains(&p.as_str())) {
        return false;
    }
    pieces.iter().enumerate().any(|(i, p)| {
        FIRST_PERSON.contains(&p.as_str())
            && (i + 1..pieces.len().min(i + 1 + VERB_REACH))
                .find(|&v| is_text_verb(&pieces[v]))
                .is_some_and(|v| {
                    (v + 1..pieces.len()).any(|n| {
                        TEXT_PART_NOUNS.contains(&pieces[n].as_str())
                            && !OWN.contains(&pieces[n - 1].as_str())
                    })
                })
    })
}

/// A question's offer: the second person and a first-person subject with
/// a text verb within reach ("Do you want me to shorten it?").
fn offers_work_on_text(pieces: &[String]) -> bool {
    pieces.iter().any(|p| SECOND_PERSON.contains(&p.as_str()))
        && pieces.iter().enumerate().any(|(i, p)| {
            FIRST_PERSON.contains(&p.as_str())
                && (i + 1..pieces.len().min(i + 1 + VERB_REACH)).any(|v| is_text_verb(&pieces[v]))
        })
}

/// A permission to rework the text: a permission marker, a text verb
/// within reach, then a part of the text, or the text itself after a
/// demonstrative.
fn licenses_rework(pieces: &[String]) -> bool {
    pieces.iter().enumerate().any(|(i, p)| {
        PERMISSIONS.contains(&p.as_str())
            && (i + 1..pieces.len().min(i + 1 + VERB_REACH))
                .find(|&v| is_text_verb(&pieces[v]))
                .is_some_and(|v| {
                    (v + 1..pieces.len().min(v + 1 + VERB_REACH)).any(|n| {
                        let noun = pieces[n].as_str();
                        let before = pieces[n - 1].as_str();
                        (TEXT_PART_NOUNS.contains(&noun) && !OWN.contains(&before))
                            || (WHOLE_TEXT_NOUNS.contains(&noun)
                                && DEMONSTRATIVES.contains(&before))
                    })
                })
    })
}

/// A gap in what the writer was given, reported to the requester: a
/// negated first person who lacked something ("I wasn't sure", "je n'ai
/// pas trouvé"), then a part of the text left in a state for it ("left it
/// general", "laissé cette partie vague") or a call to fill it in, and
/// the second person ("you may want to add", "pensez à la compléter"): a
/// writer's own story ("I didn't know what to expect, so I kept going")
/// names no part of a text and calls no one to fill it.
fn reports_a_gap(pieces: &[String]) -> bool {
    let Some(lack) = pieces
        .iter()
        .enumerate()
        .position(|(i, p)| FIRST_PERSON.contains(&p.as_str()) && lacks_something(&pieces[i + 1..]))
    else {
        return false;
    };
    let rest = &pieces[lack + 1..];
    let addressed = addresses(rest) || rest.iter().any(|p| FILL_CALLS.contains(&p.as_str()));
    let fills = rest
        .iter()
        .any(|p| has_stem(p, FILL_STEMS, 6) && !NOT_TEXT_VERBS.contains(&p.as_str()));
    let left_in_a_state = rest.iter().enumerate().any(|(i, p)| {
        has_stem(p, LEAVE_STEMS, 4)
            && rest[i + 1..rest.len().min(i + 5)]
                .iter()
                .any(|w| GAP_STATES.contains(&w.as_str()) || TEXT_PART_NOUNS.contains(&w.as_str()))
    });
    addressed && (fills || left_in_a_state)
}

/// Whether the pieces after a first person say it lacked something: a
/// negation and a verb of knowing, finding or having within a few pieces
/// ("wasn't sure", "couldn't find", "n'ai pas trouvé", "ne savais pas").
fn lacks_something(after: &[String]) -> bool {
    let window = &after[..after.len().min(VERB_REACH)];
    let negated = window.iter().enumerate().any(|(i, p)| {
        NEGATIONS.contains(&p.as_str())
            || (p.ends_with('n') && window.get(i + 1).is_some_and(|next| next == "t"))
    });
    negated && window.iter().any(|p| LACK_VERBS.contains(&p.as_str()))
}

/// A version of the requester's text handed over: a presentative, then a
/// version noun with an edit's qualifier beside it, and the second person
/// ("Here's a polished version of your note", "Voici une version
/// raccourcie de ton texte").
fn hands_over_a_version(pieces: &[String]) -> bool {
    if !addresses(pieces) {
        return false;
    }
    pieces.iter().enumerate().any(|(i, p)| {
        PRESENTATIVES.contains(&p.as_str())
            && (i + 1..pieces.len().min(i + 7)).any(|n| {
                VERSION_NOUNS.contains(&pieces[n].as_str())
                    && pieces[n.saturating_sub(3)..pieces.len().min(n + 4)]
                        .iter()
                        .any(|q| EDIT_QUALIFIERS.contains(&q.as_str()))
            })
    })
}

/// An instruction to adapt an element of the text to the requester's
/// setting: a command opening the sentence (replace, change, remove…), an
/// element of the text soon after it (emoji, picture, link, name…), and a
/// condition on the second person ("if your server…", "si votre site…").
fn adapts_for_requester(pieces: &[String]) -> bool {
    let Some(first) = pieces.first() else {
        return false;
    };
    ADAPT_COMMANDS.contains(&first.as_str())
        && pieces[1..pieces.len().min(5)]
            .iter()
            .any(|p| TEXT_ELEMENTS.contains(&p.as_str()))
        && pieces
            .windows(2)
            .any(|w| CONDITIONS.contains(&w[0].as_str()) && SECOND_PERSON.contains(&w[1].as_str()))
}

/// A sentence about "this version" of the requester's text and what it
/// does to it: "This version keeps your structure but tightens the
/// wording", "Cette version garde votre plan et allège les phrases".
fn describes_this_version(pieces: &[String]) -> bool {
    pieces.len() > 3
        && DEMONSTRATIVES.contains(&pieces[0].as_str())
        && VERSION_NOUNS.contains(&pieces[1].as_str())
        && addresses(&pieces[2..])
        && pieces[2..]
            .iter()
            .any(|p| is_text_verb(p) || TEXT_PART_NOUNS.contains(&p.as_str()))
}

/// An offer of more text: a first person, a modal of offer, a verb that
/// writes or prepares, a text named after it, and the offer's reason to
/// be ("if that would help", "si besoin") or "also" said to the second
/// person: "I can also draft a follow-up email for new members if that
/// would help", "Je peux aussi vous préparer une affiche".
fn offers_more_text(pieces: &[String]) -> bool {
    let helps = pieces.iter().any(|p| HELP_WORDS.contains(&p.as_str()));
    let also = pieces.iter().any(|p| ALSO.contains(&p.as_str())) && addresses(pieces);
    if !helps && !also {
        return false;
    }
    let produces = |p: &str| is_text_verb(p) || has_stem(p, PRODUCE_STEMS, 6);
    pieces.iter().enumerate().any(|(i, p)| {
        FIRST_PERSON.contains(&p.as_str())
            && pieces
                .get(i + 1..pieces.len().min(i + 4))
                .is_some_and(|after| after.iter().any(|m| OFFER_MODALS.contains(&m.as_str())))
            && (i + 1..pieces.len().min(i + 1 + VERB_REACH + 2))
                .find(|&v| produces(&pieces[v]))
                .is_some_and(|v| {
                    (v + 1..pieces.len().min(v + 7)).any(|n| {
                        let noun = pieces[n].as_str();
                        WHOLE_TEXT_NOUNS.contains(&noun) || TEXT_PART_NOUNS.contains(&noun)
                    })
                })
    })
}

/// The sentence without the blanks around it.
fn trimmed(doc: &Document<'_>, span: Span) -> Span {
    let text = doc.text(span);
    let start = span.start + (text.len() - text.trim_start().len());
    let end = span.end - (text.len() - text.trim_end().len());
    Span::new(start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::repetition::test_support::check;
    use crate::text::Language;

    fn found(text: &str, language: Language) -> usize {
        check(&TalksToRequester::default(), text, language).len()
    }

    #[test]
    fn an_offer_and_a_report_of_an_edit_are_caught() {
        assert_eq!(
            found(
                "The shop opens at nine. I could rework the last paragraph if you want it warmer.",
                Language::En
            ),
            1
        );
        assert_eq!(
            found(
                "Le marché ouvre à huit heures. J'ai raccourci le paragraphe sur les tarifs, \
                 dites-moi si vous préférez l'ancien.",
                Language::Fr
            ),
            1
        );
    }

    #[test]
    fn an_offering_question_and_a_licence_to_rework_are_caught() {
        assert_eq!(
            found(
                "Le lait baisse. Voulez-vous que je reprenne ces trois points ?",
                Language::Fr
            ),
            1
        );
        assert_eq!(
            found(
                "The lido opens in May. Feel free to tweak the wording.",
                Language::En
            ),
            1
        );
        assert_eq!(
            found(
                "N'hésite pas à raccourcir cette annonce pour le journal.",
                Language::Fr
            ),
            1
        );
        assert_eq!(
            found(
                "Feel free to adapt the recipe to your taste. Do you want to add nuts?",
                Language::En
            ),
            0
        );
    }

    #[test]
    fn a_gap_reported_to_the_requester_is_caught() {
        for (text, language) in [
            (
                "I couldn't find the venue's address, so I kept it general; you might want to add it.",
                Language::En,
            ),
            (
                "I wasn't certain which year the mill closed, so I left that sentence vague: you \
                 may want to fill it in.",
                Language::En,
            ),
            (
                "Je n'ai pas trouvé le tarif de la salle, j'ai donc laissé ce point vague : \
                 pensez à le compléter.",
                Language::Fr,
            ),
            (
                "J'ai raccourci la fin, mais je n'avais pas tes horaires : à compléter.",
                Language::Fr,
            ),
        ] {
            assert_eq!(found(text, language), 1, "{text}");
        }
        for (text, language) in [
            (
                "I didn't know what to expect, so I kept going, and you will too.",
                Language::En,
            ),
            (
                "I couldn't find my keys, so you had to wait in the rain.",
                Language::En,
            ),
            (
                "Je ne savais pas nager, alors j'ai gardé ma bouée : vous auriez ri.",
                Language::Fr,
            ),
        ] {
            assert_eq!(found(text, language), 0, "{text}");
        }
    }

    #[test]
    fn a_version_handed_over_and_an_adaptation_note_are_caught() {
        for (text, language) in [
            (
                "Here's a tidier version of your newsletter, with shorter paragraphs.",
                Language::En,
            ),
            (
                "Below is a revised draft of your announcement in a friendlier tone.",
                Language::En,
            ),
            (
                "Voici une version raccourcie de ton message pour le bulletin.",
                Language::Fr,
            ),
            (
                "(Swap the picture above if your blog doesn't allow wide images.)",
                Language::En,
            ),
            (
                "(Remplacez les émojis si votre site ne les affiche pas.)",
                Language::Fr,
            ),
        ] {
            assert_eq!(found(text, language), 1, "{text}");
        }
        for (text, language) in [
            (
                "Here is the new version of our timetable, valid from May.",
                Language::En,
            ),
            (
                "Here's the latest version of your favourite podcast app.",
                Language::En,
            ),
            (
                "Replace the filter above if your water is hard.",
                Language::En,
            ),
        ] {
            assert_eq!(found(text, language), 0, "{text}");
        }
    }

    #[test]
    fn a_version_described_and_an_offer_of_more_text_are_caught() {
        for (text, language) in [
            (
                "This version keeps your original order but tightens the wording.",
                Language::En,
            ),
            (
                "Cette version garde votre plan d'origine mais resserre la formulation.",
                Language::Fr,
            ),
            (
                "I can also draft a follow-up email for new members if that would help.",
                Language::En,
            ),
            (
                "Je peux aussi vous préparer une affiche pour la vitrine.",
                Language::Fr,
            ),
        ] {
            assert_eq!(found(text, language), 1, "{text}");
        }
        for (text, language) in [
            (
                "I could write a whole book about this, if you'd let me.",
                Language::En,
            ),
            (
                "This version of the festival was the wettest we remember.",
                Language::En,
            ),
            (
                "We can help you write a letter to the council.",
                Language::En,
            ),
        ] {
            assert_eq!(found(text, language), 0, "{text}");
        }
    }

    #[test]
    fn the_writers_own_text_and_quotes_are_not() {
        assert_eq!(
            found(
                "I rewrote my introduction so you would not have to.",
                Language::En
            ),
            0
        );
        assert_eq!(
            found(
                "\"I trimmed the section for you,\" the editor said.",
                Language::En
            ),
            0
        );
    }
}
