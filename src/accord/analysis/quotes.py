"""Quote search: who said what, by speaker and by words of the quote (full-text, stemmed)."""
from __future__ import annotations

from typing import Any, Optional

from accord.store.repository import Repository


def search_quotes(repo: Repository, text: Optional[str] = None, speaker: Optional[str] = None,
                  date_from: Optional[str] = None, date_to: Optional[str] = None,
                  limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes holding every word of TEXT and/or said by SPEAKER (a CAMEO code or country such as
    "RUSGOV" or "RUS", or part of a name: "Putin"), from articles published in the date range.
    Each quote comes with its speaker, its article's id, title, date and URL. Without TEXT and
    SPEAKER every quote in the range is listed."""
    return repo.search_quotes(text=text, speaker=speaker, date_from=date_from, date_to=date_to,
                              limit=limit, offset=offset)
