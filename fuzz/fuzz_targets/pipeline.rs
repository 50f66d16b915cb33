//! Bytes in, diagnostics out, every renderer: decoding, Markdown, plain
//! text and HTML or MDX, every rule (opt-in ones too), JSON and human output.
#![no_main]

use draftlint::invariants::harness;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| harness::pipeline(data));
