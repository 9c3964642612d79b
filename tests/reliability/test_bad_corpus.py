"""`accord ingest` over the bad-input corpus (tests/data/bad_inputs, scripts/make_bad_inputs.py) plus 100 good
Wikinews articles: every good article is stored, every bad input is reported with its kind, and the run ends
with the failures counted by kind."""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad_inputs"
MANIFEST = json.loads((BAD / "MANIFEST.json").read_text(encoding="utf-8"))


def test_the_committed_corpus_is_what_the_script_writes(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_bad_inputs.py"), str(tmp_path)],
                   check=True, capture_output=True)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in BAD.iterdir())
    for name in written:
        assert (tmp_path / name).read_bytes() == (BAD / name).read_bytes(), name


def test_the_corpus_has_at_least_20_kinds_of_bad_input():
    bad = [m for m in MANIFEST if m["kind"]]
    assert len(bad) >= 20 and len({m["what"] for m in bad}) == len(bad)
    assert len({m["kind"] for m in bad}) >= 12


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, shared):
    d = tmp_path_factory.mktemp("bad")
    corpus = d / "in"
    shutil.copytree(BAD, corpus, ignore=shutil.ignore_patterns("MANIFEST.json"))
    with open(shared / "corpus" / "wikinews" / "articles_other.jsonl", encoding="utf-8") as fh:
        good = [next(fh) for _ in range(100)]
    (d / "good.jsonl").write_text("".join(good), encoding="utf-8")
    db = d / "store.db"
    run = subprocess.run([sys.executable, "-m", "accord.cli", "ingest", str(corpus), str(d / "good.jsonl"),
                          str(d / "missing.txt"), "--db", str(db), "--max-page-mb", "0.05"],
                         capture_output=True, text=True, timeout=900, cwd=d)
    con = sqlite3.connect(db)
    articles = {path: (aid, json.loads(w or "[]")) for aid, path, w in con.execute("select id, path, warnings from articles")}
    failures = {path: err for path, err in con.execute("select path, error from failures")}
    con.close()
    return {"run": run, "dir": corpus, "good": [json.loads(l)["id"] for l in good], "articles": articles,
            "failures": failures}


@pytest.mark.slow
def test_all_100_good_articles_are_stored(ingested):
    run = ingested["run"]
    assert run.returncode == 1, run.stderr[-2000:]      # some articles failed, the run went on
    stored_ids = {aid for aid, _ in ingested["articles"].values()}
    assert len(ingested["good"]) == 100 and set(ingested["good"]) <= stored_ids


@pytest.mark.slow
def test_every_bad_input_is_reported_with_its_kind(ingested):
    run, d = ingested["run"], ingested["dir"]
    for case in MANIFEST:
        where = f"{d}/{case['path']}"
        if case["outcome"] == "failed":
            assert f"accord: {where}: {case['kind']}: " in run.stderr, case
            assert ingested["failures"][where].startswith(f"{case['kind']}: "), case
            assert where not in ingested["articles"], case
        elif case["outcome"] == "kept":     # damaged but readable: stored, the damage named in warnings
            _, warnings = ingested["articles"][where]
            assert any(w.startswith(f"{case['kind']}: ") for w in warnings), (case, warnings)
        else:
            assert where in ingested["articles"], case
    missing = d.parent / "missing.txt"
    assert f"accord: {missing}: not_found: " in run.stderr


@pytest.mark.slow
def test_the_run_ends_with_failures_counted_by_kind(ingested):
    run = ingested["run"]
    expected = Counter(m["kind"] for m in MANIFEST if m["outcome"] == "failed") + Counter({"not_found": 1})
    [line] = [l for l in run.stderr.splitlines() if " failed by kind: " in l]
    reported = {k: int(n) for k, n in re.findall(r"(\w+) (\d+)", line.split(" failed by kind: ", 1)[1])}
    assert reported == dict(expected)
    kept = Counter(m["kind"] for m in MANIFEST if m["outcome"] == "kept")
    [line] = [l for l in run.stderr.splitlines() if " kept with repaired damage: " in l]
    damaged = {k: int(n) for k, n in re.findall(r"(\w+) (\d+)", line.split(": ", 2)[2])}
    assert all(damaged.get(k, 0) >= n for k, n in kept.items()), (damaged, kept)
    m = re.search(r"accord ingest: (\d+) stored", run.stderr)
    stored = sum(1 for c in MANIFEST if c["outcome"] in ("kept", "stored")) + 100
    assert m and int(m[1]) == stored
