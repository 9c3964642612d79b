"""One time expression -> the day, month, year or period it names, anchored to the publication date.

`resolve_expression("the first ten months of last year", date(2023, 11, 10))` is the period
2022-01/2022-10; "on Thursday" is 2023-11-09 (past tense) or 2023-11-16 (future tense); "the following
day" is the day after `reference`, the last day-precise date the text gave before the expression.

Accord's own rules come first: they cover the relative and period forms dateparser gets wrong or
does not read (weekdays by tense, "last April", "December 22, last year", seasons, "earlier this
year", parts of a year, "the next three years", ranges, expressions anchored to another event).
Explicit dates in other formats ("the 9th of November", "Nov. 9th", "09/11/2023") go to dateparser,
anchored to the same publication date. Durations, ages, decades and "since ..." name no point in time
and resolve to None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from accord.temporal.calendar import (MONTH, MONTHS, NUMBERS, ORDINALS, PARTS, SEASONS, WEEKDAY, WEEKDAYS, YEAR,
                                      add_months, month_end, month_number)

__all__ = ["TimeValue", "resolve_expression"]

DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A span of days [start, end] and the precision the text gave it (day, month or year)."""
    start: dt.date
    end: dt.date
    precision: str          # day | month | year

    @staticmethod
    def day(d: dt.date) -> "TimeValue":
        return TimeValue(d, d, "day")

    @staticmethod
    def month(year: int, month: int, last: Optional[tuple[int, int]] = None) -> "TimeValue":
        ly, lm = last or (year, month)
        return TimeValue(dt.date(year, month, 1), month_end(ly, lm), "month")

    @staticmethod
    def year(year: int, last: Optional[int] = None) -> "TimeValue":
        return TimeValue(dt.date(year, 1, 1), dt.date(last or year, 12, 31), "year")

    def _fmt(self, d: dt.date) -> str:
        if self.precision == "day":
            return d.isoformat()
        if self.precision == "month":
            return f"{d.year:04d}-{d.month:02d}"
        return f"{d.year:04d}"

    @property
    def is_point(self) -> bool:
        """One day, one month or one year: what the contract's date field can hold."""
        return self._fmt(self.start) == self._fmt(self.end)

    @property
    def text(self) -> str:
        """"2023-11-09", "2023-10", "2022", or a period "2022-01/2022-10"."""
        a, b = self._fmt(self.start), self._fmt(self.end)
        return a if a == b else f"{a}/{b}"

    @property
    def date(self) -> Optional[str]:
        """The contract's date for an event in this time: the point itself, else the month or year that
        holds the whole period ("last week" across a month end is its year); None when no year holds it."""
        if self.is_point:
            return self.text
        if self.precision in ("day", "month") and (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.start.year == self.end.year:
            return f"{self.start.year:04d}"
        return None


# ---- what names no point in time ----------------------------------------------------------------
_UNIT = r"(?:day|week|month|year|decade)s?"
_COUNT = rf"(?:\d+|{'|'.join(NUMBERS)})"
_NOT_A_POINT = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?)[\s-]+(?:old|long)\b|\bfor\b|\baged?\b|\bsince\b"
    r"|\b\d{2,4}'?s\b|\bdecades?\b|\bcentur(?:y|ies)\b|\bages\b|\beach\b|\bevery\b|\bper\b|\bdaily\b|\bweekly\b"
    r"|\bannual(?:ly)?\b|\byearly\b|\bmonthly\b")
# a bare duration: "15 months", "two hours", "48 hours", "several days"
_DURATION = re.compile(rf"^(?:about |some |nearly |almost |over |more than |up to |at least |the )?"
                       rf"(?:{_COUNT}|several|few|many|a few)[\s-]+(?:{_UNIT}|hours?|minutes?|seconds?|nights?)$")
# a time of day names no date by itself: "3:00 p.m. local time", "1800 UTC", "noon"
_CLOCK = re.compile(r"\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\d{1,2}:\d{2}|\d{4}\s*(?:utc|gmt)\b"
                    r"|(?:local|utc|gmt)\s+time\b|\butc\b|\bgmt\b|noon|midnight|o'clock)")
