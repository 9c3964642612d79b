"""Derive Accord's verb table from PETRARCH-2's CAMEO verb-pattern dictionary (MIT, Open Event
Data Alliance; ../shared/ontology/cameo/petrarch2-verbs.SOURCE.txt).

PETRARCH's dictionary groups verbs in blocks ('---  VISIT   [042:043]  ---') with a default
code, per-verb codes ('CONFER {CONFERS ...} [040:040]') and patterns ('- * (FOR TALKS) [046]').
Accord matches on a dependency parse, so only the parts that map onto dependency arguments
are kept: a verb's default code, '* OBJECT' patterns (the verb's direct object's head noun)
and '* (PREP NOUN)' patterns (a prepositional argument).  Synsets (&FOOD) are expanded and a
braced phrase ({ARMS SHIPMENT}) keeps its head noun, the last word.
Run from the project root:  python scripts/build_verbs.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/accord/events/data/verbs_petrarch.tsv"
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
VERB = re.compile(r"^([A-Z][A-Z_-]*)\s*(\{[^}]*\})?\s*(\[([0-9:]+)\])?")
PATTERN = re.compile(r"^-\s+(.*?)\s+\[([0-9]+)(?::[0-9]+)?\]")
WORD = re.compile(r"^[A-Z][A-Z-]*$")


def first_code(spec: str | None) -> str | None:
    if not spec or spec.startswith("-"):
        return None
    return spec.split(":")[0]


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        if line.startswith("&"):
            name = line.strip()
            sets[name] = []
        elif line.startswith("+") and name:
            word = line[1:].strip().rstrip("_")
            if WORD.match(word):
                sets[name].append(word)
        elif not line.strip():
            continue
        else:
            name = None
    return sets


def head_words(term: str, synsets: dict[str, list[str]]) -> list[str]:
    term = term.strip()
    if term.startswith("{") and term.endswith("}"):
        term = term[1:-1].split()[-1]
    if term.startswith("&"):
        return synsets.get(term, [])
    return [term] if WORD.match(term) else []


def parse_pattern(body: str, synsets) -> list[tuple[str, str]]:
    """'* OBJ' -> [('', obj)], '* (PREP NOUN)' -> [(prep, noun)]; anything else -> []."""
    m = re.fullmatch(r"\*\s+(\{[^}]*\}|&?[A-Z][A-Z_-]*)", body)
    if m:
        return [("", w) for w in head_words(m.group(1), synsets)]
    m = re.fullmatch(r"\*\s+\(([A-Z]+)\s+(\{[^}]*\}|&?[A-Z][A-Z_-]*)\)", body)
    if m:
        return [(m.group(1), w) for w in head_words(m.group(2), synsets)]
    return []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    src = Path(ap.parse_args().shared) / "ontology/cameo/petrarch2-verbs.CAMEO.2.0.txt"
    lines = [l.split("#", 1)[0].rstrip() if not l.startswith("- ") else l.rstrip()
             for l in src.read_text(encoding="utf-8", errors="replace").splitlines()]
    start = next(i for i, l in enumerate(lines) if BLOCK.match(l))
    synsets = read_synsets(lines[:start])
    rows: dict[tuple[str, str, str], str] = {}
    verbs: list[str] = []
    default = None
    for line in lines[start:]:
        if m := BLOCK.match(line):
            verbs, default = [], first_code(m.group(2))
            continue
        if line.startswith("- "):
            m = PATTERN.match(line)
            if not m:
                continue
            # A pattern names the verb it was written for ('# RUSH'); PETRARCH applies it to the
            # whole synonym block, which over-codes: keep it for its own verb where named.
            owner = line.split("#", 1)[1].split()[0].lower() if "#" in line and line.split("#", 1)[1].split() else None
            targets = [owner] if owner in verbs else verbs
            for prep, noun in parse_pattern(m.group(1).split("#")[0].strip(), synsets):
                for v in targets:
                    rows.setdefault((v, prep.lower(), noun.lower()), m.group(2))
            continue
        if m := VERB.match(line):
            lemma = m.group(1).lower()
            if "_" in lemma:          # multi-word verbs need their own matcher: not derived yet
                continue
            verbs.append(lemma)
            code = first_code(m.group(4)) or default
            if code:
                rows.setdefault((lemma, "", ""), code)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Derived by scripts/build_verbs.py from PETRARCH-2's CAMEO.2.0 verb dictionary\n"
                 "# (MIT, Open Event Data Alliance). Columns: verb lemma, preposition of a prepositional\n"
                 "# argument (or empty), head noun of that argument or of the direct object (or empty), CAMEO code.\n")
        fh.write("lemma\tprep\tnoun\tcode\n")
        for (v, p, n), code in sorted(rows.items()):
            fh.write(f"{v}\t{p}\t{n}\t{code}\n")
    print(f"wrote {OUT} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
