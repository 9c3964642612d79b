#!/usr/bin/env python3
"""Peak memory of one long run, logged as it goes (issue 9: 10,000 and 50,000 articles).

    nice .venv/bin/python bench/scale_memory.py --articles 50000 [--mode extract|ingest] [--log FILE] [-- EXTRA ARGS]

Builds the corpus of bench/speed.py (the shared Wikinews articles repeated with varied ids, `<id>~r<k>`),
runs `accord extract CORPUS --timings` (or `accord ingest ... --db sqlite:///...`) as one process, and every
--every seconds appends a line to --log: wall seconds, articles written so far (extract: JSONL lines on
stdout; ingest: rows in the store's articles, article_duplicates and failures tables,
read-only), CPU seconds of the process tree so far, resident memory now and the peak so far (the sum over the
process and its children, sampled every 0.2 s). A run stopped early still leaves its figures; the last
line says `done` with the whole process's CPU seconds (getrusage) when it ends. Extra arguments after
`--` go to accord (e.g. `-- --no-prefilter`).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import PY, ROOT, _tree_rss_kb, build_corpus   # noqa: E402  (bench/ is not a package)

_TICK = os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int) -> float:
    """User + system CPU seconds of pid and its live descendants, from /proc/<pid>/stat."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / _TICK
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(k) for k in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue
    return total


def _stored(db: Path) -> int | None:
    """Articles an ingest has written so far: stored, linked as a copy of a stored one, or failed."""
    import sqlite3
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return sum(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("articles", "article_duplicates", "failures"))
        finally:
            con.close()
    except sqlite3.Error:       # not created yet, or busy: no figure this time
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--mode", choices=["extract", "ingest"], default="extract")
    ap.add_argument("--work", default="/tmp/accord-speed")
    ap.add_argument("--log", help="progress log (default WORK/memory_<mode>_<N>.log)")
    ap.add_argument("--every", type=float, default=60.0, help="seconds between log lines")
    ap.add_argument("extra", nargs="*", help="arguments for accord, after --")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus_{args.articles}.jsonl"
    n, words = build_corpus(args.articles, corpus)
    log_path = Path(args.log or work / f"memory_{args.mode}_{args.articles}.log")
    cmd = [PY, "-m", "accord.cli", args.mode, str(corpus), "--timings", *args.extra]
    db = None
    if args.mode == "ingest":
        db = work / f"memory_{args.articles}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        cmd += ["--db", f"sqlite:///{db}"]
    load = os.getloadavg()
    with log_path.open("a", encoding="utf-8") as log:
        log.write(f"# {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(cmd)}\n# {n} articles, {words} words; "
                  f"{os.cpu_count()} cores; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n")
        log.flush()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        state = {"lines": 0, "peak": 0, "now": 0}
        done = threading.Event()
        err: list[str] = []

        def count():
            for _ in proc.stdout:
                state["lines"] += 1

        def sample():
            last = time.perf_counter()
            while not done.is_set():
                state["now"] = _tree_rss_kb(proc.pid)
                state["peak"] = max(state["peak"], state["now"])
                if time.perf_counter() - last >= args.every:
                    last = time.perf_counter()
                    load = os.getloadavg()
                    done_n = state["lines"] if db is None else _stored(db)
                    log.write(json.dumps({"seconds": round(last - t0), "articles": done_n,
                                          "cpu_s": round(_tree_cpu(proc.pid), 1),
                                          "rss_mb": round(state["now"] / 1024), "peak_mb": round(state["peak"] / 1024),
                                          "load": round(load[0], 1)}) + "\n")
                    log.flush()
                done.wait(0.2)

        threads = [threading.Thread(target=count, daemon=True), threading.Thread(target=sample, daemon=True),
                   threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)]
        for th in threads:
            th.start()
        _, status, usage = os.wait4(proc.pid, 0)
        done.set()
        for th in threads:
            th.join(timeout=5)
        wall = time.perf_counter() - t0
        cpu = usage.ru_utime + usage.ru_stime
        timing = next((json.loads(line[len("accord timings: "):]) for line in "".join(err).splitlines()
                       if line.startswith("accord timings: ")), None)
        result = {"done": True, "exit": os.waitstatus_to_exitcode(status), "seconds": round(wall, 1),
                  "articles": n, "articles_out": state["lines"], "cpu_s": round(cpu, 1),
                  "peak_mb": round(state["peak"] / 1024), "articles_per_s": round(n / wall, 2),
                  "words_per_cpu_s": round(words / cpu) if cpu else None,
                  "stages": timing["stages"] if timing else None}
        log.write(json.dumps(result) + "\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
