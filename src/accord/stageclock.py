"""Where the time goes: seconds per pipeline stage, summed over a run.

Always on: a perf_counter call per stage boundary costs far less than a microsecond, so the
figures in bench/ come from the same code path users run, not from a special profiling build.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator


class StageClock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - t0)

    def lap(self) -> Callable[[str], None]:
        """lap = clock.lap(); ...; lap("actors"); ...; lap("events"): each call charges the time
        since the previous one to its stage, so a run of statements needs no re-indenting."""
        last = [time.perf_counter()]

        def mark(stage: str) -> None:
            now = time.perf_counter()
            self.add(stage, now - last[0])
            last[0] = now
        return mark

    def merge(self, other: dict[str, float]) -> None:
        for k, v in other.items():
            self.add(k, v)

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in sorted(self.seconds.items(), key=lambda kv: -kv[1])}
