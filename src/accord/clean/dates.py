"""Publication dates: a date must be a real date before it is used as one."""
from __future__ import annotations

import datetime as dt
import re

ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def normalize_published(value: str | None, today: dt.date | None = None) -> tuple[str | None, list[str]]:
    """('YYYY-MM-DD' or None, warnings). ISO dates are checked field by field so that
    '2024-33-27' is rejected rather than guessed; other spellings go through dateparser."""
    if value is None or not str(value).strip():
        return None, []
    value = str(value).strip()
    today = today or dt.date.today()
    m = ISO.match(value)
    if m:
        try:
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None, [f"rejected impossible publication date {value!r}"]
    else:
        import dateparser
        parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
        if parsed is None:
            return None, [f"rejected unreadable publication date {value!r}"]
        d = parsed.date()
    if d > today + dt.timedelta(days=1) or d.year < 1900:
        return None, [f"rejected implausible publication date {value!r}"]
    return d.isoformat(), []
