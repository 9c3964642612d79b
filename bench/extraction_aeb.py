#!/usr/bin/env python3
"""Main-text extraction on the article-extraction benchmark (AEB): accord.clean.html.extract_html against
plain trafilatura.extract with its defaults, on the same 181 pages in the same run.

    .venv/bin/python bench/extraction_aeb.py [--shared DIR] [--json] [--variants]

Scoring as the benchmark's evaluate.py (see scoring.extraction_scores). Both systems get each page as the
undecoded bytes of the gunzipped file; pages/s counts extraction time only, one process, one page at a time.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Callable

import trafilatura

from accord.clean.html import extract_html
from scoring import extraction_scores, page_counts, print_systems

ROOT = Path(__file__).resolve().parent.parent
AEB = "benchmarks/extraction/aeb"

SYSTEMS: dict[str, Callable[[bytes], str]] = {
    "accord.clean.html": lambda html: extract_html(html).text,
    f"trafilatura {trafilatura.__version__} defaults": lambda html: trafilatura.extract(html) or "",
}
# trafilatura.extract option sets that accord.clean.html was chosen among (--variants).
VARIANTS = {
    "include_comments=False": {"include_comments": False},
    "favor_recall": {"favor_recall": True},
    "favor_recall, no comments": {"favor_recall": True, "include_comments": False},
    "favor_precision": {"favor_precision": True},
    "favor_precision, no comments": {"favor_precision": True, "include_comments": False},
    "favor_precision, no comments/tables": {"favor_precision": True, "include_comments": False,
                                            "include_tables": False},
    "no comments, deduplicate": {"include_comments": False, "deduplicate": True},
    "fast, no comments": {"fast": True, "include_comments": False},
}


def _trafilatura(options: dict) -> Callable[[bytes], str]:
    return lambda html: trafilatura.extract(html, **options) or ""


def load_pages(folder: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Page bytes and gold article bodies by item id (file stem); every gold item must have a page."""
    gold = {k: v.get("articleBody") or "" for k, v in
            json.loads((folder / "ground-truth.json").read_text(encoding="utf-8")).items()}
    pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes())
             for p in sorted((folder / "html").glob("*.html.gz"))}
    missing = gold.keys() - pages.keys()
    if missing:
        raise SystemExit(f"extraction_aeb: {len(missing)} gold items have no page, e.g. {sorted(missing)[0]}")
    return {k: pages[k] for k in gold}, gold


def run(systems: dict[str, Callable[[bytes], str]], pages: dict[str, bytes], gold: dict[str, str]
        ) -> dict[str, dict]:
    """Scores of every system. The systems take turns page by page, so a change in machine load
    during the run weighs on all of them alike."""
    outputs = {name: {} for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for key, html in pages.items():
        for name, extract in systems.items():
            start = time.perf_counter()
            outputs[name][key] = extract(html)
            seconds[name] += time.perf_counter() - start
    return {name: {**extraction_scores([page_counts(gold[k], out[k]) for k in gold]),
                   "pages_per_s": len(pages) / seconds[name]}
            for name, out in outputs.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder (default: ../shared beside the project root)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--variants", action="store_true",
                        help="also score the trafilatura option sets accord.clean.html was chosen among")
    args = parser.parse_args(argv)
    folder = args.shared / AEB
    if not (folder / "ground-truth.json").is_file():
        print(f"extraction_aeb: {folder}/ground-truth.json not found (is --shared right?)", file=sys.stderr)
        return 2

    pages, gold = load_pages(folder)
    systems = dict(SYSTEMS)
    if args.variants:
        systems.update({f"trafilatura {name}": _trafilatura(opts) for name, opts in VARIANTS.items()})
    results = run(systems, pages, gold)
    if args.json:
        print(json.dumps({"benchmark": "aeb", "pages": len(pages), "systems": results}))
        return 0
    print(f"AEB article extraction: {len(pages)} pages from {folder}")
    print_systems(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
