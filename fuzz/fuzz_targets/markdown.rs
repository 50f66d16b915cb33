//! The Markdown layer and the text layer on top of it: masked text keeps
//! length and newlines, blocks, words and sentences stay inside the file.
#![no_main]

use draftlint::invariants::harness;
use draftlint::markup::MarkupKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| harness::markup(data, MarkupKind::Markdown));
