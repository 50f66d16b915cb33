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

/// (rule, message, line of the primary span, lines of the labels) of each
/// finding.
fn findings(run: &gate_support::Run) -> Vec<(String, String, u64, Vec<u64>)> {
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
                d["span"]["line"].as_u64().unwrap(),
                d["labels"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l["span"]["line"].as_u64().unwrap())
                    .collect(),
            )
        })
        .collect()
}

const TWO_TYPOS: &str = "Le conseil a voté le budjet.\n\nLe budjet sera publié demain.\n";

#[test]
fn suppressing_the_first_occurrence_keeps_the_second() {
    let p = Project::new();
    p.write(
        "a.md",
        &format!("<!-- draftlint-disable-next-line spelling.unknown-word -->\n{TWO_TYPOS}"),
    );
    let run = p.run(&["check", "--format", "json", "a.md"]);
    assert_eq!(
        findings(&run),
        vec![(
            "spelling.unknown-word".to_string(),
            "unknown word `budjet`".to_string(),
            4,
            vec![]
        )],
        "{}",
        run.stdout
    );
    // The suggestions moved with it, to the occurrence still reported.
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let suggestions = v["files"][0]["diagnostics"][0]["suggestions"]
        .as_array()
        .unwrap();
    assert!(!suggestions.is_empty(), "{}", run.stdout);
    assert!(
        suggestions.iter().all(|s| s["span"]["line"] == 4),
        "{}",
        run.stdout
    );
}

#[test]
fn suppressing_the_second_occurrence_is_used() {
    let p = Project::new();
    let text = TWO_TYPOS.replace(
        "\n\nLe budjet",
        "\n\n<!-- draftlint-disable-next-line spelling.unknown-word -->\nLe budjet",
    );
    p.write("a.md", &text);
    let run = p.run(&["check", "--format", "json", "a.md"]);
    assert_eq!(
        findings(&run),
        vec![(
            "spelling.unknown-word".to_string(),
            "unknown word `budjet`".to_string(),
            1,
            vec![]
        )],
        "{}",
        run.stdout
    );
}

#[test]
fn suppressing_every_occurrence_removes_the_finding() {
    let p = Project::new();
    p.write(
        "a.md",
        &format!("<!-- draftlint-disable spelling -->\n\n{TWO_TYPOS}\n<!-- draftlint-enable -->\n"),
    );
    let run = p.run(&["check", "--format", "json", "a.md"]);
    assert!(findings(&run).is_empty(), "{}", run.stdout);
}

/// Each occurrence carries its own fix: a suppressed occurrence keeps its
/// text under --fix, the others are fixed.
#[test]
fn a_suppressed_occurrence_loses_its_fix() {
    let p = Project::new();
    p.write("draftlint.toml", "[rules.consistency]\nenabled = true\n");
    p.write(
        "a.md",
        "L’équipe d’accueil l’a dit : c’est l’été.\n\n\
         L'entrée est libre.\n\n\
         <!-- draftlint-disable-next-line consistency.apostrophe -->\n\
         C'est un nom d'usage.\n",
    );
    let run = p.run(&["check", "--format", "json", "a.md"]);
    let apostrophes: Vec<_> = findings(&run)
        .into_iter()
        .filter(|f| f.0 == "consistency.apostrophe")
        .collect();
    assert_eq!(apostrophes.len(), 1, "{}", run.stdout);
    assert_eq!(
        (
            apostrophes[0].1.as_str(),
            apostrophes[0].2,
            apostrophes[0].3.clone()
        ),
        ("apostrophes written two ways: 5 `’` and 1 `'`", 3, vec![]),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("suppression.unused"), "{}", run.stdout);
    p.run(&["check", "--fix", "a.md"]);
    assert_eq!(
        p.read("a.md"),
        "L’équipe d’accueil l’a dit : c’est l’été.\n\n\
         L’entrée est libre.\n\n\
         <!-- draftlint-disable-next-line consistency.apostrophe -->\n\
         C'est un nom d'usage.\n"
    );
}
