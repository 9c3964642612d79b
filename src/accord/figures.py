"""Figures: money, percentages, counts of people, distances and areas found in article text.

`extract_figures(text, doc=None)` finds each figure with one regular expression built once at import
from the tables in data_figures/ (currencies, scale words, number words, units, people nouns), turns
it into a float in base units ("$21.4 billion" -> 21400000000.0 USD) and, when a parsed Doc is given,
names what it measures from the dependency parse ("trade turnover reached $21.4 billion").
A number needs a unit to be a figure, so years, dates and bare counts never come out.
"""
from __future__ import annotations

import re
from decimal import Decimal
from importlib import resources
from typing import Iterable, Optional

from .model import Figure
from .time import time_at

__all__ = ["extract_figures", "data_rows"]


def data_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated table in data_figures/, without blank and '#' comment lines."""
    raw = resources.files("accord").joinpath("data_figures", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _alternation(surfaces: Iterable[str]) -> str:
    """Regex alternation, longest surface first so "Hong Kong dollars" beats "dollars".
    All-caps codes ("USD", "TRY", "SAR") match case-sensitively: in lower case they are English words."""
    parts = []
    for s in sorted(set(surfaces), key=len, reverse=True):
        pat = re.escape(s).replace(r"\ ", r"\s+")
        parts.append(f"(?-i:{pat})" if s.isalpha() and s.isupper() else pat)
    return "|".join(parts)


# ---- tables -------------------------------------------------------------------------------
_CURRENCY: dict[str, str] = {}          # lower-cased surface -> ISO 4217 code
_PREFIX, _SUFFIX, _SUFFIX_SCALED = [], [], []
for surface, code, where, needs_scale in data_rows("currencies.tsv"):
    _CURRENCY[surface.lower()] = code
    if where in ("prefix", "both"):
        _PREFIX.append(surface)
    if where in ("suffix", "both"):
        # "won", "rand", "som" are also ordinary words: only money straight after a scale word
        (_SUFFIX_SCALED if needs_scale == "1" else _SUFFIX).append(surface)

_SCALE = {w.lower(): Decimal(str(float(m))) for w, m, _ in data_rows("scales.tsv")}
_SCALE_SPACED = [w for w, _, attached in data_rows("scales.tsv") if attached == "0"]
_SCALE_ATTACHED = [w for w, _, attached in data_rows("scales.tsv") if attached == "1"]
_NUMBER_WORDS = {w.lower(): Decimal(v) for w, v in data_rows("number_words.tsv")}
_UNITS = {s.lower(): (u, Decimal(f)) for s, u, f in data_rows("units.tsv")}
_PEOPLE = [row[0] for row in data_rows("people_nouns.txt")]
_MEASURE_VERBS = frozenset(row[0] for row in data_rows("measure_verbs.txt"))

# ---- the one pattern ------------------------------------------------------------------------
_S = r"[ \t\xa0]"          # a space inside a figure; never a line break, which ends a paragraph
_BARE = (r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
         rf"|(?:{_alternation(_NUMBER_WORDS)})\b|a(?={_S}+(?:{_alternation(_SCALE_SPACED)})\b))")
# A number may not continue a word, a number or a hyphenated name ("G20", "COVID-19", "Sixty-six"),
# except the high end of a range, which follows its joint ("5-10%").
_NUM = rf"(?<![\w.,\-]){_BARE}"
_SC = (rf"(?:{_S}?(?:{_alternation(_SCALE_SPACED)})(?![\w])|(?:{_alternation(_SCALE_ATTACHED)})(?![\w]))")
_TO = rf"{_S}*(?:-|–|{_S}to{_S}|{_S}and{_S}){_S}*"       # the joint of a range: "16–17", "$3 to 5 billion"
_END = r"(?![\w$€£¥])"
# Words that may sit between a number and a people noun ("1,200 Ukrainian soldiers"), but not a
# preposition, article, relative word or verb: "300 of the soldiers", "one where people", "eight are women".
_ADJ = (r"(?:(?!(?:of|the|and|or|in|on|at|to|from|for|with|by|a|an|than|per|who|whose|which|where|when|that"
        r"|are|were|is|was|be|been|being|have|has|had|will|would|could|may|might|must|can|do|did)\b)"
        rf"[A-Za-z][\w'-]*{_S}+){{0,2}}?")


def _lo(n: str) -> str:
    """Group num<n>, after an optional low end of a range lo<n> and its joint to<n>: "16–17 percent"."""
    return rf"(?:(?P<lo{n}>{_NUM})(?P<to{n}>{_TO}))?(?P<num{n}>(?(lo{n}){_BARE}|{_NUM}))"


_PATTERN = re.compile(
    # prefix money: "$21.4 billion", "USD 0.25 Billion", "US$300 and 400 billion", "$3-5 billion"
    rf"(?P<m1>(?<!\w)(?P<cur1>{_alternation(_PREFIX)}){_S}?(?P<num1>{_NUM})(?P<sc1>{_SC})?"
    rf"(?(sc1)|(?:{_TO}(?P<num1b>{_BARE})(?P<sc1b>{_SC}))?)"
    rf"(?:{_S}(?P<cur1c>{_alternation(s for s in _SUFFIX if s.isupper())}))?){_END}"
    # suffix money: "2.7 billion euros", "5 billion won"
    rf"|(?P<m2>{_lo('2')}(?:(?P<sc2>{_SC}){_S}?(?P<cur2>{_alternation(_SUFFIX + _SUFFIX_SCALED)})"
    rf"|{_S}?(?P<cur2b>{_alternation(_SUFFIX)}))){_END}"
    # percentages, distances, areas: "12.5 percent", "16–17 percent", "a 10-kilometre zone"; not speeds ("km/h")
    rf"|(?P<m3>{_lo('3')}(?P<sc3>{_SC})?(?:{_S}|-)?(?P<unit3>{_alternation(_UNITS)}))"
    rf"(?![\w²])(?!{_S}*(?:/|per{_S}+hour|an?{_S}+hour))"
    # people: "300 people", "1,200 Ukrainian soldiers", "two million Syrian refugees"
    rf"|(?P<m4>{_lo('4')}(?P<sc4>{_SC})?{_S}+(?P<noun4>{_ADJ}(?:{_alternation(_PEOPLE)}))){_END}",
    re.IGNORECASE,
)
# A year after a preposition or in a date is not a count: "in 2014 Russian troops", "July 24, 2019".
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|before|after|during|of|on|at)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2},?)?)\s*$", re.IGNORECASE)
_WS = re.compile(r"\s+")
_TO_FULL = re.compile(_TO, re.IGNORECASE)
_SCALE_IN = re.compile(_SC, re.IGNORECASE)
_NOT_MONEY = frozenset({"%", "pp", "people", "km", "km2"})
_OF_AFTER = re.compile(r"\s+of\b")
_GENERIC_PEOPLE = frozenset({"people", "persons", "individuals"})

# Trying the big pattern at every character costs ~2 µs a character; it is tried only where a figure can
# start: a digit or currency symbol (one cheap scan), or a word found with str.find (C speed).
_START = re.compile(r"(?<![\w.,\-])\d|[$€£¥₹₽₸₴₩₺₪]")
_START_WORDS = tuple(sorted({w.lower() for w in list(_NUMBER_WORDS) + _PREFIX if w[0].isalpha()}
                            | {f"a {w.lower()}" for w in _SCALE_SPACED}))


def _starts(text: str) -> list[int]:
    """Sorted offsets where a figure may begin."""
    found = [m.start() for m in _START.finditer(text)]
    low = text.lower()
    for word in _START_WORDS:
        i = low.find(word)
        while i != -1:
            end = i + len(word)
            # a whole word: "usd" but not "busd"; a surface ending in "$" may touch its number
            if (i == 0 or not low[i - 1].isalnum()) and (
                    end == len(low) or not low[end].isalnum() or not word[-1].isalnum()):
                found.append(i)
            i = low.find(word, end)
    return sorted(found)


def _number(raw: str) -> Decimal:
    raw = raw.lower()
    if raw in _NUMBER_WORDS:
        return _NUMBER_WORDS[raw]
    return Decimal(1) if raw == "a" else Decimal(raw.replace(",", ""))


def _scale(raw: Optional[str]) -> Decimal:
    return _SCALE[raw.strip().lower()] if raw else Decimal(1)


def _looks_like_year(text: str, start: int, num: str) -> bool:
    if not (len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100):
        return False
    return bool(_DATE_BEFORE.search(text[max(0, start - 16):start]))


def _read(text: str, m: re.Match) -> list[Figure]:
    """The figures of one match: one, two for a range ("16–17 percent"), none when it is not a figure."""
    g = m.groupdict()
    n = next(i for i in "1234" if g[f"m{i}"])
    num, sc, measure = g[f"num{n}"], g[f"sc{n}"], None
    if n == "1":
        unit, factor = _CURRENCY[_WS.sub(" ", g["cur1"]).lower()], Decimal(1)
    elif n == "2":
        cur = _WS.sub(" ", g["cur2"] or g["cur2b"]).lower()
        if cur.startswith("pound") and _OF_AFTER.match(text, m.end()):   # "500 pounds of explosives"
            return []
        unit, factor = _CURRENCY[cur], Decimal(1)
    elif n == "3":
        unit, factor = _UNITS[_WS.sub(" ", g["unit3"]).lower()]
    else:
        unit, factor = "people", Decimal(1)
        # the people noun as written says what is counted ("Azerbaijani soldiers"); plain "people" says nothing
        noun = g["noun4"]
        measure = None if noun.lower() in _GENERIC_PEOPLE else noun
        if _number(num) * _scale(sc) == 1 or (not sc and _looks_like_year(text, m.start("num4"), num)):
            return []
    if sc and sc.strip().lower() in ("b", "m", "k") and n == "3":
        return []                                   # "300m" before a unit is metres, not millions
    start, end = m.span(f"m{n}")
    figures = []
    if n == "1" and g["num1b"]:                     # "US$300 and 400 billion": the scale is shared
        sc = g["sc1b"]
        cut = m.end("num1")
        figures.append(Figure(text[start:cut], float(_number(num) * _scale(sc)), unit, None, None, (start, cut)))
        start = m.start("num1b")
        num = g["num1b"]
    elif n != "1" and g[f"lo{n}"]:
        lo_start, lo_end = m.span(f"lo{n}")
        joint = g[f"to{n}"].strip().lower()
        # "and" makes a range only after "between"; otherwise "5 and 300 people" are two things
        if joint != "and" or text[max(0, lo_start - 8):lo_start].lower().endswith("between "):
            if not _looks_like_year(text, lo_start, g[f"lo{n}"]):
                lo = float(_number(g[f"lo{n}"]) * _scale(sc) * factor)
                figures.append(Figure(text[lo_start:lo_end], lo, unit, measure, None, (lo_start, lo_end)))
        start = m.start(f"num{n}")
    value = float(_number(num) * _scale(sc) * factor)
    figures.append(Figure(text[start:end], value, unit, measure, None, (start, end)))
    return figures


def _share_scale(text: str, a: Figure, b: Figure) -> None:
    """"between $5 and $7 billion": the low end of a money range takes the scale of the high end."""
    if a.unit != b.unit or a.unit in _NOT_MONEY or not _TO_FULL.fullmatch(text, a.span[1], b.span[0]):
        return
    scale_b = _SCALE_IN.search(b.text)
    if scale_b and not _SCALE_IN.search(a.text):
        a.value = float(Decimal(str(a.value)) * _scale(scale_b.group()))


def extract_figures(text: str, doc=None, published: Optional[str] = None) -> list[Figure]:
    """Figures in `text` in reading order; `doc` (a spaCy Doc of the same text) adds `measure`
    for money, percentages and distances. Counts of people name their noun without a parse.
    With `doc` and `published`, `period` is the time the sentence gives the figure: the expression
    governing its clause ("$27 billion last year" -> "2022", "in the first ten months of last year"
    -> "2022-01/2022-10"), null when the sentence gives none."""
    figures: list[Figure] = []
    done = 0
    for start in _starts(text):
        m = _PATTERN.match(text, start) if start >= done else None
        if m is None:
            continue
        done = m.end()
        found = _read(text, m)
        if figures and found:
            _share_scale(text, figures[-1], found[0])
        figures.extend(found)
    if doc is not None:
        for f in figures:
            span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
            if span is None:
                continue
            if f.unit != "people":
                f.measure = _measure(span, f.unit)
            if published:
                when = time_at(doc, span.root.i, published, exclude=f.span)     # "1846 persons" is no year
                f.period = when.text if when is not None else None
    return figures


# ---- what a figure measures -------------------------------------------------------------------
_NAMED = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})
_VAGUE = frozenset(row[0] for row in data_rows("vague_nouns.txt"))


def _phrase(noun, after: int = 0) -> Optional[str]:
    """A short noun phrase for `noun`: its compound and adjective modifiers, no article or possessor
    ("bilateral trade turnover", not "the two countries' bilateral trade turnover"), none of it
    before token `after` (the figure itself may be a left modifier: "a $5 billion loan")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.like_num or noun.lemma_.lower() in _VAGUE:
        return None
    if noun.pos_ == "PROPN" and noun.ent_type_ in _NAMED:       # "Russia reached $5bn" names no measure
        return None
    start = noun.i
    for left in reversed(list(noun.lefts)):
        if left.i == start - 1 and left.i >= after and left.dep_ in ("compound", "amod", "nmod") \
                and not left.like_num and left.lower_ not in _UNITS:
            start = left.i
            # the modifier's own modifiers: "world" in "world uranium production"
            while start - 1 >= after and noun.doc[start - 1].head.i == start and \
                    noun.doc[start - 1].dep_ in ("compound", "amod") and not noun.doc[start - 1].like_num:
                start -= 1
        else:
            break
    words = noun.doc[start:noun.i + 1]
    first = words[0]
    # "Inflation rose" at the start of a sentence: the capital is the sentence's, not the word's
    if first.is_sent_start and first.pos_ != "PROPN" and not first.is_upper:
        return first.text.lower() + words.text[len(first.text):]
    return words.text


