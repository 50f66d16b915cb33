//! Memory of one long file: the text layer costs a few bytes per byte of
//! text (compact words, one copy of plain text, phrase counts sketched
//! before they are counted exactly). It used to cost over 20; the 50 MB
//! one-line file of `scripts/speed-bench.sh` needed 790 MB.

mod common;

use std::fs;

/// A one-line plain-text file of `bytes` bytes: sentences of words drawn
/// from 5,000 distinct tokens (`w0` … `w4999`). Tokens with digits are no
/// spelling mistakes, and with that many, phrases hardly repeat: what is
/// measured is the analysis of the text, not findings.
fn one_line_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 64);
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    while text.len() < bytes {
        let words = 6 + next(9);
        for i in 0..words {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&format!("w{}", next(5000)));
        }
        text.push_str(". ");
    }
    text
}

fn peak_rss_kib(dir: &std::path::Path, file: &str) -> (serde_json::Value, u64) {
    let mut cmd = common::draftlint();
    cmd.current_dir(dir)
        .args(["check", "--format", "json", file]);
    let (stdout, peak) = common::output_and_peak_rss(cmd);
    (serde_json::from_slice(&stdout).unwrap(), peak)
}

#[test]
fn a_long_one_line_file_costs_a_few_bytes_per_byte() {
    let dir = tempfile::tempdir().unwrap();
    let size = 4 << 20;
    fs::write(dir.path().join("tiny.txt"), "Un texte.\n").unwrap();
    fs::write(dir.path().join("long.txt"), one_line_text(size)).unwrap();
    let (_, baseline) = peak_rss_kib(dir.path(), "tiny.txt");
    let (report, peak) = peak_rss_kib(dir.path(), "long.txt");
    assert_eq!(report["files"][0]["error"], serde_json::Value::Null);
    let growth = peak.saturating_sub(baseline) * 1024;
    let per_byte = growth as f64 / size as f64;
    eprintln!(
        "peak RSS {baseline} KiB for a short file, {peak} KiB for 4 MiB: {per_byte:.1} bytes per byte"
    );
    // About 6.5 with a release build (words 12 bytes each, normalised
    // words, token ids, one copy of the text); over 20 before.
    assert!(
        per_byte < 12.0,
        "{per_byte:.1} bytes of memory per byte of text"
    );
}
