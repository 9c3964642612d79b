"""Flattened pages of one outlet through the pipeline: the site's repeated lines go, and the
outlet and date come from the text when the input carries none."""
from __future__ import annotations

from accord.pipeline import Pipeline
from accord.read import read_paths

TEMPLATE = """Home
World
Business
Sign up for our daily briefing
{title}
4 Jan, 2024 15:48
{body}
Most read this week: ministers argue over a new budget plan
© 2024 Example News. All rights reserved."""

BODIES = [
    ("Kazakhstan and Russia sign a trade deal",
     "Kazakhstan and Russia signed a new trade agreement in Astana on Thursday, officials said.\n"
     "The deal covers grain, oil and the transit of goods across the long shared border."),
    ("Iran criticises new sanctions",
     "Iran criticized the United States for the new sanctions announced this week by the Treasury.\n"
     "Officials in Tehran said the measures would hurt ordinary people rather than the government."),
    ("Turkey hosts talks on shipping",
     "Turkey hosted talks with Ukraine on grain shipments through the Black Sea on Wednesday.\n"
     "The two delegations agreed to meet again next month to review the corridor."),
]


def test_outlet_template_lines_go_and_metadata_comes_from_the_text(tmp_path, nlp):
    site = tmp_path / "example-news"
    site.mkdir()
    for n, (title, body) in enumerate(BODIES):
        (site / f"a{n}.txt").write_text(TEMPLATE.format(title=title, body=body), encoding="utf-8")
    arts = list(Pipeline().process_stream(read_paths([str(site)])))
    assert [a.text for a in arts] == [b for _, b in BODIES]
    assert [a.title for a in arts] == [t for t, _ in BODIES]
    assert {a.outlet for a in arts} == {"Example News"} and {a.published for a in arts} == {"2024-01-04"}
    assert ("057", "KAZ", "RUS") in {(e.cameo, e.source.country, e.target.country) for e in arts[0].events}


def test_non_english_articles_are_reported_not_coded(nlp):
    from accord.model import RawArticle
    text = ("Der russische Präsident Wladimir Putin hat am Donnerstag Astana besucht und mit Präsident "
            "Tokajew über Handel und Sicherheit gesprochen. Russland und Kasachstan unterzeichneten ein Abkommen.")
    art = Pipeline().process(RawArticle(id="de", path="de.txt", text=text, published="2023-11-10"))
    assert art.language == "de" and art.events == [] and any("not English" in w for w in art.warnings)
    assert art.error is None and art.text


def test_html_records_in_jsonl_are_cleaned(tmp_path, nlp):
    import json
    page = ("<html><head><title>Talks in Astana</title></head><body><nav>Home | World</nav><article>"
            "<h1>Talks in Astana</h1><p>Russian President Vladimir Putin visited Astana on Thursday for talks with "
            "Kazakh President Kassym-Jomart Tokayev about trade and energy.</p><p>The two leaders signed a "
            "declaration on strategic partnership and discussed transit routes.</p></article>"
            "<footer>© 2023 Example News</footer></body></html>")
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "h1", "html": page, "published": "2023-11-10"}) + "\n", encoding="utf-8")
    [art] = list(Pipeline().process_stream(read_paths([str(f)])))
    assert art.error is None and "visited Astana" in art.text and "Home | World" not in art.text
    assert any(e.root == "04" and e.date == "2023-11-09" for e in art.events)   # "visited ... for talks": 046
