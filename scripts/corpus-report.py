#!/usr/bin/env python3
"""Measures draftlint on the shared corpus (../shared/corpus by default).

- clean/: findings at warning or above per 1,000 words, per language and
  category, leaving out the slips listed in clean/known_issues.json (every
  other finding there is a false positive);
- defective/: how many of the candidate leftovers of annotations_auto.json
  are covered by a promo/truncation/structure/generated finding on the same
  span or line (a guide, not a ground truth).

Usage: scripts/corpus-report.py [--bin target/release/draftlint] [--corpus DIR] [--show CATEGORY]
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

LEFTOVER_CATEGORIES = ("promo", "truncation", "structure", "generated")


def lint(binary, files):
    out = subprocess.run([binary, "check", "--format", "json", *files],
                         capture_output=True, text=True, check=False).stdout
    return {os.path.basename(f["path"]): f for f in json.loads(out)["files"]}


def clean_report(binary, corpus, show):
    files = sorted(glob.glob(os.path.join(corpus, "clean", "*.txt")))
    known = collections.defaultdict(list)
    for k in json.load(open(os.path.join(corpus, "clean", "known_issues.json"))):
        known[k["file"]].append((k["start"], k["end"]))
    words = collections.Counter()
    found = collections.Counter()
    examples = collections.defaultdict(list)
    for name, report in lint(binary, files).items():
        raw = open(os.path.join(corpus, "clean", name), "rb").read()
        words[report["language"]] += len(raw.split())
        for d in report["diagnostics"]:
            if d["severity"] == "info":
                continue
            s, e = d["span"]["start"], d["span"]["end"]
            if any(a < e and s < b for a, b in known[name]):
                continue
            key = (report["language"], d["category"])
            found[key] += 1
            examples[key].append(f"{name}: {d['rule']}: {raw[s:e].decode(errors='replace')[:60]}")
    print(f"clean corpus: {dict(words)} words")
    for (lang, cat), n in sorted(found.items()):
        print(f"  {lang} {cat:<12} {n:>3} findings, {1000 * n / words[lang]:.2f} per 1,000 words")
        if show and cat == show:
            for line in examples[(lang, cat)]:
                print("     ", line)


def defective_report(binary, corpus):
    folder = os.path.join(corpus, "defective")
    annotations = json.load(open(os.path.join(folder, "annotations_auto.json")))
    files = sorted(glob.glob(os.path.join(folder, "*.txt")))
    reports = lint(binary, files)
    hit, total = collections.Counter(), collections.Counter()
    for a in annotations:
        raw = open(os.path.join(folder, a["file"]), "rb").read()
        line = raw[: a["start"]].count(b"\n") + 1
        covered = any(
            (d["span"]["start"] < a["end"] and a["start"] < d["span"]["end"]) or d["span"]["line"] == line
            for d in reports[a["file"]]["diagnostics"]
            if d["category"] in LEFTOVER_CATEGORIES
        )
        total[a["kind"]] += 1
        hit[a["kind"]] += covered
    print("defective corpus (annotations_auto.json, a guide):")
    for kind in sorted(total):
        print(f"  {kind:<8} {hit[kind]}/{total[kind]} covered")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "draftlint"))
    parser.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    parser.add_argument("--show", help="list the findings of this category on the clean corpus")
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    clean_report(args.bin, args.corpus, args.show)
    defective_report(args.bin, args.corpus)


if __name__ == "__main__":
    main()
