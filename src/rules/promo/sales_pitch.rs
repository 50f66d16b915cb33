//! `promo.sales-pitch`: the site's sales pitch left at the end of a line,
//! recognised by its form rather than its wording.
//!
//! Shops, agencies, clinics and newspapers close their pages with a pitch
//! for their own offer: "Thinking of moving? Book your free valuation
//! today →", "Inscrivez-vous en ligne, 30 € le premier mois !". The pack
//! rules know a few fixed buttons ("Get a free quote"); pitches are worded
//! endlessly. What they share is their form: a sentence that opens with a
//! command to the reader from the vocabulary of selling (book, claim,
//! enrol, réservez, testez…), spoken in the site's voice ("your", "our",
//! "nos", an arrow pointing at a button, an address to write to) and
//! loaded with the marks of an offer (a price, "free", "gratuit", a
//! discount, "online", "now", a delay promised in minutes or clicks, an
//! exclamation, an icon before it). It ends its line, often after a short
//! question that sets it up ("Envie de les goûter ?"). A discount code
//! ("use code SPRING10 for 15% off") is a pitch whatever its verb.
//!
//! An article's own advice holds the command, rarely the site's voice and
//! two marks of an offer together: "Book early: tickets sell out" says
//! neither "our" nor a price; "Visit the museum, entry is free" speaks in
//! no one's voice.

use super::claimed::Claimed;
use super::line_shape::{self, is_icon};
use super::quoted_example::is_quoted_example;
use super::ui_words;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::markup::{BlockKind, MarkupKind};
use crate::rules::pack::is_in_title;
use crate::rules::{Examples, Findings, Rule, RuleContext, RuleMeta};

const DOCS: &str = "\
**What it does.** Flags the site's sales pitch at the end of a line or a \
paragraph, whatever its wording: a sentence opening with a command of \
selling (book, claim, enrol, get, join, order, reserve, try, réservez, \
inscrivez-vous, commandez, testez, estimez, profitez… or a button's \
infinitive such as accéder, télécharger), spoken in the site's voice \
(your, our, us, votre, nos, an arrow, an address) and carrying two marks \
of an offer (a price, free or gratuit, a discount, online or en ligne, \
now or dès maintenant, a delay in minutes or clicks, an exclamation, an \
icon before it, a file to download with its size), with the short \
question that sets it up (\"Envie d'essayer ?\"). A discount code with \
its discount (\"code SPRING10 for 15% off\") is a pitch whatever the verb, \
and so is a command of selling with a promise of marketing copy \
(exclusive, hassle-free, peace of mind, straight to your inbox, \
l'esprit tranquille, sans engagement: \"Get the app for exclusive \
slots\").

**Why.** A page's pitch sells the original site's services; in a draft \
for another publication it is an advertisement nobody ordered, and it \
sits where the article should end.

**Fix.** Delete the pitch and its question.";

/// A pitch is a sentence or two, with its question.
const MAX_PITCH_WORDS: usize = 40;

/// A pitch's bytes: forty words and their marks.
const MAX_PITCH_BYTES: usize = 400;

/// The question setting a pitch up is short ("Fancy a chat?").
const MAX_QUESTION_WORDS: usize = 12;

/// Commands of selling, in English and French (imperatives, and the
/// infinitives French buttons use). A pitch opens with one.
const SELLING_VERBS: &[&str] = &[
    // English
    "apply",
    "bring",
    "arrange",
    "book",
    "browse",
    "buy",
    "call",
    "claim",
    "compare",
    "contact",
    "discover",
    "download",
    "enrol",
    "enroll",
    "explore",
    "get",
    "grab",
    "join",
    "order",
    "pick",
    "register",
    "relive",
    "request",
    "reserve",
    "save",
    "schedule",
    "secure",
    "shop",
    "sign",
    "start",
    "subscribe",
    "support",
    "switch",
    "treat",
    "try",
    "unlock",
    "upgrade",
    "watch",
    // French imperatives
    "abonnez-vous",
    "accédez",
    "achetez",
    "appelez-nous",
    "commandez",
    "comparez",
    "confiez",
    "confiez-le",
    "confiez-la",
    "confiez-les",
    "contactez",
    "contactez-nous",
    "demandez",
    "découvrez",
    "empruntez",
    "essayez",
    "estimez",
    "inscrivez-vous",
    "offrez",
    "offrez-vous",
    "payez",
    "prenez",
    "profitez",
    "recevez",
    "regardez",
    "rejoignez",
    "rejoignez-nous",
    "réservez",
    "revivez",
    "simulez",
    "souscrivez",
    "soutenez",
    "soutenez-nous",
    "téléchargez",
    "testez",
    "trouvez",
    // French infinitives of buttons
    "accéder",
    "commander",
    "découvrir",
    "réserver",
    "s'inscrire",
    "télécharger",
    "souscrire",
];

