"""Who and what an article is about, as an editor deciding "same happening?" reads it: the named
participants (people, organisations, places, named events) and the headline.

Two sources of names, merged into one set of keys, both read from the text alone (no parse: placing an
article must not run a model over it again, and the pipeline's own parse may cover only some
sentences, accord.prefilter):
- the actor gazetteer (accord.actors.gazetteer): countries, organisations and people under their
  canonical keys, so "Britain", "UK" and "the United Kingdom" are one participant;
- runs of capitalised words outside the gazetteer's names (name_runs): "Hurricane Dorian", "Court of
  Session", "Tippu Express", "Pedro Pierluisi", casefolded, with "the" and a possessive dropped. A title
  before a name is not part of it ("Governor Wanda Vázquez"; data/not_names.txt and the gazetteer's
  titles); a one-word run the article also writes in lower case is a common noun at a sentence start or
  in a title ("The court", "Parliament" / "parliament"); a one-word run that ends a longer run of the
  same article is read as that longer name ("Sanders" as "Bernie Sanders", "Dorian" as "Hurricane
  Dorian").

The keys are plain strings with a prefix so that they can live in the article's stored term vector
(crossdoc_articles.terms, JSON) beside its words and share its document frequencies: "@" a participant,
"^" a participant named in the headline. How specific a participant is comes from that document
frequency (IDF over the store): "Hurricane Dorian" is in a handful of articles, "United States" in many.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from accord.actors.gazetteer import load_gazetteer

PARTICIPANT = "@"
HEADLINE = "^"
# the prefixes of accord.crossdoc.headline's keys, stored in the same term vector
HEADLINE_FRAME = ("~", "%")
GAZ_KINDS = {"country": "c", "adjective": "c", "capital": "c", "org": "o", "person": "p"}
TOP_PARTICIPANTS = 40
# Lower-case words that may join capitalised ones inside one name ("Court of Session", "Osama bin Laden").
CONNECTORS = {"of", "de", "del", "della", "da", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "al",
              "el", "la", "le", "du"}

_SPACE = re.compile(r"\s+")
# An acronym with points ("U.N."), an initial ("R."), a word (letters first; digits, hyphens and
# apostrophes inside), or one character of punctuation.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[^\W\d_][\w'’-]*\w|[^\W\d_]|\S")
_SENTENCE_END = set(".!?:;\"“”")


def _norm(name: str) -> str:
    n = _SPACE.sub(" ", name).strip(" .,;:'\"’‘“”()[]").casefold()
    n = re.sub(r"^the ", "", n)
    return re.sub(r"['’]s$", "", n)


def _words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def gazetteer_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each gazetteer country, organisation or person named in the text, longest
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
        out.append((start, start + length, key))
        reach = max(reach, start + length - 1)
    return out


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalised words that are no name (data/not_names.txt and spaCy's English stopwords)."""
    words = set(STOP_WORDS)
    text = resources.files("accord.crossdoc").joinpath("data/not_names.txt").read_text(encoding="utf-8")
    words.update(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    return frozenset(words)


def _capitalised(tok: str) -> bool:
    return tok[0].isupper()


def name_runs(text: str, skip: list[tuple[int, int, str]] = ()) -> list[tuple[int, str]]:
    """(start char, normalised name) of each run of capitalised words outside the `skip` spans (the
    gazetteer's names), as the module doc says."""
    stop = not_names()
    blocked = sorted((s, e) for s, e, _ in skip)
    runs: list[list[tuple[int, str, bool]]] = []      # (start, word, sentence-initial)
    cur: list[tuple[int, str, bool]] = []
    initial, bi = True, 0

    def close():
        nonlocal cur
        while cur and cur[-1][1].casefold() in CONNECTORS:
            cur.pop()
        if cur:
            runs.append(cur)
        cur = []

    for m in _TOKEN.finditer(text):
        tok, start = m.group(), m.start()
        while bi < len(blocked) and blocked[bi][1] <= start:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] <= start:
            close()                       # a gazetteer name: counted under its key
            initial = False
            continue
        if "\n" in text[max(0, start - 2):start]:
            close()
            initial = True
        if not tok[0].isalpha():
            close()
            initial = initial or tok in _SENTENCE_END
            continue
        if len(tok) == 2 and tok[1] == "." and tok[0].isupper():
            continue                      # an initial inside a name: "Pedro R. Pierluisi"
        low = tok.casefold()
        if _capitalised(tok) and low not in stop:
            cur.append((start, tok, initial))
            if low.endswith(("'s", "’s")):
                close()                   # "the Democratic Party's Nevada caucuses": two names
        elif _capitalised(tok) and low in stop:
            # a title or a stopword ends what came before; "The" and "President" are not part of a name
            close()
        elif cur and low in CONNECTORS:
            cur.append((start, tok, False))
        else:
            close()
        initial = False
    close()

    lower = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text))
    inside = {w for run in runs for _, w, first in run if not first}
    names: list[tuple[int, str]] = []
    for run in runs:
        _, first, initial = run[0]
        if initial and len(run) > 1 and first.casefold() in lower:
            run = run[1:]                 # "Speaking Rangoli Patil said": the sentence's verb is no name
            while run and run[0][1].casefold() in CONNECTORS:
                run = run[1:]
        if not run:
            continue
        name = _norm(" ".join(w for _, w, _ in run))
        if len(name) < 2:
            continue
        word = run[0][1]
        if len(run) == 1 and (word.casefold() in lower or (initial and word not in inside)):
            # a common noun ("Parliament" / "parliament"), or a word capitalised only where a sentence
            # starts ("Yesterday", "According"); "Navalny" or "Brexit" are never written in lower case
            continue
        names.append((run[0][0], name))
    # a one-word name that ends a longer name of the article is that name ("Sanders": "bernie sanders")
    longer: dict[str, str] = {}
    for _, n in names:
        if " " in n:
            longer.setdefault(n.rsplit(" ", 1)[-1], n)
    return [(s, longer.get(n, n) if " " not in n else n) for s, n in names]


def participants(text: str, title: Optional[str], top: int = TOP_PARTICIPANTS) -> dict[str, int]:
    """The prefixed participant and headline keys of an article with their counts (see module doc)."""
    text = text or ""
    counts: Counter[str] = Counter()
    gaz = gazetteer_names(text)
    for _, _, key in gaz:
        counts[PARTICIPANT + key] += 1
    for _, name in name_runs(text, gaz):
        counts[PARTICIPANT + name] += 1
    out = dict(counts.most_common(top))
    if title:
        # the headline's participants: gazetteer names found in it, and the article's participants it
        # names; a surname alone names its person ("Pierluisi sworn in"), unless the word is also a
        # common noun of the text ("party")
        head: set[str] = {HEADLINE + key for _, _, key in gazetteer_names(title)}
        folded = f" {_words(title)} "
        lower = set(re.findall(r"\b[a-z][\w'’-]*", text))
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
    """A stored term vector split into (words, participants, headline keys); the headline's name and
    frame keys (accord.crossdoc.headline) are in none of the three."""
    w, p, h = {}, {}, {}
    for k, c in profile_terms.items():
        if k[:1] in HEADLINE_FRAME:
            continue
        (p if k.startswith(PARTICIPANT) else h if k.startswith(HEADLINE) else w)[k] = c
    return w, p, h
