"""Conflicting figures inside a story: two articles giving different values for the same measure,
period and unit ("$27 billion" against "$26 billion" of trade in 2023). Figures without a measure are
not compared: a bare "$26 billion" may measure anything."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

# Values closer than this (relative) are one value written two ways ("$26.0 billion", "26bn").
TOLERANCE = 0.005


def _norm(measure: str) -> str:
    return " ".join(measure.casefold().split())


def figure_conflicts(figures: Iterable[dict]) -> list[dict[str, Any]]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in figures:
        if f.get("measure") and f.get("value") is not None:
            groups[(_norm(f["measure"]), f.get("period"), f.get("unit"))].append(f)
    out = []
    for (measure, period, unit), figs in sorted(groups.items(), key=lambda kv: tuple(map(str, kv[0]))):
        if len({f["article_id"] for f in figs}) < 2:
            continue
        distinct: list[float] = []
        for v in sorted(f["value"] for f in figs):
            if not distinct or abs(v - distinct[-1]) > TOLERANCE * max(abs(v), abs(distinct[-1])):
                distinct.append(v)
        if len(distinct) < 2:
            continue
        # The disagreement must be between articles, not inside one (a total and its parts).
        by_article = {f["article_id"]: {round(x["value"], 6) for x in figs if x["article_id"] == f["article_id"]}
                      for f in figs}
        if all(vals == next(iter(by_article.values())) for vals in by_article.values()):
            continue
        out.append({"measure": figs[0]["measure"], "period": period, "unit": unit,
                    "values": [{"value": f["value"], "text": f["text"], "article": f["article_id"],
                                "span": [f["span_start"], f["span_end"]]}
                               for f in sorted(figs, key=lambda f: (f["value"], f["article_id"]))]})
    return out