_LEAD = re.compile(r"^(?:(?:on|in|at|during|by|of|from|as of|around|about|circa|until|till|before|after)\s+)+")
_QUALIFIER = re.compile(r"^(?:(?:late|early|mid|the middle of|the end of|the start of|the beginning of)[\s-]+)")

# ---- the rules' patterns --------------------------------------------------------------------------
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DEICTIC = re.compile(r"\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night"
                      r"|earlier today|later today)\b")
_ANCHORED = re.compile(
    rf"\b(?:(?P<next>(?:the following|the next)\s+(?:day|morning|evening|night)|the day after|the morning after)"
    rf"|(?P<prev>(?:the previous|the preceding)\s+(?:day|morning|evening|night)|the day before|the eve\b)"
    rf"|(?P<same>that day|the same day|that morning|that evening|that night)"
    rf"|(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier|before|after))\b")
_AGO = re.compile(rf"\b(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_FIRST_N = re.compile(rf"^(?:the\s+)?(?P<which>first|last|final)\s+(?P<n>{_COUNT})\s+(?P<unit>month|week|day)s?\s+of\s+(?P<of>.+)$")
_PART_OF = re.compile(r"^(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<part>half|quarter)\s+of\s+(?P<of>.+)$")
_QN = re.compile(rf"^(?P<kind>q|h)(?P<n>[1-4])\s+(?:of\s+)?(?P<y>{YEAR})$")
_NEXT_N = re.compile(rf"\b(?P<dir>next|coming|past|last|previous|recent)\s+(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s\b")
_WITHIN = re.compile(r"\b(?P<dir>earlier|later)\s+this\s+(?P<unit>week|month|year)\b")
_RELATIVE = re.compile(r"\b(?P<dir>last|next|this|past|coming|previous|current)\s+(?P<unit>week|month|year)\b")
_REL_MONTH = re.compile(rf"\b(?P<dir>last|next|this|coming|past)\s+(?P<m>{MONTH})(?![a-z])")
_MONTH_REL_YEAR = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>{MONTH})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf",?\s+(?:of\s+)?(?P<dir>last|next|this|the previous|the following)\s+year$")
_SEASON = re.compile(rf"\b(?:(?P<dir>last|next|this|past|coming)\s+)?(?P<s>{'|'.join(SEASONS)})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b")
_WEEKDAY = re.compile(rf"\b(?:(?P<dir>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})\b")
_MONTH_DAY = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH})(?![a-z])"
    rf"|(?P<m2>{MONTH})(?![a-z])\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))(?:,?\s+(?P<y>{YEAR}))?(?!\d)")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})(?![a-z])(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?(?!\d)")
_BARE_YEAR = re.compile(rf"^(?:the\s+year\s+)?(?P<y>{YEAR})$")
_RANGE = re.compile(r"^(?:between\s+(?P<a1>.+?)\s+and\s+(?P<b1>.+)|from\s+(?P<a2>.+?)\s+(?:to|until|till|through)\s+(?P<b2>.+)"
                    r"|(?P<a3>[^-–—]+?)\s*(?:-|–|—|\bto\b|\bthrough\b)\s*(?P<b3>.+))$")


def resolve_expression(expr: str, published: dt.date, future: bool = False,
                       reference: Optional[dt.date] = None) -> Optional[TimeValue]:
    """The time `expr` names, anchored to `published`; `future` for an expression in a future-tense
    clause ("will meet on Monday"); `reference` is the day an anchored expression ("the following
    day") counts from. None when the expression names no point or period in time."""
    s = " ".join(expr.lower().replace("’", "'").split()).strip(" ,.;:()[]\"'")
    s = " ".join(_CLOCK.sub(" ", s).split()).strip(" ,.;:()[]\"'")
    s = _LEAD.sub("", s)
    s = _QUALIFIER.sub("", s)
    s = _LEAD.sub("", s)
    if not s or _NOT_A_POINT.search(s) or _DURATION.match(s):
        return None
    try:
        return _resolve(s, published, future, reference)
    except (ValueError, OverflowError):          # an impossible date ("February 30") names nothing
        return None


def _resolve(s: str, pub: dt.date, future: bool, ref: Optional[dt.date]) -> Optional[TimeValue]:
    if m := _ISO.search(s):
        return TimeValue.day(dt.date(int(m[1]), int(m[2]), int(m[3])))
    if m := _RANGE.match(s):
        found = _range(m, pub, future, ref)
        if found is not None:
            return found
    if m := _ANCHORED.search(s):
        return _anchored(m, ref)
    if m := _DEICTIC.search(s):
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(m[1], 0)
        return TimeValue.day(pub + shift * DAY)
    if m := _AGO.search(s):
        return _ago(int(_count(m["n"])), m["unit"], pub)
    if m := _FIRST_N.match(s):
        return _first_n(m, pub, future, ref)
    if m := _PART_OF.match(s):
        return _part_of(m, pub, future, ref)
    if m := _QN.match(s):
        size = 3 if m["kind"] == "q" else 6
        first = (int(m["n"]) - 1) * size + 1
        return TimeValue.month(int(m["y"]), first, (int(m["y"]), first + size - 1))
    if m := _NEXT_N.search(s):
        return _next_n(m, pub)
    if m := _WITHIN.search(s):
        return _within(m["dir"], m["unit"], pub)
    if m := _MONTH_REL_YEAR.match(s):
        step = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "this": 0}[m["dir"]]
        year, mon = pub.year + step, month_number(m["m"])
        day = m["d1"] or m["d2"]
        return TimeValue.day(dt.date(year, mon, int(day))) if day else TimeValue.month(year, mon)
    if m := _REL_MONTH.search(s):
        return _relative_month(m["dir"], month_number(m["m"]), pub)
    if m := _RELATIVE.search(s):
        return _relative(m["dir"], m["unit"], pub)
    if m := _SEASON.search(s):
        return _season(m, pub, future)
    if m := _WEEKDAY.search(s):
        if not _MONTH_DAY.search(s) and not re.search(YEAR, s):    # "Thursday, November 9" is the date
            return _weekday(m["dir"], WEEKDAYS[m["wd"]], pub, future)
    if m := _MONTH_DAY.search(s):
        mon, day = month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])
        if m["y"]:
            return TimeValue.day(dt.date(int(m["y"]), mon, day))
        return TimeValue.day(dt.date(_year_of(mon, day, pub, future), mon, day))
    if m := _MONTH_YEAR.search(s):
        if m["m"].rstrip(".") == "may" and not m["y"] and s.strip() != "may":
            return None                             # "may" inside a longer expression is the verb
        mon = month_number(m["m"])
        year = int(m["y"]) if m["y"] else _year_of(mon, None, pub, future)
        return TimeValue.month(year, mon)
    if m := _BARE_YEAR.match(s):
        return TimeValue.year(int(m["y"]))
    return _dateparser(s, pub, future)


