"""The actor gazetteer: countries, organisations, people with dated roles, titles and agents.

Everything is read from the TSV files in ./data (documented in data/README.md) once per
process; this module holds lookups only and knows nothing about spaCy. Name matching
uses one Aho-Corasick automaton over every surface form, so an article is scanned once.
"""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import ahocorasick

DATA = Path(__file__).with_name("data")
OPEN_END = "9999-12-31"
# Order in which a person's simultaneous roles decide the code and role reported.
ROLE_RANK = {"head of state": 0, "head of government": 1, "foreign minister": 2, "secretary-general": 3,
             "head": 4, "high representative": 5, "vice president": 6, "crown prince": 7,
             "opposition leader": 8, "defence minister": 9, "central bank governor": 10, "spokesperson": 11,
             "national security adviser": 12, "ambassador": 13}


@dataclass(frozen=True, slots=True)
class Country:
    key: str                       # ISO 3166-1 alpha-3 for states, CAMEO region code for regions
    cameo: str
    name: str
    kind: str                      # state | region
    leader: tuple[tuple[str, str], ...] = ()   # (from date, role) for "the X leader", oldest first

    def leader_role(self, date: str) -> Optional[str]:
        role = None
        for since, r in self.leader:
            if since <= date:
                role = r
        return role


@dataclass(frozen=True, slots=True)
class Organisation:
    key: str
    code: str
    name: str
    kind: str
    country: Optional[str]
    leader: str                    # office of its head, or "ORG:office" when another body's head leads it


@dataclass(frozen=True, slots=True)
class Role:
    person: str
    affiliation: str               # ISO3 or organisation id
    code: str
    role: str
    office: str
    start: str                     # full dates; partial ones in the table are widened
    end: str
    note: str = ""

    @property
    def name(self) -> str:
        """The holder's name (so `holder(...).name` reads naturally)."""
        return self.person

    def active(self, date: str) -> bool:
        return self.start <= date <= self.end


@dataclass(slots=True)
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    short: Optional[str] = None    # the second-reference form ("Putin", "Xi"); None when unsafe ("May")
    gender: Optional[str] = None   # m | f
    roles: list[Role] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface string in the automaton stands for."""
    kind: str                      # country | adjective | capital | seat | org | orgseat | person | block
    key: str                       # Country.key, Organisation.key or Person.name
    suffix: str = ""               # agent suffix a seat of power adds ("Pentagon" -> MIL)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items()}
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip() and not x.strip().startswith("-")]


def fold(s: str) -> str:
    """Drop diacritics: "Erdoğan" -> "Erdogan", as many English outlets print it."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def surface_variants(s: str) -> set[str]:
    out = {s, fold(s)}
    out |= {v.replace("'", "\u2019") for v in out if "'" in v}
    return out


def widen(date: str, end: bool) -> str:
    """Partial dates in the tables mean "some time in": a start widens down, an end up."""
    if not date:
        return OPEN_END
    if len(date) == 4:
        return date + ("-12-31" if end else "-01-01")
    if len(date) == 7:
        return date + ("-31" if end else "-01")
    return date


def norm_phrase(s: str) -> str:
    """Token-joined lowercase form shared by tables and text ("Secretary-General" -> "secretary - general")."""
    return " ".join(s.lower().replace("-", " - ").split())


