"""`--workers N`: the same pipeline in N local processes, results in input order.

Each worker process builds one Pipeline (the spaCy model is loaded once per worker) and runs whole
batches, exactly the batches a single process would run, so the output is the same article for
article. The parent reads the input lazily and keeps at most `2 * workers` batches in flight, so
memory stays bounded whatever the corpus size.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from accord.model import Article, RawArticle
from accord.options import Options
from accord.stageclock import StageClock

_PIPE = None   # the worker's own Pipeline, built by _init


def _init(options: Options, store_url: str | None = None) -> None:
    global _PIPE
    from accord.batchgc import settle_for_batch
    from accord.pipeline import Pipeline
    _PIPE = Pipeline(options)
    settle_for_batch()
    if store_url is not None:       # an ingest: copies of stored articles are linked, not parsed
        from accord.store.repository import Repository
        _PIPE.known_copies = Repository(store_url).stored_copies


def _run(batch: list[RawArticle]) -> tuple[list[Article], dict[str, float]]:
    before = dict(_PIPE.clock.seconds)
    out = list(_PIPE.process_stream(batch))
    spent = {k: v - before.get(k, 0.0) for k, v in _PIPE.clock.seconds.items()}
    return out, spent


def batches(raws: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    batch: list[RawArticle] = []
    for raw in raws:
        batch.append(raw)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_parallel(raws: Iterable[RawArticle], options: Options, workers: int,
                     clock: StageClock | None = None, store_url: str | None = None) -> Iterator[Article]:
    """Articles in input order from `workers` processes; stage seconds are added to `clock`. With
    `store_url` (an ingest) each worker asks that store for copies before the parse."""
    # fork: workers start at once and share the parent's loaded code pages; the model itself is
    # loaded in each worker, after the fork, so no spaCy state crosses a process boundary.
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_init, initargs=(options, store_url)) as pool:
        pending: deque = deque()
        for batch in batches(raws, options.batch_size):
            pending.append(pool.apply_async(_run, (batch,)))
            while len(pending) >= 2 * workers:
                yield from _collect(pending.popleft(), clock)
        while pending:
            yield from _collect(pending.popleft(), clock)


def _collect(result, clock: StageClock | None) -> list[Article]:
    articles, spent = result.get()
    if clock is not None:
        clock.merge(spent)
    return articles