/// Words of the site's voice: it speaks to its reader, or of itself.
const VOICE: &[&str] = &[
    "you",
    "your",
    "our",
    "us",
    "vous",
    "votre",
    "vos",
    "nos",
    "notre",
    "ci-dessous",
    "below",
];

/// Words that say the offer costs nothing.
const FREE: &[&str] = &[
    "free",
    "gratuit",
    "gratuite",
    "gratuits",
    "gratuites",
    "gratuitement",
    "offert",
    "offerte",
    "offerts",
    "offertes",
    "no-obligation",
];

/// What a sales pitch offers and an article's advice rarely names: a
/// quote, a trial, a voucher.
const OFFERS: &[&str] = &[
    "quote",
    "quotes",
    "devis",
    "trial",
    "demo",
    "démo",
    "valuation",
    "assessment",
    "audit",
    "coupon",
    "voucher",
    "vouchers",
];

/// The promises of marketing copy, which an article's advice does not
/// make in its own name: exclusivity, a limit, ease, peace of mind, the
/// inbox the offer lands in.
const PROMISES: &[&str] = &[
    "exclusive",
    "exclusives",
    "exclusif",
    "exclusifs",
    "exclusivité",
    "exclusivités",
    "hassle-free",
    "stress-free",
    "unbeatable",
    "imbattable",
    "imbattables",
    "inbox",
];

/// Promises of more than one word, read in the lowercased sentence.
const PROMISE_PHRASES: &[&str] = &[
    "peace of mind",
    "l'esprit tranquille",
    "while they last",
    "while stocks last",
    "dans la limite des stocks",
    "no commitment",
    "sans engagement",
    "boîte mail",
    "boîte de réception",
];

/// The site speaking of itself: "our team", "nos partenaires".
const SITE_SELF: &[&str] = &["our", "us", "nos", "notre"];

/// A command of a few words is a button: "Accéder au portail >>".
const MAX_BUTTON_WORDS: usize = 8;

/// Words of an offer's urgency or ease.
const NOW: &[&str] = &[
    "now",
    "today",
    "tonight",
    "maintenant",
    "aujourd'hui",
    "online",
    "ligne",
    "clic",
    "clics",
    "click",
    "clicks",
    "seconds",
    "minutes",
    "secondes",
    "only",
    "just",
    "seulement",
];

/// Words of a discount, beside a percentage.
const DISCOUNT: &[&str] = &["off", "remise", "réduction", "discount"];

/// Arrows and chevrons pointing at a button.
const POINTING_MARKS: &[&str] = &["→", "➜", "➔", "»", ">>", "›", "▶", "►"];

pub struct SalesPitch {
    meta: RuleMeta,
}

