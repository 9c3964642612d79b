""""The country", "the kingdom", "the bloc", "the alliance", "the militant group": a definite description
that stands for a state or an organisation named just before ("Iran tested a missile. The country also
criticized Israel"; "The EU met in Brussels. The bloc imposed new sanctions on Russia"). Wire copy uses
them for every second reference, and without them the act is lost.

The descriptions and what each can stand for are in data/nominals.tsv: any state ("country", "nation"),
some states ("kingdom", "the Jewish state", "the island nation"), some organisations ("bloc": the EU,
ASEAN, the AU, ...; "alliance": NATO; "world body": the UN). "fits" may also be armed_group (any armed
group of organisations.tsv); no row uses it yet: "the militant group that has seized parts of Iraq" is most
often background told in a relative clause, and dated to the page it would put an old act on a new day.
Up to two modifiers may stand between "the" and the noun ("the 27-nation bloc", "the oil-rich kingdom",
"the war-torn country"), except those that point elsewhere ("the neighbouring country", "the host
nation", "the other country") or compare ("the largest country", "the most censor-prone country").

The referent is the most recent fitting mention in the phrase's own sentence (before it) or at most
MAX_SENTENCES_BACK sentences before. For "country" and "nation", the sentence that gives it must name no
second state ("Russia attacked Ukraine. The country's army ...": which one?). The phrase becomes one
mention of kind "nominal": the state itself (not its government or a person of it), or the organisation.
A phrase followed by "of" or by a name ("the country of Georgia", "the militant group Hamas") is left
alone: what follows names it.
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
GENERIC = frozenset({"country", "nation"})
# modifiers that point at another state than the last one named
ELSEWHERE = frozenset({"neighbouring", "neighboring", "neighbour", "neighbor", "other", "host", "home", "same",
                       "next", "first", "second", "third", "last", "whole", "entire", "new", "former", "rival",
                       "enemy", "donor", "member", "partner", "african", "asian", "european", "western", "arab",
                       "muslim", "foreign", "each", "every", "one", "any", "this", "that"})
MAX_MODIFIERS = 2
COMPARING = frozenset({"most", "least", "only", "such", "more", "less", "fewer"})


@lru_cache(maxsize=1)
def nominals() -> dict[tuple[str, ...], frozenset[str]]:
    """data/nominals.tsv: description (lowercase words) -> what it can stand for."""
    text = resources.files("accord.actors").joinpath("data/nominals.tsv").read_text(encoding="utf-8")
    return {tuple(r["phrase"].split()): frozenset(r["fits"].split("|"))
            for r in csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)}


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """The last word of every description ("country", "bloc", "group"): what the prefilter looks for."""
    return frozenset(p[-1] for p in nominals())


def phrases(low: list[str]) -> list[tuple[int, int, frozenset[str], bool]]:
    """(start, end, fits, generic) of each description: "the" [up to two modifiers] description."""
    table = nominals()
    longest = max(len(p) for p in table)
    out = []
    for i, w in enumerate(low):
        if w != "the":
            continue
        for skip in range(0, MAX_MODIFIERS + 1):
            mods = low[i + 1:i + 1 + skip]
            if len(mods) < skip or any(m in ELSEWHERE or m in COMPARING or m.endswith("est") or m == "the"
                                       for m in mods):
                break       # ("the largest country", "the most censor-prone country": a comparison, not a reference)
            found = None
            for size in range(longest, 0, -1):
                key = tuple(low[i + 1 + skip:i + 1 + skip + size])
                if len(key) == size and key in table:
                    found = (i + 1 + skip + size, table[key], key[-1] in GENERIC and size == 1)
                    break
            if found:
                out.append((i, *found))
                break
    return out


def add_nominal_mentions(doc, mentions: list[Mention], gaz) -> list[Mention]:
    """`mentions` with a "nominal" mention for each description whose referent is found."""
    if not mentions or not len(doc):
        return mentions
    low = lower_words_if_any(doc, head_words())
    if low is None:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = [s.start for s in doc.sents]
    ordered = sorted(mentions, key=lambda m: m.start)
    added = []
    for start, end, fits, generic in phrases(low):
        if any(k in taken for k in range(start, end)):
            continue
        if end < len(doc) and (low[end] == "of" or end in taken or doc[end].pos_ == "PROPN"):
            continue        # "the country of Georgia", "the militant group Hamas": what follows names it
        ref = _referent(ordered, starts, start, fits, generic, gaz)
        if ref is None:
            continue
        span = doc[start:end]
        added.append(Mention(start, end, span.start_char, span.end_char, _actor(ref, span.text, gaz), "nominal"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _state(m: Mention, gaz) -> Optional[str]:
    """The sovereign state a mention names or acts for, or None (a region, an organisation, no country)."""
    c = gaz.countries.get(m.actor.country) if m.actor.country else None
    return c.key if c is not None and c.kind == "state" and m.kind != "pair" else None


def _org(m: Mention, gaz):
    return gaz.orgs_by_name().get(m.actor.name) if m.actor.name else None


def _fits(m: Mention, fits: frozenset[str], gaz) -> Optional[str]:
    """The key (state or organisation) by which the mention fits the description, or None."""
    state = _state(m, gaz)
    if state and ("state" in fits or state in fits) and m.actor.code and m.actor.code[:3] == gaz.countries[state].cameo[:3]:
        return state
    org = _org(m, gaz)
    if org is not None and (org.code in fits or ("armed_group" in fits and org.kind == "armed group")):
        return org.key
    return None


def _referent(ordered: list[Mention], starts: list[int], start: int, fits: frozenset[str], generic: bool,
              gaz) -> Optional[Mention]:
    k = bisect_right(starts, start) - 1
    for s in range(k, max(-1, k - MAX_SENTENCES_BACK - 1), -1):
        lo, hi = starts[s], (start if s == k else starts[s + 1])
        here = [m for m in ordered if lo <= m.start < hi and m.end <= start and m.kind not in ("pair", "nominal")]
        fitting = [(m, key) for m in here if (key := _fits(m, fits, gaz))]
        if not fitting:
            continue
        if generic and len({_state(m, gaz) for m in here} - {None}) > 1:
            return None     # two states in the sentence that would give it: which one?
        return fitting[-1][0]
    return None


def _actor(m: Mention, text: str, gaz) -> Actor:
    state = _state(m, gaz)
    if state is not None:
        c = gaz.countries[state]
        return Actor(text, c.name, c.cameo, c.key, None)
    a = m.actor
    return Actor(text, a.name, a.code, a.country, None)
