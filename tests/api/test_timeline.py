"""Filling a timeline's empty periods so that the chart's time axis is even."""
from __future__ import annotations

import pytest

from accord.api.timeline import filled, next_period


@pytest.mark.parametrize("period, by, after", [
    ("2019", "year", "2020"),
    ("2019-11", "month", "2019-12"),
    ("2019-12", "month", "2020-01"),
    ("2020-02-28", "day", "2020-02-29"),
    ("2020-12-31", "day", "2021-01-01"),
    ("2020-W52", "week", "2020-W53"),     # 2020 has 53 ISO weeks
    ("2020-W53", "week", "2021-W01"),
    ("2021-W52", "week", "2022-W01"),
])
def test_next_period(period, by, after):
    assert next_period(period, by) == after


def test_filled_adds_empty_periods_with_undefined_means():
    rows = [{"period": "2019-11", "events": 2, "verbal_coop": 2, "goldstein_sum": 7.0, "goldstein_mean": 3.5,
             "relationship_index": 1.75, "trend": None},
            {"period": "2020-02", "events": 1, "verbal_coop": 0, "goldstein_sum": -4.0, "goldstein_mean": -4.0,
             "relationship_index": -1.333, "trend": "cooling"}]
    out = filled(rows, "month")
    assert [r["period"] for r in out] == ["2019-11", "2019-12", "2020-01", "2020-02"]
    assert out[0] is rows[0] and out[3] is rows[1]
    gap = out[1]
    assert gap["empty"] and gap["events"] == 0 and gap["verbal_coop"] == 0 and gap["goldstein_sum"] == 0
    assert gap["goldstein_mean"] is None and gap["relationship_index"] is None


def test_filled_leaves_a_too_long_axis_sparse():
    rows = [{"period": "1900-01-01", "events": 1}, {"period": "2020-01-01", "events": 1}]
    assert filled(rows, "day") == rows
    assert filled([], "day") == []
