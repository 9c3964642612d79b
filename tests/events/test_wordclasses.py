"""The coder's word classes come from a data file: every class the coder names is there, and a
misspelt class name fails loudly instead of silently matching nothing."""
import pytest

from accord.events import lexicon
from accord.events.wordclasses import word_values, words


def test_classes_load_with_their_words():
    assert {"hold", "launch", "impose"} <= words("light_verbs")
    assert words("refuse_verbs") == {"refuse", "decline", "fail", "reject"}
    assert lexicon.LIGHT_VERBS == words("light_verbs")


def test_agent_nouns_carry_cameo_agent_codes():
    agents = word_values("agent_noun")
    assert agents["police"] == "COP" and agents["rebel"] == "REB"
    assert all(len(code) == 3 and code.isupper() for code in agents.values())


def test_an_unknown_class_is_an_error():
    with pytest.raises(KeyError):
        words("light_verb")     # the class is "light_verbs"
