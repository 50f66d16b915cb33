#!/usr/bin/env bash
# Scale check: generates a repository of N drafts (default 10,000, ≈ 50 MB)
# and runs the release binary over it, printing wall time, CPU use and peak
# memory (GNU time). Memory must stay bounded: the CLI lints and renders a
# chunk of files at a time and never holds the whole repository's
# diagnostics.
#
#   scripts/scale-bench.sh [N] [json|human]
#
# Needs python3 (generation) and /usr/bin/time (`apt-get install time`).
# The drafts are synthetic: sentences assembled from a small vocabulary of
# our own, with a few typos and doubled words so every rule has work.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
format=${2:-json}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/draftlint"
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT

python3 - "$repo" "$n" <<'PY'
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
fr = ("le conseil la ville les habitants un projet une place des travaux "
      "le budget la mairie les commerces un quartier une rue des écoles "
      "a voté présente prévoit annonce rénove ouvre étudie finance "
      "depuis avant après pendant pour avec sans selon entre vers "
      "nouveau grande petite ancienne publique locale municipal régional").split()
en = ("the council the town residents a project a square the works "
      "the budget the library shops a district a street the schools "
      "voted presents plans announces renovates opens studies funds "
      "since before after during for with without according between toward "
      "new large small old public local municipal regional").split()
typos = ["recieve", "goverment", "enjei", "budjet", "libary", "comittee"]
def sentence(words):
    k = rng.randint(6, 16)
    w = [rng.choice(words) for _ in range(k)]
    if rng.random() < 0.05: w.insert(rng.randrange(len(w)), rng.choice(typos))
    if rng.random() < 0.03:
        i = rng.randrange(len(w)); w.insert(i, w[i])
    s = " ".join(w)
    # French spaces `?` and `!`, English does not.
    ends = [".", ".", ".", " ?", " !"] if words is fr else [".", ".", ".", "?", "!"]
    return s[0].upper() + s[1:] + rng.choice(ends)
total = 0
for i in range(n):
    d = os.path.join(root, f"section-{i // 500:02}", f"sub-{(i // 50) % 10}")
    os.makedirs(d, exist_ok=True)
    words = fr if i % 2 == 0 else en
    paras = []
    size = 0
    while size < 4900:
        p = " ".join(sentence(words) for _ in range(rng.randint(3, 7)))
        paras.append(p)
        size += len(p.encode()) + 2
    text = f"# Draft {i}\n\n" + "\n\n".join(paras) + "\n"
    ext = "md" if i % 3 else "txt"
    with open(os.path.join(d, f"draft-{i:05}.{ext}"), "w") as f:
        f.write(text)
    total += len(text.encode())
print(f"generated {n} drafts, {total / 1e6:.1f} MB", file=sys.stderr)
PY

echo "cores: $(nproc)" >&2
out=$(mktemp)
/usr/bin/time -f 'wall %e s, user %U s, sys %S s, CPU %P, peak RSS %M KB' \
  "$bin" check --format "$format" --color never "$repo" > "$out" || status=$?
echo "exit status: ${status:-0} (1 = findings)" >&2
echo "output: $(wc -c < "$out") bytes" >&2
rm -f "$out"