# ---- rule helpers ---------------------------------------------------------------------------------
def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _year_of(mon: int, day: Optional[int], pub: dt.date, future: bool) -> int:
    """The year of a month (and day) written without one: the nearest such date not after the
    publication date in a past-tense clause, not before it in a future-tense one."""
    year = pub.year
    if not future and (mon, day or 1) > (pub.month, pub.day):
        year -= 1
    elif future and (mon, day or 31) < (pub.month, pub.day):
        year += 1
    return year


def _week(d: dt.date) -> TimeValue:
    monday = d - d.weekday() * DAY
    return TimeValue(monday, monday + 6 * DAY, "day")


def _unit_of(unit: str, d: dt.date) -> TimeValue:
    if unit == "week":
        return _week(d)
    if unit == "month":
        return TimeValue.month(d.year, d.month)
    return TimeValue.year(d.year)


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + n * DAY
    if unit == "week":
        return d + 7 * n * DAY
    months = n * (12 if unit == "year" else 1)
    y, m = add_months(d.year, d.month, months)
    return dt.date(y, m, min(d.day, month_end(y, m).day))


def _relative(which: str, unit: str, pub: dt.date) -> TimeValue:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[which]
    return _unit_of(unit, _shift(pub, unit, step))


def _relative_month(which: str, mon: int, pub: dt.date) -> TimeValue:
    """"last April": the latest April before the publication month; "next June": the first after it."""
    if which in ("last", "past"):
        year = pub.year if mon < pub.month else pub.year - 1
    elif which in ("next", "coming"):
        year = pub.year if mon > pub.month else pub.year + 1
    else:
        year = pub.year
    return TimeValue.month(year, mon)


