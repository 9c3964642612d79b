""""The two countries", "both sides", "the leaders of the two countries": a plural phrase that stands
for the two actors named just before it ("Putin met Xi in Beijing. The two leaders signed an
agreement"). Wire copy tells most bilateral meetings this way, and without it the act the two
perform together is lost.

The phrase becomes two mentions over the same words, kind "pair", one per partner; the event coder
(accord.events.coder) reads them as a coordinated subject or object ("Russia and China signed").

The partners are found by going back from the phrase through the actors already mentioned in its
own sentence, then the sentences before it (at most MAX_SENTENCES_BACK). Each sentence adds the
actors it names. The phrase takes the first two distinct partners reached, and it takes nothing
when one sentence adds a third ("Russia, China and India met. The two countries ...": which
two?). What counts as distinct depends on the noun (data/pair_nouns.tsv):
- country, GOV, MIL: two different countries. "The two states" after Iowa and New Hampshire is no
  pair of countries.
- leader: two people of different countries, else two countries (their governments).
- side: any two actors, named together in the phrase's sentence or the one before.
"Both sides of the aisle" or "of the border" are parts, not actors, and are left alone.
"""
from __future__ import annotations

import csv
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import Optional

from accord.doctext import lower_words_if_any
from accord.model import Actor, Mention

MAX_SENTENCES_BACK = 2
QUANTIFIERS = {"two", "both"}
# "both sides of the conflict" are its parties; "both sides of the aisle, the border" are not actors
SIDES_OF = {"conflict", "dispute", "war", "talks", "negotiations", "fighting"}
# one word may stand between the quantifier and the noun: "the two neighbouring countries"
MODIFIERS = {"neighbouring", "neighboring", "rival", "allied", "nuclear", "warring", "former", "foreign",
             "prime", "defence", "defense", "countries'", "nations'", "sovereign", "asian", "african",
             "european", "arab", "gulf", "ex-soviet", "post-soviet", "latin", "balkan", "nordic", "baltic"}


@lru_cache(maxsize=1)
def pair_nouns() -> dict[str, str]:
    """data/pair_nouns.tsv: plural noun -> what it stands for (country, GOV, MIL, leader, side)."""
    text = resources.files("accord.actors").joinpath("data/pair_nouns.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    out = {r["noun"].strip(): r["stands_for"].strip() for r in rows}
    bad = {v for v in out.values()} - {"country", "GOV", "MIL", "leader", "side"}
    if bad:
        raise ValueError(f"data/pair_nouns.tsv: unknown stands_for {sorted(bad)}")
    return out


def phrases(low: list[str]) -> list[tuple[int, int, int, str]]:
    """(start, end, noun index, stands_for) of each pair phrase in the lowercase token list: "the two
    countries", "both nations", "the two neighbouring states", "the leaders of the two countries"
    (the whole phrase, standing for leaders)."""
    nouns = pair_nouns()
    out = []
    for i, w in enumerate(low):
        if w not in QUANTIFIERS:
            continue
        j = i + 1
        if j < len(low) and low[j] in MODIFIERS and j + 1 < len(low) and low[j + 1] in nouns:
            j += 1
        if j >= len(low) or low[j] not in nouns:
            continue
        if w == "two" and (i == 0 or low[i - 1] not in ("the", "these", "those")):
            continue            # "two countries signed" is not a reference back: "the two countries"
        start = i - 1 if w == "two" else i
        if w == "both" and i > 0 and low[i - 1] == "the":
            start = i - 1
        kind, end = nouns[low[j]], j + 1
        if end < len(low) and low[end] == "of":
            if kind == "side" and not (end + 2 < len(low) and low[end + 1] == "the" and low[end + 2] in SIDES_OF):
                continue        # "both sides of the aisle", "of the border"
            if low[j] == "heads" and end + 1 < len(low) and low[end + 1] in ("state", "government"):
                end += 2        # "the two heads of state"
        # "the leaders of the two countries", "presidents of both nations": the leaders themselves
        if start >= 2 and low[start - 1] == "of" and nouns.get(low[start - 2]) == "leader" and kind == "country":
            k = start - 2
            if k >= 1 and low[k - 1] in ("the", "prime", "foreign"):
                k -= 1
            start, kind = k, "leader"
        out.append((start, end, j, kind))
    return out


def add_pair_mentions(doc, mentions: list[Mention], gaz) -> list[Mention]:
    """`mentions` with two "pair" mentions added for each pair phrase whose partners are found."""
    if not mentions or not len(doc):
        return mentions
    low = lower_words_if_any(doc, QUANTIFIERS)
    found = phrases(low) if low is not None else []
    if not found:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = [s.start for s in doc.sents]
    ordered = sorted(mentions, key=lambda m: m.start)
    added: list[Mention] = []
    for start, end, noun, kind in found:
        if noun in taken:
            continue
        partners = _partners(ordered, starts, start, kind, gaz)
        if partners is None:
            continue
        span = doc[start:end]
        for p in partners:
            actor = _actor(p, kind, span.text, gaz)
            if actor is not None:
                added.append(Mention(start, end, span.start_char, span.end_char, actor, "pair"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _key(m: Mention, kind: str, gaz) -> Optional[str]:
    a = m.actor
    country = gaz.countries.get(a.country) if a.country else None
    if country is not None and country.kind == "region" and a.code == country.cameo:
        return None           # "the Mediterranean", "Europe": a region named is no partner
    if kind == "side":
        return a.country or a.code or (a.name or "").casefold() or None
    if kind == "leader" and a.role is not None and a.name:
        return a.country      # a person: keyed by country, so that two of one state are no pair
    return a.country


def _partners(ordered: list[Mention], starts: list[int], start: int, kind: str, gaz) -> Optional[list[Mention]]:
    """The two mentions the phrase at `start` refers to, or None (see the module doc)."""
    k = bisect_right(starts, start) - 1
    chosen: dict[str, Mention] = {}
    back = 1 if kind == "side" else MAX_SENTENCES_BACK
    for s in range(k, max(-1, k - back - 1), -1):
        lo = starts[s]
        hi = start if s == k else starts[s + 1]
        here: dict[str, Mention] = {}
        for m in ordered:
            if lo <= m.start < hi and m.end <= start and m.kind != "pair":
                key = _key(m, kind, gaz)
                if key and key not in chosen:
                    # a person before a bare country of the same state: "Putin ... Russia" is one partner
                    prev = here.get(key)
                    if prev is None or (kind == "leader" and prev.actor.role is None and m.actor.role is not None):
                        here[key] = m
        if kind == "side" and here:
            # "both sides" names no kind of actor: its two must be named together, in one sentence
            return list(here.values()) if len(here) == 2 else None
        if len(chosen) + len(here) > 2:
            return None
        chosen.update(here)
        if len(chosen) == 2:
            return list(chosen.values())
    return None


def _actor(m: Mention, kind: str, text: str, gaz) -> Optional[Actor]:
    a = m.actor
    if kind == "side" or (kind == "leader" and a.role is not None and a.name):
        return Actor(text, a.name, a.code, a.country, a.role)
    country = gaz.countries.get(a.country) if a.country else None
    if country is None:
        return None
    suffix = {"country": "", "GOV": "GOV", "MIL": "MIL", "leader": "GOV"}[kind]
    return Actor(text, country.name, country.cameo + suffix, country.key, None)
