"""Figures that disagree across the articles of a story."""
from __future__ import annotations

from accord.crossdoc.conflicts import figure_conflicts


def fig(article, value, measure="trade turnover", period="2023", unit="USD", text=None):
    return {"article_id": article, "value": value, "measure": measure, "period": period, "unit": unit,
            "text": text or f"${value / 1e9:g} billion", "span_start": 0, "span_end": 5}


def test_different_values_for_one_measure_and_period_are_flagged():
    [c] = figure_conflicts([fig("a", 27e9), fig("b", 26e9)])
    assert (c["measure"], c["period"], c["unit"]) == ("trade turnover", "2023", "USD")
    assert [v["article"] for v in c["values"]] == ["b", "a"]


def test_same_value_other_period_or_no_measure_is_not_a_conflict():
    assert figure_conflicts([fig("a", 27e9), fig("b", 27.05e9)]) == []          # within 0.5%
    assert figure_conflicts([fig("a", 27e9), fig("b", 26e9, period="2022")]) == []
    assert figure_conflicts([fig("a", 27e9, measure=None), fig("b", 26e9, measure=None)]) == []
    assert figure_conflicts([fig("a", 27e9), fig("a", 26e9)]) == []              # one article: parts
