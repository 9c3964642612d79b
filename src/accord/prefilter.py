"""Parse in full only the sentences that can hold an event, a quote or a figure (issue 9).

spaCy's tagger, parser and NER are most of Accord's time, and most sentences of a news article hold
nothing Accord codes. The prefilter

1. tokenizes each article (the tokenizer alone is ~1% of the pipeline's cost) and splits it into
   sentences by rule: after . ! ? (closing quotes and brackets stay with their sentence) and at every
   line break (the accord_paragraphs rule of accord.nlp: one paragraph per line);
2. keeps a sentence that can hold
   - an event: a gazetteer name, or two title or agent words, and an event cue (a word whose lemma,
     by the model's own lemmatizer tables, can be in the verb table or the noun table);
   - a quote: a quotation mark or "according to";
   - a figure: where accord.figures finds one in the text (its regular expression, no parse needed:
     a number needs a unit to be a figure, so a year, a date or an age does not keep its sentence;
     the parse only adds the figure's measure and period, read in its own sentence);
   and the sentence before a kept one with "he" or "she", where NER names the person it refers to;
3. runs the full pipeline over runs of kept sentences only (one nlp.pipe over the whole batch), and
   only the tokenizer over the rest;
4. joins the pieces back into ONE Doc over the unchanged article text (Doc.from_docs), so every
   character offset stays right. A skipped sentence stays a sentence of its own with a flat tree (its
   first token the root, no tags, no entities): the coder, quotes and figures find nothing to read
   in it, while the gazetteer still finds its actor names for coreference.

The cue lists that are not in the project's other tables are in prefilter_data/cues.tsv.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

import numpy
from spacy.attrs import IDS, IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc

from accord.actors.defined import defined_abbreviations
from accord.actors.pairs import QUANTIFIERS as PAIR_QUANTIFIERS, pair_nouns
from accord.doctext import set_doc_text
from accord.figures import extract_figures

_SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!!", "??"})


@dataclass(frozen=True, slots=True)
class Cues:
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    quote_marks: frozenset[str]
    quote_phrases: tuple[tuple[str, ...], ...]   # token-split lowercase phrases
    double_quotes: frozenset[str]                # quote marks that open or close a quotation of sentences
    openers: frozenset[str]
    closers: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """prefilter_data/cues.tsv: kind<TAB>cue per line."""
    rows: dict[str, list[str]] = {}
    text = resources.files("accord").joinpath("prefilter_data/cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, cue = line.partition("\t")
        if not cue:
            raise ValueError(f"prefilter_data/cues.tsv: no tab in {line!r}")
        rows.setdefault(kind, []).append(cue)
    return Cues(pronouns=frozenset(rows.get("pronoun", [])),
                person_pronouns=frozenset(rows.get("person_pronoun", [])),
                quote_marks=frozenset(rows.get("quote_mark", [])),
                quote_phrases=tuple(tuple(p.lower().split()) for p in rows.get("quote_phrase", [])),
                double_quotes=frozenset(rows.get("quote_open", []) + rows.get("quote_close", [])
                                        + rows.get("quote_either", [])),
                openers=frozenset(rows.get("quote_open", [])), closers=frozenset(rows.get("quote_close", [])))


# Word flags: what the sentence split and the cues read of a word, worked out once per word (orth)
# and kept in a table, like spaCy's own lexeme flags; the loops then read integer arrays, not Tokens.
_SPACE, _NEWLINE, _PUNCT, _LEFT, _QUOTE, _LOWER, _STOP = 1, 2, 4, 8, 16, 32, 64
_QMARK, _DOUBLE, _OPENER, _CLOSER, _PRONOUN, _PERSON, _AGENT, _EVENT, _PHRASE, _PAIR = (1 << k for k in range(7, 17))
_SPLIT_FLAGS: dict[int, int] = {}


def _split_flags(vocab, orth: int) -> int:
    lex = vocab[orth]
    text = lex.orth_
    flags = ((_SPACE if lex.is_space else 0) | (_NEWLINE if "\n" in text else 0) | (_PUNCT if lex.is_punct else 0)
             | (_LEFT if lex.is_left_punct else 0) | (_QUOTE if lex.is_quote else 0)
             | (_LOWER if lex.is_lower else 0) | (_STOP if text in _SENTENCE_END else 0))
    if len(_SPLIT_FLAGS) > 1_000_000:   # a vocabulary table: bounded all the same
        _SPLIT_FLAGS.clear()
    _SPLIT_FLAGS[orth] = flags
    return flags


def split_sentences(doc: Doc) -> list[int]:
    """Token indices where a sentence starts (always 0 first; an empty doc gives [])."""
    n = len(doc)
    if not n:
        return []
    rows = doc.to_array([ORTH, SPACY])
    orths, spaced = rows[:, 0].tolist(), rows[:, 1].tolist()
    vocab, known = doc.vocab, _SPLIT_FLAGS
    flags = [known.get(o, -1) for o in orths]
    flags = [f if f >= 0 else _split_flags(vocab, o) for f, o in zip(flags, orths)]
    starts, seen_end = [0], False
    for i in range(1, n):
        f = flags[i]
        if f & _SPACE:
            continue              # whitespace stays with the sentence before it
        p = flags[i - 1]
        # An opening bracket or quote begins the next sentence ('. (The', '. "We'); a closing one
        # ends this one ('it." Trump'). spaCy calls a straight quote both left and right.
        opener = (f & _LEFT and not f & _QUOTE) or (
            f & _QUOTE and bool(spaced[i - 1] or p & _SPACE) and not spaced[i])
        if (p & _NEWLINE and p & _SPACE) or (seen_end and (opener or not f & (_PUNCT | _LOWER))):
            starts.append(i)
            seen_end = False
        if f & _STOP:
            seen_end = True
        elif not f & _PUNCT:      # a closing quote or bracket after the stop keeps the end pending
            seen_end = False
    return starts


class SentenceChooser:
    """Which sentences of a tokenized article can hold an event, a quote or a figure."""

    def __init__(self, nlp, gazetteer=None):
        from accord.events.nouns import noun_table
        from accord.events.patterns import verb_table

        if gazetteer is None:
            from accord.actors.gazetteer import load_gazetteer
            gazetteer = load_gazetteer()
        self.gaz = gazetteer
        self.cues = load_cues()
        self.event_lemmas = frozenset({lemma.split()[0].lower() for lemma in verb_table().lemmas if lemma.strip()}
                                      | {noun.split()[-1].lower() for noun in noun_table() if noun.strip()})
        # One-word titles and agents ("president", "police"); longer ones start with a word that can
        # stand alone too ("foreign minister" has "minister" in the titles table).
        self.actor_words = frozenset(w for w in list(gazetteer.agents) + list(gazetteer.titles) if " " not in w)
        self.pair_nouns = frozenset(pair_nouns())
        lookups = nlp.get_pipe("lemmatizer").lookups
        rules, exc = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
        self._rules = [(old, new) for pos in ("verb", "noun") for old, new in rules.get(pos, [])]
        self._exc = {}
        for pos in ("verb", "noun"):
            for form, lemmas in exc.get(pos, {}).items():
                self._exc.setdefault(form, set()).update(lemmas)
        self._cache: dict[str, frozenset[str]] = {}
        self._flags: dict[int, int] = {}   # orth -> cue flags (_word_flags)

    def lemmas(self, low: str) -> frozenset[str]:
        """Every lemma the rule lemmatizer could give a lowercase word as a verb or a noun (a superset:
        the tagger is not run, so the part of speech is unknown)."""
        got = self._cache.get(low)
        if got is None:
            out = {low} | self._exc.get(low, set())
            out.update(low[: len(low) - len(old)] + new for old, new in self._rules if low.endswith(old) and len(low) > len(old))
            got = self._cache[low] = frozenset(out)
        return got

    def _word_flags(self, vocab, orth: int) -> int:
        """The cue flags of one word (its text decides them all), remembered in self._flags."""
        lex = vocab[orth]
        text, low, cues = lex.orth_, lex.lower_, self.cues
        lem = self.lemmas(low)
        tests = ((text in cues.quote_marks, _QMARK), (text in cues.double_quotes, _DOUBLE),
                 (text in cues.openers, _OPENER), (text in cues.closers, _CLOSER),
                 (low in cues.pronouns, _PRONOUN), (low in cues.person_pronouns, _PERSON),
                 # plural agents too: "protesters"
                 (low in self.actor_words or not lem.isdisjoint(self.actor_words), _AGENT),
                 (not lem.isdisjoint(self.event_lemmas), _EVENT),
                 (any(low == phrase[0] for phrase in cues.quote_phrases), _PHRASE),
                 (low in self.pair_nouns, _PAIR))
        flags = _split_flags(vocab, orth) & (_SPACE | _NEWLINE | _PUNCT)
        for holds, bit in tests:
            if holds:
                flags |= bit
        if len(self._flags) > 1_000_000:    # a vocabulary table: bounded all the same
            self._flags.clear()
        self._flags[orth] = flags
        return flags

    def cues_of(self, doc: Doc, starts: list[int], text: str | None = None) -> list["SentenceCues"]:
        """The cues of each sentence (starts from split_sentences); `text` is doc.text when the caller
        has it (Doc.text joins every token's text anew)."""
        n = len(doc)
        out = [SentenceCues(a, b) for a, b in zip(starts, starts[1:] + [n])]
        sent_of = [0] * n
        for k, c in enumerate(out):
            sent_of[c.start:c.end] = [k] * (c.end - c.start)
        rows = doc.to_array([ORTH, IDX, LENGTH])
        orths, idx = rows[:, 0].tolist(), rows[:, 1].tolist()
        by_start = {c: i for i, c in enumerate(idx)}
        by_end = {c + length: i + 1 for i, (c, length) in enumerate(zip(idx, rows[:, 2].tolist()))}
        text = doc.text if text is None else text
        for end_char, (length, _entries) in self.gaz.automaton.iter(text):
            i, j = by_start.get(end_char + 1 - length), by_end.get(end_char + 1)
            if i is not None and j is not None and j > i:
                out[sent_of[i]].names.add((i, j))
        # A body the article defines ("the National Telecommunications Commission (NTC)") is a name
        # wherever it is written, as accord.actors.defined reads it after the parse.
        defined = defined_abbreviations(doc, orths) if "(" in text else {}
        if defined:
            ids = {doc.vocab.strings[a] for a in defined}
            for k in defined.values():
                out[sent_of[k]].names.add((k, k + 1))
            for i, o in enumerate(orths):
                if o in ids:
                    out[sent_of[i]].names.add((i, i + 1))
        figures = extract_figures(text)
        if figures:
            for fig in figures:
                out[sent_of[max(0, bisect_right(idx, fig.span[0]) - 1)]].figure = True
        vocab, known = doc.vocab, self._flags
        inside = False          # within a double quotation: a quote of several sentences is kept whole
        for c in out:
            for i in range(c.start, c.end):
                o = orths[i]
                f = known.get(o)
                if f is None:
                    f = self._word_flags(vocab, o)
                if f & _SPACE:
                    inside = inside and not f & _NEWLINE   # an unclosed quote ends with its paragraph
                    continue
                if f & _QMARK:
                    c.quote = True
                    if f & _DOUBLE:
                        inside = bool(f & _OPENER) or (not f & _CLOSER and not inside)
                elif inside:
                    c.quote = True
                if f & _PUNCT:
                    continue
                if f & _PRONOUN:
                    c.pronouns += 1
                if f & _PERSON:
                    c.person_pronoun = True
                if f & _AGENT:
                    c.agents += 1
                if f & _EVENT:
                    c.event_words += 1
                if f & _PAIR and _after_quantifier(doc, i, c.start):
                    c.agents += 2       # "the two countries", "both sides": two actors (accord.actors.pairs)
                if f & _PHRASE:
                    low = doc[i].lower_
                    for phrase in self.cues.quote_phrases:
                        if low == phrase[0] and [t.lower_ for t in doc[i: i + len(phrase)]] == list(phrase):
                            c.quote = True
        return out

    def choose(self, doc: Doc, starts: list[int], text: str | None = None) -> list[bool]:
        """One flag per sentence (starts from split_sentences): parse it in full? A kept sentence with
        "he" or "she" keeps the one before it too: coreference needs the person NER finds there."""
        cues = self.cues_of(doc, starts, text)
        keep = [c.keep() for c in cues]
        return [kept or (k + 1 < len(cues) and keep[k + 1] and cues[k + 1].person_pronoun)
                for k, kept in enumerate(keep)]


def _after_quantifier(doc: Doc, i: int, start: int) -> bool:
    """Whether "two" or "both" stands just before token i, or one word before that ("the two
    neighbouring countries"): a pair phrase, as accord.actors.pairs reads it."""
    return any(k >= start and doc[k].lower_ in PAIR_QUANTIFIERS for k in (i - 1, i - 2))


@dataclass(slots=True)
class SentenceCues:
    """What the prefilter saw in one sentence (tokens start..end)."""
    start: int
    end: int
    names: set = field(default_factory=set)   # gazetteer names: (first token, end token)
    agents: int = 0          # title or agent words ("president", "police", "protesters")
    pronouns: int = 0
    event_words: int = 0     # words whose possible lemma is in the verb or noun table
    quote: bool = False
    figure: bool = False
    person_pronoun: bool = False   # "he", "she" (prefilter_data/cues.tsv person_pronoun)

    @property
    def actors(self) -> int:
        return len(self.names) + self.agents + self.pronouns

    def keep(self) -> bool:
        """A quote, a figure, or an event word with a gazetteer name or two title or agent words
        ("the police fired tear gas at protesters"). On the IR Wikinews articles (bench/prefilter_cues.py)
        a name with an event word holds 97.6% of the events on half the tokens, the agent pairs the
        rest; any actor cue with an event word (a pronoun alone too) keeps 85% of the tokens."""
        return self.quote or self.figure or ((bool(self.names) or self.agents >= 2) and self.event_words >= 1)


@dataclass(slots=True)
class PrefilterStats:
    """Tokens of the articles and of the sentences parsed in full, over a pipeline's life."""
    tokens: int = 0
    kept_tokens: int = 0
    sentences: int = 0
    kept_sentences: int = 0

    def to_dict(self) -> dict:
        share = self.kept_tokens / self.tokens if self.tokens else 0.0
        return {"tokens": self.tokens, "kept_tokens": self.kept_tokens, "kept_token_share": round(share, 4),
                "sentences": self.sentences, "kept_sentences": self.kept_sentences}


def _flat(doc: Doc) -> Doc:
    """A tokenized-only piece as one sentence: a flat tree under its first token, no labels but
    ROOT/dep (a parsed Doc's sentences come from its heads, so a piece needs a tree to stay apart)."""
    n = len(doc)
    if n:
        heads = [0] * n
        deps = ["ROOT"] + ["dep"] * (n - 1)
        flat = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                   heads=heads, deps=deps)
        return flat
    return doc


