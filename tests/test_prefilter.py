"""The sentence prefilter (accord.prefilter): the sentence split, the choice, the join, and the events
of whole articles with and without it."""
import json
from pathlib import Path

import pytest

from accord.model import RawArticle
from accord.nlp import load_nlp
from accord.options import Options
from accord.prefilter import Prefilter, SentenceChooser, load_cues, split_sentences

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "articles_ir.jsonl"


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def prefilter(nlp):
    return Prefilter(nlp)


def sentences(nlp, text):
    doc = nlp.make_doc(text)
    starts = split_sentences(doc)
    return [doc[a:b].text_with_ws for a, b in zip(starts, starts[1:] + [len(doc)])]


def test_cues_load():
    cues = load_cues()
    assert "he" in cues.pronouns and '"' in cues.quote_marks
    assert ("according", "to") in cues.quote_phrases


def test_split_at_stops_and_line_breaks(nlp):
    assert sentences(nlp, "Russia attacked Ukraine. The weather was nice.\nA new line") == [
        "Russia attacked Ukraine. ", "The weather was nice.\n", "A new line"]


def test_split_keeps_closing_quote_and_abbreviations(nlp):
    text = 'He said "we will fight." Mr. Smith met U.S. officials. "We agree," she said.'
    assert sentences(nlp, text) == ['He said "we will fight." ', "Mr. Smith met U.S. officials. ",
                                    '"We agree," she said.']


def test_choice(nlp, prefilter):
    text = ("Russia attacked Ukraine on Monday. The weather was nice and warm. "
            '"It was a good day." The budget grew by 5%. Everything else stayed quiet.')
    doc = nlp.make_doc(text)
    starts = split_sentences(doc)
    assert prefilter.chooser.choose(doc, starts) == [True, False, True, True, False]


def test_a_quote_of_several_sentences_is_kept_whole(nlp, prefilter):
    text = 'The minister spoke. "This is wrong. We will not accept it," she said. Rain fell.'
    doc = nlp.make_doc(text)
    starts = split_sentences(doc)
    assert [doc[a].text for a in starts] == ["The", '"', "We", "Rain"]
    assert prefilter.chooser.choose(doc, starts)[1:] == [True, True, False]


def test_inflected_event_words(nlp):
    chooser = SentenceChooser(nlp)
    assert "attack" in chooser.lemmas("attacked") and "meet" in chooser.lemmas("met")
    assert not chooser.lemmas("weather").intersection({"attack", "meet"})


def test_join_gives_back_the_text_and_the_spans(prefilter):
    text = ("  Russia attacked Ukraine on Monday.  The weather was nice.\n\n"
            "Putin met Macron in Paris. Nothing else happened here at all.\n")
    doc = prefilter.parse([text])[0]
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx: tok.idx + len(tok.text)] == tok.text
    sents = [s.text_with_ws for s in doc.sents]
    assert "The weather was nice.\n\n" in sents            # a skipped sentence stays one sentence
    assert "Nothing else happened here at all.\n" in sents
    skipped = next(s for s in doc.sents if s.text.startswith("The weather"))
    assert all(t.pos_ == "" and t.ent_type_ == "" for t in skipped)
    parsed = next(s for s in doc.sents if s.text.startswith("Putin"))
    assert parsed.root.lemma_ == "meet" and {e.text for e in parsed.ents} >= {"Putin", "Macron", "Paris"}


def test_an_article_with_nothing_to_parse(prefilter):
    text = "The weather was nice. Nothing happened."
    doc = prefilter.parse([text])[0]
    assert doc.text == text and len(list(doc.sents)) == 2


def test_stats_count_kept_tokens(nlp):
    pf = Prefilter(nlp)
    pf.parse(["Russia attacked Ukraine. The weather was nice."])
    assert pf.stats.tokens == 9 and pf.stats.kept_tokens == 4 and pf.stats.kept_sentences == 1


@pytest.mark.skipif(not WIKINEWS.exists(), reason="the shared Wikinews sample is not here")
def test_wikinews_events_with_and_without_the_prefilter():
    """On the first eight IR Wikinews articles the prefilter gives the same events, the same quotes and
    the same figures. A quote's speaker may differ: the parser reads a piece of kept sentences without
    the skipped sentence before it, and its first words can parse differently (wn-fb132e8654a4: "PCdoB
    (Brazilian communist political party) Deputy Jamil Murad ... said": the speaker is "PCdoB" with the
    prefilter, "Deputy Jamil Murad" without)."""
    from accord.pipeline import Pipeline
    records = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()[:8]]

    def run(prefilter):
        raws = [RawArticle(id=r["id"], path="wikinews", text=r["text"], title=r.get("title"),
                           published=r.get("published")) for r in records]
        return [a.to_dict() for a in Pipeline(Options(prefilter=prefilter)).process_stream(raws)]

    full, cut = run(False), run(True)
    for a, b in zip(full, cut):
        assert b.get("error") is None
        assert a["events"] == b["events"], a["id"]
        assert [(q["text"], q["span"], q["cue"]) for q in a["quotes"]] == \
            [(q["text"], q["span"], q["cue"]) for q in b["quotes"]], a["id"]
        assert [f["text"] for f in a["figures"]] == [f["text"] for f in b["figures"]], a["id"]


def test_a_figure_keeps_its_sentence_a_year_does_not(nlp, prefilter):
    """Figures are what accord.figures finds (a number with a unit); a year, a date or an age alone
    keeps no sentence."""
    text = ("The talks began in 2019. The man, 45, was born on 3 May 1978. Trade reached $5 billion. "
            "About five million dollars went missing.")
    doc = nlp.make_doc(text)
    starts = split_sentences(doc)
    assert prefilter.chooser.choose(doc, starts) == [False, False, True, True]


def test_a_kept_sentence_with_he_keeps_the_one_before(nlp, prefilter):
    text = ("Nobody expected rain. Boseman was born in South Carolina. He visited Britain in 1998. "
            "The weather was nice.")
    doc = nlp.make_doc(text)
    starts = split_sentences(doc)
    assert prefilter.chooser.choose(doc, starts) == [False, True, True, False]


def test_the_array_join_equals_doc_from_docs(nlp, prefilter):
    """Prefilter.parse builds the article's Doc from the pieces' arrays; Doc.from_docs over the same
    pieces (the parsed ones and the flat skipped ones) gives the same tags, trees, sentences and
    entities (NORM aside: the array join keeps the tokenizer's norms, "n't" -> "not")."""
    from spacy.attrs import NORM
    from accord.prefilter import _ATTRS, _flat, join
    text = ("The weather wasn't nice. Russia attacked Ukraine on Monday, officials said.\n"
            "Nothing else happened. Putin met Macron in Paris on 3 May.")
    new = prefilter.parse([text])[0]
    parts = [nlp(p) if f else _flat(nlp.make_doc(p)) for p, f in prefilter.pieces(text)]
    old = join(parts, text)
    cols = [k for k, attr in enumerate(_ATTRS) if attr != NORM]
    assert (new.to_array(_ATTRS)[:, cols] == old.to_array(_ATTRS)[:, cols]).all()
    assert [s.start for s in new.sents] == [s.start for s in old.sents]
    assert [(e.start, e.end, e.label_) for e in new.ents] == [(e.start, e.end, e.label_) for e in old.ents]
    assert new.text == text and len(list(new.sents)) >= 4