impl Default for SalesPitch {
    fn default() -> Self {
        SalesPitch {
            meta: RuleMeta {
                id: "promo.sales-pitch".into(),
                category: Category::Promo,
                default_severity: Severity::Warning,
                default_enabled: true,
                language: None,
                summary: "The site's sales pitch ending a line (\"Book your free call today →\"), by its form.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "# Winter tyres\n\nCold rubber grips less, and below seven degrees summer tyres harden.\n\nUnsure which set you need? Bring your car to our workshop for a free check →".into(),
                        "# Le piano à quarante ans\n\nOn apprend plus lentement, mais on sait mieux organiser son travail.\n\nEssayez votre premier cours en ligne, offert aux nouveaux élèves !".into(),
                        "# The pottery fair\n\nThirty makers show their work on the quay this weekend. Readers can use the code KILN24 for 10% off any stall's mugs.".into(),
                        "# The pool reopens\n\nThe deep end has a new floor.\n\nTreat yourself to a hassle-free season with a pass that pays for itself.".into(),
                        "# Ferry times\n\nThe first crossing now leaves at 6.40.\n\nDownload the app now for live departures and exclusive offers.".into(),
                    ],
                    good: vec![
                        "# Night swims\n\nSwim with peace of mind: a lifeguard watches every lane until ten.".into(),
                        "# The castle\n\nBook early: the guided tours sell out by noon in August.".into(),
                        "# Le musée\n\nL'entrée est gratuite le dimanche. Réservez votre matinée : la visite dure deux heures.".into(),
                        "# Cycling to work\n\nTry it for a week before you decide, and take the quiet roads.".into(),
                    ],
                },
                fixable: false,
            },
        }
    }
}

impl Rule for SalesPitch {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn reads_findings(&self) -> bool {
        true
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        let claimed = Claimed::of(ctx);
        for line in line_shape::lines(doc) {
            // Plain text reads a short last line as a heading: a pitch
            // there is still a line of text. A Markdown heading is the
            // author's.
            let block = &doc.blocks()[line.block];
            let plain_heading = matches!(block.kind(), BlockKind::Heading { .. })
                && doc.read_as() == MarkupKind::Plain;
            if !(plain_heading
                || matches!(
                    block.kind(),
                    BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
                ))
                || is_in_title(doc, line.block)
                || is_quoted_example(doc, line.block)
            {
                continue;
            }
            let prose = doc.prose(line.span);
            let Some(offset) = pitch_start(prose) else {
                continue;
            };
            let span = Span::new(line.span.start + offset, line.span.end);
            if claimed.overlaps(span) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    self.meta.id.clone(),
                    self.meta.category,
                    ctx.severity,
                    span,
                    format!(
                        "sales pitch of the original site left in the text: \"{}\"",
                        doc.text(span)
                    ),
                )
                .with_help("delete the pitch: it advertises the site the text was copied from"),
            );
        }
    }
}

/// Where the pitch ending `line` starts (with the question setting it
/// up), or `None` when the line ends on no pitch.
pub fn pitch_start(line: &str) -> Option<usize> {
    let sentences = sentences(line);
    // The pitch is the line's last sentences: the longest tail that opens
    // on a command, so "Envie d'essayer ? Testez… !" keeps both the
    // command and the sentences after it. Only the last few sentences can
    // make a pitch this short: walking back from the end, and stopping at
    // the first tail too long, keeps a line of a million sentences linear.
    let mut found = None;
    for (k, &start) in sentences.iter().enumerate().rev() {
        let tail = &line[start..];
        if tail.len() > MAX_PITCH_BYTES || word_count(tail) > MAX_PITCH_WORDS {
            break;
        }
        if is_discount_code(tail) || (opens_with_a_command(tail) && sells(tail)) {
            found = Some(k);
        }
    }
    let k = found?;
    // The question just before it sets it up.
    if k > 0 {
        let question = line[sentences[k - 1]..sentences[k]].trim_end();
        if question.ends_with('?')
            && question.len() <= MAX_PITCH_BYTES
            && word_count(question) <= MAX_QUESTION_WORDS
        {
            return Some(sentences[k - 1]);
        }
    }
    Some(sentences[k])
}

/// Where each sentence of `line` starts (its first letter, digit or
/// icon), after a full stop, a question or an exclamation mark and a
/// space.
fn sentences(line: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut open = true;
    let mut after_end = false;
    for (i, c) in line.char_indices() {
        if open && !c.is_whitespace() && !matches!(c, '*' | '_' | '"' | '«' | '“' | '(') {
            starts.push(i);
            open = false;
        }
        if c.is_whitespace() {
            if after_end {
                open = true;
            }
            after_end = false;
        } else {
            after_end = matches!(c, '.' | '!' | '?' | '…');
        }
    }
    starts
}

