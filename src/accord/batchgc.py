"""The garbage collector as a batch run wants it (accord extract and ingest, their workers).

The model, gazetteer, ontology and rule tables are built once and live as long as the process. Python's
collector walks every tracked object at each full collection and moves survivors up a generation at
each young one, so on the 359 shared Wikinews articles it spent 1.15 CPU s of 20.7 (10 full
collections, about 1,500 young ones; measured with gc.callbacks, bench/RESULTS.md 2026-12-06 evening).
Frozen after the build, and with a young generation of 5,000 objects instead of 700 (spaCy makes a Python
object for every token and span read), it spends 0.17 s. A library user's own process is left as it
is: only the commands call this."""
from __future__ import annotations

import gc

YOUNG_GENERATION = 5000


def settle_for_batch() -> None:
    """Call once the pipeline is built: what exists now is moved out of the collector's scans."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_GENERATION), middle, old)
