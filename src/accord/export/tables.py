"""Every table of the store as JSON Lines, CSV or Parquet: one file per table, rows in primary-key
order, streamed in batches so a large store does not have to fit in memory."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Float, Integer, Table, inspect, select

from accord.store import schema as s
from accord.store.repository import Repository

BATCH = 5000
TABLE_FORMATS = ("jsonl", "csv", "parquet")


def export_tables(repo: Repository) -> list[Table]:
    """The tables to export: every table of the schema but alembic's and accord_meta (internal),
    plus any cross-document table the store has."""
    tables = [t for t in s.metadata.sorted_tables if t.name != "accord_meta"]
    extra = getattr(s, "crossdoc_metadata", None)
    if extra is not None:
        present = set(inspect(repo.engine).get_table_names())
        tables += [t for t in extra.sorted_tables if t.name in present]
    return tables


def iter_batches(repo: Repository, table: Table) -> Iterator[list[dict]]:
    q = select(table).order_by(*table.primary_key.columns)
    with repo.engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH).execute(q).mappings()
        for part in result.partitions(BATCH):
            yield [dict(r) for r in part]


def arrow_schema(table: Table) -> pa.Schema:
    """Column types from the table, so an empty table still has a typed file."""
    def kind(col):
        if isinstance(col.type, Integer):
            return pa.int64()
        if isinstance(col.type, Float):
            return pa.float64()
        return pa.string()
    return pa.schema([pa.field(c.name, kind(c), nullable=True) for c in table.columns])


def write_table(repo: Repository, table: Table, fmt: str, out_dir: Path) -> tuple[Path, int]:
    path = out_dir / f"{table.name}.{fmt}"
    n = 0
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as f:
            for batch in iter_batches(repo, table):
                for row in batch:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += len(batch)
    elif fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(table.columns.keys()))
            w.writeheader()
            for batch in iter_batches(repo, table):
                w.writerows(batch)
                n += len(batch)
    elif fmt == "parquet":
        schema = arrow_schema(table)
        with pq.ParquetWriter(path, schema) as writer:
            for batch in iter_batches(repo, table):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
    else:
        raise ValueError(f"table format must be one of {', '.join(TABLE_FORMATS)}, not {fmt!r}")
    return path, n
