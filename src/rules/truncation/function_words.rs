//! Words a finished sentence cannot end on: articles, prepositions,
//! conjunctions, possessives. A paragraph that stops on one of them before
//! an ellipsis was cut, not left trailing off on purpose ("Je ne pense
//! pas…" ends on a full word; "…milliard de gourdes de…" does not).

use crate::text::{Language, MONTHS, WEEKDAYS};

const FR: &[&str] = &[
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d",
    "au",
    "aux",
    "à",
    "et",
    "ou",
    "ni",
    "car",
    "qu",
    "dont",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leurs",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "notre",
    "nos",
    "votre",
    "vos",
    "par",
    "sur",
    "sous",
    "dans",
    "sans",
    "chez",
    "vers",
    "selon",
    "depuis",
    "pendant",
    "se",
    "ne",
    "lorsque",
    "lorsqu",
    "puisque",
    "dès",
    "afin",
    "parmi",
    "jusqu",
    "très",
    "pour",
    "avec",
    "entre",
    "envers",
    "malgré",
    "durant",
    "lors",
    "mais",
    "quant",
    "auprès",
    // Prepositions of exception and condition, which wait for what they
    // except or set (`hormis les dimanches`, `moyennant un supplément`).
    "hormis",
    "moyennant",
    "notamment",
    "comme",
    // "then" joining a next step: the step it announces was cut.
    "puis",
    // Determiners that always wait for their noun.
    "chaque",
    "quelques",
    "quel",
    "quelle",
    "quels",
    "quelles",
];

const EN: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "to",
    "for",
    "with",
    "from",
    "into",
    "onto",
    "as",
    "than",
    "which",
    "whose",
    "their",
    "its",
    "our",
    "your",
    "my",
    "between",
    "during",
    "via",
    "amid",
    "amidst",
    "while",
    "because",
    "very",
    "whether",
    "although",
    "unless",
    "whereas",
    "including",
    "despite",
    "toward",
    "towards",
    "versus",
    "unlike",
    "regarding",
    "concerning",
    "amongst",
    "among",
    // A determiner that always waits for its noun, a preposition that
    // waits for its unit, a relative that waits for its clause.
    "every",
    "per",
    "whom",
];

/// Prepositions a sentence may end on after a verb ("what they look at",
/// "come in"), never after a name or a number ("on Friday at", "in 2024
/// in"): there the place or time they announce was cut.
/// Adverbs that restrict the place or time a preposition after them
/// announces ("only in", "mainly at", "uniquement en"): the preposition
/// waits for it.
const EN_RESTRICTING_ADVERBS: &[&str] = &[
    "only",
    "mainly",
    "mostly",
    "solely",
    "exclusively",
    "chiefly",
    "largely",
    "even",
];
const FR_RESTRICTING_ADVERBS: &[&str] = &[
    "seulement",
    "uniquement",
    "surtout",
    "notamment",
    "exclusivement",
    "principalement",
    "même",
];

/// People and desks one writes to or calls: "at" after one announces an
/// address or a number ("the club secretary at").
const EN_CONTACT_ROLES: &[&str] = &[
    "secretary",
    "treasurer",
    "coordinator",
    "organiser",
    "organizer",
    "administrator",
    "registrar",
    "webmaster",
    "manager",
    "reception",
    "receptionist",
    "helpline",
    "hotline",
    "helpdesk",
    "inbox",
    "chair",
    "chairperson",
    "president",
    "director",
    "officer",
];

const EN_PLACE_PREPOSITIONS: &[&str] = &["at", "in", "on", "by", "near", "from", "until"];
const FR_PLACE_PREPOSITIONS: &[&str] = &["à", "en", "dans"];

/// Words that schedule an event or a state (opening, closing, due,
/// ready): the preposition after them announces a date or an hour.
const EN_SCHEDULING_WORDS: &[&str] = &[
    "open",
    "opens",
    "opened",
    "opening",
    "reopen",
    "reopens",
    "reopened",
    "reopening",
    "close",
    "closes",
    "closing",
    "start",
    "starts",
    "started",
    "starting",
    "begin",
    "begins",
    "began",
    "beginning",
    "finish",
    "finishes",
    "finishing",
    "launch",
    "launches",
    "launched",
    "launching",
    "held",
    "due",
    "ready",
    "expire",
    "expires",
    "expired",
    "expiring",
    "resume",
    "resumes",
    "resumed",
    "resuming",
    "scheduled",
    "postponed",
    "delayed",
];
const EN_DATE_PREPOSITIONS: &[&str] = &["on", "at", "by", "until"];
/// French prepositions: a `leur` after one is the possessive determiner.
const FR_PREPOSITIONS: &[&str] = &[
    "de", "à", "pour", "avec", "dans", "sur", "par", "sans", "en", "chez", "vers", "entre",
    "contre", "selon", "malgré", "sous", "après", "avant", "depuis", "pendant", "durant", "parmi",
    "envers",
];

/// Auxiliary and modal verbs: they wait for the verb they carry ("the
/// council will…", "les élus doivent…"). A sentence may stop on one after a
/// pronoun ("if only we could…", "comme il se doit"), not after a noun.
const FR_AUXILIARIES: &[&str] = &[
    "doit",
    "doivent",
    "devra",
    "devront",
    "devrait",
    "devraient",
    "peut",
    "peuvent",
    "pourra",
    "pourront",
    "pourrait",
    "pourraient",
    "va",
    "vont",
    "allait",
    "allaient",
    "sont",
    "ont",
    "sera",
    "seront",
    "serait",
    "seraient",
    "aura",
    "auront",
    "aurait",
    "auraient",
    "avait",
    "avaient",
    "était",
    "étaient",
    "veut",
    "veulent",
    "voudrait",
    "souhaite",
    "souhaitent",
    "est",
];
const EN_AUXILIARIES: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was",
    "were", "has", "have", "had", "been", "being", "does", "did", "wants", "plans", "hopes",
];

/// Words after which an auxiliary may close a sentence: pronouns standing
/// for a whole clause or subject ("as we could", "tant qu'on peut"). Not
/// the relative pronouns that open a clause about a noun ("a loft that
/// could", "the man who would"): the clause waits for its verb.
const FR_PRONOUNS: &[&str] = &[
    "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "c", "cela", "ça",
    "se", "s", "le", "la", "les", "l", "en", "y", "lui", "leur", "qui", "que", "qu", "tout",
];
const EN_PRONOUNS: &[&str] = &[
    "i", "you", "he", "she", "it", "we", "they", "one", "this", "there", "what", "how", "so",
    "not", "anyone", "everyone", "someone", "nobody", "always", "never",
];

