"""Binding's principle B for the pronoun resolvers (accord.actors.coref for he/she, accord.actors.itpronouns
for it/they): a pronoun object is not the subject of its own verb. "Trump said Biden attacked him": him is not
Biden; "police fired tear gas at them": them are not the police. A reflexive ("himself", "themselves") is."""
from __future__ import annotations

from spacy.tokens import Doc

from accord.model import Mention


def object_verb(tok):
    """The verb whose object (direct, or of a preposition) the word is, else None (a subject, a possessive)."""
    if tok.dep_ in ("dobj", "obj", "dative"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def subject_of(doc: Doc, m: Mention, verb) -> bool:
    """Whether the mention is the verb's own subject (not one it shares with a verb it is coordinated with)."""
    root = doc[m.start:m.end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head == verb
