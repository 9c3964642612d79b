"""check_published: the candidate publication date against the article's own dates."""
from __future__ import annotations

import json

import pytest

from accord.clean.datecheck import check_published

CONSISTENT = """Kazakhstan's President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Thursday.

The two leaders signed a trade agreement yesterday, officials said. Talks began last week and \
continued on Monday. Kazakhstan hosted a similar summit on 14 September 2022, and last year the \
two countries agreed to expand rail links.

"We will meet again on December 3, 2023," Tokayev said. A follow-up summit will be held on \
January 15, 2024, and the agreement takes effect on 1 March 2024.

The exhibition runs from November 2 - December 20 2023.

President Tokayev and Xi Jinping in Astana on November 9, 2023. (Reuters)
"""


def test_consistent_article_passes_unchanged():
    assert check_published("2023-11-10", CONSISTENT) == ("2023-11-10", [])


def test_body_date_after_the_candidate_contradicts_it():
    text = ("Police said on Tuesday that protesters had gathered in Astana on November 21, 2023, "
            "and that 40 were detained.\n\nThe protest was the largest this year.")
    date, warnings = check_published("2023-11-10", text)
    assert date is None
    assert warnings == ["publication date 2023-11-10 contradicted by 'November 21, 2023' in the text"]


def test_caption_date_after_the_candidate_contradicts_it():
    text = ("Leaders met in Astana to discuss trade.\n\n"
            "Photo: Tokayev greets Xi at the airport (25 November 2023)\n\n"
            "The talks covered energy and rail.")
    date, warnings = check_published("2023-11-20", text)
    assert date is None and len(warnings) == 1
    assert "'25 November 2023' (photo caption)" in warnings[0]


def test_caption_date_much_earlier_than_a_day_of_events_story_is_the_viewing_date():
    text = ("Kazakhstan and China signed a trade agreement in Astana on Thursday, officials said.\n\n"
            "President Tokayev and Xi Jinping in Astana on November 9, 2023. (Reuters)")
    date, warnings = check_published("2023-11-20", text)
    assert date is None
    assert "2023-11-20" in warnings[0] and "'November 9, 2023' (photo caption)" in warnings[0]


def test_yesterday_with_a_date_contradicts_the_header_and_gives_the_date():
    text = "Kazakhstan and China signed a trade agreement yesterday, November 9, in Astana."
    date, warnings = check_published("2023-11-20", text)
    assert date == "2023-11-10"
    assert warnings[0].startswith(
        "publication date 2023-11-20 contradicted by 'yesterday, November 9' in the text")
    assert "inferred 2023-11-10" in warnings[0]


def test_yesterday_with_a_date_agrees_with_the_right_header():
    text = "Kazakhstan and China signed a trade agreement yesterday, November 9, in Astana."
    assert check_published("2023-11-10", text) == ("2023-11-10", [])


def test_anchor_with_its_own_year_dates_an_undated_article():
    text = "The delegation returned today, November 13, 2004, from the funeral."
    date, warnings = check_published(None, text)
    assert date == "2004-11-13" and "inferred" in warnings[0]


@pytest.mark.parametrize("text, candidate", [
    ("The ceasefire collapsed last month, in October 2023, after a week of shelling.", "2024-03-05"),
    ("Earlier this year, in March 2022, the two sides met in Doha.", "2023-11-10"),
    ("Last week, on December 8, the ministers met in Brussels.", "2024-02-01"),
])
def test_relative_period_next_to_a_date_must_fit_the_candidate(text, candidate):
    date, warnings = check_published(candidate, text)
    assert date is None and len(warnings) == 1 and candidate in warnings[0]


@pytest.mark.parametrize("text, candidate", [
    ("The ceasefire collapsed last month, in October 2023, after a week of shelling.", "2023-11-10"),
    ("Earlier this year, in March 2023, the two sides met in Doha.", "2023-11-10"),
    ("Last week, on November 2, the ministers met in Brussels.", "2023-11-10"),
    ("The summit on Thursday was the first since 2019.", "2023-11-10"),
    ('"On November 30, 2023 we were attacked," he said of the plan.', "2023-11-10"),
])
def test_relative_periods_that_fit_pass(text, candidate):
    assert check_published(candidate, text) == (candidate, [])


@pytest.mark.parametrize("published, text", [
    (None, ""), ("2023-11-10", ""), ("2023-11-10", None), ("not a date", "yesterday, November 9"),
    ("2023-11-10", "today, February 30, 2023 and 31 April 2023; 2023-13-45"),
    (None, "today, November 9"), ("2023-11-10", "(" * 5000 + "November 9, " * 2000),
    ("0001-01-01", "yesterday, January 1"), ("9999-12-31", "today, December 31"),
])
def test_never_raises(published, text):
    date, warnings = check_published(published, text)
    assert isinstance(warnings, list)


@pytest.mark.slow
def test_no_false_alarms_on_wikinews(shared):
    rows = [json.loads(line) for name in ("articles_ir", "articles_other")
            for line in (shared / "corpus" / "wikinews" / f"{name}.jsonl").open(encoding="utf-8")]
    assert len(rows) == 359
    flagged = [(r["id"], check_published(r["published"], r["text"])) for r in rows]
    flagged = [(i, out) for i, out in flagged if out[1]]
    assert flagged == []