/// Adverbs that sit between an auxiliary and the verb it carries ("will
/// ever", "has finally", "est enfin", "a déjà"): after an auxiliary, the
/// verb they announce was cut.
const FR_MIDDLE_ADVERBS: &[&str] = &[
    "enfin",
    "déjà",
    "encore",
    "toujours",
    "jamais",
    "bientôt",
    "désormais",
    "également",
    "aussi",
    "finalement",
    "officiellement",
    "presque",
];
const EN_MIDDLE_ADVERBS: &[&str] = &[
    "ever",
    "finally",
    "already",
    "also",
    "soon",
    "officially",
    "just",
    "almost",
    "probably",
    "actually",
    "really",
];

/// Subject pronouns, and the words that open a clause before one ("how
/// we", "when they", "quand nous", "si vous"): a clause stopping on its
/// subject waits for its verb. Not "than"/"que" ("older than we", "plus
/// que nous"): a comparison may end on its pronoun.
const EN_SUBJECTS: &[&str] = &["i", "we", "they", "he", "she"];
const EN_CLAUSE_OPENERS: &[&str] = &[
    "how", "what", "when", "where", "why", "whether", "if", "that", "and", "but", "because",
    "once", "unless", "until",
];
/// French relative pronouns: a clause they open is never empty.
const FR_RELATIVES: &[&str] = &[
    "qui",
    "que",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "auquel",
    "auxquels",
    "auxquelles",
    "duquel",
    "desquels",
    "desquelles",
];
const FR_SUBJECTS: &[&str] = &[
    "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
];
const FR_CLAUSE_OPENERS: &[&str] = &[
    "comment", "quand", "lorsque", "lorsqu", "si", "puisque", "pourquoi", "dès", "et", "mais",
    "puis",
];

fn normalized(word: &str) -> String {
    let lower = crate::text::normalize_apostrophes(word).to_lowercase();
    lower.trim_end_matches('\'').to_string()
}

/// Whether `word` (any case) cannot end a finished sentence in `language`.
pub fn cannot_end_sentence(word: &str, language: Language) -> bool {
    let list = match language {
        Language::Fr => FR,
        Language::En => EN,
    };
    list.contains(&normalized(word).as_str())
}

/// Words after which `car` is the noun (a coach): prepositions and
/// determiners.
const FR_BEFORE_THE_NOUN_CAR: &[&str] = &[
    "en", "le", "un", "du", "au", "ce", "notre", "votre", "leur", "son", "mon", "par", "dans",
    "de", "premier", "dernier",
];

/// Whether a text stopping on `word`, after `previous`, stopped mid-sentence:
/// on a word no sentence ends on, or on an auxiliary or modal verb whose
/// subject is not a pronoun ("the works will", "les élus doivent").
pub fn stops_mid_sentence(previous: Option<&str>, word: &str, language: Language) -> bool {
    // "at Gate A", "Room A": a capital letter after a capitalised word is
    // a label, not the article.
    if word.chars().count() == 1
        && word.starts_with(char::is_uppercase)
        && previous.is_some_and(|p| p.starts_with(char::is_uppercase) && p.chars().count() > 1)
    {
        return false;
    }
    // "l'îlot de Men Du", "la pointe de Beg An": in French, which sets its
    // titles in sentence case, a capitalised article or preposition after
    // a capitalised word that is none is the end of a (Breton, Occitan)
    // place name, not a cut.
    if language == Language::Fr
        && is_capitalised(word)
        && previous.is_some_and(|p| is_capitalised(p) && !cannot_end_sentence(p, language))
    {
        return false;
    }
    // "so that", "in order that", "provided that": a conjunction that
    // announces a clause, never the end of one.
    if language == Language::En
        && normalized(word) == "that"
        && previous.is_some_and(|p| EN_THAT_CONJUNCTIONS.contains(&normalized(p).as_str()))
    {
        return true;
    }
    // "by registered", "made from recycled", "lined with quilted": a
    // preposition, then a participle or an adjective in `-ed` that waits
    // for the noun it qualifies.
    if language == Language::En
        && previous.is_some_and(|p| is_participle_after_preposition(p, word))
    {
        return true;
    }
    // "in between", "from within": a preposition after another is an
    // adverb, and ends its phrase.
    if language == Language::En
        && previous.is_some_and(|p| matches!(normalized(p).as_str(), "in" | "from"))
        && matches!(
            normalized(word).as_str(),
            "between" | "within" | "without" | "above" | "below" | "behind" | "beyond"
        )
    {
        return false;
    }
    // "retour en car", "prendre le car", "un car": after a preposition or
    // a determiner, `car` is the coach, a noun, not the conjunction.
    if language == Language::Fr
        && normalized(word) == "car"
        && previous.is_some_and(|p| FR_BEFORE_THE_NOUN_CAR.contains(&normalized(p).as_str()))
    {
        return false;
    }
    if cannot_end_sentence(word, language) {
        return true;
    }
    // "send it to the secretary at", "via the helpline via": a contact's
    // role, then the preposition that announces an address or a number.
    if language == Language::En
        && matches!(normalized(word).as_str(), "at" | "via")
        && previous.is_some_and(|p| EN_CONTACT_ROLES.contains(&normalized(p).as_str()))
    {
        return true;
    }
    // "but the odd", "avoir une bonne", "à un autre": a determiner, then
    // an adjective that only ever stands before its noun; "et surtout",
    // "but also": a conjunction, then the adverb that announces what it
    // adds.
    if previous.is_some_and(|p| {
        waits_for_its_noun(p, word, language) || announces_an_addition(p, word, language)
    }) {
        return true;
    }
    if waits_after(previous, word, language) {
        return true;
    }
    let places = match language {
        Language::Fr => FR_PLACE_PREPOSITIONS,
        Language::En => EN_PLACE_PREPOSITIONS,
    };
    let after_a_name_or_number = previous.is_some_and(|p| {
        p != "I" && (p.starts_with(char::is_uppercase) || p.chars().any(|c| c.is_ascii_digit()))
    });
    if after_a_name_or_number && places.contains(&normalized(word).as_str()) {
        return true;
    }
    // "made only in", "vendu uniquement en": an adverb that restricts a
    // place or a time, then the preposition that announces it.
    let restrictors = match language {
        Language::Fr => FR_RESTRICTING_ADVERBS,
        Language::En => EN_RESTRICTING_ADVERBS,
    };
    if places.contains(&normalized(word).as_str())
        && previous.is_some_and(|p| restrictors.contains(&normalized(p).as_str()))
    {
        return true;
    }
    // "the doors open on", "will be ready by": a word that schedules
    // something, then the preposition that announces its date or hour.
    if language == Language::En
        && EN_DATE_PREPOSITIONS.contains(&normalized(word).as_str())
        && previous.is_some_and(|p| EN_SCHEDULING_WORDS.contains(&normalized(p).as_str()))
    {
        return true;
    }
    // "sans perdre de leur…": after a preposition, `leur` is the
    // possessive determiner, never the pronoun, and waits for its noun.
    if language == Language::Fr
        && matches!(normalized(word).as_str(), "leur" | "leurs")
        && previous.is_some_and(|p| FR_PREPOSITIONS.contains(&normalized(p).as_str()))
    {
        return true;
    }
    let (subjects, openers) = match language {
        Language::Fr => (FR_SUBJECTS, FR_CLAUSE_OPENERS),
        Language::En => (EN_SUBJECTS, EN_CLAUSE_OPENERS),
    };
    if subjects.contains(&normalized(word).as_str())
        && previous.is_some_and(|p| openers.contains(&normalized(p).as_str()))
    {
        return true;
    }
    let (auxiliaries, pronouns, adverbs) = match language {
        Language::Fr => (FR_AUXILIARIES, FR_PRONOUNS, FR_MIDDLE_ADVERBS),
        Language::En => (EN_AUXILIARIES, EN_PRONOUNS, EN_MIDDLE_ADVERBS),
    };
    let is_auxiliary = |w: &str| auxiliaries.contains(&normalized(w).as_str());
    // "… you will ever", "… est enfin": the auxiliary and its adverb
    // wait for the verb, whoever the subject.
    if adverbs.contains(&normalized(word).as_str()) && previous.is_some_and(is_auxiliary) {
        return true;
    }
    // A capitalised word after another is a name, not a modal: the month
    // in "from 1 May", "April to May", the name in "thanks to Will".
    let capitalised = word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase);
    !capitalised
        && is_auxiliary(word)
        && previous.is_some_and(|p| !pronouns.contains(&normalized(p).as_str()))
}

