"""People in the roles they held on the event's date (accord.actors.dated), through the real pipeline."""
from __future__ import annotations

from accord.actors.dated import actor_on
from accord.actors.gazetteer import load_gazetteer
from accord.model import Actor


def sides(article, text: str, published: str) -> set[tuple]:
    return {(e.date, e.cameo, e.source.name, e.source.code, e.source.role) for e in article(text, published).events}


def test_an_act_of_years_ago_has_the_office_of_its_time(article):
    # read in 2020, Obama is a former president; in 2014 he was the head of state
    got = sides(article, "In 2014, Barack Obama imposed sanctions on Russia.", "2020-05-01")
    assert {(d, code, role) for d, _, _, code, role in got} == {("2014", "USAGOV", "head of state")}


def test_an_act_of_the_day_keeps_the_office_of_the_day(article):
    got = sides(article, "On Monday, Barack Obama criticized Russia.", "2020-05-06")
    assert {(d, code) for d, _, _, code, _ in got} == {("2020-05-04", "USAELI")}


def test_no_role_on_the_date_keeps_the_reading_of_the_publication_date():
    gaz = load_gazetteer()
    obama = Actor("Obama", "Barack Obama", "USAELI", "USA", None)
    # before any office the table holds: nothing to replace it with
    assert actor_on(obama, "1990", "2020-05-01", gaz) is obama
    assert actor_on(obama, None, "2020-05-01", gaz) is obama
    assert actor_on(Actor("Russia", "Russia", "RUS", "RUS"), "2014", "2020-05-01", gaz).code == "RUS"
