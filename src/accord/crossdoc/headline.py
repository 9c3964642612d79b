"""A headline's frame and fillers: "same kind of happening, another instance".

Two reports of one kind of happening are written to one pattern: "Bernie Sanders wins 2020 Nevada
caucuses" / "Joe Biden wins 2020 South Carolina primary", "Wikinews interviews Jo Jorgensen ..." /
"Wikinews interviews Brian Carroll ...", "On the campaign trail in the USA, September 2020" / "...,
October 2020", "Hurricane Dorian strengthens ..." / "Hurricane Humberto strengthens ...". The words of
the pattern (the frame: "wins", "interviews", "campaign trail", "strengthens") are shared; the names
that fill it (places, people, storms, months) are not. A follow-up of one happening names its principal
again ("Hurricane Dorian leaves trail of destruction", "Puerto Rico's governor Rosselló resigns"), so at
least one filler is shared. `other_instance` is that signal: the headlines share a frame word, each
names something specific the other headline does not, and they share no specific name. The score weighs it
(accord.crossdoc.similarity); it is a signal, not a veto (a court ruling on a suspension shares the
frame word "parliament" with the suspension and may name other bodies).

What is a name (a filler): a gazetteer country, organisation or person in the headline, under its
canonical key ("UK" and "United Kingdom" are one), or a capitalised headline word that the article's
text never writes in lower case (its first word only when the text writes it capitalised too); a
month name. Numbers are neither: a toll or count updated in a follow-up ("toll nears 60,000" / "toll
passes 80,000") is the same happening told later. Every other content word is a frame word, compared
by a crude stem ("suspends" / "suspend").

The keys are plain strings with a prefix so that they live in the article's stored term vector
(crossdoc_articles.terms) beside its words and participants, as accord.crossdoc.participants' do:
"~" a headline name, "%" a headline frame word.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from accord.crossdoc.participants import gazetteer_names

NAME = "~"
FRAME = "%"
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*\w|[^\W\d_]|\d[\d,.]*\w*")


def stem(word: str) -> str:
    """A crude stem for comparing frame words: possessive and a plain suffix off ("wins" -> "win",
    "primaries" -> "primary", "caucuses" -> "caucus", "strengthens" -> "strengthen")."""
    w = re.sub(r"['’]s$", "", word.casefold())
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 4 and w.endswith(("ses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def keys(title: Optional[str], text: str) -> dict[str, int]:
    """The prefixed name and frame keys of a headline (see the module doc), each counted once."""
    if not title:
        return {}
    out: dict[str, int] = {}
    gaz = gazetteer_names(title)
    for _, _, key in gaz:
        out[NAME + key] = 1
    spans = [(s, e) for s, e, _ in gaz]
    first = True
    for m in _TOKEN.finditer(title):
        tok, start = m.group(), m.start()
        is_first, first = first, False
        if any(s <= start < e for s, e in spans) or tok[0].isdigit():
            continue
        low = re.sub(r"['’]s$", "", tok.casefold())
        if low in STOP_WORDS:
            continue
        bare = re.escape(re.sub(r"['’]s$", "", tok))
        in_lower = re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None
        if low in MONTHS or (tok[0].isupper() and not in_lower
                             and (not is_first or re.search(rf"(?<![\w-]){bare}(?![\w-])", text))):
            out[NAME + low] = 1
        elif len(low) >= 3:
            out[FRAME + stem(low)] = 1
    return out


def split(terms: dict[str, int]) -> tuple[frozenset[str], frozenset[str]]:
    """(names, frame words) of a stored term vector, without their prefixes."""
    names = frozenset(k[1:] for k in terms if k.startswith(NAME))
    frame = frozenset(k[1:] for k in terms if k.startswith(FRAME))
    return names, frame


def other_instance(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]],
                   idf=None, specific_idf: float = 0.0) -> float:
    """1.0 when two headlines tell one kind of happening with other principals (module doc), else 0.0.
    With `idf` (over the store's "~" keys), a name in many headlines ("United States" in most US
    headlines) is no principal, either way: sharing it does not make two headlines one happening, and
    naming it where the other headline does not gives neither another principal ("Americans
    contribute to relief effort" / "UN optimistic on tsunami aid effort": the UN is the one specific
    name, so this is not two instances of one kind)."""
    (names_a, frame_a), (names_b, frame_b) = a, b
    if not (frame_a & frame_b):
        return 0.0

    def specific(n: str) -> bool:
        return idf is None or idf.get(NAME + n, specific_idf) >= specific_idf

    if any(specific(n) for n in names_a & names_b):
        return 0.0
    return 1.0 if any(specific(n) for n in names_a - names_b) and any(specific(n) for n in names_b - names_a) \
        else 0.0
