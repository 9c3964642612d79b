"""The `accord` command end to end, in a subprocess as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE_FIELDS = {"id", "path", "url", "title", "outlet", "author", "published", "language", "text",
                  "events", "quotes", "figures", "warnings"}
EVENT_FIELDS = {"id", "date", "source", "target", "cameo", "root", "quad_class", "goldstein", "plover",
                "status", "sentence", "span"}
ACTOR_FIELDS = {"text", "name", "code", "country", "role"}

EXAMPLE = {"id": "ex1", "published": "2023-11-10",
           "text": "Russian President Vladimir Putin visited Astana on Thursday. "
                   "“We are not just allies,” the Russian leader said."}


def accord(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("in")
    lines = [json.dumps(EXAMPLE, ensure_ascii=False), "{not json",
             json.dumps({"id": "ex2", "published": "2024-33-27",
                         "text": "The United States imposed new sanctions on Iran. Iran condemned the United States."})]
    (d / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d / "a.jsonl"


def test_extract_prints_one_valid_line_per_article_and_exit_1_on_a_failure(corpus):
    r = accord("extract", str(corpus))
    assert r.returncode == 1, r.stderr
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["ex1", "a-2", "ex2"]
    assert "invalid JSON" in rows[1]["error"] and "error" not in rows[0]
    for row in rows:
        assert ARTICLE_FIELDS <= row.keys()
    ex1 = rows[0]
    [visit] = [e for e in ex1["events"] if e["cameo"] == "042"]
    assert EVENT_FIELDS <= visit.keys() and ACTOR_FIELDS <= visit["source"].keys()
    assert (visit["source"]["code"], visit["source"]["country"], visit["target"]["country"]) == ("RUSGOV", "RUS", "KAZ")
    assert visit["sentence"] == "Russian President Vladimir Putin visited Astana on Thursday."
    assert ex1["text"][visit["span"][0]:visit["span"][1]] == visit["sentence"]
    assert (visit["root"], visit["quad_class"], visit["goldstein"], visit["plover"]) == ("04", 1, 1.9, "CONSULT")
    [quote] = ex1["quotes"]
    assert quote["text"].startswith("We are not just allies") and quote["speaker"]["name"] == "Vladimir Putin"
    ex2 = rows[2]
    assert ex2["published"] is None and any("2024-33-27" in w for w in ex2["warnings"])
    codes = {(e["cameo"][:2], e["source"]["country"], e["target"]["country"]) for e in ex2["events"]}
    assert ("16", "USA", "IRN") in codes and ("11", "IRN", "USA") in codes


def test_usage_error_exits_2():
    assert accord("extract").returncode == 2


def test_ingest_twice_stores_once_and_timeline_reads_the_store(corpus, tmp_path):
    db = tmp_path / "t.db"
    first = accord("ingest", str(corpus), "--db", f"sqlite:///{db}")
    assert first.returncode == 1 and "2 stored" in first.stderr and "1 failed" in first.stderr
    second = accord("ingest", str(corpus), "--db", f"sqlite:///{db}")
    assert "0 stored, 2 already stored" in second.stderr
    tl = accord("timeline", "RUS", "KAZ", "--db", str(db), "--jsonl")
    assert tl.returncode == 0
    [row] = [json.loads(l) for l in tl.stdout.splitlines()]
    assert (row["period"], row["events"], row["verbal_coop"]) == ("2023-11", 1, 1)
    table = accord("timeline", "RUS", "KAZ", "--db", str(db))
    assert "2023-11" in table.stdout and "period" in table.stdout
    stories = [json.loads(l) for l in accord("stories", "--db", str(db), "--jsonl").stdout.splitlines()]
    assert sorted(s["documents"][0] for s in stories) == ["ex1", "ex2"]
    summary = accord("summary", "--db", str(db)).stdout
    assert "Articles stored: 2" in summary and "failed: 1" in summary and "RUS -> KAZ" in summary


def test_ingest_links_copies_of_stored_articles_without_parsing_them(tmp_path):
    # The same text under three ids, in batches of one: the first is parsed and stored, the later two
    # are found in the store before their parse and linked as exact duplicates.
    rows = [dict(EXAMPLE, id=f"c{k}") for k in range(3)] + [dict(EXAMPLE, id="other", text="Iran condemned "
                                                                 "the United States on Monday.")]
    src = tmp_path / "copies.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    out = accord("ingest", str(src), "--db", f"sqlite:///{db}", "--batch-size", "1")
    assert out.returncode == 0, out.stderr
    assert "2 stored" in out.stderr and "2 exact duplicates linked" in out.stderr
    assert "2 copies of stored articles not parsed again" in out.stderr
    again = accord("ingest", str(src), "--db", f"sqlite:///{db}", "--batch-size", "1")
    assert "0 stored, 4 already stored" in again.stderr and "4 copies of stored articles not parsed again" in again.stderr
    # the store holds what a run that parses every copy would store: one article, its events once
    from accord.store.repository import Repository
    repo = Repository(f"sqlite:///{db}")
    assert repo.count("articles") == 2 and repo.count("article_duplicates") == 2
    # with --workers each worker asks the store itself
    workers = accord("ingest", str(src), "--db", f"sqlite:///{db}", "--batch-size", "1", "--workers", "2")
    assert workers.returncode == 0, workers.stderr
    assert "0 stored, 4 already stored" in workers.stderr and "4 copies of stored articles not parsed again" in workers.stderr
    extract = {r["id"]: r for r in map(json.loads, accord("extract", str(src)).stdout.splitlines())}
    assert len(extract) == 4 and extract["c2"]["events"][0]["cameo"] == extract["c0"]["events"][0]["cameo"]
    assert repo.count("events") == len(extract["c0"]["events"]) + len(extract["other"]["events"])
