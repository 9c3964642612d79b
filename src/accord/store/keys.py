"""Stable keys for rows that have no id of their own: actors and sentences.

The migrations use these too (to backfill a store built by an older version), so a key must
never change once rows carry it.
"""
from __future__ import annotations

import hashlib
from typing import Optional


def actor_id(code: Optional[str], name: Optional[str], country: Optional[str]) -> Optional[str]:
    """One id per resolved actor: its CAMEO code, canonical name and country together (Putin and
    the Russian government are two actors; so are two people both coded RUSGOV). An actor that
    was never resolved (no code, name or country) gets no id: it is only text."""
    if not (code or name or country):
        return None
    key = "\x1f".join(v or "" for v in (code, name, country))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:32]


def sentence_id(article_id: str, start: int, end: int) -> str:
    return f"{article_id}#{start}-{end}"
