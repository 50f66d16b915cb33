//! `draftlint init`: a commented configuration to start from.

use super::output::Failure;
use crate::config::{CONFIG_FILE_NAME, INIT_TEMPLATE};
use std::path::Path;

pub fn run(force: bool) -> Result<u8, Failure> {
    let path = Path::new(CONFIG_FILE_NAME);
    if path.exists() && !force {
        return Err(Failure::Error(format!(
            "{CONFIG_FILE_NAME} already exists; pass --force to overwrite it"
        )));
    }
    std::fs::write(path, INIT_TEMPLATE)
        .map_err(|e| Failure::Error(format!("cannot write {CONFIG_FILE_NAME}: {e}")))?;
    eprintln!("wrote {CONFIG_FILE_NAME}");
    Ok(super::EXIT_CLEAN)
}
