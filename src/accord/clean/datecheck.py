"""Publication date against the article's own evidence.

A date in a site header is often the day the page was viewed, not the day the story was
published. `check_published` looks for what the text itself says about when it was written and
keeps the candidate date only when nothing contradicts it:

- a caption date (photo credit lines) or a past-tense body date that lies after the candidate
  (more than a day of tolerance): a story cannot report what happens later;
- a deictic anchor that names its date ("yesterday, November 9", "today (9 November 2023)"):
  the publication date follows from it;
- a relative period next to an explicit date ("last month, in October 2023", "earlier this
  year, on 3 March 2022", "last week, on November 2"): the candidate must fit it;
- "today"/"yesterday"/"on Thursday" in the narrative together with a caption date much earlier
  than the candidate: the header date is then most likely the viewing date.

The check is conservative (a false contradiction on a normal article is worse than a missed
one): future-tense sentences, quotations and file photos are not used as evidence, and a
relative weekday by itself never contradicts. Everything is regular expressions and
`datetime`; nothing here raises.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

from accord.temporal.calendar import MONTH, ORDINAL, WEEKDAY, YEAR, month_number

log = logging.getLogger(__name__)

# The calendar's spelling is shared with every other date reader (accord.temporal.calendar).
_MON = MONTH
_WD = WEEKDAY
_ORD = ORDINAL
_YEAR = YEAR

# One date expression, year optional; named groups for the parts.
_DATE = (
    rf"(?:(?:(?P<wd>{_WD}),?\s+(?:the\s+)?)?"
    rf"(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}}){_ORD}(?!\d)(?:,?\s+(?P<y1>{_YEAR})(?!\d))?"
    rf"|(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR})(?!\d))?"
    rf"|(?P<y3>{_YEAR})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})(?!\d)))"
)
_FIRST = r"(?=[JFMASONDTWjfmasondtw0-9])"     # cheap reject before the alternation
DATE_RE = re.compile(rf"{_FIRST}\b{_DATE}", re.I)
# "in October 2023", "October 2023"
MONTH_YEAR_RE = re.compile(rf"\b(?P<m>{_MON})\s+(?P<y>{_YEAR})\b", re.I)

_DEIXIS = r"(?P<deixis>yesterday|today|tomorrow)"
# "yesterday, November 9", "today (9 November 2023)", "today, Thursday, November 9, 2023"
ANCHOR_RE = re.compile(rf"(?=[tyTY])\b{_DEIXIS}\s*(?:[,(\u2014\u2013-]\s*)?(?:on\s+)?{_DATE}", re.I)
# "November 9, yesterday" is rare; "on Thursday (yesterday)" carries no date.

# Relative periods that need an adjacent explicit date to be checkable.
_PERIOD = (r"(?P<period>(?:earlier|later)\s+this\s+(?:week|month|year)|this\s+(?:week|month|year)"
           r"|last\s+(?:week|month|year))")
_GAP = r"\s*[,(\u2014\u2013-]?\s*(?:in|on|of)?\s*"
PERIOD_THEN_DATE_RE = re.compile(
    rf"(?=[eltELT])\b{_PERIOD}{_GAP}(?:{_DATE}|(?P<mm>{_MON})(?:\s+(?P<my>{_YEAR}))?\b)", re.I)
PERIOD_RE = re.compile(rf"(?=[eltELT])\b{_PERIOD}\b", re.I)
# the date just before a period: "March 11 this year", "in August last year"
DATE_BEFORE_RE = re.compile(rf"{_FIRST}\b(?:{_DATE}|(?P<mm>{_MON})(?:\s+(?P<my>{_YEAR}))?)\s*,?\s+$", re.I)

# Narrative deixis that pins the story to the day of the events.
DEIXIS_RE = re.compile(rf"(?=[ytloYTLO])\b(?:yesterday|today|tonight|last night|this morning|on\s+{_WD})\b", re.I)

FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|would|to be|scheduled|schedule|due|expected|expects?|expecting|plans?|"
    r"planned|planning|set to|until|till|by|before|deadline|upcoming|next|proposed|slated|"
    r"is to|are to|intends?|aims?|hopes?|could|may|might|should|must|from|through|ahead|"
    r"valid|expires?|ends|begins?|starts?|starting|effective|going to|tomorrow|later|"
    r"postponed|delayed|rescheduled|deferred|anticipated|coming|comes|within|pending|if|unless|"
    r"is|are|am|force|effect|runs?|lasts?|matur\w*|term|tenure|sentenced?|sale|tickets?|opens?|"
    r"reopens?|closes?|launch(?:es)?|countdown|calendar|forecasts?|projected|estimates?|"
    r"born|anniversary|remember\w*|commemorat\w*|memorial)\b", re.I)

CAPTION_RE = re.compile(
    r"(?i:^[ \t]*(?:photo|image|picture|pictured|file photo|caption)\b"
    r"|\b(?:photo|picture|image)\s*(?::|by\b|credit)"
    r"|\((?:reuters|ap|afp|getty(?: images)?|epa|xinhua|anadolu|ap photo[^)\n]*|[^()\n]{0,40}/"
    r"(?:reuters|afp|ap|getty images|epa))\)\.?[ \t]*$)"
    r"|\b(?:REUTERS|AFP|Getty Images|AP Photo|EPA-EFE)\b", re.M)
# A first line that is only a date ("Thursday, November 9, 2023"): the article's dateline.
DATELINE_RE = re.compile(rf"\s*{_DATE}[ \t]*(?:\n|$)", re.I)
FILE_RE = re.compile(r"\b(?:file|archive|archival|handout)\b", re.I)

QUOTE_RE = re.compile(r"\"[^\"\n]{0,600}\"|\u201c[^\u201d\n]{0,600}\u201d")

DAY = dt.timedelta(days=1)


def check_published(published: str | None, text: str) -> tuple[str | None, list[str]]:
    """(date or None, warnings): the candidate publication date (YYYY-MM-DD) checked against the
    dates and relative expressions of the clean article text.

    Unchanged with no warning when nothing contradicts it; None with a warning naming the
    evidence when the text contradicts it; a date inferred from the text (with a warning saying
    so) when the evidence points to one consistent date ("yesterday, November 9" -> the 10th)."""
    try:
        return _check(published, text)
    except Exception:    # a date check must never sink an article
        log.exception("publication date check failed")
        return published, []


def _check(published: str | None, text: str, depth: int = 0) -> tuple[str | None, list[str]]:
    if not text or not isinstance(text, str):
        return published, []
    cand = _parse_iso(published)
    if published and cand is None:
        return published, []            # not ours to judge: normalize_published reports it
    text = text[:200_000]
    plain = _blank_quotes(text)        # same offsets; quotations blanked out

    contradictions: list[str] = []                      # evidence, already quoted
    inferred: list[tuple[dt.date, str, bool]] = []     # (date, snippet, firm)
    anchor_spans: list[tuple[int, int]] = []

    # 1. Anchors: "yesterday, November 9" fixes the publication date.
    for m in ANCHOR_RE.finditer(plain):
        d, has_year = _date_of(m, cand)
        if d is None:
            continue
        anchor_spans.append(m.span())
        shift = {"yesterday": 1, "today": 0, "tomorrow": -1}[m.group("deixis").lower()]
        pub = d + dt.timedelta(days=shift)
        firm = has_year or _weekday_ok(m, d)
        inferred.append((pub, _snip(m), firm))
        if cand is not None and abs((cand - pub).days) > 1:
            contradictions.append(repr(_snip(m)))

    if cand is not None:
        # 2. Relative periods next to an explicit date.
        for m in PERIOD_THEN_DATE_RE.finditer(plain):
            if _period_contradicts(m, cand, m.group("period")):
                contradictions.append(repr(_snip(m)))
        for p in PERIOD_RE.finditer(plain):
            window = plain[max(0, p.start() - 40):p.start()]
            m = DATE_BEFORE_RE.search(window)
            if m and _period_contradicts(m, cand, p.group("period")):
                contradictions.append(repr(f"{_snip(m)} {p.group(0)}"))

        # 3. Caption dates and past-tense body dates after the candidate.
        caption_dates: list[tuple[dt.date, str, bool]] = []    # (date, evidence, file photo)
        for line in _caption_lines(text):
            for m in DATE_RE.finditer(line):
                d, has_year = _date_of(m, cand)
                if d is None or not has_year:
                    continue
                evidence = f"{_snip(m)!r} (photo caption)"
                caption_dates.append((d, evidence, bool(FILE_RE.search(line))))
                if d > cand + DAY and _event_date(line, m):
                    contradictions.append(evidence)
        for m in DATE_RE.finditer(plain):
            if any(lo <= m.start() < hi for lo, hi in anchor_spans):
                continue
            d, has_year = _date_of(m, cand)
            if d is None or not has_year or d <= cand + DAY:
                continue
            sent = _sentence_at(plain, m.start(), m.end())
            if _past(sent.replace(m.group(0), " ")) and _event_date(plain, m, sent):
                contradictions.append(repr(_snip(m)))

        # 4. Day-of-events deixis ("yesterday", "on Thursday") + a caption or a dateline much
        # earlier than the candidate: the header date is then the day the page was viewed.
        fresh = [c for c in caption_dates if not c[2]]
        dl = DATELINE_RE.match(text)
        if dl:
            d, has_year = _date_of(dl, cand)
            if d is not None and has_year:
                fresh.append((d, f"{_snip(dl)!r} (dateline)", False))
        if fresh:
            latest = max(fresh)
            dm = DEIXIS_RE.search(plain, dl.end() if dl else 0)
            if dm and latest[0] <= cand and (cand - latest[0]).days > 7:
                contradictions.append(f"{latest[1]} with {dm.group(0)!r}")

    contradictions = list(dict.fromkeys(contradictions))
    pubs = {d for d, _, _ in inferred}
    single = inferred[0] if len(pubs) == 1 else None
    if cand is None:
        # No candidate: only an anchor with its own year ("today, November 13, 2004") is used.
        if single and all(has_year for _, _, has_year in inferred) and _has_year_anchor(inferred) \
                and depth == 0 and not _check(single[0].isoformat(), text, depth=1)[1]:
            return single[0].isoformat(), [
                f"publication date {single[0].isoformat()} inferred from {single[1]!r} in the text"]
        return published, []
    if not contradictions:
        return published, []
    warn = f"publication date {published} contradicted by {'; '.join(contradictions[:3])} in the text"
    # One consistent anchor: infer from it when it is firm (own year or matching weekday) or close
    # to the candidate, and when the inferred date itself passes every other check.
    if single and depth == 0 and all(f or abs((d - cand).days) <= 60 for d, _, f in inferred) \
            and not _check(single[0].isoformat(), text, depth=1)[1]:
        return single[0].isoformat(), [f"{warn}; inferred {single[0].isoformat()} from {single[1]!r}"]
    return None, [warn]


# ---------------------------------------------------------------- helpers

def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except (ValueError, TypeError):
        return None


def _blank_quotes(text: str) -> str:
    return QUOTE_RE.sub(lambda m: " " * len(m.group(0)), text)


_CAPTION_WORDS = ("photo", "image", "picture", "caption", "reuters", "afp", "getty", "epa", "xinhua",
                  "anadolu", "(ap")


def _caption_lines(text: str) -> list[str]:
    low = text.lower()
    if not any(w in low for w in _CAPTION_WORDS):
        return []
    lines: dict[int, str] = {}
    for m in CAPTION_RE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if start not in lines and end - start <= 400:
            lines[start] = text[start:end]
    return list(lines.values())


_BOUNDARY_RE = re.compile(r"[.!?][\"\u201d)]?\s+(?=[\"\u201c(]?[A-Z])|\n")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (a rough split is enough here)."""
    lo = max(0, start - 600)
    left = lo
    for b in _BOUNDARY_RE.finditer(text, lo, start):
        left = b.end()
    b = _BOUNDARY_RE.search(text, end, min(len(text), end + 600))
    right = b.start() + 1 if b else min(len(text), end + 600)
    return text[left:right]


