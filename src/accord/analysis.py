"""Analysis over the store: dyad timelines and corpus summaries."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from accord.store.repository import Repository

PERIODS = ("day", "week", "month", "year")


@dataclass
class Period:
    period: str
    events: int = 0
    quad: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    goldstein_sum: float = 0.0

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.events if self.events else 0.0

    def to_dict(self) -> dict:
        return {"period": self.period, "events": self.events,
                "verbal_coop": self.quad[0], "material_coop": self.quad[1],
                "verbal_conflict": self.quad[2], "material_conflict": self.quad[3],
                "goldstein_sum": round(self.goldstein_sum, 2), "goldstein_mean": round(self.goldstein_mean, 3)}


def period_of(date: str | None, by: str) -> str | None:
    """The bucket of an event date at the wanted grain; None when the date is too coarse
    (a year-only date has no month) or missing."""
    if not date:
        return None
    if by == "year":
        return date[:4]
    if by == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    if by == "day":
        return date
    import datetime as dt
    y, w, _ = dt.date.fromisoformat(date).isocalendar()
    return f"{y}-W{w:02d}"


def timeline(repo: Repository, src: str, tgt: str, by: str = "month", both: bool = False,
             statuses: tuple[str, ...] = ("occurred",)) -> tuple[list[Period], int]:
    """Per-period counts per quad class and Goldstein sum and mean for the dyad SRC -> TGT.
    Only events that occurred count by default (planned or negated ones did not happen).
    Returns the periods in order and how many events had a date too coarse for the grain."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    rows: dict[str, Period] = {}
    undated = 0
    for ev in repo.dyad_events(src, tgt, both=both):
        if ev["status"] not in statuses:
            continue
        p = period_of(ev["date"], by)
        if p is None:
            undated += 1
            continue
        row = rows.setdefault(p, Period(p))
        row.events += 1
        row.quad[ev["quad_class"] - 1] += 1
        row.goldstein_sum += ev["goldstein"]
    return [rows[k] for k in sorted(rows)], undated


def summary(repo: Repository, examples: int = 5) -> dict:
    """What a corpus run found: counts, events by root code, top dyads, a few sourced events."""
    from accord.events.ontology import cameo_table

    labels = cameo_table()
    roots: Counter = Counter()
    dyads: Counter = Counter()
    with_dyad: set[str] = set()
    shown: list[dict] = []
    seen_roots: set[str] = set()
    for ev in repo.iter_rows("events"):
        roots[ev["root"]] += 1
        if ev["source_country"] and ev["target_country"]:
            dyads[(ev["source_country"], ev["target_country"])] += 1
            with_dyad.add(ev["article_id"])
            # One example per root code, so the sample shows the coder's range.
            if ev["root"] not in seen_roots and len(shown) < examples:
                seen_roots.add(ev["root"])
                shown.append(ev)
    return {
        "articles": repo.count("articles"), "duplicates": repo.count("article_duplicates"),
        "failed": repo.count("failures"), "events": sum(roots.values()),
        "articles_with_country_dyad": len(with_dyad), "quotes": repo.count("quotes"),
        "figures": repo.count("figures"),
        "roots": [(r, labels[r].label if r in labels else "", n) for r, n in sorted(roots.items())],
        "top_dyads": dyads.most_common(10),
        "examples": shown,
    }
