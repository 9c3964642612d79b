"""The baseline of bench/speed.py: the full spaCy pipeline over every article's text, nothing else.

    .venv/bin/python bench/fullparse_baseline.py CORPUS.jsonl [--ops stock|numpy]

The same model Accord loads (en_core_web_sm 3.8.0, every component: tok2vec, tagger, parser,
attribute_ruler, lemmatizer, ner), the same batch size (32), reading the same JSONL; what a tool
that parses every sentence in full would spend before it codes anything.

--ops stock (default): spaCy's matrix products through `blis`, as spaCy does by default.
--ops numpy: the model loaded as accord.nlp.load_nlp loads it (numpy's BLAS, one thread), the
pipeline otherwise stock.
Which spaCy build runs is the Python's: bench/speed.py runs the stock baseline with spaCy's own PyPI
wheel in a venv of its own, and the like-for-like one (--ops numpy) in the project's .venv, with spaCy
as `make install` builds it (scripts/spacy_wheel.sh), so that a ratio against it is the work Accord
saves and not the faster build and matrix products both can have.
"""
import argparse
import contextlib
import json
import sys

import spacy

from accord.nlp import MODEL, numpy_blas_ops


def texts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line).get("text") or ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--ops", choices=["stock", "numpy"], default="stock")
    args = ap.parse_args()
    with numpy_blas_ops() if args.ops == "numpy" else contextlib.nullcontext():
        nlp = spacy.load(MODEL)
    sents = tokens = 0
    for doc in nlp.pipe(texts(args.corpus), batch_size=32):
        tokens += len(doc)
        sents += sum(1 for _ in doc.sents)
    print(f"baseline ({args.ops} ops): {sents} sentences, {tokens} tokens parsed", file=sys.stderr)


if __name__ == "__main__":
    main()
