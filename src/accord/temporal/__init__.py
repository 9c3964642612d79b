"""Time expressions: calendar words shared by every date reader (calendar.py) and the rules that
turn an expression into a day, a month, a year or a period anchored to the publication date
(resolve.py)."""
from accord.temporal.resolve import TimeValue, resolve_expression

__all__ = ["TimeValue", "resolve_expression"]
