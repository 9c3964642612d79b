#!/usr/bin/env python3
"""Runs every benchmark script and prints a Markdown section for bench/RESULTS.md: date, commit, the exact
command behind each table, and the figures.

    .venv/bin/python bench/run_all.py [--shared DIR]

Each script runs as a subprocess of this interpreter, from the project root, with --json. A script that
fails gets a line saying why instead of its table, and run_all exits with status 1.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent


def _fmt(x: Optional[float], digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def aeb_table(result: dict) -> list[str]:
    lines = [f"{result['pages']} pages; pages/s is extraction time only.", "",
             "| system | precision | recall | F1 | pages/s | empty outputs |", "|---|---|---|---|---|---|"]
    for name, r in result["systems"].items():
        lines.append(f"| {name} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | {_fmt(r['f1'])} "
                     f"| {_fmt(r['pages_per_s'], 1)} | {r['empty_outputs']} |")
    return lines


def events_table(result: dict) -> list[str]:
    lines = [f"Pipeline set-up {result['setup_s']:.1f} s (not in sentences/s).", "",
             "| set | match on | sentences | gold events | predicted events | precision | recall | F1 "
             "| sentences/s | failed sentences |", "|---|---|---|---|---|---|---|---|---|---|"]
    names = {"root": "countries + CAMEO root", "code": "countries + full CAMEO code",
             "plover": "countries + PLOVER type"}
    for r in result["rows"]:
        lines.append(f"| {r['set']} | {names.get(r['level'], r['level'])} | {r['sentences']} | {r['gold_events']} "
                     f"| {r['predicted_events']} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | {_fmt(r['f1'])} "
                     f"| {_fmt(r['sentences_per_s'], 1)} | {r['failures']} |")
    return lines


def metadata_table(r: dict) -> list[str]:
    return [f"{r['pages']} pages; coverage only (no gold): correctness is the hand check in "
            "bench/metadata_aeb_sample.md.", "",
            "| title | published date | author | outlet | date warnings | pages/s |", "|---|---|---|---|---|---|",
            f"| {r['with_title']}/{r['pages']} | {r['with_published']}/{r['pages']} | {r['with_author']}/{r['pages']} "
            f"| {r['with_outlet']}/{r['pages']} | {r['date_warnings']} | {_fmt(r['pages_per_s'], 1)} |"]


def coverage_table(r: dict) -> list[str]:
    return [f"Whole `accord extract` process over {r['articles']} articles: {r['seconds']} s, "
            f"{r['articles_per_second']} articles/s (start-up and model load included).", "",
            "| articles | failed | with an event between two actors that have a country | with an event between two countries | events | quotes | figures |",
            "|---|---|---|---|---|---|---|",
            f"| {r['articles']} | {r['failed']} | {r['articles_with_country_dyad_event']} | {r['articles_with_interstate_event']} "
            f"| {r['events']} | {r['quotes']} | {r['figures']} |", "",
            "Events by CAMEO root: " + ", ".join(f"{k}: {v}" for k, v in r["events_by_root"].items()) + "; by status: "
            + ", ".join(f"{k}: {v}" for k, v in r["events_by_status"].items()) + "."]


BENCHMARKS: list[tuple[str, str, Callable[[dict], list[str]]]] = [
    ("Main-text extraction: article-extraction benchmark (AEB)", "extraction_aeb.py", aeb_table),
    ("Events on gold sentences: PETRARCH-2 validation records and PLOVER gold standard", "events_gold.py",
     events_table),
    ("Metadata from AEB pages (title, date, author, outlet)", "metadata_aeb.py", metadata_table),
    ("Article cleaning of flattened text (AEB pages flattened by bench/flatten.py)", "flattened_aeb.py", aeb_table),
    ("Article cleaning of flattened text, held-out synthetic pages (Wikinews bodies in written boilerplate)",
     "flattened_heldout.py", aeb_table),
    ("Coverage of the shared Wikinews sample (106 international-relations articles)", "wikinews_coverage.py",
     coverage_table),
]


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _shown(path: str) -> str:
    """A path as a reader can retype it from the project root."""
    try:
        return os.path.relpath(path, ROOT) if Path(path).is_relative_to(ROOT) else path
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="passed on to each script (default: theirs, ../shared)")
    args = parser.parse_args(argv)
    extra = ["--shared", args.shared] if args.shared else []

    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = " with uncommitted changes" if _git("status", "--porcelain") else ""
    out = [f"## Benchmarks, {datetime.now():%Y-%m-%d %H:%M}", "",
           f"Commit {commit}{dirty}; Python {platform.python_version()} on {platform.machine()}, "
           f"{os.cpu_count()} CPUs. Commands run from the project root "
           f"(all at once: `{_shown(sys.executable)} bench/run_all.py`)."]
    status = 0
    for title, script, table in BENCHMARKS:
        cmd = [sys.executable, str(ROOT / "bench" / script), "--json", *extra]
        shown = shlex.join([_shown(c) for c in cmd])
        print(f"run_all: {shown}", file=sys.stderr)
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        out += ["", f"### {title}", "", f"`{shown}`", ""]
        if proc.returncode != 0:
            reason = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            out.append(f"Not measured: {reason}")
            status = 1
            continue
        out += table(json.loads(proc.stdout.strip().splitlines()[-1]))
    print("\n".join(out))
    return status


if __name__ == "__main__":
    sys.exit(main())
