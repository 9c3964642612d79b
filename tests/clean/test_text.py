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