# Every token attribute a Doc array carries (what Doc.from_docs copies), and the columns the join sets.
_ATTRS = list(Doc._get_array_attrs())
_COL = {name: _ATTRS.index(IDS[name]) for name in ("ORTH", "SPACY", "HEAD", "DEP", "SENT_START", "LENGTH")}


class Prefilter:
    """Parse a batch of article texts, the chosen sentences in full and the rest tokenized only."""

    def __init__(self, nlp, gazetteer=None):
        self.nlp = nlp
        self.chooser = SentenceChooser(nlp, gazetteer)
        self.stats = PrefilterStats()
        strings = nlp.vocab.strings
        self._root, self._dep = strings.add("ROOT"), strings.add("dep")

    def _runs(self, doc: Doc, text: str | None = None) -> list[tuple[int, int, bool]]:
        """The article's pieces as token ranges (start, end, parse in full?): kept sentences in a row
        make one piece (the parser sees their context); a skipped sentence is a piece of its own."""
        starts = split_sentences(doc)
        if not starts:
            return []
        flags = self.chooser.choose(doc, starts, text)
        n = len(doc)
        ends = starts[1:] + [n]
        self.stats.tokens += n
        self.stats.sentences += len(starts)
        self.stats.kept_sentences += sum(flags)
        self.stats.kept_tokens += sum(b - a for a, b, f in zip(starts, ends, flags) if f)
        runs: list[tuple[int, int, bool]] = []
        for a, b, flag in zip(starts, ends, flags):
            if runs and flag and runs[-1][2]:
                runs[-1] = (runs[-1][0], b, True)
            else:
                runs.append((a, b, flag))
        return runs

    @staticmethod
    def _chars(doc: Doc, runs: list[tuple[int, int, bool]], text: str) -> list[tuple[int, int]]:
        """The character range of each piece; the ranges tile the text (leading space goes to the first)."""
        cuts = [0] + [doc[a].idx for a, _, _ in runs[1:]] + [len(text)]
        return list(zip(cuts, cuts[1:]))

    def pieces(self, text: str) -> list[tuple[str, bool]]:
        """The article text cut at sentence starts into pieces: (text, parse in full?). The pieces'
        texts joined are the article text."""
        doc = self.nlp.make_doc(text)
        runs = self._runs(doc, text)
        if not runs:
            return [(text, False)] if text else []
        return [(text[c:e], f) for (c, e), (_, _, f) in zip(self._chars(doc, runs, text), runs)]

    def parse(self, texts: Iterable[str], batch_size: int = 64) -> list[Doc]:
        """One Doc per text, doc.text == text."""
        texts = list(texts)
        plans = []          # per text: (tokenized doc, runs, character ranges)
        for text in texts:
            doc = self.nlp.make_doc(text)
            runs = self._runs(doc, text)
            plans.append((doc, runs, self._chars(doc, runs, text) if runs else []))
        full = iter(self.nlp.pipe([text[c:e] for text, (_, runs, chars) in zip(texts, plans)
                                   for (c, e), (_, _, f) in zip(chars, runs) if f], batch_size=batch_size))
        out = []
        for text, (doc, runs, chars) in zip(texts, plans):
            if not runs:
                out.append(doc)
                continue
            out.append(self._assemble(doc, [next(full) if f else (a, b) for a, b, f in runs], text))
        for doc, text in zip(out, texts):
            set_doc_text(doc, text)     # the joined pieces give back the text (checked in _assemble)
        return out

    def _assemble(self, doc: Doc, parts: list, text: str) -> Doc:
        """One Doc over the article's text from its pieces: a parsed piece's token attributes as they
        are, a skipped sentence's tokens (a range of the tokenized `doc`) under a flat tree. Built from
        the pieces' attribute arrays in one Doc.from_array (Doc.from_docs does the same with a Python
        loop over every token, a tenth of the parse's time)."""
        whole = None
        arrays = []
        for part in parts:
            if isinstance(part, Doc):
                arrays.append(part.to_array(_ATTRS))
                continue
            if whole is None:
                whole = doc.to_array(_ATTRS)
            a, b = part
            rows = whole[a:b].copy()
            rows[:, _COL["HEAD"]] = (-numpy.arange(b - a)).astype(rows.dtype)   # every token under the first
            rows[:, _COL["DEP"]] = self._dep
            rows[0, _COL["DEP"]] = self._root
            rows[:, _COL["SENT_START"]] = numpy.uint64(2**64 - 1)   # -1 as the array's uint64: not a start
            rows[0, _COL["SENT_START"]] = 1
            arrays.append(rows)
        arr = numpy.concatenate(arrays)
        if int(arr[:, _COL["LENGTH"]].sum() + arr[:, _COL["SPACY"]].sum()) != len(text):
            raise ValueError("prefilter: the joined pieces do not give back the article text")
        strings = self.nlp.vocab.strings
        joined = Doc(self.nlp.vocab, words=[strings[o] for o in arr[:, _COL["ORTH"]].tolist()],
                     spaces=arr[:, _COL["SPACY"]].astype(bool).tolist())
        joined.from_array(_ATTRS, arr)
        joined.tensor = numpy.zeros((len(joined), 0), dtype="float32")   # nothing downstream reads it
        return joined


def join(parts: list[Doc], text: str) -> Doc:
    """One Doc from the pieces of an article, its text the article's text exactly (Doc.from_docs;
    Prefilter.parse builds the same Doc faster from the pieces' arrays)."""
    for p in parts:
        p.tensor = numpy.zeros((len(p), 0), dtype="float32")   # widths differ; nothing downstream reads it
    doc = Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]
    if doc.text != text:
        raise ValueError("prefilter: the joined pieces do not give back the article text")
    return doc
