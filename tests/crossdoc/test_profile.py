"""What the story grouping compares: terms, and the keys of an article's main events."""
from __future__ import annotations

import pytest

from accord.crossdoc.profile import close_dates, cosine, keys_match, main_event_keys, terms

# The lead: the first two paragraphs (658 characters here); the rest is background.
TEXT = "Putin visited Kazakhstan on Thursday. " * 12 + "\n" + "Talks covered gas. " * 10 + "\n" + "More. " * 50


def ev(date, start=0, status="occurred", root="04", src="RUS", tgt="KAZ"):
    return {"date": date, "span_start": start, "status": status, "root": root,
            "source_country": src, "target_country": tgt, "source_code": src + "GOV", "target_code": tgt}


def test_terms_drop_stopwords_and_count_the_headline_twice():
    t = terms("The ministers said the talks on gas were long.", title="Gas talks")
    assert t["gas"] == 3 and t["talks"] == 3 and "the" not in t and "said" not in t


def test_cosine_of_identical_vectors_is_one():
    a = {"gas": 2, "astana": 1}
    assert cosine(a, a, {}, 1.0) == pytest.approx(1.0) and cosine(a, {"storm": 1}, {}, 1.0) == 0.0


@pytest.mark.parametrize("a, b, expected", [
    ("2023-11-09", "2023-11-10", True), ("2023-11-01", "2023-11-10", False),
    ("2023-11", "2023-11-10", True), ("2023-10", "2023-11-10", False), (None, "2023-11-10", True),
])
def test_close_dates(a, b, expected):
    assert close_dates(a, b) is expected


def test_main_events_leave_out_mentions_in_passing():
    keys = main_event_keys(TEXT, "2023-12-06", [
        ev("2023-12-05"),                       # this article's happening
        ev("2023-11-09", start=700),            # "a month after Putin visited ..."
        ev(None, start=700),                    # undated, outside the lead
        ev("2023", start=10),                   # a bare year is background
        ev("2023-12-06", status="negated"),
    ])
    assert keys == ["KAZ+RUS|04|2023-12-05"]


def test_keys_match_needs_same_sides_root_and_fitting_dates():
    assert keys_match(["KAZ+RUS|04|2023-11-09"], ["KAZ+RUS|04|2023-11-10"])
    assert not keys_match(["KAZ+RUS|04|2023-11-09"], ["KAZ+RUS|05|2023-11-09"])
    assert not keys_match(["KAZ+RUS|04|2023-11-09"], ["KAZ+RUS|04|2024-05-08"])
    assert not keys_match(["-+RUS|04|2023-11-09"], ["-+RUS|04|2023-11-09"])     # an unresolved side
