"""One frozen options object, built once from the CLI or the caller and passed down."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    batch_size: int = 32          # articles per spaCy nlp.pipe batch
    max_chars: int = 200_000      # longer clean texts are cut, with a warning, to bound memory
    min_language_chars: int = 40  # shorter texts are not language-checked (too little evidence)
    # Limits on hostile input (accord.read.errors): past one, the article fails with a clear error.
    max_page_bytes: int = 20 * 1024 * 1024  # a file, JSONL line or WARC body, after gzip is undone
    max_html_depth: int = 200     # element nesting; libxml2 silently drops what lies deeper than 256
    max_json_depth: int = 20      # an article record is flat; deeper nesting is hostile
    max_seconds_per_article: float = 120.0  # cleaning, and analysis after the parse, each; 0 = no limit
    # Parse in full only the sentences that can hold an event, a quote or a figure (accord.prefilter);
    # False (`--no-prefilter`) parses every sentence. On by default: same event F1 and Wikinews coverage,
    # under half the tokens parsed, and memory bounded by sentence-sized pieces (bench/RESULTS.md, issue 9).
    prefilter: bool = True