def _within(which: str, unit: str, pub: dt.date) -> TimeValue:
    """"earlier this year": from the year's start to the publication date; "later this month": the rest."""
    whole = _unit_of(unit, pub)
    precision = "month" if unit == "year" else "day"
    if which == "earlier":
        return TimeValue(whole.start, pub, precision)
    return TimeValue(pub, whole.end, precision)


def _ago(n: int, unit: str, pub: dt.date) -> TimeValue:
    return _unit_of(unit, _shift(pub, unit, -n)) if unit != "day" else TimeValue.day(pub - n * DAY)


def _next_n(m: re.Match, pub: dt.date) -> TimeValue:
    """"the next three years": from the publication date to three years on, at the unit's precision."""
    n, unit = _count(m["n"]), m["unit"]
    other = _shift(pub, unit, n if m["dir"] in ("next", "coming") else -n)
    start, end = sorted((pub, other))
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    return TimeValue(start, end, precision)


def _whole(of: str, pub: dt.date, future: bool, ref: Optional[dt.date]) -> Optional[TimeValue]:
    """The year or month a part is taken of ("of last year", "of 2023", "of June")."""
    return resolve_expression(of, pub, future, ref)


def _first_n(m: re.Match, pub, future, ref) -> Optional[TimeValue]:
    """"the first ten months of last year" -> 2022-01/2022-10; "the last two weeks of June"."""
    whole = _whole(m["of"], pub, future, ref)
    if whole is None:
        return None
    n, unit = _count(m["n"]), m["unit"]
    if unit == "month":
        if m["which"] == "first":
            y, mo = add_months(whole.start.year, whole.start.month, n - 1)
            return TimeValue.month(whole.start.year, whole.start.month, (y, mo))
        y, mo = add_months(whole.end.year, whole.end.month, -(n - 1))
        return TimeValue.month(y, mo, (whole.end.year, whole.end.month))
    days = n * (7 if unit == "week" else 1)
    if m["which"] == "first":
        return TimeValue(whole.start, whole.start + (days - 1) * DAY, "day")
    return TimeValue(whole.end - (days - 1) * DAY, whole.end, "day")


def _part_of(m: re.Match, pub, future, ref) -> Optional[TimeValue]:
    """"the first half of 2023" -> 2023-01/2023-06; "the third quarter of last year"."""
    whole = _whole(m["of"], pub, future, ref)
    if whole is None or whole.precision != "year" or not whole.is_point:
        return None
    size = PARTS[m["part"]]
    k = ORDINALS[m["ord"]]
    if k == -1:
        k = 12 // size
    first = (k - 1) * size + 1
    if first > 12:
        return None
    return TimeValue.month(whole.start.year, first, (whole.start.year, first + size - 1))


def _season(m: re.Match, pub: dt.date, future: bool) -> TimeValue:
    """A season as its months; winter runs from December into the next year ("winter 2022" is
    December 2022 to February 2023). Without a year: the latest one begun by the publication date
    (past tense) or the next one not over by then (future tense); "last", "next" and "this" one."""
    a, b = SEASONS[m["s"]]
    wraps = b < a
    if m["y"]:
        year = int(m["y"])
    else:
        begun = pub.year if pub.month >= a else pub.year - 1     # the year the latest begun one started
        over = (pub.year, pub.month) > (begun + wraps, b)
        which = m["dir"]
        if which in ("last", "past"):
            year = begun if over else begun - 1
        elif which in ("next", "coming"):
            year = begun + 1
        elif which == "this":
            year = pub.year - 1 if wraps and pub.month <= b else pub.year
        else:
            year = begun + 1 if future and over else begun
    return TimeValue.month(year, a, (year + wraps, b))


