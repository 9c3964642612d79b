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


def _date_at(nlp, text: str, word: str, published: str, nth: int = 0):
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][nth]
    return event_date(doc, tok.i, tok.sent.start_char, tok.sent.end_char, published)


@pytest.mark.parametrize("text, word, published, expected", [
    # the expression of the event's own clause, not of another clause in the sentence
    ("Late on Sunday, the SDF announced it had entered an agreement after Turkey began an offensive on Wednesday.",
     "began", "2019-10-15", "2019-10-09"),
    # a complement clause with no expression of its own takes the time of the clause that governs it
    ("Late on Sunday, the SDF announced it had entered an agreement after Turkey began an offensive on Wednesday.",
     "entered", "2019-10-15", "2019-10-13"),
    # a date that names a thing ("the 2004 Nobel Peace Prize") does not date the clause
    ("The 2004 Nobel Peace Prize was awarded today to Wangari Maathai.", "awarded", "2004-12-10", "2004-12-10"),
    # future clauses: "is due out in May", "is set to open tomorrow"
    ("A fourth book is due out in May.", "due", "2019-01-22", "2019-05"),
    ("The assembly is set to open tomorrow.", "open", "2019-09-23", "2019-09-24"),
    ("Khashoggi was murdered last October in the consulate.", "murdered", "2019-09-29", "2018-10"),
    ("This lockdown started on December 22, last year.", "started", "2019-01-07", "2018-12-22"),
    # a date owning the clause's subject dates the clause; a clock time before it does not count
    ("Monday's bid for October elections failed to get a majority.", "failed", "2019-09-11", "2019-09-09"),
    ("Around 3:00 p.m. local time on Monday (1800 UTC), smoke turned the city dark.", "turned", "2019-08-24",
     "2019-08-19"),
    # a period dates an event to the month or year that holds it
    ("Exports to China grew in the first ten months of last year.", "grew", "2023-11-10", "2022"),
    ("The ministers gathered in Cairo on Wednesday. In a press release issued the following day, Turkey "
     "denounced the conclusions.", "denounced", "2020-01-11", "2020-01-09"),
    # a named war dates what happened during it; one of years that ended long ago gives no date, not the page's
    ("Russia invaded Georgia during the Russo-Georgian War.", "invaded", "2010-11-18", "2008-08"),
    ("Iraq invaded Kuwait during the Gulf War.", "invaded", "2004-11-18", None),
    ("World War II veterans met Putin on Monday.", "met", "2020-05-06", "2020-05-04"),
    # ... and is no sentence's fallback, nor stops another expression from being one
    ("This was the largest growth since World War II, topping the record set in the first quarter of 1950.",
     "topping", "2020-11-02", "1950"),
    # "during" a dated thing: the clause happened then
    ("Next, The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a cemetery.",
     "refused", "2020-10-29", "2018"),
    # a short period across New Year keeps the page's date
    ("He was killed last week by a United States military airstrike in Iraq.", "killed", "2020-01-09", "2020-01-09"),
])
def test_event_date_in_context(nlp, text, word, published, expected):
    assert _date_at(nlp, text, word, published) == expected


def test_anchor_is_the_last_event_date_not_a_date_naming_a_thing(nlp):
    text = ("Ministers met in Cairo on Wednesday. They called the November 27 agreement void. "
            "Turkey replied the following day.")
    assert _date_at(nlp, text, "replied", "2020-01-11") == "2020-01-09"


def test_time_at_leaves_out_the_words_of_a_quote(nlp):
    from accord.time import time_at
    text = '"I offered to resign last night," Bolton wrote.'
    doc = nlp(text)
    wrote = next(t.i for t in doc if t.text == "wrote")
    assert time_at(doc, wrote, "2019-09-12", exclude=(1, text.index('"', 1))) is None
    assert time_at(doc, wrote, "2019-09-12").text == "2019-09-11"
