#!/usr/bin/env python3
"""Event coding on a held-out set coded by hand: 75 Wikinews sentences (bench/gold/events_heldout.jsonl).

The sentences were drawn with `--select` (below: a seeded random sample of the Wikinews sentences that name
at least two countries, nationalities or capitals from a fixed word list) and coded by hand with CAMEO
code, source and target country BEFORE Accord was run on them; the protocol is in bench/README.md.
Scored as bench/events_gold.py scores PETR2: a gold event is found when a predicted event of the same
sentence has the same source and target (by country, scoring.actor_key) and the same CAMEO root
(or full code).

    .venv/bin/python bench/events_heldout.py [--json] [--errors]
    .venv/bin/python bench/events_heldout.py --select      # re-draw the sample (prints JSON lines)
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from scoring import GoldEvent, actor_key, event_matches, event_scores

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold" / "events_heldout.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
SEED, SIZE = 20261123, 75
# The selection's word list: independent of Accord's gazetteer, so the sample does not favour what
# Accord already recognises.
NAMES = """Afghanistan Afghan Albania Algeria Algerian Argentina Argentine Armenia Australia Australian Austria
Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Brazilian Britain British UK Bulgaria Burma
Myanmar Cambodia Canada Canadian Chad Chile China Chinese Colombia Congo Croatia Cuba Cuban Cyprus Czech Denmark
Danish Egypt Egyptian Eritrea Ethiopia Ethiopian EU Europe European Finland France French Georgia Georgian Germany
German Ghana Greece Greek Haiti Hungary India Indian Indonesia Indonesian Iran Iranian Iraq Iraqi Ireland Israel
Israeli Italy Italian Japan Japanese Jordan Kazakhstan Kenya Kenyan Korea Korean Kosovo Kuwait Lebanon Lebanese
Libya Libyan Lithuania Malaysia Mali Mexico Mexican Moldova Mongolia Morocco Nepal Netherlands Dutch Nigeria
Nigerian NATO Norway Pakistan Pakistani Palestinian Palestinians Gaza Peru Philippines Poland Polish Portugal
Qatar Romania Russia Russian Rwanda Saudi Serbia Serbian Somalia Somali Spain Spanish Sudan Sudanese Sweden
Swedish Switzerland Syria Syrian Taiwan Thailand Thai Tibet Turkey Turkish Uganda Ukraine Ukrainian UN US U.S. USA
American Americans Washington Moscow Beijing Tehran London Paris Berlin Tokyo Kabul Baghdad Damascus Venezuela
Vietnam Yemen Zimbabwe Hamas Hezbollah Taliban""".split()


def _sentences(text: str):
    """A plain splitter (not Accord's), so the sample does not depend on the system under test."""
    for para in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", para.strip()):
            if 40 <= len(s) <= 300:
                yield s


def select(corpus: Path = CORPUS) -> list[dict]:
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in NAMES) + r")(?![\w])")
    pool = []
    for name in ("articles_ir.jsonl", "articles_other.jsonl"):
        for line in (corpus / name).open(encoding="utf-8"):
            art = json.loads(line)
            for i, s in enumerate(_sentences(art["text"])):
                if len(set(pattern.findall(s))) >= 2:
                    pool.append({"article": art["id"], "sentence_index": i, "published": art["published"], "text": s})
    return random.Random(SEED).sample(pool, SIZE)


def load(path: Path = GOLD) -> list[dict]:
    rows = [json.loads(l) for l in path.open(encoding="utf-8") if l.strip()]
    for r in rows:
        r["gold"] = [GoldEvent(actor_key(e["source"]), actor_key(e["target"]), e["cameo"]) for e in r["events"]]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--select", action="store_true", help="print the sample the gold file was coded from")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print every false positive and miss")
    args = ap.parse_args(argv)
    if args.select:
        for row in select():
            print(json.dumps(row, ensure_ascii=False))
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from events_gold import to_predicted
    from accord.model import RawArticle
    from accord.pipeline import Pipeline

    rows = load()
    t0 = time.perf_counter()
    pipe = Pipeline()
    setup = time.perf_counter() - t0
    preds, t0 = [], time.perf_counter()
    for r in rows:
        art = pipe.process(RawArticle(id=r["id"], path=f"heldout#{r['id']}", text=r["text"], published=r["published"]))
        preds.append([to_predicted(e) for e in art.events])
    seconds = time.perf_counter() - t0
    result = {"benchmark": "events_heldout", "sentences": len(rows),
              "no_event_sentences": sum(1 for r in rows if not r["gold"]),
              "no_event_sentences_with_prediction": sum(1 for r, p in zip(rows, preds) if not r["gold"] and p),
              "setup_s": round(setup, 1), "sentences_per_s": round(len(rows) / seconds, 1)}
    for level in ("root", "code"):
        result[level] = event_scores([(r["gold"], p) for r, p in zip(rows, preds)], level)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"Held-out hand-coded Wikinews sentences: {result['sentences']} "
              f"({result['no_event_sentences']} with no event; "
              f"{result['no_event_sentences_with_prediction']} of those got a predicted event)")
        print(f"{'level':<16} {'gold':>5} {'pred.':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for level, name in (("root", "CAMEO root"), ("code", "full CAMEO code")):
            s = result[level]
            fmt = lambda x: "n/a" if x is None else f"{x:.3f}"
            print(f"{name:<16} {s['gold_events']:>5} {s['predicted_events']:>5} {fmt(s['precision']):>6} "
                  f"{fmt(s['recall']):>6} {fmt(s['f1']):>6}")
    if args.errors:
        for r, p in zip(rows, preds):
            for e in p:
                if not any(event_matches(g, e, "root") for g in r["gold"]):
                    print(f"FP   {r['id']}: {e.source}->{e.target} {e.cameo}\n     {r['text']}")
            for g in r["gold"]:
                if not any(event_matches(g, e, "root") for e in p):
                    print(f"MISS {r['id']}: {g.source}->{g.target} {g.code}\n     {r['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
