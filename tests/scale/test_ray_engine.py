"""The Ray path (accord ingest --engine ray) gives the same events as the local path."""
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews" / "articles_ir.jsonl"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True)


@pytest.mark.slow
def test_ray_ingest_matches_local_extract(tmp_path):
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[10:16]
    shards = tmp_path / "shards"
    shards.mkdir()
    # Shards of 4 and 2 articles with --batch-size 2: every batch holds the same records on both paths.
    (shards / "part-0.jsonl").write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    (shards / "part-1.jsonl").write_text("\n".join(lines[4:]) + "\n", encoding="utf-8")

    local = _cli("extract", str(shards), "--batch-size", "2")
    assert local.returncode == 0, local.stderr
    local_by_id = {a["id"]: a for a in map(json.loads, local.stdout.splitlines())}

    out = tmp_path / "parquet"
    db = tmp_path / "ray.db"
    ray = _cli("ingest", str(shards), "--engine", "ray", "--workers", "2", "--batch-size", "2",
               "--db", str(db), "--parquet-dir", str(out))
    assert ray.returncode == 0, ray.stderr[-3000:]

    import pyarrow.parquet as pq
    parts = sorted(out.glob("*.parquet"))
    assert parts, "no Parquet partitions written"
    ray_by_id = {}
    for p in parts:
        for line in pq.read_table(p).column("article").to_pylist():
            a = json.loads(line)
            ray_by_id[a["id"]] = a
    assert set(ray_by_id) == set(local_by_id) and len(ray_by_id) == 6
    for aid, art in local_by_id.items():
        assert ray_by_id[aid]["events"] == art["events"], aid
        assert ray_by_id[aid]["quotes"] == art["quotes"], aid

    # ... and what reached the store is those events.
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select count(*) from events").fetchone()[0]
        n_articles = conn.execute("select count(*) from articles").fetchone()[0]
    assert n_articles == 6
    assert stored == sum(len(a["events"]) for a in local_by_id.values()) > 0
