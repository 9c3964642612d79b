"""Personal pronouns (he/she/his/her...) resolved to the nearest preceding person mention.

Deliberately simple: only people, gender checked when the gazetteer knows it, at most a
few sentences back, and any other person named in between (one the gazetteer does not
know, as spaCy's PERSON entity) blocks the link rather than guessing past them. An object
pronoun is not its own verb's subject (accord.actors.binding: "Trump said Biden attacked him"),
so the link passes over that subject to the person before.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from accord.actors import binding
from accord.model import Actor, Mention

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
OBJECT_FORMS = {"him", "her"}      # "her" only where it is no possessive
MAX_SENTENCES_BACK = 3


def resolve_pronouns(doc: Doc, mentions: list[Mention], genders: dict[int, Optional[str]],
                     low: list[str]) -> None:
    """Append pronoun mentions to `mentions` (kept sorted by start)."""
    if not genders:
        return
    sent_of = sentence_index(doc)
    tagged = doc.has_annotation("POS")     # without a tagger, trust the word itself
    covered = bytearray(len(doc))
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    # Timeline of people: (token, mention index or None for an unknown person)
    people: list[tuple[int, Optional[int]]] = [(mentions[k].start, k) for k in genders]
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not any(covered[ent.start:ent.end]) and _named_person(doc, ent):
            people.append((ent.start, None))
    people.sort()
    out: list[Mention] = []
    p = 0
    for i in (k for k, w in enumerate(low) if w in PRONOUNS):
        tok = doc[i]
        g = PRONOUNS[low[i]]
        if covered[i] or (tagged and tok.pos_ != "PRON"):
            continue
        while p < len(people) and people[p][0] < tok.i:
            p += 1
        verb = binding.object_verb(tok) if low[i] in OBJECT_FORMS else None
        for pos, k in reversed(people[:p]):
            if sent_of[tok.i] - sent_of[pos] > MAX_SENTENCES_BACK or k is None:
                break
            if verb is not None and binding.subject_of(doc, mentions[k], verb):
                continue    # "Biden attacked him": not Biden
            if genders[k] in (None, g):
                a = mentions[k].actor
                out.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text),
                                   Actor(tok.text, a.name, a.code, a.country, a.role), "pronoun"))
                break
    if out:
        mentions.extend(out)
        mentions.sort(key=lambda m: m.start)


def _named_person(doc: Doc, ent) -> bool:
    """May a PERSON entity stand between a pronoun and its antecedent? Not a single word that only
    modifies a common noun ("the Brexit movement", "a Trump rally"): the small model tags such words
    PERSON, and they must not cut "Johnson stressed his support for the Brexit movement and said
    he ..." apart. Any other PERSON (a full name, a surname acting: "Richardson himself entered")
    blocks: no guessing past someone the gazetteer does not know."""
    if any(ch.isdigit() for ch in ent.text):
        return False    # "COVID-19", "G-20": the small model's PERSON, no person's name has a digit
    if len(ent) > 1:
        return True
    tok = ent[0]
    return not (tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i)


def sentence_index(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return out
    for s, sent in enumerate(doc.sents):
        for k in range(sent.start, sent.end):
            out[k] = s
    return out
