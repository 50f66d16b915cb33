//! `--encoding LABEL`: any WHATWG encoding is read, and `--fix` writes the
//! file back in it.

mod gate_support;
use gate_support::Project;

#[test]
fn iso_8859_15_is_read_and_written_as_iso_8859_15() {
    let p = Project::new();
    p.write("draftlint.toml", "language = \"fr\"\n");
    // "5 €" (0xA4 is `€` in ISO-8859-15, `¤` in Windows-1252), then a
    // ligature the safe fix writes as `œ` (0xBD in ISO-8859-15, 0x9C in
    // Windows-1252).
    std::fs::write(p.path("a.txt"), b"Elle paie 5 \xA4 pour sa soeur.\n").unwrap();
    let run = p.run(&[
        "check",
        "--format",
        "json",
        "--encoding",
        "iso-8859-15",
        "a.txt",
    ]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ligature = value["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "typography.ligature")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    // Offsets count the text as decoded: `€` is three bytes of UTF-8.
    assert_eq!(ligature["span"]["start"], "Elle paie 5 € pour sa ".len());

    let run = p.run(&["check", "--fix", "--encoding", "ISO-8859-15", "a.txt"]);
    assert_eq!(
        std::fs::read(p.path("a.txt")).unwrap(),
        b"Elle paie 5 \xA4 pour sa s\xBDur.\n",
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_encoding_is_refused_with_examples() {
    let p = Project::new();
    p.write("a.txt", "Un texte.\n");
    for label in ["klingon", "utf-16le"] {
        let run = p.run(&["check", "--encoding", label, "a.txt"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains(&format!("unknown encoding `{label}`"))
                && run.stderr.contains("iso-8859-15, windows-1250"),
            "{}",
            run.stderr
        );
    }
}