/// The words of `text` as written: runs of letters, digits and the marks
/// words and prices hold, with a letter or a digit.
fn raw_tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '@' | '%' | '£' | '€' | '$'))
    })
    .filter(|t| t.chars().any(char::is_alphanumeric))
}

/// The words of `text`, lowercased, apostrophes made straight.
fn tokens(text: &str) -> Vec<String> {
    raw_tokens(text).map(ui_words::key).collect()
}

/// How many words `text` holds, counted without making them: the pitch's
/// limits are asked of every tail of every line.
fn word_count(text: &str) -> usize {
    raw_tokens(text).count()
}

/// The sentence opens with a command of selling, after an icon or a
/// bullet at most.
fn opens_with_a_command(sentence: &str) -> bool {
    raw_tokens(sentence)
        .next()
        .is_some_and(|first| SELLING_VERBS.contains(&ui_words::key(first).as_str()))
}

/// The site's voice and marks of an offer: one strong mark (a price,
/// "free", a discount, an arrow, an icon, an address, a file, a quote or a
/// trial) with a weak one ("online", "now", an exclamation) or the site
/// speaking of itself; or a button's few words pointing at their link.
fn sells(sentence: &str) -> bool {
    let words = tokens(sentence);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let trimmed = sentence.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let points = POINTING_MARKS.iter().any(|m| trimmed.ends_with(m));
    // A play button or a pointing hand opens a link; any other emoji
    // ("🏃 Join us for the race!") decorates an announcement's own text.
    let first = sentence.trim_start().chars().next();
    let opens_on_a_pointer = first.is_some_and(|c| matches!(c, '▶' | '►' | '👉' | '➜' | '→'));
    let opens_on_an_icon = first.is_some_and(is_icon);
    let address = sentence.split_whitespace().any(is_address);
    let file = has_a_file_size(sentence);
    if (points || file) && words.len() <= MAX_BUTTON_WORDS {
        return true;
    }
    // A promise of marketing copy speaks in the site's voice ("Download
    // the app now for exclusive offers").
    let lowered = sentence.to_lowercase().replace('’', "'");
    let promise = has(PROMISES) || PROMISE_PHRASES.iter().any(|p| lowered.contains(p));
    let voice = has(VOICE) || points || opens_on_a_pointer || address || promise;
    if !voice {
        return false;
    }
    let price = words.iter().any(|w| is_price(w)) || has_amount_before_currency(sentence);
    let percent = words.iter().any(|w| w.ends_with('%')) || sentence.contains(" %");
    let strong = [
        price,
        has(FREE),
        has(OFFERS),
        percent && (has(DISCOUNT) || price),
        points,
        opens_on_a_pointer,
        address,
        file,
        promise,
    ]
    .iter()
    .filter(|&&mark| mark)
    .count();
    let weak = [
        has(NOW),
        trimmed.ends_with('!'),
        has(SITE_SELF),
        opens_on_an_icon && !opens_on_a_pointer,
    ]
    .iter()
    .filter(|&&mark| mark)
    .count();
    // A command of selling with a promise of marketing copy ("Treat
    // yourself to a hassle-free season", "Get the app for exclusive
    // slots") needs no other mark.
    promise || (strong >= 1 && 2 * strong + weak >= 3)
}

/// "code SPRING10" with a discount ("15% off", "-10 %", "remise").
fn is_discount_code(sentence: &str) -> bool {
    // Asked of every tail of every line: most hold no "code" at all.
    if !sentence
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"code"))
    {
        return false;
    }
    let raw: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '%')))
        .filter(|t| !t.is_empty())
        .collect();
    let code = raw.windows(2).any(|pair| {
        pair[0].eq_ignore_ascii_case("code")
            && pair[1].chars().count() >= 4
            && pair[1].chars().any(|c| c.is_ascii_uppercase())
            && pair[1]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    });
    if !code {
        return false;
    }
    let words = tokens(sentence);
    let discount = words.iter().any(|w| w.ends_with('%')) || sentence.contains(" %");
    discount || words.iter().any(|w| DISCOUNT.contains(&w.as_str()))
}

