import pytest

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


@pytest.mark.parametrize("text", ["Russia criticized Kazakhstan.", "  Iran and Iraq signed a deal!  "])
def test_one_short_sentence_alone_is_the_article(text):
    c = clean_text(text)
    assert c.text == text.strip() and not c.warnings


@pytest.mark.parametrize("text", ["Home", "Read more.", "3K", "World News"])
def test_one_line_that_is_not_a_sentence_is_still_dropped(text):
    assert clean_text(text).text == ""


# --- the line classifier: one test per kind of boilerplate ------------------------------------------

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


# --- comment threads, consent banners, disclaimers, teaser lists, numbered lists ----------------------

def test_comment_thread_after_a_short_article_is_dropped():
    comments = ["34 Comments", "34 responses to “Foreign ministers meet in Geneva”",
                "thelastfan says:", "November 19, 2019 at 6:34 am",
                "This is exactly what I have been saying for years, and nobody in charge seems to listen to "
                "any of us who have been following these talks since the very first round in the spring.",
                "Reply", "Jane on November 19, 2019 at 6:44 am said:",
                "I am not sure the numbers in the second paragraph add up, and I would like to see the source for "
                "the claim that the talks lasted six hours, because that is not what the other papers reported.",
                "It would also be good to know who the diplomat was and whether they were speaking on the record.",
                "Reply", "Mark says:",
                "Typical. They announce something big and then nothing changes for the people who actually live "
                "there, and in a month we will be reading exactly the same story about the same two ministers.",
                "Reply"]
    c = clean_text("\n".join(["Home", HEADLINE, *ARTICLE[:2], *comments]))
    assert c.text.split("\n") == ARTICLE[:2]


def test_long_cookie_banner_and_disclaimer_are_dropped():
    banner = ("This website uses cookies to improve your experience while you navigate through the website. Out of "
              "these cookies, the cookies that are categorized as necessary are stored on your browser as they are "
              "essential for the working of basic functionalities of the website, and we also use third-party cookies.")
    disclaimer = ("The views and opinions expressed in this article are those of the author and do not necessarily "
                  "reflect the official policy or position of the publisher or of any of its partners.")
    c = clean_text("\n".join([HEADLINE, *ARTICLE, disclaimer, "Privacy Overview", banner, banner]))
    assert c.text.split("\n") == ARTICLE


def test_teaser_list_without_a_heading_is_dropped():
    teasers = ["Oil prices climb as traders weigh fresh supply cuts",
               "Traders expect supply to remain tight for the rest of the year, analysts at several banks said.",
               "Election officials count ballots in the capital",
               "Counting went on through the night in the capital, where turnout was the highest in decades.",
               "Heavy rain floods roads across the north of the country",
               "Emergency services said dozens of drivers had to be rescued from their cars on Tuesday evening."]
    c = clean_text("\n".join([HEADLINE, *ARTICLE, *teasers, "About us"]))
    assert c.text.split("\n") == ARTICLE


def test_inline_related_teaser_does_not_cut_the_article():
    c = clean_text("\n".join([HEADLINE, ARTICLE[0], "RELATED: Oil prices climb as traders weigh supply cuts",
                              *ARTICLE[1:]]))
    assert c.text.split("\n") == ARTICLE


def test_teaser_headline_with_a_count_is_not_a_sentence():
    teasers = [f"Team {n} coach says the playoff hopes of his side are somewhere between slim and none ({n * 7})"
               for n in range(3, 9)]
    c = clean_text("\n".join(["Most Commented", *teasers, HEADLINE, *ARTICLE]))
    assert c.text.split("\n") == ARTICLE


def test_numbered_list_after_the_prose_is_kept():
    items = ["1) Lego set with the resistance bomber", "http://example.com/a", "2) Electric race track",
             "http://example.com/b", "3) Film box set in high definition", "http://example.com/c"]
    c = clean_text("\n".join([HEADLINE, *ARTICLE, *items, "Share this:", "Facebook", "© 2020 Example"]))
    assert c.text.split("\n") == ARTICLE + items


def test_terms_of_service_in_an_article_sentence_is_prose():
    line = ("Under current constitutional law, the president is limited to two terms of service but senators and "
            "representatives may serve an unlimited number of terms.")
    c = clean_text("\n".join([HEADLINE, ARTICLE[0], line, *ARTICLE[1:]]))
    assert line in c.text.split("\n")
