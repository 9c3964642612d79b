"""The relationship index: how warm or cold a dyad's relations were in a period, and whether
they warmed or cooled since the period before (docs/relationship_index.md has the formula and
its sources).

index  = Goldstein sum / (events + PRIOR_EVENTS): the period's mean Goldstein score, pulled
         towards 0 (neutral) as if PRIOR_EVENTS neutral events had been seen too, so that one
         lone event does not read as a swing of the whole relationship.
change = index - index of the previous period that had events.
trend  = "warming" when change >= +THRESHOLD, "cooling" when change <= -THRESHOLD, else "steady";
         None for the first period (nothing to compare with).
"""
from __future__ import annotations

from typing import Optional

PRIOR_EVENTS = 2.0     # pseudo-events at Goldstein 0 added to every period
THRESHOLD = 1.0        # Goldstein points of change that count as warming or cooling


def relationship_index(goldstein_sum: float, events: int, prior: float = PRIOR_EVENTS) -> Optional[float]:
    """The shrunken mean Goldstein score of a period; None for a period without events."""
    if events <= 0:
        return None
    return goldstein_sum / (events + prior)


def trend(change: Optional[float], threshold: float = THRESHOLD) -> Optional[str]:
    if change is None:
        return None
    if change >= threshold:
        return "warming"
    if change <= -threshold:
        return "cooling"
    return "steady"
