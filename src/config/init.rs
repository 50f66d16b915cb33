//! The file `draftlint init` writes: every key, commented.

pub const INIT_TEMPLATE: &str = r#"# draftlint configuration. Every key is optional; this file shows the defaults.
# draftlint looks for the nearest draftlint.toml upward from each checked file,
# up to the repository root (a directory holding .git).

# This directory is the project's root even outside git: draftlint looks no
# higher for a configuration, and follows no symbolic link out of it.
# root = true

# Language of the drafts: "fr", "en" or "auto" (front matter `lang:`, then detection).
language = "auto"
# Used when "auto" cannot tell (very short drafts).
fallback-language = "en"
# Detect the language of each long paragraph (a quotation in the other
# language is checked with its own dictionary and rules).
# `<!-- draftlint-lang en -->` sets it by hand from that point on.
paragraph-language = true

# Extensions linted when a directory is walked (.gitignore is honoured).
# Add "html" (and "htm", "njk", "liquid") to lint HTML pages too; a site's
# layouts and partials are then linted as well: exclude them below.
extensions = ["md", "markdown", "mdx", "txt"]

# Globs, relative to this file, never linted.
exclude = []

# Extra rule packs (TOML), relative to this file. See rules/README.md for the format.
packs = []

# Exit with 1 when a finding is at or above this level: "error", "warning" or "info".
# fail-level = "warning"

# Per rule, pack ("promo") or category ("spelling"): enabled, severity, options.
# `draftlint rules` lists every rule; `draftlint explain ID` documents one.
[rules]
# "promo" = { severity = "error" }
# "style.pleonasm" = { enabled = false }
# "repetition.phrase" = { min-count = 4 }
# Off by default, on request: one word spelled two ways, mixed apostrophes,
# and French spacing before ; : ! ? (with a narrow no-break space).
# "consistency" = { enabled = true }
# "typography.french-spacing" = { enabled = true }

[spelling]
# Words accepted in every language.
words = []
# Files with one accepted word per line (`#` starts a comment). `draftlint words add`
# and the editor's "add to word list" write to the first one.
word-lists = ["draftlint-words.txt"]
# Extra Hunspell dictionaries: language = path without extension, or a system name.
# dictionaries = { fr = "dicts/fr_FR" }
# Capitalised words inside a sentence: "skip" (default), "info" or "check".
# proper-nouns = "skip"

# What Markdown, MDX and HTML files have as prose besides their text.
[markup]
# Front-matter fields linted as prose.
front-matter-fields = ["title", "description", "summary"]
# Attributes (HTML, JSX components, Hugo shortcodes, Liquid tags) linted as prose.
prose-attributes = ["alt", "caption", "title"]

# Settings for some files only.
# [[overrides]]
# files = ["archive/**"]
# language = "fr"
# rules = { "promo" = { enabled = false } }
"#;
