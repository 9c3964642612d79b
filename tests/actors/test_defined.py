"""National bodies the article defines (accord.actors.defined), through the real pipeline: the body's
state and kind from its own name, a possessive before it or the article's one state; its
abbreviation and "the <head noun>" after it; and nothing for a name that says no state."""
from __future__ import annotations

import pytest

from accord.actors.defined import defined_abbreviations


def actors(art) -> set[tuple]:
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None) for e in art.events}


def test_a_national_commission_its_abbreviation_and_the_commission(article):
    art = article(
        "The Philippine government shut down the country's largest broadcaster on Tuesday.\n"
        "The National Telecommunications Commission (NTC) issued the order to the network.\n"
        "A number of Senators condemned the act of the NTC.\n"
        "Lawmakers in the Philippines also criticized the commission.")
    got = actors(art)
    assert ("PHLLEG", "111", "PHLGOV") in got
    assert sum(1 for s, c, t in got if t == "PHLGOV" and c.startswith("11")) >= 1


def test_a_movement_named_with_its_nationality_and_its_abbreviation(article):
    art = article(
        "Members of the Brazilian Landless Workers Movement (MST) are accused of beating a farm worker to death.\n"
        "However, some Brazilians have protested MST's use of violence.")
    assert ("BRA", "140", "BRAOPP") in actors(art)


def test_a_possessive_state_before_the_name(article):
    art = article("Mozambique held elections on Monday.\n"
                  "The country's National Elections Committee (CNE) announced the results.\n"
                  "Portugal accused the CNE of fraud.")
    assert ("PRT", "112", "MOZGOV") in actors(art)


@pytest.mark.parametrize("text", [
    # "American" inside a phrase of the name: an NGO, not the American state
    "The Council on American-Islamic Relations (CAIR) criticized the Texas police on Monday.",
    # no state in the name, no possessive, and a name that does not start with "National"
    "The Kennedy Space Center Commission (KSCC) criticized Russia on Monday.",
])
def test_no_state_no_body(article, text):
    assert not any(s and s.endswith("GOV") for s, c, t in actors(article(text)))


def test_prefilter_sees_the_abbreviation(nlp):
    doc = nlp.make_doc("The National Telecommunications Commission (NTC) issued an order. Later the NTC agreed.")
    assert defined_abbreviations(doc) == {"NTC": 3}
    assert defined_abbreviations(nlp.make_doc("The Islamic State (IS) attacked.")) == {}
