"""Noun-phrase events: "Macron's visit to Kazakhstan", "talks between Lavrov and Wang",
"US sanctions on Iran", "Israeli strikes on Gaza" (data/nouns_accord.tsv)."""
from __future__ import annotations

from functools import lru_cache

from accord.events.ontology import data_rows

TARGET_PREPS = {"to", "on", "against", "with", "into", "upon", "toward", "towards"}
SOURCE_MODS = {"poss", "amod", "compound", "nmod"}
# A noun under these verbs did not (yet) happen: "plans a visit", "cancelled talks".
PLANNED_UNDER = {"plan", "schedule", "prepare", "expect", "propose", "announce", "discuss", "arrange", "seek",
                 "request", "want", "hope", "organize", "organise"}
NEGATED_UNDER = {"cancel", "postpone", "call off", "scrap", "suspend", "reject", "refuse", "deny"}
NOMINAL_SLOTS = {"nsubj", "nsubjpass", "dobj", "obj", "pobj"}
PLANNED_MODS = {"planned", "upcoming", "proposed", "possible", "potential", "future", "expected", "next"}


@lru_cache(maxsize=1)
def noun_table() -> dict[str, str]:
    return {r["noun"]: r["code"] for r in data_rows("nouns_accord.tsv")}


def noun_code(tok) -> str | None:
    table = noun_table()
    if tok.pos_ not in ("NOUN", "PROPN"):
        # "killed in Israeli shelling", "the bombing of Gaza": a gerund the tagger calls a verb,
        # standing where a noun stands, with no subject or object of its own
        if tok.tag_ == "VBG" and tok.dep_ in NOMINAL_SLOTS and tok.lower_ in table \
                and not any(c.dep_ in ("nsubj", "dobj", "obj", "aux") for c in tok.children):
            return table[tok.lower_]
        return None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.dep_ in ("compound", "amod") and prev.head == tok:   # "hunger strike", "military aid"
        two = f"{prev.lemma_.lower()} {tok.lemma_.lower()}"
        if two in table:
            return table[two]
    return table.get(tok.lemma_.lower())


def noun_status(tok, code: str = "") -> str:
    if any(c.lower_ in PLANNED_MODS for c in tok.children if c.dep_ in ("amod", "advmod")):
        return "planned"
    gov = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass"):
        lemma = gov.lemma_.lower()
        if lemma in NEGATED_UNDER:
            return "negated"
        if lemma == "announce" and code[:2] >= "10":
            return "occurred"   # announcing sanctions, a ban or a suspension enacts it; a visit is ahead
        if lemma in PLANNED_UNDER or any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in gov.children):
            return "planned"
    return "occurred"


def noun_arguments(tok):
    """(source tokens, target tokens, mutual tokens) of an event noun."""
    sources = [c for c in tok.children if c.dep_ in SOURCE_MODS]
    targets, mutual = [], []
    for p in tok.children:
        if p.dep_ != "prep":
            continue
        objs = [n for n in p.children if n.dep_ == "pobj"]
        if p.lower_ == "by":
            sources.extend(objs)
        elif p.lower_ in TARGET_PREPS:
            targets.extend(objs)
        elif p.lower_ == "between":
            mutual.extend(objs)
    return sources, targets, mutual
