//! Language server latency and memory: `cargo bench --bench lsp_latency`.
//!
//! 1. **Re-check after an edit.** For a 2,000-word draft in French and one
//!    in English, applies a one-character incremental edit and re-lints,
//!    through the server's own code path (`OpenDocument::apply_changes`,
//!    `lint::lint_document`: configuration lookup, every default rule
//!    including spelling, conversion to LSP diagnostics), with the
//!    dictionaries already loaded. Reports median, 95th percentile and max.
//! 2. **The real server.** Starts `draftlint lsp`, opens both drafts, types
//!    in each, and reports the time from a `didChange` to the diagnostics
//!    that answer it (this includes the server's debounce, `QUIET`) and the
//!    peak resident memory of the server process (`VmHWM`) with French and
//!    English loaded.
//!
//! Drafts are built from the measurement corpus (`../shared/corpus/clean`
//! by default, or the directories given as arguments): texts of one
//! language joined paragraph by paragraph until 2,000 words. Run in release
//! mode (cargo bench does). `DRAFTLINT_BENCH_EDITS` (default 300) sets the
//! number of edits measured per draft.

use draftlint::config::Config;
use draftlint::engine::lint_text;
use draftlint::lsp::config_reload::ConfigWatch;
use draftlint::lsp::documents::OpenDocument;
use draftlint::lsp::lint::lint_document;
use draftlint::lsp::position::{PositionEncoding, PositionIndex};
use draftlint::lsp::server::QUIET;
use draftlint::rules::Catalogue;
use draftlint::text::Language;
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WORDS: usize = 2_000;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dirs: Vec<PathBuf> = if args.is_empty() {
        vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/clean")]
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    let edits: usize = std::env::var("DRAFTLINT_BENCH_EDITS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let drafts = build_drafts(&dirs);
    if drafts.is_empty() {
        eprintln!("no corpus found in {dirs:?}; pass directories of .txt/.md drafts");
        return;
    }
    let work = tempfile::tempdir().expect("a temporary directory");

    println!("re-check after a one-character edit (in process, dictionaries loaded):");
    for (language, text) in &drafts {
        let path = work.path().join(format!("draft-{language}.md"));
        println!(
            "  {language} draft: {} words, {} bytes",
            text.split_whitespace().count(),
            text.len()
        );
        for typing in [Typing::SameWords, Typing::NewWords] {
            let times = relint_times(&path, text, edits, typing);
            println!(
                "    {}: median {:.2} ms, p95 {:.2} ms, max {:.2} ms ({} edits)",
                typing.describe(),
                ms(percentile(&times, 50)),
                ms(percentile(&times, 95)),
                ms(*times.last().unwrap()),
                times.len(),
            );
        }
    }

    println!("the server process (`draftlint lsp`):");
    server_figures(work.path(), &drafts);
}

/// Joins corpus texts of each language until a draft has 2,000 words.
fn build_drafts(dirs: &[PathBuf]) -> Vec<(Language, String)> {
    let catalogue = Catalogue::builtin().expect("built-in packs load");
    let config = Config::defaults(PathBuf::from("."), catalogue);
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    let mut drafts: Vec<(Language, String)> = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let settings = config.file_settings(&file);
        let Some(language) = lint_text(&file, text.clone(), &config, &settings).language else {
            continue;
        };
        let draft = match drafts.iter_mut().find(|(l, _)| *l == language) {
            Some((_, draft)) => draft,
            None => {
                drafts.push((language, String::new()));
                &mut drafts.last_mut().unwrap().1
            }
        };
        for paragraph in text.split("\n\n") {
            if draft.split_whitespace().count() >= WORDS {
                break;
            }
            draft.push_str(paragraph.trim());
            draft.push_str("\n\n");
        }
    }
    drafts.retain(|(_, d)| d.split_whitespace().count() >= WORDS);
    drafts
}

#[derive(Clone, Copy)]
enum Typing {
    /// A letter typed then deleted: every word of the text was seen before,
    /// so spelling answers come from its cache.
    SameWords,
    /// Letters of invented words typed one by one: every keystroke makes a
    /// word no dictionary knows and the cache has never seen, so spelling
    /// looks it up and computes suggestions (the worst case).
    NewWords,
}

impl Typing {
    fn describe(self) -> &'static str {
        match self {
            Typing::SameWords => "edit, no new word (cached)",
            Typing::NewWords => "keystroke making a new unknown word",
        }
    }
}

