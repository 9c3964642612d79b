#!/usr/bin/env python
"""Build and check the actor gazetteer tables in src/accord/actors/data/.

The committed TSV files are the source of truth that the runtime loader reads; this
script (re)generates the parts that come from outside sources and keeps every
hand-curated column, so it can be re-run at any time without losing curation:

  countries  sovereign states from country_converter (UN members) + pycountry names,
             CAMEO codes from the Phoenix country dictionary; keeps hand-written
             adjectives, capitals, seats of power, leader roles and extra aliases.
  agents     generic agent nouns -> CAMEO agent suffix from Phoenix.agents.txt;
             rows marked source=accord (our additions and overrides) are kept.
  check      validates all tables (columns, codes, dates, overlapping office holders,
             alias collisions) and exits non-zero on errors.
  docs       writes docs/gazetteer.md, the table of what the gazetteer holds and up to
             which date it is current (accord.actors.stats; a test checks it is up to date).

Build-time only dependencies: pycountry, country_converter (its data file is read
directly, so pandas is not needed). Usage:
    python scripts/build_gazetteer.py countries|agents|check|docs [--shared PATH]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "accord" / "actors" / "data"
DEFAULT_SHARED = ROOT.parent / "shared"

COUNTRY_COLS = ["iso3", "cameo", "kind", "name", "aliases", "adjectives", "capitals", "seats", "leader"]
AGENT_COLS = ["phrase", "code", "plurals", "source"]
# Not UN members but treated as states in news about international relations.
EXTRA_STATES = {"VAT", "PSE", "XKX", "TWN"}


def read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "") for k, v in row.items()}
                for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def write_tsv(path: Path, cols: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, cols, delimiter="\t", lineterminator="\n",
                           quoting=csv.QUOTE_NONE, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path.relative_to(ROOT)}", file=sys.stderr)


def split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip()]


def merge(*lists: list[str]) -> str:
    seen: dict[str, None] = {}
    for lst in lists:
        for x in lst:
            seen.setdefault(x, None)
    return "|".join(seen)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- countries
def key(name: str) -> str:
    """Comparable form of a country name across sources ("TIMOR_LESTE_" ~ "Timor-Leste")."""
    return re.sub(r"[^a-z]+", " ", fold(name).lower()).strip()


def phoenix_country_codes(shared: Path) -> dict[str, str]:
    """Top-level country blocks of Phoenix.Countries.actors.txt: folded name -> CAMEO code."""
    out: dict[str, str] = {}
    path = shared / "ontology/actors/phoenix/Phoenix.Countries.actors.txt"
    current = None   # a block's name line may carry the code, or dated codes follow it
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^([A-Z][A-Z_'.\- ]*?)_?\s*(?:\[([A-Z]{3})\])?\s*(#.*)?$", line)
        if m:
            current = key(m.group(1))
            if m.group(2):
                out[current] = m.group(2)
            continue
        m = re.match(r"^\s+\[([A-Z]{3})( >\d+)?\]", line)
        if m and current:
            out[current] = m.group(1)   # the last open-ended code is the present one
        elif not (line.startswith(("+", "\t", " ")) or not line.strip()):
            current = None
    return out


def coco_rows() -> list[dict[str, str]]:
    import country_converter  # build-time only
    path = Path(country_converter.__file__).with_name("country_data.tsv")
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def build_countries(shared: Path) -> None:
    import pycountry  # build-time only
    path = DATA / "countries.tsv"
    old = {r["iso3"]: r for r in read_tsv(path)}
    phoenix = phoenix_country_codes(shared)
    rows = []
    for c in coco_rows():
        iso3 = c["ISO3"]
        if not (c["UNmember"].strip() or iso3 in EXTRA_STATES):
            continue
        pc = pycountry.countries.get(alpha_3=iso3)
        generated = [c["name_short"], c["name_official"]]
        if pc is not None:
            generated += [getattr(pc, "common_name", ""), getattr(pc, "official_name", "")]
            if "," not in pc.name:          # "Korea, Republic of" is an index form, not text
                generated.append(pc.name)
        generated = [g for g in generated if g and not g.startswith("the ")]
        prev = old.get(iso3, {})
        # "-Congo" in a hand-edited alias list vetoes a generated alias for good.
        vetoed = {a[1:] for a in split(prev.get("aliases", "")) if a.startswith("-")}
        generated = [g for g in generated if g not in vetoed and "." not in g.split()[-1]]
        name = prev.get("name") or c["name_short"]
        cameo = prev.get("cameo") or next(
            (phoenix[k] for k in map(key, generated) if k in phoenix), iso3)
        rows.append({
            "iso3": iso3, "cameo": cameo, "kind": "state", "name": name,
            "aliases": merge(split(prev.get("aliases", "")), [g for g in generated if g != name and g not in vetoed]),
            "adjectives": prev.get("adjectives", ""), "capitals": prev.get("capitals", ""),
            "seats": prev.get("seats", ""), "leader": prev.get("leader", "") or "head of state",
        })
    rows.sort(key=lambda r: r["name"])
    # Regions and other hand-made rows (kind != state) are kept untouched.
    rows += [r for r in old.values() if r.get("kind") != "state"]
    missing = [r["iso3"] for r in rows if r["kind"] == "state" and not r["adjectives"]]
    if missing:
        print("states without adjectives:", " ".join(missing), file=sys.stderr)
    write_tsv(path, COUNTRY_COLS, rows)


# ---------------------------------------------------------------- agents
SUBST = re.compile(r"!([A-Z]+)!")
DANGLING = {"to", "for", "of", "in", "at", "with", "from", "on", "by", "the", "a", "an", "and"}


def parse_phoenix_agents(shared: Path) -> list[dict[str, str]]:
    """Phoenix agent lines look like `FOREIGN_!MINIST! [~GOV]` or `LAWMAN {LAWMEN} [~COP]`."""
    text = (shared / "ontology/actors/phoenix/Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    sets: dict[str, list[str]] = {}
    rows = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", line)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        phrase, plurals, code = m.group(1).replace(" ", "_"), (m.group(2) or "{}")[1:-1], m.group(3)
        variants = [phrase]
        for name in SUBST.findall(phrase):   # expand !PERSON! / !MINIST! substitution sets
            variants = [v.replace(f"!{name}!", w) for v in variants for w in sets.get(name, [name])]
        # A few entries are stems: MINIST stands for minister and ministry.
        variants = [re.sub(r"MINIST(?=_|$)", w, v) for v in variants for w in ("MINISTER", "MINISTRY")] \
            if any(re.search(r"MINIST(_|$)", v) for v in variants) else variants
        for v in variants:
            words = re.sub(r"_+", " ", v).strip().lower()
            if not re.fullmatch(r"[a-z][a-z' .\-]*", words):
                continue                     # stems and encoding debris are not usable phrases
            if words.split()[-1] in DANGLING:
                continue                     # "ambassador to": pattern fragments, not nouns
            rows.append({"phrase": words, "code": code,
                         "plurals": "|".join(p.replace("_", " ").strip().lower() for p in plurals.split() if p),
                         "source": "phoenix"})
    return rows


def build_agents(shared: Path) -> None:
    path = DATA / "agents.tsv"
    ours = [r for r in read_tsv(path) if r["source"] == "accord"]
    overridden = {r["phrase"] for r in ours}
    rows: dict[str, dict[str, str]] = {}
    for r in parse_phoenix_agents(shared):
        if r["phrase"] not in overridden:
            rows.setdefault(r["phrase"], r)
    out = sorted(list(rows.values()) + ours, key=lambda r: (r["phrase"], r["source"]))
    write_tsv(path, AGENT_COLS, out)


# ---------------------------------------------------------------- check
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ROLES = {"head of state", "head of government", "foreign minister", "crown prince", "supreme leader",
         "defence minister", "central bank governor", "spokesperson",
         "secretary-general", "head", "high representative", "opposition leader", "vice president",
         "national security adviser", "ambassador", "military commander"}


def check(shared: Path) -> int:
    errors: list[str] = []
    countries = read_tsv(DATA / "countries.tsv")
    orgs = read_tsv(DATA / "organisations.tsv")
    people = read_tsv(DATA / "people.tsv")
    affiliations = {r["iso3"] for r in countries} | {r["id"] for r in orgs}
    states = [r for r in countries if r["kind"] == "state"]
    if len(states) < 197:
        errors.append(f"only {len(states)} states")
    owner: dict[str, str] = {}
    for r in countries:
        for col in ("name", "aliases", "adjectives", "capitals", "seats"):
            for a in split(r[col]):
                a = a.split("=")[0]
                if a in owner and owner[a] != r["iso3"]:
                    errors.append(f"{a!r} belongs to {owner[a]} and {r['iso3']}")
                owner[a] = r["iso3"]
    stints = defaultdict(list)
    for i, p in enumerate(people, 2):
        if p["affiliation"] not in affiliations:
            errors.append(f"people.tsv:{i}: unknown affiliation {p['affiliation']}")
        if p["role"] not in ROLES:
            errors.append(f"people.tsv:{i}: unknown role {p['role']!r}")
        for col in ("start", "end"):
            if p[col] and not DATE.match(p[col]):
                errors.append(f"people.tsv:{i}: bad {col} {p[col]!r}")
        if not p["start"]:
            errors.append(f"people.tsv:{i}: missing start")
        if p["end"] and p["end"] < p["start"]:
            errors.append(f"people.tsv:{i}: ends before it starts")
        stints[(p["affiliation"], p["office"])].append((p["start"], p["end"] or "9999", p["name"], p["note"]))
    # Two holders of one office at once is only fine for acting/interim arrangements.
    for key, rows in stints.items():
        rows.sort()
        for a, b in zip(rows, rows[1:]):
            if b[0] < a[1][:len(b[0])] and a[2] != b[2] and "acting" not in (a[3] + b[3]):
                print(f"note: overlap {key}: {a[2]} {a[0]}..{a[1]} / {b[2]} {b[0]}..{b[1]}", file=sys.stderr)
    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"{len(countries)} countries/regions, {len(orgs)} organisations, {len(people)} role rows, "
          f"{len(read_tsv(DATA / 'agents.tsv'))} agents: {len(errors)} errors", file=sys.stderr)
    return 1 if errors else 0


DOCS = ROOT / "docs" / "gazetteer.md"


def write_docs() -> None:
    """docs/gazetteer.md from the loaded tables (the runtime loader, so the counts are what Accord uses)."""
    sys.path.insert(0, str(ROOT / "src"))
    from accord.actors.gazetteer import Gazetteer
    from accord.actors.stats import gazetteer_stats, render_markdown

    DOCS.write_text(render_markdown(gazetteer_stats(Gazetteer())), encoding="utf-8")
    print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["countries", "agents", "check", "docs"])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="path to the shared/ folder")
    a = ap.parse_args()
    if a.command == "countries":
        build_countries(a.shared)
    elif a.command == "agents":
        build_agents(a.shared)
    elif a.command == "docs":
        write_docs()
    else:
        return check(a.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
