#!/usr/bin/env python3
"""Generates N synthetic drafts (about 5 KB each, half French, half
English) under ROOT, for the scale and speed benchmarks.

    scripts/generate-drafts.py ROOT N [--clean]

The drafts are sentences assembled from a small vocabulary of our own, with
a few typos and doubled words so every rule has work (and, the vocabulary
being small, many repeated phrases: about 15 KB of JSON findings a file).
With --clean, words are drawn from the bundled dictionaries instead and no
typo or doubled word is added: a repository with few findings, as a
maintained one is. Deterministic: the same N gives the same files.
"""
import os, random, re, sys
root, n = sys.argv[1], int(sys.argv[2])
clean = "--clean" in sys.argv[3:]
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
if clean:
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dictionaries")
    def stems(path):
        with open(path, encoding="utf-8") as f:
            next(f)
            words = {line.split("/")[0].split()[0] for line in f if line.strip()}
        # Lowercase, letters only, long enough not to be an abbreviation.
        return sorted(w for w in words if re.fullmatch(r"[a-zàâçéèêëîïôûùüÿœ]{4,12}", w))
    fr = stems(os.path.join(here, "fr", "fr.dic"))
    en = stems(os.path.join(here, "en", "en_US.dic"))
    typos = []
def sentence(words):
    k = rng.randint(6, 16)
    w = [rng.choice(words) for _ in range(k)]
    if typos and rng.random() < 0.05: w.insert(rng.randrange(len(w)), rng.choice(typos))
    if not clean and rng.random() < 0.03:
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
