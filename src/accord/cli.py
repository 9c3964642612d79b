"""The `accord` command: a thin wrapper over the Python API (../shared/CONTRACT.md).

Exit status: 0 all articles processed, 1 some article failed (it still got its line), 2 usage.
Results go to stdout; progress and diagnostics to stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Iterator

from accord.options import Options


def _db_url(value: str | None) -> str | None:
    """--db takes a SQLAlchemy URL; a bare path means a SQLite file there."""
    if value is None or "://" in value:
        return value
    return f"sqlite:///{value}"


def _articles(paths: list[str], options: Options, skip=None, workers: int = 1, clock=None,
              store=None) -> Iterator:
    """Processed articles in input order; with workers > 1 from that many local processes
    (accord.parallel). `clock` (a StageClock) collects seconds per stage, reading included.
    `store` (ingest): its Repository, asked for copies of stored articles before the parse
    (Pipeline.known_copies; each worker opens the same store)."""
    from accord.read import read_paths

    raws = read_paths(paths, options)
    raws = skip(raws) if skip else raws
    if clock is not None:
        raws = _timed(raws, clock, "read")
    if workers > 1:
        from accord.parallel import process_parallel
        return process_parallel(raws, options, workers, clock, store_url=store.url if store else None)
    from accord.batchgc import settle_for_batch
    from accord.pipeline import Pipeline
    pipe = Pipeline(options)
    settle_for_batch()
    if clock is not None:
        pipe.clock = clock
    pipe.known_copies = store.stored_copies if store is not None else None
    return pipe.process_stream(raws)


def _timed(items, clock, stage: str):
    """The iterator's own time (reading and decoding input) charged to `stage`."""
    it = iter(items)
    while True:
        t0 = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            clock.add(stage, time.perf_counter() - t0)
            return
        clock.add(stage, time.perf_counter() - t0)
        yield item


def _report_timings(args, clock, n: int, t0: float) -> None:
    """--timings: seconds per stage and the run's totals as one JSON line on stderr (bench/ reads it)."""
    if getattr(args, "timings", False):
        print("accord timings: " + json.dumps({"articles": n, "seconds": round(time.perf_counter() - t0, 3),
                                               "workers": args.workers, "stages": clock.to_dict()}),
              file=sys.stderr)


def _options(args) -> Options:
    return Options(batch_size=args.batch_size, max_page_bytes=int(args.max_page_mb * 1024 * 1024),
                   prefilter=getattr(args, "prefilter", Options().prefilter))


