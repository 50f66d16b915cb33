//! The built-in packs, compiled into the binary so a fresh build works with
//! no files beside it. A test checks that every file under `rules/` is here.

/// `(path relative to the repository, text)` for a pack under `rules/`.
macro_rules! pack {
    ($path:literal) => {
        (
            concat!("rules/", $path),
            include_str!(concat!("../../../rules/", $path)),
        )
    };
}

pub const EMBEDDED_PACKS: &[(&str, &str)] = &[
    pack!("fr/style.toml"),
    pack!("en/style.toml"),
    pack!("fr/promo.toml"),
    pack!("en/promo.toml"),
    pack!("fr/generated.toml"),
    pack!("en/generated.toml"),
    pack!("fr/generated-editorial.toml"),
    pack!("en/generated-editorial.toml"),
    pack!("fr/generated-grammar.toml"),
    pack!("en/generated-grammar.toml"),
];
