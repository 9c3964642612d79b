"""Build data/places.tsv (cities and regions -> their country) from the Phoenix country dictionary.

Build time only: `python -m accord.actors.placesbuild [--shared PATH]`. The run-time loader reads
the TSV (gazetteer.py); nothing here runs inside the pipeline.

`Phoenix.Countries.actors.txt` (© 2014 Open Event Data Alliance, MIT, via PETRARCH-2) lists, under
each country, synonyms that PETRARCH codes as the country itself: its adjectives and foreign-language
names, but mostly cities, provinces and regions ("+ALEPPO_", "+KIRKUK_", "+CHECHNYA_"). We keep the
ones that are places: not already a country name, alias, adjective or capital in countries.tsv,
at least four letters, listed under one country only (an ambiguous name such as "Tripoli", Libya's
capital and a Lebanese city, gives no country), and not a demonym-like word (ending -an, -ian, -ese,
-ish, -i, -ic, -s: "Syrien", "Iraqi"). Names are rewritten as news prints them: words capitalised,
Arabic articles both ways ("Deir Ez-Zor", "Deir ez-Zor"). Rows written by hand (source `accord`)
are kept on regeneration.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_SHARED = Path(__file__).resolve().parents[4] / "shared"
PHOENIX = "ontology/actors/phoenix/Phoenix.Countries.actors.txt"
COLS = ["name", "country", "source"]
WRONG_COLS = ["wrong", "right", "source"]
PARTICLES = {"al", "el", "ez", "ad", "ar", "as", "ash", "an", "at", "az", "bin", "ibn", "de", "du", "la", "le"}
DEMONYM_END = re.compile(r"(AN|IAN|ESE|ISH|I|IC|S)$")
_BLOCK = re.compile(r"^([A-Z][A-Z_'\-\.]*)\s*\[([A-Z]{3})\]\s*$")


def phoenix_synonyms(text: str) -> dict[str, set[str]]:
    """Synonym (as written, underscores kept) -> the country codes it is listed under.

    A record is a header line ("IRAQ_", or "SYRIA_  [SYR]" with its code inline), "+" synonym lines,
    and indented code lines ("\t[IRQ >20060520]"); the last code line's country is the record's."""
    out: dict[str, set[str]] = defaultdict(set)
    names: list[str] = []
    code = None

    def flush() -> None:
        if code:
            for n in names:
                out[n].add(code)

    for line in text.splitlines():
        body = line.split("#")[0].rstrip()
        if not body.strip():
            continue
        if body.startswith("+"):
            names.append(body[1:].strip().rstrip("_"))
        elif body[0].isspace():
            m = re.match(r"\s*\[([A-Z]{3})", body)
            if m:
                code = m.group(1)
        else:
            flush()
            names, code = [], None
            m = _BLOCK.match(body.strip())
            if m:
                code = m.group(2)
    flush()
    return out


def news_forms(raw: str) -> list[str]:
    """"DEIR_EZ-ZOR" -> ["Deir Ez-Zor", "Deir ez-Zor"]."""
    words = [w for w in raw.replace("_", " ").split() if w]
    def cap(w: str, particles: bool) -> str:
        parts = w.split("-")
        return "-".join(p.lower() if particles and p.lower() in PARTICLES and i < len(parts) - 1 or
                        (particles and p.lower() in PARTICLES and len(parts) == 1 and k > 0)
                        else p[:1].upper() + p[1:].lower()
                        for i, p in enumerate(parts))
    out = []
    for particles in (False, True):
        forms = []
        for k, w in enumerate(words):
            forms.append(cap(w, particles))
        s = " ".join(forms)
        if s not in out:
            out.append(s)
    return out


def known_surfaces() -> set[str]:
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = set()
    for r in rows:
        for col in ("name", "aliases", "adjectives", "capitals", "seats"):
            out |= {x.split("=")[0].strip().upper() for x in (r[col] or "").split("|") if x.strip()}
    return {s.replace(" ", "_") for s in out}


def misspelling_of(raw: str, names: list[str]) -> str | None:
    """The country name `raw` misspells ("QUATAR" -> "Qatar", "ETHOPIA" -> "Ethiopia"): one word, same
    first letter, at most two letters' difference, similar (difflib ratio >= 0.8) and not the name."""
    if "_" in raw or "-" in raw:
        return None
    for name in names:
        up = name.upper()
        if " " in name or up == raw or up[0] != raw[0] or abs(len(up) - len(raw)) > 2:
            continue
        if SequenceMatcher(None, raw, up).ratio() >= 0.8:
            return name
    return None


def build(shared: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(places rows, misspelling rows)."""
    syn = phoenix_synonyms((shared / PHOENIX).read_text(encoding="utf-8", errors="replace"))
    known = known_surfaces()
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        crows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    iso_of = {r["cameo"]: r["iso3"] for r in crows}
    names_of = {r["iso3"]: [r["name"]] + [a for a in (r["aliases"] or "").split("|") if a and a[0] != "-"]
                for r in crows}
    rows, seen, wrong = [], set(), []
    for raw, codes in sorted(syn.items()):
        if any(c in raw for c in "\t\"|"):
            continue
        letters = re.sub(r"[^A-Z]", "", raw)
        if len(codes) != 1 or raw in known or len(letters) < 4 or DEMONYM_END.search(raw.split("_")[-1]):
            continue
        code = next(iter(codes))
        if code not in iso_of:
            continue                        # regions and retired codes
        right = misspelling_of(raw, names_of[iso_of[code]])
        if right is not None:
            wrong.append({"wrong": raw[0] + raw[1:].lower(), "right": right, "source": "phoenix"})
            continue
        for form in news_forms(raw):
            if form not in seen:
                seen.add(form)
                rows.append({"name": form, "country": iso_of[code], "source": "phoenix"})
    return rows, wrong


def _merge(path: Path, cols: list[str], built: list[dict[str, str]]) -> None:
    """Write `built` plus the hand-written rows (source `accord`) already in the file."""
    kept = []
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            kept = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["source"] == "accord"]
    hand = {r[cols[0]] for r in kept}
    rows = [r for r in built if r[cols[0]] not in hand] + kept
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, cols, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args()
    places, wrong = build(args.shared)
    _merge(DATA / "places.tsv", COLS, places)
    _merge(DATA / "misspellings.tsv", WRONG_COLS, wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main())
