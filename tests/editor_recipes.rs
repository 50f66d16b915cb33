//! The editor recipes of docs/editors.md are run against the real output,
//! as written in the documentation: a recipe that drifts from what
//! draftlint prints fails here, not in a user's editor.
//! (The Neovim recipes run in a real Neovim: .ci/nvim-lsp-test.sh.)

mod common;

use common::{json, repo_root, run_in, stdout};
use std::fs;

/// The fenced blocks of `lang` in docs/editors.md that contain `needle`.
fn doc_blocks(lang: &str, needle: &str) -> Vec<String> {
    let doc = fs::read_to_string(repo_root().join("docs/editors.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match &mut current {
            None if line.trim_start() == format!("```{lang}") => current = Some(String::new()),
            Some(block) if line.trim_start() == "```" => {
                if block.contains(needle) {
                    blocks.push(block.clone());
                }
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// VS Code's problem matcher reads the human output with two regular
/// expressions: the header line (severity, rule, message) and the line
/// after it (file, line, column). Every finding must match both, with the
/// severity VS Code knows (`error`, `warning`, `info`) and the position the
/// JSON output gives.
#[test]
fn the_vscode_problem_matcher_reads_every_finding() {
    let blocks = doc_blocks("json", "problemMatcher");
    assert_eq!(blocks.len(), 1, "one tasks.json recipe in docs/editors.md");
    let tasks: serde_json::Value = serde_json::from_str(&blocks[0]).unwrap();
    let pattern = &tasks["tasks"][0]["problemMatcher"]["pattern"];
    let header = regex::Regex::new(pattern[0]["regexp"].as_str().unwrap()).unwrap();
    let location = regex::Regex::new(pattern[1]["regexp"].as_str().unwrap()).unwrap();
    let group = |i: usize, key: &str| pattern[i][key].as_u64().unwrap() as usize;

    let dir = tempfile::tempdir().unwrap();
    // An error (unknown word), a warning (doubled word), an info (ligature).
    fs::write(
        dir.path().join("brouillon.md"),
        "# Le marché\n\nLe maire a visité le le marché samedi.\n\n\
         Sa soeur a présenté le budjet de la commune.\n",
    )
    .unwrap();
    let findings = json(&run_in(
        dir.path(),
        &["check", "--format", "json", "brouillon.md"],
        None,
    ))["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .clone();
    let severities: std::collections::BTreeSet<&str> = findings
        .iter()
        .map(|d| d["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities.len(), 3, "the draft must have every severity");

    // The command of the recipe: `draftlint check --color never`.
    let human = stdout(&run_in(
        dir.path(),
        &["check", "--color", "never", "brouillon.md"],
        None,
    ));
    let lines: Vec<&str> = human.lines().collect();
    let mut read = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(h) = header.captures(line) else {
            continue;
        };
        let next = lines.get(i + 1).copied().unwrap_or("");
        let at = location
            .captures(next)
            .unwrap_or_else(|| panic!("no location after {line:?}: {next:?}"));
        read.push((
            h[group(0, "severity")].to_string(),
            h[group(0, "code")].to_string(),
            at[group(1, "file")].to_string(),
            at[group(1, "line")].parse::<u64>().unwrap(),
            at[group(1, "column")].parse::<u64>().unwrap(),
        ));
    }
    let expected: Vec<_> = findings
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_string(),
                d["rule"].as_str().unwrap().to_string(),
                "brouillon.md".to_string(),
                d["span"]["line"].as_u64().unwrap(),
                d["span"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(read, expected, "{human}");
}
