//! Same input, same output, whatever the thread count: the CLI run over one
//! directory with one worker thread and with four prints the same bytes.
//! Each run is a fresh process, so caches start empty and timing differs.

mod common;

use common::run_in;
use std::fs;

/// Drafts that trigger most rules: unknown words (whose suggestions and
/// whose "name or typo?" decision must not depend on the clock), doubled
/// words, ligatures, mixed languages.
fn drafts() -> Vec<(String, String)> {
    let fr = [
        "Le rapport de la la commission est paru.",
        "Les enjeix du marchée sont importants pour l’œuvre et la manoeuvre.",
        "Aujourd'hui, le conseil municipall a voté un budjet.",
        "Qu’est-ce qu’on attend ? Les habitans du villaje.",
        "Mme Durandeau et M. Kerbrat ont signé la convension.",
    ];
    let en = [
        "The council recieved the the report on Tuesday.",
        "Their goverment anounced a new libary schedule.",
        "Seperate paragraphs shoud end with punctuation",
        "Mr Vandersloot and Ms Okonkwo met the comittee.",
    ];
    let mut out = Vec::new();
    for i in 0..48 {
        let pick = |list: &[&str], k: usize| list[(i * 7 + k * 3) % list.len()].to_string();
        let (lang, list): (&str, &[&str]) = if i % 2 == 0 { ("fr", &fr) } else { ("en", &en) };
        let body = (0..6).map(|k| pick(list, k)).collect::<Vec<_>>().join(" ");
        let ext = if i % 3 == 0 { "txt" } else { "md" };
        out.push((
            format!("{lang}-{i:02}.{ext}"),
            format!("# Titre {i}\n\n{body}\n\n{body}\n"),
        ));
    }
    out
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in drafts() {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let run = |threads: &str| {
        let mut cmd = common::draftlint();
        let out = cmd
            .current_dir(dir.path())
            .env("RAYON_NUM_THREADS", threads)
            .args(["check", "--format", "json", "."])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
        out.stdout
    };
    let one = run("1");
    let four = run("4");
    assert!(
        one == four,
        "outputs differ:\n1 thread: {}\n4 threads: {}",
        String::from_utf8_lossy(&one),
        String::from_utf8_lossy(&four)
    );
    let _ = run_in;
}
