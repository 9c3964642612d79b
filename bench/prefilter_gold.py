#!/usr/bin/env python3
"""Event F1 and Wikinews coverage with and without the sentence prefilter, in one run on one tree.

    .venv/bin/python bench/prefilter_gold.py [--skip-coverage] [--skip-quotes] [--json]

1. bench/events_gold.py (PETR2 and PLOVER gold sentences), once with Options(prefilter=False) and once
   with Options(prefilter=True): the same scorer, the same code, minutes apart.
2. bench/wikinews_coverage.py (the IR Wikinews articles through `accord extract`), once with
   --no-prefilter and once with --prefilter, and the events that differ between the two runs.
3. bench/time_quotes_gold.py (quotes, speakers and event dates against the hand-annotated gold, dev and
   held-out sets), once without and once with the prefilter.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import events_gold  # noqa: E402  (bench/ modules import each other by name)
import time_quotes_gold  # noqa: E402
import wikinews_coverage  # noqa: E402


@contextlib.contextmanager
def pipeline_with(prefilter: bool):
    """Pipeline() built with Options(prefilter=...) inside (the gold scripts build Pipeline() themselves)."""
    import accord.pipeline as pipeline_module
    from accord.options import Options

    real = pipeline_module.Pipeline

    class WithOption(real):
        def __init__(self, options=None):
            super().__init__(Options(prefilter=prefilter))
    pipeline_module.Pipeline = WithOption
    try:
        yield
    finally:
        pipeline_module.Pipeline = real


def gold_rows(prefilter: bool) -> list[dict]:
    out = io.StringIO()
    with pipeline_with(prefilter), contextlib.redirect_stdout(out):
        status = events_gold.main(["--json"])
    if status:
        raise SystemExit(f"events_gold failed ({status})")
    return json.loads(out.getvalue().splitlines()[0])["rows"]


def quotes_dates(prefilter: bool, which: str) -> dict:
    """time_quotes_gold's figures on one gold set (dev or heldout)."""
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["time_quotes_gold.py", "--json", "--set", which]
    try:
        with pipeline_with(prefilter), contextlib.redirect_stdout(out):
            time_quotes_gold.main()
    finally:
        sys.argv = argv
    return json.loads(out.getvalue().splitlines()[-1])


def coverage(prefilter: bool) -> tuple[dict, list[dict]]:
    """wikinews_coverage's figures, and the articles (JSON lines) of its run."""
    flag = "--prefilter" if prefilter else "--no-prefilter"
    seen: dict = {}
    real_run = subprocess.run

    def run(cmd, **kw):
        r = real_run(list(cmd) + [flag], **kw)
        seen["stdout"] = r.stdout
        return r
    wikinews_coverage.subprocess.run = run
    try:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            sys.argv = ["wikinews_coverage.py", "--json"]
            wikinews_coverage.main()
    finally:
        wikinews_coverage.subprocess.run = real_run
    return json.loads(out.getvalue()), [json.loads(line) for line in seen["stdout"].splitlines()]


def event_keys(rows: list[dict]) -> set[tuple]:
    return {(r["id"], e["cameo"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["status"],
             tuple(e["span"])) for r in rows for e in r["events"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-coverage", action="store_true")
    ap.add_argument("--skip-quotes", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result: dict = {"gold": {}, "coverage": {}, "quotes": {}}
    for pf in (False, True):
        result["gold"][pf] = gold_rows(pf)
    if not args.skip_quotes:
        for which in ("dev", "heldout"):
            result["quotes"][which] = {pf: quotes_dates(pf, which) for pf in (False, True)}
    if not args.skip_coverage:
        runs = {pf: coverage(pf) for pf in (False, True)}
        for pf, (cov, _) in runs.items():
            result["coverage"][pf] = cov
        full, cut = event_keys(runs[False][1]), event_keys(runs[True][1])
        result["events_only_without"] = sorted(full - cut)
        result["events_only_with"] = sorted(cut - full)
    if args.json:
        print(json.dumps(result, default=str))
        return 0
    print("| gold set | level | F1 without prefilter | F1 with prefilter | recall without | recall with |")
    print("|---|---|---|---|---|---|")
    for a, b in zip(result["gold"][False], result["gold"][True]):
        print(f"| {a.get('set')} | {a.get('level')} | {a.get('f1', 0):.3f} | {b.get('f1', 0):.3f} | "
              f"{a.get('recall', 0):.3f} | {b.get('recall', 0):.3f} |")
    for which, both in result["quotes"].items():
        print(f"\n| time_quotes_gold --set {which} | without prefilter | with prefilter |\n|---|---|---|")
        for k in ("gold_quotes", "quotes_found", "quote_recall", "speakers_right", "speaker_accuracy",
                  "gold_event_dates", "event_dates_right", "event_date_accuracy"):
            print(f"| {k} | {both[False].get(k)} | {both[True].get(k)} |")
    if result["coverage"]:
        keys = ("articles", "failed", "articles_with_country_dyad_event", "articles_with_interstate_event", "events",
                "quotes", "figures", "seconds")
        print("\n| Wikinews IR | without prefilter | with prefilter |\n|---|---|---|")
        for k in keys:
            print(f"| {k} | {result['coverage'][False].get(k)} | {result['coverage'][True].get(k)} |")
        print(f"\nevents only without the prefilter: {len(result['events_only_without'])}")
        for e in result["events_only_without"]:
            print("  ", e)
        print(f"events only with the prefilter: {len(result['events_only_with'])}")
        for e in result["events_only_with"]:
            print("  ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
