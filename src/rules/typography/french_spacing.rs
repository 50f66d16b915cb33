//! `typography.french-spacing`: the spaces French typography puts before
//! `; : ! ?`, after `«` and before `»`.

use super::line_language::is_short_line_in_other_language;
use crate::diagnostic::{Category, Diagnostic, Severity, Span};
use crate::rules::Findings;
use crate::rules::options;
use crate::rules::{Examples, Rule, RuleContext, RuleMeta};
use crate::text::Language;

const DOCS: &str = "\
**What it does.** In French text, reports a `;`, `:`, `!` or `?` glued to \
the word before it (`Attention!`), and guillemets without their inner \
spaces (`«oui»`). With `no-break = true`, an ordinary space there is \
reported too: it lets the sign wrap alone to the next line.

Left alone: times and ratios (`14:30`, `1:2`), the second sign of `?!`, \
code and addresses (never prose).

A short line in English (`Share: Facebook`) follows English rules and is \
left alone.

**Why.** French sets these signs off with a (narrow) no-break space; a \
draft typed on an English keyboard or pasted from an English tool loses \
them. Off by default: many publishing tools add these spaces themselves. \
Enable it with `[rules.\"typography.french-spacing\"] enabled = true`.

**Options.** `space`: the space the fix inserts: `\"typographic\"` \
(default: narrow no-break space U+202F before `; ! ?`, no-break space \
U+00A0 before `:` and inside guillemets), `\"no-break\"` (U+00A0 \
everywhere) or `\"space\"` (an ordinary space). `no-break`: also report \
ordinary spaces (default false).

**Fix.** Inserting the space is safe.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SpaceStyle {
    Typographic,
    NoBreak,
    Ordinary,
}

#[derive(Clone)]
pub struct FrenchSpacing {
    meta: RuleMeta,
    style: SpaceStyle,
    no_break: bool,
}

impl Default for FrenchSpacing {
    fn default() -> Self {
        FrenchSpacing {
            meta: RuleMeta {
                id: "typography.french-spacing".into(),
                category: Category::Typography,
                default_severity: Severity::Warning,
                default_enabled: false,
                language: Some(Language::Fr),
                summary: "No space before `; : ! ?` or inside `« »` in French.".into(),
                docs: DOCS.into(),
                examples: Examples {
                    bad: vec![
                        "Attention! La route est fermée.".into(),
                        "Trois options: partir, rester, attendre.".into(),
                        "Il a répondu «jamais» sans hésiter.".into(),
                    ],
                    good: vec![
                        "Attention ! La route est fermée.".into(),
                        "Rendez-vous à 14:30 ; pas avant.".into(),
                        "Il a répondu « jamais » sans hésiter ?!".into(),
                    ],
                },
                fixable: true,
            },
            style: SpaceStyle::Typographic,
            no_break: false,
        }
    }
}

const NARROW_NO_BREAK: char = '\u{202f}';
const NO_BREAK: char = '\u{a0}';

fn is_space(c: char) -> bool {
    c == ' ' || c == NO_BREAK || c == NARROW_NO_BREAK || c == '\t'
}

fn is_high_sign(c: char) -> bool {
    matches!(c, ';' | ':' | '!' | '?')
}

impl FrenchSpacing {
    /// The space the fix puts before (or, for `«`, after) `sign`.
    fn space_for(&self, sign: char) -> char {
        match (self.style, sign) {
            (SpaceStyle::Ordinary, _) => ' ',
            (SpaceStyle::NoBreak, _) | (SpaceStyle::Typographic, ':' | '«' | '»') => NO_BREAK,
            (SpaceStyle::Typographic, _) => NARROW_NO_BREAK,
        }
    }

    fn name_of(space: char) -> &'static str {
        match space {
            NARROW_NO_BREAK => "a narrow no-break space",
            NO_BREAK => "a no-break space",
            _ => "a space",
        }
    }
}

impl Rule for FrenchSpacing {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }

    fn with_options(&self, table: &toml::Table) -> Result<Box<dyn Rule>, String> {
        let mut rule = self.clone();
        for (key, value) in table {
            match key.as_str() {
                "space" => {
                    rule.style = options::choice(
                        key,
                        value,
                        &[
                            ("typographic", SpaceStyle::Typographic),
                            ("no-break", SpaceStyle::NoBreak),
                            ("space", SpaceStyle::Ordinary),
                        ],
                    )?;
                }
                "no-break" => rule.no_break = options::flag(key, value)?,
                _ => return Err(options::unknown(&self.meta.id, key, &["space", "no-break"])),
            }
        }
        Ok(Box::new(rule))
    }

    fn check(&self, ctx: &RuleContext<'_>, out: &mut Findings) {
        let doc = ctx.doc;
        for (index, block) in doc.blocks().iter().enumerate() {
            let prose = doc.prose(block.span());
            // An English line ("Share: Facebook"), asked about once.
            let mut english = None;
            let mut previous: Option<(usize, char)> = None;
            let mut chars = prose.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let next = chars.peek().map(|&(_, n)| n);
                let at = block.span().start + i;
                let finding = match (previous, c) {
                    (Some((_, p)), sign) if is_high_sign(sign) => {
                        self.before_sign(p, sign, next, at)
                    }
                    (Some((_, p)), '»') if !is_space(p) && p != '\n' => Some(Missing {
                        at,
                        sign: '»',
                        replace: None,
                    }),
                    (_, '«') if next.is_some_and(|n| !is_space(n) && n != '\n') => Some(Missing {
                        at: at + c.len_utf8(),
                        sign: '«',
                        replace: None,
                    }),
                    _ => None,
                };
                if let Some(missing) = finding
                    && missing
                        .replace
                        .is_none_or(|space| super::spaced_signs::is_space_in_source(doc, space))
                    && !*english.get_or_insert_with(|| is_short_line_in_other_language(ctx, index))
                {
                    out.push(self.report(ctx, missing));
                }
                previous = Some((i, c));
            }
        }
    }
}

