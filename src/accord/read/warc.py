"""Web archives (.warc, .warc.gz): every HTTP response record with an HTML content type is an article.

Read with warcio (streaming, one record in memory at a time). For each article:

- ``html`` is the HTTP body as bytes, with the transfer encoding (chunked) and the content encoding
  (gzip, deflate, br) undone, so the HTML cleaner sees the page's own bytes and charset declaration;
- ``url`` is the record's ``WARC-Target-URI``;
- ``id`` is the record's ``WARC-Record-ID`` without its angle brackets (e.g. ``urn:uuid:...``), which is
  stable wherever the record is copied; a record without one gets ``{art_id}-{n}``;
- ``path`` is ``{file}#{n}``, where ``n`` is the record's 1-based ordinal among *all* records of the file
  (warcinfo, request, metadata and non-HTML responses count too), so ``#n`` points at the same record
  whatever is skipped.

Other records (requests, metadata, revisits, non-HTML responses) are skipped. A damaged record becomes a
RawArticle with ``error``: a record cut short by the end of the file (truncated download), a body whose
content encoding cannot be undone, or an archive that cannot be parsed any further (corrupt gzip, garbage
between records). The articles read before the damage are kept; after a damaged body the reader goes on
with the next record, after an archive that cannot be parsed it stops (there is no safe way to find the
next record), having reported where.
"""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from accord.model import RawArticle
from accord.options import Options
from accord.read.errors import BadBytes, check_text_bytes, failed, gunzip_if_gzip, size

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16


def read_warc(path: Path, art_id: str, options: Options | None = None) -> Iterator[RawArticle]:
    limit = (options or Options()).max_page_bytes
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield failed(art_id, str(path), "unreadable", f"cannot read the file: {exc.strerror or exc}")
        return
    with fh:
        n = 0
        if not fh.read(1):
            yield failed(art_id, str(path), "empty", "the file is empty")
            return
        fh.seek(0)
        records = iter(ArchiveIterator(fh))
        while True:
            try:
                record = next(records)
            except StopIteration:
                if n == 0:      # only blank lines: nothing in the file is a record
                    yield failed(art_id, str(path), "empty", "the file holds no WARC records")
                return
            except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
                n += 1
                yield failed(f"{art_id}-{n}", f"{path}#{n}", "bad_warc",
                             f"unreadable WARC from record {n} on: {_message(exc)}")
                return
            n += 1
            if getattr(record, "format", "warc") != "warc":
                # warcio also reads the older ARC format, and takes a line of any text with five words
                # for an ARC header: a page named .warc would vanish without a word.
                yield failed(f"{art_id}-{n}", f"{path}#{n}", "bad_warc",
                             f"record {n} is not a WARC record (no WARC/1.x header); not a web archive")
                return
            try:
                raw = _article(record, path, art_id, n, limit)
            except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
                raw = failed(_record_id(record) or f"{art_id}-{n}", f"{path}#{n}", "bad_warc",
                             f"unreadable WARC record {n}: {_message(exc)}",
                             url=record.rec_headers.get_header("WARC-Target-URI"))
            if raw is not None:
                yield raw


def _article(record, path: Path, art_id: str, n: int, limit: int) -> RawArticle | None:
    """The record as an article, or None when it is not an HTML response."""
    if record.rec_type != "response" or record.http_headers is None or not _is_html(record):
        return None
    where, rec_id = f"{path}#{n}", _record_id(record) or f"{art_id}-{n}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        body = record.content_stream().read(limit + 1)   # bounded: a decoded body can be a gzip bomb
        body_error = None
    except (OSError, EOFError, zlib.error, ValueError) as exc:  # a broken chunked or gzip body
        body, body_error = b"", exc
    # Read whatever the content decoder left, then see whether the record had all the bytes it declares.
    while record.raw_stream.read(_CHUNK):
        pass
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        return failed(rec_id, where, "truncated", f"truncated WARC record {n}: {missing} bytes of its declared "
                                                  f"length are missing (the file ends early)", url=url)
    if body_error is not None:
        encoding = record.http_headers.get_header("Content-Encoding") or "chunked"
        return failed(rec_id, where, "bad_body",
                      f"undecodable body in WARC record {n} ({encoding}): {_message(body_error)}", url=url)
    if len(body) > limit:
        return failed(rec_id, where, "too_large", f"WARC record {n}: page is over {size(limit)} (limit {size(limit)})",
                      url=url)
    try:
        body, warnings = gunzip_if_gzip(body, limit)    # a content encoding warcio left undone
        check_text_bytes(body, f"HTML body of WARC record {n}")
    except BadBytes as exc:
        kind = "bad_body" if exc.kind == "bad_gzip" else exc.kind
        return failed(rec_id, where, kind, f"WARC record {n}: {exc.message}", url=url)
    return RawArticle(id=rec_id, path=where, url=url, html=body, warnings=warnings)  # type: ignore[arg-type]


def _is_html(record) -> bool:
    ctype = record.http_headers.get_header("Content-Type")
    if not ctype:
        ctype = record.rec_headers.get_header("WARC-Identified-Payload-Type") or ""
    mime = ctype.split(";", 1)[0].strip().lower()
    return mime in HTML_TYPES


def _record_id(record) -> str | None:
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>").strip()
    return rid or None


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    text = "".join(c if c.isprintable() else "?" for c in text.splitlines()[0])
    return text if len(text) <= 160 else text[:160] + "..."