/// Adjectives that stand before their noun and never end a phrase after
/// a determiner ("the odd", "a good", "une bonne", "un autre"); those
/// that may stand alone after one ("the same", "the last", "le même",
/// "l'autre", "le premier") are left out.
const EN_PRENOMINAL_ADJECTIVES: &[&str] = &[
    "odd",
    "occasional",
    "entire",
    "whole",
    "main",
    "various",
    "particular",
    "respective",
    "sole",
    "mere",
    "upcoming",
    "good",
    "bad",
    "big",
    "great",
    "nice",
    "huge",
];
const FR_PRENOMINAL_ADJECTIVES: &[&str] = &[
    "bon",
    "bonne",
    "bons",
    "bonnes",
    "grand",
    "grande",
    "petit",
    "petite",
    "autre",
    "nouveau",
    "nouvel",
    "nouvelle",
    "vieux",
    "vieil",
    "vieille",
    "beau",
    "bel",
    "belle",
    "gros",
    "grosse",
    "jeune",
    "vrai",
    "vraie",
    "véritable",
    "mauvais",
    "mauvaise",
    "joli",
    "jolie",
];
/// Determiners after which an English adjective of the list waits for a
/// noun: "a good", "the odd", "their upcoming".
const EN_ADJECTIVE_DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "my", "your", "our",
    "their", "every", "each", "some", "any",
];
/// French determiners of the same role; `l'` and `les` are left out
/// (`l'autre`, `les autres` stand alone: "d'un côté à l'autre").
const FR_ADJECTIVE_DETERMINERS: &[&str] = &[
    "un", "une", "la", "le", "des", "du", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton",
    "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "chaque",
];

/// Whether `word` after `previous` is a determiner and an adjective that
/// stands before its noun: the noun is missing ("but the odd").
fn waits_for_its_noun(previous: &str, word: &str, language: Language) -> bool {
    let (determiners, adjectives) = match language {
        Language::Fr => (FR_ADJECTIVE_DETERMINERS, FR_PRENOMINAL_ADJECTIVES),
        Language::En => (EN_ADJECTIVE_DETERMINERS, EN_PRENOMINAL_ADJECTIVES),
    };
    let word = normalized(word);
    // "le grand", "le petit" name someone (a nickname, "le Petit"), and
    // "un autre" after "le" is no determiner: only a lowercase adjective
    // after a lowercase determiner counts.
    previous.chars().all(char::is_lowercase)
        && determiners.contains(&normalized(previous).as_str())
        && adjectives.contains(&word.as_str())
        // "the whole" and "le tout" may close a phrase ("as a whole").
        && !(language == Language::En && word == "whole" && normalized(previous) == "a")
}

/// Coordinating conjunctions that an adverb after them turns into the
/// announcement of one more term ("et surtout", "but also").
const EN_ADDING_CONJUNCTIONS: &[&str] = &["and", "but", "or"];
const FR_ADDING_CONJUNCTIONS: &[&str] = &["et", "mais", "ou"];
const EN_ADDING_ADVERBS: &[&str] = &[
    "especially",
    "particularly",
    "notably",
    "mainly",
    "mostly",
    "also",
    "even",
];
const FR_ADDING_ADVERBS: &[&str] = &[
    "surtout",
    "notamment",
    "plutôt",
    "même",
    "aussi",
    "particulièrement",
    "principalement",
];

/// Whether `word` after `previous` is a conjunction and an adverb that
/// announces one more term ("et surtout", "but also", "or even").
fn announces_an_addition(previous: &str, word: &str, language: Language) -> bool {
    let (conjunctions, adverbs) = match language {
        Language::Fr => (FR_ADDING_CONJUNCTIONS, FR_ADDING_ADVERBS),
        Language::En => (EN_ADDING_CONJUNCTIONS, EN_ADDING_ADVERBS),
    };
    conjunctions.contains(&normalized(previous).as_str())
        && adverbs.contains(&normalized(word).as_str())
}

/// French conjunctions after which `si` opens a condition (`ou si`, `même
/// si`, `comme si`, `sauf si`): the clause it announces follows.
const FR_SI_OPENERS: &[&str] = &["ou", "et", "même", "comme", "sauf"];

/// Words after which `sauf` is the adjective (`sain et sauf`, `l'honneur
/// est sauf`), which ends its phrase.
const FR_SAUF_ADJECTIVE_BEFORE: &[&str] = &[
    "et", "est", "sont", "était", "reste", "demeure", "soit", "sera", "serait",
];

/// English verbs after which `without` is an adverb ending its phrase
/// (`do without`, `go without`, `with or without`).
const EN_WITHOUT_ADVERB_BEFORE: &[&str] = &[
    "do", "does", "did", "doing", "done", "go", "goes", "went", "going", "gone", "live", "manage",
    "cope", "be", "been", "or", "and", "within",
];

/// Words that wait for a complement only after some words, or except
/// after some: `sauf` (not `sain et sauf`), `si` after a conjunction
/// (`…, ou si`), `bien` after `ou` (`ou bien` announces an alternative),
/// `without` (not `do without`).
fn waits_after(previous: Option<&str>, word: &str, language: Language) -> bool {
    let word = normalized(word);
    let previous = previous.map(normalized);
    let previous = previous.as_deref();
    match language {
        Language::Fr => match word.as_str() {
            "sauf" => previous.is_none_or(|p| !FR_SAUF_ADJECTIVE_BEFORE.contains(&p)),
            "si" => previous.is_some_and(|p| FR_SI_OPENERS.contains(&p)),
            "bien" => previous == Some("ou"),
            _ => false,
        },
        Language::En => {
            word == "without" && previous.is_some_and(|p| !EN_WITHOUT_ADVERB_BEFORE.contains(&p))
        }
    }
}

