"""Bad input as data: error kinds, limits and the checks every reader shares.

An input that cannot become an article gets ``error = "KIND: message"`` and ``error_kind = KIND``; an input
that is damaged but still readable becomes an article with a ``"KIND: message"`` line in ``warnings``. KIND is
one of ``KINDS`` (machine-readable, stable); the message says what was wrong and what the limit was.

Nothing here raises on bad bytes: the readers call these helpers and turn what they return into a
RawArticle, so one hostile file never stops a batch.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import signal
import threading
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from accord.model import RawArticle

# Every kind an error or a damage warning can carry, with what it means (docs/security.md lists them too).
KINDS: dict[str, str] = {
    "not_found": "the named file does not exist",
    "unsupported_format": "no reader for this file name",
    "unreadable": "the operating system could not read the file",
    "empty": "the file or record holds no text at all",
    "too_large": "the page, record or decompressed file is over the size limit",
    "too_deep": "JSON or HTML nested deeper than the limit",
    "binary": "the bytes are not text (an image, archive or executable, or mostly NUL/control bytes)",
    "bad_gzip": "the gzip stream is corrupt or cut short",
    "bad_json": "a JSON Lines line that is not valid JSON",
    "bad_record": "valid JSON, but not an article object with a text or html string",
    "bad_id": "the record's id is unusable (too long)",
    "truncated": "a record or stream cut short; the readable part may be kept with a warning",
    "bad_warc": "the web archive cannot be parsed from this record on",
    "bad_body": "a WARC record's HTTP body could not be decoded (chunked or content encoding)",
    "invalid_utf8": "bytes that are not valid UTF-8 were replaced (warning)",
    "mixed_encoding": "some lines were not UTF-8 and were decoded with another charset (warning)",
    "control_chars": "NUL and other control characters were removed (warning)",
    "too_long": "the clean text was cut to the text-length limit (warning)",
    "no_text": "nothing in the input looks like article text",
    "too_slow": "a stage spent longer on the article than the time limit (a pathological text, or a bug)",
    "cleaning_failed": "the cleaner raised an unexpected exception (a bug: please report it)",
    "parse_failed": "spaCy raised on this text",
    "analysis_failed": "an extractor raised an unexpected exception (a bug: please report it)",
    "store_failed": "the store refused the article",
    "copy_unresolved": "linked as a copy of a stored article that changed while its batch ran (ingest it again)",
}

MB = 1024 * 1024
MAX_ID_CHARS = 512          # the store's id columns are String(512)
_SNIFF = 8192

# Leading bytes of common non-text formats that crawls save under a wrong name.
_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF87a": "a GIF image", b"GIF89a": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive", b"\x7fELF": "an ELF executable",
    b"MZ": "a Windows executable", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive",
    b"BZh": "a bzip2 stream", b"\xfd7zXZ": "an xz stream", b"\x00\x00\x01\x00": "an icon",
    b"RIFF": "a RIFF (WebP/WAV/AVI) file", b"OggS": "an Ogg stream", b"ID3": "an MP3 file",
    b"\x1a\x45\xdf\xa3": "a Matroska/WebM video", b"wOFF": "a WOFF font", b"wOF2": "a WOFF2 font",
    b"SQLite format 3": "a SQLite database",
}
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0 controls other than tab, newline, carriage return, form feed; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def error(kind: str, message: str) -> str:
    """The `error` string: "KIND: message"."""
    assert kind in KINDS, kind
    return f"{kind}: {message}"


def failed(art_id: str, where: str, kind: str, message: str, **meta) -> RawArticle:
    """A RawArticle that records why the input could not be read."""
    return RawArticle(id=safe_id(art_id), path=where, error=error(kind, message), error_kind=kind, **meta)


def kind_of_error(text: str | None) -> str | None:
    """The KIND of a "KIND: message" error or warning, None when it carries none."""
    if not text:
        return None
    head = text.split(":", 1)[0]
    return head if head in KINDS else None


def size(n: int) -> str:
    """A byte count people read: "52.0 MB", "830 KB", "12 bytes"."""
    if n >= MB:
        return f"{n / MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def safe_id(art_id: str) -> str:
    """An id the store can hold: an overlong one is cut and made unique again by a digest of the whole."""
    if len(art_id) <= MAX_ID_CHARS:
        return art_id
    digest = hashlib.sha1(art_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{art_id[:MAX_ID_CHARS - 17]}~{digest}"


# --- bytes ------------------------------------------------------------------------------------------------

class BadBytes(Exception):
    """Raised by the byte helpers below; the reader turns it into an error record."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind, self.message = kind, message


def read_limited(path: Path, limit: int) -> tuple[bytes, list[str]]:
    """The file's bytes (decompressed when it is named .gz), refusing more than `limit` bytes.

    A gzip stream cut short keeps what decompressed before the cut, with a `truncated` warning; a gzip
    stream that decompresses past the limit (a "zip bomb") is refused without being expanded."""
    try:
        on_disk = path.stat().st_size
        if path.suffix.lower() != ".gz":
            if on_disk > limit:
                raise BadBytes("too_large", f"page is {size(on_disk)}, limit {size(limit)}")
            return path.read_bytes(), []
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise BadBytes("unreadable", f"cannot read the file: {exc.strerror or exc}") from None
    return gunzip_limited(raw, limit)


