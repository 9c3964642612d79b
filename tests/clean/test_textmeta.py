import pytest

from accord.clean.text import clean_text
from accord.clean.textmeta import text_metadata

BODY = ("The minister said on Monday that talks with the neighbouring country would resume next week in the capital.\n"
        "Officials from both sides are expected to attend the meeting, which was postponed twice last year.")


def page(dateline: str, footer: str = "© 2024 Example News. All rights reserved.") -> str:
    return f"Home\nWorld\nTalks to resume next week, minister says\n{dateline}\n{BODY}\n{footer}"


@pytest.mark.parametrize("dateline, expected", [
    ("4 Jan, 2024 15:48", "2024-01-04"),
    ("Wednesday, 27 November 2024 08:33 AM EST", "2024-11-27"),
    ("Published: 2023-11-10", "2023-11-10"),
    ("Posted 2023-11-10T09:30:00Z", "2023-11-10"),
    ("By Jane Doe | January 4, 2024", "2024-01-04"),
    ("Jan. 4, 2024", "2024-01-04"),
    ("Updated 13/11/2023", "2023-11-13"),          # day above 12: unambiguous
    ("Updated 11/13/2023", "2023-11-13"),          # month/day, likewise
    ("Updated 10/11/2023", None),                  # ambiguous day/month: not taken
])
def test_dateline_formats(dateline, expected):
    assert text_metadata(page(dateline)).published == expected


@pytest.mark.parametrize("dateline", [
    "Published 3 Jan 2024 | Updated: 5 Jan 2024",
    "Updated: 5 Jan 2024 | Published 3 Jan 2024",
    "Last updated 5 Jan 2024\nFirst published 3 Jan 2024",
])
def test_published_beats_updated(dateline):
    assert text_metadata(page(dateline)).published == "2024-01-03"


@pytest.mark.parametrize("dateline, fragment", [
    ("31 February 2024", "impossible"),
    ("Published: 2024-02-30", "impossible"),
    ("Published 1 Jan 2090", "implausible"),
])
def test_impossible_date_is_rejected_with_a_warning(dateline, fragment):
    meta = text_metadata(page(dateline))
    assert meta.published is None and any(fragment in w for w in meta.warnings)


def test_event_date_in_the_first_sentence_is_not_the_publication_date():
    meta = text_metadata("Headline here\nOn 4 January 2024 the minister said that talks with the neighbour "
                         "would resume next week in the capital.")
    assert meta.published is None


def test_dateline_at_the_start_of_the_lead_counts():
    meta = text_metadata("Headline here\nWASHINGTON, Jan. 4, 2024 - The minister said that talks with the "
                         "neighbour would resume next week in the capital.")
    assert meta.published == "2024-01-04"


@pytest.mark.parametrize("footer, expected", [
    ("© 2024 Example News. All rights reserved.", "Example News"),
    ("Copyright © 2010-2024 The Daily Star Ltd. All rights reserved.", "The Daily Star"),
    ("Example News © 2024. All rights reserved.", "Example News"),
    ("© 2019 ScienceAlert Pty Ltd. All rights reserved", "ScienceAlert"),
    ("© Designed by Gray Digital Media 2018", None),
    ("Photo: © Getty Images", None),                # a bare photo credit is not the outlet
])
def test_outlet_from_copyright_line(footer, expected):
    assert text_metadata(page("4 Jan, 2024", footer)).outlet == expected


def test_header_line_gives_the_outlet_without_the_legal_entity():
    text = "Example News\n" + page("4 Jan, 2024", "Copyright 2024 Example News Media Group. All rights reserved.")
    assert text_metadata(text).outlet == "Example News"


@pytest.mark.parametrize("text, expected", [
    ("Headline here\nWASHINGTON (Reuters) - The minister said on Monday that talks would resume next week.", "Reuters"),
    ("Headline here\n" + BODY + "\n— AP", "Associated Press"),
    ("Headline here\nWASHINGTON (Reuters) - The minister said on Monday that talks would resume next week.\n"
     "© 2024 Example News. All rights reserved.", "Example News"),     # the copyright owner wins
])
def test_wire_credit_only_when_nothing_else(text, expected):
    assert text_metadata(text).outlet == expected


@pytest.mark.parametrize("value", ["", None, ["a", None], "\n\n", 12])
def test_never_raises(value):
    meta = text_metadata(value)
    assert meta.published is None and meta.outlet is None


def test_clean_text_carries_date_and_outlet_from_the_original_text():
    c = clean_text(page("Wednesday, 27 November 2024 08:33 AM EST"))
    assert (c.published, c.outlet) == ("2024-11-27", "Example News")
    assert "27 November" not in c.text and "Example News" not in c.text   # the lines themselves still go


def test_photo_caption_date_is_not_the_publication_date():
    text = ("Tariff fight heads to court\nBy Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.\n"
            "An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)\n" + BODY)
    assert text_metadata(text).published == "2019-11-18"


def test_byline_author_then_date():
    assert text_metadata(page("Jane Doe, Example News | 4 Jan 2024")).published == "2024-01-04"


def test_clean_text_keeps_date_warnings_apart():
    c = clean_text(page("Published: 2024-02-30"))
    assert c.published is None and c.meta_warnings and not any("2024-02-30" in w for w in c.warnings)