/// Words that make `that` after them a conjunction opening a clause
/// (`so that`, `in order that`, `provided that`).
const EN_THAT_CONJUNCTIONS: &[&str] = &[
    "so",
    "such",
    "order",
    "provided",
    "providing",
    "now",
    "except",
    "given",
];

/// Prepositions after which a word in `-ed` qualifies a noun still to come
/// (`by registered`, `from recycled`, `with added`). Not `for`, which
/// takes an adjective as a noun (`£3 for unwaged`, `parking for
/// disabled`), nor `in` or `of`.
const EN_PARTICIPLE_PREPOSITIONS: &[&str] = &["by", "with", "from", "via"];

/// Shortest `-ed` word read as a participle waiting for its noun: shorter
/// ones are nouns (`bed`, `seed`, `speed`).
const MIN_PARTICIPLE_CHARS: usize = 6;

/// Whether `word`, lowercase, ends in `-ed` after the preposition
/// `previous` (see [`EN_PARTICIPLE_PREPOSITIONS`]), and is no noun in
/// `-ed` (`seabed`, `hundred`, `breed`).
fn is_participle_after_preposition(previous: &str, word: &str) -> bool {
    EN_PARTICIPLE_PREPOSITIONS.contains(&normalized(previous).as_str())
        && word.chars().all(|c| c.is_ascii_lowercase())
        && word.len() >= MIN_PARTICIPLE_CHARS
        && word.ends_with("ed")
        && !word.ends_with("bed")
        && !word.ends_with("eed")
        && !word.ends_with("dred")
}

/// Whether `word` is a capital followed by lowercase letters only (`Du`,
/// `Men`).
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && chars.all(char::is_lowercase)
}

/// [`stops_mid_sentence`] for a text that ends with no mark at all: a
/// French relative pronoun stops it mid-sentence too (`… à cause du
/// voisinage, ce qui`, `… le quartier dans lequel`), since its clause is
/// never empty. Before an ellipsis speech may trail off on one (`Il disait
/// que…`), so [`stops_mid_sentence`] leaves it.
pub fn stops_without_a_mark(previous: Option<&str>, word: &str, language: Language) -> bool {
    stops_mid_sentence(previous, word, language)
        || (language == Language::Fr && FR_RELATIVES.contains(&normalized(word).as_str()))
}

/// Words that open a clause and never close one, read after a comma:
/// subject pronouns (not `you`/`it`/`vous`, which may be objects or a
/// vocative) and demonstratives waiting for their noun or verb.
const EN_COMMA_OPENERS: &[&str] = &["this", "these", "those", "we", "they", "he", "she"];
const FR_COMMA_OPENERS: &[&str] = &[
    "nous", "ils", "elles", "il", "elle", "on", "je", "ce", "cet", "cette", "ces",
];

/// Subject pronouns of either language, for the clause tests of
/// [`leaves_a_clause_open`].
const EN_ALL_SUBJECTS: &[&str] = &["i", "we", "they", "he", "she", "you", "it"];
/// Conjunctions that open a subordinate clause: its subject waits for its
/// verb ("… when you", "… until it").
const EN_SUBORDINATORS: &[&str] = &[
    "how", "when", "where", "why", "whether", "if", "because", "once", "unless", "until", "while",
    "although", "though", "whenever", "wherever",
];
/// Forms of "be" and "have" that need a complement or a participle: after
/// a comma and a pronoun subject ("…, he was"), nothing supplies it.
const EN_BE_HAVE: &[&str] = &["is", "are", "was", "were", "has", "have", "had"];
const FR_BE_HAVE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "a", "ont",
    "avait", "avaient", "aura", "auront", "aurait", "auraient",
];
/// Forms of "avoir" that carry a compound tense ("a été", "avait eu").
const FR_AVOIR: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
    "auraient",
];
/// Participles of "être" and "avoir", which are themselves auxiliaries: a
/// compound tense ending on one waits for the participle it carries ("la
/// salle a été").
const FR_AUXILIARY_PARTICIPLES: &[&str] = &["été", "eu"];
/// Words before an auxiliary that let a compound tense end: an object
/// pronoun standing for the complement ("comme il l'a été", "il y a eu"),
/// a relative or comparison that supplies it ("ce qu'il a été").
const FR_COMPLEMENT_STANDINS: &[&str] = &[
    "l", "le", "la", "les", "en", "y", "qu", "que", "comme", "lui", "leur",
];
/// Answers and interjections before a comma, after which an elliptical
/// clause is complete ("Yes, it was", "Oui, il est").
const EN_INTERJECTIONS: &[&str] = &[
    "yes", "no", "yeah", "oh", "well", "indeed", "sure", "course",
];
const FR_INTERJECTIONS: &[&str] = &["oui", "non", "si", "ah", "oh", "bon", "eh", "bien"];
/// Prepositions that announce a year: a number after them cut to its
/// century ("depuis 20", "since 19") was cut with the rest.
const EN_YEAR_PREPOSITIONS: &[&str] = &["in", "since", "until", "by", "from", "before", "after"];
const FR_YEAR_PREPOSITIONS: &[&str] = &["en", "depuis", "dès", "avant", "après"];
/// Determiners of one singular noun: `entre`/`between` followed by one of
/// them and its noun, with no second term, lacks its second side.
const FR_SINGULAR_DETERMINERS: &[&str] = &[
    "le", "la", "l", "sa", "son", "ma", "mon", "ta", "ton", "un", "une", "cette", "cet", "ce",
    "notre", "votre", "leur",
];
const EN_SINGULAR_DETERMINERS: &[&str] = &[
    "a", "an", "this", "that", "his", "her", "its", "my", "your", "our", "their", "the",
];
/// Determiners, singular and plural: a noun follows each of them.
const EN_DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "his", "her", "its", "my", "your", "our", "their",
    "some", "every", "each",
];
const FR_DETERMINERS: &[&str] = &[
    "le", "la", "l", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "mon", "ma",
    "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
    "chaque",
];

/// Whether `word` is a determiner, which a noun must follow.
pub(crate) fn is_determiner(word: &str, language: Language) -> bool {
    let list = match language {
        Language::Fr => FR_DETERMINERS,
        Language::En => EN_DETERMINERS,
    };
    list.contains(&normalized(word).as_str())
}

/// Conjunctions that open a subordinate clause and are never a
/// preposition: the noun phrase after one is the clause's subject, which
/// waits for its verb ("… because the boiler", "… lorsque la pluie").
/// (`until`, `since`, `before` and `after` also take a noun alone, and
/// `comme`/`si` compare or intensify.)
const EN_CLAUSE_SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "unless", "whereas", "whenever", "while", "when", "if",
];
const FR_CLAUSE_SUBORDINATORS: &[&str] = &[
    "lorsque", "lorsqu", "puisque", "puisqu", "quand", "quoique", "quoiqu",
];
/// Words that make `que` after them a subordinating conjunction (`parce
/// que`, `bien que`, `alors que`).
const FR_QUE_LOCUTIONS: &[&str] = &["parce", "bien", "alors", "tandis", "pendant"];

