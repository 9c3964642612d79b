"""he/she across sentences (accord/actors/coref.py): who may stand between a pronoun and its person."""
from __future__ import annotations


def pronouns(ms):
    return [(m.actor.text, m.actor.name) for m in ms if m.kind == "pronoun"]


def test_a_word_the_model_tags_person_does_not_cut_the_chain(mentions):
    # The small model reads "Brexit" as a PERSON; it is nobody who could be "he".
    ms = mentions("Boris Johnson won the vote. In his victory speech, Johnson stressed his support for the "
                  "Brexit movement, and said that he plans to leave.", "2019-07-23")
    assert ("he", "Boris Johnson") in pronouns(ms)


def test_an_unknown_full_name_still_blocks(mentions):
    ms = mentions("Boris Johnson spoke on Monday. Then Delfin Lorenzana arrived. He said little.", "2019-07-23")
    assert ("He", "Boris Johnson") not in pronouns(ms)


def test_a_known_surname_of_an_unknown_person_blocks(mentions):
    ms = mentions("Boris Johnson met John Smithson on Friday. Johnson left before Smithson spoke. He said little.",
                  "2019-07-23")
    assert ("He", "Boris Johnson") not in pronouns(ms)


def test_a_surname_acting_alone_blocks(mentions):
    ms = mentions("Former senator Eugene McCarthy ran in 1968. Richardson himself entered politics when he "
                  "challenged President Barack Obama.", "2020-06-30")
    assert [p for p in pronouns(ms) if p[0] == "he"] == []


def test_a_name_with_digits_is_nobody(mentions):
    # The small model reads "COVID-19" as a PERSON; no one is called that.
    ms = mentions("Boris Johnson said he had tested positive for COVID-19 on Friday. A week before, he met "
                  "the Queen.", "2020-04-01")
    assert [p for p in pronouns(ms) if p[0] == "he"] == [("he", "Boris Johnson"), ("he", "Boris Johnson")]


def test_an_object_pronoun_is_not_its_own_verbs_subject(mentions):
    # binding's principle B: "him" passes over Biden, the subject of "attacked", to Trump
    assert pronouns(mentions("Donald Trump said Joe Biden attacked him.", "2020-06-01")) == [("him", "Donald Trump")]
    # a shared subject is not the verb's own: "praised him" is Trump, the nearest
    assert pronouns(mentions("Joe Biden met Donald Trump and praised him.", "2020-06-01")) == [("him", "Donald Trump")]
    # a possessive may be its verb's subject
    assert pronouns(mentions("Donald Trump praised his own record.", "2020-06-01")) == [("his", "Donald Trump")]
