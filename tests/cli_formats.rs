//! `--format sarif` and `--format github` through the real binary. The
//! SARIF schema validation itself is `.ci/sarif-schema-test.sh` (it needs a
//! JSON-schema validator); these tests check what the schema cannot: that
//! the right findings land in the right places.

mod gate_support;
use gate_support::Project;

const DRAFT: &str = "# Titre\n\nWe went to the the market.\n\nIt was a free gift, 100% free.\n";

#[test]
fn sarif_has_rules_locations_fixes_and_fingerprints() {
    let p = Project::new();
    p.write("drafts/été.md", DRAFT);
    let run = p.run(&["check", "--format", "sarif", "drafts"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "suppression.unused"));
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);

    let doubled = &results[0];
    assert_eq!(doubled["ruleId"], "repetition.doubled-word");
    let index = doubled["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "repetition.doubled-word");
    assert_eq!(doubled["level"], "warning");
    let location = &doubled["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "drafts/%C3%A9t%C3%A9.md"
    );
    assert_eq!(location["region"]["startLine"], 3);
    assert_eq!(location["region"]["startColumn"], 16);
    assert_eq!(location["region"]["endColumn"], 19);
    let fix = &doubled["fixes"][0];
    assert_eq!(fix["properties"]["safe"], true);
    let replacement = &fix["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "");
    assert_eq!(replacement["deletedRegion"]["startColumn"], 15);
    assert_eq!(
        doubled["partialFingerprints"]["draftlintFingerprint/v1"]
            .as_str()
            .unwrap()
            .len(),
        16
    );
    assert_eq!(run0["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn sarif_with_no_findings_and_an_unreadable_file_is_well_formed() {
    let p = Project::new();
    p.write("clean.md", "Nothing to report.\n");
    std::fs::write(p.path("binary.md"), b"\x00\x01\x02").unwrap();
    let run = p.run(&["check", "--format", "sarif", "."]);
    assert_eq!(run.code, 2);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["results"].as_array().unwrap().len(), 0);
    let invocation = &run0["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap()
            .contains("binary.md")
    );
}

#[test]
fn github_annotations_point_at_the_finding() {
    let p = Project::new();
    p.write("a, b.md", DRAFT);
    let run = p.run(&["check", "--format", "github", "a, b.md"]);
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "::warning file=a%2C b.md,line=3,col=16,endLine=3,endColumn=19,\
         title=repetition.doubled-word::`the` is written twice%0Ahelp: delete the second copy"
    );
    assert!(
        lines[1].starts_with("::warning file=a%2C b.md,line=5,col=10,"),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines[2],
        "draftlint: 0 errors, 2 warnings, 0 infos in 1 file"
    );
}

#[test]
fn github_severities_map_to_commands() {
    let p = Project::new();
    p.write("a.md", DRAFT);
    p.write(
        "draftlint.toml",
        "[rules]\n\"repetition.doubled-word\" = { severity = \"error\" }\n\"style.pleonasm\" = { severity = \"info\" }\n",
    );
    let run = p.run(&["check", "--format", "github", "a.md"]);
    assert!(
        run.stdout.starts_with("::error file=a.md,line=3"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\n::notice file=a.md,line=5"),
        "{}",
        run.stdout
    );
}