/// Words after which a noun is a count or a pair (`between the two`).
const EN_COUNT_WORDS: &[&str] = &["two", "three", "four", "five", "both", "pair", "couple"];

/// Copulas a clause may end on when a wh-word before it stands for their
/// complement ("… where the water butts are", "là où le marché est").
const EN_COPULAS: &[&str] = &["is", "are", "was", "were"];
const FR_COPULAS: &[&str] = &["est", "sont", "était", "étaient"];
const EN_COMPLEMENT_WORDS: &[&str] = &[
    "where", "wherever", "what", "whatever", "who", "whoever", "how", "as", "than",
];
const FR_COMPLEMENT_WORDS: &[&str] = &["où", "comme", "que", "qu", "quoi"];
/// Words that make "one" a noun with its determiner ("which one", "the
/// one"), which a copula after it does not complete.
const EN_ONE_DETERMINERS: &[&str] = &["which", "whichever", "each", "every", "the"];

/// Whether `text` ends on a copula whose complement a wh-word or a
/// comparison before it supplies (`where the water butts are`, `là où le
/// marché est`): the clause is whole.
pub fn completes_a_wh_clause(text: &str, language: Language) -> bool {
    let text = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let words = last_words(text);
    // "04:12 What a lock keeper actually does": an auxiliary ends the
    // clause a wh-word opened a few words before it.
    if language == Language::En
        && words
            .first()
            .is_some_and(|(w, _)| EN_WH_CLOSERS.contains(&w.as_str()))
        && text
            .split_whitespace()
            .rev()
            .skip(1)
            .take(MAX_WH_CLAUSE_WORDS)
            .any(|w| EN_WH_OPENERS.contains(&normalized(w).as_str()))
    {
        return true;
    }
    let (copulas, complements) = match language {
        Language::Fr => (FR_COPULAS, FR_COMPLEMENT_WORDS),
        Language::En => (EN_COPULAS, EN_COMPLEMENT_WORDS),
    };
    words
        .first()
        .is_some_and(|(w, _)| copulas.contains(&w.as_str()))
        && words[1..]
            .iter()
            .any(|(w, _)| complements.contains(&w.as_str()))
}

/// Words opening a clause an auxiliary may end (`what it does`, `how
/// far it can`), and how far back one is looked for.
const EN_WH_OPENERS: &[&str] = &["what", "how", "where", "whatever", "wherever", "however"];
const MAX_WH_CLAUSE_WORDS: usize = 7;
/// Auxiliaries that are main verbs too (`what it does`, `how it was`);
/// not modals, which wait for their verb (`what the council will`).
const EN_WH_CLOSERS: &[&str] = &[
    "does", "did", "do", "is", "are", "was", "were", "has", "have", "had", "wants",
];

/// Verbs linking a subject to an adjective ("is", "looks", "reste"): a
/// degree word after one waits for the adjective it grades.
const EN_LINKING_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "s", "looks", "look", "looked", "seems",
    "seem", "seemed", "feels", "feel", "felt", "sounds", "remains", "remain", "remained", "stays",
    "stay", "gets", "get", "got", "became", "become", "becomes",
];
const FR_LINKING_VERBS: &[&str] = &[
    "est",
    "sont",
    "était",
    "étaient",
    "sera",
    "seront",
    "serait",
    "seraient",
    "reste",
    "restent",
    "restait",
    "restaient",
    "semble",
    "semblent",
    "semblait",
    "paraît",
    "paraissent",
    "devient",
    "deviennent",
    "demeure",
    "demeurent",
    "avère",
    "avèrent",
];
/// Degree adverbs that grade an adjective and cannot stand for it (not
/// "too", "so", "aussi", "bien", "plus": "mine is too", "il n'est plus").
const EN_DEGREE_WORDS: &[&str] = &[
    "quite",
    "rather",
    "fairly",
    "pretty",
    "somewhat",
    "slightly",
    "extremely",
    "incredibly",
    "really",
    "remarkably",
    "particularly",
    "surprisingly",
    "reasonably",
    "relatively",
    "overly",
    "unusually",
    "exceptionally",
    "terribly",
    "awfully",
    "mildly",
];
const FR_DEGREE_WORDS: &[&str] = &[
    "assez",
    "plutôt",
    "trop",
    "si",
    "tellement",
    "particulièrement",
    "extrêmement",
    "relativement",
    "vraiment",
    "parfaitement",
    "légèrement",
    "franchement",
];
/// Two-word degree phrases, last word first ("a little", "un peu").
const EN_DEGREE_PAIRS: &[(&str, &str)] = &[("little", "a"), ("bit", "a"), ("tad", "a")];
const FR_DEGREE_PAIRS: &[(&str, &str)] = &[("peu", "un")];
/// Frequency adverbs that may stand between the linking verb and the
/// degree word ("is still a bit", "restent souvent assez").
const EN_FREQUENCY_WORDS: &[&str] = &[
    "still",
    "now",
    "always",
    "often",
    "sometimes",
    "usually",
    "already",
    "also",
    "just",
    "generally",
    "all",
    "never",
    "not",
];
const FR_FREQUENCY_WORDS: &[&str] = &[
    "souvent",
    "parfois",
    "toujours",
    "encore",
    "déjà",
    "généralement",
    "pas",
    "jamais",
];
/// Determiners and indefinite pronouns before a noun that a relative
/// pronoun then qualifies ("a friend who", "someone who", "the town
/// where"): its clause was cut. After a verb the pronoun is an object
/// ("ask who", "know where") and may end the sentence.
const EN_NOUN_DETERMINERS: &[&str] = &[
    "a", "an", "the", "any", "every", "each", "this", "these", "those", "some", "no", "our",
    "your", "their", "his", "her", "my", "its", "another", "other",
];
const EN_INDEFINITE_PRONOUNS: &[&str] = &[
    "someone",
    "anyone",
    "everyone",
    "somebody",
    "anybody",
    "everybody",
    "nobody",
    "those",
    "people",
    "one",
    "others",
];
const EN_NOUN_RELATIVES: &[&str] = &["who", "where"];
/// Adjectives that, after an article, always wait for their noun ("for a
/// whole", "an entire"): none of them stands for a noun there.
const EN_NOUN_WAITING_ADJECTIVES: &[&str] = &["whole", "entire", "single", "certain", "particular"];
const EN_INDEFINITE_ARTICLES: &[&str] = &["a", "an", "every", "each", "any", "this", "that"];

/// How many words from the end the clause tests read.
const CLAUSE_WINDOW: usize = 5;