def _weekday(which: Optional[str], wd: int, pub: dt.date, future: bool) -> TimeValue:
    """"on Thursday": the nearest Thursday not after the publication date (past tense), not before it
    (future tense, or "next Thursday"); "last Friday" on a Friday is a week earlier."""
    if which in ("next", "coming") or (future and which not in ("last", "past")):
        delta = (wd - pub.weekday()) % 7
        if which == "next" and delta == 0:
            delta = 7
        return TimeValue.day(pub + delta * DAY)
    delta = (pub.weekday() - wd) % 7
    if which in ("last", "past") and delta == 0:
        delta = 7
    return TimeValue.day(pub - delta * DAY)


def _anchored(m: re.Match, ref: Optional[dt.date]) -> Optional[TimeValue]:
    """"the following day", "two days later": counted from the reference day, the date of the
    event the text spoke of before; nothing without one."""
    if ref is None:
        return None
    if m["next"]:
        return TimeValue.day(ref + DAY)
    if m["prev"]:
        return TimeValue.day(ref - DAY)
    if m["same"]:
        return TimeValue.day(ref)
    n = _count(m["n"]) * (7 if m["unit"].startswith("week") else 1)
    sign = 1 if m["dir"] in ("later", "after") else -1
    return TimeValue.day(ref + sign * n * DAY)


def _range(m: re.Match, pub, future, ref) -> Optional[TimeValue]:
    """"between 2010 and 2015", "from March to May 2023", "9-11 November 2023", "2010–15": both ends
    resolved, the left end borrowing the month or year the right end carries."""
    a = m["a1"] or m["a2"] or m["a3"]
    b = m["b1"] or m["b2"] or m["b3"]
    a, b = a.strip(), b.strip()
    if re.fullmatch(YEAR, a) and re.fullmatch(r"\d\d", b):          # "2010–15"
        y = int(a)
        right, left = TimeValue.year(y // 100 * 100 + int(b)), TimeValue.year(y)
        return TimeValue(left.start, right.end, "year") if left.start <= right.end else None
    right = resolve_expression(b, pub, future, ref)
    if right is None:
        return None
    if a.isdigit() and len(a) <= 2 and right.precision == "day":
        left = TimeValue.day(right.start.replace(day=int(a)))
    elif re.fullmatch(MONTH, a) and right.precision == "month":
        left = TimeValue.month(right.start.year, month_number(a))
    elif re.fullmatch(rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})", a) and right.precision == "day":
        left = resolve_expression(f"{a} {right.start.year}", pub, future, ref)
    else:
        left = resolve_expression(a, pub, future, ref)
    if left is None or left.start > right.end:
        return None
    precision = left.precision if left.precision == right.precision else "month" \
        if "year" not in (left.precision, right.precision) else "year"
    return TimeValue(left.start, right.end, precision)


# ---- dateparser for the explicit formats the rules leave ------------------------------------------
_PARSERS: dict[bool, object] = {}
# a month name or a numeric date: bare numbers ("25", "78"), ordinals ("the 29th") and "30th year" are not dates
_HAS_DATE_WORD = re.compile(rf"\b{MONTH}(?![a-z])|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b")


def _dateparser(s: str, pub: dt.date, future: bool) -> Optional[TimeValue]:
    """An explicit date in a format the rules do not read ("09/11/2023", "11.09.2023", "2023/11/09"),
    anchored to the publication date; only strings with a month name or a numeric date go there."""
    if not _HAS_DATE_WORD.search(s):
        return None
    from dateparser.date import DateDataParser

    parser = _PARSERS.get(future)
    if parser is None:
        parser = _PARSERS[future] = DateDataParser(languages=["en"], settings={
            "PREFER_DATES_FROM": "future" if future else "past", "STRICT_PARSING": False,
            "RETURN_TIME_AS_PERIOD": False})
    parser._settings.RELATIVE_BASE = dt.datetime(pub.year, pub.month, pub.day)   # noqa: SLF001
    try:
        data = parser.get_date_data(s)
    except Exception:       # dateparser's own failures on odd strings: the expression names nothing we can read
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return TimeValue.year(d.year)
    if period == "month":
        return TimeValue.month(d.year, d.month)
    if period == "week":
        return _week(d)
    return TimeValue.day(d)
