//! Words a finished sentence cannot end on: articles, prepositions,
//! conjunctions, possessives. A paragraph that stops on one of them before
//! an ellipsis was cut, not left trailing off on purpose ("Je ne pense
//! pas…" ends on a full word; "…milliard de gourdes de…" does not).

use crate::text::Language;

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
    "notamment",
    "comme",
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
];

/// Prepositions a sentence may end on after a verb ("what they look at",
/// "come in"), never after a name or a number ("on Friday at", "in 2024
/// in"): there the place or time they announce was cut.
const EN_PLACE_PREPOSITIONS: &[&str] = &["at", "in", "on", "by", "near", "from", "until"];
const FR_PLACE_PREPOSITIONS: &[&str] = &["à", "en", "dans"];

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
    "comment", "quand", "lorsque", "lorsqu", "si", "puisque", "pourquoi", "dès",
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

/// Whether a text stopping on `word`, after `previous`, stopped mid-sentence:
/// on a word no sentence ends on, or on an auxiliary or modal verb whose
/// subject is not a pronoun ("the works will", "les élus doivent").
pub fn stops_mid_sentence(previous: Option<&str>, word: &str, language: Language) -> bool {
    if cannot_end_sentence(word, language) {
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

/// [`stops_mid_sentence`] for a text that ends with no mark at all: a
/// French relative pronoun stops it mid-sentence too (`… à cause du
/// voisinage, ce qui`, `… le quartier dans lequel`), since its clause is
/// never empty. Before an ellipsis speech may trail off on one (`Il disait
/// que…`), so [`stops_mid_sentence`] leaves it.
pub fn stops_without_a_mark(previous: Option<&str>, word: &str, language: Language) -> bool {
    stops_mid_sentence(previous, word, language)
        || (language == Language::Fr && FR_RELATIVES.contains(&normalized(word).as_str()))
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
    fn a_french_relative_pronoun_stops_mid_sentence() {
        assert!(stops_without_a_mark(Some("ce"), "qui", Language::Fr));
        assert!(stops_without_a_mark(Some("dans"), "lequel", Language::Fr));
        assert!(!stops_mid_sentence(Some("disait"), "que", Language::Fr));
        assert!(!stops_without_a_mark(Some("know"), "who", Language::En));
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
    fn an_auxiliary_and_its_adverb_wait_for_the_verb() {
        assert!(stops_mid_sentence(Some("will"), "ever", Language::En));
        assert!(stops_mid_sentence(Some("est"), "enfin", Language::Fr));
        assert!(!stops_mid_sentence(Some("arrivé"), "enfin", Language::Fr));
        assert!(!stops_mid_sentence(Some("than"), "ever", Language::En));
    }
}
