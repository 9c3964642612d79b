""""it" and "they" for states, organisations and groups: "Iran said it would retaliate",
"the SDF announced it had entered into an agreement", "Russian troops said they had crossed";
"they" and "their" after "the two countries" (accord.actors.pairs) stand for both partners.

The antecedent is a preceding actor mention of the right kind in the same sentence or the one
before: "it"/"its" a state or an organisation written in the singular, "they"/"their"/"them" a group
written in the plural ("troops", "rebels") or a body. People are left to he/she. Among several, the
most salient wins, as in Lappin and Leass's salience weights (1994, "An algorithm for pronominal
anaphora resolution", Computational Linguistics 20(4)): a subject before an object before any other
phrase, and the pronoun's own sentence before the one before; the nearest breaks a tie. So in "The
protesters clashed with the police. As they tried to storm parliament, ..." they are the protesters.
A pronoun object is not its own verb's subject ("police fired tear gas at them": not the police;
accord.actors.binding); a reflexive is.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.attrs import LOWER, POS
from spacy.symbols import PRON

from accord.actors import binding
from accord.events.lexicon import DOCUMENT_NOUNS, PEOPLE_NOUNS
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


# Lappin and Leass's weights for the grammatical role of a candidate, and for its sentence's recency.
ROLE_WEIGHT = {"nsubj": 80, "nsubjpass": 80, "dobj": 50, "obj": 50, "dative": 40}
OTHER_ROLE = 30
SAME_SENTENCE = 100
REFLEXIVE = {"itself", "themselves"}


def _other_group_first(doc, tok, lower_bound: int, sent_start: int, taken: set[int], verb, best: float,
                       ante_start: int) -> bool:
    """Whether a plural noun for people that is no actor outweighs the best actor for "they": "They said the
    36 people were moved to Patagonia, where they were being monitored" are the people, not the army named
    the sentence before. The same salience weights; a tie goes to the nearer. (People nouns:
    accord.events.lexicon.PEOPLE_NOUNS, the agent and people nouns of the coder's word classes.)"""
    for t in doc[lower_bound:tok.i]:
        if t.tag_ not in ("NNS", "NNPS") or t.i in taken or t.lemma_.lower() not in PEOPLE_NOUNS \
                or t.dep_ in ("compound", "amod", "poss"):
            continue        # only people can be "they" who act: not "the exits", "demands", "protests"
        if any(d.i in taken for d in t.subtree):
            continue        # "dozens of Hong Kong protesters": the phrase is the actor's
        if verb is not None and t.dep_ in ("nsubj", "nsubjpass") and t.head == verb:
            continue
        weight = ROLE_WEIGHT.get(t.dep_, OTHER_ROLE) + (SAME_SENTENCE if t.i >= sent_start else 0)
        if weight > best or (weight == best and t.i > ante_start):
            return True
    return False


def _text_before(doc, tok, sent_start: int, taken: set[int]) -> bool:
    """Whether a text ("a bill", "the resolution", "the deal": document_nouns of the coder's word classes)
    stands before a passive "it" in its sentence. What is passed, signed, rejected or vetoed is far more
    often the text than the state or body named with it, whatever their salience weights."""
    return any(t.tag_ == "NN" and t.lemma_.lower() in DOCUMENT_NOUNS and t.i not in taken
               and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") for t in doc[sent_start:tok.i])


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
        verb = None if low in REFLEXIVE else binding.object_verb(tok)
        ante, best = None, -1
        for m in reversed(ordered):
            if m.start >= tok.i:
                continue
            if m.start < lower_bound:
                break
            if m.kind == "pair":
                if want != "plural":
                    continue    # a pair is both partners, for "they" only ("the two leaders ... their willingness")
            elif _is_person(doc, m) or m.actor.code is None:
                continue
            elif not (_number(doc, m) == want or (want == "plural" and m.actor.code.startswith(("IGO", "NGO")))):
                continue
            if verb is not None and binding.subject_of(doc, m, verb):
                continue        # "police fired tear gas at them": them are not the police
            weight = ROLE_WEIGHT.get(doc[m.start:m.end].root.dep_, OTHER_ROLE) \
                + (SAME_SENTENCE if m.start >= starts[k] else 0)
            if weight > best:   # nearest first: a later candidate must weigh more to win
                ante, best = m, weight
        if ante is not None and want == "plural" and _other_group_first(doc, tok, lower_bound, starts[k], taken,
                                                                          verb, best, ante.start):
            ante = None         # "the 36 people were moved ..., where they were monitored": not an actor
        if ante is not None and low == "it" and tok.dep_ == "nsubjpass" and _text_before(doc, tok, starts[k], taken):
            ante = None         # "approved a bill, but it was dismissed by the senate": the bill
        if ante is not None and ante.kind == "pair":
            added += [Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), replace(m.actor, text=tok.text),
                              kind="pair") for m in ordered if (m.start, m.end, m.kind) == (ante.start, ante.end, "pair")]
        elif ante is not None:
            added.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text),
                                 replace(ante.actor, text=tok.text), kind="pronoun"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
