#!/usr/bin/env python3
"""Recall and precision of draftlint on annotated drafts.

A draft (`*.md`, `*.txt`, any extension draftlint lints) is annotated by a
sidecar file with the same name plus `.expect.toml`
(`teaser.txt` -> `teaser.txt.expect.toml`):

    # Every defect an editor would send back, quoted exactly.
    [[expect]]
    family = "truncation"          # a JSON category (promo, truncation, ...)
    quote = "pour les étudi"       # an exact substring of the draft
    nth = 1                        # optional: which occurrence (1-based)
    rule = "truncation.cut-teaser" # optional: the rule (or rule prefix) expected
    note = "teaser cut mid-word"   # optional: why this is a defect

    [[allow]]                      # optional: findings that are neither
    quote = "Grammalecte"          # expected nor false (a name the
    family = "spelling"            # dictionaries lack, say)

A folder may hold a `recall-scope.toml` that limits which families are
measured on the drafts under it (a set written for every family, measured
here only on the families worked on so far):

    families = ["promo", "structure", "truncation"]

There, expectations and findings of other families are not counted at all.
`README.md` files describe a set and are not drafts.

An expectation is met when a finding of its family (and rule, if given)
overlaps the quoted bytes with its primary span or one of its labels. A
finding at warning or above that meets no expectation and no allowance is a
false positive. A draft without a sidecar is clean: every finding at warning
or above is false. Info findings are counted apart.

Usage: scripts/recall-report.py [--bin target/release/draftlint]
                                [--config FILE] [--show] [--min-recall R] DIR...
Exit code 1 when --min-recall is given and a family's recall is below it, or
when --max-false is given and there are more false positives.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tomllib


SCOPE_FILE = "recall-scope.toml"


def drafts_in(folders):
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(".expect.toml") or name.startswith("."):
                    continue
                if name in ("draftlint.toml", SCOPE_FILE, "README.md", "SHAPES.md"):
                    continue
                if name.endswith((".json", ".py")):
                    continue
                yield os.path.join(root, name), folder


def scope_of(draft, top):
    """The families measured on `draft`: those of the nearest
    `recall-scope.toml` between its folder and `top`, or None (all)."""
    folder = os.path.dirname(os.path.abspath(draft))
    top = os.path.abspath(top)
    while True:
        path = os.path.join(folder, SCOPE_FILE)
        if os.path.exists(path):
            with open(path, "rb") as f:
                data = tomllib.load(f)
            if set(data) != {"families"} or not isinstance(data["families"], list):
                sys.exit(f"{path}: expected only `families = [...]`")
            return set(data["families"])
        if folder == top or os.path.dirname(folder) == folder:
            return None
        folder = os.path.dirname(folder)


def load_expectations(draft):
    sidecar = draft + ".expect.toml"
    if not os.path.exists(sidecar):
        return [], []
    with open(sidecar, "rb") as f:
        data = tomllib.load(f)
    unknown = set(data) - {"expect", "allow"}
    if unknown:
        sys.exit(f"{sidecar}: unknown keys {sorted(unknown)}")
    raw = open(draft, "rb").read()

    def locate(entry, kind):
        quote = entry["quote"].encode()
        nth = entry.get("nth", 1)
        start = -1
        for _ in range(nth):
            start = raw.find(quote, start + 1)
            if start < 0:
                sys.exit(f"{sidecar}: {kind} quote {entry['quote']!r} (occurrence {nth}) not in the draft")
        return dict(entry, start=start, end=start + len(quote))

    expects = [locate(e, "expect") for e in data.get("expect", [])]
    allows = [locate(a, "allow") for a in data.get("allow", [])]
    return expects, allows


def spans(diagnostic):
    yield diagnostic["span"]["start"], diagnostic["span"]["end"]
    for label in diagnostic.get("labels", []):
        yield label["span"]["start"], label["span"]["end"]


def meets(diagnostic, entry):
    if entry.get("family") and diagnostic["category"] != entry["family"]:
        return False
    if entry.get("rule") and not diagnostic["rule"].startswith(entry["rule"]):
        return False
    # A zero-width quote cannot overlap; treat the span as at least one byte.
    s, e = entry["start"], max(entry["end"], entry["start"] + 1)
    return any(a < e and s < max(b, a + 1) for a, b in spans(diagnostic))


def where_of(path):
    """A draft's language and file kind, from its folder and extension."""
    parts = path.replace(os.sep, "/").split("/")
    language = next((p for p in reversed(parts[:-1]) if p in ("fr", "en")), "?")
    return f"{language}/{os.path.splitext(path)[1].lstrip('.') or '?'}"