_PAST_RE = re.compile(
    r"\b(?:was|were|had|did|said|told|met|took|held|died|killed|left|came|went|won|lost|fell|"
    r"began|made|gave|saw|found|rose|struck|spoke|sent|became|broke|hit|\w{3,}ed)\b", re.I)


_RANGE_END_RE = re.compile(r"(?:[-\u2013\u2014/]|\b(?:to|through|thru|until|till|and))\s*$", re.I)


def _event_date(text: str, m: re.Match, sent: str | None = None) -> bool:
    """A date that reports something that happened: not the end of a range ("January 23 - March
    9 2014", "from ... to ...") and not in a sentence about the future."""
    if _RANGE_END_RE.search(text[max(0, m.start() - 12):m.start()]):
        return False
    return not FUTURE_RE.search(sent if sent is not None else text)


def _past(sent: str) -> bool:
    return bool(_PAST_RE.search(sent))


def _month(name: str) -> int | None:
    return month_number(name)


def _date_of(m: re.Match, ref: dt.date | None) -> tuple[dt.date | None, bool]:
    """The date a DATE match names; a missing year is taken nearest to `ref` (None without ref)."""
    g = m.groupdict()
    try:
        if g.get("y3"):
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"])), True
        if g.get("m1"):
            mon, day, year = _month(g["m1"]), int(g["d1"]), g.get("y1")
        elif g.get("m2"):
            mon, day, year = _month(g["m2"]), int(g["d2"]), g.get("y2")
        else:
            return None, False
        if mon is None:
            return None, False
        if year:
            return dt.date(int(year), mon, day), True
        if ref is None:
            return None, False
        options = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                options.append(dt.date(y, mon, day))
            except ValueError:
                pass
        if not options:
            return None, False
        return min(options, key=lambda d: abs((d - ref).days)), False
    except (ValueError, TypeError):
        return None, False


