#!/usr/bin/env python3
"""Article cleaning of flattened text on a held-out synthetic set: Wikinews articles
(../shared/corpus/wikinews/articles_other.jsonl) wrapped in varied hand-written boilerplate by
bench/boilerplate.py (menus, market strips, share icons and counters, inline teasers, ads, cookie and
newsletter prompts, tags, bios, teaser blocks with summaries, comments, disclaimers, footers), built
deterministically (fixed seed). Articles at even positions are the development half the cleaner's rules
were developed on; odd positions are held out and scored by default. Scoring as bench/flattened_aeb.py
(bench/scoring.py), beside "keep every line"; also the share of headlines found exactly, and the
pass-through check on clean Wikinews text (articles_ir.jsonl: cleaner output vs input).

    .venv/bin/python bench/flattened_heldout.py [--split heldout|dev] [--seed N] [--shared DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from accord.clean.text import clean_text
from boilerplate import page
from flattened_aeb import SYSTEMS, run
from scoring import extraction_scores, page_counts, print_systems

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "corpus/wikinews"
SEEDS = {"dev": 1, "heldout": 7}


def build(articles: list[dict], split: str, seed: int | None = None) -> list[tuple[str, str, str]]:
    """(flattened page, gold, headline) for every article of the split, one rng per split."""
    rng = random.Random(SEEDS[split] if seed is None else seed)
    parity = 0 if split == "dev" else 1
    return [page(articles, i, rng) for i in range(len(articles)) if i % 2 == parity]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--split", choices=sorted(SEEDS), default="heldout")
    parser.add_argument("--seed", type=int, default=None, help="boilerplate seed (default: fixed per split)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    folder = args.shared / CORPUS
    if not (folder / "articles_other.jsonl").is_file():
        print(f"flattened_heldout: {folder}/articles_other.jsonl not found (is --shared right?)", file=sys.stderr)
        return 2
    articles = [json.loads(line) for line in (folder / "articles_other.jsonl").open(encoding="utf-8")]
    pages = build(articles, args.split, args.seed)
    flats = {str(k): p[0] for k, p in enumerate(pages)}
    gold = {str(k): p[1] for k, p in enumerate(pages)}
    results = run(SYSTEMS, flats, gold)
    titles = sum(clean_text(p[0]).title == p[2] for p in pages) / max(len(pages), 1)
    clean = [json.loads(line)["text"] for line in (folder / "articles_ir.jsonl").open(encoding="utf-8")]
    start = time.perf_counter()
    passthrough = extraction_scores([page_counts(t, clean_text(t).text) for t in clean])
    passthrough["pages_per_s"] = len(clean) / max(time.perf_counter() - start, 1e-9)
    if args.json:
        print(json.dumps({"benchmark": f"wikinews-flattened-{args.split}", "pages": len(flats), "systems": results,
                          "title_accuracy": titles, "wikinews_passthrough": passthrough}))
        return 0
    print(f"Synthetic flattened pages ({args.split} half, {len(flats)} pages) from {folder}/articles_other.jsonl")
    print_systems(results)
    print(f"headline found exactly: {titles:.3f}")
    print(f"clean Wikinews pass-through ({len(clean)} articles_ir.jsonl texts): precision "
          f"{passthrough['precision']:.3f} recall {passthrough['recall']:.3f} F1 {passthrough['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
