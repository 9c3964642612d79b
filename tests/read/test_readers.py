from __future__ import annotations

import gzip
import json

from accord.read import read_paths


def test_jsonl_records_keep_order_ids_and_metadata(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "First.", "published": "2023-11-10", "outlet": "X"}) + "\n\n"
                 + json.dumps({"text": "Second."}) + "\n", encoding="utf-8")
    a, b = read_paths([str(f)])
    assert (a.id, a.path, a.text, a.published, a.outlet) == ("a", f"{f}#1", "First.", "2023-11-10", "X")
    assert (b.id, b.path) == ("in-3", f"{f}#3")        # no id: derived from file and line


def test_bad_jsonl_lines_become_error_records_and_the_rest_goes_on(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "ok", "text": "Fine."}\nnot json\n[1, 2]\n{"id": "x"}\n{"id": "ok2", "html": "<p>Hi</p>"}\n')
    recs = list(read_paths([str(f)]))
    assert [r.error is None for r in recs] == [True, False, False, False, True]
    assert "invalid JSON" in recs[1].error and "JSON object" in recs[2].error and '"text"' in recs[3].error
    assert recs[4].html == "<p>Hi</p>" and recs[4].text is None


def test_folders_are_walked_in_order_and_gz_html_is_read(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Body b.")
    (tmp_path / "sub" / "a.html.gz").write_bytes(gzip.compress(b"<html><p>Body a.</p></html>"))
    (tmp_path / "notes.csv").write_text("ignored")
    recs = list(read_paths([str(tmp_path)]))
    assert [r.id for r in recs] == ["b", "sub/a"]
    assert recs[0].text == "Body b." and recs[1].html.startswith(b"<html>")


def test_missing_and_unsupported_files_are_reported(tmp_path):
    other = tmp_path / "x.pdf"
    other.write_bytes(b"%PDF")
    missing, unsupported = read_paths([str(tmp_path / "nope.txt"), str(other)])
    assert "not found" in missing.error and "unsupported input format" in unsupported.error


def test_non_utf8_text_is_decoded(tmp_path):
    f = tmp_path / "cp.txt"
    body = ("Президент России Владимир Путин посетил Астану в четверг. Он провёл переговоры с президентом "
            "Казахстана о торговле, энергетике и безопасности, сообщила пресс-служба Кремля.")
    f.write_bytes(body.encode("cp1251"))
    [r] = read_paths([str(f)])
    assert r.text.startswith("Президент")