def gunzip_limited(raw: bytes, limit: int) -> tuple[bytes, list[str]]:
    if not raw:
        return b"", []
    d = zlib.decompressobj(wbits=47)        # gzip or zlib header, auto-detected
    out = bytearray()
    data = raw
    try:
        while data:
            out += d.decompress(data, limit + 1 - len(out))
            if len(out) > limit:
                raise BadBytes("too_large", f"the gzip data expands past the {size(limit)} limit; "
                                            f"it is {size(len(raw))} compressed")
            data = d.unconsumed_tail
            if d.eof:
                # Concatenated gzip members are legal: go on with the next one.
                rest = d.unused_data
                if not rest.strip(b"\x00"):
                    break
                d, data = zlib.decompressobj(wbits=47), rest
    except zlib.error as exc:
        if not out:
            raise BadBytes("bad_gzip", f"not a readable gzip stream ({exc})") from None
        return bytes(out), [error("bad_gzip", f"gzip stream corrupt after {size(len(out))}; read that part only")]
    if not d.eof:
        if not out:
            raise BadBytes("bad_gzip", "the gzip stream ends before any data")
        return bytes(out), [error("truncated", f"gzip stream cut short after {size(len(out))}; "
                                               f"read what was there")]
    return bytes(out), []


def gunzip_if_gzip(data: bytes, limit: int) -> tuple[bytes, list[str]]:
    """Bytes that are a gzip stream under another name (a page saved compressed, a WARC body whose
    content encoding was not undone) are decompressed here, under the size limit; others pass."""
    if data[:2] != b"\x1f\x8b":
        return data, []
    return gunzip_limited(data, limit)


def check_text_bytes(data: bytes, what: str = "file") -> None:
    """Refuse empty input and input that is not text at all (an image or archive under a text name)."""
    if not data.strip():
        raise BadBytes("empty", f"the {what} is empty" if not data else f"the {what} holds only whitespace")
    head = data[:_SNIFF]
    if head.startswith(_UTF16_BOMS):
        return
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            if magic == b"MZ" and b"This program" not in head[:512]:
                continue
            raise BadBytes("binary", f"the {what} is {name}, not text")
    bad = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if bad > max(8, len(head) // 20):      # more than 5% NUL or control bytes: not text in any charset
        raise BadBytes("binary", f"the {what} is not text ({bad} of its first {len(head)} bytes are NUL or control bytes)")


def strip_control_bytes(data: bytes) -> tuple[bytes, list[str]]:
    """NUL and C0 control bytes out of text bytes (kept in UTF-16, where they belong to characters)."""
    if data.startswith(_UTF16_BOMS):
        return data, []
    cleaned = data.translate(None, _CONTROL_BYTES)
    if len(cleaned) == len(data):
        return data, []
    return cleaned, [error("control_chars", f"{len(data) - len(cleaned)} NUL or control bytes removed")]


# --- text -------------------------------------------------------------------------------------------------

def clean_str(text: str | None) -> tuple[str | None, list[str]]:
    """A str safe for every later stage: no lone surrogates (they cannot be written as UTF-8), no NUL or
    control characters (lxml and the store refuse them)."""
    if text is None:
        return None, []
    warnings: list[str] = []
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fixed = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        warnings.append(error("invalid_utf8", f"{sum(1 for a, b in zip(text, fixed) if a != b) or 1} "
                                              f"unpaired surrogate characters replaced"))
        text = fixed
    cleaned, n = _CONTROL.subn("", text)
    if n:
        warnings.append(error("control_chars", f"{n} NUL or control characters removed"))
    return cleaned, warnings


def clean_raw(raw: RawArticle) -> RawArticle:
    """Every str field of a record made safe (see clean_str), the damage recorded as warnings."""
    # id and path too: a file name with bytes that are not UTF-8 reaches Python as lone surrogates.
    for name in ("id", "path", "text", "html", "title", "published", "url", "outlet", "author"):
        value = getattr(raw, name)
        if isinstance(value, str):
            fixed, warns = clean_str(value)
            if warns:
                setattr(raw, name, fixed)
                raw.warnings.extend(f"{w} (in {name})" for w in warns)
    raw.id = safe_id(raw.id)
    return raw


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Text bytes to str, never raising: UTF-8 when the bytes are; else line by line, UTF-8 lines as UTF-8
    and the others with the charset charset-normalizer finds for them (mixed encodings), with a warning."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace"), []
    lines = data.split(b"\n")
    bad = {i for i, line in enumerate(lines) if not _is_utf8(line)}
    legacy = _guess(b"\n".join(lines[i] for i in sorted(bad)))
    if not any(i not in bad and not line.isascii() for i, line in enumerate(lines)):
        # No line shows UTF-8 at work: the whole file is in one legacy charset.
        if legacy:
            return data.decode(legacy, errors="replace"), []
        return data.decode("utf-8", errors="replace"), [error("invalid_utf8", "undecodable bytes replaced")]
    codec = legacy or "cp1252"
    out = [line.decode(codec, errors="replace") if i in bad else line.decode("utf-8")
           for i, line in enumerate(lines)]
    return "\n".join(out).lstrip("\ufeff"), [
        error("mixed_encoding", f"{len(bad)} of {len(lines)} lines are not UTF-8; decoded them as {codec}")]


def _is_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _guess(data: bytes) -> str | None:
    if not data:
        return None
    from charset_normalizer import from_bytes
    best = from_bytes(data[:20000]).best()
    return best.encoding if best is not None else None


def gzip_error_types() -> tuple[type[BaseException], ...]:
    return (OSError, EOFError, gzip.BadGzipFile, zlib.error)


# --- time ---------------------------------------------------------------------------------------------------

class TooSlow(BaseException):
    """Raised inside a stage when the article's time limit is up. A BaseException, so that no stage's own
    `except Exception` swallows it; the pipeline catches it and fails that article alone."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TooSlow in the running code after `seconds` of wall time (SIGALRM). A no-op outside the main
    thread, where signals cannot be delivered, and when `seconds` is 0 or None."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(_signum, _frame):
        raise TooSlow()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
