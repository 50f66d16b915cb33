//! Turning command-line paths into the list of files to lint.
//!
//! Directories are walked with `.gitignore`, `.ignore` and hidden-file rules
//! honoured (inside or outside a git repository), keeping the extensions
//! and excludes of the configuration that applies. A file named explicitly
//! is always linted. Problems met while walking (unreadable directories,
//! symlink loops) become per-path errors, never the end of the run.

use crate::config::ConfigStore;
use std::path::{Path, PathBuf};

pub enum Input {
    File(PathBuf),
    Stdin,
    /// A path that could not be walked or does not exist.
    Error(PathBuf, String),
}

pub fn collect(paths: &[PathBuf], configs: &ConfigStore) -> Vec<Input> {
    let mut inputs = Vec::new();
    let default = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    for path in paths {
        if path == Path::new("-") {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk_dir(path, configs, &mut inputs);
        } else if path.exists() || path.symlink_metadata().is_ok() {
            inputs.push(Input::File(path.clone()));
        } else {
            inputs.push(Input::Error(
                path.clone(),
                "no such file or directory".into(),
            ));
        }
    }
    inputs
}

fn walk_dir(dir: &Path, configs: &ConfigStore, inputs: &mut Vec<Input>) {
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = entry.into_path();
                let Ok(config) = configs.for_path(&path) else {
                    // A broken configuration is reported once by the caller.
                    inputs.push(Input::File(path));
                    continue;
                };
                let wanted = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| config.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
                if wanted && !config.is_excluded(&path) {
                    inputs.push(Input::File(path));
                }
            }
            Err(err) => {
                let path = error_path(&err).unwrap_or_else(|| dir.to_path_buf());
                inputs.push(Input::Error(path, walk_error_message(&err)));
            }
        }
    }
}

fn error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } => error_path(err),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

fn walk_error_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::Loop { ancestor, .. } => format!(
            "symbolic link loop back to {}: not followed",
            ancestor.display()
        ),
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            walk_error_message(err)
        }
        other => format!("cannot read: {other}"),
    }
}
