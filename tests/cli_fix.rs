//! `--fix` and `--diff` through the real binary.

mod gate_support;
use gate_support::{Project, rules_found};

const DRAFT: &str = "Le maire a présenté le le budget de la ville.\n\nIl faudra voire même revoir les horaires.\n\nLa mairie veut pallier à la fermeture du marché.\n";

#[test]
fn fix_applies_safe_suggestions_and_prints_them() {
    let p = Project::new();
    p.write("a.md", DRAFT);
    let run = p.run(&["check", "--fix", "--format", "json", "a.md"]);
    assert_eq!(
        p.read("a.md"),
        "Le maire a présenté le budget de la ville.\n\nIl faudra voire revoir les horaires.\n\nLa mairie veut pallier à la fermeture du marché.\n",
        "only safe suggestions are applied"
    );
    assert!(
        run.stderr
            .contains("fixed a.md:1: repetition.doubled-word: delete `le`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("fixed a.md:3: style.pleonasm: `voire même` → `voire`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Fixed 2 findings in 1 file."),
        "{}",
        run.stderr
    );
    // What is left is reported on the fixed text.
    assert_eq!(rules_found(&run), vec!["style.common-mistake"]);
    assert_eq!(run.code, 1);
}

#[cfg(unix)]
#[test]
fn fix_keeps_permissions_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::new();
    let path = p.write("a.md", "We went to the the market.\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let run = p.run(&["check", "--fix", "a.md"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(p.read("a.md"), "We went to the market.\n");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    let names: Vec<_> = std::fs::read_dir(p.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["a.md"]);
}

#[test]
fn chained_fixes_converge() {
    let p = Project::new();
    p.write("a.md", "We went to the the the market.\n");
    let run = p.run(&["check", "--fix", "a.md"]);
    assert_eq!(p.read("a.md"), "We went to the market.\n");
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn a_windows_1252_file_is_fixed_in_windows_1252() {
    let p = Project::new();
    // "été" and "œuvre" in windows-1252, then a doubled word.
    let bytes = b"\xe9t\xe9, \x9cuvre: we went to the the market.\n";
    std::fs::write(p.path("a.txt"), bytes).unwrap();
    let run = p.run(&["check", "--fix", "--encoding", "windows-1252", "a.txt"]);
    assert_eq!(
        std::fs::read(p.path("a.txt")).unwrap(),
        b"\xe9t\xe9, \x9cuvre: we went to the market.\n",
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Fixed 1 finding in 1 file."),
        "{}",
        run.stderr
    );
}

#[test]
fn a_windows_1252_file_is_left_alone_when_a_fix_cannot_be_encoded() {
    let p = Project::new();
    p.write(
        "house.toml",
        "[pack]\nname = \"house\"\nlanguage = \"any\"\ncategory = \"style\"\n\n\
         [[rules]]\nname = \"approx\"\nkind = \"substitution\"\nsummary = \"s\"\n\
         message = \"write {replacement}\"\nsubstitutions = { \"approx\" = \"\u{2248}\" }\n\
         fix = \"replace\"\nsafe = true\n",
    );
    p.write("draftlint.toml", "packs = [\"house.toml\"]\n");
    let bytes = b"Caf\xe9 approx th\xe9.\n";
    std::fs::write(p.path("a.txt"), bytes).unwrap();
    let run = p.run(&["check", "--fix", "--encoding", "windows-1252", "a.txt"]);
    assert_eq!(
        std::fs::read(p.path("a.txt")).unwrap(),
        bytes,
        "not rewritten"
    );
    assert!(
        run.stderr
            .contains("not fixed: a.txt: a fix writes `\u{2248}` (U+2248)"),
        "{}",
        run.stderr
    );
    assert_eq!(run.code, 1, "the finding is still reported");
}

#[test]
fn encoding_flag_keeps_utf8_files_in_utf8() {
    let p = Project::new();
    p.write("a.md", "Un été: we went to the the market.\n");
    let run = p.run(&["check", "--fix", "--encoding", "windows-1252", "a.md"]);
    assert_eq!(
        p.read("a.md"),
        "Un été: we went to the market.\n",
        "{}",
        run.stderr
    );
}

#[test]
fn diff_shows_the_edits_without_writing() {
    let p = Project::new();
    p.write("a.md", DRAFT);
    let run = p.run(&["check", "--diff", "a.md"]);
    assert_eq!(run.code, 1);
    assert_eq!(p.read("a.md"), DRAFT, "nothing written");
    assert!(
        run.stdout
            .starts_with("--- a/a.md\n+++ b/a.md\n@@ -1,5 +1,5 @@\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("-Le maire a présenté le le budget de la ville.\n+Le maire a présenté le budget de la ville.\n"), "{}", run.stdout);

    p.write("clean.md", "Nothing to fix here.\n");
    let run = p.run(&["check", "--diff", "clean.md"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
}

#[test]
fn fix_refuses_standard_input() {
    let p = Project::new();
    let run = p.run(&["check", "--fix", "-"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--fix cannot write standard input"),
        "{}",
        run.stderr
    );
}

#[test]
fn suppressed_findings_are_not_fixed_but_baselined_ones_are() {
    let p = Project::new();
    let text = "<!-- draftlint-disable-next-line repetition.doubled-word -->\nThe crowd chanted \"go go\" all night.\n\nWe went to the the market.\n";
    p.write("a.md", text);
    assert_eq!(
        p.run(&["check", "--write-baseline", "b.json", "a.md"]).code,
        0
    );
    let run = p.run(&["check", "--fix", "--baseline", "b.json", "a.md"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        p.read("a.md"),
        "<!-- draftlint-disable-next-line repetition.doubled-word -->\nThe crowd chanted \"go go\" all night.\n\nWe went to the market.\n"
    );
}

#[test]
fn french_spacing_is_opt_in_and_fixed_with_narrow_no_break_spaces() {
    let p = Project::new();
    p.write(
        "a.md",
        "Le marché ouvre-t-il demain? Oui: dès huit heures!\n",
    );
    let off = p.run(&["check", "--format", "json", "a.md"]);
    assert!(
        !rules_found(&off).contains(&"typography.french-spacing".to_string()),
        "off by default"
    );
    p.write(
        "draftlint.toml",
        "language = \"fr\"\n[rules.\"typography.french-spacing\"]\nenabled = true\n",
    );
    let run = p.run(&["check", "--fix", "a.md"]);
    assert_eq!(
        p.read("a.md"),
        "Le marché ouvre-t-il demain\u{202f}? Oui\u{a0}: dès huit heures\u{202f}!\n",
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("typography.french-spacing: insert a narrow no-break space (U+202F)"),
        "{}",
        run.stderr
    );
}

/// A share prompt is deleted with its whole line ("Share on Mastodon", not
/// just "Share on"), and only when nothing but the widget is on it.
#[test]
fn widget_lines_are_deleted_whole_or_not_at_all() {
    let p = Project::new();
    p.write(
        "a.md",
        "# Harbour news\n\nThe ferry runs again from Monday, on the summer timetable.\n\n\
         Share on Mastodon\n\nShare with your neighbours at the quay.\n\n\
         - Share this article via email\n- The café reopens on Friday.\n",
    );
    p.write(
        "b.md",
        "Le port rouvre lundi, avec les horaires d'été.\n\nPartagez cet article sur Bluesky !\n",
    );
    let run = p.run(&["check", "--fix", "--format", "json", "a.md", "b.md"]);
    assert_eq!(
        p.read("a.md"),
        "# Harbour news\n\nThe ferry runs again from Monday, on the summer timetable.\n\n\
         Share with your neighbours at the quay.\n\n\
         - The café reopens on Friday.\n",
        "{}",
        run.stderr
    );
    assert_eq!(
        p.read("b.md"),
        "Le port rouvre lundi, avec les horaires d'été.\n"
    );
    // The line with other words on it is still reported, with its
    // deletion only suggested.
    assert!(
        rules_found(&run).contains(&"promo.share-on".to_string()),
        "{}",
        run.stdout
    );
}