def _subject(verb, span) -> Optional[str]:
    # climb "is expected to reach" / "rose and reached" to the clause that holds the subject
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                # the figure itself as subject ("85% were in favour") measures nothing named here
                return None if span.start <= child.i < span.end else _phrase(child)
        if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _measure(span, unit: str) -> Optional[str]:
    root = span.root
    money = unit not in _NOT_MONEY
    # "12% of GDP", "$300m of investment", "$750 in taxes" (not "2% in the Monmouth poll")
    for child in root.children:
        if child.dep_ == "prep" and child.i >= span.end and (child.lower_ == "of" or (money and child.lower_ == "in")):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and (
                        child.lower_ == "of" or not any(c.dep_ == "det" for c in pobj.children)):
                    what = _phrase(pobj)
                    # "43% of world uranium production" is a share of it, not the production itself
                    return f"share of {what}" if what and unit == "%" and child.lower_ == "of" else what
    # "a $5 billion loan": the figure modifies the noun after it
    head = root.head
    if head.i >= span.end and head.pos_ == "NOUN" and root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod"):
        return _phrase(head, after=span.end)
    if unit in ("km", "km2"):
        return None                                   # "the field is 160 km east": a distance, not its subject
    # "a loan of $5 billion", "exports worth $5bn": the figure is the object of a preposition of a noun
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        holder = prep.head.head if prep.head.lower_ == "worth" else prep.head
        if prep.lower_ in ("of", "at", "worth") and holder.pos_ == "NOUN" and holder.i < span.start:
            return _phrase(holder)
        verb = prep.head
    else:
        verb = head
    # "trade turnover reached $21.4 billion", "inflation rose to 12%"
    if verb is not root and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _MEASURE_VERBS:
        return _subject(verb, span)
    return None
