"""Single-article files: flattened text (.txt) and saved web pages (.html, .htm, optionally .gz).

Both refuse, with an error record, a file over the page-size limit (before reading it, or while
decompressing it), an empty file and a file that is not text (an image or archive under a text name).
Damage that leaves text behind (a gzip stream cut short, NUL bytes, lines in another charset) is
repaired and reported in the record's warnings.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from accord.model import RawArticle
from accord.options import Options
from accord.read.errors import (BadBytes, check_text_bytes, decode_text, failed, gunzip_if_gzip, read_limited,
                                strip_control_bytes)

__all__ = ["read_text_file", "read_html_file", "read_bytes", "decode_text"]


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, gzip undone for .gz; raises BadBytes past `limit` or on a broken gzip stream."""
    return read_limited(path, limit if limit is not None else Options().max_page_bytes)[0]


def _checked_bytes(path: Path, options: Options) -> tuple[bytes, list[str]]:
    data, warnings = read_limited(path, options.max_page_bytes)
    data, more = gunzip_if_gzip(data, options.max_page_bytes)
    warnings += more
    check_text_bytes(data)
    return data, warnings


def read_text_file(path: Path, art_id: str, options: Options | None = None) -> Iterator[RawArticle]:
    options = options or Options()
    try:
        data, warnings = _checked_bytes(path, options)
    except BadBytes as exc:
        yield failed(art_id, str(path), exc.kind, exc.message)
        return
    data, more = strip_control_bytes(data)
    text, decode_warnings = decode_text(data)
    yield RawArticle(id=art_id, path=str(path), text=text, warnings=warnings + more + decode_warnings)


def read_html_file(path: Path, art_id: str, options: Options | None = None) -> Iterator[RawArticle]:
    options = options or Options()
    try:
        data, warnings = _checked_bytes(path, options)
    except BadBytes as exc:
        yield failed(art_id, str(path), exc.kind, exc.message)
        return
    data, more = strip_control_bytes(data)
    # Bytes go on to the HTML cleaner, which reads the page's own charset declaration.
    yield RawArticle(id=art_id, path=str(path), html=data, warnings=warnings + more)
