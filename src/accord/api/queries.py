"""Read queries the API needs that the store and analysis modules do not offer.

SQLAlchemy Core over the schema tables, so the same code runs on SQLite and PostgreSQL. Every
list query returns one page and the total, so the API can paginate without a second pass.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Optional, Sequence

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, Select

from accord.events.ontology import lookup
from accord.store import schema as s

E = s.events.c
A = s.articles.c
Q = s.quotes.c

# A period label as analysis.period_of writes it, per grain.
PERIOD_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


# Full-text search: (table, query) -> a WHERE clause, Repository.fulltext_condition (FTS5 on
# SQLite, tsvector on PostgreSQL); it raises ValueError for a query without a word.
FullText = Callable[[str, str], ColumnElement]


PERIOD_EXAMPLES = {"day": "2011-03-17", "week": "2011-W11", "month": "2011-03", "year": "2011"}


@dataclass
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        nxt = self.offset + self.limit
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "next_offset": nxt if nxt < self.total else None, "items": self.items}


@dataclass
class EventFilter:
    """Which events a request asks for. An actor value matches an actor's country or its full
    CAMEO code ("USA" or "USAGOV"), as in Repository.dyad_events."""
    source: Optional[str] = None
    target: Optional[str] = None
    both: bool = False              # also the reverse direction TARGET -> SOURCE
    actor: Optional[str] = None     # on either side
    cameo: Sequence[str] = ()       # code prefixes: "04" is every consultation, "042" one code
    quad_class: Sequence[int] = ()
    plover: Sequence[str] = ()
    status: Sequence[str] = ()
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    period: Optional[str] = None
    by: str = "month"
    q: Optional[str] = None         # words in the sentence
    article_id: Optional[str] = None
    extra: list[ColumnElement] = field(default_factory=list)


def _side(prefix: str, code: str) -> ColumnElement:
    return or_(E[f"{prefix}_country"] == code, E[f"{prefix}_code"] == code)


def _date_range(col, date_from: Optional[str], date_to: Optional[str]) -> list[ColumnElement]:
    """Inclusive bounds on an ISO date column that may hold partial dates ("2011", "2011-03").
    A partial bound covers its whole span: date_to=2011 keeps every 2011 date."""
    conds = []
    if date_from:
        conds.append(col >= date_from)
    if date_to:
        conds.append(or_(col <= date_to, col.like(f"{date_to}%")))
    return conds


def period_condition(col, period: str, by: str) -> ColumnElement:
    """The events analysis.timeline counts in PERIOD at grain BY (period_of's buckets):
    a month holds its day dates and month-only dates; a week only full dates."""
    if not PERIOD_FORMS[by].match(period):
        raise ValueError(f"period {period!r} is not a {by}: expected the form of {PERIOD_EXAMPLES[by]}")
    if by in ("day", "month"):
        try:
            dt.date.fromisoformat(period if by == "day" else f"{period}-01")
        except ValueError as exc:
            raise ValueError(f"period {period!r}: {exc}") from None
    if by == "day":
        return col == period
    if by == "week":
        y, w = int(period[:4]), int(period[6:])
        try:
            monday = dt.date.fromisocalendar(y, w, 1)
        except ValueError as exc:
            raise ValueError(f"period {period!r}: {exc}") from None
        sunday = monday + dt.timedelta(days=6)
        return and_(func.length(col) == 10, col >= monday.isoformat(), col <= sunday.isoformat())
    return col.like(f"{period}%")


def words_condition(cols: Sequence, text: str) -> ColumnElement:
    """Every word of TEXT occurs in one of COLS (case-insensitive substring match)."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    return and_(*(or_(*(c.ilike(f"%{_escape_like(w)}%", escape="\\") for c in cols)) for w in words))


def _escape_like(w: str) -> str:
    return w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_conditions(f: EventFilter) -> list[ColumnElement]:
    conds: list[ColumnElement] = list(f.extra)
    if f.source and f.target:
        pair = and_(_side("source", f.source), _side("target", f.target))
        if f.both:
            pair = or_(pair, and_(_side("source", f.target), _side("target", f.source)))
        conds.append(pair)
    elif f.source:
        conds.append(or_(_side("source", f.source), _side("target", f.source)) if f.both
                     else _side("source", f.source))
    elif f.target:
        conds.append(or_(_side("source", f.target), _side("target", f.target)) if f.both
                     else _side("target", f.target))
    if f.actor:
        conds.append(or_(_side("source", f.actor), _side("target", f.actor)))
    if f.cameo:
        conds.append(or_(*(E.cameo.like(f"{c}%") for c in f.cameo)))
    if f.quad_class:
        conds.append(E.quad_class.in_(list(f.quad_class)))
    if f.plover:
        conds.append(E.plover.in_([p.upper() for p in f.plover]))
    if f.status:
        conds.append(E.status.in_(list(f.status)))
    conds += _date_range(E.date, f.date_from, f.date_to)
    if f.period:
        conds.append(period_condition(E.date, f.period, f.by))
    if f.q:
        conds.append(words_condition([E.sentence], f.q))
    if f.article_id:
        conds.append(E.article_id == f.article_id)
    return conds


def _page(conn: Connection, q: Select, limit: int, offset: int) -> Page:
    total = conn.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar_one()
    rows = [dict(r) for r in conn.execute(q.limit(limit).offset(offset)).mappings()]
    return Page(total, limit, offset, rows)


def _actor(row: dict, prefix: str) -> Optional[dict[str, Any]]:
    a = {f: row.pop(f"{prefix}_{f}") for f in ("text", "name", "code", "country", "role")}
    return a if any(a.values()) else None


def event_out(row: dict[str, Any]) -> dict[str, Any]:
    """An event row in the shape of the output contract, with its source article's headline."""
    row = dict(row)
    row["source"] = _actor(row, "source")
    row["target"] = _actor(row, "target")
    row["span"] = [row.pop("span_start"), row.pop("span_end")]
    row["cameo_label"] = cameo_label(row.get("cameo"))
    return row


def cameo_label(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    try:
        return lookup(code).label
    except KeyError:
        return None


def events_page(conn: Connection, f: EventFilter, limit: int, offset: int) -> Page:
    q = (select(s.events, A.title.label("article_title"), A.url.label("article_url"),
                A.outlet.label("article_outlet"), A.published.label("article_published"))
         .join(s.articles, A.id == E.article_id)
         .where(*event_conditions(f))
         .order_by(E.date.is_(None), E.date, E.article_id, E.span_start, E.id))   # undated last, on every backend
    page = _page(conn, q, limit, offset)
    page.items = [event_out(r) for r in page.items]
    return page


def event_by_id(conn: Connection, event_id: str) -> Optional[dict[str, Any]]:
    f = EventFilter(extra=[E.id == event_id])
    page = events_page(conn, f, 1, 0)
    return page.items[0] if page.items else None


ARTICLE_LIST_COLS = [A.id, A.title, A.url, A.outlet, A.author, A.published, A.language, A.path]


def articles_page(conn: Connection, limit: int, offset: int, q: Optional[str] = None,
                  outlet: Optional[str] = None, date_from: Optional[str] = None,
                  date_to: Optional[str] = None, fulltext: Optional[FullText] = None) -> Page:
    n_events = (select(func.count()).select_from(s.events).where(E.article_id == A.id)
                .scalar_subquery().label("events"))
    n_quotes = (select(func.count()).select_from(s.quotes).where(Q.article_id == A.id)
                .scalar_subquery().label("quotes"))
    conds = _date_range(A.published, date_from, date_to)
    if q:
        conds.append(fulltext("articles", q) if fulltext else words_condition([A.title, A.text], q))
    if outlet:
        conds.append(A.outlet.ilike(f"%{_escape_like(outlet)}%", escape="\\"))
    stmt = (select(*ARTICLE_LIST_COLS, n_events, n_quotes).where(*conds)
            .order_by(A.published.is_(None), A.published.desc(), A.id))
    return _page(conn, stmt, limit, offset)


def article_by_id(conn: Connection, article_id: str) -> Optional[dict[str, Any]]:
    row = conn.execute(select(s.articles).where(A.id == article_id)).mappings().first()
    if row is None:
        return None
    art = dict(row)
    art.pop("content_hash", None)
    art["events"] = [event_out(r) for r in conn.execute(
        select(s.events).where(E.article_id == article_id).order_by(E.span_start, E.id)).mappings()]
    art["quotes"] = [quote_out(r) for r in conn.execute(
        select(s.quotes).where(Q.article_id == article_id).order_by(Q.span_start, Q.id)).mappings()]
    art["figures"] = [dict(r) for r in conn.execute(
        select(s.figures).where(s.figures.c.article_id == article_id)
        .order_by(s.figures.c.span_start, s.figures.c.id)).mappings()]
    art["duplicates"] = [dict(r) for r in conn.execute(
        select(s.duplicates).where(s.duplicates.c.article_id == article_id)
        .order_by(s.duplicates.c.id)).mappings()]
    return art


def quote_out(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["speaker"] = _actor(row, "speaker")
    row["span"] = [row.pop("span_start"), row.pop("span_end")]
    return row


def quotes_page(conn: Connection, limit: int, offset: int, q: Optional[str] = None,
                speaker: Optional[str] = None, article_id: Optional[str] = None,
                date_from: Optional[str] = None, date_to: Optional[str] = None,
                fulltext: Optional[FullText] = None) -> Page:
    conds = _date_range(A.published, date_from, date_to)
    if q:
        conds.append(fulltext("quotes", q) if fulltext else words_condition([Q.text], q))
    if speaker:
        # A speaker is found by name as written or resolved, or by code or country.
        conds.append(or_(words_condition([Q.speaker_text, Q.speaker_name], speaker),
                         Q.speaker_code == speaker.upper(), Q.speaker_country == speaker.upper()))
    if article_id:
        conds.append(Q.article_id == article_id)
    stmt = (select(s.quotes, A.title.label("article_title"), A.url.label("article_url"),
                   A.published.label("article_published"), A.outlet.label("article_outlet"))
            .join(s.articles, A.id == Q.article_id).where(*conds)
            .order_by(A.published.is_(None), A.published.desc(), Q.article_id, Q.span_start, Q.id))
    page = _page(conn, stmt, limit, offset)
    page.items = [quote_out(r) for r in page.items]
    return page


def speakers(conn: Connection, limit: int) -> list[dict[str, Any]]:
    """The most quoted resolved speakers."""
    stmt = (select(Q.speaker_name.label("name"), func.min(Q.speaker_code).label("code"),
                   func.min(Q.speaker_country).label("country"), func.count().label("quotes"))
            .where(Q.speaker_name.is_not(None)).group_by(Q.speaker_name)
            .order_by(func.count().desc(), Q.speaker_name).limit(limit))
    return [dict(r) for r in conn.execute(stmt).mappings()]


def top_dyads(conn: Connection, limit: int, status: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Country pairs by how many events link them either way, with the count each way.
    Pairs of one country with itself (domestic events) are left out: a dyad is two states."""
    lo = case((E.source_country < E.target_country, E.source_country), else_=E.target_country)
    hi = case((E.source_country < E.target_country, E.target_country), else_=E.source_country)
    conds = [E.source_country.is_not(None), E.target_country.is_not(None),
             E.source_country != E.target_country]
    if status:
        conds.append(E.status.in_(list(status)))
    fwd = func.sum(case((E.source_country == lo, 1), else_=0))
    stmt = (select(lo.label("a"), hi.label("b"), func.count().label("events"),
                   fwd.label("a_to_b"), func.min(E.date).label("first"), func.max(E.date).label("last"))
            .where(*conds).group_by(lo, hi).order_by(func.count().desc(), lo, hi).limit(limit))
    names = country_names()
    out = []
    for r in conn.execute(stmt).mappings():
        d = dict(r)
        d["a_to_b"] = int(d["a_to_b"])
        d["b_to_a"] = d["events"] - d["a_to_b"]
        d["a_name"], d["b_name"] = names.get(d["a"], d["a"]), names.get(d["b"], d["b"])
        out.append(d)
    return out


def top_actors(conn: Connection, limit: int, status: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Countries by the events they take part in, as source or as target."""
    names = country_names()
    counts: dict[str, dict[str, Any]] = {}
    for side in ("source", "target"):
        col = E[f"{side}_country"]
        conds = [col.is_not(None)] + ([E.status.in_(list(status))] if status else [])
        for code, n in conn.execute(select(col, func.count()).where(*conds).group_by(col)):
            c = counts.setdefault(code, {"code": code, "name": names.get(code, code),
                                         "as_source": 0, "as_target": 0})
            c[f"as_{side}"] = n
    for c in counts.values():
        c["events"] = c["as_source"] + c["as_target"]
    return sorted(counts.values(), key=lambda c: (-c["events"], c["code"]))[:limit]


def overview(conn: Connection) -> dict[str, Any]:
    """What the store holds, for the dashboard's header."""
    def count(t):
        return conn.execute(select(func.count()).select_from(t)).scalar_one()
    first, last = conn.execute(select(func.min(E.date), func.max(E.date))).one()
    first_pub, last_pub = conn.execute(select(func.min(A.published), func.max(A.published))).one()
    return {"articles": count(s.articles), "events": count(s.events), "quotes": count(s.quotes),
            "figures": count(s.figures), "duplicates": count(s.duplicates),
            "first_event_date": first, "last_event_date": last,
            "first_published": first_pub, "last_published": last_pub}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO3/CAMEO country code -> English name, from the actors gazetteer's countries table."""
    text = resources.files("accord.actors").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for r in csv.DictReader(text.splitlines(), delimiter="\t"):
        names.setdefault(r["iso3"], r["name"])
        names.setdefault(r["cameo"], r["name"])
    return names