/// The last words of `text` (lowercase, apostrophes and hyphens splitting
/// them as the word tests expect), last first, each with whether a comma
/// stands right before it.
fn last_words(text: &str) -> Vec<(String, bool)> {
    let mut words: Vec<(String, bool)> = Vec::with_capacity(CLAUSE_WINDOW);
    let mut pending: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices().rev() {
        if c.is_alphanumeric() {
            pending = Some((i, pending.map_or(i + c.len_utf8(), |(_, e)| e)));
            continue;
        }
        if let Some((start, stop)) = pending.take() {
            words.push((normalized(&text[start..stop]), false));
            if words.len() == CLAUSE_WINDOW {
                return words;
            }
        }
        if c == ','
            && let Some(last) = words.last_mut()
        {
            last.1 = true;
        }
    }
    if let Some((start, stop)) = pending {
        words.push((normalized(&text[start..stop]), false));
    }
    words
}

/// Whether `text`, which stops with no final mark (maybe inside a closing
/// quotation mark), stops inside a clause that cannot end there, by what
/// its last words need:
/// - a year cut to its century after a preposition of time (`en 20`);
/// - a subject after "how" and a degree word (`how much you`), or "you"
///   and "it" after a subordinating conjunction (`once you`);
/// - after a comma, a pronoun subject and a form of "be"/"have" with no
///   complement (`…, il était`, `…, he was`);
/// - a compound tense stopping on its auxiliary participle (`a été`);
/// - `entre`/`between` with one singular side and no second (`entre sa
///   vie`).
pub fn leaves_a_clause_open(text: &str, language: Language) -> bool {
    let text = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '»' | '”' | '"' | '’' | '\'' | '*' | '_' | '\u{a0}')
    });
    if !text.ends_with(char::is_alphanumeric) {
        return false;
    }
    let words = last_words(text);
    let word = |i: usize| words.get(i).map(|(w, _)| w.as_str());
    let Some(last) = word(0) else {
        return false;
    };
    let fr = language == Language::Fr;
    let is_in = |w: Option<&str>, list: &[&str]| w.is_some_and(|w| list.contains(&w));
    // "depuis 20", "since 19": a year cut after its century.
    let years = if fr {
        FR_YEAR_PREPOSITIONS
    } else {
        EN_YEAR_PREPOSITIONS
    };
    if (2..=3).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_digit())
        && (last.starts_with("19") || last.starts_with("20"))
        && is_in(word(1), years)
    {
        return true;
    }
    if !fr
        && EN_ALL_SUBJECTS.contains(&last)
        && ((word(2) == Some("how") && word(1) != Some("about"))
            || (matches!(last, "you" | "it") && is_in(word(1), EN_SUBORDINATORS)))
    {
        return true;
    }
    // "…, il était", "…, he was": a clause opened after a comma whose verb
    // needs what follows it.
    let (subjects, be_have, interjections): (&[&str], &[&str], &[&str]) = if fr {
        (FR_SUBJECTS, FR_BE_HAVE, FR_INTERJECTIONS)
    } else {
        (EN_ALL_SUBJECTS, EN_BE_HAVE, EN_INTERJECTIONS)
    };
    if be_have.contains(&last)
        && words
            .get(1)
            .is_some_and(|(w, comma)| *comma && subjects.contains(&w.as_str()))
        && word(2).is_some_and(|w| !interjections.contains(&w))
    {
        return true;
    }
    // "…, these", "…, nous": after a comma, a subject pronoun or a
    // demonstrative opens the next clause; nothing ends on its opener.
    let comma_openers = if fr {
        FR_COMMA_OPENERS
    } else {
        EN_COMMA_OPENERS
    };
    if words.first().is_some_and(|(_, comma)| *comma)
        && comma_openers.contains(&last)
        && word(1).is_some_and(|w| !interjections.contains(&w))
    {
        return true;
    }
    // "which one was": "one" with its determiner is a noun subject.
    if !fr
        && EN_COPULAS.contains(&last)
        && matches!(word(1), Some("one" | "ones"))
        && is_in(word(2), EN_ONE_DETERMINERS)
    {
        return true;
    }
    if fr && FR_AUXILIARY_PARTICIPLES.contains(&last) && is_in(word(1), FR_AVOIR) {
        // "ce qu'il a été": a subject pronoun, and the word before it.
        let before = if is_in(word(2), FR_SUBJECTS) {
            word(3)
        } else {
            word(2)
        };
        let stand_in =
            is_in(word(2), FR_COMPLEMENT_STANDINS) || is_in(before, FR_COMPLEMENT_STANDINS);
        if !stand_in {
            return true;
        }
    }
    // "the connector is a little", "les frais restent plutôt": a degree
    // word after a linking verb (maybe past a frequency adverb) waits for
    // the adjective it grades.
    let (linking, degrees, pairs, frequencies) = if fr {
        (
            FR_LINKING_VERBS,
            FR_DEGREE_WORDS,
            FR_DEGREE_PAIRS,
            FR_FREQUENCY_WORDS,
        )
    } else {
        (
            EN_LINKING_VERBS,
            EN_DEGREE_WORDS,
            EN_DEGREE_PAIRS,
            EN_FREQUENCY_WORDS,
        )
    };
    let degree_len = if degrees.contains(&last) {
        Some(1)
    } else if pairs.iter().any(|&(w, a)| w == last && word(1) == Some(a)) {
        Some(2)
    } else {
        None
    };
    if let Some(n) = degree_len {
        let verb = if is_in(word(n), frequencies) {
            word(n + 1)
        } else {
            word(n)
        };
        if is_in(verb, linking) {
            return true;
        }
    }
    if !fr {
        // "a project for someone who", "a town where": a relative
        // pronoun after a noun phrase opens a clause, cut.
        if is_in(Some(last), EN_NOUN_RELATIVES)
            && (is_in(word(1), EN_INDEFINITE_PRONOUNS) || is_in(word(2), EN_NOUN_DETERMINERS))
        {
            return true;
        }
        // "for a whole", "an entire": an adjective that needs its noun.
        if EN_NOUN_WAITING_ADJECTIVES.contains(&last) && is_in(word(1), EN_INDEFINITE_ARTICLES) {
            return true;
        }
    }
    // "… because the boiler", "… parce que la route": a subordinate
    // clause whose subject (a determiner and one word: a second word may
    // be its verb) never gets its verb.
    let opens_a_clause = |w: Option<&str>, before: Option<&str>| {
        if fr {
            is_in(w, FR_CLAUSE_SUBORDINATORS)
                || (matches!(w, Some("que" | "qu")) && is_in(before, FR_QUE_LOCUTIONS))
        } else {
            is_in(w, EN_CLAUSE_SUBORDINATORS)
        }
    };
    if word(1).is_some_and(|d| is_determiner(d, language))
        && !words[..2].iter().any(|(_, comma)| *comma)
        && opens_a_clause(word(2), word(3))
    {
        return true;
    }
    // "entre sa vie", "between the house": one side of two.
    let (between, and, determiners) = if fr {
        ("entre", "et", FR_SINGULAR_DETERMINERS)
    } else {
        ("between", "and", EN_SINGULAR_DETERMINERS)
    };
    if let Some(at) = (1..words.len().min(4)).find(|&i| words[i].0 == between) {
        let after: Vec<&str> = (0..at).rev().map(|i| words[i].0.as_str()).collect();
        let singular_noun = fr || !(last.ends_with('s') || EN_COUNT_WORDS.contains(&last));
        if after.len() >= 2
            && determiners.contains(&after[0])
            && !after.contains(&and)
            && singular_noun
        {
            return true;
        }
    }
    false
}

