"""Every temporal form of issue 6, resolved against fixed publication dates, with its precision."""
from __future__ import annotations

import datetime as dt

import pytest

from accord.temporal.resolve import TimeValue, resolve_expression

FRI = dt.date(2023, 11, 10)     # Friday 10 November 2023
JAN = dt.date(2024, 1, 3)       # Wednesday 3 January 2024: "last month" and "last year" cross the year
MAR = dt.date(2019, 3, 31)      # Sunday 31 March 2019


@pytest.mark.parametrize("expr, pub, future, text, precision", [
    # weekdays by tense: the nearest such day not after publication (past), not before it (future)
    ("on Thursday", FRI, False, "2023-11-09", "day"),
    ("Friday", FRI, False, "2023-11-10", "day"),
    ("Saturday", FRI, False, "2023-11-04", "day"),
    ("on Thursday", FRI, True, "2023-11-16", "day"),
    ("Monday", FRI, True, "2023-11-13", "day"),
    ("last Friday", FRI, False, "2023-11-03", "day"),
    ("next Friday", FRI, True, "2023-11-17", "day"),
    ("Late on Sunday", MAR, False, "2019-03-31", "day"),
    ("Thursday afternoon", FRI, False, "2023-11-09", "day"),
    ("3:00 p.m. local time on Monday", FRI, False, "2023-11-06", "day"),
    # yesterday, today, tomorrow
    ("yesterday", FRI, False, "2023-11-09", "day"),
    ("today", FRI, False, "2023-11-10", "day"),
    ("tomorrow", FRI, True, "2023-11-11", "day"),
    ("last night", JAN, False, "2024-01-02", "day"),
    # last / next / this week, month, year
    ("last week", FRI, False, "2023-10-30/2023-11-05", "day"),
    ("next week", FRI, True, "2023-11-13/2023-11-19", "day"),
    ("this week", FRI, False, "2023-11-06/2023-11-12", "day"),
    ("last month", FRI, False, "2023-10", "month"),
    ("last month", JAN, False, "2023-12", "month"),
    ("next month", FRI, True, "2023-12", "month"),
    ("last year", JAN, False, "2023", "year"),
    ("next year", FRI, True, "2024", "year"),
    ("this year", FRI, False, "2023", "year"),
    # months with and without a year
    ("in June", FRI, False, "2023-06", "month"),
    ("in December", FRI, False, "2022-12", "month"),
    ("in December", FRI, True, "2023-12", "month"),
    ("in June", dt.date(2022, 11, 20), False, "2022-06", "month"),
    ("in May", FRI, True, "2024-05", "month"),
    ("October 2023", FRI, False, "2023-10", "month"),
    ("last April", dt.date(2020, 1, 5), False, "2019-04", "month"),
    ("last October", dt.date(2019, 9, 29), False, "2018-10", "month"),
    ("next June", FRI, True, "2024-06", "month"),
    ("December 22, last year", dt.date(2019, 1, 7), False, "2018-12-22", "day"),
    ("in March this year", FRI, False, "2023-03", "month"),
    # seasons (northern meteorological: winter runs from December over the new year)
    ("in the summer", FRI, False, "2023-06/2023-08", "month"),
    ("last winter", FRI, False, "2022-12/2023-02", "month"),
    ("this spring", FRI, False, "2023-03/2023-05", "month"),
    ("next spring", FRI, True, "2024-03/2024-05", "month"),
    ("autumn 2021", FRI, False, "2021-09/2021-11", "month"),
    ("the winter of 2022", FRI, False, "2022-12/2023-02", "month"),
    ("in spring", FRI, True, "2024-03/2024-05", "month"),
    # within the current unit
    ("earlier this year", FRI, False, "2023-01/2023-11", "month"),
    ("later this month", FRI, True, "2023-11-10/2023-11-30", "day"),
    ("earlier this week", FRI, False, "2023-11-06/2023-11-10", "day"),
    # explicit dates in common formats
    ("9 November 2023", FRI, False, "2023-11-09", "day"),
    ("November 9, 2023", FRI, False, "2023-11-09", "day"),
    ("Nov. 9th", FRI, False, "2023-11-09", "day"),
    ("the 9th of November", FRI, False, "2023-11-09", "day"),
    ("Thursday, November 9", FRI, False, "2023-11-09", "day"),
    ("on 17 November", dt.date(2004, 11, 18), False, "2004-11-17", "day"),
    ("October 2 2018", FRI, False, "2018-10-02", "day"),
    ("2023-11-09", FRI, False, "2023-11-09", "day"),
    ("09/11/2023", FRI, False, "2023-09-11", "day"),      # dateparser: month first unless the day is > 12
    ("25/10/2023", FRI, False, "2023-10-25", "day"),
    ("2014", FRI, False, "2014", "year"),
    ("in 1997", FRI, False, "1997", "year"),
    ("mid-2022", FRI, False, "2022", "year"),
    # N units ago
    ("two years ago", FRI, False, "2021", "year"),
    ("three days ago", FRI, False, "2023-11-07", "day"),
    ("a month ago", FRI, False, "2023-10", "month"),
    # ranges and periods
    ("the first ten months of last year", FRI, False, "2022-01/2022-10", "month"),
    ("the first ten months of 2023", FRI, False, "2023-01/2023-10", "month"),
    ("the last two weeks of June", FRI, False, "2023-06-17/2023-06-30", "day"),
    ("the first half of 2023", FRI, False, "2023-01/2023-06", "month"),
    ("the third quarter of last year", FRI, False, "2022-07/2022-09", "month"),
    ("Q1 2024", FRI, True, "2024-01/2024-03", "month"),
    ("the next three years", FRI, True, "2023/2026", "year"),
    ("the past two years", FRI, False, "2021/2023", "year"),
    ("the next six months", FRI, True, "2023-11/2024-05", "month"),
    ("between 2010 and 2015", FRI, False, "2010/2015", "year"),
    ("2010–15", FRI, False, "2010/2015", "year"),
    ("from March to May 2023", FRI, False, "2023-03/2023-05", "month"),
    ("9-11 November 2023", FRI, False, "2023-11-09/2023-11-11", "day"),
])
def test_forms(expr, pub, future, text, precision):
    found = resolve_expression(expr, pub, future)
    assert found is not None, expr
    assert (found.text, found.precision) == (text, precision)


