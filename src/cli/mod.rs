//! The command line: parses arguments, runs the engine, hands reports to a
//! renderer, and turns the outcome into an exit code. This layer and the
//! renderers are the only code that prints.
//!
//! Exit codes: 0 nothing at or above the fail level, 1 findings at or above
//! it, 2 usage, configuration or I/O error.

mod args;
mod check;
mod diff_base;
mod fix_write;
mod ignore_files;
mod init;
mod ordered;
mod output;
mod rules_cmd;
mod statistics;
mod walk;
mod words;

pub use args::{CheckArgs, Cli, Command};

use clap::Parser;
use std::process::ExitCode;

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Rules(args) => rules_cmd::list(&args),
        Command::Explain { id } => rules_cmd::explain(&id),
        Command::Init { force } => init::run(force),
        Command::Words(command) => words::run(&command),
        Command::Lsp => Ok(crate::lsp::run_stdio()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(output::Failure::BrokenPipe) => ExitCode::from(EXIT_CLEAN),
        Err(output::Failure::Error(message)) => {
            output::print_error(&message);
            ExitCode::from(EXIT_ERROR)
        }
        Err(output::Failure::File(error)) => {
            output::print_file_error(&error);
            ExitCode::from(EXIT_ERROR)
        }
    }
}
