"""Named participants and headline keys (real gazetteer, real spaCy entity recogniser)."""
from __future__ import annotations

from accord.crossdoc.participants import HEADLINE, PARTICIPANT, entity_names, gazetteer_names, ner_docs, participants, split

TEXT = ("Pedro Pierluisi was sworn in as governor of Puerto Rico on Friday. The Court said it would hear the "
        "case; Pierluisi told reporters the court would find the oath valid.\nBritain and the UK Foreign "
        "Office made no comment.")
TITLE = "Pierluisi sworn in as Puerto Rico governor"


def test_gazetteer_names_give_one_key_for_one_country():
    keys = [k for _, k in gazetteer_names("Britain, the UK and the United Kingdom")]
    assert keys and set(keys) == {"c:gbr"}


def test_entities_read_a_surname_as_the_full_name_and_drop_common_nouns():
    [doc] = list(ner_docs([TEXT]))
    names = [n for _, n in entity_names(doc)]
    assert "pedro pierluisi" in names and "pierluisi" not in names
    assert "court" not in names            # "The Court" is "the court" elsewhere in the article
    assert "britain" not in names          # a gazetteer name: counted under c:gbr instead


def test_participants_and_headline_keys_beside_the_words():
    doc, tdoc = ner_docs([TEXT, TITLE])
    p = participants(TEXT, TITLE, doc, tdoc)
    assert p[PARTICIPANT + "pedro pierluisi"] == 2 and p[PARTICIPANT + "c:gbr"] >= 2
    heads = {k for k in p if k.startswith(HEADLINE)}
    assert any("pierluisi" in k for k in heads)
    words, people, head = split({"governor": 2, **p})
    assert words == {"governor": 2} and set(people) | set(head) == set(p)


def test_without_a_parse_the_gazetteer_alone_speaks():
    p = participants(TEXT, TITLE)
    assert PARTICIPANT + "c:gbr" in p and not any("pierluisi" in k for k in p)