@pytest.mark.parametrize("expr, reference, text", [
    # anchored to another event: counted from the last day the text dated something to
    ("the following day", dt.date(2020, 1, 8), "2020-01-09"),
    ("the next day", dt.date(2020, 1, 8), "2020-01-09"),
    ("the previous day", dt.date(2019, 9, 26), "2019-09-25"),
    ("the day before", dt.date(2019, 9, 26), "2019-09-25"),
    ("two days later", dt.date(2020, 1, 8), "2020-01-10"),
    ("a week earlier", dt.date(2020, 1, 8), "2020-01-01"),
    ("the same day", dt.date(2020, 1, 8), "2020-01-08"),
])
def test_anchored_to_another_event(expr, reference, text):
    assert resolve_expression(expr, dt.date(2020, 1, 11), False, reference).text == text
    assert resolve_expression(expr, dt.date(2020, 1, 11), False, None) is None    # nothing to count from


@pytest.mark.parametrize("expr", [
    "15 months", "48 hours", "several days", "the 1990s", "for two weeks", "a 25-year career", "since 2014",
    "every year", "annual", "decades", "2023-02-30", "February 30", "the weekend", "", "recent years",
    # a time of day alone names no date
    "Around 3:00 p.m.", "1800 UTC", "at 4:00 A.M. local time", "midnight",
    # bare numbers and ordinals are not dates ("aged 78", "the 29th", "its 30th year")
    "78", "25", "the 29th", "30th year",
])
def test_no_point_in_time(expr):
    assert resolve_expression(expr, FRI) is None


@pytest.mark.parametrize("value, date", [
    (TimeValue.day(dt.date(2023, 11, 9)), "2023-11-09"),
    (TimeValue.month(2022, 1, (2022, 10)), "2022"),            # a period in one year: its year
    (TimeValue(dt.date(2023, 11, 13), dt.date(2023, 11, 19), "day"), "2023-11"),   # a week in one month
    (TimeValue.month(2022, 12, (2023, 2)), None),             # over a year end: no single date holds it
])
def test_contract_date_of_a_period(value, date):
    assert value.date == date
