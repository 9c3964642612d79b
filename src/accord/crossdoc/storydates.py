"""Dates from the story: an article that shows no reliable publication date takes one from its story,
and its events' relative time expressions ("on Thursday", "yesterday", "last month") are resolved
against that date. Everything found this way is marked as inferred.

The anchor is the publication date of the article's near-duplicate original when it has one, else of
the story's article closest to it in wording: the report most like it was most likely written when it
was. The event's time expression is looked for in its sentence (no parse is kept in the store): one
expression, or several naming one date, resolves it (accord.time.resolve); a sentence without one
takes the anchor itself, as accord.time does with a publication date; several that disagree leave the
date null.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from accord.time import resolve

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# Month names are matched capitalised only: "may" and "march" are also verbs.
_CASED = re.compile(rf"\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\b|\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\b")
_UNCASED = re.compile(
    r"\b(?:(?:last|next|this|past|coming)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\byesterday\b|\btoday\b|\btonight\b|\btomorrow\b|\bthis (?:morning|afternoon|evening)\b"
    r"|\b(?:last|next|this|past|coming)\s+(?:month|year)\b|\b\d{4}-\d{2}-\d{2}\b", re.I)


def time_expressions(sentence: str) -> list[str]:
    spans = sorted({(m.start(), m.end()) for rx in (_CASED, _UNCASED) for m in rx.finditer(sentence)})
    out, last_end = [], -1
    for start, end in spans:
        if start >= last_end:           # keep the first of overlapping matches
            out.append(sentence[start:end])
            last_end = end
    return out


def event_date(sentence: str, anchor: str, planned: bool = False) -> Optional[str]:
    """The event's date with its sentence's time expression resolved against `anchor` (YYYY-MM-DD)."""
    try:
        pub = dt.date.fromisoformat(anchor)
    except ValueError:
        return None
    exprs = time_expressions(sentence)
    if not exprs:
        return anchor
    found = {d for d in (resolve(x, pub, planned) for x in exprs) if d}
    return found.pop() if len(found) == 1 else None
