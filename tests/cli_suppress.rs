//! Inline suppressions through the real binary.

mod gate_support;
use gate_support::{Project, rules_found};

#[test]
fn next_line_disable_enable_and_file_suppressions() {
    let p = Project::new();
    p.write(
        "a.md",
        "<!-- draftlint-disable-next-line repetition.doubled-word -->\n\
         We went to the the market.\n\n\
         <!-- draftlint-disable repetition -->\n\n\
         They sold the the fish.\n\n\
         <!-- draftlint-enable -->\n\n\
         We paid for the the bread.\n",
    );
    let run = p.run(&["check", "--format", "json", "a.md"]);
    assert_eq!(rules_found(&run), vec!["repetition.doubled-word"]);
    assert!(run.stdout.contains("\"line\":10"), "{}", run.stdout);
    assert_eq!(run.code, 1);

    p.write(
        "b.md",
        "<!-- draftlint-disable-file repetition.doubled-word, style -->\n\nThe the end result came.\n",
    );
    let run = p.run(&["check", "--format", "json", "b.md"]);
    assert!(rules_found(&run).is_empty(), "{}", run.stdout);
    assert_eq!(run.code, 0);
}

#[test]
fn unknown_ids_and_unused_suppressions_are_reported() {
    let p = Project::new();
    p.write(
        "a.md",
        "<!-- draftlint-disable-next-line repetition.doubled-wrd -->\n\
         We went to the the market.\n\n\
         <!-- draftlint-disable-next-line style.pleonasm -->\n\
         A clean sentence.\n",
    );
    let run = p.run(&["check", "--format", "json", "a.md"]);
    assert_eq!(
        rules_found(&run),
        vec![
            "suppression.unknown-rule",
            "repetition.doubled-word",
            "suppression.unused"
        ]
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let unknown = &value["files"][0]["diagnostics"][0];
    assert_eq!(unknown["category"], "style");
    assert_eq!(unknown["span"]["column"], 34, "points at the id");

    // Like any rule, they can be turned off in the configuration.
    p.write(
        "draftlint.toml",
        "[rules]\n\"suppression.unused\" = { enabled = false }\n",
    );
    let run = p.run(&["check", "--format", "json", "a.md"]);
    assert!(!rules_found(&run).contains(&"suppression.unused".to_string()));
}

#[test]
fn suppression_rules_are_documented() {
    let p = Project::new();
    let run = p.run(&["explain", "suppression.unused"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("suppresses nothing"), "{}", run.stdout);
}

#[test]
fn the_documented_example_suppresses_what_it_says() {
    let docs = include_str!("../docs/ci.md");
    let section = &docs[docs.find("## Inline suppression").expect("section")..];
    let start = section.find("```markdown\n").expect("example") + "```markdown\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let p = Project::new();
    p.write("example.md", example);
    let run = p.run(&["check", "--format", "json", "example.md"]);
    assert!(rules_found(&run).is_empty(), "{}", run.stdout);

    // Without the comments, the same text has findings.
    let bare: String = example
        .lines()
        .filter(|l| !l.starts_with("<!--"))
        .map(|l| format!("{l}\n"))
        .collect();
    p.write("bare.md", &bare);
    let run = p.run(&["check", "--format", "json", "bare.md"]);
    assert_eq!(
        rules_found(&run),
        vec![
            "repetition.doubled-word",
            "style.pleonasm",
            "repetition.doubled-word"
        ]
    );
}
