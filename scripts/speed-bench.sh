#!/usr/bin/env bash
# Speed at scale (issue 15): prints, for the release build,
#
#   1. scaling: N generated drafts (default 10,000, ≈ 51 MB) linted with
#      RAYON_NUM_THREADS=1 and 2: wall and CPU time, files/s, MB/s, peak
#      memory, and the efficiency (speed-up / threads);
#   2. memory: a 50 MB one-line plain-text file (peak RSS);
#   3. the cache: a cold and a warm run with --cache on N drafts with few
#      findings (generate-drafts.py --clean);
#   4. --diff-base: 1,000 drafts in a git repository, 100 of them edited.
#
#   scripts/speed-bench.sh [N]
#
# Needs python3, git and /usr/bin/time (`apt-get install time`). Wall times
# are only meaningful on an otherwise idle machine: the load average is
# printed first, and CPU times (user + sys) are printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
bin="$PWD/$CARGO_TARGET_DIR/release/draftlint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# `measure LABEL CMD...`: runs CMD with stdout discarded and prints
# "LABEL wall cpu peak" (seconds, seconds, MB), keeping them in $wall,
# $cpu and $peak.
measure() {
  local label=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2>"$work/stderr" || true
  read -r wall user sys kb < <(tail -n 1 "$work/time")
  cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  peak=$((kb / 1024))
  printf '%-34s wall %6.2f s   cpu %6.2f s   peak %5d MB\n' "$label" "$wall" "$cpu" "$peak"
}

python3 scripts/generate-drafts.py "$work/drafts" "$n"
bytes=$(du -sb "$work/drafts" | cut -f1)
mb=$(python3 -c "print($bytes / 1e6)")

echo
echo "1. scaling ($n drafts, $(printf '%.1f' "$mb") MB)"
declare -A walls cpus
for threads in 1 2; do
  RAYON_NUM_THREADS=$threads measure "   $threads thread(s)" "$bin" check --format json "$work/drafts"
  walls[$threads]=$wall
  cpus[$threads]=$cpu
  python3 -c "print(f'   {$n / $wall:,.0f} files/s, {$mb / $wall:.1f} MB/s wall; {$mb / ${cpus[$threads]}:.1f} MB per CPU second')"
done
python3 - "${walls[1]}" "${walls[2]}" "${cpus[1]}" "${cpus[2]}" <<'PY'
import sys
w1, w2, c1, c2 = map(float, sys.argv[1:])
print(f"   speed-up {w1 / w2:.2f}x on 2 threads: efficiency {w1 / w2 / 2:.0%} (wall);"
      f" CPU for the same work {c2 / c1:.2f}x (1.00 = no overhead from the second thread)")
PY

echo
echo "2. memory: a 50 MB one-line file"
python3 - "$work/one-line.txt" <<'PY'
import os, random, re, sys
rng = random.Random(7)
here = os.path.join("dictionaries", "fr", "fr.dic")
with open(here, encoding="utf-8") as f:
    next(f)
    words = sorted({l.split("/")[0].split()[0] for l in f if l.strip()})
words = [w for w in words if re.fullmatch(r"[a-zàâçéèêëîïôûùüÿœ]{4,12}", w)]
out, size = [], 0
while size < 50_000_000:
    s = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16)))
    s = s[0].upper() + s[1:] + ". "
    out.append(s)
    size += len(s.encode())
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(out)[:50_000_000])
PY
measure "   check --format json one-line.txt" "$bin" check --format json "$work/one-line.txt"

echo
echo "3. cache ($n drafts with few findings)"
python3 scripts/generate-drafts.py "$work/clean" "$n" --clean
measure "   no cache" "$bin" check --format json "$work/clean"
measure "   --cache, cold" "$bin" check --format json --cache "$work/cache" "$work/clean"
measure "   --cache, warm" "$bin" check --format json --cache "$work/cache" "$work/clean"
measure "   --cache, warm again" "$bin" check --format json --cache "$work/cache" "$work/clean"

echo
echo "4. --diff-base (1,000 drafts, 100 edited)"
repo="$work/repo"
python3 scripts/generate-drafts.py "$repo" 1000
git -C "$repo" init -q
git -C "$repo" add .
git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid commit -q -m drafts
find "$repo" -name 'draft-*' | sort | head -n 100 | while read -r f; do
  printf '\nAn added line with the the doubled word.\n' >> "$f"
done
measure "   check (all lines)" "$bin" check --format json "$repo"
(cd "$repo" && measure "   check --diff-base HEAD" "$bin" check --format json --diff-base HEAD .)