/// Times of `edits` edit-then-lint cycles, sorted.
fn relint_times(path: &Path, text: &str, edits: usize, typing: Typing) -> Vec<Duration> {
    let configs = ConfigWatch::new(Catalogue::builtin().expect("built-in packs load"))
        .expect("default configuration");
    let uri: Uri = format!("file://{}", path.display())
        .parse()
        .expect("a file URI");
    let mut doc = OpenDocument::new(uri, path.to_path_buf(), 1, text.to_string());
    // The first lint loads the dictionary: that is the open, not an edit.
    lint_document(&mut doc, &configs, PositionEncoding::Utf16);
    // Edit near the middle, after a word.
    let mut middle = text.len() / 2;
    while !text.is_char_boundary(middle) {
        middle += 1;
    }
    let mut at = text[middle..].find(' ').map_or(middle, |i| middle + i);
    let mut seed: u32 = 0x2545_f491;
    let mut times = Vec::with_capacity(edits);
    for i in 0..edits {
        let index = PositionIndex::new(&doc.text, PositionEncoding::Utf16);
        let start = index.position(at);
        let (range, new_text) = match typing {
            Typing::SameWords if i % 2 == 1 => (
                lsp_types::Range::new(start, index.position(at + 1)),
                String::new(),
            ),
            Typing::SameWords => (lsp_types::Range::new(start, start), "x".to_string()),
            Typing::NewWords => {
                // A new word every 8 letters; letters from a fixed
                // pseudo-random sequence, so runs are comparable.
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let letter = char::from(b'a' + (seed % 26) as u8);
                let text = if i % 8 == 0 {
                    format!(" {letter}")
                } else {
                    letter.to_string()
                };
                (lsp_types::Range::new(start, start), text)
            }
        };
        if matches!(typing, Typing::NewWords) {
            at += new_text.len();
        }
        let change = TextDocumentContentChangeEvent {
            range: Some(range),
            range_length: None,
            text: new_text,
        };
        let begin = Instant::now();
        doc.apply_changes(2 + i as i32, vec![change], PositionEncoding::Utf16, begin);
        let outcome = lint_document(&mut doc, &configs, PositionEncoding::Utf16);
        times.push(begin.elapsed());
        std::hint::black_box(outcome.diagnostics.len());
    }
    times.sort();
    times
}

fn server_figures(dir: &Path, drafts: &[(Language, String)]) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_draftlint"))
        .arg("lsp")
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server starts");
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut send = |message: Value| {
        let body = message.to_string();
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    };
    // Waits for the next diagnostics published for `uri`.
    let mut published = |uri: &str| loop {
        let message = read_message(&mut stdout).expect("the server answers");
        if message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri
        {
            return message["params"]["diagnostics"]
                .as_array()
                .map_or(0, Vec::len);
        }
    };

    let start = Instant::now();
    send(
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    );
    send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    let mut uris = Vec::new();
    for (language, text) in drafts {
        let uri = format!("file://{}/server-{language}.md", dir.display());
        let opened = Instant::now();
        send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}}),
        );
        let count = published(&uri);
        println!(
            "  open {language} draft: diagnostics after {:.0} ms ({count} findings; the first open loads the dictionary)",
            ms(opened.elapsed())
        );
        uris.push(uri);
    }
    let mut round_trips = Vec::new();
    for (round, uri) in uris.iter().cycle().take(20).enumerate() {
        let sent = Instant::now();
        // Each draft gets an `x` typed at its start, then deleted.
        let (end, text) = if round % 4 < 2 { (0, "x") } else { (1, "") };
        send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": 2 + round},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": end}},
                                "text": text}]}}),
        );
        published(uri);
        round_trips.push(sent.elapsed());
    }
    round_trips.sort();
    println!(
        "  didChange → publishDiagnostics: median {:.1} ms, max {:.1} ms (includes the {} ms debounce)",
        ms(percentile(&round_trips, 50)),
        ms(*round_trips.last().unwrap()),
        QUIET.as_millis()
    );
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    for key in ["VmHWM", "VmRSS"] {
        if let Some(line) = status.lines().find(|l| l.starts_with(key)) {
            println!(
                "  {line} (French and English drafts open, {:.1} s after start)",
                start.elapsed().as_secs_f64()
            );
        }
    }
    send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    send(json!({"jsonrpc": "2.0", "method": "exit"}));
    let _ = child.wait();
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() - 1) * p / 100]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
