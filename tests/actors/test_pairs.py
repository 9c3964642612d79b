""""The two countries", "both sides", "the leaders of the two countries" (accord.actors.pairs): two
mentions, one per partner named before, and the events the pair performs, through the real
pipeline (spaCy parse, prefilter, coder)."""
from __future__ import annotations

import pytest

from accord.actors.pairs import add_pair_mentions, pair_nouns, phrases


def events(article, text: str) -> set[tuple]:
    return {(e.cameo, e.source.code, e.target.code if e.target else None) for e in article(text).events
            if "two" in e.sentence or "both" in e.sentence.lower()}


def test_the_table_loads():
    nouns = pair_nouns()
    assert nouns["countries"] == "country" and nouns["leaders"] == "leader" and nouns["sides"] == "side"


@pytest.mark.parametrize("text,found", [
    ("the two countries signed", [(0, 3, "country")]),
    ("both nations agreed", [(0, 2, "country")]),
    ("the two neighbouring states met", [(0, 4, "country")]),
    ("the leaders of the two countries spoke", [(0, 6, "leader")]),
    ("the two heads of state met", [(0, 5, "leader")]),
    ("the two delegations agreed", [(0, 3, "GOV")]),
    ("both sides of the conflict refused", [(0, 2, "side")]),
    ("both sides of the aisle condemned it", []),     # parts, not actors
    ("two countries signed", []),                      # not a reference back
    ("the two cities met", []),
])
def test_phrases(text, found):
    assert [(a, b, k) for a, b, _, k in phrases(text.split())] == found


def test_two_leaders_sign_an_agreement(article):
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.\n"
            "The two leaders signed an agreement on energy cooperation.")
    assert events(article, text) == {("057", "RUSGOV", "CHNGOV"), ("057", "CHNGOV", "RUSGOV")}


def test_the_leaders_of_the_two_countries_across_a_region(article):
    # the Mediterranean is a region, not a third partner
    text = ("Turkey and Greece have long disputed resources in the Mediterranean.\n"
            "The leaders of the two countries spoke by telephone on Friday.")
    assert events(article, text) == {("040", "TURGOV", "GRCGOV"), ("040", "GRCGOV", "TURGOV")}


def test_two_delegations_and_their_intent(article):
    text = ("Turkey hosted talks with Ukraine on grain shipments through the Black Sea on Wednesday.\n"
            "The two delegations agreed to meet again next month.")
    assert events(article, text) == {("036", "TURGOV", "UKRGOV"), ("036", "UKRGOV", "TURGOV")}


@pytest.mark.parametrize("text", [
    # three countries before: which two?
    "Russia, China and India held talks in Delhi.\nThe two countries signed an agreement on trade.",
    # one country only
    "Russia held talks in Moscow.\nThe two countries signed an agreement on trade.",
    # two of one country: no pair of countries
    "Voters in Iowa and New Hampshire went to the polls.\nThe two states signed an agreement on trade.",
])
def test_no_pair_no_event(article, text):
    assert events(article, text) == set()


def test_both_sides_are_named_together_close_by(nlp, resolver):
    from accord.actors.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    # the two named two sentences back are not the sides of the sentence before
    far = ("Rebels from Yemen met envoys from France in Paris. The council is in conflict with the "
           "government. Both sides also oppose the Houthi rebels.")
    doc = nlp(far)
    assert not [m for m in add_pair_mentions(doc, resolver.resolve(doc, None), gaz) if m.kind == "pair"]
    near = "Fighting broke out between Armenia and Azerbaijan. Both sides accused the other of shelling."
    doc = nlp(near)
    pairs = [m for m in add_pair_mentions(doc, resolver.resolve(doc, None), gaz) if m.kind == "pair"]
    assert sorted(m.actor.code for m in pairs) == ["ARM", "AZE"] and {m.actor.text for m in pairs} == {"Both sides"}


def test_the_prefilter_keeps_a_sentence_that_names_only_the_pair(nlp):
    from accord.prefilter import SentenceChooser, split_sentences
    doc = nlp.make_doc("Putin met Xi in Beijing. The two leaders signed an agreement. The weather was warm.")
    assert SentenceChooser(nlp).choose(doc, split_sentences(doc)) == [True, True, False]


def test_agence_france_presse_is_no_french_actor(mentions):
    assert not [m for m in mentions("Agence France-Presse reported that Iran criticized Israel.", "2020-01-01")
                if m.actor.country == "FRA"]
