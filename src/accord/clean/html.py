"""Main text and metadata of a saved web page.

``extract_html(html, url)`` decodes the page (BOM, then strict UTF-8, then the page's declared charset, then
charset-normalizer), takes the article body with trafilatura in precision mode without comments, removes
link-teaser and newsletter lines and a repeated headline, and reads title, author, outlet and the original
publication date with trafilatura's ``extract_metadata`` (htmldate underneath). A publication date is kept only
when it is a real calendar date the page states to the day. Nothing is downloaded; nothing here raises on
an empty or unusable page: the result then has ``text == ""`` and says why in ``warnings``.

The extraction settings were chosen on the article-extraction benchmark (bench/extraction_aeb.py).
"""
from __future__ import annotations

import codecs
import gzip
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterator, Optional

import charset_normalizer
from lxml.html import HtmlElement
from trafilatura import bare_extraction, extract_metadata, load_html


@dataclass(slots=True)
class CleanPage:
    text: str                          # article body, paragraphs separated by "\n"; "" when none was found
    title: Optional[str] = None
    author: Optional[str] = None
    outlet: Optional[str] = None       # site name, else host name
    published: Optional[str] = None    # YYYY-MM-DD, original publication date
    url: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def extract_html(html: str | bytes, url: str | None = None, max_depth: int | None = None) -> CleanPage:
    """Clean text and metadata of one web page given as text or as undecoded bytes.

    Raises InputLimitError("too_deep") when elements nest deeper than max_depth (a nested-tag bomb)."""
    warnings: list[str] = []
    if isinstance(html, (bytes, bytearray)):
        html, decode_warnings = decode_html(bytes(html))
        warnings.extend(decode_warnings)
    tree = load_html(html) if html and html.strip() else None
    if tree is None:
        warnings.append("no main text: the page is empty or not HTML")
        return CleanPage(text="", url=url, warnings=warnings)
    if max_depth is not None:
        _check_depth(tree, max_depth)

    meta = extract_metadata(tree, default_url=url, date_config=_date_config())
    page_url = url or meta.url
    text = _tidy(_main_text(tree, page_url), meta.title)
    if not text:
        warnings.append("no main text: nothing on the page looks like an article body")
    published, date_warnings = _publication_date(tree, meta.date, page_url)
    warnings.extend(date_warnings)
    return CleanPage(text=text, title=meta.title, author=meta.author,
                     outlet=meta.sitename or meta.hostname, published=published,
                     url=page_url, warnings=warnings)


# libxml2 keeps at most this many nested elements and silently drops what lies deeper.
_PARSER_DEPTH = 256


def _check_depth(tree: HtmlElement, limit: int) -> None:
    """Limit on element nesting (Options.max_html_depth): past it the page is refused, not half-read."""
    from lxml import etree
    from accord.model import InputLimitError
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > deepest:
            deepest = depth
            if deepest > limit and deepest >= _PARSER_DEPTH:
                break
    if deepest > limit:
        at_least = "at least " if deepest >= _PARSER_DEPTH else ""
        raise InputLimitError("too_deep", f"page nests elements {at_least}{deepest} deep, limit {limit}")


