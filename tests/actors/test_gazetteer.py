"""The gazetteer tables and role lookups by date (no spaCy needed)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from accord.actors.gazetteer import load_gazetteer, plurals, widen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_tables_pass_the_build_check():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.check(mod.DEFAULT_SHARED) == 0


def test_every_sovereign_state_is_there(gaz):
    states = {k for k, c in gaz.countries.items() if c.kind == "state"}
    assert len(states) >= 197
    assert {"PSE", "XKX", "TWN", "VAT", "KAZ", "SSD"} <= states
    assert gaz.countries["XKX"].cameo == "KSV"          # CAMEO codes that differ from ISO
    assert gaz.countries["TLS"].cameo == "TMP"
    assert gaz.countries["ROU"].cameo == "ROU"          # the Phoenix dictionaries use ISO here
    assert gaz.countries["WST"].kind == "region"


@pytest.mark.parametrize("country,role,date,name", [
    ("KAZ", "head of state", "2005-06-01", "Nursultan Nazarbayev"),
    ("KAZ", "head of state", "2019-03-20", "Kassym-Jomart Tokayev"),
    ("KAZ", "president", "2023-06-01", "Kassym-Jomart Tokayev"),
    ("RUS", "head of state", "2010-01-01", "Dmitry Medvedev"),
    ("RUS", "head of government", "2010-01-01", "Vladimir Putin"),
    ("RUS", "leader", "2023-11-10", "Vladimir Putin"),
    ("RUS", "foreign minister", "2023-11-10", "Sergey Lavrov"),
    ("USA", "head of government", "2023-11-10", "Joe Biden"),      # presidential system
    ("USA", "foreign minister", "2019-06-01", "Mike Pompeo"),
    ("IRN", "head of state", "2019-06-01", "Ali Khamenei"),
    ("IRN", "president", "2019-06-01", "Hassan Rouhani"),
    ("IRN", "leader", "2019-06-01", "Ali Khamenei"),
    ("TUR", "leader", "2010-01-01", "Recep Tayyip Erdoğan"),         # then prime minister
    ("GBR", "leader", "2020-01-01", "Boris Johnson"),
    ("DEU", "prime minister", "2010-01-01", None),                   # Germany has a chancellor
    ("DEU", "chancellor", "2010-01-01", "Angela Merkel"),
    ("KOR", "head of state", "2025-01-10", "Choi Sang-mok"),         # acting over a suspended president
    ("UN", "secretary-general", "2010-05-05", "Ban Ki-moon"),
    ("NATO", "leader", "2020-05-05", "Jens Stoltenberg"),
    ("EU", "leader", "2020-05-05", "Ursula von der Leyen"),
])
def test_holder_by_date(gaz, country, role, date, name):
    h = gaz.holder(country, role, date)
    assert (h.person if h else None) == name


def test_holder_now_uses_open_ended_rows(gaz):
    assert gaz.holder("KAZ", "head of state").person == "Kassym-Jomart Tokayev"


def test_roles_of(gaz):
    assert [r.role for r in gaz.roles_of("Vladimir Putin", "2010-01-01")] == ["head of government"]
    assert gaz.roles_of("Vladimir Putin", "2010-01-01")[0].code == "RUSGOV"
    assert gaz.roles_of("Vladimir Putin", "1995-01-01") == []
    assert gaz.roles_of("Nobody Atall", "2010-01-01") == []
    assert {r.affiliation for r in gaz.roles_of("António Guterres", "2020-01-01")} == {"UN"}


def test_partial_dates_widen():
    assert widen("2025-04", False) == "2025-04-01" and widen("2025-04", True) == "2025-04-31"
    assert widen("", True) == "9999-12-31"


def test_plurals():
    assert plurals("troop") == ["troops"] and plurals("policeman") == ["policemen"]
    assert plurals("foreign ministry") == ["foreign ministries"]


def test_agents_and_titles(gaz):
    assert gaz.agents["troops"] == "MIL" and gaz.agents["government"] == "GOV"
    assert gaz.agents["police"] == "COP" and gaz.agents["rebels"] == "REB"
    assert gaz.agents["protesters"] == "OPP" and gaz.agents["foreign ministry"] == "GOV"
    assert gaz.titles["secretary - general"] == ("secretary-general", "secretary-general")
    assert "ambassador to" not in gaz.agents