class Gazetteer:
    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.orgs: dict[str, Organisation] = {}
        self._orgs_by_name: Optional[dict[str, Organisation]] = None
        self.people: dict[str, Person] = {}
        self.titles: dict[str, tuple[str, str]] = {}      # phrase -> (office, role)
        self.descriptions: dict[str, frozenset[str]] = {}  # "the diplomat" -> roles/offices it fits
        self.title_suffix: dict[str, str] = {}             # office -> agent suffix when no holder is known
        self.agents: dict[str, str] = {}                   # phrase -> CAMEO agent suffix
        self.personal_names: set[str] = set()
        self.not_after_adjective: set[str] = set()
        self.currencies: set[str] = set()      # "US dollars", "Swiss francs": money, not the state
        self.us_states: set[str] = set()              # lowercase US state names
        self.us_state_names: set[str] = set()         # country names that are also US states
        self.shorts: dict[str, list[str]] = defaultdict(list)   # second-reference form -> people
        self._by_aff: dict[str, list[Role]] = defaultdict(list)
        self._surface: dict[str, list[Entry]] = defaultdict(list)
        self.ethnic_nouns: set[str] = set()           # "kurds", "tamils" (ethnic_groups.tsv), lowercase
        self.places: dict[str, str] = {}              # city or region (places.tsv) -> ISO3
        self.lower_forms: dict[str, tuple[Entry, ...]] = {}   # case slips: "israel", "iSrael" -> Israel
        self.lowercase_words: set[str] = set()        # "china", "turkey": common words in lower case
        self._load()
        self._load_places()
        self._index_case_slips()
        self.automaton = ahocorasick.Automaton()
        for text, entries in self._surface.items():
            self.automaton.add_word(text, (len(text), tuple(dict.fromkeys(entries))))
        self.automaton.make_automaton()
        self.title_firsts = _firsts(self.titles)
        self.agent_firsts = _firsts(self.agents)
        self.description_firsts = _firsts(self.descriptions)

    # ---------------------------------------------------------------- loading
    def _add(self, text: str, entry: Entry) -> None:
        for v in surface_variants(text):
            self._surface[v].append(entry)

    def _load(self) -> None:
        for r in _rows("countries.tsv"):
            leader = []
            for part in _split(r["leader"]):
                role, _, since = part.partition("@")
                leader.append((since or "0000-00-00", role))
            c = Country(r["iso3"], r["cameo"], r["name"], r["kind"], tuple(leader))
            self.countries[c.key] = c
            for col, kind in (("name", "country"), ("aliases", "country"), ("adjectives", "adjective"),
                              ("capitals", "capital")):
                for s in _split(r[col]):
                    self._add(s, Entry(kind, c.key))
            for s in _split(r["seats"]):
                text, _, suffix = s.partition("=")
                self._add(text, Entry("seat", c.key, suffix or "GOV"))
        for r in _rows("organisations.tsv"):
            o = Organisation(r["id"], r["code"], r["name"], r["kind"], r["country"] or None, r["leader"])
            self.orgs[o.key] = o
            for s in [o.name] + _split(r["aliases"]):
                self._add(s, Entry("org", o.key))
            for s in _split(r.get("seats", "")):
                # "Brussels" for the EU: a place that stands for the body (resolver.py decides when).
                self._add(s, Entry("orgseat", o.key))
        for r in _rows("people.tsv"):
            p = self.people.setdefault(r["name"], Person(r["name"]))
            p.aliases += [a for a in _split(r["aliases"]) if a not in p.aliases]
            if r["short"]:
                p.short = r["short"]
            p.gender = r["gender"] or p.gender
            role = Role(p.name, r["affiliation"], r["code"], r["role"], r["office"],
                        widen(r["start"], False), widen(r["end"], True), r["note"])
            p.roles.append(role)
            self._by_aff[role.affiliation].append(role)
        for p in self.people.values():
            # "-" marks a surname that is also a common word ("May"): no second references.
            p.short = None if p.short == "-" else (p.short or p.name.split()[-1])
            for s in [p.name] + p.aliases:
                self._add(s, Entry("person", p.name))
            if p.short:
                for v in surface_variants(p.short):
                    self.shorts[v].append(p.name)
        for r in _rows("titles.tsv"):
            self.titles[norm_phrase(r["phrase"])] = (r["office"], r["role"])
            if r.get("suffix"):
                self.title_suffix[r["office"]] = r["suffix"]
        for r in _rows("descriptions.tsv"):
            self.descriptions[norm_phrase(r["phrase"])] = frozenset(_split(r["fits"]))
        # The phrases as written first, then the plurals made by rule: a row's own phrase wins over
        # another row's made plural ("armed forces" MIL, not the plural of "armed force" UAF).
        agents = [r for r in _rows("agents.tsv") if r["code"]]
        for r in agents:
            for f in [r["phrase"]] + _split(r["plurals"]):
                self.agents.setdefault(norm_phrase(f), r["code"])
        for r in agents:
            for f in plurals(r["phrase"]):
                self.agents.setdefault(norm_phrase(f), r["code"])
        # Peoples without a state of their own: "Iraqi Kurds" is Iraq's civilians (CAMEO codes an
        # ethnic minority as CVL, Phoenix.agents.txt ETHNIC_MINORITY [~CVL]); bare "Kurds" take the
        # country of the place or the article (context.py), or stay uncoded.
        for r in _rows("ethnic_groups.tsv"):
            forms = [r["phrase"]] + (_split(r["plurals"]) or plurals(r["phrase"]))
            for f in forms:
                self.ethnic_nouns.add(norm_phrase(f))
                self.agents.setdefault(norm_phrase(f), "CVL")
        for r in _rows("nonactors.tsv"):
            if r["rule"] == "block":
                self._add(r["phrase"], Entry("block", r["phrase"]))
            elif r["rule"] == "personal_name":
                self.personal_names.add(r["phrase"])
            elif r["rule"] == "not_after_adjective":
                self.not_after_adjective.add(r["phrase"].lower())
            elif r["rule"] == "lowercase_word":
                self.lowercase_words.add(r["phrase"].lower())
            elif r["rule"] == "us_state":
                self.us_states.add(r["phrase"].lower())
            elif r["rule"] == "currency":
                self.currencies.add(r["phrase"].lower())
        self.us_state_names = {s.title() for s in self.us_states} & set(self._surface)

    def _load_places(self) -> None:
        for r in _rows("places.tsv"):
            for v in surface_variants(r["name"]):
                self.places.setdefault(v, r["country"])
        # Misspellings stand for what their correct form stands for ("Quatar" is Qatar).
        for r in _rows("misspellings.tsv"):
            entries = list(self._surface.get(r["right"], ()))
            if entries and r["wrong"] not in self._surface:
                for v in surface_variants(r["wrong"]):
                    self._surface[v].extend(entries)

    def _index_case_slips(self) -> None:
        """One-word names of states, their adjectives, capitals and people, by their lowercase form,
        for text that got the case wrong ("President obama", "iSrael", "tunisian rioters").
        matcher.py decides when a slip counts (people only when the case is mixed, never a
        common word such as "china" or "turkey")."""
        keep = {"country", "adjective", "capital", "person"}
        out: dict[str, list[Entry]] = defaultdict(list)
        for text, entries in self._surface.items():
            if " " in text or len(text) < 4 or not text[0].isupper() or any(e.kind == "block" for e in entries):
                continue
            for e in entries:
                if e.kind in keep and e not in out[text.lower()]:
                    out[text.lower()].append(e)
        self.lower_forms = {k: tuple(v) for k, v in out.items() if k not in self.lowercase_words}

    # ---------------------------------------------------------------- roles by date
    def holder(self, affiliation: str, role: str, date: Optional[str] = None) -> Optional[Role]:
        """The role row of whoever held `role` (a role or an office name, or "leader") on `date`.

        `date` None means "now": only open-ended rows count. Acting holders overlapping a
        suspended one win because the latest start wins.
        """
        d = date or "9999-12-30"
        if role == "leader":
            if affiliation in self.orgs:
                # "EC:president": the EU's leader is the European Commission's president.
                other, _, role = self.orgs[affiliation].leader.rpartition(":")
                affiliation = other or affiliation
            elif affiliation in self.countries:
                role = self.countries[affiliation].leader_role(d) or "head of state"
            if not role:
                return None
        rows = self._by_aff.get(affiliation, [])
        cands = [r for r in rows if (r.role == role or r.office == role) and r.active(d)]
        if not cands and role == "head of government" and not any(r.role == role for r in rows):
            # Presidential systems without a separate head of government.
            cands = [r for r in rows if r.role == "head of state" and r.active(d)]
        return max(cands, key=lambda r: r.start) if cands else None

    def roles_of(self, person: str | Person, date: Optional[str] = None) -> list[Role]:
        p = self.people.get(person) if isinstance(person, str) else person
        if p is None:
            return []
        d = date or "9999-12-30"
        return sorted((r for r in p.roles if r.active(d)), key=lambda r: ROLE_RANK.get(r.role, 9))

    def past_role(self, person: Person, date: Optional[str]) -> Optional[Role]:
        """The most recent role that ended before `date` (for "former" office holders)."""
        d = date or "9999-12-30"
        past = [r for r in person.roles if r.end < d]
        states = [r for r in past if r.affiliation in self.countries]
        return max(states or past, key=lambda r: r.end) if (states or past) else None

    def entries(self, text: str) -> list[Entry]:
        """What a surface string, as written, stands for (no entries for an unknown string)."""
        return self._surface.get(text, [])

    def orgs_by_name(self) -> dict[str, Organisation]:
        """Organisations by canonical name (an organisation Actor's `name`)."""
        if self._orgs_by_name is None:
            self._orgs_by_name = {o.name: o for o in self.orgs.values()}
        return self._orgs_by_name

    def affiliation_cameo(self, affiliation: str) -> Optional[str]:
        if affiliation in self.countries:
            return self.countries[affiliation].cameo
        org = self.orgs.get(affiliation)
        return org.code if org else None


def _firsts(table: dict[str, object]) -> dict[str, int]:
    """First word -> longest phrase (in tokens) starting with it: lets a scan skip most tokens."""
    out: dict[str, int] = {}
    for phrase in table:
        words = phrase.split()
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def plurals(phrase: str) -> list[str]:
    """Regular English plurals of a phrase's last word (the agents table lists singulars)."""
    head, _, last = phrase.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    else:
        forms = [last + "s"]
    return [pre + f for f in forms]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    return Gazetteer()
