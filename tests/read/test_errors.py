"""Readers on damaged and hostile files: limits, binary sniffing, gzip bombs and cuts, mixed encodings,
NUL bytes and lone surrogates (accord.read.errors)."""
from __future__ import annotations

import gzip
import json

import pytest

from accord.options import Options
from accord.read import read_paths
from accord.read.errors import (BadBytes, clean_str, decode_text, gunzip_limited, kind_of_error, safe_id)

SMALL = Options(max_page_bytes=1000)


def one(path, options=SMALL):
    [raw] = read_paths([str(path)], options)
    return raw


def test_a_page_over_the_limit_is_refused_before_it_is_read(tmp_path):
    f = tmp_path / "big.html"
    f.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    raw = one(f)
    assert raw.error_kind == "too_large" and raw.error == "too_large: page is 4.9 KB, limit 1000 bytes"


def test_a_gzip_bomb_is_stopped_while_it_expands(tmp_path):
    f = tmp_path / "bomb.html.gz"
    f.write_bytes(gzip.compress(b" " * 10_000_000))
    raw = one(f)
    assert raw.error_kind == "too_large" and "expands past" in raw.error


def test_a_cut_gzip_page_keeps_what_came_before_the_cut(tmp_path):
    page = b"<html><body><p>" + b"Talks went on in Geneva. " * 200 + b"</p></body></html>"
    packed = gzip.compress(page)
    f = tmp_path / "cut.html.gz"
    f.write_bytes(packed[: len(packed) // 2])
    raw = one(f, Options())
    assert raw.error is None and raw.html and page.startswith(raw.html)
    assert [kind_of_error(w) for w in raw.warnings] == ["truncated"]


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
    (b"%PDF-1.4 ...", "binary"),
    (bytes(range(32)) * 20, "binary"),
    (b"", "empty"),
    (b" \n\t ", "empty"),
])
def test_not_text_and_no_text_are_refused(tmp_path, data, kind):
    f = tmp_path / "a.html"
    f.write_bytes(data)
    assert one(f).error_kind == kind


def test_mixed_encodings_are_decoded_line_by_line():
    data = "Überblick: die Lage\n".encode("utf-8") + "Le ministre a déclaré\n".encode("cp1252")
    text, warnings = decode_text(data)
    assert text == "Überblick: die Lage\nLe ministre a déclaré\n"
    assert [kind_of_error(w) for w in warnings] == ["mixed_encoding"]


def test_a_legacy_charset_file_is_decoded_whole_without_a_warning():
    text, warnings = decode_text("Министр иностранных дел России встретился с коллегой.".encode("cp1251"))
    assert text.startswith("Министр") and warnings == []


def test_nul_bytes_in_text_are_removed_with_a_warning(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"Russia and China\x00 signed a deal.")
    raw = one(f)
    assert raw.text == "Russia and China signed a deal." and kind_of_error(raw.warnings[0]) == "control_chars"


def test_lone_surrogates_and_control_characters_are_repaired():
    fixed, warnings = clean_str("a\ud800b\x00c")
    assert fixed == "a\ufffdbc" and fixed.encode("utf-8")
    assert sorted(kind_of_error(w) for w in warnings) == ["control_chars", "invalid_utf8"]


def test_jsonl_limits_depth_size_and_ids(tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "ok", "text": "Fine text."}),
             json.dumps({"id": "big", "text": "x" * 6000}),
             '{"id": "deep", "text": "x", "n": ' + "[" * 30 + "]" * 30 + "}",
             "[" * 2400 + "]" * 2400,
             json.dumps({"id": "i" * 600, "text": "x"}),
             '{"id": "u", "text": "caf\xe9"}'.encode("latin-1").decode("latin-1")]
    f.write_bytes(b"\n".join(l.encode("latin-1") if l.startswith('{"id": "u"') else l.encode() for l in lines) + b"\n")
    recs = list(read_paths([str(f)], Options(max_page_bytes=5000)))
    assert [r.error_kind for r in recs] == [None, "too_large", "too_deep", "too_deep", "bad_id", None]
    assert recs[5].text == "caf\ufffd" and kind_of_error(recs[5].warnings[0]) == "invalid_utf8"
    assert recs[4].id == "in-5"             # a failure keeps an id the store can hold


def test_gunzip_limited_rejects_garbage_and_reads_concatenated_members():
    with pytest.raises(BadBytes) as exc:
        gunzip_limited(b"not gzip at all", 100)
    assert exc.value.kind == "bad_gzip"
    out, warnings = gunzip_limited(gzip.compress(b"one ") + gzip.compress(b"two"), 100)
    assert out == b"one two" and warnings == []


def test_overlong_ids_are_cut_and_stay_distinct():
    a, b = safe_id("x" * 600 + "a"), safe_id("x" * 600 + "b")
    assert len(a) == len(b) == 512 and a != b and safe_id("short") == "short"


def test_an_html_page_nested_too_deep_fails_with_its_kind():
    from accord.clean.html import extract_html
    from accord.model import InputLimitError
    page = "<html><body>" + "<div>" * 300 + "<p>Deep text.</p>" + "</div>" * 300 + "</body></html>"
    with pytest.raises(InputLimitError) as exc:
        extract_html(page, max_depth=200)
    assert exc.value.kind == "too_deep" and "limit 200" in str(exc.value)
    assert extract_html("<html><body><div><p>Shallow text here.</p></div></body></html>", max_depth=200).text


def test_a_file_name_that_is_not_utf8_gives_printable_ids_and_paths(tmp_path):
    import os
    name = os.fsdecode(b"caf\xe9.txt")          # a lone surrogate in Python's view of the name
    (tmp_path / name).write_text("Russia and China signed a trade deal on Monday.")
    [raw] = read_paths([str(tmp_path)])
    assert raw.error is None and raw.id.encode("utf-8") and raw.path.encode("utf-8")
    assert any(kind_of_error(w) == "invalid_utf8" for w in raw.warnings)
