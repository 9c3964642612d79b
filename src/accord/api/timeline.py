"""A dyad timeline for the API: analysis.timeline's periods, with the empty periods between the
first and the last added so that a chart's time axis is not squeezed where nothing happened."""
from __future__ import annotations

import datetime as dt
from typing import Any

from accord import analysis
from accord.store.repository import Repository


def next_period(period: str, by: str) -> str:
    if by == "year":
        return str(int(period) + 1)
    if by == "month":
        y, m = int(period[:4]), int(period[5:7])
        return f"{y + m // 12}-{m % 12 + 1:02d}"
    if by == "day":
        return (dt.date.fromisoformat(period) + dt.timedelta(days=1)).isoformat()
    y, w = int(period[:4]), int(period[6:])
    y2, w2, _ = (dt.date.fromisocalendar(y, w, 1) + dt.timedelta(days=7)).isocalendar()
    return f"{y2}-W{w2:02d}"


# More periods than this are not filled (a daily axis over decades): the chart then shows the
# periods that have events only.
MAX_FILLED = 5000


def filled(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    if not rows:
        return rows
    have = {r["period"]: r for r in rows}
    # An empty period has zero counts and sums; a mean or an index over no events is undefined.
    template = {k: (None if ("mean" in k or "index" in k) else 0) for k, v in rows[0].items()
                if isinstance(v, (int, float)) and not isinstance(v, bool)}
    out, p, last = [], rows[0]["period"], rows[-1]["period"]
    while True:
        out.append(have.get(p) or {"period": p, **template, "empty": True})
        if p >= last or len(out) > MAX_FILLED:
            break
        p = next_period(p, by)
    return out if len(out) <= MAX_FILLED else rows


def dyad_timeline(repo: Repository, source: str, target: str, by: str = "month", both: bool = False,
                  statuses: tuple[str, ...] = ("occurred",), fill: bool = True) -> dict[str, Any]:
    periods, undated = analysis.timeline(repo, source, target, by=by, both=both, statuses=statuses)
    rows = [p.to_dict() for p in periods]
    if fill:
        rows = filled(rows, by)
    return {"source": source, "target": target, "by": by, "both": both, "statuses": list(statuses),
            "events": sum(p.events for p in periods), "undated": undated, "periods": rows}
