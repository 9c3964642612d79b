"""Flattened text: keep the article's paragraphs, drop the lines a scraper left around them.

A first, rule-based version: boilerplate cue lines ("Read more:", "Advertisement", cookie and
newsletter prompts, copyright), social counters ("3K"), short menu-like lines without sentence
punctuation, and repeated lines. The line classifier of a later issue replaces the rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

BOILERPLATE = re.compile(
    r"^(read more|read also|also read|related( articles| stories| news)?|see also|more from|recommended|"
    r"advertisement|sponsored|share( this)?( article| story)?|subscribe|sign up|follow us|click here|"
    r"listen to (this|the) article|cookies?|we use cookies|accept( all)?( cookies)?|newsletter|"
    r"copyright|all rights reserved|tags?|topics|trending|most read|watch:|photo:|image:|"
    r"comments?|leave a comment|print|email|facebook|twitter|whatsapp|telegram|linkedin)\b",
    re.IGNORECASE)
COUNTER = re.compile(r"^[\d.,]+\s*[KkMm]?$")
SENTENCE_END = re.compile(r"[.!?:;\"”’»)]$")
WORD = re.compile(r"\w+")


@dataclass
class CleanText:
    text: str
    title: str | None = None
    dropped: int = 0
    warnings: list[str] = field(default_factory=list)


def clean_text(raw: str, title: str | None = None) -> CleanText:
    lines = [l.strip() for l in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    seen: set[str] = set()
    dropped = 0
    for line in lines:
        if not line:
            continue
        key = line.casefold()
        if key in seen or _is_boilerplate(line):
            dropped += 1
            continue
        seen.add(key)
        kept.append(line)
    # A flattened page often opens with its headline; when no title came with the input, the
    # first short line without closing punctuation is taken as the title, not as body text.
    if title is None and len(kept) > 1 and not SENTENCE_END.search(kept[0]) and 3 <= len(WORD.findall(kept[0])) <= 25:
        title = kept.pop(0)
    elif title is not None and kept and kept[0].casefold() == title.strip().casefold():
        kept.pop(0)
    if title is not None:
        kept = [l for l in kept if l.casefold() != title.strip().casefold()]
    warnings = [] if kept else ["no article text left after cleaning"]
    return CleanText("\n".join(kept), title, dropped, warnings)


def _is_boilerplate(line: str) -> bool:
    if COUNTER.match(line) or line.startswith(("©", "(c) ", "(C) ")):
        return True
    words = WORD.findall(line)
    if BOILERPLATE.match(line) and (len(words) <= 12 or line.lower().startswith(("read more", "related", "also read", "read also", "see also"))):
        return True
    # Menu items, icon labels and bylines are short and end without sentence punctuation.
    return len(words) <= 3 and not SENTENCE_END.search(line)
