"""Who and what an article is about, as an editor deciding "same happening?" reads it: the named
participants (people, organisations, places, named events) and the headline.

Two sources of names, merged into one set of keys:
- the actor gazetteer (accord.actors.gazetteer): countries, organisations and people under their
  canonical keys, so "Britain", "UK" and "the United Kingdom" are one participant;
- spaCy's named entities (PERSON, ORG, GPE, LOC, FAC, EVENT, LAW, NORP is left out: "American" says
  little), casefolded, with "the" and a possessive dropped; a one-word person ("Sanders") is read as
  the longer name of the same article that ends with it ("Bernie Sanders").

The keys are plain strings with a prefix so that they can live in the article's stored term vector
(crossdoc_articles.terms, JSON) beside its words and share its document frequencies: "@" a participant,
"^" a participant named in the headline. How specific a participant is comes from that document
frequency (IDF over the store): "Hurricane Dorian" is in a handful of articles, "United States" in many.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

from accord.actors.gazetteer import load_gazetteer

PARTICIPANT = "@"
HEADLINE = "^"
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"}
GAZ_KINDS = {"country": "c", "adjective": "c", "capital": "c", "org": "o", "person": "p"}
TOP_PARTICIPANTS = 40

_NER_DISABLE = ("parser", "tagger", "attribute_ruler", "lemmatizer", "accord_paragraphs", "senter")
_SPACE = re.compile(r"\s+")


def _norm(name: str) -> str:
    n = re.sub(r"\s*\(.*$", "", _SPACE.sub(" ", name))      # "World Health Organization (WHO"
    n = n.strip(" .,;:'\"’‘“”()[]").casefold()
    n = re.sub(r"^the ", "", n)
    return re.sub(r"['’]s$", "", n)


def _words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def gazetteer_names(text: str) -> list[tuple[int, str]]:
    """(start, key) of each gazetteer country, organisation or person named in the text, longest
    match first at a place, on word boundaries."""
    gaz = load_gazetteer()
    found: dict[int, tuple[int, str]] = {}
    for end_char, (length, entries) in gaz.automaton.iter(text):
        start = end_char - length + 1
        if (start > 0 and _word_char(text[start - 1])) or (end_char + 1 < len(text) and _word_char(text[end_char + 1])):
            continue
        kinds = [e for e in entries if e.kind in GAZ_KINDS]
        if not kinds or any(e.kind == "block" for e in entries):
            continue
        e = kinds[0]
        if start not in found or found[start][0] < length:
            found[start] = (length, f"{GAZ_KINDS[e.kind]}:{e.key.casefold()}")
    # drop a match inside a longer one ("Korea" inside "South Korea")
    out, reach = [], -1
    for start in sorted(found):
        length, key = found[start]
        if start + length - 1 <= reach:
            continue
        out.append((start, key))
        reach = max(reach, start + length - 1)
    return out


def entity_names(doc) -> list[tuple[int, str]]:
    """(start char, normalised name) of the spaCy entities worth comparing."""
    surface = load_gazetteer()._surface
    # a name the gazetteer knows is counted under its key by gazetteer_names ("UK" and "Britain": c:gbr)
    # a name has a capital letter: "tsunami" tagged as an event is the model's slip
    ents = [(e.start_char, e.label_, _norm(e.text)) for e in doc.ents if e.label_ in NER_LABELS
            and any(c.isupper() for c in e.text)
            and not any(x.kind in GAZ_KINDS for x in surface.get(re.sub(r"^[Tt]he ", "", e.text), ()))]
    full = {}
    for _, label, name in ents:
        if label == "PERSON" and " " in name:
            full.setdefault(name.rsplit(" ", 1)[-1], name)
    # a one-word "name" the article also writes in lower case is a common noun ("the Court ruled" /
    # "the court"; "Parliament" / "parliament"), not a participant; "Navalny" or "Brexit" never are
    lower = set(re.findall(r"\b[a-z][\w'’-]*", doc.text))
    out = []
    for start, label, name in ents:
        if len(name) < 2 or (" " not in name and name in lower):
            continue
        if label == "PERSON" and " " not in name:
            name = full.get(name, name)
        out.append((start, name))
    return out


def ner_docs(texts: Iterable[str], nlp=None):
    """spaCy docs with only the entity recogniser run (the parse is not needed here)."""
    if nlp is None:
        from accord.nlp import load_nlp
        nlp = load_nlp()
    disable = [p for p in _NER_DISABLE if p in nlp.pipe_names]
    return nlp.pipe(texts, disable=disable, batch_size=16)


def participants(text: str, title: Optional[str], text_doc=None, title_doc=None,
                 top: int = TOP_PARTICIPANTS) -> dict[str, int]:
    """The prefixed participant and headline keys of an article with their counts (see module doc).
    text_doc / title_doc: spaCy docs of the text and title; without them only the gazetteer speaks."""
    counts: Counter[str] = Counter()
    for _, key in gazetteer_names(text or ""):
        counts[PARTICIPANT + key] += 1
    if text_doc is not None:
        for _, name in entity_names(text_doc):
            counts[PARTICIPANT + name] += 1
    out = dict(counts.most_common(top))
    if title:
        # the headline's participants: names found in it, and the article's participants it names
        head: set[str] = {HEADLINE + key for _, key in gazetteer_names(title)}
        if title_doc is not None:
            head |= {HEADLINE + name for _, name in entity_names(title_doc)}
        # (the recogniser misses many names in a short title-case line); a surname alone names its
        # person ("Pierluisi sworn in"), unless the word is also a common noun of the text ("party")
        folded = f" {_words(title)} "
        lower = set(re.findall(r"\b[a-z][\w'’-]*", text or ""))
        for k in out:
            name = k[len(PARTICIPANT):]
            if ":" in name:
                continue
            last = _words(name).rsplit(" ", 1)[-1]
            if f" {_words(name)} " in folded or (last not in lower and f" {last} " in folded):
                head.add(HEADLINE + name)
        for k in head:
            out[k] = 1
    return out


def split(profile_terms: dict[str, int]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """A stored term vector split into (words, participants, headline keys)."""
    w, p, h = {}, {}, {}
    for k, c in profile_terms.items():
        (p if k.startswith(PARTICIPANT) else h if k.startswith(HEADLINE) else w)[k] = c
    return w, p, h
