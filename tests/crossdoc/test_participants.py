"""Named participants and headline keys, read from the text alone (real gazetteer, no parse)."""
from __future__ import annotations

from accord.crossdoc.participants import HEADLINE, PARTICIPANT, gazetteer_names, name_runs, participants, split

TEXT = ("Pedro R. Pierluisi was sworn in as governor of Puerto Rico on Friday. The Court said it would hear the "
        "case; Pierluisi told reporters the court would find the oath valid.\nBritain and the UK Foreign "
        "Office made no comment. Yesterday Governor Wanda Vázquez met the Democratic Party's Nevada delegates.")
TITLE = "Pierluisi sworn in as Puerto Rico governor"


def test_gazetteer_names_give_one_key_for_one_country():
    keys = [k for _, _, k in gazetteer_names("Britain, the UK and the United Kingdom")]
    assert keys and set(keys) == {"c:gbr"}


def test_name_runs_read_a_surname_as_the_full_name_and_drop_common_nouns_and_titles():
    names = [n for _, n in name_runs(TEXT, gazetteer_names(TEXT))]
    assert names.count("pedro pierluisi") == 2 and "pierluisi" not in names     # the initial is no part of it
    assert "court" not in names            # "The Court" is "the court" elsewhere in the article
    assert "britain" not in names          # a gazetteer name: counted under c:gbr instead
    assert "wanda vázquez" in names        # "Governor" is a title, "Yesterday" a sentence's first word
    assert not any("governor" in n or "yesterday" in n for n in names)
    assert "democratic party" in names and "nevada" in names    # a possessive ends a name


def test_a_word_capitalised_only_at_a_sentence_start_is_no_name():
    text = "According to police, the fire spread fast. Officials in Koszalin said the room had one exit."
    names = [n for _, n in name_runs(text)]
    assert names == ["koszalin"]


def test_participants_and_headline_keys_beside_the_words():
    p = participants(TEXT, TITLE)
    assert p[PARTICIPANT + "pedro pierluisi"] == 2 and p[PARTICIPANT + "c:gbr"] >= 2
    heads = {k for k in p if k.startswith(HEADLINE)}
    assert HEADLINE + "pedro pierluisi" in heads
    words, people, head = split({"governor": 2, **p})
    assert words == {"governor": 2} and set(people) | set(head) == set(p)


def test_no_text_no_participants():
    assert participants("", None) == {}
