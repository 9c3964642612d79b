"""Lines that repeat across several articles of one outlet: the site's template (menus, labels, footers).

A batch that holds several flattened pages from one outlet shows its boilerplate by repetition: a line
found in at least half of the outlet's articles (both, when there are two) is the site's, not the story's.
Two copies of the same story (a syndicated or re-published article) share their body lines too, so texts
that share most of their longer lines count as one story, and their shared lines count once.
A long line (20 words or more) is the outlet's only when it repeats across at least three stories.
"""
from __future__ import annotations

import math
import os
import re
from urllib.parse import urlsplit

WORD = re.compile(r"\w+")
SHARE = 0.5            # a line in at least this share of the stories is the outlet's
SAME_STORY = 0.6       # two texts sharing more than this share of their longer lines' words are one story
LONG_LINE = 20         # words: a line this long needs three stories to count as the outlet's
CONTENT_WORDS = 4      # lines of at least this many words decide whether two texts are one story


def normalise(line: str) -> str:
    """The form lines are compared in: casefolded, whitespace collapsed."""
    return " ".join(line.split()).casefold()


def _lines(text: str) -> set[str]:
    return {n for n in (normalise(l) for l in (text or "").splitlines()) if n}


def repeated_lines(texts: list[str], min_articles: int = 2) -> frozenset[str]:
    """Normalised lines that occur in at least max(min_articles, ceil(SHARE * N)) of the N stories among
    `texts` (all from ONE outlet; N counts copies of one story once). Never raises."""
    try:
        return _repeated(texts, min_articles)
    except Exception:  # pragma: no cover - a safety net: no drop list rather than a failed batch
        return frozenset()


def _repeated(texts: list[str], min_articles: int) -> frozenset[str]:
    sets = [_lines(t) for t in texts if isinstance(t, str)]
    sets = [s for s in sets if s]
    if len(sets) < max(2, min_articles):
        return frozenset()
    stories = _stories(sets)
    n = len(stories)
    need = max(2, min_articles, math.ceil(SHARE * n))
    if n < need:
        return frozenset()
    counts: dict[str, int] = {}
    for members in stories:
        for line in set().union(*(sets[i] for i in members)):
            counts[line] = counts.get(line, 0) + 1
    out = set()
    for line, c in counts.items():
        if c >= need and (c >= 3 or len(WORD.findall(line)) < LONG_LINE):
            out.add(line)
    return frozenset(out)


def _stories(sets: list[set[str]]) -> list[list[int]]:
    """Texts grouped into stories: two texts whose longer lines overlap by more than SAME_STORY of the
    smaller one's words are copies of one story (union-find over pairs)."""
    weights = [{l: len(WORD.findall(l)) for l in s if len(WORD.findall(l)) >= CONTENT_WORDS} for s in sets]
    totals = [sum(w.values()) for w in weights]
    parent = list(range(len(sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            small = min(totals[i], totals[j])
            if not small:
                continue
            a, b = (weights[i], weights[j]) if len(weights[i]) <= len(weights[j]) else (weights[j], weights[i])
            shared = sum(w for l, w in a.items() if l in b)
            if shared / small > SAME_STORY:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(sets)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def outlet_key(raw) -> str | None:
    """What groups a batch's flattened-text articles by outlet: the given outlet, else the URL's host
    (without "www."), else the file's parent folder (a JSON-lines record: its file). None if none is known."""
    try:
        outlet = (getattr(raw, "outlet", None) or "").strip()
        if outlet:
            return "outlet:" + normalise(outlet)
        url = (getattr(raw, "url", None) or "").strip()
        if url:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").casefold()
            for prefix in ("www.", "m.", "amp."):
                if host.startswith(prefix) and host.count(".") >= 2:
                    host = host[len(prefix):]
            if host:
                return "host:" + host
        path = (getattr(raw, "path", None) or "").strip()
        if path:
            if "#" in path and path.rsplit("#", 1)[1].isdigit():   # a JSON-lines record: path#line
                return "file:" + path.rsplit("#", 1)[0]
            folder = os.path.dirname(path)
            if folder:
                return "dir:" + folder
    except Exception:  # pragma: no cover
        return None
    return None
