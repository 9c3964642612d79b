"""JSON Lines: one article per line, {"id", "text" or "html", "title"?, "published"?, "url"?, "outlet"?}."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterator

from accord.model import RawArticle

FIELDS = ("title", "published", "url", "outlet", "author")


def read_jsonl(path: Path, art_id: str) -> Iterator[RawArticle]:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        fh = opener(path, "rb")
    except OSError as exc:
        yield RawArticle(id=art_id, path=str(path), error=f"unreadable file: {exc}")
        return
    with fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline()
            except (OSError, EOFError) as exc:
                yield RawArticle(id=f"{art_id}-{lineno + 1}", path=f"{path}#{lineno + 1}",
                                 error=f"unreadable rest of file: {exc}")
                return
            if not raw:
                return
            lineno += 1
            if raw.strip():
                yield record_to_raw(raw, f"{path}#{lineno}", f"{art_id}-{lineno}")


def record_to_raw(raw: bytes, where: str, fallback_id: str) -> RawArticle:
    try:
        rec = json.loads(raw.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        return RawArticle(id=fallback_id, path=where, error=f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(rec, dict):
        return RawArticle(id=fallback_id, path=where, error="invalid record: a JSON object is expected")
    art_id = str(rec["id"]) if rec.get("id") not in (None, "") else fallback_id
    text, html = rec.get("text"), rec.get("html")
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in FIELDS}
    if meta["published"] is None and rec.get("date"):
        meta["published"] = str(rec["date"])
    if not isinstance(text, str) and not isinstance(html, str):
        return RawArticle(id=art_id, path=where, error='invalid record: no "text" or "html" string', **meta)
    return RawArticle(id=art_id, path=where, text=text if isinstance(text, str) else None,
                      html=html if isinstance(html, str) and not isinstance(text, str) else None, **meta)
