"""Typed records that flow through Accord's stages.

One Article record per input article; events, quotes and figures point back into
the article's clean text by character spans instead of copying context around.
Field names are the output contract (../shared/CONTRACT.md, docs/output.md).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, asdict
from typing import Any, Optional


@dataclass(slots=True)
class Actor:
    text: str                      # as written in the article
    name: Optional[str] = None     # canonical name ("Vladimir Putin", "Kazakhstan")
    code: Optional[str] = None     # CAMEO actor code ("RUSGOV", "KAZ", "IGOUNO")
    country: Optional[str] = None  # ISO 3166-1 alpha-3 or CAMEO region code; None for non-state actors
    role: Optional[str] = None     # "head of state", "foreign minister", ...

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "code": self.code,
                "country": self.country, "role": self.role}


@dataclass(slots=True)
class Mention:
    """An actor found in a parsed document: token span [start, end) plus the resolved actor."""
    start: int
    end: int
    start_char: int
    end_char: int
    actor: Actor
    kind: str = "name"             # name | title | metonym | pronoun | adjective


@dataclass(slots=True)
class Event:
    id: str
    date: Optional[str]
    source: Optional[Actor]
    target: Optional[Actor]
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: Optional[str]
    status: str                    # occurred | planned | negated | hypothetical
    sentence: str
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "date": self.date,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo, "root": self.root, "quad_class": self.quad_class,
            "goldstein": self.goldstein, "plover": self.plover, "status": self.status,
            "sentence": self.sentence, "span": list(self.span),
        }


@dataclass(slots=True)
class Quote:
    text: str
    speaker: Optional[Actor]
    kind: str                      # direct | partial
    cue: Optional[str]
    span: tuple[int, int]
    date: Optional[str] = None     # when it was said: the time of the speech verb's clause, else publication

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker.to_dict() if self.speaker else None,
                "kind": self.kind, "cue": self.cue, "span": list(self.span), "date": self.date}


@dataclass(slots=True)
class Figure:
    text: str
    value: float
    unit: str                      # ISO 4217 currency code, "%", ...
    measure: Optional[str]
    period: Optional[str]
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "unit": self.unit,
                "measure": self.measure, "period": self.period, "span": list(self.span)}


@dataclass(slots=True)
class RawArticle:
    """What a reader yields: untouched input plus whatever metadata the container carried."""
    id: str
    path: str
    text: Optional[str] = None     # flattened text (txt, jsonl "text")
    html: Optional[str | bytes] = None  # a web page (html, jsonl "html", warc); bytes keep the page's own charset
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    error: Optional[str] = None    # set by a reader that could not decode this record: "KIND: message"
    error_kind: Optional[str] = None   # KIND of `error` (accord.read.errors.KINDS)
    warnings: list[str] = field(default_factory=list)  # damage the reader repaired ("KIND: message")


@dataclass(slots=True)
class Article:
    id: str
    path: str
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    language: str = "en"
    text: str = ""
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: Optional[str] = None
    error_kind: Optional[str] = None   # machine-readable kind of `error` (accord.read.errors.KINDS)
    # ingest only, never output: the stored article whose text this one repeats, found before the
    # parse (Pipeline.known_copies), so it was linked as a copy instead of parsed again
    copy_of: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "path": self.path, "url": self.url, "title": self.title,
            "outlet": self.outlet, "author": self.author, "published": self.published,
            "language": self.language, "text": self.text,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "figures": [f.to_dict() for f in self.figures],
            "warnings": list(self.warnings),
        }
        if self.error is not None:
            out["error"] = self.error
            out["error_kind"] = self.error_kind
        return out


class InputLimitError(ValueError):
    """Raised by a stage when an input goes past one of Options' limits; `kind` is the error kind
    (accord.read.errors.KINDS), so the article fails with a clear, machine-readable reason."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(slots=True)
class Story:
    id: str
    title: Optional[str]
    documents: list[str]
    first_date: Optional[str]
    last_date: Optional[str]
    events: list[str] = field(default_factory=list)   # ids of the events the story reports
    # Cross-document findings (accord.crossdoc), additive to the contract's fields:
    near_duplicates: list[dict] = field(default_factory=list)   # {document, duplicate_of, similarity}
    merged_events: list[dict] = field(default_factory=list)     # canonical events with counts and sentences
    inferred_dates: list[dict] = field(default_factory=list)    # {document, published, basis, events}
    conflicts: list[dict] = field(default_factory=list)         # figures that disagree across articles
    placements: list[dict] = field(default_factory=list)        # {document, score, reason}: why each article is here
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(article: Article) -> str:
    """The same story text is the same article, whatever whitespace the copy has."""
    norm = re.sub(r"\s+", " ", article.text).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
