"""The two sides of an act: when two actors are one, and when an act of a country's own
government, people or rebels on it is domestic politics or aimed at the state."""
from __future__ import annotations

from typing import Optional

from accord.events.lexicon import DOMESTIC_ROOTS, POPULATION_ROOTS
from accord.model import Actor


def key(a: Optional[Actor]):
    return None if a is None else (a.name or a.code, a.code, a.country)


def same(a: Actor, b: Actor) -> bool:
    return (a.name or a.code) == (b.name or b.code) and a.code == b.code


def own_state(a: Actor, b: Actor, code: str = "") -> bool:
    """A country's own government, people or leader acting on the country as a whole ("Mugabe
    ruled Zimbabwe") is domestic politics, not an interaction between two actors."""
    if code[:2] == "14" and a.country is not None and a.country == b.country and a.code and "GOV" in a.code[3:]:
        return True     # "Trump held a rally in Nevada": a government does not protest against its own country
    if (code[:2] in DOMESTIC_ROOTS and a.code != a.country) or (code[:2] in POPULATION_ROOTS and b.code != b.country):
        return False    # "Boko Haram attacked towns in Nigeria", "Algerians protested against the government"
    return a.country is not None and a.country == b.country and (a.code == a.country or b.code == b.country)


def insurgents_state(sources: list[Actor]) -> list[Actor]:
    """"Boko Haram has launched many attacks": force by rebels with no target named is aimed at the
    state they fight (their own country: NGAREB on NGA), as CAMEO codes insurgencies."""
    out = []
    for s in sources:
        if s.country and s.code and len(s.code) >= 6 and "REB" in (s.code[i:i + 3] for i in range(3, len(s.code), 3)):
            out.append(Actor(text=s.text, name=None, code=s.code[:3], country=s.country, role=None))
    return out[:1]
