"""JSON Lines: one article per line, {"id", "text" or "html", "title"?, "published"?, "url"?, "outlet"?}.

Every line is read on its own, so a bad line costs only itself: a line that is not JSON, not an
object, nested too deep, longer than the page-size limit (skipped without being held in memory) or
without a text gets an error record; invalid UTF-8 is replaced with a warning. A .gz file cut short
keeps the lines before the cut and reports the rest.
"""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Iterator

from accord.model import RawArticle
from accord.options import Options
from accord.read.errors import MAX_ID_CHARS, error, failed, size

FIELDS = ("title", "published", "url", "outlet", "author")
_CHUNK = 1 << 16


def read_jsonl(path: Path, art_id: str, options: Options | None = None) -> Iterator[RawArticle]:
    options = options or Options()
    limit = options.max_page_bytes
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        fh = opener(path, "rb")
    except OSError as exc:
        yield failed(art_id, str(path), "unreadable", f"cannot read the file: {exc.strerror or exc}")
        return
    with fh:
        lineno = 0
        seen = False
        while True:
            try:
                raw = fh.readline(limit + 1)
                too_long = len(raw) > limit and not raw.endswith(b"\n")
                if too_long:            # skip the rest of the line without holding it
                    skipped = len(raw)
                    while True:
                        part = fh.readline(_CHUNK)
                        skipped += len(part)
                        if not part or part.endswith(b"\n"):
                            break
            except (OSError, EOFError, zlib.error) as exc:
                kind = "truncated" if isinstance(exc, EOFError) else "bad_gzip"
                yield failed(f"{art_id}-{lineno + 1}", f"{path}#{lineno + 1}", kind,
                             f"unreadable rest of file from line {lineno + 1}: {exc}")
                return
            if not raw:
                if not seen:
                    yield failed(art_id, str(path), "empty", "the file holds no JSON lines")
                return
            lineno += 1
            if too_long:
                seen = True
                yield failed(f"{art_id}-{lineno}", f"{path}#{lineno}", "too_large",
                             f"line is {size(skipped)}, limit {size(limit)}")
            elif raw.strip():
                seen = True
                yield record_to_raw(raw, f"{path}#{lineno}", f"{art_id}-{lineno}", options)


def record_to_raw(raw: bytes, where: str, fallback_id: str, options: Options | None = None) -> RawArticle:
    options = options or Options()
    warnings: list[str] = []
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", errors="replace")
        warnings.append(error("invalid_utf8", f"{line.count(chr(0xFFFD))} invalid UTF-8 bytes replaced"))
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return failed(fallback_id, where, "bad_json", f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return failed(fallback_id, where, "too_deep", "JSON nested deeper than the parser can follow")
    except ValueError as exc:       # e.g. an integer with more digits than Python converts
        return failed(fallback_id, where, "bad_json", f"invalid JSON: {str(exc)[:120]}")
    if not isinstance(rec, dict):
        return failed(fallback_id, where, "bad_record", "invalid record: a JSON object is expected")
    depth = _depth(rec, options.max_json_depth)
    if depth > options.max_json_depth:
        return failed(fallback_id, where, "too_deep",
                      f"record nests JSON more than {options.max_json_depth} levels deep (limit {options.max_json_depth})")
    rid = rec.get("id")
    if rid not in (None, "") and not isinstance(rid, (str, int)):
        return failed(fallback_id, where, "bad_id", f'"id" must be a string or a number, not {type(rid).__name__}')
    art_id = str(rid) if rid not in (None, "") else fallback_id
    if len(art_id) > MAX_ID_CHARS:
        return failed(fallback_id, where, "bad_id", f'"id" is {len(art_id)} characters, limit {MAX_ID_CHARS}')
    text, html = rec.get("text"), rec.get("html")
    meta = {k: _meta(rec.get(k)) for k in FIELDS}
    if meta["published"] is None and rec.get("date"):
        meta["published"] = _meta(rec["date"])
    if not isinstance(text, str) and not isinstance(html, str):
        return RawArticle(id=art_id, path=where, error=error("bad_record", 'invalid record: no "text" or "html" string'),
                          error_kind="bad_record", warnings=warnings, **meta)
    body = text if isinstance(text, str) else html
    if not body.strip():
        return RawArticle(id=art_id, path=where, error=error("empty", f'the record\'s "{"text" if body is text else "html"}" is empty'),
                          error_kind="empty", warnings=warnings, **meta)
    return RawArticle(id=art_id, path=where, text=text if isinstance(text, str) else None,
                      html=html if isinstance(html, str) and not isinstance(text, str) else None,
                      warnings=warnings, **meta)


def _meta(value) -> str | None:
    """A metadata field as a short string: containers and overlong values are not metadata."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)[:2000]


def _depth(value, limit: int) -> int:
    """Nesting depth of a parsed JSON value, counted without recursion and only up to limit + 1."""
    deepest, stack = 1, [(value, 1)]
    while stack:
        v, d = stack.pop()
        deepest = max(deepest, d)
        if d > limit:
            return d
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values() if isinstance(x, (dict, list)))
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v if isinstance(x, (dict, list)))
    return deepest
