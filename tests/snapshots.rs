//! What a person sees: human and JSON output for every fixture, snapshotted.

mod common;

use common::{repo_root, run_in, stdout};

fn fixtures() -> Vec<String> {
    let mut out = Vec::new();
    // `formats`: static-site Markdown, MDX and HTML, with their own
    // draftlint.toml (not a fixture).
    for lang in ["en", "fr", "formats"] {
        let dir = repo_root().join("fixtures").join(lang);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name != "draftlint.toml")
            .collect();
        files.sort();
        out.extend(files.into_iter().map(|f| format!("fixtures/{lang}/{f}")));
    }
    out
}

#[test]
fn human_output_of_fixtures() {
    for fixture in fixtures() {
        let out = run_in(repo_root(), &["check", "--color", "never", &fixture], None);
        let name = fixture.replace(['/', '.'], "_");
        insta::assert_snapshot!(format!("human_{name}"), stdout(&out));
    }
}

#[test]
fn json_output_of_fixtures() {
    for fixture in fixtures() {
        let out = run_in(repo_root(), &["check", "--format", "json", &fixture], None);
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let name = fixture.replace(['/', '.'], "_");
        insta::assert_snapshot!(
            format!("json_{name}"),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
