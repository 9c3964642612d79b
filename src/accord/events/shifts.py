"""What an act becomes when it is intended, refused, demanded or appealed for rather than done
("said it would free the prisoners" is CAMEO 0353, "refused to free" 1243, "demanded that Israel
free" 1053, "urged Israel to free" 0253): data/code_shifts.tsv, looked up by longest prefix."""
from __future__ import annotations

from functools import lru_cache

from accord.events.ontology import data_rows

KINDS = ("intent", "refuse", "demand", "appeal")


@lru_cache(maxsize=1)
def shift_table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    for r in data_rows("code_shifts.tsv"):
        table[r["kind"]][r["act"]] = r["code"]
    return table


def shifted(kind: str, act: str | None) -> str:
    """The code of `act` seen as `kind`; an act with no code gives the kind's generic code."""
    rows = shift_table()[kind]
    act = act or ""
    for n in range(len(act), 0, -1):
        if act[:n] in rows:
            return act if rows[act[:n]] == "=" else rows[act[:n]]
    return {"intent": "030", "refuse": "120", "demand": "100", "appeal": "020"}[kind]
