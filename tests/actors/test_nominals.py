""""The country", "the kingdom", "the bloc", "the alliance" (accord.actors.nominals) through the real
pipeline: the state or organisation named just before, and what it does."""
from __future__ import annotations

import pytest

from accord.actors.nominals import phrases


def events(article, text: str) -> set[tuple]:
    return {(e.cameo, e.source.code, e.source.text, e.target.code if e.target else None)
            for e in article(text).events}


@pytest.mark.parametrize("text, expected", [
    ("Iran tested a new missile on Monday.\nThe country also criticized Israel for its strikes.",
     {("111", "IRN", "The country", "ISR")}),
    ("The European Union met in Brussels.\nThe bloc imposed new sanctions on Russia.",
     {("163", "IGOEUREEC", "The bloc", "RUS")}),
    ("Saudi Arabia hosted talks on Yemen.\nThe kingdom also criticized Iran.",
     {("043", "SAU", "Saudi Arabia", "YEM"), ("111", "SAU", "The kingdom", "IRN")}),
    ("Israel struck targets in Gaza.\nThe Jewish state also accused Iran of arming Hamas.",
     {("112", "ISR", "The Jewish state", "IRN")}),
    ("The United Nations held a session on Sudan.\nThe world body condemned Russia.",
     {("111", "IGOUNO", "The world body", "RUS")}),
])
def test_a_description_stands_for_what_was_named_before(article, text, expected):
    assert events(article, text) >= expected


@pytest.mark.parametrize("text", [
    # two states before "the country": which one?
    "Russia attacked Ukraine on Monday.\nThe country also criticized Israel.",
    # "the kingdom" after a state that is no kingdom
    "Iran tested a new missile on Monday.\nThe kingdom also criticized Israel.",
    # "the neighbouring country" is another one
    "Iran tested a new missile on Monday.\nThe neighbouring country also criticized Israel.",
])
def test_no_referent_no_event(article, text):
    assert not {e for e in events(article, text) if e[2].lower().startswith("the ")}


@pytest.mark.parametrize("text, found", [
    ("the 27-nation bloc agreed", [(0, 3)]),
    ("the oil-rich kingdom said", [(0, 3)]),
    ("the largest country in Africa", []),
    ("the most censor-prone country", []),
    ("the host nation won", []),
    ("the militant group said", []),
])
def test_phrases(text, found):
    assert [(a, b) for a, b, _, _ in phrases(text.split())] == found
