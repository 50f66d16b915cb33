//! `draftlint lsp`: a language server over stdio.
//!
//! Editors send the buffers being written; the server lints them with the
//! configuration that applies to their path, exactly as `draftlint check`
//! would, and publishes the findings as diagnostics. It also explains a
//! finding on hover, offers its suggestions as quick fixes, adds words to
//! the project's word list, and reloads `draftlint.toml` when it changes.
//!
//! One concern per file: [`transport`] (framing), [`server`] (session and
//! dispatch), [`documents`] (buffers and incremental edits, located by an
//! [`edit_cursor`]), [`position`]
//! (byte offsets ↔ LSP positions), [`uri`], [`lint`], [`diagnostics`]
//! (conversion), [`code_actions`], [`hover`], [`word_list`] and
//! [`config_reload`].

pub mod code_actions;
pub mod config_reload;
pub mod diagnostics;
pub mod documents;
pub mod edit_cursor;
pub mod hover;
pub mod lint;
pub mod position;
pub mod server;
pub mod transport;
pub mod uri;
pub mod word_list;

/// Serves one session over stdin and stdout; returns the process's exit
/// code (0 after a clean `shutdown` and `exit`, 1 otherwise).
pub fn run_stdio() -> u8 {
    let stdio = transport::Stdio::start();
    let code = server::serve(&stdio.incoming, stdio.outgoing.clone());
    if let Err(e) = stdio.finish() {
        eprintln!("draftlint lsp: cannot write to the client: {e}");
    }
    code
}
