#!/usr/bin/env python3
"""Page metadata on the article-extraction benchmark (AEB): how often accord.clean.html.extract_html finds a
title, a publication date, an author and an outlet on the 181 pages, how fast, and how many dates it rejected.

    .venv/bin/python bench/metadata_aeb.py [--shared DIR] [--json]
    .venv/bin/python bench/metadata_aeb.py --sample 30 --seed 1     # pages to check by hand

The AEB gold has no metadata, so these are coverage figures, not accuracy: a found title or date may still
be wrong. ``--sample N --seed S`` prints N pages (a seeded random choice, sorted by file name) with what
extract_html found and, as evidence to judge it by, the page's first <title> and the date-looking values of
its meta tags, JSON-LD and <time> elements. Each page is given as the undecoded bytes of the gunzipped file;
pages/s counts extract_html time only, one process, one page at a time.
"""
from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import random
import re
import sys
import time
from pathlib import Path

from accord.clean.html import extract_html

ROOT = Path(__file__).resolve().parent.parent
AEB = "benchmarks/extraction/aeb"
FIELDS = ("title", "published", "author", "outlet")

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_META = re.compile(rb"<meta\b[^>]*>", re.I)
_ATTR = re.compile(rb"""([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_DATE_META = re.compile(r"date|time|publish|issued|created|modified|updated", re.I)
_JSONLD_DATE = re.compile(rb'"(date(?:Published|Created|Modified)|uploadDate)"\s*:\s*"([^"]{4,40})"')
_TIME = re.compile(rb"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.I)
_DATEISH = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d{1,2} \w{3,9} \d{4}|\w{3,9} \d{1,2},? \d{4}|\d{10}")


def load_pages(folder: Path) -> dict[str, bytes]:
    return {p.name.split(".")[0]: gzip.decompress(p.read_bytes())
            for p in sorted((folder / "html").glob("*.html.gz"))}


def coverage(pages: dict[str, bytes]) -> tuple[dict, dict]:
    """Figures over all pages, and each page's CleanPage by key."""
    found, seconds = {}, 0.0
    for key, data in pages.items():
        start = time.perf_counter()
        found[key] = extract_html(data)
        seconds += time.perf_counter() - start
    n = len(pages)
    has = {f: sum(1 for p in found.values() if getattr(p, f)) for f in FIELDS}
    date_warnings = sum(1 for p in found.values() for w in p.warnings if "publication date" in w)
    figures = {
        "pages": n,
        **{f"with_{f}": has[f] for f in FIELDS},
        **{f"share_{f}": round(has[f] / n, 3) if n else 0.0 for f in FIELDS},
        "date_warnings": date_warnings,
        "pages_with_date_warning": sum(1 for p in found.values()
                                       if any("publication date" in w for w in p.warnings)),
        "pages_per_s": round(n / seconds, 1) if seconds else None,
    }
    return figures, found


def evidence(data: bytes) -> dict:
    """What a person checks a title and a date against: the first <title>, date-looking meta, JSON-LD, <time>."""
    m = _TITLE.search(data)
    title = _clean(m.group(1)) if m else None
    dates: list[str] = []
    for tag in _META.findall(data):
        attrs = {a.lower().decode("latin-1"): (v1 or v2 or v3).decode("utf-8", "replace")
                 for a, v1, v2, v3 in _ATTR.findall(tag)}
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        content = attrs.get("content") or ""
        if name and _DATE_META.search(name) and _DATEISH.search(content):
            dates.append(f"meta {name}={content}")
    dates += [f"json-ld {k.decode()}={v.decode('utf-8', 'replace')}" for k, v in _JSONLD_DATE.findall(data)]
    dates += [f"<time datetime={v.decode('utf-8', 'replace')}>" for v in _TIME.findall(data)]
    return {"title_tag": title, "date_evidence": list(dict.fromkeys(dates))[:8]}


def _clean(raw: bytes) -> str:
    text = htmllib.unescape(raw.decode("utf-8", "replace"))
    return re.sub(r"\s+", " ", text).strip()[:200]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder (default: ../shared beside the project root)")
    parser.add_argument("--json", action="store_true", help="print the figures (or the sample) as JSON")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N pages with their metadata and the page's own evidence, to check by hand")
    parser.add_argument("--seed", type=int, default=1, help="seed of the --sample choice (default 1)")
    args = parser.parse_args(argv)
    folder = args.shared / AEB
    if not (folder / "html").is_dir():
        print(f"metadata_aeb: {folder}/html not found (is --shared right?)", file=sys.stderr)
        return 2
    pages = load_pages(folder)
    if not pages:
        print(f"metadata_aeb: no *.html.gz pages in {folder}/html", file=sys.stderr)
        return 2

    if args.sample:
        keys = sorted(random.Random(args.seed).sample(sorted(pages), min(args.sample, len(pages))))
        rows = []
        for key in keys:
            page = extract_html(pages[key])
            rows.append({"file": f"{key}.html.gz", "title": page.title, "published": page.published,
                         "author": page.author, "outlet": page.outlet,
                         "date_warnings": [w for w in page.warnings if "publication date" in w],
                         **evidence(pages[key])})
        if args.json:
            print(json.dumps({"benchmark": "aeb", "seed": args.seed, "sample": rows}, ensure_ascii=False))
            return 0
        for i, r in enumerate(rows, 1):
            print(f"[{i}] {r['file']}")
            print(f"    title:     {r['title']!r}")
            print(f"    <title>:   {r['title_tag']!r}")
            print(f"    published: {r['published']}   author: {r['author']!r}   outlet: {r['outlet']!r}")
            for w in r["date_warnings"]:
                print(f"    warning:   {w}")
            for d in r["date_evidence"] or ["(no date-looking meta, JSON-LD or <time>)"]:
                print(f"    evidence:  {d}")
        return 0

    figures, _ = coverage(pages)
    if args.json:
        print(json.dumps({"benchmark": "aeb-metadata", **figures}))
        return 0
    n = figures["pages"]
    print(f"AEB page metadata, accord.clean.html.extract_html: {n} pages from {folder}")
    for f in FIELDS:
        print(f"  with {f:<10} {figures[f'with_{f}']:>4}/{n}  {figures[f'share_{f}']:.1%}")
    print(f"  date warnings  {figures['date_warnings']:>4} (on {figures['pages_with_date_warning']} pages)")
    print(f"  pages/s        {figures['pages_per_s']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
