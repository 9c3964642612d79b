"""Records back from their JSON form: the inverse of Article.to_dict().

Used where articles cross a process or machine boundary as JSON (Ray's Parquet partitions) and
must become Article objects again for the store. Built from the dataclasses' own fields, so a
field added to a record later round-trips without touching this module.
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any, Optional

from accord.model import Actor, Article, Event, Figure, Quote

_ACTOR_FIELDS = {"source", "target", "speaker"}


def _build(cls, d: dict[str, Any]):
    kwargs = {}
    for f in fields(cls):
        if f.name not in d:
            continue           # a missing field keeps the dataclass default
        v = d[f.name]
        if f.name in _ACTOR_FIELDS:
            v = actor_from_dict(v)
        elif f.name == "span" and v is not None:
            v = tuple(v)
        kwargs[f.name] = v
    return cls(**kwargs)


def actor_from_dict(d: Optional[dict[str, Any]]) -> Optional[Actor]:
    return None if d is None else _build(Actor, d)


def article_from_dict(d: dict[str, Any]) -> Article:
    art = _build(Article, {k: v for k, v in d.items() if k not in ("events", "quotes", "figures")})
    art.events = [_build(Event, e) for e in d.get("events") or []]
    art.quotes = [_build(Quote, q) for q in d.get("quotes") or []]
    art.figures = [_build(Figure, x) for x in d.get("figures") or []]
    art.warnings = list(d.get("warnings") or [])
    return art
