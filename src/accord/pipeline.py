"""The pipeline: builds every stage once, then runs one article or a stream of them.

    raw -> clean (html | text) + metadata -> language -> spaCy parse -> actors
        -> events | quotes | figures -> Article

An article that fails at any stage gets `error` and the stream goes on.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from accord.actors.context import add_context_agents, event_places
from accord.actors.defined import add_defined_bodies
from accord.actors.dated import actor_on
from accord.actors.itpronouns import add_it_mentions
from accord.actors.nominals import add_nominal_mentions
from accord.actors.pairs import add_pair_mentions
from accord.actors.quoted import add_speaker_mentions
from accord.clean.datecheck import check_published
from accord.clean.repeats import outlet_key, repeated_lines
from accord.clean.dates import normalize_published
from accord.clean.text import clean_text
from accord.events.coded import to_event
from accord.events.coder import EventCoder
from accord.figures import extract_figures
from accord.language import detect_language
from accord.model import Article, InputLimitError, RawArticle, content_hash
from accord.read.errors import TooSlow, time_limit
from accord.read.errors import error as kind_error
from accord.options import Options
from accord.quotes import extract_quotes
from accord.stageclock import StageClock
from accord.time import event_date

log = logging.getLogger(__name__)


class Pipeline:
    def __init__(self, options: Options | None = None):
        from accord.actors.resolver import ActorResolver
        from accord.nlp import load_nlp

        self.options = options or Options()
        self.nlp = load_nlp()
        self.resolver = ActorResolver()
        self.coder = EventCoder()
        self.clock = StageClock()   # seconds per stage over this pipeline's life (bench/)
        self.prefilter = None       # accord.prefilter.Prefilter, built on first use (Options.prefilter)
        # An ingest sets this to its store's lookup (Repository.stored_copies: content hash -> stored id):
        # an article whose clean text is stored already is only linked as a copy, so it is not parsed
        # again (re-runs over overlapping input, wire copies). Extract leaves it None: every article coded.
        self.known_copies = None

    # -- public API ------------------------------------------------------------------------
    def process(self, raw: RawArticle) -> Article:
        return next(self.process_stream([raw]))

    def process_stream(self, raws: Iterable[RawArticle]) -> Iterator[Article]:
        """Articles in input order; spaCy parses a batch at a time."""
        batch: list[RawArticle] = []
        for raw in raws:
            batch.append(raw)
            if len(batch) >= self.options.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    # -- stages ----------------------------------------------------------------------------
    def _run_batch(self, raws: list[RawArticle]) -> list[Article]:
        lap = self.clock.lap()
        drops = self._outlet_repeats(raws)
        articles = [self._prepare(r, drops.get(id(r), frozenset())) for r in raws]
        lap("clean")
        todo = [a for a in articles if a.error is None and a.text and a.language == "en"]
        if self.known_copies is not None and todo:
            hashes = [content_hash(a) for a in todo]
            stored = self.known_copies(hashes)
            for art, h in zip(todo, hashes):
                art.copy_of = stored.get(h)
            todo = [a for a in todo if a.copy_of is None]
        try:
            docs = self._parse_batch([a.text for a in todo])
        except Exception:   # one bad text must not sink the batch: parse one by one
            docs = [self._parse_one(a) for a in todo]
        # Headlines are parsed in one batch too: their actors decide an article's focus country.
        try:
            titles = list(self.nlp.pipe([a.title or "" for a in todo]))
        except Exception:   # a hostile title must not sink the batch either
            titles = [self._parse_title(a) for a in todo]
        lap("parse")
        for art, doc, title_doc in zip(todo, docs, titles):
            if doc is None:
                continue
            try:
                with time_limit(self.options.max_seconds_per_article):   # a hang fails one article only
                    self._analyse(art, doc, title_doc)
            except TooSlow:
                log.error("article %s: analysis over the time limit", art.id)
                self._fail(art, "too_slow", f"analysis took longer than {self.options.max_seconds_per_article:g} s "
                                            f"(Options.max_seconds_per_article)")
                art.events, art.quotes, art.figures = [], [], []
            except Exception as exc:    # isolate the article, keep the stream going
                log.exception("article %s failed", art.id)
                self._fail(art, "analysis_failed", f"analysis failed: {type(exc).__name__}: {exc}")
                art.events, art.quotes, art.figures = [], [], []
        return articles

    @staticmethod
    def _outlet_repeats(raws: list[RawArticle]) -> dict[int, frozenset[str]]:
        """For each flattened-text article (keyed by id(raw)): the lines its outlet repeats across this
        batch, the site's template (accord.clean.repeats)."""
        groups: dict[str, list[RawArticle]] = {}
        for r in raws:
            if r.error is None and r.text:      # _prepare cleans r.text whenever it is given
                key = outlet_key(r)
                if key:
                    groups.setdefault(key, []).append(r)
        drops: dict[int, frozenset[str]] = {}
        for members in groups.values():
            if len(members) >= 2:
                drop = repeated_lines([r.text for r in members])
                if drop:
                    drops.update((id(r), drop) for r in members)
        return drops

    def _parse_batch(self, texts: list[str]) -> list:
        """The articles' Docs: every sentence parsed in full, or with Options.prefilter only those
        that can hold an event, a quote or a figure (accord.prefilter), the rest tokenized."""
        if not self.options.prefilter:
            return list(self.nlp.pipe(texts))
        if self.prefilter is None:
            from accord.prefilter import Prefilter
            self.prefilter = Prefilter(self.nlp, self.resolver.gaz)
        return self.prefilter.parse(texts)

    def _parse_one(self, art: Article):
        try:
            if self.options.prefilter:
                return self._parse_batch([art.text])[0]
            return self.nlp(art.text)
        except Exception as exc:
            self._fail(art, "parse_failed", f"parse failed: {type(exc).__name__}: {exc}")
            return None

    def _parse_title(self, art: Article):
        try:
            return self.nlp(art.title or "")
        except Exception:
            art.warnings.append("headline could not be parsed; ignored")
            return self.nlp("")

    @staticmethod
    def _fail(art: Article, kind: str, message: str) -> None:
        """The article fails with a machine-readable kind (accord.read.errors.KINDS)."""
        art.error, art.error_kind = kind_error(kind, message), kind

    def _prepare(self, raw: RawArticle, drop: frozenset[str] = frozenset()) -> Article:
        """Cleaning and metadata: everything before the parse."""
        art = Article(id=raw.id, path=raw.path, url=raw.url, title=raw.title, outlet=raw.outlet,
                      author=raw.author)
        art.warnings.extend(raw.warnings)      # damage the reader repaired
        if raw.error:
            art.error, art.error_kind = raw.error, raw.error_kind
            return art
        try:
            with time_limit(self.options.max_seconds_per_article):
                self._clean(art, raw, drop)
        except TooSlow:
            self._fail(art, "too_slow", f"cleaning took longer than {self.options.max_seconds_per_article:g} s "
                                        f"(Options.max_seconds_per_article)")
        return art

    def _clean(self, art: Article, raw: RawArticle, drop: frozenset[str]) -> None:
        try:
            published = raw.published
            if raw.html is not None and raw.text is None:
                from accord.clean.html import extract_html
                page = extract_html(raw.html, url=raw.url, max_depth=self.options.max_html_depth)
                art.text = page.text
                art.title = art.title or page.title
                art.author = art.author or page.author
                art.outlet = art.outlet or page.outlet
                art.url = art.url or page.url
                published = published or page.published
                art.warnings.extend(page.warnings)
            else:
                cleaned = clean_text(raw.text or "", title=raw.title, drop=drop)
                art.text, art.title = cleaned.text, cleaned.title
                art.outlet = art.outlet or cleaned.outlet
                if not published:       # the date in the page's text only when the input carried none
                    published = cleaned.published
                    art.warnings.extend(cleaned.meta_warnings)
                art.warnings.extend(cleaned.warnings)
            art.published, warns = normalize_published(published)
            art.warnings.extend(warns)
            # A header date that the body contradicts (a viewing date) is worse than none.
            art.published, warns = check_published(art.published, art.text)
            art.warnings.extend(warns)
            if not art.text.strip():
                self._fail(art, "no_text", "; ".join(w for w in art.warnings if w.startswith("no main text"))
                           or "no article text in the input")
                return
            if len(art.text) > self.options.max_chars:
                art.warnings.append(kind_error("too_long", f"text cut to {self.options.max_chars} characters "
                                                           f"from {len(art.text)}"))
                art.text = art.text[: self.options.max_chars]
            if len(art.text) >= self.options.min_language_chars:
                lang, prob = detect_language(art.text)
                if lang != "en" and prob >= 0.9:
                    art.language = lang
                    art.warnings.append(f"language {lang}: not English, events not coded")
        except InputLimitError as exc:      # past a limit in Options: a clear message, no traceback
            self._fail(art, exc.kind, str(exc))
        except Exception as exc:
            log.exception("article %s failed in cleaning", raw.id)
            self._fail(art, "cleaning_failed", f"cleaning failed: {type(exc).__name__}: {exc}")

    def _analyse(self, art: Article, doc, title_doc) -> None:
        lap = self.clock.lap()
        headline = self.resolver.resolve(title_doc, art.published) if art.title else []
        mentions = add_context_agents(doc, self.resolver.resolve(doc, art.published), self.resolver.gaz,
                                      art.published, headline)
        mentions = add_nominal_mentions(doc, mentions, self.resolver.gaz)
        # after "the country": "the country's National Elections Committee" is that country's
        mentions = add_defined_bodies(doc, mentions, self.resolver.gaz, headline)
        mentions = add_it_mentions(doc, add_pair_mentions(doc, mentions, self.resolver.gaz))
        lap("actors")
        # Quotes first: their speakers resolve "I" and "we" inside them for the event coder.
        art.quotes = extract_quotes(doc, mentions, art.published)
        mentions = add_speaker_mentions(doc, mentions, art.quotes)
        lap("quotes")
        coded = self.coder.code(doc, mentions, event_places(doc, mentions, self.resolver.gaz))
        art.events = [to_event(ce, art.text, f"{art.id}:e{n}",
                               event_date(doc, ce.verb_index, ce.sent_start, ce.sent_end, art.published))
                      for n, ce in enumerate(coded, 1)]
        gaz = self.resolver.gaz
        for e in art.events:        # people in the roles they held on the event's date (actors/dated.py)
            e.source = actor_on(e.source, e.date, art.published, gaz)
            e.target = actor_on(e.target, e.date, art.published, gaz)
        lap("events")
        art.figures = extract_figures(art.text, doc, art.published)
        lap("figures")
