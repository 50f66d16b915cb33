#!/usr/bin/env python3
"""Peak memory on the worst cases found so far (issue 12), release build.

For each constructed draft (Markdown nearly all markup, one-letter words,
doubled words, ordinary sentences), builds it at 1 and 8 MiB, runs
`draftlint check --format json FILE` under `/usr/bin/time` and prints the
extra peak resident memory per MiB of input, over a short file's peak (the
dictionaries and rules, the same for any file). The target is at most 20
extra MiB per MiB on every case.

    scripts/memory-worst-cases.py [--sizes 1,8] [--only NAME,...] [--no-build]

Needs /usr/bin/time (Debian: `apt-get install time`). This is the benchmark
of record; tests/scale.rs only guards a looser bound at 1 MiB.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

MIB = 1 << 20
TARGET = 20.0

# Each case is a Markdown line (or unit) repeated up to the size. They are
# the shapes that make the most structures per byte: a parser node, a block,
# a sentence or a word every two or three bytes.
SENTENCES = (
    "Le conseil municipal a voté le budget du nouveau marché couvert. "
    "Les travaux commenceront au printemps, si la météo le permet. "
    "The residents asked how long the square would stay closed.\n\n"
)
CASES = {
    "brackets": "[" * 63 + "\n",  # one paragraph, a parser node a byte
    "emphasis": "*a* _b_ **c** ",
    "links": "[a](b) ",
    "one-letter-lines": "a\n",
    "table-rows": None,  # built by table() below: a header, then rows
    "paragraphs": "a\n\n",
    "list-items": "- a\n",
    "headings": "# a\n",
    "one-letter-words": "a ",
    "inline-html": "<b>a</b> ",
    "doubled-words": "le ",
    "sentences": SENTENCES,
}


def table(size: int) -> str:
    head = "|a|b|\n|-|-|\n"
    return head + "|a|b|\n" * ((size - len(head)) // 6)


def build(name: str, size: int) -> str:
    if name == "table-rows":
        return table(size)
    unit = CASES[name]
    return unit * (size // len(unit.encode()))


def peak_kib(binary: Path, path: Path, scratch: Path) -> int:
    """Peak resident memory of one run, in KiB."""
    timing = scratch / "time.txt"
    with open(os.devnull, "wb") as sink:
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", str(timing), str(binary),
             "check", "--format", "json", str(path)],
            stdout=sink, stderr=subprocess.DEVNULL, check=False,
        )
    return int(timing.read_text().split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,8", help="sizes in MiB (default 1,8)")
    parser.add_argument("--only", help="comma-separated case names")
    parser.add_argument("--no-build", action="store_true", help="use the release binary as is")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    target_dir = Path(os.environ.get("CARGO_TARGET_DIR", root / "target"))
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
    binary = target_dir / "release" / "draftlint"
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.only.split(",") if args.only else list(CASES)
    for name in names:
        if name not in CASES:
            sys.exit(f"unknown case `{name}`; cases: {', '.join(CASES)}")

    worst = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        tiny = scratch / "tiny.md"
        tiny.write_text("Un texte.\n")
        base = peak_kib(binary, tiny, scratch)
        print(f"short file: {base / 1024:.0f} MiB peak; extra MiB of peak per MiB of input"
              f" (target <= {TARGET:.0f}):")
        print(f"{'case':<18}" + "".join(f"{f'{s} MiB':>10}" for s in sizes))
        for name in names:
            cells = []
            for size in sizes:
                path = scratch / f"{name}.md"
                path.write_text(build(name, size * MIB))
                ratio = (peak_kib(binary, path, scratch) - base) / 1024 / size
                worst = max(worst, ratio)
                cells.append(f"{ratio:>10.1f}")
                path.unlink()
            print(f"{name:<18}" + "".join(cells), flush=True)
    print(f"worst: {worst:.1f} MiB per MiB ({'meets' if worst <= TARGET else 'misses'}"
          f" the target of {TARGET:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
