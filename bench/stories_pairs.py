"""Story grouping on hand-labelled article pairs (bench/gold/story_pairs.tsv: pairs of shared Wikinews
articles labelled same story / different story by reading them; --gold heldout: the held-out pairs of
bench/gold/story_pairs_heldout.tsv, labelled before the story score was revised and not used to develop it).

Every article named in the gold goes through Accord's pipeline as a user's `accord ingest` would
(accord.pipeline.Pipeline, then Repository.add_articles into a fresh SQLite store), then the
cross-document pass places them (accord.crossdoc.assign.update). A pair is predicted "same" when
both articles end in one story. Pairwise accuracy = correct pairs / pairs; precision and recall of
"same" beside it.

    .venv/bin/python bench/stories_pairs.py [--json] [--gold dev|heldout|blind] [--shared DIR] [--extracted FILE]

--extracted FILE keeps the pipeline's output (JSON Lines as `accord extract` prints them): written when
FILE does not exist, read instead of running the pipeline when it does (the placing is what is measured;
the pipeline over these articles takes minutes on a loaded machine). --extract-only writes that file and
stops (no placing, no scores).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

from accord.crossdoc.assign import update
from accord.model import Actor, Article, Event, Figure, RawArticle
from accord.pipeline import Pipeline
from accord.store.repository import Repository

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
GOLD = HERE / "gold" / "story_pairs.tsv"
GOLDS = {"dev": GOLD, "heldout": HERE / "gold" / "story_pairs_heldout.tsv",
         "blind": HERE / "gold" / "story_pairs_blind.tsv"}


def read_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def load_articles(shared: Path, ids: set[str]) -> list[dict]:
    out = []
    for name in ("articles_ir.jsonl", "articles_other.jsonl"):
        with open(shared / "corpus" / "wikinews" / name, encoding="utf-8") as fh:
            out += [a for a in map(json.loads, fh) if a["id"] in ids]
    missing = ids - {a["id"] for a in out}
    if missing:
        raise SystemExit(f"gold names articles not in the corpus: {sorted(missing)}")
    return sorted(out, key=lambda a: (a["published"] or "", a["id"]))


def _actor(d):
    return Actor(**d) if d else None


def from_dict(d: dict) -> Article:
    """An Article back from its `accord extract` line (the fields the store keeps)."""
    evs = [Event(e["id"], e["date"], _actor(e["source"]), _actor(e["target"]), e["cameo"], e["root"],
                 e["quad_class"], e["goldstein"], e["plover"], e["status"], e["sentence"], tuple(e["span"]))
           for e in d["events"]]
    figs = [Figure(f["text"], f["value"], f["unit"], f["measure"], f["period"], tuple(f["span"])) for f in d["figures"]]
    return Article(id=d["id"], path=d["path"], url=d["url"], title=d["title"], outlet=d["outlet"],
                   author=d["author"], published=d["published"], language=d["language"], text=d["text"],
                   events=evs, figures=figs, warnings=d["warnings"], error=d.get("error"))


def run(shared: Path, extracted: Path | None = None, gold_path: Path = GOLD, extract_only: bool = False) -> dict:
    gold = read_gold(gold_path)
    ids = {r["id_a"] for r in gold} | {r["id_b"] for r in gold}
    arts = load_articles(shared, ids)
    t0 = time.perf_counter()
    if extracted is not None and extracted.exists():
        with open(extracted, encoding="utf-8") as fh:
            processed = [from_dict(json.loads(line)) for line in fh]
        if {a.id for a in processed} != ids:
            raise SystemExit(f"{extracted} holds other articles than the gold names: delete it")
    else:
        pipe = Pipeline()
        raws = [RawArticle(id=a["id"], path=f"wikinews#{a['id']}", text=a["text"], title=a["title"],
                           published=a["published"], url=a.get("url"), outlet=a.get("outlet")) for a in arts]
        processed = list(pipe.process_stream(raws))
        if extracted is not None:
            with open(extracted, "w", encoding="utf-8") as fh:
                for a in processed:
                    fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    t_pipe = time.perf_counter() - t0
    if extract_only:
        return {"articles": len(arts), "pipeline_s": round(t_pipe, 1)}
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository(f"sqlite:///{Path(tmp) / 'stories.db'}")
        repo.add_articles(processed)
        t0 = time.perf_counter()
        update(repo)
        t_place = time.perf_counter() - t0
        placed = {r["article_id"]: r for r in repo.iter_rows("crossdoc_articles")}
        repo.engine.dispose()
    results = []
    for r in gold:
        a, b = placed[r["id_a"]], placed[r["id_b"]]
        pred = "same" if a["story_id"] == b["story_id"] else "different"
        results.append({**r, "predicted": pred, "why_a": a["reason"], "why_b": b["reason"]})
    correct = sum(x["predicted"] == x["label"] for x in results)
    tp = sum(x["predicted"] == x["label"] == "same" for x in results)
    pred_same = sum(x["predicted"] == "same" for x in results)
    gold_same = sum(x["label"] == "same" for x in results)
    return {"gold": gold_path.name, "pairs": len(results), "gold_same": gold_same, "gold_different": len(results) - gold_same,
            "accuracy": round(correct / len(results), 4),
            "same_precision": round(tp / pred_same, 4) if pred_same else None,
            "same_recall": round(tp / gold_same, 4) if gold_same else None,
            "articles": len(arts), "stories": len({p["story_id"] for p in placed.values()}),
            "pipeline_s": round(t_pipe, 1), "placing_s": round(t_place, 2),
            "errors": [x for x in results if x["predicted"] != x["label"]]}


def report(res: dict) -> str:
    lines = [f"{res['gold']}: stories on {res['pairs']} labelled pairs ({res['gold_same']} same, {res['gold_different']} different) "
             f"over {res['articles']} Wikinews articles -> {res['stories']} stories",
             f"{'accuracy':>8} {'same P':>7} {'same R':>7} {'pipeline s':>10} {'placing s':>9}",
             f"{res['accuracy']:>8.4f} {res['same_precision'] or 0:>7.4f} {res['same_recall'] or 0:>7.4f} "
             f"{res['pipeline_s']:>10} {res['placing_s']:>9}"]
    for e in res["errors"]:
        lines += [f"  {e['label']} predicted {e['predicted']}: {e['id_a']} ~ {e['id_b']} ({e['reason']})",
                  f"      {e['id_a']}: {e['why_a']}", f"      {e['id_b']}: {e['why_b']}"]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--gold", choices=sorted(GOLDS), default="dev")
    ap.add_argument("--extracted", type=Path, help="cache of the pipeline's output (see above)")
    ap.add_argument("--extract-only", action="store_true", help="write --extracted and stop")
    args = ap.parse_args(argv)
    if args.extract_only and not args.extracted:
        ap.error("--extract-only needs --extracted FILE")
    res = run(args.shared, args.extracted, GOLDS[args.gold], args.extract_only)
    if args.extract_only:
        print(json.dumps(res))
        return 0
    print(json.dumps(res) if args.json else report(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
