"""Near-duplicate detection on a synthetic re-post corpus built from the shared Wikinews articles
(bench/neardup_corpus.py): every page goes through Accord's flattened-text cleaner
(accord.clean.text.clean_text), then accord.crossdoc.neardup links each clean text to the earlier
ones it copies, in a shuffled arrival order. Scored over document pairs: a gold pair is two pages
made from the same Wikinews article; precision = linked pairs that are gold / linked pairs, recall =
gold pairs linked / gold pairs (a pair counts as linked when the two are joined through links).

    .venv/bin/python bench/neardup.py [--json] [--seed 7] [--raw] [--store]

--raw skips the cleaner (MinHash over the whole flattened page, boilerplate included). --store links through
the production path instead: the clean texts stored as articles (no events) in a fresh SQLite store and
placed by accord.crossdoc.assign.update (the links of its crossdoc_near_duplicates table; its time is the
whole cross-document pass, stories included).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from neardup_corpus import DEFAULT_SHARED, build, load  # noqa: E402

from accord.clean.text import clean_text  # noqa: E402
from accord.crossdoc.neardup import link_all  # noqa: E402
from accord.crossdoc.assign import update  # noqa: E402
from accord.model import Article  # noqa: E402
from accord.store.repository import Repository  # noqa: E402


def store_links(texts: list[tuple[str, str]]) -> list[tuple[str, str, float]]:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository(f"sqlite:///{Path(tmp) / 'nd.db'}")
        repo.add_articles([Article(id=k, path=k, text=x) for k, x in texts if x.strip()])
        update(repo)
        links = [(r["article_id"], r["other_id"], r["similarity"])
                 for r in repo.iter_rows("crossdoc_near_duplicates")]
        # a copy whose clean text came out identical is an exact duplicate, linked by ingest itself
        links += [(r["id"], r["article_id"], 1.0) for r in repo.iter_rows("article_duplicates")]
        repo.engine.dispose()
    return links


def clusters(keys: list[str], links: list[tuple[str, str, float]]) -> dict[str, str]:
    parent = {k: k for k in keys}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b, _ in links:
        parent[find(a)] = find(b)
    return {k: find(k) for k in keys}


def pairs(groups: dict[str, str]) -> set[frozenset]:
    by = defaultdict(list)
    for k, g in groups.items():
        by[g].append(k)
    return {frozenset(p) for members in by.values() for p in itertools.combinations(sorted(members), 2)}


def run(shared: Path, seed: int, raw: bool, store: bool = False) -> dict:
    docs = build(load(shared), seed)
    t0 = time.perf_counter()
    texts = [(k, flat if raw else clean_text(flat).text) for k, flat, _ in docs]
    t_clean = time.perf_counter() - t0
    t0 = time.perf_counter()
    links = store_links(texts) if store else link_all(texts)
    t_link = time.perf_counter() - t0
    keys = [k for k, _, _ in docs]
    gold = pairs({k: src for k, _, src in docs})
    pred = pairs(clusters(keys, links))
    tp = len(gold & pred)
    p = tp / len(pred) if pred else float("nan")
    r = tp / len(gold) if gold else float("nan")
    false_links = sorted((a, b, round(j, 3)) for a, b, j in links if frozenset((a, b)) not in gold)
    missed = sorted(tuple(sorted(x)) for x in gold - pred)
    return {"documents": len(docs), "articles": len({d[2] for d in docs}), "gold_pairs": len(gold),
            "predicted_pairs": len(pred), "true_pairs": tp, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "clean_s": round(t_clean, 1),
            "link_s": round(t_link, 2), "docs_per_s_link": round(len(docs) / t_link, 1),
            "false_links": false_links[:20], "missed": missed[:20], "raw": raw, "seed": seed, "store": store}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--raw", action="store_true", help="no cleaning: MinHash over the whole flattened page")
    ap.add_argument("--store", action="store_true", help="link through a store and accord.crossdoc.assign.update")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)
    res = run(args.shared, args.seed, args.raw, args.store)
    if args.json:
        print(json.dumps(res))
        return 0
    print(f"Near-duplicates ({'raw pages' if res['raw'] else 'clean text'}{', via the store' if res['store'] else ''}, seed {res['seed']}): "
          f"{res['documents']} documents from {res['articles']} Wikinews articles, {res['gold_pairs']} gold pairs")
    print(f"{'precision':>9} {'recall':>7} {'F1':>6} {'pred':>5} {'true':>5} {'clean s':>8} {'link s':>7} {'docs/s':>7}")
    print(f"{res['precision']:>9.4f} {res['recall']:>7.4f} {res['f1']:>6.4f} {res['predicted_pairs']:>5} "
          f"{res['true_pairs']:>5} {res['clean_s']:>8} {res['link_s']:>7} {res['docs_per_s_link']:>7}")
    for a, b, j in res["false_links"]:
        print(f"  false link {a} ~ {b} (J {j})")
    for a, b in res["missed"]:
        print(f"  missed {a} ~ {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