/// "£45", "$10", "29€".
fn is_price(word: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().next().is_some_and(|c| c.is_ascii_digit());
    word.strip_prefix(['£', '$', '€']).is_some_and(digits)
        || word
            .strip_suffix(['£', '$', '€'])
            .is_some_and(|s| digits(s) && s.chars().all(|c| c.is_ascii_digit() || c == ','))
}

/// "299 €", "49 euros": an amount then its currency, apart.
fn has_amount_before_currency(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    words.windows(2).any(|pair| {
        pair[0].chars().all(|c| c.is_ascii_digit() || c == ',')
            && pair[0].chars().any(|c| c.is_ascii_digit())
            && matches!(
                pair[1].trim_end_matches([',', '.', ';', '!']),
                "€" | "£" | "$" | "euros" | "EUR"
            )
    })
}

/// "hexley.org.uk/join", "www.shop.fr", "desk@paper.com": an address to
/// go or write to.
fn is_address(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',', ';', '!', '?', ')']);
    if word.starts_with("www.") || word.starts_with("http") || word.contains('@') {
        return true;
    }
    let host = word.split('/').next().unwrap_or(word);
    [
        ".com", ".org", ".net", ".fr", ".uk", ".be", ".ch", ".io", ".eu",
    ]
    .iter()
    .any(|tld| host.ends_with(tld) || host.contains(&format!("{tld}.")))
        && host.split('.').count() >= 2
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

/// "(PDF, 412 Ko)", "(PDF, 2 MB)": a file to download, with its size.
fn has_a_file_size(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    ["pdf,", "pdf -", "pdf –", "docx,", "xlsx,"]
        .iter()
        .any(|kind| lower.contains(kind))
        && [" ko", " mo", " kb", " mb", " go", " gb"]
            .iter()
            .any(|unit| lower.contains(unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pitches_whatever_their_wording() {
        for line in [
            "Moving house? Book your free valuation with our local agents today →",
            "Claim your first lesson for £0 at any of our studios!",
            "Nos guides sont sur le terrain. Réservez votre sortie en ligne, 35 € par personne.",
            "Envie d'essayer ? Testez gratuitement notre atelier en ligne !",
            "Readers get 20% off with the code HARBOUR25 at checkout.",
            "▶ Watch the full race again on our channel",
            "Télécharger le rapport complet (PDF, 1,2 Mo)",
            "Accéder à votre espace client >>",
        ] {
            assert!(pitch_start(line).is_some(), "{line}");
        }
        for line in [
            "Book early: the guided tours sell out by noon in August.",
            "Try it for a week before you decide, and take the quiet roads.",
            "Visit the museum on Sundays, when entry is free.",
            "Réservez votre matinée : la visite dure deux heures.",
            "Get the dough out of the fridge an hour before baking!",
            "🎻 Join us for the spring concert in the abbey, with our youth orchestra!",
            "Prenez la deuxième rue à gauche, puis continuez tout droit sur 200 mètres.",
            "Our members pay £5 a year, and the first visit is free.",
            "Join the queue early if you want a seat: the hall holds 200 people.",
        ] {
            assert!(pitch_start(line).is_none(), "{line}");
        }
    }

    /// Only the end of a line is read: a line of a hundred thousand
    /// sentences costs no more than its length.
    #[test]
    fn a_long_line_is_read_from_its_end() {
        let line = "The council voted the budget. ".repeat(100_000)
            + "Book your seat at our next meeting, free for residents!";
        let start = std::time::Instant::now();
        assert!(pitch_start(&line).is_some());
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn the_question_setting_it_up_is_part_of_the_pitch() {
        let line =
            "The forge opens at nine. Fancy a go? Book your taster session online, only £30!";
        assert_eq!(
            pitch_start(line).map(|start| &line[start..]),
            Some("Fancy a go? Book your taster session online, only £30!")
        );
    }
}
