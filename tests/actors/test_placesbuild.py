"""The build step that derives places.tsv and misspellings.tsv from PETRARCH's country dictionary."""
from __future__ import annotations

from accord.actors.gazetteer import load_gazetteer
from accord.actors.placesbuild import misspelling_of, news_forms, phoenix_synonyms

SAMPLE = """SYRIA_  [SYR]
+SYRIAN_
+ALEPPO_
+DEIR_EZ-ZOR
IRAQ_
+BAGHDAD_
+KIRKUK_
+TRIPOLI_
\t[IRQ <20030320]
\t[IRQ >20060520]
BASHAR_AL-ASSAD_
+BASHAR_
\t[SYRGOV]
LIBYA_ [LBY]
+TRIPOLI_
"""


def test_records_with_inline_and_later_codes():
    syn = phoenix_synonyms(SAMPLE)
    assert syn["ALEPPO"] == {"SYR"} and syn["KIRKUK"] == {"IRQ"}
    assert syn["TRIPOLI"] == {"IRQ", "LBY"}           # listed twice: the builder drops it
    assert "BASHAR" not in syn or syn["BASHAR"] == {"SYR"}   # a person's record: first 3 letters of its code


def test_news_forms():
    assert news_forms("DEIR_EZ-ZOR") == ["Deir Ez-Zor", "Deir ez-Zor"]
    assert news_forms("ALEPPO") == ["Aleppo"]


def test_misspellings_are_close_to_one_name():
    assert misspelling_of("QUATAR", ["Qatar"]) == "Qatar"
    assert misspelling_of("ETHOPIA", ["Ethiopia"]) == "Ethiopia"
    assert misspelling_of("ALEPPO", ["Syria"]) is None
    assert misspelling_of("DEIR_EZ-ZOR", ["Syria"]) is None


def test_tables_are_loaded():
    gaz = load_gazetteer()
    assert gaz.places["Aleppo"] == "SYR" and gaz.places["Kirkuk"] == "IRQ" and gaz.places["Dili"] == "TLS"
    assert "Tripoli" not in gaz.places                  # ambiguous: Libya's capital, a Lebanese city
    assert "kurds" in gaz.ethnic_nouns and gaz.agents["kurds"] == "CVL"
