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
