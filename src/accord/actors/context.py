"""Agents whose country comes from the article: "Police fired tear gas at protesters" in an
article about Hong Kong is Hong Kong's police against Hong Kong's opposition.

A careful reader does this when one country dominates the article; where no country clearly
does, bare agents stay unresolved (no actor is better than a wrong one).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from accord.actors.gazetteer import Gazetteer
from accord.model import Actor, Mention

GENERIC_DETS = {"any", "every", "some", "many", "no", "other", "foreign", "another"}


@lru_cache(maxsize=1)
def context_agents() -> dict[str, str]:
    from accord.actors.gazetteer import _rows
    return {r["phrase"]: r["code"] for r in _rows("context_agents.tsv")}


def focus_country(mentions: list[Mention], gaz: Gazetteer, headline: list[Mention] = ()) -> Optional[str]:
    """The state most mentioned in the article, when it is mentioned at least one and a half times
    as often as any other (an article naming one state once is about that state). A state in the
    headline counts three times: the headline says what the article is about."""
    counts = Counter(m.actor.country for m in list(mentions) + list(headline) * 3
                     if m.actor.country in gaz.countries and gaz.countries[m.actor.country].kind != "region")
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] * 3 > n * 2:
        return None
    return top


def _bare_title(doc, tok, taken, gaz: Gazetteer, focus: str, date: Optional[str]) -> Optional[Actor]:
    """"the president" in an article about one country is that country's president on the
    article's date, unless the phrase names someone else ("the president of Iran", "the
    president, Joe Biden", "the former president")."""
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.lower_ not in gaz.titles:
        return None
    if any(c.dep_ in ("prep", "appos", "compound", "amod", "poss") for c in tok.children):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.i in taken):
        return None
    office, role = gaz.titles[tok.lower_]
    # The office itself ("the king" is not whoever is head of state: the country may have a queen).
    held = gaz.holder(focus, office or role, date)
    if held is None:
        return None
    return Actor(doc[tok.i - 1:tok.i + 1].text, held.name, held.code, focus, held.role)


def place_titled_unknowns(mentions: list[Mention], focus: str, cameo: str) -> list[Mention]:
    """A titled person the gazetteer does not know ("Prime Minister Mahendra Chaudhry", kept with a
    null code by the resolver) belongs to the focus country's government, like a bare title: with
    the same bound (one state clearly dominates the article). "Former ..." is the country's elite.
    Later surnames and pronouns of that person follow."""
    titled = {m.actor.name: m.actor.text.lower().startswith(("former ", "ex-", "late "))
              for m in mentions if m.actor.code is None and m.actor.name and m.kind == "name"}
    if not titled:
        return mentions
    out = []
    for m in mentions:
        a = m.actor
        if a.code is None and a.name in titled:
            m = replace(m, actor=replace(a, code=cameo + ("ELI" if titled[a.name] else "GOV"), country=focus))
        out.append(m)
    return out


def add_context_agents(doc, mentions: list[Mention], gaz: Gazetteer, date: Optional[str] = None,
                       headline: list[Mention] = ()) -> list[Mention]:
    """The mentions plus bare agents and titles resolved to the focus country, sorted by position.
    `headline` holds the actor mentions of the article's title."""
    focus = focus_country(mentions, gaz, headline)
    if focus is None:
        return mentions
    agents = context_agents()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    cameo = gaz.countries[focus].cameo
    mentions = place_titled_unknowns(mentions, focus, cameo)
    added: list[Mention] = []
    for tok in doc:
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        titled = _bare_title(doc, tok, taken, gaz, focus, date)
        if titled is not None:
            added.append(Mention(tok.i - 1, tok.i + 1, doc[tok.i - 1].idx, tok.idx + len(tok.text), titled,
                                 kind="context"))
            continue
        start = tok.i
        phrase = tok.lower_
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.i not in taken and f"{prev.lower_} {phrase}" in agents:
            phrase, start = f"{prev.lower_} {phrase}", prev.i
        suffix = agents.get(phrase)
        if suffix is None or (not suffix and (start == 0 or doc[start - 1].lower_ != "the")):
            continue        # "the country" is the focus state; "a country", "every nation" are not
        if any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in tok.children):
            continue        # "a government", "foreign troops": not this country's
        if any(c.i in taken or c.text[:1].isupper() for c in tok.children
               if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < start):
            continue        # "Russian troops" is a mention of its own; "Artsakh soldiers", "Smith's
                            # government" name someone else's
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = doc[start:tok.i + 1]
        # An empty suffix is the state itself: "the country", "the nation".
        name = gaz.countries[focus].name if not suffix else None
        added.append(Mention(start, tok.i + 1, span.start_char, span.end_char,
                             Actor(span.text, name, cameo + suffix, focus, None), kind="context"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
