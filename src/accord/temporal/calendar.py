"""Calendar words and the regular-expression pieces every date reader in Accord shares.

The words come from data/calendar.tsv (months, weekdays, seasons, parts of a year, counts). The
pieces (`MONTH`, `WEEKDAY`, `ORDINAL`, `YEAR`) are plain alternations without groups, so that the
publication-date readers (accord.clean.textmeta, accord.clean.datecheck) and the time-expression
rules (accord.temporal.resolve) build their own patterns from one spelling of the calendar.
"""
from __future__ import annotations

import datetime as dt
from importlib import resources


def _rows() -> list[list[str]]:
    raw = resources.files("accord.temporal").joinpath("data", "calendar.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


MONTHS: dict[str, int] = {}         # "january", "jan", "sept" -> 1..12
WEEKDAYS: dict[str, int] = {}       # "monday", "mon" -> 0..6
SEASONS: dict[str, tuple[int, int]] = {}   # "winter" -> (12, 2)
PARTS: dict[str, int] = {}          # "half" -> 6 months
NUMBERS: dict[str, int] = {}        # "ten" -> 10
ORDINALS: dict[str, int] = {}       # "first" -> 1, "last" -> -1
TIME_NOUNS: set[str] = set()        # "time", "morning": nouns inside a time expression
for kind, word, value in _rows():
    if kind == "month":
        MONTHS[word] = int(value)
    elif kind == "weekday":
        WEEKDAYS[word] = int(value)
    elif kind == "season":
        a, b = value.split("-")
        SEASONS[word] = (int(a), int(b))
    elif kind == "part":
        PARTS[word] = int(value)
    elif kind == "number":
        NUMBERS[word] = int(value)
    elif kind == "ordinal":
        ORDINALS[word] = int(value)
    elif kind == "timenoun":
        TIME_NOUNS.add(word)


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# A month name or its abbreviation, with the abbreviation's optional full stop ("Sept.", "Nov.").
_FULL = {max((w for w, n in MONTHS.items() if n == k), key=len) for k in range(1, 13)}
MONTH = rf"(?:{_alternation(_FULL)}|(?:{_alternation(set(MONTHS) - _FULL)})\.?)"
# A full weekday name ("Thursday"); abbreviations are left out of running text, where "Sun" and
# "Wed" are also words.
WEEKDAY = rf"(?:{_alternation(w for w in WEEKDAYS if w.endswith('day'))})"
ORDINAL = r"(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"


def month_number(name: str) -> int | None:
    """1..12 for a month name or abbreviation in any case ("Sept.", "NOVEMBER"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) n months after (before, for n < 0) the given month."""
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return y, m + 1