def said_there(raw, entry, diagnostics):
    """What the linter reported where a missed defect is: findings of
    other families on the quote (named), one of the same family elsewhere
    on its line, or nothing on its line."""
    on_quote = sorted({d["category"] for d in diagnostics if meets(d, dict(entry, family=None))})
    if on_quote:
        return "on-quote:" + "+".join(on_quote)
    line_start = raw.rfind(b"\n", 0, entry["start"]) + 1
    line_end = raw.find(b"\n", entry["end"])
    line_end = len(raw) if line_end < 0 else line_end
    line = dict(entry, start=line_start, end=line_end)
    if any(meets(d, line) for d in diagnostics):
        return "same-family-on-line"
    if any(meets(d, dict(line, family=None)) for d in diagnostics):
        return "other-family-on-line"
    return "nothing-on-line"


def line_shape(raw, entry):
    """The shape of the line a missed defect is on, without its words:
    Markdown heading, table row, list item, quotation, a line all in bold,
    a short line (under eight words, no final mark: a title or a label in
    plain text), or a sentence line; first or last of the draft."""
    start = raw.rfind(b"\n", 0, entry["start"]) + 1
    end = raw.find(b"\n", entry["end"])
    end = len(raw) if end < 0 else end
    line = raw[start:end].decode(errors="replace").strip()
    if line.startswith("#"):
        shape = "heading"
    elif line.startswith("|"):
        shape = "table-row"
    elif line[:2] in ("- ", "* ", "+ ") or line.split(" ", 1)[0].rstrip(".)").isdigit():
        shape = "list-item"
    elif line.startswith(">"):
        shape = "quotation"
    elif line.startswith("**") and line.endswith("**"):
        shape = "bold-line"
    elif len(line.split()) < 8 and not line.endswith((".", "!", "?", "…", ":")):
        shape = "short-line"
    else:
        shape = "sentence-line"
    if not raw[:start].strip():
        shape += "(first)"
    elif not raw[end:].strip():
        shape += "(last)"
    return shape


def quote_end(raw, entry):
    """How a missed quote ends, without its words: its last word's case
    and length (a cut stem is short), and what follows it on its line
    (the line's end, an ellipsis, a cell bar, a link, a mark, more text)."""
    quote = raw[entry["start"]:entry["end"]].decode(errors="replace").rstrip()
    words = [w for w in quote.replace("\u2019", "'").split() if any(c.isalnum() for c in w)]
    last = words[-1].strip(".,;:!?…*_()[]\"'«»") if words else ""
    if not last:
        shape = "no-word"
    else:
        case = "digits" if last.isdigit() else "capital" if last[0].isupper() else "lower"
        n = len(last)
        shape = f"{case}-{'1-2' if n <= 2 else '3-4' if n <= 4 else '5-7' if n <= 7 else '8+'}"
    if quote.endswith(("...", "…")):
        shape += "+ellipsis"
    end = raw.find(b"\n", entry["end"])
    after = raw[entry["end"]:len(raw) if end < 0 else end].decode(errors="replace").strip()
    if not after:
        follows = "line-end"
    elif after.startswith(("...", "…")):
        follows = "ellipsis"
    elif after.startswith("|"):
        follows = "cell-bar"
    elif after.startswith(("[", "](", "(http", "<")):
        follows = "link"
    elif after[0] in ".,;:!?»)\"'*_":
        follows = "mark"
    else:
        follows = "text"
    return f"{shape} then {follows}"


