#!/usr/bin/env python3
"""CPU seconds of the parse with and without the sentence prefilter, in one process.

    .venv/bin/python bench/prefilter_speed.py [--limit N] [--set ir|other|both]

The shared Wikinews article texts (as given, not cleaned) are parsed twice, in turn, after a warm-up:
once with the full spaCy pipeline over every text (nlp.pipe, what `accord extract` does by default) and
once through accord.prefilter.Prefilter.parse (cut, choose, parse the kept sentences, tokenize the rest,
join). CPU seconds of this process (time.process_time) are steadier than wall seconds on a shared
machine; the load average is printed with them. Whole-process figures are in bench/speed.py.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "wikinews"
SETS = {"ir": ["articles_ir.jsonl"], "other": ["articles_other.jsonl"],
        "both": ["articles_ir.jsonl", "articles_other.jsonl"]}


def wikinews_texts(which: str = "both", limit: int = 0) -> list[str]:
    """The shared Wikinews article texts, as given (SETS[which]); the first `limit` when limit > 0."""
    texts = [json.loads(line).get("text") or "" for name in SETS[which]
             for line in (SHARED / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[:limit] if limit else texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="both")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    texts = wikinews_texts(args.set, args.limit)
    from accord.nlp import load_nlp
    from accord.prefilter import Prefilter
    nlp = load_nlp()
    warm = Prefilter(nlp)
    warm.parse(texts[:3])
    list(nlp.pipe(texts[:3]))
    pf = Prefilter(nlp)
    t0 = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    full = time.process_time() - t0
    t0 = time.process_time()
    pf.parse(texts)
    with_pf = time.process_time() - t0
    stats = pf.stats.to_dict()
    load = os.getloadavg()
    print(f"{len(texts)} articles ({args.set}), {stats['tokens']} tokens; {os.cpu_count()} cores; "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; {time.strftime('%Y-%m-%d %H:%M')}\n")
    print("| parse | CPU s | tokens parsed in full | ratio to full |")
    print("|---|---|---|---|")
    print(f"| full pipeline, every sentence | {full:.1f} | 100% | 1.00x |")
    print(f"| prefilter (cut + choose + parse kept + join) | {with_pf:.1f} | {stats['kept_token_share']:.1%} "
          f"| {full / with_pf:.2f}x |")
    print(f"\nsentences {stats['sentences']}, kept {stats['kept_sentences']}")


if __name__ == "__main__":
    main()
