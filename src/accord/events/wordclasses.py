"""The event coder's word classes (data/word_classes.tsv): light verbs, verbs of intent, of appeal,
of transfer, nouns of agents and of quantities, each a set of lemmas."""
from __future__ import annotations

from functools import lru_cache

from accord.events.ontology import data_rows


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in data_rows("word_classes.tsv"):
        out.setdefault(r["class"], {})[r["word"]] = r["value"] or ""
    return out


def words(klass: str) -> frozenset[str]:
    """The lemmas of one class; an unknown class is an error, not an empty set."""
    return frozenset(_table()[klass])


def word_values(klass: str) -> dict[str, str]:
    """word -> value for a class whose rows carry one (agent nouns and their CAMEO agent codes)."""
    return dict(_table()[klass])
