//! `draftlint check`.

use super::args::{CheckArgs, ColorChoice};
use super::output::{Failure, write_stdout};
use super::walk::{self, Input};
use super::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use crate::config::ConfigStore;
use crate::diagnostic::Severity;
use crate::engine::{self, FileReport, ReadOptions};
use crate::render::{self, Format, Summary};
use crate::rules::Catalogue;
use crate::source::Encoding;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Files are linted and rendered in parallel a chunk at a time, then written
/// in order: memory stays bounded by the chunk, not the repository.
const CHUNK: usize = 256;

pub fn run(args: &CheckArgs) -> Result<u8, Failure> {
    let encoding = match &args.encoding {
        None => None,
        Some(name) => Some(Encoding::parse(name).ok_or_else(|| {
            Failure::Error(format!(
                "unknown encoding `{name}`; use `utf-8` or `windows-1252`"
            ))
        })?),
    };
    let builtin = Catalogue::builtin()?;
    let configs = ConfigStore::new(builtin, args.config.as_deref())?;
    let inputs = walk::collect(&args.paths, &configs);

    // Load every configuration up front: a broken one stops the run with
    // exit code 2 before any output.
    for input in &inputs {
        let config_path = match input {
            Input::File(path) => path.clone(),
            Input::Stdin => args
                .stdin_filename
                .clone()
                .unwrap_or_else(|| PathBuf::from("<stdin>")),
            Input::Error(..) => continue,
        };
        configs.for_path(&config_path)?;
    }

    let read = ReadOptions {
        encoding,
        stdin_filename: args.stdin_filename.clone(),
    };
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.format == Format::Human
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let renderer = render::renderer(args.format, color);
    let mut summary = Summary::default();
    let mut fail_level: Option<Severity> = args.fail_level.map(Severity::from);

    let mut header = Vec::new();
    renderer.header(&mut header);
    write_stdout(&header)?;

    let mut index = 0;
    for chunk in inputs.chunks(CHUNK) {
        let rendered: Vec<(Vec<u8>, Summary, Option<Severity>)> = chunk
            .par_iter()
            .enumerate()
            .map(|(i, input)| {
                let (report, config_fail_level) = lint_input(input, &configs, &read);
                let mut out = Vec::new();
                renderer.file(&report, index + i, &mut out);
                let mut file_summary = Summary::default();
                file_summary.add(&report);
                (out, file_summary, config_fail_level)
            })
            .collect();
        for (bytes, file_summary, config_fail_level) in rendered {
            write_stdout(&bytes)?;
            summary.files += file_summary.files;
            summary.errors += file_summary.errors;
            summary.warnings += file_summary.warnings;
            summary.infos += file_summary.infos;
            summary.unreadable += file_summary.unreadable;
            if fail_level.is_none() {
                fail_level = config_fail_level;
            }
        }
        index += chunk.len();
    }

    let mut footer = Vec::new();
    renderer.footer(&summary, &mut footer);
    write_stdout(&footer)?;

    Ok(if summary.unreadable > 0 {
        EXIT_ERROR
    } else if summary.fails_at(fail_level.unwrap_or(Severity::Warning)) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

fn lint_input(
    input: &Input,
    configs: &ConfigStore,
    read: &ReadOptions,
) -> (FileReport, Option<Severity>) {
    let (path, config_path): (&Path, PathBuf) = match input {
        Input::Error(path, message) => return (FileReport::failed(path, message.clone()), None),
        Input::File(path) => (path, path.clone()),
        Input::Stdin => (
            Path::new("-"),
            read.stdin_filename
                .clone()
                .unwrap_or_else(|| PathBuf::from("<stdin>")),
        ),
    };
    match configs.for_path(&config_path) {
        Ok(config) => (engine::lint_path(path, &config, read), config.fail_level),
        Err(e) => (FileReport::failed(path, e.to_string()), None),
    }
}