def cmd_extract(args) -> int:
    from accord.read.report import BadInputReport

    from accord.stageclock import StageClock

    failed = n = 0
    report = BadInputReport()
    clock = StageClock()
    t0 = time.perf_counter()
    out = sys.stdout
    for art in _articles(args.paths, _options(args), workers=args.workers, clock=clock):
        n += 1
        failed += art.error is not None
        report.add(art)
        if art.error:
            print(f"accord: {art.path}: {art.error}", file=sys.stderr)
        out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    print(f"accord extract: {n} articles, {failed} failed, {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    _report_timings(args, clock, n, t0)
    for line in report.lines():
        print(line, file=sys.stderr)
    return 1 if failed else 0


def _skip_stored(repo):
    """--resume: input records whose id the store holds already (an article or a linked copy) are
    not processed again, so a restarted ingest goes on where the killed one stopped."""
    from accord.store import schema as s

    def skip(raws):
        chunk: list = []

        def known():
            ids = [r.id for r in chunk]
            with repo.engine.connect() as conn:
                return set(conn.execute(s.articles.select().with_only_columns(s.articles.c.id)
                                        .where(s.articles.c.id.in_(ids))).scalars()) | set(
                    conn.execute(s.duplicates.select().with_only_columns(s.duplicates.c.id)
                                 .where(s.duplicates.c.id.in_(ids))).scalars())

        for raw in raws:
            chunk.append(raw)
            if len(chunk) >= 256:
                done = known()
                yield from (r for r in chunk if r.id not in done)
                chunk = []
        if chunk:
            done = known()
            yield from (r for r in chunk if r.id not in done)
    return skip


def cmd_ingest(args) -> int:
    from accord.store.repository import Repository

    from accord.read.errors import error as kind_error
    from accord.read.report import BadInputReport

    from accord.stageclock import StageClock

    repo = Repository(_db_url(args.db))
    totals = {"stored": 0, "duplicate": 0, "present": 0, "failed": 0}
    report = BadInputReport()
    t0 = time.perf_counter()
    batch = []

    # Crash safety: each batch is one transaction (Repository.add_articles), so an article and its
    # events, quotes and figures are committed together or not at all; a run killed at any moment
    # leaves whole batches, and a restart stores the rest exactly once (ingest is idempotent).
    def flush():
        try:
            counts = repo.add_articles(batch)
        except Exception:       # one article the store refuses must not sink its batch: one at a time
            counts = {}
            for art in batch:
                try:
                    one = repo.add_articles([art])
                except Exception as exc:
                    art.error_kind = "store_failed"
                    art.error = kind_error("store_failed", f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
                    print(f"accord: {art.path}: {art.error}", file=sys.stderr)
                    report.failed["store_failed"] += 1
                    one = {"failed": 1}
                for k, v in one.items():
                    counts[k] = counts.get(k, 0) + v
        for k, v in counts.items():
            totals[k] += v
        batch.clear()

    if args.engine == "ray":
        return _ingest_ray(args, repo, t0)
    skip = _skip_stored(repo) if args.resume else None
    clock = StageClock()
    n = 0
    # Copies of stored articles are linked without a parse (art.copy_of); in one process a batch is
    # stored before the next is cleaned, so a repeat in a later batch of the same run is found too
    # (with --workers, batches in flight are not stored yet: their repeats are parsed).
    unparsed = 0
    for art in _articles(args.paths, _options(args), skip, workers=args.workers, clock=clock, store=repo):
        n += 1
        unparsed += art.copy_of is not None
        report.add(art)
        if art.error:
            print(f"accord: {art.path}: {art.error}", file=sys.stderr)
        batch.append(art)
        if len(batch) >= args.batch_size:
            with clock("store"):
                flush()
    with clock("store"):
        flush()
    with clock("stories"):
        _place_in_stories(repo)
    print(f"accord ingest: {totals['stored']} stored, {totals['present']} already stored, "
          f"{totals['duplicate']} exact duplicates linked, {totals['failed']} failed"
          f"{f'; {unparsed} copies of stored articles not parsed again' if unparsed else ''} "
          f"({time.perf_counter() - t0:.1f}s) -> {repo.url}", file=sys.stderr)
    for line in report.lines():
        print(line, file=sys.stderr)
    _report_timings(args, clock, n, t0)
    return 1 if totals["failed"] else 0


def _ingest_ray(args, repo, t0: float) -> int:
    """--engine ray: shards processed on Ray (accord.scale.ray_engine), Parquet partitions written
    to --parquet-dir, then loaded into the store here; see docs/scale.md."""
    import tempfile

    from accord.scale.ray_engine import ingest_with_ray

    out_dir = args.parquet_dir or tempfile.mkdtemp(prefix="accord-ray-")
    totals = ingest_with_ray(args.paths, repo, _options(args), workers=max(1, args.workers),
                             out_dir=out_dir, address=args.ray_address)
    _place_in_stories(repo)
    print(f"accord ingest (ray): {totals['stored']} stored, {totals['present']} already stored, "
          f"{totals['duplicate']} exact duplicates linked, {totals['failed']} failed "
          f"({time.perf_counter() - t0:.1f}s) -> {repo.url}", file=sys.stderr)
    return 1 if totals["failed"] else 0


def _place_in_stories(repo) -> None:
    """The cross-document pass over the articles just stored (accord.crossdoc.assign): stories,
    near-duplicates, inferred dates, merged events. Stored articles stay stored if it fails."""
    from accord.crossdoc.assign import update

    try:
        c = update(repo)
    except Exception as exc:
        print(f"accord: stories not updated: {type(exc).__name__}: {exc}", file=sys.stderr)
        return
    print(f"accord ingest: {c['articles']} articles placed in stories ({c['stories']} new stories, "
          f"{c['near_duplicates']} near-duplicates linked, {c['inferred_dates']} dates inferred)", file=sys.stderr)


def cmd_stories(args) -> int:
    from accord.crossdoc.stories import iter_stories
    from accord.store.repository import Repository

    repo = Repository(_db_url(args.db))
    for story in iter_stories(repo):
        if args.jsonl:
            print(json.dumps(story.to_dict(), ensure_ascii=False))
        else:
            print(f"{story.id}\t{story.first_date or '-'}\t{len(story.documents)} docs\t"
                  f"{len(story.events)} events\t{story.title or ''}")
    return 0


def cmd_timeline(args) -> int:
    from accord.analysis import timeline
    from accord.store.repository import Repository

    repo = Repository(_db_url(args.db))
    rows, coarse = timeline(repo, args.src.upper(), args.tgt.upper(), by=args.by, both=args.both)
    if args.jsonl:
        for r in rows:
            print(json.dumps({"source": args.src.upper(), "target": args.tgt.upper(), **r.to_dict()}))
        return 0
    arrow = "<->" if args.both else "->"
    print(f"{args.src.upper()} {arrow} {args.tgt.upper()} by {args.by}")
    print(f"{'period':<10} {'events':>6} {'v.coop':>6} {'m.coop':>6} {'v.conf':>6} {'m.conf':>6} "
          f"{'gold.sum':>8} {'gold.mean':>9}")
    for r in rows:
        d = r.to_dict()
        print(f"{d['period']:<10} {d['events']:>6} {d['verbal_coop']:>6} {d['material_coop']:>6} "
              f"{d['verbal_conflict']:>6} {d['material_conflict']:>6} {d['goldstein_sum']:>8.1f} "
              f"{d['goldstein_mean']:>9.2f}")
    if not rows:
        print("(no stored events for this dyad)")
    if coarse:
        print(f"({coarse} events dated too coarsely for --by {args.by} left out)", file=sys.stderr)
    return 0


def cmd_summary(args) -> int:
    from accord.analysis import summary
    from accord.store.repository import Repository

    s = summary(Repository(_db_url(args.db)), examples=args.examples)
    print(f"Articles stored: {s['articles']}  (exact duplicates linked: {s['duplicates']}, failed: {s['failed']})")
    print(f"Events: {s['events']}  ({s['articles_with_country_dyad']} articles have one between two actors with a country);"
          f"  quotes: {s['quotes']};  figures: {s['figures']}")
    print("\nEvents by CAMEO root code:")
    for root, label, n in s["roots"]:
        print(f"  {root}  {label:<40} {n:>5}")
    print("\nTop dyads (source -> target):")
    for (a, b), n in s["top_dyads"]:
        print(f"  {a} -> {b}  {n}")
    print("\nSome events with their sentences:")
    for ev in s["examples"]:
        print(f"  [{ev['cameo']} {ev['status']}] {ev['source_name'] or ev['source_text']} ({ev['source_code']}) -> "
              f"{ev['target_name'] or ev['target_text']} ({ev['target_code']}), {ev['date'] or 'undated'}, {ev['article_id']}")
        print(f"      \"{ev['sentence']}\"")
    return 0


def cmd_export(args) -> int:
    from accord.export import export
    from accord.store.repository import Repository

    statuses = tuple(x.strip() for x in args.statuses.split(",") if x.strip())
    files = export(Repository(_db_url(args.db)), args.format, args.out, statuses=statuses)
    for f in files:
        extra = f" ({f['skipped']} without a PLOVER type left out)" if f.get("skipped") else ""
        print(f"{f['path']}\t{f['rows']} rows{extra}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="accord", description="News articles in, sourced event data out.")
    sub = p.add_subparsers(dest="command", required=True)

    def add_paths(sp):
        sp.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .html/.htm[.gz], .jsonl, .warc[.gz])")
        sp.add_argument("--batch-size", type=int, default=32, help="articles per parse batch")
        sp.add_argument("--workers", type=int, default=1,
                        help="local worker processes, each with its own model (default 1); output order is kept")
        sp.add_argument("--timings", action="store_true",
                        help="print seconds per stage as one JSON line on stderr at the end")
        sp.add_argument("--prefilter", action=argparse.BooleanOptionalAction, default=Options().prefilter,
                        help="parse in full only the sentences that can hold an event, a quote or a figure "
                             "(accord.prefilter; default on: --no-prefilter parses every sentence)")
        sp.add_argument("--max-page-mb", type=float, default=20.0,
                        help="largest page, JSONL line or WARC body read, after gzip (default 20)")

    sp = sub.add_parser("extract", help="print one JSON object per article (JSON Lines)")
    add_paths(sp)
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("ingest", help="process and store articles (idempotent)")
    add_paths(sp)
    sp.add_argument("--db", help="database URL (default sqlite:///accord.db) or a SQLite file path")
    sp.add_argument("--engine", choices=["local", "ray"], default="local",
                    help="local processes (default) or Ray Data (RAY_ADDRESS or --ray-address, else a local Ray)")
    sp.add_argument("--ray-address", help="Ray cluster address, e.g. ray://head:10001 (default: RAY_ADDRESS)")
    sp.add_argument("--parquet-dir", help="--engine ray: where the Parquet partitions go (default: a new temp dir)")
    sp.add_argument("--resume", action="store_true",
                    help="skip input records whose id is stored already (restart of an interrupted ingest)")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("stories", help="stories: groups of articles about one happening")
    sp.add_argument("--db")
    sp.add_argument("--jsonl", action="store_true", help="one JSON object per story")
    sp.set_defaults(func=cmd_stories)

    sp = sub.add_parser("timeline", help="a dyad's events per period")
    sp.add_argument("src", metavar="SRC", help="source country (ISO alpha-3) or actor code")
    sp.add_argument("tgt", metavar="TGT", help="target country (ISO alpha-3) or actor code")
    sp.add_argument("--db")
    sp.add_argument("--by", default="month", choices=["day", "week", "month", "year"])
    sp.add_argument("--both", action="store_true", help="both directions")
    sp.add_argument("--jsonl", action="store_true")
    sp.set_defaults(func=cmd_timeline)

    sp = sub.add_parser("summary", help="what the store holds: counts, codes, dyads, example events")
    sp.add_argument("--db")
    sp.add_argument("--examples", type=int, default=6)
    sp.set_defaults(func=cmd_summary)

    sp = sub.add_parser("export", help="write the store as files other tools read (docs/exports.md)")
    sp.add_argument("--format", required=True, choices=["jsonl", "csv", "parquet", "gdelt", "plover"],
                    help="jsonl, csv, parquet: every table; gdelt: events as the GDELT 2.0 event table; "
                         "plover: events as PLOVER-style JSON")
    sp.add_argument("--out", required=True, metavar="DIR", help="folder for the files (created)")
    sp.add_argument("--db")
    sp.add_argument("--statuses", default="occurred",
                    help="comma-separated event statuses for gdelt and plover (default: occurred)")
    sp.set_defaults(func=cmd_export)

    from accord.api.command import add_serve_command
    add_serve_command(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
