"""The resolver over the 106 Wikinews international-relations articles: a floor on what it
finds, things it must find and things it must not (regressions show up here)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "articles_ir.jsonl"


@pytest.fixture(scope="module")
def results(nlp, resolver):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is missing")
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    docs = list(nlp.pipe([r["text"] for r in rows], batch_size=16))
    t0 = time.perf_counter()
    found = {r["id"]: resolver.resolve(d, r.get("published")) for r, d in zip(rows, docs)}
    return rows, found, (time.perf_counter() - t0) / len(rows)


def test_floor_and_speed(results):
    rows, found, seconds_per_article = results
    total = sum(len(ms) for ms in found.values())
    assert len(rows) == 106
    assert total / len(rows) >= 20            # about 26.6 when this test was written
    assert seconds_per_article < 0.05         # about 3 ms; spaCy itself takes ~200 ms


def _actors(found, title_part, rows):
    ids = [r["id"] for r in rows if title_part in r["title"]]
    assert ids, title_part
    return {(m.actor.text, m.actor.name, m.actor.code) for i in ids for m in found[i]}


@pytest.mark.parametrize("title,expected", [
    ("United States military kills Qasem Soleimani",
     ("President Donald Trump", "Donald Trump", "USAGOV")),
    ("United States military kills Qasem Soleimani",
     ("the Supreme Leader of Iran", "Ali Khamenei", "IRNGOV")),
    ("Iran admits downing Ukrainian jet", ("Iranian President Hassan Rouhani", "Hassan Rouhani", "IRNGOV")),
    ("Iran admits downing Ukrainian jet", ("US Secretary of State Mike Pompeo", "Mike Pompeo", "USAGOV")),
    ("Russia's Navalny airlifted to Germany",
     ("Russian opposition leader Alexei Navalny", "Alexei Navalny", "RUSOPP")),
    ("Cairo summit denounces", ("Egyptian foreign minister Sameh Shoukry", "Sameh Shoukry", "EGYGOV")),
    ("Cairo summit denounces", ("The Italian foreign minister", "Luigi Di Maio", "ITAGOV")),
    ("President of China lunches", ("the President of Brazil", "Luiz Inácio Lula da Silva", "BRAGOV")),
])
def test_must_find(results, title, expected):
    rows, found, _ = results
    assert expected in _actors(found, title, rows)


def test_must_not_find(results):
    rows, found, _ = results
    texts = {m.actor.text for ms in found.values() for m in ms}
    assert not texts & {"St. John's", "Western District", "head of Iran", "leader of the Austrian"}
    codes = {m.actor.code for ms in found.values() for m in ms}
    assert all(c is None or c.isupper() for c in codes)
