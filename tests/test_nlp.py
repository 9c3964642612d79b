"""accord.nlp: the attribute_ruler's patterns matched through an index give what spaCy's Matcher gives."""
import numpy
import pytest
import spacy
from spacy.tokens import Doc

from accord.nlp import MODEL, IndexedAttributeRules, load_nlp

TEXT = ("Y'all ain't gonna believe it: the U.S. Secretary of State met Iran's foreign minister in Geneva on "
        "Monday.\nThey didn't sign anything, but both sides said talks would go on. \"Nothin' changed,\" "
        "one official told reporters, as 2,000 protesters marched   outside. She'd been there before; he's not.")


@pytest.fixture(scope="module")
def plain():
    """The model with spaCy's own Matcher in its attribute_ruler."""
    return spacy.load(MODEL)


def test_same_matches_and_attributes_as_the_matcher(plain):
    ruler = plain.get_pipe("attribute_ruler")
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = plain(TEXT)
    indexed = IndexedAttributeRules(ruler)
    a, b = Doc(plain.vocab).from_bytes(doc.to_bytes()), Doc(plain.vocab).from_bytes(doc.to_bytes())
    ma, mb = ruler.match(a), indexed.match(b)
    assert ma == mb and len(ma) >= len(doc)      # every token matches at least its tag's pattern
    assert any(e - s == 2 for _, _, s, e in ma)  # and a pattern of two tokens ("ai n't", "gon na", "y' all")
    ruler.set_annotations(a, ma)
    ruler.set_annotations(b, mb)
    attrs = list(Doc._get_array_attrs())
    assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))


def test_the_loaded_pipeline_gives_the_same_tokens(plain):
    ours = load_nlp()
    a, b = plain(TEXT), ours(TEXT)
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in a] == \
        [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in b]


def test_the_loaded_model_multiplies_through_numpy_with_one_blas_thread(plain):
    from threadpoolctl import threadpool_info

    ours = load_nlp()
    assert plain.get_pipe("tok2vec").model.ops.use_blis            # the stock model: blis
    for name in ("tok2vec", "ner"):                                 # ours: numpy's BLAS
        assert not ours.get_pipe(name).model.ops.use_blis
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")
    vectors_a = plain.get_pipe("tok2vec").predict([plain.make_doc(TEXT)])[0]
    vectors_b = ours.get_pipe("tok2vec").predict([ours.make_doc(TEXT)])[0]
    assert numpy.allclose(vectors_a, vectors_b, atol=1e-4)          # the same model, summed in another order


def test_a_pattern_it_cannot_read_keeps_the_matcher(plain):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">": 3}}]], {"TAG": "X"})
    with pytest.raises(ValueError):
        IndexedAttributeRules(ruler)


def test_the_array_lemmatizer_gives_spacys_lemmas_also_from_what_it_remembers(plain):
    ours = load_nlp()
    assert type(ours.get_pipe("lemmatizer")).__name__.startswith("Array")
    text = TEXT + " The ministers met; the minister meets. Geneva's talks were held in Geneva. " + TEXT
    for _ in range(2):      # the second pass reads every lemma from the (word, POS, morphology) table
        assert [t.lemma_ for t in plain(text)] == [t.lemma_ for t in ours(text)]


def test_a_lemmatizer_not_in_rule_mode_is_left_alone():
    from accord.nlp import use_array_lemmatizer

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_array_lemmatizer(nlp)
    assert not type(nlp.get_pipe("lemmatizer")).__name__.startswith("Array")


def test_make_install_gives_spacy_without_cythons_profiling_hooks():
    # scripts/spacy_wheel.sh (run by `make install`) builds spaCy with the `profile` directive off;
    # a stock PyPI wheel for Python 3.11 has it on, and its parser and NER take the GIL per state read.
    from accord.nlp import spacy_profiling_hooks
    assert spacy_profiling_hooks() is False, "stock spaCy wheel installed: run bash scripts/spacy_wheel.sh .venv/bin/python"


def test_the_profiling_hook_check_leaves_a_running_profiler_in_place():
    import sys
    from accord.nlp import spacy_profiling_hooks

    calls = []

    def mine(frame, event, arg):
        calls.append(event)
    sys.setprofile(mine)
    try:
        spacy_profiling_hooks()
        assert sys.getprofile() is mine
    finally:
        sys.setprofile(None)


def test_a_build_with_profiling_hooks_is_named_in_a_warning(monkeypatch, caplog):
    import accord.nlp as nlp_module

    monkeypatch.setattr(nlp_module, "spacy_profiling_hooks", lambda: True)
    with caplog.at_level("WARNING", logger="accord.nlp"):
        assert nlp_module.warn_if_profiling_build() is True
    assert "profiling hooks" in caplog.text and "scripts/spacy_wheel.sh" in caplog.text
    monkeypatch.setattr(nlp_module, "spacy_profiling_hooks", lambda: False)
    caplog.clear()
    assert nlp_module.warn_if_profiling_build() is False
    assert caplog.text == ""
