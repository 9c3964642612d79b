"""Property tests for the readers: whatever bytes a file holds, no exception escapes read_paths, every
record is either an article to process or an error with a known kind, and every string it hands on can be
written as UTF-8 and holds no NUL (the store and lxml refuse both)."""
from __future__ import annotations

import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.options import Options
from accord.read import read_paths
from accord.read.errors import KINDS, decode_text, gunzip_limited, kind_of_error
from accord.read.jsonl import record_to_raw

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NAMES = ["a.txt", "a.html", "a.htm", "a.html.gz", "a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz", "a.txt.gz"]

# Bytes that look a little like the real thing: fragments of markup, JSON, WARC headers, gzip magic,
# UTF-8 and cp1252 text, NULs, mixed at random.
FRAGMENTS = [b"<html>", b"<body>", b"<p>", b"</p>", b"<div>" * 30, b"<script>", b"\x00", b"\x1f\x8b\x08\x00",
             b'{"id": "x", "text": "', b'"}\n', b"\n", b"WARC/1.0\r\n", b"WARC-Type: response\r\n",
             b"Content-Length: 10\r\n\r\n", b"\xe9t\xe9", "Привет".encode(), "Привет".encode("cp1251"),
             b"\xff\xfe", b"\x89PNG", b"Russia and China signed a deal. ", b"[" * 50, b"\\ud800"]
hostile_bytes = st.one_of(
    st.binary(max_size=3000),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=40)), max_size=40).map(b"".join),
)


def _assert_safe(raw) -> None:
    if raw.error is not None:
        assert raw.error_kind in KINDS and kind_of_error(raw.error) == raw.error_kind
        assert raw.text is None and raw.html is None
    else:
        assert raw.text is not None or raw.html is not None
    for w in raw.warnings:
        assert kind_of_error(w) in KINDS, w
    for value in (raw.id, raw.path, raw.text, raw.title, raw.published, raw.url, raw.outlet, raw.author,
                  raw.html if isinstance(raw.html, str) else None):
        if value is not None:
            value.encode("utf-8")               # no lone surrogates
            assert "\x00" not in value


@FAST
@given(data=hostile_bytes, name=st.sampled_from(NAMES), gz=st.booleans())
def test_no_file_content_breaks_a_reader(tmp_path, data, name, gz):
    f = tmp_path / name
    f.write_bytes(gzip.compress(data, mtime=0) if gz and name.endswith(".gz") else data)
    records = list(read_paths([str(f)], Options(max_page_bytes=2000)))
    assert records, "every file named outright gets at least one record"
    for raw in records:
        _assert_safe(raw)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=30)
records = st.fixed_dictionaries({}, optional={
    "id": json_values, "text": st.one_of(st.text(max_size=200), json_values), "html": st.text(max_size=200),
    "title": json_values, "published": json_values, "url": json_values, "outlet": json_values})


@FAST
@given(rec=st.one_of(records, json_values))
def test_no_json_record_breaks_the_jsonl_reader(rec):
    raw = record_to_raw(json.dumps(rec).encode("utf-8", "surrogatepass"), "in.jsonl#1", "in-1")
    from accord.read.errors import clean_raw
    _assert_safe(clean_raw(raw))


@FAST
@given(data=st.binary(max_size=4000))
def test_decode_text_never_raises(data):
    text, warnings = decode_text(data)
    assert isinstance(text, str) and all(kind_of_error(w) in KINDS for w in warnings)


@FAST
@given(data=st.binary(max_size=2000), limit=st.integers(1, 5000), cut=st.integers(0, 100))
def test_gunzip_never_returns_more_than_the_limit(data, limit, cut):
    from accord.read.errors import BadBytes
    packed = gzip.compress(data, mtime=0)
    packed = packed[: max(1, len(packed) * cut // 100)] if cut < 100 else packed
    try:
        out, warnings = gunzip_limited(packed, limit)
    except BadBytes as exc:
        assert exc.kind in ("too_large", "bad_gzip")
        return
    assert len(out) <= limit and data.startswith(out)
