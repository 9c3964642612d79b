"""`accord ingest --engine ray`: the same per-article work on a Ray cluster (or a local Ray).

    input shards (JSONL, WARC, HTML/text folders)
      -> Ray Data: one row per shard, spread over the cluster
      -> ShardWorker (an actor per worker; the spaCy model loaded once in its __init__) runs the
         ordinary Pipeline over its shard, in the ordinary batches
      -> Parquet partitions: one row per article (id, shard, ordinal, the contract's JSON line)
      -> the driver loads the partitions into the store (Repository.add_articles, idempotent).

Ray is imported only here, so the rest of Accord never pays for it. A shard is processed in
batches of its own records, so template lines an outlet repeats (accord.clean.repeats) are
found within a shard's batch: for the local path to give the same output, its batches must fall
on the same records, as they do when every shard holds a multiple of --batch-size articles.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Iterator, Optional

from accord.options import Options


class ShardWorker:
    """Ray Data callable class: one instance per worker, so the model loads once per worker."""

    def __init__(self, options: Options):
        from accord.batchgc import settle_for_batch
        from accord.pipeline import Pipeline
        self.options = options
        self.pipe = Pipeline(options)
        settle_for_batch()

    def __call__(self, row: dict) -> Iterator[dict]:
        from accord.read import read_file
        shard = Path(row["shard"])
        raws = read_file(shard, Path(row["root"]), self.options)
        for ordinal, art in enumerate(self.pipe.process_stream(raws)):
            yield {"id": art.id, "shard": str(shard), "ordinal": ordinal,
                   "failed": art.error is not None, "events": len(art.events),
                   "article": json.dumps(art.to_dict(), ensure_ascii=False)}


def shards(paths: list[str]) -> list[dict]:
    from accord.read import iter_files
    return [{"shard": str(f), "root": str(root)} for f, root in iter_files(paths)]


def run_ray(paths: list[str], out_dir: str, options: Options, workers: int = 2,
            address: Optional[str] = None) -> list[str]:
    """Process every shard on Ray and write Parquet partitions to out_dir; returns their paths.

    address: a Ray address ("ray://head:10001", "auto"); None means RAY_ADDRESS if set, else a
    local Ray started for this run with `workers` CPUs."""
    import ray

    address = address or os.environ.get("RAY_ADDRESS")
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                     object_store_memory=256 * 1024 * 1024)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    rows = shards(paths)
    if not rows:
        return []
    ds = ray.data.from_items(rows, override_num_blocks=len(rows))
    ds = ds.flat_map(ShardWorker, fn_constructor_kwargs={"options": options},
                     concurrency=max(1, min(workers, len(rows))))
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    ds.write_parquet(out_dir)
    return sorted(str(p) for p in Path(out_dir).glob("*.parquet"))


def iter_partition_articles(parquet_paths: list[str]) -> Iterator:
    """Articles back from the partitions, one partition at a time (memory: one partition), each
    partition in shard and record order."""
    import pyarrow.parquet as pq

    from accord.model_io import article_from_dict
    for p in parquet_paths:
        table = pq.read_table(p, columns=["shard", "ordinal", "article"]).sort_by([("shard", "ascending"),
                                                                                   ("ordinal", "ascending")])
        for line in table.column("article").to_pylist():
            yield article_from_dict(json.loads(line))


def ingest_with_ray(paths: list[str], repo, options: Options, workers: int, out_dir: str,
                    address: Optional[str] = None) -> dict[str, int]:
    """run_ray, then the partitions into the store in batches (one transaction each)."""
    parts = run_ray(paths, out_dir, options, workers=workers, address=address)
    print(f"accord ingest: {len(parts)} Parquet partitions in {out_dir}", file=sys.stderr)
    totals = {"stored": 0, "duplicate": 0, "present": 0, "failed": 0}
    batch = []
    for art in iter_partition_articles(parts):
        if art.error:
            print(f"accord: {art.path}: {art.error}", file=sys.stderr)
        batch.append(art)
        if len(batch) >= options.batch_size:
            for k, v in repo.add_articles(batch).items():
                totals[k] = totals.get(k, 0) + v
            batch = []
    if batch:
        for k, v in repo.add_articles(batch).items():
            totals[k] = totals.get(k, 0) + v
    return totals
