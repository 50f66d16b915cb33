//! draftlint: a content-quality linter for article drafts.
//!
//! The pipeline runs in one direction with plain values between stages:
//! `config` → `source` → `markup` → `text` → `rules` → `render`. The engine
//! returns data ([`diagnostic::Diagnostic`]); only renderers and the CLI print.

pub mod baseline;
pub mod cache;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod fix;
pub mod invariants;
pub mod lsp;
pub mod markup;
pub mod panic_guard;
pub mod render;
pub mod repository;
pub mod resources;
pub mod rules;
pub mod source;
pub mod spelling;
pub mod suppress;
pub mod text;
