"""A person's role on the event's date, not the article's: "In 2014, Barack Obama imposed sanctions on
Russia", read in 2020, is the US government acting (USAGOV), not a former president (USAELI); "In 2007, the
United States government ... levied sanctions against him [Soleimani]" targets Iran's military commander
of the time.

The resolver codes people by the publication date (it runs before the events are dated). Once an event
has its own date (accord.time), each of its people whom the gazetteer knows is looked up again at that
date. The new code is kept only when the gazetteer gives the person a role on that date: with none
(before their first office), the publication-date reading stands. A role the person held on both dates is
left as it is."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from accord.model import Actor


def actor_on(actor: Optional[Actor], date: Optional[str], published: Optional[str], gaz) -> Optional[Actor]:
    """`actor` with its code, country and role as they were on the event's `date`."""
    if actor is None or not actor.name or not date or not published or published.startswith(date):
        return actor
    person = gaz.people.get(actor.name)
    if person is None:
        return actor
    roles = gaz.roles_of(person, date)
    if not roles or any(r.code == actor.code and r.role == actor.role for r in roles):
        return actor
    r = roles[0]
    country = r.affiliation if r.affiliation in gaz.countries else gaz.orgs[r.affiliation].country
    return replace(actor, code=r.code, country=country, role=r.role)
