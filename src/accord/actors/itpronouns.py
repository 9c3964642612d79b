""""it" and "they" for states, organisations and groups: "Iran said it would retaliate",
"the SDF announced it had entered into an agreement", "Russian troops said they had crossed".

The antecedent is the nearest preceding actor mention of the right kind in the same sentence or
the one before: "it"/"its" a state or an organisation written in the singular, "they"/"their"/
"them" a group written in the plural ("troops", "rebels") or a body. People are left to he/she.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from accord.model import Mention

SINGULAR = {"it", "its", "itself"}
PLURAL = {"they", "their", "them", "themselves"}


def _is_person(doc, m: Mention) -> bool:
    last = doc[m.end - 1]
    # "Bosnian Serbs" may be read as a PERSON by the NER: a people written with an adjective is a group.
    return m.kind == "pronoun" or (last.ent_type_ == "PERSON" and m.kind != "adjective") \
        or (m.actor.role is not None and m.kind != "context")


def _number(doc, m: Mention) -> str:
    return "plural" if doc[m.end - 1].tag_ in ("NNS", "NNPS") else "singular"


def add_it_mentions(doc, mentions: list[Mention]) -> list[Mention]:
    if not mentions:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ordered = sorted(mentions, key=lambda m: m.start)
    added: list[Mention] = []
    j = 0
    prev_sent_start: Optional[int] = None
    for sent in doc.sents:
        window_start = prev_sent_start if prev_sent_start is not None else sent.start
        for tok in sent:
            low = tok.lower_
            if tok.i in taken or tok.pos_ != "PRON" or low not in SINGULAR | PLURAL:
                continue
            if low == "it" and (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ == "be"):
                continue    # "It is not for the Court", "called it a terrible event": not a state
            want = "singular" if low in SINGULAR else "plural"
            # A subject "it" refers back within its sentence ("Iran said it would"); a possessive
            # or "they" may reach into the sentence before.
            lower_bound = sent.start if low == "it" else window_start
            ante = None
            for m in reversed(ordered):
                if m.start >= tok.i:
                    continue
                if m.start < lower_bound:
                    break
                if _is_person(doc, m) or m.actor.code is None:
                    continue
                if _number(doc, m) == want or (want == "plural" and m.actor.code.startswith(("IGO", "NGO"))):
                    ante = m
                    break
            if ante is not None:
                added.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text),
                                     replace(ante.actor, text=tok.text), kind="pronoun"))
        prev_sent_start = sent.start
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
