"""When an event happened, from the time expression that governs its clause, anchored to the
publication date: "on Thursday" in an article of Friday 10 November 2023 is 2023-11-09.

A first version: spaCy's DATE entities in the event's sentence, resolved by rules for weekdays,
yesterday/today/tomorrow, last/next/this week|month|year, month names with and without a year,
bare years and full dates. The precision of the result follows the text: a day, a month
("YYYY-MM") or a year ("YYYY"). Expressions it cannot place leave the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
RELATIVE = re.compile(r"\b(last|next|this|past|coming)\s+(week|month|year)\b")
# Words that make a DATE entity a duration or an age, not a point in time.
NOT_A_POINT = re.compile(r"\b(years?|months?|weeks?|days?|hours?)\s+(old|ago|long|later|earlier)\b|\bfor\b|\baged?\b|\bsince\b")


def resolve(expr: str, published: dt.date, future: bool = False) -> Optional[str]:
    """The date an expression names, relative to the publication date; None when it names none."""
    s = expr.lower().strip()
    if NOT_A_POINT.search(s):
        return None
    if m := ISO.search(s):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if "yesterday" in s:
        return (published - dt.timedelta(days=1)).isoformat()
    if "tomorrow" in s:
        return (published + dt.timedelta(days=1)).isoformat()
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", s):
        return published.isoformat()
    if m := RELATIVE.search(s):
        return _relative(m[1], m[2], published)
    words = re.findall(r"[a-z]+", s)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year_m = YEAR.search(s)
    year = int(year_m[1]) if year_m else None
    if month is not None:
        day = _day_of(s, year_m)
        if year is None:
            # "in June": the nearest June not after publication for the past, not before for the future.
            year = published.year
            if not future and (month, day or 1) > (published.month, published.day):
                year -= 1
            elif future and (month, day or 31) < (published.month, published.day):
                year += 1
        if day is not None:
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}"
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        delta = (published.weekday() - weekday) % 7
        if future:
            delta = -((weekday - published.weekday()) % 7)
        elif "last" in words and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat()
    if year is not None and len(words) <= 2:
        return f"{year:04d}"
    return None


def _day_of(s: str, year_m) -> Optional[int]:
    for m in DAY.finditer(s):
        if year_m is not None and m.start() == year_m.start():
            continue
        n = int(m[1])
        if 1 <= n <= 31:
            return n
    return None


def _relative(which: str, unit: str, published: dt.date) -> Optional[str]:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[which]
    if unit == "year":
        return f"{published.year + step:04d}"
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}"
    return None         # a week has no form in the contract's date precisions


def event_date(doc, verb_index: int, sent_start: int, sent_end: int, published: Optional[str]) -> Optional[str]:
    """The date of the event whose verb (or event noun) is at `verb_index`: the DATE entity of its
    sentence that hangs from it, else the only DATE entity in the sentence, else the publication date."""
    if not published:
        return None
    try:
        pub = dt.date.fromisoformat(published)
    except ValueError:
        return published
    ents = [e for e in doc.ents if e.label_ == "DATE" and sent_start <= e.start_char and e.end_char <= sent_end]
    if not ents:
        return published
    head = _clause_head(doc[verb_index]).i
    governed = [e for e in ents if _clause_head(e.root).i == head]
    chosen = governed or (ents if len(ents) == 1 else [])
    for e in chosen:
        found = resolve(e.text, pub, _future(_clause_head(e.root)))
        if found is not None:
            return found
    return published


def _future(verb) -> bool:
    """Whether a clause speaks of the future: "will meet on Monday", "is to visit in June", "plans
    to sign next week" (the tense of the clause the expression sits in, not of the event)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or (verb.dep_ == "xcomp" and verb.head.lemma_ in
                                          ("plan", "expect", "schedule", "intend", "be", "set")):
        return True
    return False


def _clause_head(tok):
    """The verb that heads the clause a token is in."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head
    return tok
