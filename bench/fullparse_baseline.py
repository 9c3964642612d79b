"""The baseline of bench/speed.py: the full spaCy pipeline over every article's text, nothing else.

    .venv/bin/python bench/fullparse_baseline.py CORPUS.jsonl

The same model Accord loads (en_core_web_sm 3.8.0, every component: tok2vec, tagger, parser,
attribute_ruler, lemmatizer, ner), the same batch size (32), reading the same JSONL; what a tool
that parses every sentence in full would spend before it codes anything.
"""
import json
import sys

import spacy

from accord.nlp import MODEL


def texts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line).get("text") or ""


def main() -> None:
    nlp = spacy.load(MODEL)
    sents = tokens = 0
    for doc in nlp.pipe(texts(sys.argv[1]), batch_size=32):
        tokens += len(doc)
        sents += sum(1 for _ in doc.sents)
    print(f"baseline: {sents} sentences, {tokens} tokens parsed", file=sys.stderr)


if __name__ == "__main__":
    main()
