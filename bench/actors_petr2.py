#!/usr/bin/env python3
"""Actor resolution on PETRARCH-2's validation records: the share of gold source and target actors whose
country (or international organisation) Accord resolves in the same sentence.

    .venv/bin/python bench/actors_petr2.py [--shared DIR] [--json] [--errors N]

For every gold event of a sentence, its source and its target are each one gold actor (events repeated
inside a record are counted once, as in events_gold.py). A gold actor is *found* when the actor stage
(resolver -> context actors -> "it"/"they" -> quotes -> "I"/"we", as the pipeline runs it) gives some
mention in that sentence with the same key (scoring.actor_key: the country, or for an IGO/NGO/IMG the
organisation code without role suffixes). Gold actors with no country (`---REB`, `---LEG`) are reported
apart and left out of the headline share: there is no country to check. See bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from events_gold import PETR2_FILE, load_petr2
from scoring import AGENTS, INTERNATIONAL, predicted_key

ROOT = Path(__file__).resolve().parent.parent


def category(key: str) -> str:
    """country (incl. regions and Palestine) | international (IGO, NGO, IMG ...) | no country (REB, LEG)."""
    if key[:3] in INTERNATIONAL:
        return "international"
    return "no country" if len(key) == 3 and key in NO_COUNTRY_ROLES else "country"


# Gold "---REB" is keyed "REB": an actor the coders could not place in a country.
NO_COUNTRY_ROLES = frozenset(AGENTS | {"MUS", "REL", "CHR", "JEW"})


class ActorStage:
    """The pipeline's actor steps for one text, without events."""

    def __init__(self) -> None:
        from accord.actors.resolver import ActorResolver
        from accord.nlp import load_nlp

        self.nlp = load_nlp()
        self.resolver = ActorResolver()

    def mentions(self, text: str, published: str | None):
        from accord.actors.context import add_context_agents
        from accord.actors.itpronouns import add_it_mentions
        from accord.actors.quoted import add_speaker_mentions
        from accord.quotes import extract_quotes

        doc = self.nlp(text)
        ms = add_context_agents(doc, self.resolver.resolve(doc, published), self.resolver.gaz, published)
        ms = add_it_mentions(doc, ms)
        return add_speaker_mentions(doc, ms, extract_quotes(doc, ms))


def evaluate(stage: ActorStage, sentences) -> dict:
    counts = {c: Counter() for c in ("country", "international", "no country")}
    misses, seconds = [], 0.0
    for s in sentences:
        gold = [k for e in s.events for k in (e.source, e.target) if k is not None]
        if not gold:
            continue
        t0 = time.perf_counter()
        ms = stage.mentions(s.text, s.published)
        seconds += time.perf_counter() - t0
        keys = {predicted_key(m.actor.country, m.actor.code) for m in ms} - {None}
        # An organisation also counts when its code is written with a country ("PSEREBHMS" for Hamas
        # keys as PSE; the gold may write the organisation): compare whole codes too.
        codes = {predicted_key(None, m.actor.code) for m in ms} - {None}
        for distinct, pool in ((False, gold), (True, sorted(set(gold)))):
            for k in pool:
                cat = category(k)
                hit = k in keys or (cat == "international" and k in codes)
                c = counts[cat]
                c["distinct gold" if distinct else "gold"] += 1
                c["distinct found" if distinct else "found"] += hit
                if not hit and not distinct and cat != "no country":
                    misses.append({"id": s.id, "gold": k, "text": s.text,
                                   "accord": sorted({f"{m.actor.text}={m.actor.code}" for m in ms})})
    scored = counts["country"] + counts["international"]
    share = lambda c, d="": (c[d + "found"] / c[d + "gold"]) if c[d + "gold"] else None  # noqa: E731
    return {
        "sentences": len(sentences),
        "gold_actors": scored["gold"], "found": scored["found"], "share": share(scored),
        "distinct_gold": scored["distinct gold"], "distinct_found": scored["distinct found"],
        "distinct_share": share(scored, "distinct "),
        "by_category": {k: {"gold": c["gold"], "found": c["found"], "share": share(c)} for k, c in counts.items()},
        "seconds": seconds, "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many missed gold actors")
    a = ap.parse_args(argv)
    path = a.shared / PETR2_FILE
    if not path.exists():
        print(f"not measured: {path} not found", file=sys.stderr)
        return 2
    sentences, problems = load_petr2(path)
    t0 = time.perf_counter()
    stage = ActorStage()
    setup = time.perf_counter() - t0
    res = evaluate(stage, sentences)
    res.update(setup_seconds=setup, date=date.today().isoformat(), problems=problems)
    if a.json:
        out = dict(res)
        out["misses"] = res["misses"][: a.errors]
        print(json.dumps(out, indent=1))
        return 0
    print(f"PETR2 validation: {res['sentences']} sentences; set-up {setup:.1f}s, actors {res['seconds']:.1f}s")
    print(f"{'gold actors':<28}{'gold':>6}{'found':>7}{'share':>8}")
    for cat, c in res["by_category"].items():
        sh = "n/a" if c["share"] is None else f"{c['share']:.3f}"
        print(f"{cat:<28}{c['gold']:>6}{c['found']:>7}{sh:>8}")
    print(f"{'country + international':<28}{res['gold_actors']:>6}{res['found']:>7}{res['share']:>8.3f}")
    print(f"{'  distinct per sentence':<28}{res['distinct_gold']:>6}{res['distinct_found']:>7}"
          f"{res['distinct_share']:>8.3f}")
    for m in res["misses"][: a.errors]:
        print(f"\nmiss {m['id']}: gold {m['gold']}\n  {m['text']}\n  accord: {', '.join(m['accord']) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
