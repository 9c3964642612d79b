#!/usr/bin/env python3
"""Coverage of the shared Wikinews sample: how many articles carry an event between two actors
that both have a country, with events by CAMEO root and by status, and the whole-process time.

    .venv/bin/python bench/wikinews_coverage.py [--corpus PATH] [--json]

Runs `accord extract` as a user would (a subprocess), so the time includes start-up and model load.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles_ir.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", help="the shared folder (default ../shared beside the project)")
    ap.add_argument("--corpus", help=f"a JSONL corpus (default {DEFAULT.relative_to(ROOT.parent)})")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    args.corpus = args.corpus or str(Path(args.shared) / "corpus/wikinews/articles_ir.jsonl" if args.shared else DEFAULT)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "accord.cli", "extract", args.corpus], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    dyad = [row for row in rows if any(
        e["source"] and e["target"] and e["source"]["country"] and e["target"]["country"] for e in row["events"])]
    interstate = [row for row in rows if any(
        e["source"] and e["target"] and e["source"]["country"] and e["target"]["country"]
        and e["source"]["country"] != e["target"]["country"] for e in row["events"])]
    events = [e for row in rows for e in row["events"]]
    out = {
        "corpus": args.corpus, "articles": len(rows), "failed": sum("error" in row for row in rows),
        "articles_with_country_dyad_event": len(dyad),
        "articles_with_interstate_event": len(interstate),
        "events": len(events), "quotes": sum(len(row["quotes"]) for row in rows),
        "figures": sum(len(row["figures"]) for row in rows),
        "events_by_root": dict(sorted(Counter(e["root"] for e in events).items())),
        "events_by_status": dict(Counter(e["status"] for e in events).most_common()),
        "seconds": round(seconds, 1), "articles_per_second": round(len(rows) / seconds, 2),
        "exit_status": r.returncode,
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:34} {v}")
    return 0 if r.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
