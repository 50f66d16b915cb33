//! Throughput of the whole engine on one core: `cargo bench --bench throughput`.
//!
//! Reads every `.txt`/`.md` file of the measurement corpus
//! (`../shared/corpus/{clean,defective}` by default, or the directories given
//! as arguments), lints them all repeatedly with the built-in defaults
//! (parse, analyse, every default rule) and reports MB/s and the peak
//! resident memory of the process. Run it in release mode (cargo bench does).
//!
//! Environment: `DRAFTLINT_BENCH_SECONDS` (default 3) bounds each
//! measurement; `DRAFTLINT_BENCH_SPELLING=0` disables the spelling rules.

use draftlint::config::{Config, RuleSettings};
use draftlint::engine::lint_text;
use draftlint::rules::Catalogue;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dirs: Vec<PathBuf> = if args.is_empty() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        vec![shared.join("clean"), shared.join("defective")]
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    let files = load(&dirs);
    if files.is_empty() {
        eprintln!("no corpus found in {dirs:?}; pass directories as arguments");
        return;
    }
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let seconds: f64 = std::env::var("DRAFTLINT_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);

    let catalogue = Catalogue::builtin().expect("built-in packs load");
    let mut config = Config::defaults(PathBuf::from("."), catalogue.clone());
    let spelling = std::env::var("DRAFTLINT_BENCH_SPELLING").map_or(true, |v| v != "0");
    if !spelling {
        config.rules.insert(
            "spelling".into(),
            RuleSettings {
                enabled: Some(false),
                ..RuleSettings::default()
            },
        );
    }

    // One cold pass: loads dictionaries, builds rule sets, fills the spelling
    // caches. Reported apart: it is what a one-off run over the corpus costs.
    let cold = Instant::now();
    let mut findings = 0;
    for (path, text) in &files {
        let settings = config.file_settings(path);
        findings += lint_text(path, text.clone(), &config, &settings)
            .diagnostics
            .len();
    }

    let cold = cold.elapsed().as_secs_f64();

    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let mut passes = 0u32;
    let mut pass_times = Vec::new();
    while start.elapsed() < Duration::from_secs_f64(seconds) || passes == 0 {
        let pass = Instant::now();
        for (path, text) in &files {
            let settings = config.file_settings(path);
            std::hint::black_box(lint_text(path, text.clone(), &config, &settings));
        }
        pass_times.push(pass.elapsed().as_secs_f64());
        passes += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    pass_times.sort_by(f64::total_cmp);
    let cpu = cpu_seconds().zip(cpu_start).map(|(end, begin)| end - begin);
    let mb = bytes as f64 * f64::from(passes) / 1e6;
    println!(
        "corpus: {} files, {:.2} MB, {} findings per pass; spelling {}",
        files.len(),
        bytes as f64 / 1e6,
        findings,
        if spelling && catalogue.knows_selector("spelling") {
            "on"
        } else {
            "off"
        }
    );
    println!(
        "throughput: {:.1} MB/s on one core ({passes} passes in {elapsed:.2} s)",
        mb / elapsed
    );
    // On a shared machine other work steals whole passes: the median
    // pass is the steadier figure, the best one what the code can do.
    let pass_mb = bytes as f64 / 1e6;
    println!(
        "per pass: median {:.1} MB/s, best {:.1} MB/s",
        pass_mb / pass_times[pass_times.len() / 2],
        pass_mb / pass_times[0]
    );
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        // CPU time is what a core spent; on a busy machine it is the fairer
        // figure (the wall clock also counts time the thread waited).
        println!("throughput per CPU second: {:.1} MB/s", mb / cpu);
    }
    println!(
        "first pass (dictionary loads and cold caches included): {:.3} s, {:.1} MB/s",
        cold,
        bytes as f64 / 1e6 / cold
    );
    if let Some(peak) = peak_memory_kib() {
        println!("peak memory: {:.1} MB", peak as f64 / 1024.0);
    }
}

fn load(dirs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if (ext == "txt" || ext == "md")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                files.push((path, text));
            }
        }
    }
    files
}

/// User + system CPU time of this process, from /proc/self/stat (Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Clock ticks: 100 per second on Linux.
    Some((utime + stime) / 100.0)
}

/// Peak resident set size (VmHWM) on Linux.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