def _weekday_ok(m: re.Match, d: dt.date) -> bool:
    wd = m.groupdict().get("wd")
    return bool(wd) and d.strftime("%A").lower() == wd.lower()


def _snip(m: re.Match) -> str:
    return re.sub(r"\s+", " ", m.group(0)).strip(" ,(")


def _month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _period_contradicts(m: re.Match, cand: dt.date, period: str) -> bool:
    period = re.sub(r"\s+", " ", period.lower())
    g = m.groupdict()
    if g.get("mm"):                       # a month, maybe with a year
        mon = _month(g["mm"])
        if mon is None:
            return False
        if g["mm"].lower().rstrip(".") == "may" and not g.get("my"):
            return False                  # "may" is more often the verb
        year = int(g["my"]) if g.get("my") else None
        day = None
    else:
        d, has_year = _date_of(m, cand)
        if d is None:
            return False
        mon, day = d.month, d.day
        year = d.year if has_year else None
    unit = period.split()[-1]
    if unit == "year":
        if year is None:
            return False
        near = cand - DAY if cand.month == 1 else cand
        if period.startswith("last"):
            return year != near.year - 1 and year != cand.year - 1
        return year != cand.year and year != near.year
    if unit == "month":
        if year is None:                  # take the occurrence not after the candidate
            year = cand.year if mon <= cand.month else cand.year - 1
        diff = _month_index(cand) - (year * 12 + mon - 1)
        if period.startswith("last"):
            return diff < 0 or diff > 2
        return diff < 0 or diff > 1 or (diff == 1 and cand.day > 1)
    if unit == "week":
        if day is None:
            return False
        try:
            if year is None:
                year = cand.year if (mon, day) <= (cand.month, cand.day) else cand.year - 1
            d = dt.date(year, mon, day)
        except ValueError:
            return False
        gap = (cand - d).days
        if period.startswith("last"):
            return gap < -1 or gap > 21
        return gap < -8 or gap > 8
    return False


def _has_year_anchor(inferred) -> bool:
    return any(re.search(_YEAR, s) for _, s, _ in inferred)
