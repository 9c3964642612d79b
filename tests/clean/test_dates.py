import datetime as dt

import pytest

from accord.clean.dates import normalize_published

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("value, expected", [
    ("2023-11-10", "2023-11-10"),
    ("2023-11-10T08:33:00Z", "2023-11-10"),
    ("4 Jan, 2024 15:48", "2024-01-04"),
    ("Wednesday, 27 November 2024 08:33 AM EST", "2024-11-27"),
    (None, None),
])
def test_real_dates_are_normalised(value, expected):
    assert normalize_published(value, TODAY) == (expected, [])


@pytest.mark.parametrize("value", ["2024-33-27", "2023-02-30", "not a date", "2031-01-01"])
def test_impossible_dates_are_rejected_with_a_warning(value):
    date, warnings = normalize_published(value, TODAY)
    assert date is None and len(warnings) == 1 and value in warnings[0]


def test_normalised_date_then_checked_against_the_text():
    from accord.clean.datecheck import check_published
    published, warnings = normalize_published("2024-33-27", TODAY)
    assert published is None and warnings
    # a rejected date stays null unless the text dates itself with a full date
    assert check_published(published, "Talks resumed on Thursday.") == (None, [])
    published, _ = normalize_published("Monday, 20 November 2023 08:33 AM", TODAY)
    date, warns = check_published(published, "The deal was signed yesterday, November 9, officials said.")
    assert date == "2023-11-10" and "contradicted" in warns[0]
