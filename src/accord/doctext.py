"""A parsed article's text, joined once."""
from __future__ import annotations

from spacy.attrs import LOWER

_TEXT_KEY = "accord.text"


def doc_text(doc) -> str:
    """The Doc's text, joined once and kept in its user_data: spaCy's Doc.text joins every token's
    text anew on each access (about a millisecond for a news article), and the actor matcher, the
    quotes and the time expressions each read the whole text. Only for Docs no one edits after."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def set_doc_text(doc, text: str) -> None:
    """Record the text a Doc was built over (the caller has it already; it must equal doc.text)."""
    doc.user_data[_TEXT_KEY] = text


def lower_words_if_any(doc, words: frozenset[str]) -> list[str] | None:
    """The Doc's lowercase words, read from one array (a Token per word is costly), or None when none
    of `words` is among them: the rules that look for a few phrases ("the two countries", "the bloc")
    skip the rest of an article at the cost of one pass."""
    strings = doc.vocab.strings
    ids = doc.to_array(LOWER).tolist()
    if not any(strings[q] in words for q in set(ids)):
        return None
    return [strings[q] for q in ids]
