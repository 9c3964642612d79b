"""Readers: files and folders in, RawArticle records out, in input order (txt, html, jsonl, warc).

A record that cannot be read becomes a RawArticle with `error` set ("KIND: message", kinds in
accord.read.errors), so the batch goes on and the article still gets its line in the output; damage
a reader repaired is listed in the record's `warnings`. No exception a reader raises on bad bytes
escapes read_paths: an unexpected one becomes an error record for that file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from accord.model import RawArticle
from accord.options import Options
from accord.read.errors import clean_raw, failed
from accord.read.files import read_html_file, read_text_file
from accord.read.jsonl import read_jsonl
from accord.read.warc import read_warc

READERS = {
    ".txt": read_text_file, ".text": read_text_file,
    ".html": read_html_file, ".htm": read_html_file,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".warc": read_warc,
}


def kind_of(path: Path) -> str | None:
    """The reader key for a path by its name ('a.html.gz' reads as '.html')."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes and suffixes[-1] in READERS else None


def iter_files(paths: list[str]) -> Iterator[tuple[Path, Path]]:
    """(file, the root it was named under); folders are walked recursively in sorted order and
    files no reader knows are skipped there, while a file named outright is always yielded."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if kind_of(f):
                    yield f, p
        else:
            yield p, p.parent


def read_paths(paths: list[str], options: Options | None = None) -> Iterator[RawArticle]:
    options = options or Options()
    for f, root in iter_files(paths):
        yield from read_file(f, root, options)


def read_file(f: Path, root: Path, options: Options | None = None) -> Iterator[RawArticle]:
    """One file's records, ids taken relative to `root` (the folder it was found under); a shard
    worker (accord.scale) reads its file with this and gets exactly read_paths' records."""
    options = options or Options()
    kind = kind_of(f)
    if not f.exists():
        yield failed(_file_id(f, root), str(f), "not_found", f"not found: {f}")
    elif kind is None:
        yield failed(_file_id(f, root), str(f), "unsupported_format",
                     f"unsupported input format: {f.name} (expected .txt, .html, .htm, .jsonl, .ndjson, .warc, optionally .gz)")
    elif not f.is_file():
        yield failed(_file_id(f, root), str(f), "unreadable", f"not a regular file: {f}")
    else:
        yield from _guarded(READERS[kind](f, _file_id(f, root), options), f, _file_id(f, root))


def _guarded(records: Iterator[RawArticle], f: Path, file_id: str) -> Iterator[RawArticle]:
    """A reader's records made safe for later stages; an exception the reader did not expect ends
    that file with an error record instead of the whole run."""
    n = 0
    try:
        for raw in records:
            n += 1
            yield clean_raw(raw)
    except (Exception, RecursionError) as exc:     # a reader bug on hostile bytes: report, go on
        yield failed(f"{file_id}-after-{n}" if n else file_id, str(f), "unreadable",
                     f"reader failed after {n} records: {type(exc).__name__}: {str(exc)[:160]}")


def _file_id(f: Path, root: Path) -> str:
    """An id from the path: relative to the folder it was found under, without extensions."""
    try:
        rel = f.relative_to(root)
    except ValueError:
        rel = Path(f.name)
    name = rel.name.split(".")[0] or rel.name
    return str(rel.with_name(name))
