#!/usr/bin/env bash
# Runs one cargo-fuzz target for a while, growing fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh TARGET [SECONDS]      TARGET: markdown | plain | pipeline | html | mdx | front_matter
#
# Works on the stable toolchain: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its
# nightly-only flags, and `-s none` skips the sanitizer (draftlint has no
# `unsafe`; what we look for are panics, hangs and broken invariants, which
# `-a` debug assertions and the harness's own checks catch). One job, with
# fork mode so a crash is saved to fuzz/artifacts/<target>/ and fuzzing goes
# on. Every crash found must become a file in the corpus (the replay in
# tests/fuzz_corpus.rs then guards it) and a fix.
#
# Needs `cargo install cargo-fuzz` and a C++ compiler (for libFuzzer).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
target=${1:?usage: scripts/fuzz.sh markdown|plain|pipeline|html|mdx|front_matter [seconds]}
seconds=${2:-3600}
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
mkdir -p "corpus/$target" "artifacts/$target"
exec nice cargo fuzz run -s none -a -O "$target" "corpus/$target" -- \
  -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="artifacts/$target/"
