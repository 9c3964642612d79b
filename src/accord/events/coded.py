"""A coded event, and the contract Event it becomes: its CAMEO entry's quad class, Goldstein score
and PLOVER type, and its sentence trimmed to the span the event points at."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from accord.events.ontology import lookup
from accord.model import Actor, Event


@dataclass(slots=True)
class CodedEvent:
    """A coded event before it becomes a contract Event (the pipeline adds id and date)."""
    cameo: str
    source: Actor
    target: Optional[Actor]
    status: str
    sent_start: int     # char span of the sentence in the article text
    sent_end: int
    verb_index: int
    plover: Optional[str] = None    # a PLOVER type the act itself fixes, over the CAMEO table's


def to_event(ce: CodedEvent, text: str, event_id: str, date: Optional[str]) -> Event:
    entry = lookup(ce.cameo)
    raw = text[ce.sent_start:ce.sent_end]
    start = ce.sent_start + len(raw) - len(raw.lstrip())
    end = start + len(raw.strip())
    plover = ce.plover or entry.plover
    if ce.status == "planned" and "04" <= ce.cameo[:2] <= "08":
        # PLOVER's AGREE is any promise or stated willingness to cooperate: a cooperative act that
        # is announced for later ("will support", "plans to visit") is an AGREE event now.
        plover = "AGREE"
    elif ce.status == "planned" and ce.cameo[:2] >= "15":
        # ... and a hostile act announced for later ("would boycott", "will withdraw unless") is a
        # threat, PLOVER's THREATEN (CAMEO's own rule for statements of intent to act against).
        plover = "THREATEN"
    return Event(
        id=event_id, date=date, source=ce.source, target=ce.target, cameo=ce.cameo, root=ce.cameo[:2],
        quad_class=entry.quad_class, goldstein=entry.goldstein, plover=plover, status=ce.status,
        sentence=text[start:end], span=(start, end))
