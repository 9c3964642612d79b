"""Exports: the store in formats other tools read (docs/exports.md).

    jsonl | csv | parquet   every table, one file per table (tables.py)
    gdelt                   events as the GDELT 2.0 event table, 61 tab-separated columns (gdelt.py)
    plover                  events as PLOVER-style JSON records, one per line (plover.py)
"""
from __future__ import annotations

import csv
import json
from importlib import metadata as pkg_metadata
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import select

from accord.export.gdelt import GDELT_COLUMNS, gdelt_row
from accord.export.plover import plover_record
from accord.export.tables import TABLE_FORMATS, export_tables, write_table
from accord.store import schema as s
from accord.store.repository import Repository

FORMATS = TABLE_FORMATS + ("gdelt", "plover")
CHUNK = 500     # articles per round of queries when events are joined with their articles


def iter_events_with_articles(repo: Repository, statuses: tuple[str, ...]) -> Iterator[tuple[dict, dict, list[dict]]]:
    """(event, its article, the article's exact copies) for every event whose status is in
    STATUSES, article by article in id order."""
    e, a, d = s.events.c, s.articles.c, s.duplicates.c
    with repo.engine.connect() as conn:
        ids = conn.execute(select(e.article_id).where(e.status.in_(statuses)).distinct()
                           .order_by(e.article_id)).scalars().all()
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            arts = {r["id"]: dict(r) for r in conn.execute(select(s.articles).where(a.id.in_(chunk))).mappings()}
            copies: dict[str, list[dict]] = {}
            for r in conn.execute(select(s.duplicates).where(d.article_id.in_(chunk)).order_by(d.id)).mappings():
                copies.setdefault(r["article_id"], []).append(dict(r))
            q = (select(s.events).where(e.article_id.in_(chunk), e.status.in_(statuses))
                 .order_by(e.article_id, e.id))
            for ev in conn.execute(q).mappings():
                yield dict(ev), arts[ev["article_id"]], copies.get(ev["article_id"], [])


def _version() -> str:
    try:
        return pkg_metadata.version("accord")
    except pkg_metadata.PackageNotFoundError:
        return "unknown"


def export(repo: Repository, fmt: str, out_dir: str | Path,
           statuses: tuple[str, ...] = ("occurred",)) -> list[dict[str, Any]]:
    """Write the store in FMT under OUT_DIR (created). Returns one entry per file written:
    {"path", "rows"} (and "skipped" for PLOVER events without a PLOVER type). STATUSES selects
    the events of the gdelt and plover formats; the table formats export every row."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt in TABLE_FORMATS:
        return [{"path": str(p), "rows": n} for p, n in (write_table(repo, t, fmt, out) for t in export_tables(repo))]
    n = skipped = 0
    if fmt == "gdelt":
        path = out / "events.gdelt.tsv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
            for ev, art, copies in iter_events_with_articles(repo, statuses):
                w.writerow(gdelt_row(ev, art, copies))
                n += 1
        return [{"path": str(path), "rows": n, "columns": len(GDELT_COLUMNS)}]
    path = out / "events.plover.jsonl"
    version = _version()
    with open(path, "w", encoding="utf-8") as f:
        for ev, art, _ in iter_events_with_articles(repo, statuses):
            if not ev["plover"]:
                skipped += 1        # CAMEO codes PLOVER dropped (e.g. plain comments) have no type
                continue
            f.write(json.dumps(plover_record(ev, art, "Accord", version), ensure_ascii=False) + "\n")
            n += 1
    return [{"path": str(path), "rows": n, "skipped": skipped}]


__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "export_tables", "gdelt_row", "plover_record"]
