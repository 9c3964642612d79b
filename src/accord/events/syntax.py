"""Reading the dependency tree around an act: its arguments past quantities, the reciprocal
"each other", the places a weapon is aimed at, the purpose of a protest, who a reported pronoun
stands for, and whether a sentence is about a contest."""
from __future__ import annotations

import re

from accord.events.lexicon import (SUBJ, SPEAKER_PRONOUNS, REPORTING_VERBS, MUTUAL_OBJECTS, ALLEGE_VERBS,
                                   SPORT_WORDS, PURPOSE_VERBS, QUANTITY_NOUNS)
from accord.model import Actor, Mention


# spaCy makes a new Token object on every access: tokens are compared with == (same document and
# index), never with "is".

# A score in a sentence: "1 – 0", "3-2".
SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s?[–—-]\s?\d{1,3}(?![\d.,%])")


def deps(tok, labels: set[str]) -> list:
    return [c for c in tok.children if c.dep_ in labels]


def past_a_comma(verb, obj) -> bool:
    """An object the verb reaches only past a comma of its own clause: "shot shoppers at a store, with the
    toll rising, reported officials" (the small model reads "reported officials" as a second object of
    "shot"). A direct object follows its verb without one."""
    return obj.i > verb.i and any(t.dep_ == "punct" and t.text == "," and t.head == verb
                                  for t in verb.doc[verb.i + 1:obj.i])


def what(obj):
    """The noun an object names: past a quantity ("thousands of demonstrators" -> demonstrators)."""
    for _ in range(2):
        if obj is None or obj.lemma_.lower() not in QUANTITY_NOUNS:
            break
        of = [n for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"]
        if not of:
            break
        obj = of[0]
    return obj


def speakers_of(subjects, subjects_of) -> list:
    """The speakers a pronoun subject stands for when its clause is reported ("X said it would",
    "X says it is willing to"): the subjects of the reporting verb above the pronoun's clause."""
    out = []
    for t in subjects:
        if t.pos_ != "PRON" or t.lower_ not in SPEAKER_PRONOUNS:
            continue
        clause = t.head
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS | ALLEGE_VERBS:
            out += subjects_of(clause.head)
    return out


def between_persons(verb) -> bool:
    """Subject and object are both named people (spaCy PERSON entities)."""
    subj = [t for t in verb.children if t.dep_ in SUBJ]
    obj = [t for t in verb.children if t.dep_ in ("dobj", "obj")]
    return bool(subj and obj) and subj[0].ent_type_ == "PERSON" and obj[0].ent_type_ == "PERSON"


def for_a_reason(verb) -> bool:
    """A "for/over" phrase giving a reason ("attacked X for the tweet"), not a time or a place."""
    return any(p.dep_ == "prep" and p.lower_ in ("for", "over") and n.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
               and n.pos_ != "NUM" for p in verb.children for n in p.children if n.dep_ in ("pobj", "pcomp"))


def mutual_object(verb) -> bool:
    """The verb's object, or its infinitive's ("seek to deepen a partnership"), is reciprocal."""
    for v in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        if any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in MUTUAL_OBJECTS or reciprocal(c)) for c in v.children):
            return True
    return False


def reciprocal(tok) -> bool:
    """"each other", "one another": "India and Pakistan accused each other" is two acts, one each way."""
    pair = {"other": "each", "another": "one", "one": "another"}.get(tok.lower_)   # (parsed either way round)
    return pair is not None and any(c.lower_ == pair for c in tok.children)


def aimed_at(obj) -> list:
    """Places a weapon object is aimed at: pobj of at/on/into under the object (also through a
    participle, "rounds aimed at"), and the place those are in."""
    out = []
    frontier = [obj]
    for _ in range(5):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "in")):
                    nxt.append(c)
                elif c.dep_ == "pobj" and t.dep_ == "prep":
                    out.append(c)
                    nxt.append(c)
        frontier = nxt
    return out


def purpose_actors(verb, by_token) -> list[Actor]:
    """Actors named in the purpose of an act: "(to) demand ...", "calling for ...", "in protest at ..."."""
    out: list[Actor] = []
    # the act's own clauses and phrases, and those of a clause it continues in ("rioted, joining
    # demonstrators in demanding a referendum")
    kids = list(verb.children)
    kids += [g for c in kids if c.dep_ in ("advcl", "conj") for g in c.children]
    kids += [g for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pcomp"]
    for c in kids:
        if c.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") and c.lemma_.lower() in PURPOSE_VERBS:
            heads = [c]
        elif c.dep_ == "prep" and c.lower_ == "in" and any(n.lemma_.lower() == "protest" for n in c.children):
            heads = [n for n in c.children if n.lemma_.lower() == "protest"]
        elif c.dep_ == "prep" and c.lower_ in ("over", "against") and c.head == verb:
            heads = [c]     # "protested over a bill signed by the minister", "against the government's plan"
        elif c.dep_ in ("dobj", "obj", "npadvmod"):
            # "stopped work on the first day of a strike over a bill": the grievance may hang lower
            heads = [p for t in c.subtree if t.dep_ == "prep" and t.lower_ in ("over", "against") for p in [t]][:1]
        else:
            continue
        for h in heads:
            for t in h.subtree:
                m = by_token.get(t.i)
                if m is not None and all(m.actor is not a for a in out):
                    out.append(m.actor)
    return out


def names_person(m: Mention, tok) -> bool:
    """Whether a mention is a person: one holding a role, a former office holder, or a PERSON the NER found."""
    return m.actor.role is not None or (m.actor.code or "").endswith("ELI") or tok.ent_type_ == "PERSON"


def sport(sent) -> bool:
    """Whether the sentence is about a contest: a word of a sport or an election, or a score ("1 – 0", "3-2")."""
    return any(t.lemma_.lower() in SPORT_WORDS or t.lower_ in SPORT_WORDS for t in sent) or bool(SCORE.search(sent.text))
