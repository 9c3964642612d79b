"""Figures: money, percentages, people, distances and areas read from text; measures from the parse."""
from __future__ import annotations

import pytest

from accord.figures import extract_figures


def figures_of(text: str, doc=None):
    found = extract_figures(text, doc)
    for f in found:                                  # every span points at the figure as written
        assert text[f.span[0]:f.span[1]] == f.text
        assert f.period is None
    return found


@pytest.mark.parametrize("text, figure, value, unit", [
    # money: symbol or code before, word or code after, scale words spelled, abbreviated or attached
    ("Trade turnover reached $21.4 billion last year.", "$21.4 billion", 21_400_000_000.0, "USD"),
    ("The fund holds USD 0.25 Billion in reserve.", "USD 0.25 Billion", 250_000_000.0, "USD"),
    ("The EU pledged 2.7 billion euros.", "2.7 billion euros", 2_700_000_000.0, "EUR"),
    ("a €300m contract", "€300m", 300_000_000.0, "EUR"),
    ("a £1.2bn deal", "£1.2bn", 1_200_000_000.0, "GBP"),
    ("fined 5 million rubles", "5 million rubles", 5_000_000.0, "RUB"),
    ("worth US$ 3 trillion", "US$ 3 trillion", 3_000_000_000_000.0, "USD"),
    ("a loan of 10 billion yuan", "10 billion yuan", 10_000_000_000.0, "CNY"),
    ("about ¥500 billion", "¥500 billion", 500_000_000_000.0, "JPY"),
    ("a 2,000 crore rupees plan", "2,000 crore rupees", 20_000_000_000.0, "INR"),
    ("KZT 5 billion was allocated", "KZT 5 billion", 5_000_000_000.0, "KZT"),
    ("paid 1.5 million tenge", "1.5 million tenge", 1_500_000.0, "KZT"),
    ("paid €1,234.56 in fees", "€1,234.56", 1234.56, "EUR"),
    ("two million euros in aid", "two million euros", 2_000_000.0, "EUR"),
    ("a billion dollars", "a billion dollars", 1_000_000_000.0, "USD"),
    ("a deal worth 3 billion Hong Kong dollars", "3 billion Hong Kong dollars", 3_000_000_000.0, "HKD"),
    ("spent 5 billion won", "5 billion won", 5_000_000_000.0, "KRW"),
    # percentages
    ("inflation rose to 12% in May", "12%", 12.0, "%"),
    ("a rise of 12 per cent", "12 per cent", 12.0, "%"),
    ("grew 12.5 percent", "12.5 percent", 12.5, "%"),
    ("about five percent of output", "five percent", 5.0, "%"),
    ("rates rose 0.25 percentage points", "0.25 percentage points", 0.25, "pp"),
    # people
    ("300 people were evacuated", "300 people", 300.0, "people"),
    ("1,200 soldiers crossed the border", "1,200 soldiers", 1200.0, "people"),
    ("two million Syrian refugees", "two million Syrian refugees", 2_000_000.0, "people"),
    ("1.5m people live there", "1.5m people", 1_500_000.0, "people"),
    ("a million people marched", "a million people", 1_000_000.0, "people"),
    # distances and areas, in km and km2
    ("a farm 820 km away", "820 km", 820.0, "km"),
    ("a 10-kilometre buffer zone", "10-kilometre", 10.0, "km"),
    ("about 500 miles from Kabul", "500 miles", 804.672, "km"),
    ("an area of 1,000 square kilometres", "1,000 square kilometres", 1000.0, "km2"),
])
def test_one_figure(text, figure, value, unit):
    found = figures_of(text)
    assert [(f.text, f.unit) for f in found] == [(figure, unit)]
    assert found[0].value == pytest.approx(value)
    assert found[0].measure is None or unit == "people"   # no parse, no measure (people name their noun)


