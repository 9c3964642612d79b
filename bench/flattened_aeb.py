#!/usr/bin/env python3
"""Article cleaning of already-flattened text on the article-extraction benchmark (AEB): each of the 181
pages is flattened as a naive scraper would (bench/flatten.py: one block element a line, menus, teasers and
footers kept), then accord.clean.text.clean_text keeps the lines it takes for the article. Scored against the
gold article bodies exactly as bench/extraction_aeb.py scores, with "keep every line" as the baseline in
the same run.

    .venv/bin/python bench/flattened_aeb.py [--shared DIR] [--json]

The cleaner's rules were developed on synthetic pages (bench/boilerplate.py, scored on a held-out half by
bench/flattened_heldout.py); some rule kinds were added after reading AEB failures (see bench/README.md), but
no number was fitted to AEB, so there is no cross-validation here.

pages/s counts cleaning time only (flattening is done once beforehand and not timed), one page at a time.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable

from accord.clean.text import clean_text
from extraction_aeb import AEB, load_pages
from flatten import flatten
from scoring import extraction_scores, page_counts, print_systems

ROOT = Path(__file__).resolve().parent.parent

SYSTEMS: dict[str, Callable[[str], str]] = {
    "accord.clean.text": lambda flat: clean_text(flat, title=None).text,
    "keep every line (baseline)": lambda flat: flat,
}


def run(systems: dict[str, Callable[[str], str]], flats: dict[str, str], gold: dict[str, str]) -> dict[str, dict]:
    """Scores of every system; the systems take turns page by page."""
    outputs = {name: {} for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for key, flat in flats.items():
        for name, clean in systems.items():
            start = time.perf_counter()
            outputs[name][key] = clean(flat)
            seconds[name] += time.perf_counter() - start
    return {name: {**extraction_scores([page_counts(gold[k], out[k]) for k in gold]),
                   "pages_per_s": len(flats) / max(seconds[name], 1e-9)}
            for name, out in outputs.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder (default: ../shared beside the project root)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    folder = args.shared / AEB
    if not (folder / "ground-truth.json").is_file():
        print(f"flattened_aeb: {folder}/ground-truth.json not found (is --shared right?)", file=sys.stderr)
        return 2

    pages, gold = load_pages(folder)
    flats = {k: flatten(html) for k, html in pages.items()}
    results = run(SYSTEMS, flats, gold)
    if args.json:
        print(json.dumps({"benchmark": "aeb-flattened", "pages": len(flats), "systems": results}))
        return 0
    print(f"AEB flattened-text cleaning: {len(flats)} pages from {folder}, flattened by bench/flatten.py")
    print_systems(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
