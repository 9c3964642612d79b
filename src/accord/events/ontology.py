"""CAMEO event codes with Goldstein score, quad class and PLOVER type (data/cameo.tsv)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def data_rows(name: str):
    """Rows of a TSV data file shipped in accord/events/data, '#' lines are comments."""
    text = resources.files("accord.events").joinpath("data", name).read_text(encoding="utf-8")
    lines = [l for l in text.splitlines() if l and not l.startswith("#")]
    return csv.DictReader(lines, delimiter="\t")


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    return {
        r["code"]: CameoCode(r["code"], r["label"], float(r["goldstein"] or 0.0), int(r["quad_class"]),
                             r["plover"] or None, r["plover_mode"] or None)
        for r in data_rows("cameo.tsv")
    }


def lookup(code: str) -> CameoCode:
    """The entry for a code; an unknown sub-code falls back to its nearest listed parent."""
    table = cameo_table()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    raise KeyError(f"unknown CAMEO code {code!r}")
