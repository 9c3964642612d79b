"""Derive Accord's CAMEO table (code, label, Goldstein, quad class, PLOVER type/mode) from the shared ontology.

Sources (see ../shared/ontology/*/SOURCE.txt): GDELT's CAMEO event-code and Goldstein lookup
tables, and the Open Event Data Alliance's CAMEO-to-PLOVER table (2021, CC BY-SA 4.0).
Run from the project root:  python scripts/build_ontology.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/accord/events/data/cameo.tsv"


# Where the 2021 table and PLOVER's own codebook (PLOVER_structured_codebook_updated.csv) disagree, the
# codebook wins: SANCTION is "all reductions in existing, routine, or cooperative relations", mode
# discontinue "curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges",
# which is what an embargo, boycott or sanctions (CAMEO 163) does; the 2021 table puts 163 under COERCE
# ("repression, restrictions on rights"), a category about a government's own population.
CODEBOOK_OVERRIDES = {"163": ("SANCTION", "discontinue")}


def quad_class(code: str) -> int:
    """GDELT's quad classes by CAMEO root: 01-05 verbal coop, 06-08 material coop,
    09-13 verbal conflict, 14-20 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def read_tsv(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter="\t")
        next(rows)
        return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2}


def read_plover(path: Path) -> dict[str, tuple[str, str]]:
    """Lines like '0811: CONCEDE,   , democracy # Ease ...' -> {code: (type, mode)}; a bare
    '03: AGREE' heads a root. Everything after '~~~~~' is commentary."""
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("~~~~~"):
            break
        if not line[:1].isdigit() or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        fields = [f.strip() for f in rest.split("#", 1)[0].split(",")]
        out[code.strip()] = (fields[0], fields[1] if len(fields) > 1 else "")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    shared = Path(ap.parse_args().shared)
    labels = read_tsv(shared / "ontology/cameo/CAMEO.eventcodes.txt")
    goldstein = read_tsv(shared / "ontology/cameo/CAMEO.goldsteinscale.txt")
    plover = read_plover(shared / "ontology/plover/CAMEO2PLOVER-2021.txt")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Derived by scripts/build_ontology.py from GDELT's CAMEO lookup tables and the OEDA\n"
                 "# CAMEO-to-PLOVER table (2021, CC BY-SA 4.0). CAMEO 01 has no PLOVER type;\n# CAMEO 02 (appeal) is given REQUEST.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "label", "goldstein", "quad_class", "plover", "plover_mode"])
        for code in sorted(labels, key=lambda c: (c[:2], c)):
            # A code missing from the PLOVER table inherits its parent's type (0231 -> 023 -> 02).
            p = next((plover[code[:n]] for n in range(len(code), 1, -1) if code[:n] in plover), ("", ""))
            if code.startswith("02") and not p[0]:
                # The 2021 table drops CAMEO 02 with the comment categories, but PLOVER's REQUEST
                # ("all requests, demands, and orders") is where an appeal belongs.
                p = ("REQUEST", "")
            p = CODEBOOK_OVERRIDES.get(code, p)
            w.writerow([code, labels[code], goldstein.get(code, ""), quad_class(code), p[0], p[1]])
    print(f"wrote {OUT} ({len(labels)} codes)")


if __name__ == "__main__":
    main()