# --- decoding -------------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.I)
# Labels that browsers (WHATWG Encoding Standard) read as a Windows code page, a superset of the label.
_BROWSER_CODEC = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874"}
_SNIFF_BYTES = 5000


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """Decode a page: BOM, strict UTF-8, the charset the page declares, then charset-normalizer's guess.

    Valid UTF-8 wins over a different declaration because a page that is valid UTF-8 while containing
    non-ASCII bytes is UTF-8 in practice whatever its meta tag says."""
    warnings: list[str] = []
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            warnings.append("charset: gzip data is corrupt; read as it is")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), warnings
    declared = _declared_codec(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared not in (None, "utf-8") and not data.isascii():
            warnings.append(f"charset: the page declares {declared} but is valid UTF-8; read as UTF-8")
        return text, warnings
    if declared:
        try:
            return data.decode(declared), warnings
        except UnicodeDecodeError:
            warnings.append(f"charset: the declared {declared} does not decode the page; guessing")
    sample = data if len(data) <= 2 * _SNIFF_BYTES else data[:_SNIFF_BYTES] + data[-_SNIFF_BYTES:]
    guess = charset_normalizer.from_bytes(sample).best()
    if guess is not None:
        return data.decode(guess.encoding, errors="replace"), warnings
    warnings.append("charset: unknown; undecodable bytes replaced")
    return data.decode("utf-8", errors="replace"), warnings


def _declared_codec(data: bytes) -> str | None:
    """Python codec name of the first meta charset declaration in the page's head, None if none is usable."""
    match = _META_CHARSET.search(data, 0, 4096)
    if not match:
        return None
    try:
        name = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    return _BROWSER_CODEC.get(name, name)


# --- main text -----------------------------------------------------------------------------------------

# A precise extraction shorter than this gets a second, balanced try (precision mode skips trafilatura's
# own rescue of short extractions; on a pay-walled page it can return only the copyright notice).
_SHORT_TEXT = 500

_WORD = re.compile(r"\w+")
# Lines that point elsewhere or sell something: link teasers, newsletter and social-media calls.
_BOILERPLATE = re.compile(r"""^[\[(]?\s*(?:
    (?:read|see|also\ read|related|recommended|watch|listen)(?:\ more)?\s*[:|]
  | also\ on\ \S+\.\w+\b
  | don'?t\ miss\b
  | advertisement$
  | (?:like|enjoy(?:ed)?)\ this\ (?:story|article)\?
  | sign\ up\ for\ (?:our|the)\ .*newsletter
  | subscribe\ to\ .*newsletters?\b
  | follow\ (?:us|\w+(?:\ \w+){0,4})\ on\ (?:twitter|facebook|instagram)
  | this\ copy\ is\ for\ your\ personal
  | share\ (?:this\ (?:article|story)|on\ (?:facebook|twitter))
)""", re.I | re.X)
# A teaser headline tagged with its kind, as in "... [VIDEO]" or "... [INSIGHT]|".
_TAGGED_TEASER = re.compile(
    r"\[(?:INSIGHT|VIDEO|REACTION|NEWS|PICTURES|POLL|WARNING|REVEALED|LATEST|ANALYSIS)\]\s*\|?\s*$")


def _main_text(tree: HtmlElement, url: str | None) -> str:
    text = _extract(tree, url, favor_precision=True)
    if len(text) < _SHORT_TEXT:
        balanced = _extract(tree, url, favor_precision=False)
        if len(balanced) >= 2 * len(text):
            text = balanced
    return text


def _extract(tree: HtmlElement, url: str | None, favor_precision: bool) -> str:
    # bare_extraction works on a copy of the tree, so the tree can be extracted twice.
    doc = bare_extraction(tree, url=url, favor_precision=favor_precision, include_comments=False)
    return (doc.text or "") if doc is not None else ""


def _tidy(text: str, title: str | None) -> str:
    """One paragraph a line; no blank, teaser or newsletter lines; no leading repeat of the headline."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line and not _BOILERPLATE.match(line) and not _TAGGED_TEASER.search(line)]
    headline = _words(title or "")
    while lines and headline and _repeats_headline(_words(lines[0]), headline):
        lines.pop(0)
    return "\n".join(lines)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _repeats_headline(line: str, headline: str) -> bool:
    # A metadata title may carry the site name ("Headline | Site"); a long enough prefix counts.
    return line == headline or (len(line) > 20 and headline.startswith(line))


# --- publication date ----------------------------------------------------------------------------------

_PUBLISHED_META = {
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "publication_date", "dc.date", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
}
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]*)"')
_ISO_DAY = re.compile(r"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})(\d{2})(\d{2}))(?!\d)")
_URL_DAY = re.compile(r"(?<!\d)(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_FIRST_OF_MONTH = re.compile(
    rf"\b(?:0?1(?:st)?\s+{_MONTH},?\s+(\d{{4}})|{_MONTH}\s+0?1(?:st)?,?\s+(\d{{4}}))\b", re.I)
_MONTH_NUMBER = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _date_config() -> dict:
    # Original (not last-modified) date; no opportunistic search of the body text, which picks up dates
    # of the events reported rather than of the report.
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def _publication_date(tree: HtmlElement, found: str | None, url: str | None) -> tuple[str | None, list[str]]:
    """Check htmldate's answer: a real date, not in the future, and not a month that htmldate padded
    with day 1 (it does so for "2023-02-30" and for month-only dates). Report declared dates rejected."""
    today = date.today()
    declared = list(_declared_dates(tree))
    warnings = [f"rejected publication date {raw!r} from {source}: {problem}"
                for source, raw in declared if (problem := _date_problem(raw, today))]
    published = _parse_day(found)
    if published is None:
        if found:
            warnings.append(f"rejected publication date {found!r}: not a calendar date")
        return None, warnings
    if published > today + timedelta(days=1):
        warnings.append(f"rejected publication date {found}: in the future")
        return None, warnings
    if published.day == 1 and not _states_first_of_month(published, declared, url, tree):
        warnings.append(f"rejected publication date {found}: the page gives the month, not the day")
        return None, warnings
    return published.isoformat(), warnings


def _declared_dates(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    """(where, raw value) of each publication date the page declares in its markup."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _PUBLISHED_META and meta.get("content"):
            yield key, meta.get("content").strip()
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        for match in _JSONLD_PUBLISHED.finditer(script.text or ""):
            yield "JSON-LD datePublished", match[1].strip()
    for time in tree.xpath('//time[@datetime][@pubdate or @itemprop="datePublished"]'):
        yield "<time datetime>", time.get("datetime").strip()


def _parse_day(raw: str | None) -> date | None:
    match = _ISO_DAY.match(raw or "")
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_problem(raw: str, today: date) -> str | None:
    """Why a declared ISO-style date cannot be a publication date; None when it can or is not ISO-style."""
    if not _ISO_DAY.match(raw):
        return None
    day = _parse_day(raw)
    if day is None:
        return "not a calendar date"
    if day > today + timedelta(days=1):
        return "in the future"
    return None


def _states_first_of_month(day: date, declared: list[tuple[str, str]], url: str | None,
                           tree: HtmlElement) -> bool:
    if any(_parse_day(raw) == day for _, raw in declared):
        return True
    for match in _URL_DAY.finditer(url or ""):
        if match.groups() and _parse_day("-".join(match.groups())) == day:
            return True
    for match in _FIRST_OF_MONTH.finditer(tree.text_content()):
        month = _MONTH_NUMBER[(match[1] or match[3]).lower()[:3]]
        year = int(match[2] or match[4])
        if (year, month) == (day.year, day.month):
            return True
    return False
