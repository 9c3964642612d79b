"""The shared calendar table and the regular-expression pieces built from it."""
from __future__ import annotations

import re

import pytest

from accord.temporal.calendar import MONTH, MONTHS, SEASONS, WEEKDAY, WEEKDAYS, month_number


def test_table_loads_every_month_and_weekday():
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert sorted(set(WEEKDAYS.values())) == list(range(7))
    assert SEASONS["winter"] == (12, 2)


@pytest.mark.parametrize("word, number", [("September", 9), ("Sept.", 9), ("sep", 9), ("MAY", 5), ("Jun", 6),
                                          ("dec.", 12), ("Monday", None)])
def test_month_number(word, number):
    assert month_number(word) == number


@pytest.mark.parametrize("text, found", [("on Sept. 9", "Sept."), ("in November 2023", "November"),
                                         ("3 Jan 2024", "Jan"), ("in March", "March")])
def test_month_pattern(text, found):
    assert re.search(rf"\b{MONTH}", text, re.I).group() == found


def test_weekday_pattern_takes_full_names_only():
    assert re.findall(rf"\b{WEEKDAY}\b", "on Thursday, not Thu or the Sun", re.I) == ["Thursday"]
