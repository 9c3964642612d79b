"""docs/gazetteer.md is generated from the tables and must match them; the coverage measure itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord.actors.gazetteer import Role, load_gazetteer
from accord.actors.stats import covered_share, gazetteer_stats, office_coverage, render_markdown, review_date

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def stats():
    return gazetteer_stats(load_gazetteer())


def test_docs_table_is_up_to_date(stats):
    doc = (ROOT / "docs" / "gazetteer.md").read_text(encoding="utf-8")
    assert doc == render_markdown(stats), "run: python scripts/build_gazetteer.py docs"


def test_counts_come_from_the_tables(stats):
    gaz = load_gazetteer()
    assert stats["people"] == len(gaz.people)
    assert stats["roles"] == sum(len(p.roles) for p in gaz.people.values())
    assert stats["states"] >= 197 and stats["organisations"] == len(gaz.orgs)
    # nothing recorded after the date the table claims to be current to
    assert stats["latest_change"] <= stats["review_date"] == review_date()


def test_issue_scope_is_covered(stats):
    covered = set(stats["countries_covered"])
    assert len(covered) >= 80
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
           "SAU", "ZAF", "TUR", "GBR", "USA"}
    former_soviet = {"RUS", "UKR", "BLR", "MDA", "EST", "LVA", "LTU", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK",
                     "TKM", "UZB"}
    assert g20 <= covered and former_soviet <= covered


def _role(start, end):
    return Role("X", "XXX", "XXXGOV", "head of state", "president", start, end)


def test_covered_share_counts_days_once():
    assert covered_share([_role("2000-01-01", "2000-01-10")], "2000-01-01", "2000-01-10") == 1.0
    half = covered_share([_role("2000-01-01", "2000-01-05")], "2000-01-01", "2000-01-10")
    assert half == 0.5
    overlapping = [_role("2000-01-01", "2000-01-05"), _role("2000-01-03", "2000-01-05")]
    assert covered_share(overlapping, "2000-01-01", "2000-01-10") == 0.5
    assert covered_share([_role("2000-01-01", "9999-12-31")], "2000-01-01", "2000-01-10") == 1.0


def test_presidential_systems_count_the_president_as_head_of_government():
    cov = office_coverage(load_gazetteer(), "USA", "2025-11-08")
    assert cov["head of government"] == cov["head of state"] > 0.99
