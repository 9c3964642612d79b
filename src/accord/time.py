"""When an event happened, a quote was said or a figure held: the time expression that governs the
clause, resolved against the publication date ("on Thursday" in an article of Friday 10 November 2023
is 2023-11-09; "in the first ten months of last year" is the period 2022-01/2022-10).

Expressions are spaCy's DATE and TIME entities plus the weekday, deictic and relative forms the
tagger misses; each is resolved once per article by accord.temporal.resolve, in the tense of its own
clause, and an expression anchored to another event ("the following day") counts from the last
day-precise date before it. An expression governs a token when it hangs from the token's clause or
from a clause the token's clause is the complement, conjunct or adverbial clause of ("announced on
Sunday that it had entered an agreement"); a date that modifies a noun ("the 2004 Nobel Peace
Prize", "the December 31 attack") governs only that noun. With no governing expression, a sentence
with a single expression takes it; else the publication date stands. Named wars and eras ("during
World War II", temporal/data/periods.tsv) are expressions too; an event inside a period of several
years that ended before the article has no date (null), not the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from accord.doctext import doc_text
from accord.temporal.calendar import MONTH, TIME_NOUNS, WEEKDAY
from accord.temporal.resolve import TimeValue, resolve_expression

__all__ = ["resolve", "resolve_value", "event_date", "clause_time", "time_at", "TimeValue"]


def resolve_value(expr: str, published: dt.date, future: bool = False,
                  reference: Optional[dt.date] = None) -> Optional[TimeValue]:
    """The day, month, year or period an expression names (accord.temporal.resolve)."""
    return resolve_expression(expr, published, future, reference)


def resolve(expr: str, published: dt.date, future: bool = False) -> Optional[str]:
    """The date an expression names as the contract writes an event's date ("2023-11-09", "2023-10",
    "2022"): a period gives the month or year that holds it; None when it names none."""
    found = resolve_expression(expr, published, future)
    return found.date if found is not None else None


# ---- expressions of a parsed article --------------------------------------------------------------
# Forms the entity tagger often leaves out: "yesterday", "on Thursday", "last month", "November 9".
_EXTRA = re.compile(
    rf"\b(?:yesterday|today|tomorrow|tonight|(?:last|next|this|earlier this|later this)\s+(?:week|month|year)"
    rf"|(?:(?:last|next|this)\s+)?{WEEKDAY}|(?:the\s+)?(?:following|next|previous)\s+day"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?)\b",
    re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)

_NOUN_LINKS = frozenset({"compound", "nmod", "amod", "nummod", "poss", "appos"})
# prepositions that put what they modify inside the time of their object ("during the 2018 trip")
_WITHIN = frozenset({"during"})
# arcs a clause hands its time down along: complements, conjuncts, adverbial and open clauses
_CLIMB = frozenset({"ccomp", "xcomp", "conj", "advcl", "pcomp"})
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "intend", "be", "set", "due", "aim", "hope", "prepare",
                           "agree", "promise", "pledge", "vow", "threaten", "want", "seek"})
_FUTURE_WORDS = frozenset({"due", "set", "scheduled", "slated", "expected", "poised", "upcoming", "planned"})


@lru_cache(maxsize=1)
def _periods() -> tuple[re.Pattern, dict[str, TimeValue]]:
    """temporal/data/periods.tsv: named wars and eras ("World War II") as one pattern, and the time
    each name stands for."""
    text = resources.files("accord.temporal").joinpath("data", "periods.tsv").read_text(encoding="utf-8")
    times: dict[str, TimeValue] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("names\t"):
            continue
        names, start, end = line.split("\t")
        (y1, m1), (y2, m2) = (map(int, start.split("-")), map(int, end.split("-")))
        for name in names.split("|"):
            times[name] = TimeValue.month(y1, m1, (y2, m2))
    alternatives = "|".join(re.escape(n) for n in sorted(times, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), times


@dataclass(slots=True)
class _Expr:
    start: int                  # character offsets in the article
    end: int
    head: int                   # token index of the clause head it hangs from
    nouns: frozenset[int]       # nouns between the expression and its clause head: it dates only those
    value: Optional[TimeValue]
    naming: bool = False        # a modifier that names a thing ("the 2017 election cycle"), never a fallback
    era: bool = False           # a named war or era (periods.tsv): never a fallback, and not counted for one


def _clause_head(tok):
    """The verb that heads the clause a token is in."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:   # the root is its own head (by index)
        tok = tok.head
    return tok


