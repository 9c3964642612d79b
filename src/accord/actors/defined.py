"""National bodies the gazetteer does not know, defined by the article itself: "the Philippine
government issued an order ... The National Telecommunications Commission (NTC) issued a cease and
desist order", "members of the Brazilian Landless Workers Movement (MST)", "the country's National
Elections Committee (CNE)". No dictionary can list every commission and movement of every state;
PETRARCH's frozen ones are the complaint. What the article says is enough for a careful reader: the
kind of body comes from its head noun (data/defined_bodies.tsv: a commission is part of the
government, an assembly a legislature, a movement opposition), the state from the name itself
("Brazilian ...", "... of the Philippines"), from a possessive just before ("the country's", "Mozambique's")
or, for a name that begins "National", "State" or "Federal", from the one state that dominates the
article (accord.actors.context.focus_country).

Once defined, the body is also its abbreviation ("(NTC)") and "the commission", "the movement" after
it, for the rest of the article. Only a spaCy ORG entity counts, and only one with no known actor
inside it: the gazetteer's own names and codes come first.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.attrs import LOWER, ORTH

from accord.actors.context import focus_country
from accord.actors.gazetteer import Gazetteer, _rows
from accord.model import Actor, Mention

# A name starting with one of these belongs to the state the article is about.
NATIONAL_WORDS = frozenset({"national", "state", "federal"})
COUNTRY_KINDS = ("country", "adjective", "capital")
MAX_NGRAM = 4


@lru_cache(maxsize=1)
def body_heads() -> dict[str, str]:
    """data/defined_bodies.tsv: head noun (one or two lowercase words) -> CAMEO agent suffix."""
    return {r["head"]: r["suffix"] for r in _rows("defined_bodies.tsv")}


@dataclass
class _Body:
    actor: Actor
    head: str                   # the head noun, lowercase ("commission")
    abbreviation: Optional[str]
    end: int                    # token after the definition (and its bracketed abbreviation)


def _suffix(span) -> tuple[str, str]:
    """(head noun, agent suffix) of an organisation's name, or ("", "")."""
    heads = body_heads()
    root = span.root
    if root.i > span.start:
        two = f"{span.doc[root.i - 1].lower_} {root.lower_}"
        if two in heads:
            return root.lower_, heads[two]
    return (root.lower_, heads[root.lower_]) if root.lower_ in heads else ("", "")


def _state_in(span, gaz: Gazetteer) -> Optional[str]:
    """A state the name itself names: "Brazilian ...", "Royal Canadian ...", "United States ...", "... of
    the Philippines". Not one inside a phrase of the name ("Council on American-Islamic Relations":
    no American body)."""
    toks = [t.text for t in span]
    for i in range(len(toks)):
        lead = all(t.is_title for t in span[:i])
        of = i >= 1 and span[i - 1].lower_ == "of" or i >= 2 and span[i - 2].lower_ == "of" and span[i - 1].lower_ == "the"
        if not (lead or of):
            continue
        for n in range(min(MAX_NGRAM, len(toks) - i), 0, -1):
            for e in gaz.entries(" ".join(toks[i:i + n])):
                c = gaz.countries.get(e.key) if e.kind in COUNTRY_KINDS else None
                if c is not None and c.kind != "region":
                    return c.key
    return None


def _state_before(doc, start: int, mentions: list[Mention], gaz: Gazetteer) -> Optional[str]:
    """A state in the possessive just before the name: "the country's National Elections Committee"."""
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return None
    for m in mentions:
        if m.end == start - 1 and m.actor.country in gaz.countries and m.actor.code == gaz.countries[m.actor.country].cameo:
            return m.actor.country
    return None


