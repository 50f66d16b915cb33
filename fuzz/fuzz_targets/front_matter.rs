//! YAML, TOML and JSON front matter: the input follows each opening
//! delimiter, in a Markdown page and in an HTML template.
#![no_main]

use draftlint::invariants::harness;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| harness::front_matter(data));
