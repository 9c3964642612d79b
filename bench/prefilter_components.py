#!/usr/bin/env python3
"""Where the parse time goes: CPU seconds of each spaCy component and of the prefilter's own steps.

    .venv/bin/python bench/prefilter_components.py [--limit N] [--batch-size B]

Over the shared Wikinews article texts (as given): the tokenizer, then each pipeline component in turn
(component.pipe over the previous component's Docs), once over the whole texts and once over the pieces
the prefilter keeps (accord.prefilter); then the prefilter's own steps (cut and choose, the flat pieces,
the join). CPU seconds of this process (time.process_time); the load average is printed with them.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prefilter_speed import wikinews_texts   # noqa: E402  (bench/ is not a package)


def components(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    out = {}
    t0 = time.process_time()
    docs = list(nlp.tokenizer.pipe(texts, batch_size=batch_size))
    out["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - t0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()
    texts = wikinews_texts("both", args.limit)
    from accord.nlp import load_nlp
    from accord.prefilter import Prefilter, _flat, join
    nlp = load_nlp()
    pf = Prefilter(nlp)
    pf.parse(texts[:3])
    list(nlp.pipe(texts[:3]))
    t0 = time.process_time()
    cut = [pf.pieces(t) for t in texts]
    t_cut = time.process_time() - t0
    kept = [p for ps in cut for p, f in ps if f]
    full = components(nlp, texts, args.batch_size)
    part = components(nlp, kept, args.batch_size)
    t0 = time.process_time()
    flats = [[_flat(nlp.make_doc(p)) for p, f in ps if not f] for ps in cut]
    t_flat = time.process_time() - t0
    pdocs = iter(nlp.pipe(kept, batch_size=args.batch_size))
    joined_in = [[next(pdocs) if f else _flat(nlp.make_doc(p)) for p, f in ps] for ps in cut]
    t0 = time.process_time()
    for text, parts in zip(texts, joined_in):
        if parts:
            join(parts, text)
    t_join = time.process_time() - t0
    load = os.getloadavg()
    print(f"{len(texts)} articles; {len(kept)} kept pieces; {os.cpu_count()} cores; load average "
          f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; {time.strftime('%Y-%m-%d %H:%M')}\n")
    print("| step | CPU s, whole texts | CPU s, kept pieces |")
    print("|---|---|---|")
    for name in full:
        print(f"| {name} | {full[name]:.1f} | {part[name]:.1f} |")
    print(f"| total | {sum(full.values()):.1f} | {sum(part.values()):.1f} |")
    print(f"\nprefilter's own steps: cut and choose {t_cut:.1f} s, flat pieces {t_flat:.1f} s, join {t_join:.1f} s")


if __name__ == "__main__":
    main()
