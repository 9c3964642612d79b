"""The per-article time limit (Options.max_seconds_per_article): a stage that hangs on one article fails
that article with `too_slow`, and the next article is processed as usual."""
from __future__ import annotations

import time

from accord.model import RawArticle
from accord.options import Options
from accord.pipeline import Pipeline
from accord.read.errors import TooSlow, time_limit

TEXT = "Russian President Vladimir Putin visited Astana on Thursday. He met President Tokayev."


def test_time_limit_interrupts_a_loop_and_is_cleared_after():
    t0 = time.monotonic()
    try:
        with time_limit(0.2):
            while True:
                pass
    except TooSlow:
        pass
    assert 0.15 < time.monotonic() - t0 < 5
    with time_limit(0.2):
        pass
    time.sleep(0.3)                 # the timer was cancelled: nothing fires after the block


def test_a_hanging_stage_fails_one_article_and_the_stream_goes_on(monkeypatch):
    pipe = Pipeline(Options(max_seconds_per_article=0))
    pipe.process(RawArticle(id="warm", path="w", text=TEXT, published="2023-11-10"))   # lazy loads done
    pipe.options = Options(max_seconds_per_article=1.0)
    real = pipe._analyse

    def analyse(art, doc, title_doc):
        if art.id == "hang":
            while True:             # what an endless loop in an extractor looks like
                pass
        return real(art, doc, title_doc)

    monkeypatch.setattr(pipe, "_analyse", analyse)
    hang, ok = pipe.process_stream([RawArticle(id="hang", path="h", text=TEXT, published="2023-11-10"),
                                    RawArticle(id="ok", path="o", text=TEXT, published="2023-11-10")])
    assert hang.error_kind == "too_slow" and hang.error.startswith("too_slow: analysis took longer than 1 s")
    assert hang.events == [] and ok.error is None and ok.events
