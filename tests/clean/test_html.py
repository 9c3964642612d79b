"""extract_html on small hand-made pages, and the benchmark scoring functions in bench/."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from accord.clean.html import CleanPage, decode_html, extract_html
from accord.model import Actor, Article, Event

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import events_gold  # noqa: E402  (bench/ is not a package)
import scoring  # noqa: E402

PARAGRAPHS = [
    "The foreign ministers of Kazakhstan and Uzbekistan met in Astana on Tuesday to discuss water sharing "
    "on the Syr Darya, officials said after the talks.",
    "The two governments agreed to set up a joint commission that will meet every quarter and report to "
    "both presidents on the state of the reservoirs along the river.",
    "Uzbekistan's minister said the agreement would be signed in Tashkent next month, after the commission "
    "holds its first meeting and the experts finish their survey.",
]


def page(head: str = "", body: str | None = None) -> str:
    if body is None:
        body = "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    return f"<!DOCTYPE html><html><head><title>Water talks</title>{head}</head><body>{body}</body></html>"


def test_article_text_without_navigation_ads_and_footer():
    head = ('<meta property="og:site_name" content="Steppe News">'
            '<meta name="author" content="Aigerim Sadykova">'
            '<meta property="article:published_time" content="2023-11-14T09:30:00+06:00">')
    body = (
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li>'
        '<li><a href="/sport">Sport and leisure</a></li></ul></nav>'
        '<div class="ad-banner">Buy cheap flights to Dubai today with our partner airline</div>'
        "<article><h1>Kazakhstan and Uzbekistan agree on water commission</h1>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        "<p>Read more: Drought hits farmers in the south of Kazakhstan</p>"
        f"<p>{PARAGRAPHS[2]}</p></article>"
        '<footer><p>Copyright 2023 Steppe News. All rights reserved. Contact the newsroom team.</p></footer>'
    )
    result = extract_html(page(head, body), url="https://steppe.example/2023/11/14/water")
    lines = result.text.split("\n")
    assert all(p in lines for p in PARAGRAPHS)
    assert lines.index(PARAGRAPHS[0]) < lines.index(PARAGRAPHS[1]) < lines.index(PARAGRAPHS[2])
    for junk in ("World news section", "cheap flights", "Read more", "Copyright 2023", ""):
        assert not any(junk == line or (junk and junk in line) for line in lines), junk
    assert result.title == "Kazakhstan and Uzbekistan agree on water commission"   # the h1, not <title>
    assert result.title not in lines                                                 # not body text
    assert result.author == "Aigerim Sadykova"
    assert result.outlet == "Steppe News"
    assert result.published == "2023-11-14"
    assert result.url == "https://steppe.example/2023/11/14/water"
    assert result.warnings == []


@pytest.mark.parametrize("declaration", [
    '<meta charset="windows-1251">',
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
])
def test_windows_1251_bytes_are_decoded_by_the_declared_charset(declaration):
    russian = ("Министр иностранных дел России Сергей Лавров встретился в Астане с казахстанским коллегой "
               "и обсудил с ним торговлю и транзит грузов через границу двух стран.")
    html = page(declaration, f"<article><p>{russian}</p><p>{russian}</p></article>").encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        html.decode("utf-8")
    text, warnings = decode_html(html)
    assert russian in text and warnings == []
    assert russian in extract_html(html).text


def test_valid_utf8_wins_over_a_wrong_declaration():
    html = page('<meta charset="iso-8859-1">', "<p>Zürich, Genève</p>").encode("utf-8")
    text, warnings = decode_html(html)
    assert "Zürich, Genève" in text
    assert warnings and "UTF-8" in warnings[0]


@pytest.mark.parametrize("html", ["", b"", "   ", "<html><body></body></html>", b"<html><head></head></html>"])
def test_empty_page_gives_a_warning_not_an_exception(html):
    result = extract_html(html)
    assert isinstance(result, CleanPage)
    assert result.text == ""
    assert result.warnings and "no main text" in result.warnings[-1]


@pytest.mark.parametrize("declared", ["2023-02-30T10:00:00Z", "2099-01-01", "20231345"])
def test_impossible_publication_date_is_rejected_with_a_warning(declared):
    result = extract_html(page(f'<meta property="article:published_time" content="{declared}">'))
    assert result.published is None
    assert any(declared in w for w in result.warnings)
    assert "Syr Darya" in result.text


def test_first_of_month_is_kept_when_the_page_states_it():
    result = extract_html(page('<meta property="article:published_time" content="2023-02-01T08:00:00Z">'))
    assert result.published == "2023-02-01"
    assert result.warnings == []


def test_repeated_headline_is_dropped_from_the_text():
    body = "<article><h2>Water talks</h2>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    assert extract_html(page("", body)).text.split("\n")[0] == PARAGRAPHS[0]


# --- AEB scoring ----------------------------------------------------------------------------------------

def test_shingles_follow_the_benchmark():
    assert scoring.shingles("") == {}
    assert scoring.shingles("two words") == {("two", "words"): 1}
    assert sum(scoring.shingles("a b c d e a b c d").values()) == 6
    assert scoring.shingles("a b c d e a b c d")[("a", "b", "c", "d")] == 2


def test_extraction_scores_treat_empty_output_as_the_benchmark_does():
    gold = "one two three four five six seven"
    perfect = scoring.page_counts(gold, gold)
    half = scoring.page_counts(gold, "one two three four five junk junk junk junk")
    empty = scoring.page_counts(gold, "")
    assert perfect == (4, 0, 0)
    assert scoring.page_precision(*half) == pytest.approx(2 / 6)
    assert scoring.page_recall(*half) == pytest.approx(2 / 4)
    s = scoring.extraction_scores([perfect, empty])
    assert s["precision"] == 1.0             # the empty output is left out of the precision mean
    assert s["recall"] == 0.5                # and counts 0 in the recall mean
    assert s["empty_outputs"] == 1
    assert s["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_scorer_reproduces_published_aeb_figures(shared):
    folder = shared / "benchmarks" / "extraction" / "aeb"
    gold = json.loads((folder / "ground-truth.json").read_text())
    pred = json.loads((folder / "peer-outputs" / "AutoExtract.json").read_text())
    s = scoring.extraction_scores([scoring.page_counts(g["articleBody"], pred[k]["articleBody"])
                                   for k, g in gold.items()])
    # README of scrapinghub/article-extraction-benchmark: precision=0.984 recall=0.956 F1=0.970
    assert (round(s["precision"], 3), round(s["recall"], 3), round(s["f1"], 3)) == (0.984, 0.956, 0.970)


# --- event scoring --------------------------------------------------------------------------------------

@pytest.mark.parametrize("code, key", [
    ("USAMIL", "USA"), ("GUYJUD", "GUY"), ("USA", "USA"), ("ROM", "ROU"), ("ROU", "ROU"), ("JAP", "JPN"),
    ("IGOUNO", "IGOUNO"), ("IGOUNOMIL", "IGOUNO"), ("IGOEUREEC", "IGOEUREEC"), ("IGO", "IGO"),
    ("---REB", "REB"), ("REB", "REB"), ("---", None), ("", None), (None, None), ("SYROPPHRI", "SYR"),
])
def test_actor_key(code, key):
    assert scoring.actor_key(code) == key


def test_keys_match():
    assert scoring.keys_match(None, "USA") and scoring.keys_match(None, None)
    assert scoring.keys_match("IGO", "IGOUNO") and not scoring.keys_match("IGO", "NGOAMN")
    assert not scoring.keys_match("IGO", None)
    assert not scoring.keys_match("USA", None) and not scoring.keys_match("USA", "RUS")
    assert scoring.predicted_key(None, "IGOUNOMIL") == "IGOUNO"
    assert scoring.predicted_key("ROM", "ROMGOV") == "ROU"


def _event(src: Actor | None, tgt: Actor | None, cameo: str, plover: str) -> Event:
    return Event(id="e", date=None, source=src, target=tgt, cameo=cameo, root=cameo[:2], quad_class=1,
                 goldstein=0.0, plover=plover, status="occurred", sentence="", span=(0, 0))


class FakePipeline:
    """Stands in for accord.pipeline.Pipeline: fixed events per sentence text, one sentence fails."""

    usa = Actor("US", code="USAGOV", country="USA")
    chn = Actor("China", code="CHN", country="CHN")
    un = Actor("UN", code="IGOUNO")

    def process(self, raw):
        if raw.text == "boom":
            raise RuntimeError("parser crashed")
        events = {
            "The US leader visited China.": [_event(self.usa, self.chn, "042", "CONSULT"),
                                             _event(self.chn, self.usa, "042", "CONSULT")],
            "The UN condemned the US.": [_event(self.un, self.usa, "111", "ACCUSE")],
            "Nothing happened.": [],
        }[raw.text]
        return Article(id=raw.id, path=raw.path, text=raw.text, events=events)


def test_event_scores_with_a_fake_system():
    G = scoring.GoldEvent
    sentences = [
        events_gold.GoldSentence("s1", "The US leader visited China.", "2008-08-04", [G("USA", "CHN", "043")]),
        events_gold.GoldSentence("s2", "The UN condemned the US.", None, [G("IGO", "USA", "ACCUSE")]),
        events_gold.GoldSentence("s3", "Nothing happened.", None, []),
        events_gold.GoldSentence("s4", "boom", None, [G("RUS", None, "ASSAULT")]),
    ]
    preds, seconds, failures = events_gold.run_system(FakePipeline(), sentences, "gold.xml")
    assert [len(p) for p in preds] == [2, 1, 0, 0]
    assert len(failures) == 1 and "parser crashed" in failures[0]
    pairs = list(zip([s.events for s in sentences], preds))
    # s1 at CAMEO level: gold USA->CHN 043; USA->CHN 042 matches its root, CHN->USA 042 matches nothing.
    root = scoring.event_scores(pairs[:1], "root")
    assert (root["found_gold"], root["gold_events"]) == (1, 1)
    assert (root["matched_predicted"], root["predicted_events"]) == (1, 2)
    assert root["precision"] == 0.5 and root["recall"] == 1.0
    code = scoring.event_scores(pairs[:1], "code")
    assert code["precision"] == 0.0 and code["recall"] == 0.0 and code["f1"] == 0.0
    # s2-s4 at PLOVER level: gold IGO->USA ACCUSE found by UN (IGOUNO) -> US; s4 failed, its gold is missed.
    plover = scoring.event_scores(pairs[1:], "plover")
    assert plover["found_gold"] == 1 and plover["gold_events"] == 2
    assert plover["precision"] == 1.0 and plover["recall"] == 0.5
    assert scoring.event_scores([([G("USA", None, "042")], [])], "root")["precision"] is None
    rows = events_gold.evaluate_set("T", sentences[:1], preds[:1], 2.0, ("root", "code"))
    assert [r["level"] for r in rows] == ["root", "code"] and rows[0]["sentences_per_s"] == 0.5
    fp, miss = events_gold.error_examples("T", sentences[:1], preds[:1], "code", 1)
    assert fp.startswith("FP   T s1: predicted USA->CHN 042 CONSULT")
    assert miss.startswith("MISS T s1: gold USA->CHN 043")


PETR2_SAMPLE = """<Validation>
# header text with <EventCoding...> in it
<Sentences>
<Sentence category="AFP" date="20080806" id="A_1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
<EventCoding eventcode="031" sourcecode="USA" targetcode="BRA" />
<Text>
Brazil and the United States are seeking to deepen a partnership, said
the ``minister''.
</Text>
<Parse>1\tBrazil\t_</Parse></Sentence>
<Sentence category="AFP" date="121108" id="A_2" evaluate="true">
<EventCoding noevents="True" />
<Text>No event here.</Text>
<Sentence category="OTHER" date="20150101" id="A_3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="---" />
<Text>
</Text>
<Parse>
1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_
2\tHaram\tHaram\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\tstruck\tstrike\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
</Parse></Sentence>
</Sentences>
</Validation>
"""


def test_load_petr2_handles_malformed_records(tmp_path):
    path = tmp_path / "petr2.xml"
    path.write_text(PETR2_SAMPLE, encoding="utf-8")
    sentences, problems = events_gold.load_petr2(path)
    assert [s.id for s in sentences] == ["A_1", "A_2", "A_3"]
    a1, a2, a3 = sentences
    assert a1.text == 'Brazil and the United States are seeking to deepen a partnership, said the "minister".'
    assert a1.published == "2008-08-06"
    assert a1.events == [scoring.GoldEvent("BRA", "USA", "031"), scoring.GoldEvent("USA", "BRA", "031")]
    assert a2.published is None and a2.events == []
    assert a3.text == "Boko Haram struck." and a3.events == [scoring.GoldEvent("NGA", None, "190")]
    assert any("A_2" in p and "121108" in p for p in problems)
    assert any("A_3" in p and "Parse" in p for p in problems)


def test_load_plover_expands_pairs_and_renames_types(tmp_path):
    records = [
        {"id": "DOC", "event": "DOCUMENT", "license": "CC BY-SA 4.0"},
        {"id": "r1", "date": "2000-01-01", "event": "DEMAND", "text": "Hungary and Romania asked Serbia.",
         "source": [{"actorText": "Hungary", "code": "HUN"}, {"actorText": "Romania", "code": "ROU"}],
         "target": [{"actorText": "Serbia", "code": "SRB"}]},
        {"id": "r2", "date": "2000-01-01", "event": "FIGHT", "text": "Hungary and Romania asked Serbia.",
         "source": [{"actorText": "Hungary", "code": "HUN"}], "target": ""},
        {"id": "r3", "event": "AGREE", "text": "The UN agreed.", "source": [{"actorText": "UN", "code": "IGO"}],
         "target": None},
    ]
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    sentences, problems = events_gold.load_plover(path)
    G = scoring.GoldEvent
    assert problems == [] and len(sentences) == 2
    assert sentences[0].events == [G("HUN", "SRB", "REQUEST"), G("ROU", "SRB", "REQUEST"),
                                   G("HUN", None, "ASSAULT")]
    assert sentences[0].published == "2000-01-01"
    assert sentences[1].events == [G("IGO", None, "AGREE")] and sentences[1].published is None
