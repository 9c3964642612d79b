from accord.clean.text import clean_text

PAGE = """Home
World
Politics
Putin visits Astana for talks on trade
Read more: Dior replaces Bella Hadid as the face of its new campaign
Russian President Vladimir Putin arrived in Astana on Thursday for talks with Kazakh President Kassym-Jomart Tokayev.
3K
Share
The two leaders discussed trade, which reached $27 billion last year.
Subscribe to our newsletter
The two leaders discussed trade, which reached $27 billion last year.
© 2023 Example News. All rights reserved."""


def test_flattened_page_keeps_the_article_and_drops_the_rest():
    c = clean_text(PAGE)
    assert c.title == "Putin visits Astana for talks on trade"
    assert c.text.split("\n") == [
        "Russian President Vladimir Putin arrived in Astana on Thursday for talks with Kazakh President Kassym-Jomart Tokayev.",
        "The two leaders discussed trade, which reached $27 billion last year.",
    ]
    assert c.dropped >= 8


def test_given_title_is_not_repeated_in_the_body():
    c = clean_text("Big news today\nSomething happened in the capital on Monday.", title="Big news today")
    assert c.text == "Something happened in the capital on Monday." and c.title == "Big news today"


def test_nothing_left_is_a_warning():
    c = clean_text("Home\nNews\n12")
    assert c.text == "" and c.warnings


# --- the line classifier: one test per kind of boilerplate ------------------------------------------

import pytest

ARTICLE = [
    "The foreign ministers of the two countries met in Geneva on Monday to discuss the ceasefire agreement.",
    "Officials said the talks lasted more than six hours and ended without a joint statement from either side.",
    "A second round of negotiations is expected to take place next month, according to a diplomat who attended.",
    "The United Nations welcomed the meeting and called on both governments to keep the channel open.",
]
HEADLINE = "Foreign ministers meet in Geneva for ceasefire talks"


def _page(before: list[str], middle: list[str], after: list[str]) -> str:
    return "\n".join(before + [HEADLINE] + ARTICLE[:2] + middle + ARTICLE[2:] + after)


BOILERPLATE_CASES = {
    "navigation": (["Home", "World", "Politics", "Business", "Sport", "Opinion", "Climate & Environment"], [], []),
    "icon labels": ([], ["Facebook", "Twitter", "WhatsApp", "Email", "Print"], []),
    "read more teaser": ([], ["Read more: Oil prices climb as traders weigh fresh supply cuts"], []),
    "related teasers": ([], [], ["Related stories", "Oil prices climb as traders weigh fresh supply cuts",
                                 "Traders expect supply to remain tight for the rest of the year, analysts said.",
                                 "Election officials count ballots in the capital"]),
    "advertisement": ([], ["Advertisement", "Story continues below advertisement"], []),
    "market report": (["Market report", "Dow 26,346.01 +0.57%", "S&P 500 2,989.69 +0.23%", "Nasdaq 8,109.09 -0.12%"],
                      [], []),
    "social counters": ([], ["0", "3K", "1.2K", "45 shares", "7 comments"], []),
    "cookie prompt": ([], [], ["We use cookies to improve your experience on our site. By continuing to browse you "
                               "agree to our use of cookies.", "Accept all cookies"]),
    "newsletter prompt": ([], ["Sign up for our daily newsletter and get the top stories delivered to your inbox."], []),
    "author bio": ([], [], ["Jane Doe is a senior reporter at The Daily Example covering politics and foreign affairs."]),
    "copyright and footer": ([], [], ["About us", "Contact us", "Privacy Policy", "Terms of Service",
                                      "© 2023 The Daily Example. All rights reserved."]),
    "tag list": ([], [], ["Tags:", "Diplomacy", "Geneva", "Ceasefire", "United Nations"]),
    "byline and dateline": ([], [], []),
}


@pytest.mark.parametrize("kind", sorted(BOILERPLATE_CASES))
def test_boilerplate_lines_are_dropped_and_the_article_kept(kind):
    before, middle, after = BOILERPLATE_CASES[kind]
    if kind == "byline and dateline":
        middle = ["By Jane Doe", "Updated 10:32 AM EST"]
    c = clean_text(_page(before, middle, after))
    assert c.text.split("\n") == ARTICLE, kind
    assert c.title == HEADLINE
    assert c.dropped >= len(before + middle + after)


def test_repeated_headline_is_dropped():
    c = clean_text("\n".join(["Home", "News", HEADLINE, ARTICLE[0], HEADLINE, *ARTICLE[1:], HEADLINE]))
    assert c.title == HEADLINE and c.text.split("\n") == ARTICLE


def test_given_title_repeated_in_the_page_is_dropped():
    c = clean_text("\n".join([HEADLINE, *ARTICLE, HEADLINE.upper()]), title=HEADLINE)
    assert c.title == HEADLINE and c.text.split("\n") == ARTICLE


WIKINEWS_LIKE = """Tuesday, October 15, 2019

The foreign ministers of Brazil and Argentina met on Monday in Buenos Aires, where they signed an agreement on border trade.

"This is a good day for both our peoples," the Brazilian minister told reporters after the ceremony.

The agreement lowers tariffs on more than 200 goods. It still has to be ratified by both parliaments.

Opposition parties in Argentina criticised the deal.

Sources"""


def test_clean_text_passes_through_with_its_paragraphs():
    c = clean_text(WIKINEWS_LIKE.rsplit("\n\nSources", 1)[0])
    paragraphs = WIKINEWS_LIKE.split("\n\n")[1:-1]
    assert c.text == "\n\n".join(paragraphs) or c.text == "\n\n".join(["Tuesday, October 15, 2019", *paragraphs])
    assert not c.warnings


def test_prose_in_another_language_is_kept():
    lines = ["Início", "Notícias", "Esportes",
             "O governo anunciou nesta segunda-feira um novo pacote de medidas para a economia do país.",
             "Segundo o ministro, as medidas devem entrar em vigor já no próximo mês, após aprovação.",
             "Contato", "Anuncie"]
    c = clean_text("\n".join(lines))
    assert c.text.split("\n") == lines[3:5]


@pytest.mark.parametrize("raw", ["", "\n\n\n", "   ", "\x00\x01", "a" * 10000, "3K\n0\n12", "©", "\u200b\n\ufeff",
                                 "Read more:\n" * 50, "中文新闻标题\n" + "这是一段很长的中文新闻正文，用来测试没有空格的文字。" * 5])
def test_never_raises(raw):
    c = clean_text(raw)
    assert isinstance(c.text, str) and isinstance(c.dropped, int)
