"""Derive data/gdelt_actor_codes.tsv (CAMEO actor type and known-group codes, as GDELT's event
table splits an actor code into them) from GDELT's lookup tables in ../shared/ontology/cameo
(CAMEO.type.txt, CAMEO.knowngroup.txt; GDELT Project lookups, see that folder's SOURCE.txt).
Only the codes and their kind are kept.

    python -m accord.export.build_codes ../shared
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "gdelt_actor_codes.tsv"


def build(shared: Path) -> int:
    rows = []
    for kind, name in (("type", "CAMEO.type.txt"), ("knowngroup", "CAMEO.knowngroup.txt")):
        with open(shared / "ontology" / "cameo" / name, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                code = (r.get("CODE") or "").strip()
                if len(code) == 3:
                    rows.append((code, kind))
    OUT.parent.mkdir(exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Derived by accord.export.build_codes from GDELT's CAMEO.type.txt and CAMEO.knowngroup.txt\n")
        f.write("code\tkind\n")
        for code, kind in sorted(set(rows)):
            f.write(f"{code}\t{kind}\n")
    return len(rows)


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")), "codes ->", OUT)
