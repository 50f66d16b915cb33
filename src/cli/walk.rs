//! Turning command-line paths into the list of files to lint.
//!
//! Directories are walked with `.gitignore`, `.ignore` and hidden-file rules
//! honoured (inside or outside a git repository), keeping the extensions
//! and excludes of the configuration that applies. A file named explicitly
//! is linted even when excluded, unless `--force-exclude` (as ruff and
//! typos do: pre-commit names every staged file, and must not lint the
//! excluded ones). Problems met while walking (unreadable directories,
//! symlink loops) become per-path errors, never the end of the run.
//!
//! Symbolic links are followed only while they stay inside the repository
//! root of the path being walked (`crate::repository`): a link leading out
//! is skipped when walking, and reported when named, unless
//! `--follow-links-outside`. Ignore files are read by draftlint, under the
//! same rules as every file of the repository (`ignore_files`).

use super::ignore_files::IgnoreFiles;
use crate::config::{ConfigStore, DEFAULT_EXTENSIONS};
use crate::repository::{self, Outside};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub enum Input {
    File(PathBuf),
    Stdin,
    /// A path that could not be walked or does not exist.
    Error(PathBuf, String),
}

/// How paths are turned into files.
#[derive(Debug, Clone, Copy, Default)]
pub struct WalkOptions {
    /// `--follow-links-outside`: follow links out of the repository root.
    pub follow_links_outside: bool,
    /// `--force-exclude`: apply `exclude` to files named explicitly too.
    pub force_exclude: bool,
}

pub fn collect(paths: &[PathBuf], configs: &ConfigStore, options: WalkOptions) -> Vec<Input> {
    let mut inputs = Vec::new();
    let default = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    for path in paths {
        if path == Path::new("-") {
            inputs.push(Input::Stdin);
            continue;
        }
        if path.symlink_metadata().is_err() {
            inputs.push(Input::Error(
                path.clone(),
                "no such file or directory".into(),
            ));
            continue;
        }
        let root = repository::root_of(path, &cwd);
        if !options.follow_links_outside
            && let Err(outside) = repository::resolve_inside(&root, path)
        {
            inputs.push(Input::Error(path.clone(), named_link_refused(&outside)));
            continue;
        }
        if path.is_dir() {
            walk_dir(path, &root, configs, options, &mut inputs);
        } else if !(options.force_exclude && excluded(path, configs)) {
            inputs.push(Input::File(path.clone()));
        }
    }
    inputs
}

fn named_link_refused(outside: &Outside) -> String {
    format!(
        "not read: it {}; name the file itself, or pass --follow-links-outside to follow links out of the repository",
        outside.describe()
    )
}

/// Whether the configuration of `path` excludes it. A broken configuration
/// excludes nothing: the file is linted, and reports the error.
fn excluded(path: &Path, configs: &ConfigStore) -> bool {
    configs
        .for_path(path)
        .is_ok_and(|config| config.is_excluded(path))
}

fn walk_dir(
    dir: &Path,
    root: &Path,
    configs: &ConfigStore,
    options: WalkOptions,
    inputs: &mut Vec<Input>,
) {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let ignore_files = Arc::new(Mutex::new(IgnoreFiles::new(root, &cwd)));
    let root = root.to_path_buf();
    let follow_outside = options.follow_links_outside;
    let ignored = Arc::clone(&ignore_files);
    let walker = ignore::WalkBuilder::new(dir)
        // The walker reads no ignore file of the repository: `ignored`
        // below does (the user's global git excludes are still the
        // walker's).
        .ignore(false)
        .git_ignore(false)
        .git_exclude(false)
        .parents(false)
        .require_git(false)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        // A link is followed (and a linked file linted) only if it stays
        // inside the root; what is under a followed link is inside too. A
        // link to nothing (or a loop) is left to the walker, which reports
        // it.
        .filter_entry(move |entry| {
            let inside = follow_outside
                || !entry.path_is_symlink()
                || !matches!(
                    repository::resolve_inside(&root, entry.path()),
                    Err(Outside {
                        target: Some(_),
                        ..
                    })
                );
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            inside
                && !ignored
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .is_ignored(entry.path(), is_dir)
        })
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let path = entry.into_path();
                let extension = path.extension().and_then(|e| e.to_str());
                let wanted = |extensions: &[String]| {
                    extension.is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
                };
                match configs.for_path(&path) {
                    Ok(config) => {
                        if wanted(&config.extensions) && !config.is_excluded(&path) {
                            inputs.push(Input::File(path));
                        }
                    }
                    // A broken configuration cannot say which files it
                    // wants: those with the default extensions get its
                    // error, reported per file by the caller.
                    Err(_) => {
                        let defaults: Vec<String> =
                            DEFAULT_EXTENSIONS.iter().map(|e| e.to_string()).collect();
                        if wanted(&defaults) {
                            inputs.push(Input::File(path));
                        }
                    }
                }
            }
            Err(err) => {
                let path = error_path(&err).unwrap_or_else(|| dir.to_path_buf());
                inputs.push(Input::Error(path, walk_error_message(&err)));
            }
        }
    }
    // The walker, and the filter's handle with it, is gone: ours is the last.
    let refused = Arc::try_unwrap(ignore_files)
        .map(|files| {
            files
                .into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .into_errors()
        })
        .unwrap_or_default();
    for (path, message) in refused {
        inputs.push(Input::Error(path, message));
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
