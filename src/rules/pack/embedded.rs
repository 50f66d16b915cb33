//! The built-in packs, compiled into the binary so a fresh build works with
//! no files beside it. A test checks that every file under `rules/` is here.

/// (path relative to the repository, text)
pub const EMBEDDED_PACKS: &[(&str, &str)] = &[
    (
        "rules/fr/style.toml",
        include_str!("../../../rules/fr/style.toml"),
    ),
    (
        "rules/en/style.toml",
        include_str!("../../../rules/en/style.toml"),
    ),
];
