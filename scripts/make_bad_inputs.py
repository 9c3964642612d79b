"""Write the bad-input corpus: tests/data/bad_inputs/ (hostile and damaged files, each small).

    .venv/bin/python scripts/make_bad_inputs.py [OUT_DIR]

Every case is one file (or one line of bad_lines.jsonl) and is listed in MANIFEST.json with the error kind
Accord must report for it (outcome "failed": the record gets an `error` of that kind) or the damage kind it
must repair (outcome "kept": the article is stored with a `KIND: ...` warning). tests/reliability/
test_bad_corpus.py ingests the folder together with 100 good Wikinews articles and checks both.

Ingest the folder with `--max-page-mb 0.05` (51 KB): the oversize cases are a little over that, so that the
corpus stays small. Output is deterministic (fixed gzip mtime, fixed WARC ids and dates), so re-running the
script leaves git clean. The prose of the damaged-but-readable articles is written for this corpus.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "bad_inputs"
LIMIT = 51 * 1024 + 200        # just over --max-page-mb 0.05

# Readable articles carried by damaged files: they must survive the damage and be stored.
PROSE = [
    "The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss Arctic shipping routes. "
    "Both governments said they would coordinate search and rescue services along the northern coast.",
    "Chile and Argentina signed an agreement on Wednesday to share water from rivers that cross their border. "
    "Officials from both countries said the deal ends a dispute that had lasted more than a decade.",
    "The government of Kenya announced on Monday that it will reopen its embassy in Somalia next month. "
    "The foreign ministry said the decision follows talks between the two presidents in Nairobi.",
    "Japan and South Korea held talks in Seoul about fishing rights in the waters between the two countries. "
    "The delegations agreed to meet again in Tokyo before the end of the year.",
    "Poland expelled two Belarusian diplomats on Thursday, the foreign ministry in Warsaw said. "
    "Belarus called the decision unfriendly and said it would respond in kind.",
    "Brazil offered to mediate between Colombia and Venezuela after a border incident on Friday. "
    "The Brazilian president said dialogue was the only way to keep the frontier calm.",
    "Egypt and Sudan agreed on Sunday to expand trade across their shared border. "
    "Ministers from both countries said new customs posts would open in the spring.",
    "India and Bangladesh resumed rail services between Kolkata and Dhaka on Saturday. "
    "Officials said the route had been closed for repairs since the floods last year.",
    "Canada criticised Iran on Tuesday over the detention of a dual national in Tehran. "
    "The Canadian foreign minister demanded consular access and the release of the prisoner.",
    "Vietnam and the Philippines agreed on Monday to set up a hotline between their coast guards. "
    "Both sides said the line would help avoid incidents in disputed waters.",
    "Ghana and Togo opened a new border crossing on Thursday to speed up the movement of goods. "
    "Traders on both sides welcomed the shorter waiting times at the frontier.",
    "Portugal and Spain announced a joint plan on Friday to fight forest fires along their border. "
    "Fire crews from both countries will train together before the summer season.",
]


def html_page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1><p>{body}</p></article></body></html>")


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


_RECORD_IDS = iter(range(1, 1000))     # WARC-Record-IDs are unique across the corpus, as in real crawls


def warc_record(url: str, body: bytes, ctype: str = "text/html; charset=utf-8", extra_http: str = "") -> bytes:
    n = next(_RECORD_IDS)
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n{extra_http}"
            f"Content-Length: {len(body)}\r\n\r\n").encode("ascii") + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
            f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode("ascii") + http + b"\r\n\r\n"


def cases() -> tuple[dict[str, bytes], list[dict]]:
    global _RECORD_IDS
    _RECORD_IDS = iter(range(1, 1000))
    files: dict[str, bytes] = {}
    manifest: list[dict] = []

    def add(name: str, data: bytes, kind: str, outcome: str = "failed", what: str = "", record: str = ""):
        files[name] = data
        manifest.append({"path": name + record, "kind": kind, "outcome": outcome, "what": what})

    # --- not text, no text, too big ------------------------------------------------------------------
    add("png_named.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2, "binary",
        what="a PNG image saved under an .html name")
    add("zip_named.htm", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200), "binary",
        what="a ZIP archive saved as .htm")
    add("pdf_named.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "binary",
        what="a PDF saved as .txt")
    add("nul_soup.txt", bytes((i * 37) % 7 for i in range(4000)), "binary",
        what="mostly NUL and control bytes")
    add("empty.txt", b"", "empty", what="an empty file")
    add("whitespace.html", b"  \n\t\n   \r\n", "empty", what="only whitespace")
    add("no_lines.jsonl", b"", "empty", what="an empty JSON Lines file")
    add("no_records.warc", b"", "empty", what="an empty web archive")
    filler = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "</p>\n"
    add("oversize.html", html_page("Too big", "").encode().replace(b"</body>", (filler * (LIMIT // len(filler) + 1)).encode() + b"</body>"),
        "too_large", what="a page over the size limit")
    add("gzip_bomb.html.gz", gz(b" " * (8 * 1024 * 1024)), "too_large",
        what="a gzip file that expands 1000-fold past the limit")
    add("not_gzip.html.gz", b"this is not gzip data at all, just text with a .gz name\n", "bad_gzip",
        what="a .gz name on bytes that are not gzip")
    add("nested_tags.html", ("<html><body>" + "<div><span>" * 400 + "<p>Deep.</p>" + "</span></div>" * 400
                             + "</body></html>").encode(), "too_deep", what="a nested-tag bomb (800 levels)")
    add("images_only.html", ("<html><head><title>Gallery</title></head><body>"
                             + "".join(f"<img src='/p{i}.jpg' alt=''>" for i in range(20))
                             + "<form><input name='q'></form></body></html>").encode(), "no_text",
        what="a page of images with no article text")
    add("script_only.html", b"<html><body><script>" + b"document.write('x');" * 50 + b"</script></body></html>",
        "no_text", what="a page that is only a script")

    # --- damaged but readable: stored with a warning -------------------------------------------------
    page = html_page("Arctic talks in Oslo", PROSE[0] + " " + PROSE[0].replace("Tuesday", "Wednesday")).encode()
    packed = gz(page * 3)
    add("truncated.html.gz", packed[: int(len(packed) * 0.85)], "truncated", "kept",
        what="a gzip page cut short: the part before the cut is read")
    add("mixed_encoding.txt", ("Water deal between Chile and Argentina\n\n" + PROSE[1] + "\n").encode("utf-8")
        + "Le ministre a déclaré que l’accord était équitable.\n".encode("cp1252")
        + ("Observers in Santiago said the agreement was a model for the région.\n").encode("utf-8"),
        "mixed_encoding", "kept", what="UTF-8 lines and a cp1252 line in one file")
    add("nul_bytes.txt", ("Kenya to reopen embassy in Somalia\n\n" + PROSE[2]).encode().replace(b". ", b".\x00 ", 1)
        .replace(b"month", b"mo\x00nth"), "control_chars", "kept", what="article text with NUL bytes inside")

    # --- web archives --------------------------------------------------------------------------------
    good = warc_record("http://example.org/fishing", html_page("Fishing talks", PROSE[3]).encode())
    cut = warc_record("http://example.org/cut", html_page("Cut", PROSE[4] * 4).encode())
    add("truncated.warc", good + cut[: len(cut) // 2], "truncated", record="#2",
        what="a web archive whose second record is cut short")
    manifest.append({"path": "truncated.warc#1", "kind": None, "outcome": "stored", "what": "the record before the cut"})
    add("not_a_warc.warc", b"<html><body>A web page, not a web archive.</body></html>\n", "bad_warc", record="#1",
        what="a .warc name on a plain page")
    add("bad_body.warc", warc_record("http://example.org/gz", b"\x1f\x8b\x08\x00 not really gzip",
                                     extra_http="Content-Encoding: gzip\r\n"), "bad_body", record="#1",
        what="a response whose gzip content encoding is corrupt")
    add("png_in.warc", warc_record("http://example.org/img", b"\x89PNG\r\n\x1a\n" + bytes(300)), "binary",
        record="#1", what="an image labelled text/html in a web archive")
    add("bomb_in.warc", warc_record("http://example.org/bomb", gz(b" " * (4 * 1024 * 1024)),
                                    extra_http="Content-Encoding: gzip\r\n"), "too_large", record="#1",
        what="a gzip bomb as a response's content encoding")

    # --- JSON Lines: one case a line ---------------------------------------------------------------------
    lines: list[tuple[bytes, str | None, str]] = [
        (json.dumps({"id": "jl-good", "text": PROSE[5]}).encode(), None, "a good line among bad ones"),
        (b"this line is not JSON", "bad_json", "not JSON"),
        (b'{"id": "jl-cut", "text": "The line ends in the mid', "bad_json", "a line cut in the middle"),
        (b"[1, 2, 3]", "bad_record", "JSON, but not an object"),
        (b'{"id": "jl-notext", "title": "No body"}', "bad_record", "an object without text or html"),
        (b'{"id": "jl-numtext", "text": 42}', "bad_record", "text that is not a string"),
        (b'{"id": "jl-empty", "text": "   "}', "empty", "an empty text"),
        (b'{"id": "jl-deep", "text": "x", "extra": ' + b"[" * 60 + b"]" * 60 + b"}", "too_deep", "JSON nested 60 deep"),
        (b"[" * 3000 + b"]" * 3000, "too_deep", "JSON nested 3000 deep (past Python's recursion limit)"),
        (b'{"id": "jl-bigint", "text": "x", "n": ' + b"9" * 5000 + b"}", "bad_json", "an integer of 5000 digits"),
        (json.dumps({"id": "x" * 600, "text": PROSE[6]}).encode(), "bad_id", "an id of 600 characters"),
        (json.dumps({"id": "jl-dictid", "text": PROSE[6]}).encode().replace(b'"jl-dictid"', b'{"a": 1}'), "bad_id",
         "an id that is an object"),
        (json.dumps({"id": "jl-huge", "text": "word " * (LIMIT // 4)}).encode(), "too_large", "a line over the size limit"),
        (json.dumps({"id": "jl-latin1", "text": "Egypt and Sudan: " + PROSE[6]}).encode()
         .replace(b"Sudan:", b"Sudan " + "\u2014".encode("utf-8")[:2] + b":"), "invalid_utf8", "invalid UTF-8 bytes"),
        (b'{"id": "jl-surrogate", "text": "' + PROSE[7].encode() + b' \\ud800"}', "invalid_utf8",
         "a lone surrogate escape (cannot be written as UTF-8)"),
        (b'{"id": "jl-nul", "text": "' + PROSE[8].replace("Tuesday", "Tues\\u0000day").encode() + b'"}',
         "control_chars", "a \\u0000 escape inside the text"),
        (b'{"id": "jl-html-nested", "html": "<html><body>' + b"<div>" * 400 + b'x</body></html>"}', "too_deep",
         "an HTML field nested 400 deep"),
    ]
    body = b""
    for n, (line, kind, what) in enumerate(lines, 1):
        body += line + b"\n"
        outcome = ("stored" if kind is None else
                   "kept" if kind in ("invalid_utf8", "control_chars", "mixed_encoding", "truncated") else "failed")
        manifest.append({"path": f"bad_lines.jsonl#{n}", "kind": kind, "outcome": outcome, "what": what})
    files["bad_lines.jsonl"] = body

    jl = b"".join(json.dumps({"id": f"gz-{i}", "text": PROSE[9 + i]}).encode() + b"\n" for i in range(3))
    packed = gz(jl + b'{"id": "gz-lost", "text": "' + b"Lost words here. " * 400 + b'"}\n')
    files["truncated.jsonl.gz"] = packed[: len(packed) - 40]
    for i in range(3):
        manifest.append({"path": f"truncated.jsonl.gz#{i + 1}", "kind": None, "outcome": "stored",
                         "what": "a line before the gzip stream was cut"})
    manifest.append({"path": "truncated.jsonl.gz#4", "kind": "truncated", "outcome": "failed",
                     "what": "the rest of a gzip JSON Lines file cut short"})
    return files, manifest


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    files, manifest = cases()
    for name, data in files.items():
        (out / name).write_bytes(data)
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    kinds = {m["kind"] for m in manifest if m["kind"]}
    print(f"{len(files)} files, {len(manifest)} cases, {len(kinds)} kinds -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