/// Where a space is missing (`replace`: the ordinary space to turn into a
/// no-break one, when `no-break` is on).
struct Missing {
    at: usize,
    sign: char,
    replace: Option<Span>,
}

impl FrenchSpacing {
    fn before_sign(
        &self,
        previous: char,
        sign: char,
        next: Option<char>,
        at: usize,
    ) -> Option<Missing> {
        if is_high_sign(previous)
            || previous == '\n'
            || previous == NO_BREAK
            || previous == NARROW_NO_BREAK
        {
            return None;
        }
        if previous == ' ' || previous == '\t' {
            let start = at - 1;
            return (self.no_break && self.style != SpaceStyle::Ordinary).then_some(Missing {
                at,
                sign,
                replace: Some(Span::new(start, at)),
            });
        }
        // 14:30, 1:2.
        if sign == ':' && previous.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
            return None;
        }
        (previous.is_alphanumeric() || matches!(previous, ')' | ']' | '»' | '"' | '”' | '…' | '%'))
            .then_some(Missing {
                at,
                sign,
                replace: None,
            })
    }

    fn report(&self, ctx: &RuleContext<'_>, missing: Missing) -> Diagnostic {
        let space = self.space_for(missing.sign);
        let name = Self::name_of(space);
        let (span, message, edit, replacement) = match (missing.replace, missing.sign) {
            (Some(ordinary), sign) => (
                Span::new(ordinary.start, missing.at + sign.len_utf8()),
                format!("an ordinary space before `{sign}` can wrap it to the next line"),
                ordinary,
                space.to_string(),
            ),
            (None, '«') => (
                Span::new(missing.at - '«'.len_utf8(), missing.at),
                "no space after `«`".to_string(),
                Span::new(missing.at, missing.at),
                space.to_string(),
            ),
            (None, sign) => (
                Span::new(missing.at, missing.at + sign.len_utf8()),
                format!("no space before `{sign}`"),
                Span::new(missing.at, missing.at),
                space.to_string(),
            ),
        };
        Diagnostic::new(
            &self.meta.id,
            self.meta.category,
            ctx.severity,
            span,
            message,
        )
        .with_suggestion(edit, replacement, true)
        .with_help(format!("French puts {name} there"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;
    use crate::rules::examples::run_rule;
    use std::path::Path;

    fn run(rule: &dyn Rule, text: &str) -> Vec<Diagnostic> {
        run_rule(
            rule,
            text,
            Path::new("a.md"),
            Language::Fr,
            &Resources::builtin(),
        )
    }

    #[test]
    fn an_english_line_in_a_french_page_keeps_its_spacing() {
        let rule = FrenchSpacing::default();
        let text = "Le maire a répondu aux questions des habitants pendant une heure.\n\n\
                    Follow us: Instagram and Mastodon\n\n\
                    Il a conclu: rendez-vous en juin!\n";
        let found: Vec<_> = run(&rule, text)
            .iter()
            .map(|d| &text[d.span.range()])
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(run(&rule, "Sign up: weekly news, no spam\n").is_empty());
    }

    fn fixed(rule: &dyn Rule, text: &str) -> String {
        let mut edits: Vec<_> = run(rule, text)
            .into_iter()
            .flat_map(|d| d.suggestions)
            .collect();
        edits.sort_by_key(|s| std::cmp::Reverse(s.span.start));
        let mut out = text.to_string();
        for s in edits {
            out.replace_range(s.span.range(), &s.replacement);
        }
        out
    }

    #[test]
    fn inserts_the_typographic_spaces() {
        let rule = FrenchSpacing::default();
        assert_eq!(
            fixed(&rule, "Quoi? Voici: «non»!"),
            "Quoi\u{202f}? Voici\u{a0}: «\u{a0}non\u{a0}»\u{202f}!"
        );
    }

    #[test]
    fn times_runs_of_signs_and_spaced_signs_pass() {
        let rule = FrenchSpacing::default();
        assert!(run(&rule, "À 9:45 ; vraiment ?! Oui : « bien ».").is_empty());
    }

    #[test]
    fn no_break_option_reports_ordinary_spaces() {
        let table: toml::Table = toml::from_str("no-break = true\nspace = \"no-break\"").unwrap();
        let rule = FrenchSpacing::default().with_options(&table).unwrap();
        assert_eq!(
            fixed(rule.as_ref(), "Vraiment ? Oui."),
            "Vraiment\u{a0}? Oui."
        );
        let bad: toml::Table = toml::from_str("space = \"thin\"").unwrap();
        assert!(FrenchSpacing::default().with_options(&bad).is_err());
    }
}
