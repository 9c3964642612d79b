"""The end-of-run report: failures and repaired damage counted by kind."""
from __future__ import annotations

from accord.model import Article
from accord.read.report import BadInputReport


def test_failures_and_damage_are_counted_by_kind():
    report = BadInputReport()
    report.add(Article(id="a", path="a", error="bad_json: invalid JSON", error_kind="bad_json"))
    report.add(Article(id="b", path="b", error="bad_json: invalid JSON", error_kind="bad_json"))
    report.add(Article(id="c", path="c", error="binary: the file is a PNG image, not text"))   # kind from the text
    report.add(Article(id="d", path="d", warnings=["control_chars: 2 NUL bytes removed",
                                                   "control_chars: 1 removed (in title)", "a rejected date"]))
    report.add(Article(id="e", path="e"))
    assert report.lines() == ["accord: 3 failed by kind: bad_json 2, binary 1",
                              "accord: 1 kept with repaired damage: control_chars 1"]
    assert BadInputReport().lines() == []