def _future(verb) -> bool:
    """Whether a clause speaks of the future: "will meet on Monday", "is to visit in June", "plans
    to sign next week", "is due out in May" (the tense of the clause the expression sits in)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll", "wo"}:
        return True
    if verb.lower_ in _FUTURE_WORDS or any(c.dep_ in ("acomp", "oprd") and c.lower_ in _FUTURE_WORDS
                                           for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head != verb:
        head = verb.head
        return head.lemma_.lower() in _FUTURE_HEADS or head.lower_ in _FUTURE_WORDS or _future(head)
    return False


def _attach(span) -> tuple[int, frozenset[int]]:
    """(clause head index, nouns in between) for an expression: "said on Friday" hangs from "said";
    "the 2004 Nobel Peace Prize" dates the prize, not the clause it is the subject of."""
    tok, nouns = span.root, set()
    # "Monday's bid failed", "Yesterday's attack killed 20": a date owning the clause's subject dates the clause
    if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head.i, frozenset()
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:   # the root is its own head (by index)
        if tok.dep_ == "prep" and tok.lower_ in _WITHIN:
            nouns.clear()   # "during a 2018 trip": what the phrase governs happened in 2018, not only the trip
        if tok.i not in range(span.start, span.end) and tok.pos_ in ("NOUN", "PROPN") \
                and tok.lower_ not in TIME_NOUNS:                       # "3 p.m. local time on Monday"
            nouns.add(tok.i)
        elif tok.dep_ in _NOUN_LINKS and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lower_ not in TIME_NOUNS:
            nouns.add(tok.head.i)
        tok = tok.head
    return tok.i, frozenset(nouns)


def _expressions(doc, pub: dt.date) -> list[_Expr]:
    """Every time expression of the article, resolved once, in reading order (cached on the Doc)."""
    key = ("accord.time", pub.isoformat())
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    taken = [(e.start_char, e.end_char) for e in spans]
    text = doc_text(doc)
    for m in _EXTRA.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            spans.append(span)
            taken.append((span.start_char, span.end_char))
    periods, period_time = _periods()
    named: dict[int, TimeValue] = {}
    for m in periods.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(a < span.end_char and span.start_char < b for a, b in taken):
            spans.append(span)
            taken.append((span.start_char, span.end_char))
            named[span.start_char] = period_time[m[0]]
    spans.sort(key=lambda s: s.start_char)
    found: list[_Expr] = []
    reference: Optional[dt.date] = None
    for span in spans:
        head, nouns = _attach(span)
        value = named.get(span.start_char) or resolve_expression(span.text, pub, _future(doc[head]), reference)
        if value is not None and _SINCE.search(text, max(0, span.start_char - 7), span.start_char) \
                and value.start <= pub:
            # "since 20 November 2019": the period from then to the publication date
            value = TimeValue(value.start, pub, value.precision)
        # the reference for "the following day" is the last day an event of the text was dated to,
        # not a date naming a thing ("the November 27 agreement")
        if value is not None and value.precision == "day" and value.is_point and not nouns:
            reference = value.start
        naming = span.root.dep_ in _NOUN_LINKS and span.root.head.pos_ in ("NOUN", "PROPN")
        found.append(_Expr(span.start_char, span.end_char, head, nouns, value, naming, span.start_char in named))
    doc.user_data[key] = found
    return found


def clause_time(doc, index: int, sent_start: int, sent_end: int, published: Optional[str],
                exclude: tuple[int, int] | None = None) -> Optional[TimeValue]:
    """The time of the token at `index` (an event's verb or noun, a quote's speech verb, a figure):
    the expression that governs its clause, else the sentence's only expression (unless it names a
    thing: "the 2017 election cycle"), else None. `exclude` is a character span whose expressions do
    not count (a quote's own words, a figure's own number)."""
    if not published:
        return None
    try:
        pub = dt.date.fromisoformat(published)
    except ValueError:
        return None
    exprs = [e for e in _expressions(doc, pub) if sent_start <= e.start and e.end <= sent_end
             and e.value is not None and not (exclude and e.start < exclude[1] and exclude[0] < e.end)]
    if not exprs:
        return None
    tok = doc[index]
    # the token's own noun first ("the assassination ... in January"), then its clause and those above it
    own = [e for e in exprs if tok.i in e.nouns]
    if own:
        return own[0].value
    node = _clause_head(tok)
    for _ in range(8):
        here = [e for e in exprs if e.head == node.i and not e.nouns]
        if here:
            return here[0].value
        if node.dep_ not in _CLIMB or node.head == node:
            break
        node = _clause_head(node.head)
    # (a war or era is never the fallback: "still resent the occupation during World War II", nor
    # does it stop another expression from being one: "since World War II, ... in the first quarter of 1950")
    exprs = [e for e in exprs if not e.era]
    return exprs[0].value if len(exprs) == 1 and not exprs[0].naming else None


def time_at(doc, index: int, published: Optional[str], exclude: tuple[int, int] | None = None) -> Optional[TimeValue]:
    """clause_time within the token's own sentence."""
    sent = doc[index].sent
    return clause_time(doc, index, sent.start_char, sent.end_char, published, exclude)


def event_date(doc, verb_index: int, sent_start: int, sent_end: int, published: Optional[str]) -> Optional[str]:
    """The contract date of the event whose verb (or event noun) is at `verb_index`: the governing
    expression's day, month or year (a period gives the month or year holding it), else the
    publication date."""
    if not published:
        return None
    found = clause_time(doc, verb_index, sent_start, sent_end, published)
    if found is None:
        return published
    if found.date is None and (dt.date.fromisoformat(published) - found.end).days > 31:
        return None     # during a war long ended: no date the contract can write, and not the page's
        #                 ("last week" across New Year keeps the page's date, a few days off at most)
    return found.date if found.date is not None else published
