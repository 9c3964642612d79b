"""First person inside a quotation is its speaker: in “I strongly reject the new US measure,”
said Cuba's foreign minister, "I" is Cuba's foreign minister. Runs after quote attribution."""
from __future__ import annotations

from dataclasses import replace

from accord.model import Mention, Quote

SINGULAR = {"i", "me", "my", "mine", "myself"}
PLURAL = {"we", "us", "our", "ours", "ourselves"}


def add_speaker_mentions(doc, mentions: list[Mention], quotes: list[Quote]) -> list[Mention]:
    """The mentions plus one for each first-person pronoun inside a direct quote whose speaker
    is a resolved actor: "I" is the speaker, "we" the body the speaker belongs to (same code)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for q in quotes:
        sp = q.speaker
        if q.kind != "direct" or sp is None or sp.code is None:
            continue
        span = doc.char_span(q.span[0], q.span[1], alignment_mode="contract")
        if span is None:
            continue
        for tok in span:
            low = tok.lower_
            if tok.i in taken or tok.pos_ != "PRON":
                continue
            if low in SINGULAR:
                actor = replace(sp, text=tok.text)
            elif low in PLURAL:
                # "we" is the body the speaker speaks for (a spokesman's "we" is his movement),
                # not the speaker in person.
                actor = replace(sp, text=tok.text, name=sp.name if sp.role is None and sp.code == sp.country else None,
                                role=None)
            else:
                continue
            added.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), actor, kind="pronoun"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
