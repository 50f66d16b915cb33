//! `check --cache DIR` through the real binary: the same output with or
//! without it, unchanged files read back, changed ones linted again, and
//! `--fix` unaffected.

mod gate_support;
use gate_support::{Project, run_in};
use std::path::Path;

fn cache_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for shard in std::fs::read_dir(dir).unwrap() {
        let shard = shard.unwrap().path();
        // Entries are in sub-directories; beside them, the build's memo.
        if !shard.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&shard).unwrap() {
            found.push(entry.unwrap().path());
        }
    }
    found
}

/// The bundled example drafts (French, English, Markdown, plain text, a
/// configuration with overrides): cold and warm runs print what a run
/// without the cache prints, in every format.
#[test]
fn output_is_the_same_with_a_cold_or_warm_cache() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cache = tempfile::tempdir().unwrap();
    let cache_dir = cache.path().join("c");
    for format in ["human", "json", "sarif", "github"] {
        let plain = run_in(root, &["check", "--format", format, "fixtures"]);
        for pass in ["cold", "warm"] {
            let cached = run_in(
                root,
                &[
                    "check",
                    "--format",
                    format,
                    "--cache",
                    cache_dir.to_str().unwrap(),
                    "fixtures",
                ],
            );
            assert_eq!(cached.stdout, plain.stdout, "{format}, {pass} cache");
            assert_eq!(cached.stderr, plain.stderr, "{format}, {pass} cache");
            assert_eq!(cached.code, plain.code, "{format}, {pass} cache");
        }
    }
    assert!(!cache_entries(&cache_dir).is_empty());
}

#[test]
fn unchanged_files_are_read_back_and_changed_ones_linted_again() {
    let p = Project::new();
    p.write("a.md", "We went to the the market.\n");
    let args = ["check", "--format", "json", "--cache", "cache", "a.md"];
    let first = p.run(&args);
    assert_eq!(first.code, 1, "{}", first.stderr);
    let entries = cache_entries(&p.path("cache"));
    assert_eq!(entries.len(), 1);

    // An entry with no findings, for the same key: a warm run reads it
    // back instead of linting the file.
    let text = std::fs::read_to_string(&entries[0]).unwrap();
    let header = text.lines().next().unwrap();
    std::fs::write(
        &entries[0],
        format!("{header}\n{{\"language\":\"en\",\"diagnostics\":[]}}"),
    )
    .unwrap();
    let warm = p.run(&args);
    assert_eq!(warm.code, 0, "{}", warm.stdout);

    // The same file edited: a new key, linted again.
    p.write("a.md", "We went to the the market again.\n");
    let edited = p.run(&args);
    assert_eq!(edited.code, 1, "{}", edited.stdout);
    assert_eq!(cache_entries(&p.path("cache")).len(), 2);

    // So is a change of configuration.
    p.write("a.md", "We went to the the market.\n");
    p.write(
        "draftlint.toml",
        "[rules]\n\"repetition.doubled-word\" = { severity = \"error\" }\n",
    );
    let configured = p.run(&args);
    assert_eq!(configured.code, 1);
    assert!(
        configured.stdout.contains("\"severity\":\"error\""),
        "{}",
        configured.stdout
    );
}

#[test]
fn fix_works_with_the_cache() {
    let p = Project::new();
    p.write("a.md", "We went to the the market.\n");
    let first = p.run(&["check", "--cache", "cache", "a.md"]);
    assert_eq!(first.code, 1);
    let fixed = p.run(&["check", "--fix", "--cache", "cache", "a.md"]);
    assert_eq!(fixed.code, 0, "{}{}", fixed.stdout, fixed.stderr);
    assert_eq!(p.read("a.md"), "We went to the market.\n");
    let after = p.run(&["check", "--cache", "cache", "a.md"]);
    assert_eq!(after.code, 0, "{}", after.stdout);
}

#[test]
fn an_unusable_cache_directory_is_one_clear_error() {
    let p = Project::new();
    p.write("a.md", "Text.\n");
    p.write("file", "not a directory\n");
    let run = p.run(&["check", "--cache", "file/sub", "a.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("cannot create the cache directory file/sub"),
        "{}",
        run.stderr
    );
}

/// A project's own dictionary is indexed once in the cache directory: cold
/// and warm runs, and a run whose stored index was damaged, print what a
/// run without the cache prints (answers and suggestions included).
#[test]
fn a_project_dictionary_is_indexed_once_with_the_same_output() {
    let p = Project::new();
    p.write(
        "dicts/atelier.aff",
        "SET UTF-8\nTRY aeioulnrst\n\nSFX S Y 1\nSFX S 0 s .\n",
    );
    p.write("dicts/atelier.dic", "3\nbrouette/S\nrâteau\ngrelinette/S\n");
    p.write(
        "draftlint.toml",
        "[spelling]\ndictionaries = { fr = [\"builtin\", \"dicts/atelier\"] }\n",
    );
    p.write(
        "a.md",
        "Les grelinettes et les brouettes sont rangées au fond du jardin. \
         Une brouete attend encore sous la haie.\n",
    );
    let plain = p.run(&["check", "--format", "json", "a.md"]);
    assert!(
        !plain.stdout.contains("grelinettes") && plain.stdout.contains("brouete"),
        "{}",
        plain.stdout
    );
    let cached_run = || {
        // Findings are not read back: the file is linted again.
        for entry in std::fs::read_dir(p.path("cache")).into_iter().flatten() {
            let entry = entry.unwrap().path();
            if entry.is_dir() && entry.file_name().unwrap() != "dictionaries" {
                std::fs::remove_dir_all(entry).unwrap();
            }
        }
        p.run(&["check", "--format", "json", "--cache", "cache", "a.md"])
    };
    let index_files = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(p.path("cache/dictionaries"))
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default()
    };
    for pass in ["cold", "warm"] {
        let cached = cached_run();
        assert_eq!(cached.stdout, plain.stdout, "{pass}");
        assert_eq!(cached.stderr, plain.stderr, "{pass}");
        assert_eq!(index_files().len(), 1, "{pass}");
    }
    let index = &index_files()[0];
    let stored = std::fs::read(index).unwrap();
    std::fs::write(index, &stored[..stored.len() / 2]).unwrap();
    let damaged = cached_run();
    assert_eq!(damaged.stdout, plain.stdout);
    assert_eq!(
        std::fs::read(index).unwrap(),
        stored,
        "the index is stored again"
    );
}

/// The user names the cache directory (`--cache .draftlint-cache`), the
/// repository decides what that name is: a committed link to a directory
/// elsewhere must not have entries written there.
#[cfg(unix)]
#[test]
fn a_cache_directory_linked_out_of_the_repository_is_refused() {
    let p = Project::new();
    p.git(&["init", "-q"]);
    p.write("a.md", "We went to the the market.\n");
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), p.path(".draftlint-cache")).unwrap();
    let run = p.run(&["check", "--cache", ".draftlint-cache", "a.md"]);
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).unwrap().count(),
        0,
        "entries were written through the link"
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("the cache directory .draftlint-cache leads to")
            && run.stderr.contains("outside"),
        "{}",
        run.stderr
    );
    // A directory of the user's own, outside any repository, may be a
    // link: the user chose it.
    let own = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), own.path().join("cache")).unwrap();
    let cache = own.path().join("cache");
    let run = p.run(&["check", "--cache", cache.to_str().unwrap(), "a.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(cache_entries(elsewhere.path()).len(), 1);
}
