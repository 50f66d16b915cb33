//! Where dictionaries come from: embedded in the binary, or installed on
//! the system (DICPATH, /usr/share/hunspell, /usr/share/myspell/dicts).

use std::path::{Path, PathBuf};

/// Embedded dictionaries: `"fr"` (Grammalecte "classique", MPL-2.0),
/// `"en"` (SCOWL en_US) and `"en_GB"` (SCOWL en_GB-ise, the British
/// spellings the built-in English checker also accepts) as `(aff, dic)`
/// text.
pub fn embedded_source(lang: &str) -> Option<(&'static str, &'static str)> {
    match lang {
        "fr" => Some((
            include_str!("../../dictionaries/fr/fr.aff"),
            include_str!("../../dictionaries/fr/fr.dic"),
        )),
        "en" => Some((
            include_str!("../../dictionaries/en/en_US.aff"),
            include_str!("../../dictionaries/en/en_US.dic"),
        )),
        "en_GB" => Some((
            include_str!("../../dictionaries/en/en_GB.aff"),
            include_str!("../../dictionaries/en/en_GB.dic"),
        )),
        _ => None,
    }
}

/// The directories searched after `DICPATH`, in order.
pub const SYSTEM_DICTIONARY_DIRS: &[&str] = &["/usr/share/hunspell", "/usr/share/myspell/dicts"];

/// System lookup: `dicpath` entries (colon separated, like Hunspell's
/// `DICPATH`), then [`SYSTEM_DICTIONARY_DIRS`]. `name` is a dictionary name
/// such as `"fr_FR"` or `"de_DE"`; the first directory holding both
/// `<name>.aff` and `<name>.dic` wins. Names containing a path separator are
/// refused.
pub fn find_system_dictionary(name: &str, dicpath: Option<&str>) -> Option<(PathBuf, PathBuf)> {
    if name.is_empty() || name.contains(['/', '\\']) || name == "." || name == ".." {
        return None;
    }
    let from_env = dicpath
        .into_iter()
        .flat_map(|p| p.split(':'))
        .filter(|d| !d.is_empty());
    from_env
        .chain(SYSTEM_DICTIONARY_DIRS.iter().copied())
        .find_map(|dir| {
            let dir = Path::new(dir);
            let aff = dir.join(format!("{name}.aff"));
            let dic = dir.join(format!("{name}.dic"));
            (aff.is_file() && dic.is_file()).then_some((aff, dic))
        })
}
