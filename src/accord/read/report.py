"""The end-of-run report on bad input: failures counted by kind, and repaired damage by kind.

`accord extract` and `accord ingest` print it to stderr after their totals, e.g.

    accord: 7 failed by kind: bad_json 3, binary 2, too_large 1, truncated 1
    accord: 4 kept with repaired damage: control_chars 2, mixed_encoding 1, invalid_utf8 1
"""
from __future__ import annotations

from collections import Counter

from accord.read.errors import kind_of_error


class BadInputReport:
    def __init__(self) -> None:
        self.failed: Counter[str] = Counter()
        self.damaged: Counter[str] = Counter()

    def add(self, article) -> None:
        """Count one processed article (anything with error, error_kind and warnings)."""
        if article.error is not None:
            self.failed[article.error_kind or kind_of_error(article.error) or "other"] += 1
            return
        # An article counts once per kind of damage, however many fields it touched.
        for kind in {k for w in article.warnings if (k := kind_of_error(w))}:
            self.damaged[kind] += 1

    def lines(self, prog: str = "accord") -> list[str]:
        out = []
        if self.failed:
            out.append(f"{prog}: {sum(self.failed.values())} failed by kind: {_counts(self.failed)}")
        if self.damaged:
            out.append(f"{prog}: {sum(self.damaged.values())} kept with repaired damage: {_counts(self.damaged)}")
        return out


def _counts(c: Counter[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
