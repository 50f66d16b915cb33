#!/usr/bin/env python3
"""Writes the typo sets of tests/data/typos/ (typos-fr.tsv, typos-en.tsv):
one misspelling per line, a tab, the word meant.

Each common word of words-LANG.txt gets one typo of the kinds writers make,
taken in turn: accent dropped (French), letter doubled, double letter
undoubled, letter dropped, neighbours swapped, a key next to the right one.
The choice of position is pseudo-random with a fixed seed, so the files are
reproducible. Hand-written misspellings (HAND below) are added. A typo the
dictionary accepts (it is another word) is left out, as is a word the
dictionary does not know; both checks ask the `hunspell` program with the
dictionaries embedded in draftlint.

Usage: scripts/make-typo-set.py   (needs `hunspell`: apt-get install hunspell)
"""
import os
import random
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "tests", "data", "typos")
DICTIONARIES = {"fr": "dictionaries/fr/fr", "en": "dictionaries/en/en_US"}
KEYBOARDS = {
    "fr": ["azertyuiop", "qsdfghjklm", "wxcvbn"],
    "en": ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
}
ACCENTS = str.maketrans("àâäéèêëîïôöùûüÿç", "aaaeeeeiioouuuyc")

# Misspellings people write, by hand: (typo, meant).
HAND = {
    "fr": [
        ("apeller", "appeler"), ("dévellopement", "développement"),
        ("language", "langage"), ("rapeller", "rappeler"),
        ("professionel", "professionnel"), ("personnel", None),
        ("connection", "connexion"), ("addresse", "adresse"),
        ("bibliotheque", "bibliothèque"), ("acceuil", "accueil"),
        ("ceuillir", "cueillir"), ("conaissance", "connaissance"),
        ("envirronement", "environnement"), ("hopital", "hôpital"),
        ("interressant", "intéressant"), ("mourrir", "mourir"),
        ("parmis", "parmi"), ("quelquechose", "quelque chose"),
        ("résonnement", "raisonnement"), ("sécuritée", "sécurité"),
        ("succés", "succès"), ("traditionel", "traditionnel"),
        ("vraiement", "vraiment"), ("évenement", "événement"),
        ("etre", "être"), ("tres", "très"), ("deja", "déjà"),
        ("apres", "après"), ("probleme", "problème"), ("systeme", "système"),
        ("Societe", "Société"), ("GOUVERNMENT", "GOUVERNEMENT"),
        ("Commision", "Commission"), ("aggrandir", "agrandir"),
        ("courrament", "couramment"), ("dilemne", "dilemme"),
        ("exeption", "exception"), ("rennaissance", "renaissance"),
        ("occurence", "occurrence"), ("néamoins", "néanmoins"),
    ],
    "en": [
        ("recieve", "receive"), ("definately", "definitely"),
        ("seperate", "separate"), ("occured", "occurred"),
        ("untill", "until"), ("wierd", "weird"), ("beleive", "believe"),
        ("goverment", "government"), ("enviroment", "environment"),
        ("accomodate", "accommodate"), ("tommorow", "tomorrow"),
        ("begining", "beginning"), ("calender", "calendar"),
        ("collegue", "colleague"), ("concious", "conscious"),
        ("embarass", "embarrass"), ("existance", "existence"),
        ("familar", "familiar"), ("finaly", "finally"),
        ("foriegn", "foreign"), ("freind", "friend"),
        ("garantee", "guarantee"), ("independant", "independent"),
        ("knowlege", "knowledge"), ("libary", "library"),
        ("neccessary", "necessary"), ("noticable", "noticeable"),
        ("occassion", "occasion"), ("persue", "pursue"),
        ("posession", "possession"), ("publically", "publicly"),
        ("reccomend", "recommend"), ("sucessful", "successful"),
        ("suprise", "surprise"), ("thier", "their"), ("truely", "truly"),
        ("Wendesday", "Wednesday"), ("HOSPTIAL", "HOSPITAL"),
        ("teh", "the"), ("becuase", "because"),
    ],
}


def words(lang):
    out = []
    for line in open(os.path.join(DATA, f"words-{lang}.txt"), encoding="utf-8"):
        if not line.startswith("#"):
            out.extend(line.split())
    return out


def neighbours(lang):
    near = {}
    for row in KEYBOARDS[lang]:
        for i, c in enumerate(row):
            near[c] = row[max(0, i - 1):i] + row[i + 1:i + 2]
    return near


def misspell(word, kind, rng, near):
    n = len(word)
    if kind == "accent":
        plain = word.translate(ACCENTS)
        return plain if plain != word else None
    if kind == "double":
        i = rng.randrange(n)
        return word[:i + 1] + word[i:] if word[i].isalpha() else None
    if kind == "undouble":
        pairs = [i for i in range(n - 1) if word[i] == word[i + 1]]
        return word[:pairs[0]] + word[pairs[0] + 1:] if pairs else None
    if kind == "drop":
        i = rng.randrange(1, n)
        return word[:i] + word[i + 1:]
    if kind == "swap":
        i = rng.randrange(1, n - 1)
        if word[i] == word[i + 1]:
            return None
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "key":
        spots = [i for i in range(1, n) if word[i] in near]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + rng.choice(near[word[i]]) + word[i + 1:]
    raise ValueError(kind)


def rejected(lang, items):
    """The items hunspell does not know."""
    out = subprocess.run(
        ["hunspell", "-d", os.path.join(ROOT, DICTIONARIES[lang]), "-i", "utf-8", "-L"],
        input="".join(f"{w}\n" for w in items), capture_output=True, text=True, check=True,
    ).stdout
    return set(out.splitlines())


def main():
    for lang in ("fr", "en"):
        rng = random.Random(15)
        near = neighbours(lang)
        kinds = ["accent", "double", "undouble", "drop", "swap", "key"]
        if lang == "en":
            kinds.remove("accent")
        pairs = []
        for i, word in enumerate(words(lang)):
            # Try the kinds in turn from this word's own, until one applies.
            for k in range(len(kinds)):
                typo = misspell(word, kinds[(i + k) % len(kinds)], rng, near)
                if typo and typo != word:
                    pairs.append((typo, word))
                    break
        pairs += [(t, w) for t, w in HAND[lang] if w]
        unknown_words = rejected(lang, [w for _, w in pairs if " " not in w])
        real_words = set(t for t, _ in pairs) - rejected(lang, [t for t, _ in pairs])
        kept = [(t, w) for t, w in pairs if w not in unknown_words and t not in real_words]
        seen = set()
        with open(os.path.join(DATA, f"typos-{lang}.tsv"), "w", encoding="utf-8") as f:
            f.write("# typo\tmeant (generated by scripts/make-typo-set.py)\n")
            for t, w in kept:
                if t not in seen:
                    seen.add(t)
                    f.write(f"{t}\t{w}\n")
        print(f"{lang}: {len(seen)} typos ({len(pairs) - len(kept)} left out)")


if __name__ == "__main__":
    main()
