"""Case slips and misspellings in the gazetteer match (accord/actors/matcher.py, gazetteer.py)."""
from __future__ import annotations

import pytest


def codes(ms):
    return [(m.actor.text, m.actor.code) for m in ms]


@pytest.mark.parametrize("text,pair", [
    ("The US Secretary of state wants to help iSrael", ("iSrael", "ISR")),
    ("Syrian forces clash with tunisian rioters in the square", ("tunisian rioters", "TUNOPP")),
    ("ISRAEL AND IRAN TRADE THREATS", ("ISRAEL", "ISR")),
    ("Officials in iran denied it.", ("iran", "IRN")),
    # Misspellings PETRARCH's country dictionary lists (misspellings.tsv).
    ("Quatar launched a mediation effort.", ("Quatar", "QAT")),
    ("Ethopia has agreed to re-open its borders.", ("Ethopia", "ETH")),
])
def test_case_slips_and_misspellings(mentions, text, pair):
    assert pair in codes(mentions(text, "2015-01-01"))


@pytest.mark.parametrize("text", [
    "She bought fine china and a turkey for the dinner.",     # lowercase_word in nonactors.tsv
    "The male suspects fled.",                                 # Male, capital of the Maldives
    "They grew a bush of rice near the gates.",                # people are never matched in lower case
])
def test_common_words_in_lower_case_are_not_actors(mentions, text):
    assert mentions(text, "2015-01-01") == []


def test_mixed_case_person(mentions):
    ms = mentions("Then oBama spoke.", "2015-01-01")
    assert [m.actor.name for m in ms] == ["Barack Obama"]


def test_a_capital_in_capitals_is_a_dateline(mentions):
    ms = mentions("BRASÍLIA, Brazil - Lula met the President of Korea.", "2004-11-17")
    assert "BRASÍLIA" not in [m.actor.text for m in ms]


@pytest.mark.parametrize("text,pair", [
    ("Vietnamese-led forces have retaken a village.", ("Vietnamese-led forces", "VNMMIL")),
    ("US-led troops entered the city.", ("US-led troops", "USAMIL")),
])
def test_a_group_led_by_a_state_is_that_states(mentions, text, pair):
    assert pair in codes(mentions(text, "1985-01-01"))


@pytest.mark.parametrize("text", [
    "Russian-backed separatists attacked.",          # backed is not led: no actor
    "Fighting went on in Western Cambodia.",         # a region's adjective before a place: a direction
])
def test_modifiers_and_directions_are_not_actors(mentions, text):
    assert "Russian" not in [m.actor.text for m in mentions(text)] and \
        "Western" not in [m.actor.text for m in mentions(text)]
