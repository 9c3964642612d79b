from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.read.warc import read_warc

PAGE_A = "<html><head><title>A</title></head><body><p>Première page.</p></body></html>".encode("utf-8")
PAGE_B = b"<html><head><title>B</title></head><body><p>Second page, sent gzipped.</p></body></html>"


def _response(w: WARCWriter, url: str, body: bytes, ctype: str, *extra: tuple[str, str], raw_body: bytes | None = None):
    headers = [("Content-Type", ctype), *extra]
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    return w.create_warc_record(url, "response", payload=io.BytesIO(raw_body if raw_body is not None else body),
                                http_headers=http)


def build_warc(gz: bool) -> tuple[bytes, list[str]]:
    """warcinfo, request, HTML response, JSON response, gzip-encoded HTML response: records 1..5."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    recs = [
        w.create_warcinfo_record("test.warc", {"software": "accord tests"}),
        w.create_warc_record("http://example.com/a", "request", payload=io.BytesIO(b""),
                             http_headers=StatusAndHeaders("GET /a HTTP/1.1", [("Host", "example.com")],
                                                           is_http_request=True)),
        _response(w, "http://example.com/a", PAGE_A, "text/html; charset=utf-8"),
        _response(w, "http://example.com/data.json", b'{"not": "html"}', "application/json"),
        _response(w, "http://example.com/b", PAGE_B, "text/html", ("Content-Encoding", "gzip"),
                  raw_body=gzip.compress(PAGE_B)),
    ]
    for r in recs:
        w.write_record(r)
    ids = [r.rec_headers.get_header("WARC-Record-ID").strip("<>") for r in recs]
    return buf.getvalue(), ids


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_html_responses_are_articles_and_other_records_are_skipped(tmp_path, gz):
    data, ids = build_warc(gz)
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    f.write_bytes(data)
    a, b = read_warc(f, "crawl")
    assert (a.id, a.path, a.url, a.html, a.error) == (ids[2], f"{f}#3", "http://example.com/a", PAGE_A, None)
    assert (b.id, b.path, b.url, b.html, b.error) == (ids[4], f"{f}#5", "http://example.com/b", PAGE_B, None)
    assert a.id.startswith("urn:uuid:")


def test_read_paths_dispatches_warc_by_name(tmp_path):
    from accord.read import READERS, read_paths
    if ".warc" not in READERS:
        pytest.skip("read/__init__.py READERS has no .warc entry yet")
    data, ids = build_warc(True)
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(data)
    assert [r.id for r in read_paths([str(tmp_path)])] == [ids[2], ids[4]]


def test_chunked_transfer_encoding_is_undone(tmp_path):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE_B), PAGE_B)
    w.write_record(_response(w, "http://example.com/c", PAGE_B, "text/html", ("Transfer-Encoding", "chunked"),
                             raw_body=chunked))
    f = tmp_path / "c.warc"
    f.write_bytes(buf.getvalue())
    [a] = read_warc(f, "c")
    assert a.html == PAGE_B and a.path == f"{f}#1"


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_truncated_file_keeps_what_was_read_and_reports_the_cut_record(tmp_path, gz):
    data, ids = build_warc(gz)
    f = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    f.write_bytes(data[:-40])                      # the last record (gzip-encoded HTML) is cut short
    a, b = read_warc(f, "cut")
    assert a.error is None and a.html == PAGE_A and a.path == f"{f}#3"
    assert b.path == f"{f}#5" and b.url == "http://example.com/b" and b.html is None
    assert b.error and ("truncated" in b.error or "unreadable" in b.error)


def test_truncated_record_in_plain_warc_says_how_much_is_missing(tmp_path):
    data, ids = build_warc(False)
    f = tmp_path / "cut.warc"
    f.write_bytes(data[:-40])
    *_, b = read_warc(f, "cut")
    assert b.id == ids[4] and "truncated WARC record 5" in b.error and "bytes" in b.error


def test_corrupt_gzip_after_good_records_stops_with_an_error(tmp_path):
    data, ids = build_warc(True)
    f = tmp_path / "bad.warc.gz"
    f.write_bytes(data + b"\x1f\x8b\x08\x00garbage that is not deflate data" * 3)
    recs = list(read_warc(f, "bad"))
    assert [r.html for r in recs[:2]] == [PAGE_A, PAGE_B]
    assert len(recs) == 3 and recs[2].error and recs[2].path == f"{f}#6" and recs[2].id == "bad-6"


def test_not_a_warc_and_missing_file_become_error_records(tmp_path):
    f = tmp_path / "x.warc"
    f.write_bytes(b"<html>not a web archive</html>\n")
    [r] = read_warc(f, "x")
    assert r.error.startswith("bad_warc: unreadable WARC from record 1") and r.error_kind == "bad_warc" and r.path == f"{f}#1"
    [m] = read_warc(tmp_path / "missing.warc", "missing")
    assert m.error.startswith("unreadable: cannot read the file") and m.id == "missing"


def test_broken_content_encoding_is_an_error_for_that_record_only(tmp_path):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    w.write_record(_response(w, "http://example.com/bad", PAGE_B, "text/html", ("Content-Encoding", "gzip"),
                             raw_body=b"\x1f\x8b\x08\x00 definitely not deflate"))
    w.write_record(_response(w, "http://example.com/a", PAGE_A, "text/html"))
    f = tmp_path / "enc.warc.gz"
    f.write_bytes(buf.getvalue())
    bad, good = read_warc(f, "enc")
    assert good.html == PAGE_A and good.path == f"{f}#2"
    # warcio may hand back the raw bytes when it cannot decode; either way the batch goes on.
    assert bad.error or bad.html is not None
