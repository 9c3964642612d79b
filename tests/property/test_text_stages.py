"""Property tests for the stages after the readers: the cleaners (accord.clean), the temporal resolver
(accord.time), the figure and quote extractors and the whole pipeline. Whatever the text, no exception
escapes, and every offset a stage reports lies inside the text and points at what the stage says it found.

Texts are drawn from news-like words, quotation marks, numbers, dates and currency signs mixed with any
Unicode, so that the extractors' patterns are exercised rather than skipped. The spaCy model is the one
shared, session-wide model (accord.nlp.load_nlp is cached). Examples are few and deadlines off: these run
in `make test`.
"""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=30, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

WORDS = ("Russia China Putin Xi Jinping President Vladimir minister foreign said told visited met signed "
         "attacked agreed sanctions on in the of and a to Moscow Beijing Kazakhstan Astana Monday Tuesday "
         "yesterday last week next month year ago 2023 2024 November 9 10th $ € £ billion million bn m % "
         "percent people soldiers killed 21.4 1,500 300 between and trade turnover \" “ ” ‘ ’ ' « » , . ; : ? ! "
         "— - ( ) \n \n\n Read more Advertisement © Copyright 2023 Reuters By Staff reporter he she it they we I "
         "according statement earlier this the following day first ten months of 1st half spring").split(" ")
news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=80).map(" ".join)
any_text = st.one_of(news_text, st.text(max_size=300))
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def _inside(text: str, span) -> bool:
    return 0 <= span[0] <= span[1] <= len(text)


# --- cleaners ----------------------------------------------------------------------------------------

@FAST
@given(raw=any_text, title=st.none() | st.text(max_size=40))
def test_clean_text_keeps_only_input_lines(raw, title):
    from accord.clean.text import clean_text
    out = clean_text(raw, title=title)
    assert not any("text cleaner failed" in w for w in out.warnings), out.warnings
    lines = {" ".join(l.split()) for l in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")}
    for line in filter(None, out.text.split("\n")):
        assert line in lines
    assert out.published is None or ISO.match(out.published)


@FAST
@given(raw=st.one_of(any_text, st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<h1>", "<title>",
                                                            "<meta charset='cp1251'>", "<script>", "<time datetime='2023-02-30'>",
                                                            "<!--", "-->", "<![CDATA[", "&amp;", "&#0;"]) | news_text,
                                        max_size=40).map("".join)))
def test_extract_html_never_raises(raw):
    from accord.clean.html import extract_html
    page = extract_html(raw, url=None, max_depth=200)
    assert isinstance(page.text, str)
    assert page.published is None or ISO.match(page.published)


@FAST
@given(data=st.binary(max_size=3000))
def test_decode_html_never_raises(data):
    from accord.clean.html import decode_html
    text, _ = decode_html(data)
    assert isinstance(text, str)


@FAST
@given(value=st.none() | st.text(max_size=30) | dates.map(str), text=any_text)
def test_publication_date_checks_never_raise(value, text):
    from accord.clean.datecheck import check_published
    from accord.clean.dates import normalize_published
    published, _ = normalize_published(value)
    assert published is None or ISO.match(published)
    checked, _ = check_published(published, text)
    assert checked in (None, published)


@FAST
@given(texts=st.lists(any_text, max_size=5))
def test_text_metadata_and_repeats_never_raise(texts):
    from accord.clean.repeats import repeated_lines
    from accord.clean.textmeta import text_metadata
    for t in texts:
        meta = text_metadata(t)
        assert meta.published is None or ISO.match(meta.published)
    assert isinstance(repeated_lines(texts), frozenset)


# --- temporal resolver ---------------------------------------------------------------------------------

@FAST
@given(expr=any_text, published=dates, future=st.booleans())
def test_resolve_gives_a_contract_date_or_none(expr, published, future):
    from accord.time import resolve
    out = resolve(expr, published, future)
    assert out is None or ISO.match(out), out


@SLOW
@given(text=news_text, published=dates)
def test_time_at_every_token_never_raises(nlp, text, published):
    from accord.time import time_at
    doc = nlp(text)
    for tok in doc:
        value = time_at(doc, tok.i, published.isoformat())
        assert value is None or value.date is None or ISO.match(value.date)


# --- extractors ----------------------------------------------------------------------------------------

@FAST
@given(text=any_text)
def test_figures_point_at_their_text(text):
    from accord.figures import extract_figures
    for f in extract_figures(text):
        assert _inside(text, f.span) and text[f.span[0]:f.span[1]] == f.text


@SLOW
@given(text=news_text, published=st.none() | dates.map(str))
def test_figures_and_quotes_on_a_parse_point_at_their_text(nlp, text, published):
    from accord.figures import extract_figures
    from accord.quotes import extract_quotes
    doc = nlp(text)
    for f in extract_figures(text, doc, published):
        assert _inside(text, f.span) and text[f.span[0]:f.span[1]] == f.text
    for q in extract_quotes(doc, [], published):
        assert _inside(text, q.span) and text[q.span[0]:q.span[1]] == q.text


# --- the whole pipeline ----------------------------------------------------------------------------------

@SLOW
@given(text=news_text, title=st.none() | news_text, published=st.none() | st.text(max_size=12) | dates.map(str))
def test_pipeline_spans_stay_inside_the_clean_text(nlp, text, title, published):
    from accord.model import RawArticle
    from accord.pipeline import Pipeline
    art = _pipeline().process(RawArticle(id="p", path="p.txt", text=text, title=title, published=published))
    assert art.error is None or art.error_kind in ("no_text",), art.error
    for e in art.events:
        assert _inside(art.text, e.span) and art.text[e.span[0]:e.span[1]] == e.sentence
    for q in art.quotes:
        assert _inside(art.text, q.span) and art.text[q.span[0]:q.span[1]] == q.text
    for f in art.figures:
        assert _inside(art.text, f.span) and art.text[f.span[0]:f.span[1]] == f.text


_PIPE = []


def _pipeline():
    from accord.pipeline import Pipeline
    if not _PIPE:
        _PIPE.append(Pipeline())
    return _PIPE[0]
