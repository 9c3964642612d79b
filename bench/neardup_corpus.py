"""A near-duplicate test corpus from the shared Wikinews articles (CC BY 2.5; attribution in
../shared/corpus/wikinews/SOURCE.txt): every article once as a flattened web page, and some of them again
as re-posts: the same body wrapped in other boilerplate (bench/boilerplate.py) with light edits of the
kind syndication makes (a wire dateline, a few words changed, straight quotes, a paragraph dropped, the
copy cut after some paragraphs, an editor's note or a credit line added).

    .venv/bin/python bench/neardup_corpus.py OUT_DIR [--seed 7]

writes OUT_DIR/*.txt and OUT_DIR/groups.tsv (file, source article id). `build()` gives the same
documents in memory (bench/neardup.py uses it). Deterministic for a seed.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from boilerplate import page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"

DATELINES = ["WASHINGTON (Wire) - ", "LONDON, {d} (Newswire) -- ", "({o}) - ", "PARIS - ", "BRUSSELS (AP) - "]
OUTLETS = ["Example Wire", "Daily Example", "Example Times", "Example Post", "World Example"]
NOTES = ["This story has been updated with additional details.",
         "Additional reporting by {n}; editing by {m}.",
         "This article was originally published by {o} and is republished here with permission.",
         "Correction: an earlier version of this article misspelled a name.",
         "(Reporting by {n}; writing by {m})"]
SWAPS = [("said", "stated"), ("told", "informed"), ("about", "around"), ("several", "a number of"),
         ("also", "additionally"), ("however", "but"), ("announced", "declared"), ("killed", "left dead"),
         ("people", "persons"), ("government", "administration"), ("began", "started"), ("during", "in")]
NAMES = ["Jane Doe", "John Smith", "Maria Garcia", "Ahmed Khan", "Li Wei", "Olga Petrova"]


def load(shared: Path) -> list[dict]:
    out = []
    for name in ("articles_ir.jsonl", "articles_other.jsonl"):
        with open(shared / "corpus" / "wikinews" / name, encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh if line.strip()]
    return sorted(out, key=lambda a: a["id"])


def edit(text: str, rng: random.Random) -> str:
    """Light edits a re-post makes; each kind drawn independently."""
    paras = [p for p in text.split("\n") if p.strip()]
    if rng.random() < .5 and paras:
        paras[0] = rng.choice(DATELINES).format(d=rng.choice(["March 3", "Oct 12"]), o=rng.choice(OUTLETS)) + paras[0]
    if rng.random() < .6:
        for old, new in rng.sample(SWAPS, 3):
            paras = [re.sub(rf"\b{old}\b", new, p, count=1) for p in paras]
    if rng.random() < .5:
        paras = [p.replace("“", '"').replace("”", '"').replace("’", "'") for p in paras]
    if rng.random() < .3 and len(paras) > 3:
        del paras[rng.randrange(1, len(paras))]
    if rng.random() < .25 and len(paras) > 4:
        paras = paras[:max(3, int(len(paras) * rng.uniform(.5, .8)))]   # a wire copy cut short
    if rng.random() < .5:
        n, m = rng.sample(NAMES, 2)
        paras.append(rng.choice(NOTES).format(n=n, m=m, o=rng.choice(OUTLETS)))
    return "\n".join(paras)


def build(articles: list[dict], seed: int = 7, share: float = 0.6) -> list[tuple[str, str, str]]:
    """(document key, flattened page, source article id): each article once, and `share` of them
    again in one to three re-posts."""
    rng = random.Random(seed)
    docs = []
    for i, a in enumerate(articles):
        flat, _, _ = page(articles, i, rng)
        docs.append((f"{a['id']}~0", flat, a["id"]))
        if rng.random() < share:
            for v in range(1, rng.randint(1, 3) + 1):
                copy = dict(a, text=edit(a["text"], rng))
                flat, _, _ = page(articles[:i] + [copy] + articles[i + 1:], i, rng)
                docs.append((f"{a['id']}~{v}", flat, a["id"]))
    rng.shuffle(docs)
    return docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    docs = build(load(args.shared), args.seed)
    with open(args.out / "groups.tsv", "w", encoding="utf-8") as fh:
        fh.write("file\tsource\n")
        for key, flat, src in docs:
            name = key.replace("~", "_") + ".txt"
            (args.out / name).write_text(flat, encoding="utf-8")
            fh.write(f"{name}\t{src}\n")
    print(f"{len(docs)} documents from {len({d[2] for d in docs})} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
