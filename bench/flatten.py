#!/usr/bin/env python3
"""Flattens an HTML page to plain text the way a naive scraper does: every block element (p, div, li,
h1-h6, td, ...) and every <br> starts a new line, inline elements (a, span, b, ...) run on within their
line, whitespace inside a line collapses to one space. Only <head>, script, style, noscript, template and
comments are dropped; everything else visible in the body stays: menus, footers, teasers, share buttons.

    .venv/bin/python bench/flatten.py PAGE.html[.gz]     # prints the flattened text

Deterministic: the same bytes always give the same text.
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import lxml.html
from lxml import etree

DROP = {"head", "script", "style", "noscript", "template"}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe", "legend", "li", "main",
    "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "title", "tr", "ul", "video", "audio", "picture",
}
_SPACE = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode(page: bytes) -> str:
    """Page bytes as text: UTF-8 when they are valid UTF-8, else the charset the page declares, else cp1252."""
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(page[:4096])
    for enc in ([m.group(1).decode("ascii", "ignore")] if m else []) + ["cp1252"]:
        try:
            return page.decode(enc, errors="replace")
        except LookupError:
            continue
    return page.decode("latin-1")


def flatten(page: bytes | str) -> str:
    """The page's visible text, one block per line, lines stripped, no empty lines."""
    text = decode(page) if isinstance(page, bytes) else page
    text = _XML_DECL.sub("", text)
    if not text.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    parts: list[str] = []
    _walk(body if body is not None else root, parts)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(el, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None:  # comment or processing instruction: its tail is still text
        if el.tail:
            parts.append(el.tail)
        return
    tag = tag.lower()
    if tag in DROP:
        if el.tail:
            parts.append(el.tail)
        return
    if tag == "br":
        parts.append("\n")
    block = tag in BLOCK
    if block:
        parts.append("\n")
    if el.text:
        parts.append(el.text.replace("\n", " ") if tag != "pre" else el.text)
    for child in el:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if el.tail:
        parts.append(el.tail)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    data = Path(args[0]).read_bytes()
    if args[0].endswith(".gz"):
        data = gzip.decompress(data)
    print(flatten(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
