//! The HTML layer (html5gum tokens, the element stack, character
//! references, template syntax in pages) and the text layer on top of it.
#![no_main]

use draftlint::invariants::harness;
use draftlint::markup::MarkupKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| harness::markup(data, MarkupKind::Html));
