"""Readers: files and folders in, RawArticle records out, in input order (txt, html, jsonl, warc).

A record that cannot be read becomes a RawArticle with `error` set, so the batch goes on and
the article still gets its line in the output.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from accord.model import RawArticle
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


def read_paths(paths: list[str]) -> Iterator[RawArticle]:
    for f, root in iter_files(paths):
        kind = kind_of(f)
        if not f.exists():
            yield RawArticle(id=_file_id(f, root), path=str(f), error=f"not found: {f}")
        elif kind is None:
            yield RawArticle(id=_file_id(f, root), path=str(f),
                             error=f"unsupported input format: {f.name} (expected .txt, .html, .htm, .jsonl, .ndjson, .warc, optionally .gz)")
        else:
            yield from READERS[kind](f, _file_id(f, root))


def _file_id(f: Path, root: Path) -> str:
    """An id from the path: relative to the folder it was found under, without extensions."""
    try:
        rel = f.relative_to(root)
    except ValueError:
        rel = Path(f.name)
    name = rel.name.split(".")[0] or rel.name
    return str(rel.with_name(name))