def _abbreviation(doc, end: int) -> Optional[str]:
    """"(NTC)" right after the name."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _abbreviation_shape(doc[end + 1].text):
        return doc[end + 1].text
    return None


def _abbreviation_shape(w: str) -> bool:
    return w[:1].isupper() and sum(c.isupper() for c in w) >= 2 and len(w) <= 8 and w.isalpha()


def add_defined_bodies(doc, mentions: list[Mention], gaz: Gazetteer, headline: list[Mention] = ()) -> list[Mention]:
    """`mentions` plus a mention for each national body the article defines and each later reference
    to it (its name again, its abbreviation, "the <head noun>"). `headline` holds the title's mentions,
    for the focus state, which is worked out only for a "National ..." name that needs it."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    focus: list[Optional[str]] = []
    bodies: list[_Body] = []
    added: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        if not len(span) or any(k in taken for k in range(span.start, span.end)):
            continue
        head, suffix = _suffix(span)
        if not head:
            continue
        state = _state_in(span, gaz) or _state_before(doc, ent.start, mentions, gaz)
        if state is None and span[0].lower_ in NATIONAL_WORDS:
            if not focus:
                focus.append(focus_country(mentions, gaz, headline))
            state = focus[0]
        if state is None or state not in gaz.countries:
            continue
        actor = Actor(span.text, span.text, gaz.countries[state].cameo + suffix, state, None)
        abbr = _abbreviation(doc, ent.end)
        bodies.append(_Body(actor, head, abbr, ent.end + (3 if abbr else 0)))
        added.append(Mention(span.start, span.end, span.start_char, span.end_char, actor, kind="name"))
        taken.update(range(ent.start, ent.end + (3 if abbr else 0)))
    if not bodies:
        return mentions
    added += _later_references(doc, bodies, taken)
    return sorted(mentions + added, key=lambda m: m.start)


def _later_references(doc, bodies: list[_Body], taken: set[int]) -> list[Mention]:
    out = []
    first = min(b.end for b in bodies)
    # only the tokens that can refer back are read as Tokens: an abbreviation or a head noun
    strings = doc.vocab.strings
    wanted = {strings[b.abbreviation] for b in bodies if b.abbreviation} | {strings[b.head] for b in bodies}
    lows = doc.to_array([ORTH, LOWER]).tolist()
    for i in range(first, len(doc)):
        if i in taken or (lows[i][0] not in wanted and lows[i][1] not in wanted):
            continue
        tok = doc[i]
        before = [b for b in bodies if b.end <= tok.i]
        body, start = None, tok.i
        by_abbr = [b for b in before if b.abbreviation == tok.text]
        if by_abbr:
            body = by_abbr[-1]
            if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.i - 1 not in taken:
                start = tok.i - 1
        elif tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.i - 1 not in taken and tok.is_lower:
            by_head = [b for b in before if b.head == tok.lower_]
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if by_head and not (nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN")):
                body, start = by_head[-1], tok.i - 1    # "the commission" (not "the commission of ...")
        if body is None:
            continue
        span = doc[start:tok.i + 1]
        out.append(Mention(start, tok.i + 1, span.start_char, span.end_char,
                           Actor(span.text, body.actor.name, body.actor.code, body.actor.country, None),
                           kind="name" if start == tok.i or by_abbr else "nominal"))
        taken.update(range(start, tok.i + 1))
    return out


def defined_abbreviations(doc, orths: Optional[list[int]] = None) -> dict[str, int]:
    """Before any parse (for the prefilter): abbreviation -> token of the head noun it follows, for each
    "... Commission (NTC)" whose capitalised head noun is in defined_bodies.tsv. `orths` are the tokens'
    ORTH ids when the caller has them; only the words around an opening bracket are read as strings."""
    if orths is None:
        orths = doc.to_array(ORTH).tolist()
    strings = doc.vocab.strings
    bracket, close = strings["("], strings[")"]
    heads = body_heads()
    out: dict[str, int] = {}
    n = len(orths)
    for i in (k for k, o in enumerate(orths) if o == bracket):
        if i < 1 or i + 2 >= n or orths[i + 2] != close or not _abbreviation_shape(strings[orths[i + 1]]):
            continue
        head = strings[orths[i - 1]]
        two = f"{strings[orths[i - 2]].lower()} {head.lower()}" if i >= 2 else ""
        if head.istitle() and (head.lower() in heads or two in heads):
            out.setdefault(strings[orths[i + 1]], i - 1)
    return out
