"""Dyad timelines: a dyad's events per day, week, month or year, with counts per quad class,
Goldstein sum and mean, and the relationship index (relationship.py) with its trend."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from accord.analysis.relationship import PRIOR_EVENTS, THRESHOLD, relationship_index, trend
from accord.store.repository import Repository

PERIODS = ("day", "week", "month", "year")


@dataclass
class Period:
    period: str
    events: int = 0
    quad: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    goldstein_sum: float = 0.0
    index_change: Optional[float] = None   # set by timeline(): against the previous period

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.events if self.events else 0.0

    @property
    def relationship_index(self) -> Optional[float]:
        return relationship_index(self.goldstein_sum, self.events)

    @property
    def trend(self) -> Optional[str]:
        return trend(self.index_change)

    def to_dict(self) -> dict:
        idx = self.relationship_index
        return {"period": self.period, "events": self.events,
                "verbal_coop": self.quad[0], "material_coop": self.quad[1],
                "verbal_conflict": self.quad[2], "material_conflict": self.quad[3],
                "goldstein_sum": round(self.goldstein_sum, 2), "goldstein_mean": round(self.goldstein_mean, 3),
                "relationship_index": None if idx is None else round(idx, 3),
                "index_change": None if self.index_change is None else round(self.index_change, 3),
                "trend": self.trend}


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
    y, w, _ = dt.date.fromisoformat(date).isocalendar()
    return f"{y}-W{w:02d}"


def timeline(repo: Repository, src: str, tgt: str, by: str = "month", both: bool = False,
             statuses: tuple[str, ...] = ("occurred",)) -> tuple[list[Period], int]:
    """Per-period counts per quad class, Goldstein sum and mean, and relationship index for the
    dyad SRC -> TGT. Only events that occurred count by default (planned or negated ones did not
    happen). Returns the periods that have events, in order, and how many events had a date too
    coarse for the grain."""
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
    periods = [rows[k] for k in sorted(rows)]
    for before, now in zip(periods, periods[1:]):
        now.index_change = now.relationship_index - before.relationship_index
    return periods, undated


__all__ = ["PERIODS", "Period", "period_of", "timeline", "PRIOR_EVENTS", "THRESHOLD"]