/// Words a fronted time adverbial opens with (`Every year,`, `Chaque
/// mois,`, `Next week,`, `L'an prochain,`).
const EN_TIME_OPENERS: &[&str] = &[
    "every",
    "each",
    "next",
    "last",
    "this",
    "once",
    "in",
    "on",
    "at",
    "since",
    "during",
    "after",
    "before",
    "throughout",
    "later",
    "earlier",
];
const FR_TIME_OPENERS: &[&str] = &[
    "chaque", "tous", "toutes", "le", "la", "l", "cette", "ce", "cet", "dès", "depuis", "en", "au",
    "à", "pendant", "après", "avant", "lors", "début", "fin", "d",
];
/// Nouns of time that make such an opener an adverbial of time (with the
/// days and months of `crate::text`).
const EN_TIME_NOUNS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "season",
    "evening",
    "evenings",
    "morning",
    "mornings",
    "afternoon",
    "night",
    "nights",
    "weekend",
    "weekends",
    "term",
    "christmas",
    "easter",
    "decade",
    "quarter",
    "time",
];
const FR_TIME_NOUNS: &[&str] = &[
    "jour",
    "jours",
    "semaine",
    "semaines",
    "mois",
    "an",
    "ans",
    "année",
    "années",
    "printemps",
    "été",
    "automne",
    "hiver",
    "saison",
    "soir",
    "soirs",
    "matin",
    "matins",
    "nuit",
    "week",
    "trimestre",
    "fois",
    "noël",
    "pâques",
    "rentrée",
    "hivers",
    "étés",
];
/// Words that open a subject after the adverbial: a possessive, an
/// article, a demonstrative, a subject pronoun.
const EN_SUBJECT_OPENERS: &[&str] = &[
    "our", "my", "your", "their", "his", "her", "the", "these", "those", "we", "they", "i",
];
const FR_SUBJECT_OPENERS: &[&str] = &[
    "nos", "notre", "mes", "mon", "ma", "vos", "votre", "leurs", "leur", "ses", "son", "sa", "les",
    "le", "la", "l", "ces", "nous", "ils", "elles", "on", "je",
];
/// Most words in the adverbial, and in the subject after it.
const MAX_FRONTED_WORDS: usize = 5;
const MAX_BARE_SUBJECT_WORDS: usize = 5;

