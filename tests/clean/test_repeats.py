import pytest

from accord.clean.repeats import normalise, outlet_key, repeated_lines
from accord.clean.text import clean_text
from accord.model import RawArticle

TEMPLATE_TOP = ["Home", "World", "Politics", "Share", "Example  News Live"]
TEMPLATE_END = ["Sign up for the morning briefing", "About us", "© 2024 Example News. All rights reserved."]
BODIES = [
    ["Flooding closes roads across the north", "Heavy rain closed dozens of roads across the north of the country on Tuesday, officials said.",
     "Emergency crews rescued several drivers whose cars were trapped by rising water near the river."],
    ["Parliament passes budget after long debate", "Lawmakers approved the annual budget late on Wednesday after a debate that lasted almost two days.",
     "The opposition said the spending plan did too little for hospitals and schools in rural areas."],
    ["Port strike enters its third week", "Dock workers at the main port stayed off the job for a third week on Thursday, delaying exports.",
     "Union leaders said talks with the port authority had made no progress since the weekend."],
]


def article(body: list[str]) -> str:
    return "\n".join(TEMPLATE_TOP + body + TEMPLATE_END)


def test_template_lines_repeat_across_three_articles_and_bodies_do_not():
    drop = repeated_lines([article(b) for b in BODIES])
    assert {normalise(l) for l in TEMPLATE_TOP + TEMPLATE_END} <= drop
    assert not any(normalise(l) in drop for b in BODIES for l in b)


def test_clean_text_drops_them_and_keeps_the_article_body():
    texts = [article(b) for b in BODIES]
    drop = repeated_lines(texts)
    for body, text in zip(BODIES, texts):
        c = clean_text(text, drop=drop)
        assert c.text.split("\n") == body[1:] and c.title == body[0]
        assert c.dropped >= len(TEMPLATE_TOP) + len(TEMPLATE_END)
        assert c.outlet == "Example News"      # metadata comes from the original text


def test_two_syndicated_copies_do_not_strip_each_other():
    copy = article(BODIES[0])
    other = "\n".join(["Wire Service", "Reprinted"] + BODIES[0] + ["Distributed by Wire Service"])
    drop = repeated_lines([copy, other])
    assert not any(normalise(l) in drop for l in BODIES[0])
    c = clean_text(copy, drop=drop)
    assert c.text.split("\n") == BODIES[0][1:]


def test_copies_count_once_among_other_stories():
    texts = [article(BODIES[0]), article(BODIES[0]), article(BODIES[1]), article(BODIES[2])]
    drop = repeated_lines(texts)
    assert normalise("Home") in drop
    assert not any(normalise(l) in drop for b in BODIES for l in b)


@pytest.mark.parametrize("n, found_in, dropped", [
    (2, 1, False), (2, 2, True),     # two stories: both
    (3, 1, False), (3, 2, True),     # three or more: at least half
    (5, 2, False), (5, 3, True),
])
def test_share_threshold(n, found_in, dropped):
    texts = []
    for i in range(n):
        own = f"Story number {i} tells of an entirely different event in town number {i} this week, reporters said."
        texts.append(own + ("\nFollow the live blog" if i < found_in else ""))
    assert (normalise("Follow the live blog") in repeated_lines(texts)) is dropped


def test_long_line_needs_three_stories():
    long_line = " ".join(["word"] * 10 + ["notice"] * 12)
    def story(i):
        return "\n".join(f"Unique story {i} paragraph {p} about something else entirely happening today in city {i}."
                         for p in range(5)) + "\n" + long_line
    texts = [story(0), story(1)]
    assert repeated_lines(texts) == frozenset()
    texts.append(story(2))
    assert normalise(long_line) in repeated_lines(texts)


@pytest.mark.parametrize("texts", [[], ["only one\nHome"], ["", ""], [None, "Home"]])
def test_too_few_texts_give_nothing(texts):
    assert repeated_lines(texts) == frozenset()


def test_min_articles():
    texts = ["Home\nStory one is here.", "Home\nStory two is here.", "Menu\nStory three is here."]
    assert repeated_lines(texts) == {"home"}
    assert repeated_lines(texts, min_articles=3) == frozenset()


@pytest.mark.parametrize("kwargs, expected", [
    ({"outlet": " Example News ", "url": "https://www.example.com/a"}, "outlet:example news"),
    ({"url": "https://www.example.com/a/b.html"}, "host:example.com"),
    ({"url": "https://m.example.co.uk/a"}, "host:example.co.uk"),
    ({"path": "corpus/example/article1.txt"}, "dir:corpus/example"),
    ({"path": "corpus/feed.jsonl#12"}, "file:corpus/feed.jsonl"),
    ({"path": "article1.txt"}, None),
])
def test_outlet_key(kwargs, expected):
    kwargs.setdefault("path", "x/y.txt")
    assert outlet_key(RawArticle(id="a", **kwargs)) == expected


def test_an_articles_lead_shown_as_a_teaser_on_the_outlets_other_pages_stays_in_it():
    bodies = [b + [f"{b[0]}: paragraph {p} adds more detail on what happened, who said what and what comes next."
                   for p in range(4)] for b in BODIES]
    teaser = ["Most read", bodies[0][0], bodies[0][1]]
    texts = [article(bodies[0]), "\n".join(TEMPLATE_TOP + bodies[1] + teaser + TEMPLATE_END),
             "\n".join(TEMPLATE_TOP + bodies[2] + teaser + TEMPLATE_END)]
    drop = repeated_lines(texts)
    assert normalise(bodies[0][1]) in drop          # it does repeat across the outlet's pages ...
    c = clean_text(texts[0], drop=drop)
    assert c.text.split("\n") == bodies[0][1:]     # ... but in its own article it is followed by its prose
    assert clean_text(texts[1], drop=drop).text.split("\n") == bodies[1][1:]
