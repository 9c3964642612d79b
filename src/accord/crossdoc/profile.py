"""What the story grouping compares: an article's terms (how it says it) and the keys of the events
it is about (what it reports).

Terms are the article's content words (no stopwords, no numbers) with their counts, the headline
counted twice. An event key is the unordered pair of its actors, its CAMEO root and its date. Only an
article's *main* events give keys: an event dated within MAIN_DAYS of the article's date, or an undated
one in the article's lead. An event the article dates weeks earlier ("last month's visit") is a
mention in passing of another happening and does not pull the article into that happening's story.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from typing import Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS

TOP_TERMS = 80
MAIN_DAYS = 3
# The lead: the first paragraphs, at least this many characters of them.
LEAD_CHARS = 400
LEAD_PARAGRAPHS = 2
ACTIVE = {"occurred", "planned"}

_TERM = re.compile(r"[^\W\d_][\w'’-]*")
_EXTRA_STOP = {"said", "says", "told", "according", "also", "would", "could", "one", "two", "new", "year",
               "years", "time", "week", "month", "day", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday", "wikinews"}


def terms(text: str, title: Optional[str] = None, top: int = TOP_TERMS) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for chunk, weight in ((text or "", 1), (title or "", 2)):
        for w in _TERM.findall(chunk):
            w = re.sub(r"['’]s$", "", w.casefold())
            if len(w) >= 3 and w not in STOP_WORDS and w not in _EXTRA_STOP:
                counts[w] += weight
    return dict(counts.most_common(top))


def weights(terms: dict[str, int], idf, default_idf: float) -> tuple[dict[str, float], float]:
    """TF-IDF weights (log-scaled term counts) and their norm; `idf` maps a term to its weight
    (.get(term, default))."""
    w = {t: (1 + math.log(c)) * idf.get(t, default_idf) for t, c in terms.items()}
    return w, math.sqrt(sum(v * v for v in w.values()))


def cosine_weighted(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    (wa, na), (wb, nb) = a, b
    if not na or not nb:
        return 0.0
    if len(wa) > len(wb):
        wa, wb = wb, wa
    return sum(v * wb[t] for t, v in wa.items() if t in wb) / (na * nb)


def cosine(a: dict[str, int], b: dict[str, int], idf, default_idf: float) -> float:
    """TF-IDF cosine of two term-count vectors."""
    return cosine_weighted(weights(a, idf, default_idf), weights(b, idf, default_idf))


def actor_key(row: dict, prefix: str) -> str:
    """An actor as the merge compares it: CAMEO code, else country, else its name or text."""
    for f in ("code", "country", "name", "text"):
        v = row.get(f"{prefix}_{f}")
        if v:
            return v if f in ("code", "country") else v.casefold()
    return "-"


def dyad_key(row: dict) -> str:
    """The event's two sides by country (else code or name), unordered: "X visited Y" and "Y hosted X"
    tell of one meeting."""
    sides = []
    for prefix in ("source", "target"):
        v = row.get(f"{prefix}_country") or row.get(f"{prefix}_code") or (row.get(f"{prefix}_name") or "").casefold()
        sides.append(v or "-")
    return "+".join(sorted(sides))


def lead_end(text: str) -> int:
    end = 0
    for i, para in enumerate(text.split("\n")):
        end += len(para) + 1
        if i + 1 >= LEAD_PARAGRAPHS and end >= LEAD_CHARS:
            break
    return end


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-15")
        if len(value) == 4:
            return dt.date(int(value), 7, 1)
    except ValueError:
        return None
    return None


def close_dates(a: Optional[str], b: Optional[str], days: int = MAIN_DAYS) -> bool:
    """Two dates that can name the same happening: days apart at most, or one inside the other's
    month or year."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return a.startswith(b) or b.startswith(a)
    da, db = parse_date(a), parse_date(b)
    if da is None or db is None:
        return a == b
    return abs((da - db).days) <= (days if len(a) == 10 else 0)


def main_event_keys(text: str, date: Optional[str], events: Iterable[dict]) -> list[str]:
    """Keys "DYAD|ROOT|DATE" of the events the article is about (see module doc)."""
    lead = lead_end(text or "")
    keys = []
    for e in events:
        if e["status"] not in ACTIVE:
            continue
        if e["date"]:
            # a bare year is background; a day or month must be near the article's own date
            if len(e["date"]) < 7 or not close_dates(e["date"], date):
                continue
        elif e["span_start"] >= lead:
            continue
        keys.append(f"{dyad_key(e)}|{e['root']}|{e['date'] or ''}")
    return sorted(set(keys))


def keys_match(a: list[str], b: list[str]) -> bool:
    for ka in a:
        da, ra, ta = ka.split("|")
        for kb in b:
            db, rb, tb = kb.split("|")
            if da == db and ra == rb and "-" not in da.split("+") and close_dates(ta or None, tb or None):
                return True
    return False