/// Whether `text` (a paragraph or a line with no final mark) ends on a
/// time adverbial and the subject it puts first, with no verb after them
/// (`Every year, our volunteers`, `Chaque mois, nos libraires`, `Next
/// week, my co-host and I`): the sentence was cut right after its subject.
/// The subject is short and opened by a possessive, an article or a
/// subject pronoun; no word of it looks like a verb's form (`-ed`,
/// `-ing`, `-ent`).
pub fn ends_on_a_bare_fronted_subject(text: &str, language: Language) -> bool {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    if !text.ends_with(char::is_alphabetic) {
        return false;
    }
    let line = text.rsplit('\n').next().unwrap_or(text);
    let sentence = line
        .rsplit(['.', '!', '?', ':', ';', '—'])
        .next()
        .unwrap_or(line)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((opener, subject)) = sentence.split_once(',') else {
        return false;
    };
    let (time_openers, time_nouns, subject_openers) = match language {
        Language::En => (EN_TIME_OPENERS, EN_TIME_NOUNS, EN_SUBJECT_OPENERS),
        Language::Fr => (FR_TIME_OPENERS, FR_TIME_NOUNS, FR_SUBJECT_OPENERS),
    };
    let split = |t: &str| -> Vec<String> {
        t.split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
            .filter(|w| !w.is_empty())
            .map(normalized)
            .collect()
    };
    let opener = split(opener);
    let subject_words = split(subject);
    let Some(first) = opener.first() else {
        return false;
    };
    if opener.len() > MAX_FRONTED_WORDS
        || !time_openers.contains(&first.as_str())
        || !opener.iter().any(|w| {
            let w = w.as_str();
            time_nouns.contains(&w) || WEEKDAYS.contains(&w) || MONTHS.contains(&w)
        })
        || subject.contains(',')
        || subject_words.is_empty()
        || subject_words.len() > MAX_BARE_SUBJECT_WORDS
        || !subject_openers.contains(&subject_words[0].as_str())
    {
        return false;
    }
    subject_words.iter().skip(1).all(|w| {
        w.chars().all(char::is_alphabetic)
            && match language {
                Language::En => !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")),
                Language::Fr => !(w.ends_with("ent") && w.len() > 4),
            }
            && !cannot_end_sentence(w, language)
            || matches!(w.as_str(), "and" | "et")
    }) && subject_words.len() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capitalised_modal_after_a_word_is_a_month_or_a_name() {
        assert!(stops_mid_sentence(Some("council"), "may", Language::En));
        assert!(!stops_mid_sentence(Some("1"), "May", Language::En));
        assert!(!stops_mid_sentence(Some("to"), "May", Language::En));
        assert!(!stops_mid_sentence(Some("with"), "Will", Language::En));
    }

    #[test]
    fn a_determiner_and_a_prenominal_adjective_wait_for_a_noun() {
        assert!(stops_mid_sentence(Some("the"), "odd", Language::En));
        assert!(stops_mid_sentence(Some("une"), "bonne", Language::Fr));
        assert!(stops_mid_sentence(Some("un"), "autre", Language::Fr));
        assert!(stops_mid_sentence(Some("et"), "surtout", Language::Fr));
        assert!(stops_mid_sentence(Some("but"), "also", Language::En));
        assert!(!stops_mid_sentence(Some("l"), "autre", Language::Fr));
        assert!(!stops_mid_sentence(Some("the"), "same", Language::En));
        assert!(!stops_mid_sentence(Some("a"), "whole", Language::En));
        assert!(!stops_mid_sentence(Some("Le"), "Grand", Language::Fr));
    }

    #[test]
    fn a_french_relative_pronoun_stops_mid_sentence() {
        assert!(stops_without_a_mark(Some("ce"), "qui", Language::Fr));
        assert!(!stops_without_a_mark(Some("en"), "car", Language::Fr));
        assert!(stops_without_a_mark(Some("fermé"), "car", Language::Fr));
        assert!(stops_without_a_mark(Some("dans"), "lequel", Language::Fr));
        assert!(!stops_mid_sentence(Some("disait"), "que", Language::Fr));
        assert!(!stops_without_a_mark(Some("know"), "who", Language::En));
    }

    #[test]
    fn a_preposition_after_a_restricting_adverb_waits_for_its_place() {
        assert!(stops_mid_sentence(Some("only"), "in", Language::En));
        assert!(stops_mid_sentence(Some("uniquement"), "en", Language::Fr));
        assert!(!stops_mid_sentence(Some("come"), "in", Language::En));
    }

    #[test]
    fn articles_and_prepositions_cannot_end() {
        assert!(cannot_end_sentence("de", Language::Fr));
        assert!(cannot_end_sentence("Qu'", Language::Fr));
        assert!(cannot_end_sentence("The", Language::En));
        assert!(!cannot_end_sentence("pas", Language::Fr));
        assert!(!cannot_end_sentence("offer", Language::En));
    }

    #[test]
    fn place_prepositions_end_sentences_only_after_verbs() {
        assert!(stops_mid_sentence(Some("Friday"), "at", Language::En));
        assert!(stops_mid_sentence(Some("2024"), "in", Language::En));
        assert!(!stops_mid_sentence(Some("looking"), "at", Language::En));
        assert!(!stops_mid_sentence(Some("logged"), "in", Language::En));
        assert!(stops_mid_sentence(Some("Lyon"), "à", Language::Fr));
    }

    #[test]
    fn auxiliaries_end_sentences_only_after_pronouns() {
        assert!(stops_mid_sentence(Some("council"), "will", Language::En));
        assert!(stops_mid_sentence(Some("élus"), "doivent", Language::Fr));
        assert!(!stops_mid_sentence(Some("we"), "could", Language::En));
        assert!(!stops_mid_sentence(Some("se"), "doit", Language::Fr));
        assert!(!stops_mid_sentence(None, "could", Language::En));
        // A relative clause waits for its verb.
        assert!(stops_mid_sentence(Some("that"), "could", Language::En));
        assert!(stops_mid_sentence(Some("club"), "est", Language::Fr));
        assert!(!stops_mid_sentence(Some("il"), "est", Language::Fr));
    }

    #[test]
    fn a_clause_stopping_on_its_subject_waits_for_its_verb() {
        assert!(stops_mid_sentence(Some("where"), "they", Language::En));
        assert!(stops_mid_sentence(Some("quand"), "vous", Language::Fr));
        assert!(!stops_mid_sentence(Some("than"), "we", Language::En));
        assert!(!stops_mid_sentence(Some("pour"), "nous", Language::Fr));
        assert!(!stops_mid_sentence(None, "they", Language::En));
    }

    #[test]
    fn a_clause_left_open_by_what_its_last_words_need() {
        for (text, language) in [
            ("les premiers ateliers ont ouvert en 20", Language::Fr),
            ("the society has met every month since 19", Language::En),
            ("ask the warden how often they", Language::En),
            ("call the office once you", Language::En),
            ("« Le soir de la première, elle était »", Language::Fr),
            ("when the mill closed for good, he was", Language::En),
            ("la toiture, refaite l'an dernier, avait été", Language::Fr),
            ("trouver un équilibre entre son travail", Language::Fr),
            ("the gap between the shed", Language::En),
            ("nobody could tell which one was", Language::En),
        ] {
            assert!(leaves_a_clause_open(text, language), "{text}");
        }
        for (text, language) in [
            ("une équipe de 20", Language::Fr),
            ("they finished in 2019", Language::En),
            ("the others ran faster than you", Language::En),
            ("she asked if we could, and yes, it was", Language::En),
            ("nous l'avons laissé comme il était", Language::Fr),
            ("il est resté tel qu'il a été", Language::Fr),
            ("il y a eu", Language::Fr),
            ("entre les deux rives", Language::Fr),
            ("entre la poire et le fromage", Language::Fr),
            ("between the two", Language::En),
            ("the hills between the lakes", Language::En),
            ("Au bout d'un an, il était heureux.", Language::Fr),
        ] {
            assert!(!leaves_a_clause_open(text, language), "{text}");
        }
    }

    #[test]
    fn a_degree_word_after_a_linking_verb_waits_for_its_adjective() {
        for (text, language) in [
            ("the rear light connector is a little", Language::En),
            ("the paintwork is still a bit", Language::En),
            ("the climb looks fairly", Language::En),
            ("les frais d'entretien restent plutôt", Language::Fr),
            ("la pente est un peu", Language::Fr),
        ] {
            assert!(leaves_a_clause_open(text, language), "{text}");
        }
        for (text, language) in [
            ("the rain eased a little", Language::En),
            ("mine is too", Language::En),
            ("it helped a bit", Language::En),
            ("il n'en reste qu'un peu", Language::Fr),
            ("il n'est plus", Language::Fr),
        ] {
            assert!(!leaves_a_clause_open(text, language), "{text}");
        }
    }

    #[test]
    fn a_relative_after_a_noun_phrase_opens_a_clause() {
        assert!(leaves_a_clause_open(
            "a good bike for someone who",
            Language::En
        ));
        assert!(leaves_a_clause_open("we met a farmer who", Language::En));
        assert!(leaves_a_clause_open("the orchard where", Language::En));
        assert!(leaves_a_clause_open("stay for an entire", Language::En));
        assert!(!leaves_a_clause_open(
            "nobody could tell us who",
            Language::En
        ));
        assert!(!leaves_a_clause_open("I wonder where", Language::En));
        assert!(!leaves_a_clause_open("the sum of the whole", Language::En));
    }

    #[test]
    fn a_date_preposition_after_a_scheduling_word_waits_for_its_date() {
        assert!(stops_mid_sentence(Some("opening"), "on", Language::En));
        assert!(stops_mid_sentence(Some("ready"), "by", Language::En));
        assert!(!stops_mid_sentence(Some("carry"), "on", Language::En));
        assert!(stops_mid_sentence(Some("de"), "leur", Language::Fr));
        assert!(!stops_mid_sentence(Some("je"), "leur", Language::Fr));
    }

    #[test]
    fn a_wh_word_completes_the_copula_after_it() {
        assert!(completes_a_wh_clause(
            "ask at the gate where the keys are",
            Language::En
        ));
        assert!(completes_a_wh_clause(
            "on le retrouve là où le marché est",
            Language::Fr
        ));
        assert!(!completes_a_wh_clause(
            "the new gate keys are",
            Language::En
        ));
    }

    #[test]
    fn an_auxiliary_and_its_adverb_wait_for_the_verb() {
        assert!(stops_mid_sentence(Some("will"), "ever", Language::En));
        assert!(stops_mid_sentence(Some("est"), "enfin", Language::Fr));
        assert!(!stops_mid_sentence(Some("arrivé"), "enfin", Language::Fr));
        assert!(!stops_mid_sentence(Some("than"), "ever", Language::En));
    }
}
