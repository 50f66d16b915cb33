//! `draftlint init`: a commented configuration to start from, and the word
//! list it names (empty), so `draftlint words add` works right away.

use super::output::Failure;
use crate::config::{CONFIG_FILE_NAME, INIT_TEMPLATE};
use crate::spelling::word_list_file::DEFAULT_WORD_LIST;
use std::io::Write;
use std::path::Path;

const WORD_LIST_HEADER: &str = "# Words draftlint accepts in this project, one per line (`#` starts a comment).\n# `draftlint words add WORD` adds to this file.\n";

pub fn run(force: bool) -> Result<u8, Failure> {
    let path = Path::new(CONFIG_FILE_NAME);
    let exists = path.symlink_metadata().is_ok();
    if exists && !force {
        return Err(Failure::Error(format!(
            "{CONFIG_FILE_NAME} already exists; pass --force to overwrite it"
        )));
    }
    // Never write through a symbolic link a repository may have committed
    // under that name: remove the old name, then create the file afresh.
    if exists {
        std::fs::remove_file(path)
            .map_err(|e| Failure::Error(format!("cannot replace {CONFIG_FILE_NAME}: {e}")))?;
    }
    create_new(path, INIT_TEMPLATE)
        .map_err(|e| Failure::Error(format!("cannot write {CONFIG_FILE_NAME}: {e}")))?;
    eprintln!("wrote {CONFIG_FILE_NAME}");
    // An existing list (or anything of that name) is the user's: kept.
    match create_new(Path::new(DEFAULT_WORD_LIST), WORD_LIST_HEADER) {
        Ok(()) => eprintln!("wrote {DEFAULT_WORD_LIST} (the word list {CONFIG_FILE_NAME} names)"),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("kept the existing {DEFAULT_WORD_LIST}")
        }
        Err(e) => {
            return Err(Failure::Error(format!(
                "cannot write {DEFAULT_WORD_LIST}: {e}; create it yourself (an empty file will do)"
            )));
        }
    }
    Ok(super::EXIT_CLEAN)
}

/// Creates `path` with `text`; fails if anything (even a dangling symbolic
/// link) is already there.
fn create_new(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}
