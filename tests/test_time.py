"""Time expressions resolved against the publication date (Friday 10 November 2023)."""
from __future__ import annotations

import datetime as dt

import pytest

from accord.time import event_date, resolve

PUB = dt.date(2023, 11, 10)


@pytest.mark.parametrize("expr, future, expected", [
    ("Thursday", False, "2023-11-09"),
    ("on Friday", False, "2023-11-10"),
    ("last Friday", False, "2023-11-03"),
    ("Monday", True, "2023-11-13"),
    ("yesterday", False, "2023-11-09"),
    ("today", False, "2023-11-10"),
    ("last month", False, "2023-10"),
    ("next month", True, "2023-12"),
    ("last year", False, "2022"),
    ("this year", False, "2023"),
    ("June", False, "2023-06"),
    ("December", False, "2022-12"),
    ("December", True, "2023-12"),
    ("9 November 2023", False, "2023-11-09"),
    ("March 3, 2021", False, "2021-03-03"),
    ("2014", False, "2014"),
    ("2023-02-30", False, None),
    ("two years ago", False, "2021"),          # was None: "N years ago" now names its year
    ("15 months", False, None),
    ("the 1990s", False, None),
])
def test_resolve(expr, future, expected):
    assert resolve(expr, PUB, future) == expected


def test_event_date_takes_the_expression_of_its_clause(nlp):
    text = "Putin visited Astana on Thursday, a week after Tokayev had called him on Monday."
    doc = nlp(text)
    visit = next(t.i for t in doc if t.lemma_ == "visit")
    assert event_date(doc, visit, 0, len(text), "2023-11-10") == "2023-11-09"
    assert event_date(doc, visit, 0, len(text), None) is None


def test_no_expression_falls_back_to_the_publication_date(nlp):
    doc = nlp("Putin visited Astana.")
    assert event_date(doc, 1, 0, len(doc.text), "2023-11-10") == "2023-11-10"


def test_the_tense_of_the_dates_clause_decides_past_or_future(nlp):
    text = "On Friday, the ministry announced new restrictions on flights. Iran will meet Iraq on Monday."
    doc = nlp(text)
    restrictions = next(t.i for t in doc if t.lower_ == "restrictions")
    first_end = text.index(".") + 1
    assert event_date(doc, restrictions, 0, first_end, "2019-10-27") == "2019-10-25"
    meet = next(t.i for t in doc if t.lemma_ == "meet")
    assert event_date(doc, meet, first_end + 1, len(text), "2019-10-27") == "2019-10-28"
