#!/usr/bin/env python3
"""How much of an article the sentence prefilter would parse, and how many events it would keep.

    .venv/bin/python bench/prefilter_cues.py [--corpus PATH] [--limit N] [--events FILE]

Runs Accord without the prefilter over a corpus (default: the shared IR Wikinews articles), notes the
sentence of every coded event (by its character span), then splits each article as the prefilter does
(accord.prefilter) and, for several choice rules, prints the share of tokens kept and the share of
events whose sentence is kept. `--events FILE` caches the events of the full run (JSON).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles_ir.jsonl"

RULES = {
    "actor + event word": lambda c: c.actors >= 1 and c.event_words >= 1,
    "name + event word": lambda c: len(c.names) >= 1 and c.event_words >= 1,
    "2 actors + event word": lambda c: c.actors >= 2 and c.event_words >= 1,
    "name + (name|pronoun|agent) + event word": lambda c: len(c.names) >= 1 and c.actors >= 2 and c.event_words >= 1,
    "name + event word, or quote, or figure": lambda c: c.quote or c.figure or (len(c.names) >= 1 and c.event_words >= 1),
    "name + event word, or quote": lambda c: c.quote or (len(c.names) >= 1 and c.event_words >= 1),
    "(name | 2 of names and agents) + event word, or quote, or figure": lambda c: c.quote or c.figure or (
        (len(c.names) >= 1 or c.agents >= 2) and c.event_words >= 1),
    "quote": lambda c: c.quote,
    "figure": lambda c: c.figure,
    "default (accord.prefilter)": lambda c: c.keep(),
    "accord rule, or one agent + event word": lambda c: c.keep() or (c.agents >= 1 and c.event_words >= 1),
    "accord rule, or he/she + event word": lambda c: c.keep() or (c.person_pronoun and c.event_words >= 1),
    "accord rule, or (one agent | he/she) + event word": lambda c: c.keep() or (
        (c.agents >= 1 or c.person_pronoun) and c.event_words >= 1),
}


def full_run(corpus: str, limit: int) -> tuple[list, list]:
    """Event spans and clean texts of each article, without the prefilter."""
    from itertools import islice

    from accord.options import Options
    from accord.pipeline import Pipeline
    from accord.read import read_paths
    raws = read_paths([corpus])
    # every sentence parsed: the events the prefilter has to keep (the default is the prefilter on)
    arts = list(Pipeline(Options(prefilter=False)).process_stream(islice(raws, limit) if limit else raws))
    return [[list(e.span) for e in art.events] for art in arts], [art.text or "" for art in arts]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--events", help="cache file for the full run's event spans and clean texts")
    args = ap.parse_args()
    cache = Path(args.events) if args.events else None
    if cache and cache.exists():
        spans, texts = json.loads(cache.read_text())
    else:
        spans, texts = full_run(args.corpus, args.limit)
        if cache:
            cache.write_text(json.dumps([spans, texts]))

    from accord.nlp import load_nlp
    from accord.prefilter import SentenceChooser, split_sentences
    nlp = load_nlp()
    chooser = SentenceChooser(nlp)
    tokens = 0
    kept = {name: 0 for name in RULES}
    found = {name: 0 for name in RULES}
    events = 0
    for text, evs in zip(texts, spans):
        doc = nlp.make_doc(text)
        starts = split_sentences(doc)
        cues = chooser.cues_of(doc, starts)
        tokens += len(doc)
        char_of = [doc[c.start].idx if c.start < len(doc) else len(text) for c in cues]
        for name, rule in RULES.items():
            flags = chooser.choose(doc, starts) if name.startswith("default") else [rule(c) for c in cues]
            kept[name] += sum(c.end - c.start for c, f in zip(cues, flags) if f)
            for a, _b in evs:
                k = max(i for i, ch in enumerate(char_of) if ch <= a or i == 0)
                found[name] += flags[k]
        events += len(evs)
    print(f"{len(texts)} articles, {tokens} tokens, {events} events (full run)\n")
    print("| rule | tokens kept | events whose sentence is kept |")
    print("|---|---|---|")
    for name in RULES:
        print(f"| {name} | {kept[name] / max(tokens, 1):.1%} | {found[name] / max(events, 1):.1%} |")


if __name__ == "__main__":
    main()
