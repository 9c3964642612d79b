"""Acceptance: `accord ingest` of two reports of one visit gives one merged event with two articles;
a second ingest into the same store continues the stories (a re-post joins, an undated copy takes the
story's date, the same two countries months later and a mention in passing stay apart).

The reports in visit_reports.jsonl and visit_followups.jsonl were written for this test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def accord(*args):
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True, timeout=900)


def stories(db) -> list[dict]:
    r = accord("stories", "--db", str(db), "--jsonl")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def visits(story) -> list[dict]:
    return [m for m in story["merged_events"]
            if m["root"] == "04" and m["source"]["code"] == "RUSGOV" and m["target"]["country"] == "KAZ"]


@pytest.mark.slow
def test_two_reports_of_one_visit_then_a_second_ingest(tmp_path):
    db = tmp_path / "s.db"
    first = accord("ingest", str(HERE / "visit_reports.jsonl"), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "2 articles placed in stories (1 new stories" in first.stderr
    [story] = stories(db)
    assert story["documents"] == ["wire-putin-astana", "daily-putin-tokayev"]
    assert (story["first_date"], story["last_date"]) == ("2023-11-09", "2023-11-10")
    [visit] = visits(story)
    assert (visit["date"], visit["articles"], visit["outlets"]) == ("2023-11-09", 2, 2)
    assert {s["article"] for s in visit["sentences"]} == {"wire-putin-astana", "daily-putin-tokayev"}
    assert visit["mentions"] == len(visit["sentences"]) >= 2
    [conflict] = story["conflicts"]              # $26 billion against $27 billion of trade
    assert {v["value"] for v in conflict["values"]} == {26e9, 27e9}

    second = accord("ingest", str(HERE / "visit_followups.jsonl"), "--db", str(db))
    assert second.returncode == 0, second.stderr
    by_first = {s["documents"][0]: s for s in stories(db)}
    assert set(by_first) == {"wire-putin-astana", "uzbek-kazakh-border", "tokayev-moscow-may"}
    story = by_first["wire-putin-astana"]
    assert "aggregator-repost" in story["documents"]
    assert story["near_duplicates"][0]["duplicate_of"] == "wire-putin-astana"
    [inferred] = story["inferred_dates"]
    assert inferred["document"] == "aggregator-repost" and inferred["published"] == "2023-11-09"
    assert inferred["events"] and set(inferred["events"].values()) == {"2023-11-09"}
    [visit] = visits(story)
    # The passing mention in the border story supports the same canonical event, across stories.
    assert visit["articles"] == 4 and len(visit["stories"]) == 2
    assert by_first["tokayev-moscow-may"]["documents"] == ["tokayev-moscow-may"]
    assert by_first["uzbek-kazakh-border"]["documents"] == ["uzbek-kazakh-border"]
