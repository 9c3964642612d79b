"""Dates from the story: time expressions in an event's sentence resolved against the story's date."""
from __future__ import annotations

import pytest

from accord.crossdoc.storydates import event_date, time_expressions


@pytest.mark.parametrize("sentence, planned, expected", [
    ("Putin visited Astana on Thursday.", False, "2023-11-09"),           # anchor is Friday 10 Nov 2023
    ("The ministers met yesterday in Geneva.", False, "2023-11-09"),
    ("They will meet again next month.", True, "2023-12"),
    ("The deal was signed on March 3, 2021.", False, "2021-03-03"),
    ("The two leaders met in Astana.", False, "2023-11-10"),              # no expression: the anchor
    ("Talks on Monday followed a meeting on Thursday.", False, None),      # two dates: left null
])
def test_event_date_from_story(sentence, planned, expected):
    assert event_date(sentence, "2023-11-10", planned) == expected


def test_may_the_verb_is_not_a_month():
    assert time_expressions("Officials may meet in May.") == ["May"]
