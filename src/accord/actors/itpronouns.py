""""it" and "they" for states, organisations and groups: "Iran said it would retaliate",
"the SDF announced it had entered into an agreement", "Russian troops said they had crossed";
"they" and "their" after "the two countries" (accord.actors.pairs) stand for both partners.

The antecedent is the nearest preceding actor mention of the right kind in the same sentence or
the one before: "it"/"its" a state or an organisation written in the singular, "they"/"their"/
"them" a group written in the plural ("troops", "rebels") or a body. People are left to he/she.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.attrs import LOWER, POS
from spacy.symbols import PRON

from accord.model import Mention

SINGULAR = {"it", "its", "itself"}
PLURAL = {"they", "their", "them", "themselves"}
_PRONOUNS = SINGULAR | PLURAL


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
    # the pronouns, found from arrays (a Token for every word of the article is costly)
    strings = doc.vocab.strings
    words = {strings.add(w) for w in _PRONOUNS}
    found = [i for i, (lw, pos) in enumerate(doc.to_array([LOWER, POS]).tolist())
             if pos == PRON and lw in words and i not in taken]
    if not found:
        return mentions
    starts = [sent.start for sent in doc.sents]
    ordered = sorted(mentions, key=lambda m: m.start)
    added: list[Mention] = []
    for i in found:
        tok = doc[i]
        low = tok.lower_
        if low == "it" and (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ == "be"):
            continue    # "It is not for the Court", "called it a terrible event": not a state
        want = "singular" if low in SINGULAR else "plural"
        # A subject "it" refers back within its sentence ("Iran said it would"); a possessive
        # or "they" may reach into the sentence before.
        k = bisect_right(starts, i) - 1
        lower_bound = starts[k] if low == "it" or k == 0 else starts[k - 1]
        ante = None
        for m in reversed(ordered):
            if m.start >= tok.i:
                continue
            if m.start < lower_bound:
                break
            if m.kind == "pair":
                if want == "plural":
                    ante = m    # "the two leaders ... their willingness": both of them
                    break
                continue
            if _is_person(doc, m) or m.actor.code is None:
                continue
            if _number(doc, m) == want or (want == "plural" and m.actor.code.startswith(("IGO", "NGO"))):
                ante = m
                break
        if ante is not None and ante.kind == "pair":
            added += [Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), replace(m.actor, text=tok.text),
                              kind="pair") for m in ordered if (m.start, m.end, m.kind) == (ante.start, ante.end, "pair")]
        elif ante is not None:
            added.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text),
                                 replace(ante.actor, text=tok.text), kind="pronoun"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