@pytest.mark.parametrize("text", [
    "In 2023 the talks resumed.",                       # years
    "The summit opened on 24 February 2022.",           # dates
    "Russia's G20 partners met on July 24, 2019.",
    "COVID-19 patients were moved.",                    # numbers inside names
    "in 2014 Russian troops entered Crimea",            # a year before a people noun
    "Wednesday, July 24, 2019\n\nConservative Party members voted.",
    "500 pounds of explosives",                         # pounds of weight
    "one soldier was hurt",                             # one person is no count
    "maybe eight are women",
    "winds of 75 miles per hour (120 km/h)",            # speeds are not distances
    "The party won 5 seats and 300 votes.",             # no unit
    "a 300m wall",                                      # metres, not millions
    "Sixty-six were injured.",
    "The one where people vote.",
    "Nearly 300 of the soldiers returned.",
    "5 try to escape",                                  # lower-case "try" is not the Turkish lira
])
def test_no_figure(text):
    assert figures_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # ranges: both ends are figures, the low end takes the scale and unit of the high end
    ("between $5 and $7 billion", [("$5", 5e9, "USD"), ("$7 billion", 7e9, "USD")]),
    ("between US$300 and 400 billion", [("US$300", 3e11, "USD"), ("400 billion", 4e11, "USD")]),
    ("$3-5 billion", [("$3", 3e9, "USD"), ("5 billion", 5e9, "USD")]),
    ("16–17 percent", [("16", 16.0, "%"), ("17 percent", 17.0, "%")]),
    ("5-10%", [("5", 5.0, "%"), ("10%", 10.0, "%")]),
    ("3 to 5 million people", [("3", 3e6, "people"), ("5 million people", 5e6, "people")]),
    # "and" joins a range only after "between"
    ("5 and 300 people", [("300 people", 300.0, "people")]),
    # several figures in reading order
    ("820 km (510 miles) away, with 15,000 people and 63.7% of the vote",
     [("820 km", 820.0, "km"), ("510 miles", 820.76544, "km"), ("15,000 people", 15000.0, "people"),
      ("63.7%", 63.7, "%")]),
])
def test_several_figures(text, expected):
    got = [(f.text, f.value, f.unit) for f in figures_of(text)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize("text, measures", [
    ("1,200 Ukrainian soldiers and 300 people", ["Ukrainian soldiers", None]),
    ("five Armed Forces personnel", ["Armed Forces personnel"]),
])
def test_people_name_what_they_count(text, measures):
    assert [f.measure for f in figures_of(text)] == measures


@pytest.mark.slow
@pytest.mark.parametrize("text, measure", [
    ("Trade turnover between the two countries reached $21.4 billion in 2023.", "trade turnover"),
    ("Inflation rose to 12% in October.", "inflation"),
    ("The budget deficit is expected to reach 3 per cent.", "budget deficit"),
    ("Exports to China grew by 7.5 percent.", "exports"),
    # a percentage of something is a share of it (issue 6: "share of world uranium production");
    # these two expected "GDP" and "vote" before
    ("The country spent an estimated 1.15% of its GDP on defence.", "share of GDP"),
    ("Gusenbauer received 88.93% of the vote.", "share of vote"),
    ("Kazakhstan accounts for 43% of world uranium production.", "share of world uranium production"),
    ("Russia pledged a $5 billion loan to Kazakhstan.", "loan"),
    ("The court ordered the schools to pay over 422,000 euros in arrears.", "arrears"),
    # nothing named: the figure is the subject, a vague noun holds it, or the subject is a country
    ("Of the 2.8 million who voted, 85% were in favour.", None),
    ("He owed loans in excess of US$300 million.", None),
    ("Russia reached $5 billion in sales.", "sales"),
    ("The oil field is about 160 km east of the capital.", None),
])
def test_measure_from_the_parse(nlp, text, measure):
    found = figures_of(text, nlp(text))
    assert len(found) == 1
    assert found[0].measure == measure


@pytest.mark.slow
@pytest.mark.parametrize("text, published, period", [
    ("Trade turnover reached $21.4 billion in the first ten months of last year.", "2023-11-10", "2022-01/2022-10"),
    ("Kazakhstan exported a record $27 billion last year.", "2023-11-10", "2022"),
    ("The EU pledged 2.7 billion euros over the next three years.", "2023-11-10", "2023/2026"),
    ("Inflation rose to 12% in June, the bank said.", "2022-11-10", "2022-06"),
    ("Exports grew by 7.5 percent in the first half of 2023.", "2023-11-10", "2023-01/2023-06"),
    ("About 300 people were evacuated on Monday.", "2023-11-10", "2023-11-06"),
    ("Troops pulled back 10 km in the summer.", "2023-11-10", "2023-06/2023-08"),
    # the sentence gives no time: no period (not the publication date)
    ("Kazakhstan accounts for 43% of world uranium production.", "2023-11-10", None),
    ("The park covers 2,000 square kilometres.", "2023-11-10", None),
    ("Of these, 1846 persons were hospitalized.", "2020-01-01", None),           # the number is no year
    # "since" opens a period that runs to the publication date
    ("Since 20 November 2019, the ministry has vaccinated 58,150 people.", "2019-12-07", "2019-11-20/2019-12-07"),
    ("Turnout was down by 1.5% from the 2017 election cycle.", "2019-12-16", None),   # a date naming a thing
])
def test_period_from_the_sentence(nlp, text, published, period):
    found = extract_figures(text, nlp(text), published)
    assert len(found) == 1
    assert found[0].period == period
    assert extract_figures(text, nlp(text))[0].period is None     # no publication date, no period
