"""Crash safety: an ingest killed with SIGKILL at several points and restarted stores every article exactly
once, and at no moment is a partial article visible (an article row without all of its events, quotes and
figures).

`accord ingest` runs as a subprocess, as a user runs it. The reference is the same input ingested once
without interruption; after every kill the store is compared with it article by article, and after the
final restart the two stores must hold the same rows. All runs use one copy of the source taken when the
test starts, so that edits to the working tree during the test cannot make the runs differ.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
BATCH = "2"         # small batches: many commits, many moments to be killed in


ROOT = Path(__file__).resolve().parents[2]
ENV: dict[str, str] = {}


def ingest(inp: Path, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "accord.cli", "ingest", str(inp), "--db", str(db),
                             "--batch-size", BATCH, *extra], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=db.parent)


def snapshot(db: Path) -> dict:
    """What a reader sees: per article its hash and the counts and ids of its children; links; failures."""
    if not db.exists():
        return {"articles": {}, "duplicates": {}, "failures": set(), "events": 0, "quotes": 0, "figures": 0}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        try:
            tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        except sqlite3.OperationalError as exc:
            # Killed mid-write, the file may need SQLite's crash recovery (a hot journal rolled back, the
            # WAL index rebuilt), which only a connection that may write performs: the restarted ingest
            # does it too. What it then reads is what any reader sees after the crash.
            if "readonly" not in str(exc):
                raise
            con.close()
            con = sqlite3.connect(db, timeout=30)
            tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        if "articles" not in tables:
            return {"articles": {}, "duplicates": {}, "failures": set(), "events": 0, "quotes": 0, "figures": 0}
        arts = {}
        for aid, h in con.execute("select id, content_hash from articles"):
            ev = sorted(r[0] for r in con.execute("select id from events where article_id = ?", (aid,)))
            qs = sorted(con.execute("select text, span_start from quotes where article_id = ?", (aid,)).fetchall())
            fs = sorted(con.execute("select text, span_start from figures where article_id = ?", (aid,)).fetchall())
            arts[aid] = (h, tuple(ev), tuple(qs), tuple(fs))
        out = {"articles": arts,
               "duplicates": dict(con.execute("select id, article_id from article_duplicates").fetchall()),
               "failures": {r[0] for r in con.execute("select id from failures")}}
        for t in ("events", "quotes", "figures"):
            out[t] = con.execute(f"select count(*) from {t}").fetchone()[0]
        return out
    finally:
        con.close()


def assert_consistent(snap: dict, ref: dict) -> None:
    """Every visible article is whole (exactly its reference children) and nothing is stored twice."""
    for aid, row in snap["articles"].items():
        assert row == ref["articles"][aid], f"partial or different article {aid}"
    assert snap["events"] == sum(len(r[1]) for r in snap["articles"].values())
    assert snap["quotes"] == sum(len(r[2]) for r in snap["articles"].values())
    assert snap["figures"] == sum(len(r[3]) for r in snap["articles"].values())
    for dup, target in snap["duplicates"].items():
        assert ref["duplicates"][dup] == target and target in snap["articles"]


def kill_when(proc: subprocess.Popen, ready, timeout: float = 600) -> bool:
    """SIGKILL the ingest as soon as ready() holds; False when it finished first."""
    t0 = time.monotonic()
    while proc.poll() is None:
        try:
            now = ready()
        except sqlite3.Error:           # the store is being created right now: not ready yet
            now = False
        if now:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        if time.monotonic() - t0 > timeout:
            proc.kill()
            pytest.fail("ingest did not get going in time")
        time.sleep(0.02)
    return False


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared) -> Path:
    lines = (shared / "corpus" / "wikinews" / "articles_ir.jsonl").read_text(encoding="utf-8").splitlines()[:16]
    copy = dict(json.loads(lines[3]), id="copy-of-4")      # an exact copy under another id: a duplicate link
    d = tmp_path_factory.mktemp("kill")
    shutil.copytree(ROOT / "src" / "accord", d / "src" / "accord", ignore=shutil.ignore_patterns("__pycache__"))
    ENV.update(os.environ, PYTHONPATH=str(d / "src"))      # the frozen copy comes before the editable install
    f = d / "in.jsonl"
    f.write_text("\n".join(lines[:10] + [json.dumps(copy), "not json"] + lines[10:]) + "\n", encoding="utf-8")
    return f


@pytest.fixture(scope="module")
def reference(corpus) -> dict:
    db = corpus.parent / "reference.db"
    proc = ingest(corpus, db)
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 1, err        # the "not json" line fails; everything else is stored
    ref = snapshot(db)
    assert len(ref["articles"]) == 16 and ref["duplicates"] == {"copy-of-4": json.loads(
        corpus.read_text().splitlines()[3])["id"]} and ref["events"] > 0 and ref["quotes"] > 0
    return ref


def test_killed_ingests_restart_to_exactly_once(corpus, reference, tmp_path):
    """Five runs on one store: killed while the store is created, after 3 and after 8 articles are visible
    (each restarted as a plain rerun of the same command), then at a random moment with --resume, and a last
    --resume run to the end."""
    db = tmp_path / "store.db"
    rng = random.Random(10)
    seen = lambda: len(snapshot(db)["articles"])      # noqa: E731
    deadline = {}

    def after_delay():                                  # at a random moment once the run is writing
        if seen() >= 11 and "t" not in deadline:
            deadline["t"] = time.monotonic() + rng.uniform(0.0, 1.5)
        return "t" in deadline and time.monotonic() >= deadline["t"]

    kills = [
        ((), lambda: db.exists()),                      # while the store is being created
        ((), lambda: seen() >= 3),                      # after a few articles are visible
        ((), lambda: seen() >= 8),                      # around the duplicate and the bad line
        (("--resume",), after_delay),
    ]
    killed = 0
    for extra, ready in kills:
        proc = ingest(corpus, db, *extra)
        if kill_when(proc, ready):
            killed += 1
        assert_consistent(snapshot(db), reference)     # no partial article, whatever the moment
    assert killed >= 3
    proc = ingest(corpus, db, "--resume")
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 1, err
    final = snapshot(db)
    assert_consistent(final, reference)
    assert final["articles"] == reference["articles"] and final["duplicates"] == reference["duplicates"]
    assert (final["events"], final["quotes"], final["figures"]) == \
        (reference["events"], reference["quotes"], reference["figures"])
    assert final["failures"] == reference["failures"]
