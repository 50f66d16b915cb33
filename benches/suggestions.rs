//! Suggestion speed and quality: `cargo bench --bench suggestions`.
//!
//! For each typo of `tests/data/typos/typos-{fr,en}.tsv` (made by
//! `scripts/make-typo-set.py`), times the suggestions of the built-in
//! dictionary (word index) and, for comparison, of the same dictionary
//! without its index (spellbook's suggester for English, our bounded
//! edit-by-edit suggester for French: what draftlint used before), and
//! prints p50/p95/max per word and the share of typos whose first
//! suggestion is the word meant.
//!
//! `DRAFTLINT_BENCH_OLD=0` skips the comparison (the old French path takes
//! ≈ 20 ms a word).
//!
//! Times are the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`): on a
//! machine shared with other builds the wall clock also counts the time the
//! thread waited for a core, which says nothing about the code.

use draftlint::spelling::embedded_source;
use draftlint::spelling::{DEFAULT_SUGGESTION_BUDGET, Dictionary, HunspellDictionary};
use std::time::Duration;

fn main() {
    let old = std::env::var("DRAFTLINT_BENCH_OLD").map_or(true, |v| v != "0");
    for lang in ["fr", "en"] {
        let path = format!(
            "{}/tests/data/typos/typos-{lang}.tsv",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("typo set");
        let typos: Vec<(&str, &str)> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect();
        let indexed = HunspellDictionary::builtin(lang).unwrap();
        report(lang, "word index", &indexed, &typos);
        if old {
            let (aff, dic) = embedded_source(lang).unwrap();
            let plain = HunspellDictionary::from_aff_dic(aff, dic).unwrap();
            report(lang, "without index", &plain, &typos);
        }
    }
}

fn report(lang: &str, name: &str, dictionary: &HunspellDictionary, typos: &[(&str, &str)]) {
    // Parses spellbook (elisions are checked with it): not a suggestion's cost.
    // (a word with an apostrophe is never answered by the index alone).
    dictionary.check("l'zzzqxw");
    let mut times: Vec<Duration> = Vec::with_capacity(typos.len());
    let mut right = 0;
    for (typo, meant) in typos {
        let start = thread_cpu_time();
        let suggestions = dictionary.suggest(typo, 3, DEFAULT_SUGGESTION_BUDGET);
        times.push(thread_cpu_time().saturating_sub(start));
        right += usize::from(suggestions.first().map(String::as_str) == Some(meant));
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "suggestions {lang} ({name}): {} typos, first suggestion right {:.1}%, CPU per word p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        typos.len(),
        100.0 * right as f64 / typos.len() as f64,
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
    );
}

/// CPU time this thread has used.
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}