def lint(binary, files, config):
    args = [binary, "check", "--format", "json"]
    if config:
        args += ["--config", config]
    out = subprocess.run(args + files, capture_output=True, text=True, check=False)
    try:
        return {f["path"]: f for f in json.loads(out.stdout)["files"]}
    except json.JSONDecodeError:
        sys.exit(f"draftlint did not print JSON:\n{out.stderr}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "draftlint"))
    parser.add_argument("--config", help="use this draftlint.toml for every draft")
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--miss-kinds",
        action="store_true",
        help="classify misses per family without their text: by language and file kind, and by "
        "what the linter said there (another family on the quote, the same family elsewhere on "
        "its line, nothing on its line); safe on a blind set",
    )
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="count false positives per rule, on clean and on defective drafts, without their "
        "text (safe on a blind set: no wording is shown)",
    )
    parser.add_argument("--min-recall", type=float)
    parser.add_argument("--max-false", type=int)
    args = parser.parse_args()

    found = list(drafts_in(args.dirs))
    if not found:
        sys.exit("no drafts found")
    files = [path for path, _ in found]
    reports = lint(args.bin, files, args.config)
    total, met = collections.Counter(), collections.Counter()
    false, infos, words = [], 0, 0
    false_by_rule = collections.Counter()
    misses = []
    miss_kinds = collections.Counter()
    scoped = collections.Counter()
    for path, top in found:
        report = reports.get(path)
        if report is None:
            sys.exit(f"{path}: not in draftlint's output")
        if report.get("error"):
            sys.exit(f"{path}: {report['error']}")
        raw = open(path, "rb").read()
        words += len(raw.split())
        expects, allows = load_expectations(path)
        diagnostics = report["diagnostics"]
        families = scope_of(path, top)
        if families is not None:
            scoped[", ".join(sorted(families))] += 1
            expects = [e for e in expects if e["family"] in families]
            diagnostics = [d for d in diagnostics if d["category"] in families]
        for entry in expects:
            total[entry["family"]] += 1
            if any(meets(d, entry) for d in diagnostics):
                met[entry["family"]] += 1
            else:
                misses.append(f"{path}: {entry['family']}: {entry['quote']!r}")
                miss_kinds[(entry["family"], "where", where_of(path))] += 1
                miss_kinds[(entry["family"], "said", said_there(raw, entry, report["diagnostics"]))] += 1
                miss_kinds[(entry["family"], "line", line_shape(raw, entry))] += 1
                miss_kinds[(entry["family"], "end", quote_end(raw, entry))] += 1
        for d in diagnostics:
            if d["severity"] == "info":
                infos += 1
                continue
            if any(meets(d, e) for e in expects) or any(meets(d, a) for a in allows):
                continue
            s, e = d["span"]["start"], d["span"]["end"]
            false.append(f"{path}:{d['span']['line']}: {d['rule']}: {raw[s:e].decode(errors='replace')[:60]!r}")
            false_by_rule[(d["rule"], "defective" if expects else "clean")] += 1

    print(f"{len(files)} drafts, {words} words")
    for families, count in sorted(scoped.items()):
        print(f"  ({count} of them measured on {families} only: {SCOPE_FILE})")
    failed = False
    for family in sorted(total):
        recall = met[family] / total[family]
        print(f"  {family:<12} recall {met[family]:>3}/{total[family]:<3} = {recall:.2f}")
        if args.min_recall is not None and recall < args.min_recall:
            failed = True
    rate = 1000 * len(false) / max(words, 1)
    print(f"  false positives (warning and above): {len(false)}, {rate:.2f} per 1,000 words; infos: {infos}")
    if args.max_false is not None and len(false) > args.max_false:
        failed = True
    if args.miss_kinds:
        for family in sorted(total):
            for aspect in ("where", "said", "line", "end"):
                row = sorted(
                    ((kind, n) for (f, a, kind), n in miss_kinds.items() if f == family and a == aspect),
                    key=lambda kn: -kn[1],
                )
                print(f"  missed {family:<11} {aspect:<5}: " + ", ".join(f"{kind} {n}" for kind, n in row))
    if args.by_rule:
        rules = sorted({rule for rule, _ in false_by_rule}, key=lambda r: -sum(false_by_rule[(r, k)] for k in ("clean", "defective")))
        for rule in rules:
            print(f"  false by rule: {rule:<40} clean drafts {false_by_rule[(rule, 'clean')]:>3}, defective drafts {false_by_rule[(rule, 'defective')]:>3}")
    if args.show:
        for line in misses:
            print("  missed:", line)
        for line in false:
            print("  false: ", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
