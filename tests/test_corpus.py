"""The whole shared Wikinews IR sample through `accord extract`: every article gets a valid line and
event spans point at their sentences; the coverage floor guards what bench/RESULTS.md records
(54 articles with an event between two actors that have a country, 2026-11-23; 60 on 2026-12-06) against
silent lowering. It is lowered only for an honest loss, a wrong event removed, recorded in bench/RESULTS.md.
On 2026-12-07 two articles lost their only such event, both wrong: the Hungarian one ("Magyar Nemzet revealed a
deal" read as cooperation) and the Chilean one ("they were being monitored by local health authorities", with
"they" read as the army instead of the 36 people). One gained a real one: the Afghan team's visas denied "to
enter the United States". 60 - 2 + 1 = 59. Later on 2026-12-07 four more gained one: a former CIA deputy
director praising a former CIA agent (state-body staff), Philippine senators condemning the National
Telecommunications Commission and Brazilians protesting the Landless Workers Movement (bodies the article
defines), the Argentine Senate dismissing the Congress's bill (the bill's "it" read as the Congress): 63.
Then one lost its only one, a false one: "a niece of Biden's 2008 US Senate opponent Christine O'Donnell"
read as the US Senate accusing Biden (the opponent is O'Donnell, whom the gazetteer does not know): 62.
And the Argentine one went: its "it" is the bill, not the Congress, and a bill is no actor: 61, every one
of them a real event with both sides right as far as read."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_wikinews_ir_sample(shared):
    src = shared / "corpus" / "wikinews" / "articles_ir.jsonl"
    r = subprocess.run([sys.executable, "-m", "accord.cli", "extract", str(src)], capture_output=True,
                       text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert len(rows) == 106
    for row in rows:
        assert "error" not in row and row["text"]
        for e in row["events"]:
            assert row["text"][e["span"][0]:e["span"][1]] == e["sentence"]
    with_dyad = [row for row in rows if any(
        e["source"] and e["target"] and e["source"]["country"] and e["target"]["country"]
        and len(e["source"]["country"]) == 3 and len(e["target"]["country"]) == 3 for e in row["events"])]
    assert len(with_dyad) >= 61, len(with_dyad)
