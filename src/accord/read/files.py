"""Single-article files: flattened text (.txt) and saved web pages (.html, .htm, optionally .gz)."""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterator

from accord.model import RawArticle


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        data = gzip.decompress(data)
    return data


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 when it is, else the charset charset-normalizer finds; never raises."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is not None:
            return str(best), [f"text decoded as {best.encoding}"]
        return data.decode("utf-8", errors="replace"), ["undecodable bytes replaced"]


def read_text_file(path: Path, art_id: str) -> Iterator[RawArticle]:
    try:
        text, _ = decode_text(read_bytes(path))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield RawArticle(id=art_id, path=str(path), error=f"unreadable file: {exc}")
        return
    yield RawArticle(id=art_id, path=str(path), text=text)


def read_html_file(path: Path, art_id: str) -> Iterator[RawArticle]:
    try:
        data = read_bytes(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield RawArticle(id=art_id, path=str(path), error=f"unreadable file: {exc}")
        return
    # Bytes go on to the HTML cleaner, which reads the page's own charset declaration.
    yield RawArticle(id=art_id, path=str(path), html=data)  # type: ignore[arg-type]
