"""What a corpus run found: counts, events by root code, top dyads, a few sourced events."""
from __future__ import annotations

from collections import Counter

from accord.store.repository import Repository


def summary(repo: Repository, examples: int = 5) -> dict:
    """What a corpus run found: counts, events by root code, top dyads, a few sourced events."""
    from accord.events.ontology import cameo_table

    labels = cameo_table()
    roots: Counter = Counter()
    dyads: Counter = Counter()
    with_dyad: set[str] = set()
    shown: list[dict] = []
    seen_roots: set[str] = set()
    for ev in repo.iter_rows("events"):
        roots[ev["root"]] += 1
        if ev["source_country"] and ev["target_country"]:
            dyads[(ev["source_country"], ev["target_country"])] += 1
            with_dyad.add(ev["article_id"])
            # One example per root code, so the sample shows the coder's range.
            if ev["root"] not in seen_roots and len(shown) < examples:
                seen_roots.add(ev["root"])
                shown.append(ev)
    return {
        "articles": repo.count("articles"), "duplicates": repo.count("article_duplicates"),
        "failed": repo.count("failures"), "events": sum(roots.values()),
        "articles_with_country_dyad": len(with_dyad), "quotes": repo.count("quotes"),
        "figures": repo.count("figures"),
        "roots": [(r, labels[r].label if r in labels else "", n) for r, n in sorted(roots.items())],
        "top_dyads": dyads.most_common(10),
        "examples": shown,
    }
