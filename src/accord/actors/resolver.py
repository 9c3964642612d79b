"""Turn a parsed article into actor mentions.

One left-to-right pass over the tokens, driven by the gazetteer matches (matcher.py):
a country, capital or organisation may be followed by a title ("Russian President
Vladimir Putin", "the Kazakh head of state"), by an agent noun ("Iranian troops") or stand
alone; a title may be followed by "of <country>" or by a name; a person's surname counts
once the person was named in the article. Titles without a name are resolved to whoever
held the office on the publication date. Pronouns are handled last (coref.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Union

from spacy.attrs import IDX, LENGTH, LOWER, ORTH
from spacy.tokens import Doc

from accord.actors.coref import resolve_pronouns, sentence_index
from accord.actors.gazetteer import Country, Gazetteer, Organisation, Person, _rows, load_gazetteer
from accord.actors.matcher import Base, entity_index, find_bases, phrase_at
from accord.model import Actor, Mention

# Words between a country and a title that change what the title means.
MODIFIERS = {"former": "former", "ex": "former", "late": "former", "then": "", "acting": "", "interim": "",
             "caretaker": "", "new": "", "newly": "", "elected": "", "current": "", "sitting": "",
             "outgoing": "", "incoming": "future", "deputy": "deputy", "vice": "deputy", "first": "",
             "assistant": "deputy", "junior": "deputy", "senior": ""}
# A head-of-state or government title right after one of these is the body's presiding officer ("Senate
# President Thomas Rivera Schatz", "Assembly President"): not the state's president.
PRESIDED_BODIES = frozenset({"senate", "parliament", "assembly", "house", "congress", "duma", "chamber", "legislature",
                             "parliamentary", "senate's", "parliament's", "court", "party"})
# A title after one of these is the opposition's counterpart of the office, not its holder.
OPPOSITION_WORDS = frozenset({"opposition", "shadow"})
POSSESSIVE = ("'s", "\u2019s", "'")
INDEFINITE = frozenset({"a", "an", "another", "any", "every", "each", "no", "one"})
# Prepositions after which a seat that stands for an organisation ("Brussels") is only a place.
LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "through", "via", "into"})
# Possessives written before "counterpart" belong to the mention ("his Russian counterpart").
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
# How far back (in sentences) a definite description ("the president") looks for its person.
DESCRIPTION_SENTENCES_BACK = 3
Head = Union[Country, Organisation]


@dataclass(slots=True)
class Title:
    start: int
    end: int
    office: str
    role: str
    mods: set[str]


@dataclass(slots=True)
class _State:
    doc: Doc
    date: Optional[str]
    ents: list
    low: list[str]                 # lowercased token texts (title/agent lookups)
    bases: dict[int, Base]
    mentions: list[Mention] = field(default_factory=list)
    # surname -> person (or the actor of a titled unknown person) for second references
    surnames: dict[str, Union[Person, Actor]] = field(default_factory=dict)
    named: list[str] = field(default_factory=list)          # people named so far, in order
    genders: dict[int, Optional[str]] = field(default_factory=dict)   # mention index -> m/f/None
    sent_of: Optional[list[int]] = None                     # token -> sentence number, built when needed


def _date(published: Optional[str]) -> Optional[str]:
    return published[:10] if published and len(published) >= 10 else None


@lru_cache(maxsize=1)
def staff_roles() -> frozenset[str]:
    """Words for a state body's own staff ("agent", "spokesman", "director"): see _org_official."""
    return frozenset(r["word"] for r in _rows("staff_roles.tsv"))


class ActorResolver:
    def __init__(self, gazetteer: Optional[Gazetteer] = None) -> None:
        self.gaz = gazetteer or load_gazetteer()

    def resolve(self, doc: Doc, published: Optional[str]) -> list[Mention]:
        ents = entity_index(doc)
        # the tokens' lowercase forms and character offsets read as arrays: Token objects are costly
        rows = doc.to_array([LOWER, IDX, LENGTH, ORTH]).tolist()
        strings = doc.vocab.strings
        low = [strings[r[0]] for r in rows]
        offsets = [(r[1], r[1] + r[2]) for r in rows]
        bases = find_bases(doc, self.gaz, ents, low, offsets)
        st = _State(doc, _date(published), ents, low, {b.start: b for b in bases})
        # Only tokens that can start something are looked at closely.
        starters = self.gaz.title_firsts.keys() | MODIFIERS.keys() | {"the"}
        i, n = 0, len(doc)
        while i < n:
            if i in st.bases or low[i] in starters or (st.surnames and strings[rows[i][3]] in st.surnames):
                end = self._at(st, i)
                i = end if end > i else i + 1
            else:
                i += 1
        resolve_pronouns(st.doc, st.mentions, st.genders, low)
        return st.mentions

    # ---------------------------------------------------------------- dispatch
    def _at(self, st: _State, i: int) -> int:
        base = st.bases.get(i)
        if base is not None:
            if "person" in base.kinds:
                p = self._choose(st, [e.key for e in base.entries if e.kind == "person"])
                return self._person_mention(st, i, base.end, p) if p else base.end
            return self._after_head(st, base)
        t = self._title(st, i, allow_the=True)
        if t is not None:
            end = self._title_first(st, t)
            if end:
                return end
        if st.low[i] == "the":
            end = self._description(st, i)
            if end:
                return end
        tok = st.doc[i]
        if tok.text in st.surnames and tok.is_title and tok.pos_ == "PROPN" and not self._longer_name(st, i):
            return self._surname_mention(st, i, i + 1, st.surnames[tok.text])
        return i + 1

    # ---------------------------------------------------------------- country / organisation first
    def _head(self, base: Base) -> tuple[Head, str, str]:
        """The entity a base stands for, the mention kind it gives and a seat's agent suffix."""
        for e in base.entries:
            if e.kind in ("country", "adjective", "capital", "seat"):
                kind = {"country": "name", "adjective": "adjective"}.get(e.kind, "metonym")
                return self.gaz.countries[e.key], kind, e.suffix
        e = base.entries[0]
        return self.gaz.orgs[e.key], "metonym" if e.kind == "orgseat" else "name", ""

    def _after_head(self, st: _State, base: Base) -> int:
        doc, n = st.doc, len(st.doc)
        head, kind, suffix = self._head(base)
        if base.kinds == {"orgseat"} and base.start > 0 and st.low[base.start - 1] in LOCATIVE:
            return base.end                  # "NATO met in Brussels": the city, not the EU
        j = base.end
        poss = j < n and doc[j].text in POSSESSIVE
        k = j + 1 if poss else j
        if j + 1 < n and doc[j].text == "-" and st.low[j + 1] == "led":
            # "Vietnamese-led forces": matcher.py keeps X-led only before an agent noun.
            size, agent = phrase_at(st.low, j + 2, self.gaz.agents, self.gaz.agent_firsts)
            return self._agent(st, base.start, j + 2 + size, head, kind, suffix, agent) if size else base.end
        t = self._title(st, k, allow_the=False)
        if t is not None and (t.office or t.role):
            # "the former Russian president": modifiers may stand before the country too.
            start, mods = self._premodifiers(st, base.start)
            t.mods |= mods
            end = self._titled(st, start, head, t)
            if end:
                return end
        nb = st.bases.get(k)
        if nb is not None and isinstance(head, Country) and not poss and \
                any(e.kind == "seat" and e.key == head.key for e in nb.entries):
            # "U.S. State Department", "Russian Kremlin": one mention with the seat's code
            seat = next(e for e in nb.entries if e.kind == "seat")
            self._emit(st, base.start, nb.end, self._head_actor(head, doc[base.start:nb.end].text, seat.suffix),
                       "metonym")
            return nb.end
        if "adjective" in base.kinds and base.start > 0 and st.low[base.start - 1] == "ethnic":
            return base.end     # "ethnic Albanians" in Serbia are not Albania: context.py places them
        if nb is not None and isinstance(head, Country) and not poss and "adjective" in nb.kinds \
                and (doc[nb.end - 1].tag_ in ("NNS", "NNPS") or doc[nb.end - 1].text.endswith("s")):
            # "Bosnian Serbs", "Kosovo Albanians": a people living in the first-named state, its
            # civilians as CAMEO codes an ethnic minority (Phoenix.agents.txt ETHNIC_MINORITY [~CVL]).
            self._emit(st, base.start, nb.end, Actor(doc[base.start:nb.end].text, head.name, head.cameo + "CVL",
                                                     head.key, None), kind)
            return nb.end
        if isinstance(head, Organisation) and head.kind == "state body" and not poss:
            end = self._org_official(st, base.start, k, head, staff=True)
            if end:         # "CIA deputy director Michael Morell": before "deputy" is read as an agent
                return end
        size, agent = phrase_at(st.low, k, self.gaz.agents, self.gaz.agent_firsts)
        if not size:
            k2 = self._past_modifiers(st, k)
            if k2 > k:
                size, agent = phrase_at(st.low, k2, self.gaz.agents, self.gaz.agent_firsts)
                if size and not any(k2 <= doc[x].head.i < k2 + size for x in range(k, k2)):
                    size = 0
                elif size:
                    size += k2 - k
        if not size and isinstance(head, Organisation) and head.kind in ("igo", "ngo") and not poss:
            end = self._org_official(st, base.start, k, head)
            if end:
                return end
        # "London Fire Brigade" is a city's body, "Moscow officials" the country's.
        local = "capital" in base.kinds and k < n and doc[k].is_title
        if size and not local and not self._inside_org_name(st, k, k + size):
            return self._agent(st, base.start, k + size, head, kind, suffix, agent)
        if poss or t is not None:       # "Russia's Vladimir Putin", "Iranian Ayatollah Ali Khamenei"
            m = k if t is None else t.end
            pb = st.bases.get(m)
            if pb is not None and "person" in pb.kinds:
                p = self._choose(st, [e.key for e in pb.entries if e.kind == "person"], head)
                if p:
                    return self._person_mention(st, base.start, pb.end, p, head)
        self._emit(st, base.start, base.end, self._head_actor(head, doc[base.start:base.end].text, suffix), kind)
        return base.end

    def _org_official(self, st: _State, start: int, k: int, head: Organisation, staff: bool = False) -> int:
        """"UN emergency relief coordinator Jan Egeland", "Amnesty researcher Jane Doe": a named person
        described by an international body and a lowercase role works for it (its code). Not for
        states: "French fashion designer Pierre Cardin" is no part of France's government. A state's
        own body (`staff`) only with a role on its staff (staff_roles.tsv): "CIA agent Tony Mendez"
        is the CIA's, "Biden's US Senate opponent Christine O'Donnell" no senator. "Former" or
        "retired" before the body makes the person the state's elite, as for titles."""
        doc, n = st.doc, len(st.doc)
        if k < n and doc[k].text == ")":
            k += 1                           # "The United Nations (UN) emergency relief coordinator ..."
        j = k
        while j < n and j - k < 4 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ"):
            j += 1
        ent = st.ents[j] if k < j < n else None
        if ent is None or ent.label_ != "PERSON" or ent.start != j or j in st.bases or doc[j - 1].pos_ != "NOUN":
            return 0
        code = head.code
        if staff:
            if doc[j - 1].lower_ not in staff_roles():
                return 0
            b = start
            if st.mentions and st.mentions[-1].end == b and st.mentions[-1].actor.code == head.country:
                b = st.mentions[-1].start       # "Former United States Central Intelligence Agency agent"
            if b > 0 and st.low[b - 1] in ("former", "retired", "ex", "late") and head.country in self.gaz.countries:
                code = self.gaz.countries[head.country].cameo + "ELI"
        actor = Actor(doc[start:ent.end].text, ent.text, code, head.country, None)
        self._emit(st, start, ent.end, actor, "name", person=True)
        self._remember(st, ent.text, actor)
        return ent.end

    @staticmethod
    def _past_modifiers(st: _State, k: int, most: int = 2) -> int:
        """Skip up to `most` lowercase words that modify a later noun ("French paper workers",
        "Egyptian riot-hit ...") so the group noun they modify can be looked up."""
        doc, j = st.doc, k
        while j < len(doc) and j - k < most and doc[j].is_lower and doc[j].is_alpha \
                and doc[j].dep_ in ("compound", "amod", "nmod") and j < doc[j].head.i <= k + most:
            j += 1
        return j

    @staticmethod
    def _inside_org_name(st: _State, i: int, j: int) -> bool:
        """"Austrian People's Party", "North American Aerospace Defense Command": a capitalised
        agent word that spaCy reads as part of a longer organisation name is no agent."""
        ent = st.ents[j - 1]
        return (ent is not None and ent.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART") and ent.end > j
                and st.doc[i].is_title and st.low[j] not in ("and", ",", "or", "&"))

    def _premodifiers(self, st: _State, start: int) -> tuple[int, set[str]]:
        doc, mods, k = st.doc, set(), start
        covered = st.mentions[-1].end if st.mentions else 0
        while k - 1 >= covered and (doc[k - 1].lower_ in MODIFIERS or doc[k - 1].text == "-"):
            k -= 1
            mods.add(MODIFIERS.get(doc[k].lower_, ""))
        mods.discard("")
        return (k, mods) if mods else (start, mods)

    def _head_actor(self, head: Head, text: str, suffix: str = "") -> Actor:
        if isinstance(head, Country):
            return Actor(text, head.name, head.cameo + suffix, head.key, None)
        return Actor(text, head.name, head.code, head.country, None)

    def _agent(self, st: _State, start: int, end: int, head: Head, kind: str, seat: str, agent: str) -> int:
        doc = st.doc
        if isinstance(head, Country):
            code = head.cameo + (seat if seat and agent == "GOV" else agent)
            country = head.key
        else:                              # "NATO troops": the organisation's own code says it
            code, country = head.code, head.country
        name = head.name
        pb = st.bases.get(end)
        if pb is not None and "person" in pb.kinds:     # "Russian opposition leader Alexei Navalny"
            p = self._choose(st, [e.key for e in pb.entries if e.kind == "person"], head)
            if p:
                return self._person_mention(st, start, pb.end, p, head)
        ent = st.ents[end] if end < len(doc) else None
        if ent is not None and ent.label_ == "PERSON" and ent.start == end:
            # "Russian Defence Minister Sergei Shoigu": an official we know only by name here.
            actor = Actor(doc[start:ent.end].text, ent.text, code, country, None)
            self._emit(st, start, ent.end, actor, "name", person=True)
            self._remember(st, ent.text, actor)
            return ent.end
        self._emit(st, start, end, Actor(doc[start:end].text, name, code, country, None), kind)
        return end

    # ---------------------------------------------------------------- titles
    def _title(self, st: _State, i: int, allow_the: bool) -> Optional[Title]:
        low = st.low
        n, k, mods = len(low), i, set()
        if allow_the and k < n and low[k] == "the":
            k += 1
        while k < n and low[k] in MODIFIERS:
            mods.add(MODIFIERS[low[k]])
            k += 2 if k + 1 < n and low[k + 1] == "-" else 1
        size, value = phrase_at(low, k, self.gaz.titles, self.gaz.title_firsts)
        if not size:
            return None
        end = k + size
        if end + 1 < n and low[end] == "-" and low[end + 1] == "elect":
            mods.add("future")
            end += 2
        office, role = value
        if role in ("head of state", "head of government") and i > 0 and low[i - 1] in PRESIDED_BODIES \
                and st.doc[i - 1].is_title:
            return None     # "Senate President X": the Senate's, not the state's
        if i > 0 and low[i - 1] in OPPOSITION_WORDS:
            return None     # "Opposition leader Jeremy Corbyn", "Shadow Home Secretary": not the government's
        mods.discard("")
        return Title(i, end, office, role, mods)

    def _title_first(self, st: _State, t: Title) -> int:
        """ "the President of China", "President Putin", "Prime Minister Johnson"."""
        doc, n = st.doc, len(st.doc)
        k = t.end
        if k < n and doc[k].lower_ == "of":
            k += 1 + (k + 1 < n and doc[k + 1].lower_ == "the")
            base = st.bases.get(k)
            # "the leader of the Austrian Social Democrats" is not "the leader of Austria".
            if base is not None and base.kinds & {"country", "capital", "seat", "org"} \
                    and not (base.end < n and st.low[base.end] in POSSESSIVE):   # "head of Iran's Quds Force"
                head, _, _ = self._head(base)
                return self._titled(st, t.start, head, t, after=base.end)
            return 0
        pb = st.bases.get(k)
        if pb is not None and "person" in pb.kinds:
            p = self._choose(st, [e.key for e in pb.entries if e.kind == "person"], office=t.office or t.role)
            return self._person_mention(st, self._skip_the(doc, t.start), pb.end, p, title=t) if p else 0
        if k < n and doc[k].is_title and doc[k].pos_ == "PROPN" and not self._longer_name(st, k, t.start):
            if doc[k].text in st.surnames:
                return self._surname_mention(st, self._skip_the(doc, t.start), k + 1, st.surnames[doc[k].text])
            if t.office or t.role:          # "Prime Minister Johnson": a known holder's surname
                end, head = k + 1, None
                if end + 1 < n and doc[end].lower_ == "of":    # "King Abdullah of Jordan"
                    hb = st.bases.get(end + 1 + (doc[end + 1].lower_ == "the"))
                    if hb is not None and not hb.kinds & {"person", "org"}:
                        head, end = self._head(hb)[0], hb.end
                p = self._choose(st, self.gaz.shorts.get(doc[k].text, []), head, t.office or t.role,
                                 require_office=True)
                if p:
                    return self._person_mention(st, self._skip_the(doc, t.start), end, p, head, t)
        if k < n and doc[k].is_lower and (t.office or t.role) and doc[k].text.capitalize() in self.gaz.shorts:
            # "President obama": a case slip, trusted only right after a title the person held.
            p = self._choose(st, self.gaz.shorts[doc[k].text.capitalize()], None, t.office or t.role,
                             require_office=True)
            if p:
                return self._person_mention(st, self._skip_the(doc, t.start), k + 1, p, None, t)
        ent = st.ents[k] if k < n else None
        if (t.office or t.role) and t.office != "counterpart" and ent is not None and ent.label_ == "PERSON" \
                and ent.start == k and k not in st.bases:
            # "Foreign Minister John Smithson": someone we cannot place keeps text, name and role, no code.
            start = self._skip_the(doc, t.start)
            role = None if t.mods & {"former", "deputy", "future"} or t.role == "leader" else t.role or None
            actor = Actor(doc[start:ent.end].text, ent.text, None, None, role)
            self._emit(st, start, ent.end, actor, "name", person=True)
            self._remember(st, ent.text, actor)
            return ent.end
        return 0

    @staticmethod
    def _skip_the(doc: Doc, i: int) -> int:
        return i + 1 if doc[i].lower_ == "the" else i

    def _titled(self, st: _State, start: int, head: Head, t: Title, after: Optional[int] = None) -> int:
        """A title bound to a country or organisation, with or without a following name."""
        doc, n = st.doc, len(st.doc)
        k = after if after is not None else t.end
        pb = st.bases.get(k)
        if pb is not None and "person" in pb.kinds:
            p = self._choose(st, [e.key for e in pb.entries if e.kind == "person"], head, t.office or t.role)
            if p:
                return self._person_mention(st, self._skip_the(doc, start), pb.end, p, head, t)
        if k < n and doc[k].text in st.surnames and doc[k].is_title:
            return self._surname_mention(st, self._skip_the(doc, start), k + 1, st.surnames[doc[k].text])
        ent = st.ents[k] if k < n else None
        if ent is not None and ent.label_ == "PERSON" and ent.start == k and k not in st.bases:
            actor = Actor(doc[self._skip_the(doc, start):ent.end].text, ent.text, self._title_code(head, t),
                          head.key if isinstance(head, Country) else head.country,
                          None if t.mods & {"former", "deputy", "future"} else self._role_name(head, t))
            self._emit(st, self._skip_the(doc, start), ent.end, actor, "name", person=True)
            self._remember(st, ent.text, actor)
            return ent.end
        if not (t.office or t.role):
            return 0
        if start > 0 and st.low[start - 1] in INDEFINITE:
            return 0                         # "a Palestinian leader" names nobody in particular
        if t.office == "counterpart":
            return self._counterpart(st, start, k, head)
        if start > 0 and st.low[start - 1] == "the" and after is None:
            start -= 1                       # "the Russian leader" is written with its article
        end = k
        text = doc[start:end].text
        holder = None
        if not t.mods & {"former", "deputy", "future"}:
            aff = head.key
            holder = self.gaz.holder(aff, t.office or t.role, st.date)
            if holder is None and t.role and t.role != t.office:
                holder = self.gaz.holder(aff, t.role, st.date)
        if holder is not None:
            p = self.gaz.people[holder.person]
            actor = Actor(text, p.name, holder.code,
                          head.key if isinstance(head, Country) else head.country, holder.role)
            self._emit(st, start, end, actor, "title", person=True, gender=p.gender)
            self._note_person(st, p)
        else:
            actor = Actor(text, None, self._title_code(head, t),
                          head.key if isinstance(head, Country) else head.country,
                          None if t.mods & {"former", "deputy", "future"} else self._role_name(head, t, st.date))
            self._emit(st, start, end, actor, "title", person=True)
        return end

    def _title_code(self, head: Head, t: Title) -> str:
        if isinstance(head, Organisation):
            return head.code
        return head.cameo + ("ELI" if "former" in t.mods else "" if "future" in t.mods
                             else self.gaz.title_suffix.get(t.office, "GOV"))

    def _role_name(self, head: Head, t: Title, date: Optional[str] = None) -> Optional[str]:
        if t.office == "counterpart":
            return None
        if t.role == "leader":
            return head.leader_role(date or "9999-12-30") if isinstance(head, Country) else None
        return t.role or None

    # ---------------------------------------------------------------- counterparts and descriptions
    def _recent_people(self, st: _State, pos: int):
        """Person mentions before token `pos`, nearest first, at most a few sentences back."""
        if st.sent_of is None:
            st.sent_of = sentence_index(st.doc)
        for k in sorted(st.genders, reverse=True):
            m = st.mentions[k]
            if m.start >= pos:
                continue
            if st.sent_of[pos] - st.sent_of[m.start] > DESCRIPTION_SENTENCES_BACK:
                return
            yield k, m

    def _counterpart(self, st: _State, start: int, end: int, head: Head) -> int:
        """"his Russian counterpart": whoever holds, in that country, the office of the person last
        mentioned from another country (Tokayev's Russian counterpart is Russia's president)."""
        if start > 0 and st.low[start - 1] in POSSESSIVE_PRONOUNS | {"the"}:
            start -= 1
        country = head.key if isinstance(head, Country) else head.country
        role = next((m.actor.role for _, m in self._recent_people(st, start)
                     if m.actor.role and m.actor.country != country), None)
        holder = self.gaz.holder(head.key, role, st.date) if role else None
        text = st.doc[start:end].text
        if holder is not None:
            p = self.gaz.people[holder.person]
            self._emit(st, start, end, Actor(text, p.name, holder.code, country, holder.role), "title",
                       person=True, gender=p.gender)
            self._note_person(st, p)
        else:
            code = head.cameo + "GOV" if isinstance(head, Country) else head.code
            self._emit(st, start, end, Actor(text, None, code, country, role), "title", person=True)
        return end

    def _description(self, st: _State, i: int) -> int:
        """"the president", "the diplomat": the most recent person mention (a few sentences back at
        most) whose role or office fits (descriptions.tsv). Nothing when none fits: context.py may
        then resolve the title from the article's focus country."""
        doc, low, n = st.doc, st.low, len(st.doc)
        size, fits = phrase_at(low, i + 1, self.gaz.descriptions, self.gaz.description_firsts)
        if not size:
            return 0
        end = i + 1 + size
        if end < n and (low[end] in ("of", "-", "'s", "\u2019s") or doc[end].pos_ == "PROPN" or end in st.bases
                        or (low[end] == "," and end + 1 < n and st.ents[end + 1] is not None
                            and st.ents[end + 1].label_ == "PERSON")):
            return 0                         # "the president of the club", "the president, Joe Biden"
        for k, m in self._recent_people(st, i):
            a = m.actor
            offices = {a.role} | {x for r in self.gaz.roles_of(a.name or "", st.date) for x in (r.role, r.office)}
            if offices & fits:
                self._emit(st, i, end, Actor(doc[i:end].text, a.name, a.code, a.country, a.role), "title",
                           person=True, gender=st.genders.get(k))
                if a.name in self.gaz.people:
                    self._note_person(st, self.gaz.people[a.name])
                return end
        return 0

    # ---------------------------------------------------------------- people
    def _choose(self, st: _State, names: list[str], head: Optional[Head] = None, office: str = "",
                require_office: bool = False) -> Optional[Person]:
        """Pick one person among people sharing a name form ("Castro", "King Abdullah")."""
        cands = [self.gaz.people[n] for n in dict.fromkeys(names) if n in self.gaz.people]
        if len(cands) <= 1 and not require_office:
            return cands[0] if cands else None
        def score(p: Person) -> tuple:
            active = self.gaz.roles_of(p, st.date)
            in_head = head is not None and any(r.affiliation == head.key for r in p.roles)
            fits = any(office in (r.office, r.role) for r in active) if office else False
            seen = st.named.index(p.name) + 1 if p.name in st.named else 0
            return (in_head, fits, seen, bool(active), max((r.end for r in p.roles), default=""))
        best = max(cands, key=score, default=None)
        if best is None or (require_office and not score(best)[1]):
            return None
        return best

    def _person_actor(self, p: Person, text: str, date: Optional[str], head: Optional[Head] = None,
                      t: Optional[Title] = None) -> Actor:
        roles = self.gaz.roles_of(p, date)
        if head is not None:
            roles = [r for r in roles if r.affiliation == head.key] or roles
        if t is not None and (t.office or t.role):
            roles = [r for r in roles if (t.office or t.role) in (r.office, r.role)] or roles
        if roles and not (t is not None and t.mods & {"former", "future"}):
            r = roles[0]
            country = r.affiliation if r.affiliation in self.gaz.countries else self.gaz.orgs[r.affiliation].country
            return Actor(text, p.name, r.code, country, r.role)
        past = self.gaz.past_role(p, date) or (min(p.roles, key=lambda r: r.start) if p.roles else None)
        if past is None:
            return Actor(text, p.name, None, None, None)
        if past.affiliation in self.gaz.countries:
            c = self.gaz.countries[past.affiliation]
            return Actor(text, p.name, c.cameo + "ELI", c.key, None)
        return Actor(text, p.name, past.code, self.gaz.orgs[past.affiliation].country, None)

    def _person_mention(self, st: _State, start: int, end: int, p: Person, head: Optional[Head] = None,
                        title: Optional[Title] = None) -> int:
        actor = self._person_actor(p, st.doc[start:end].text, st.date, head, title)
        self._emit(st, start, end, actor, "name", person=True, gender=p.gender)
        self._note_person(st, p)
        return end

    def _surname_mention(self, st: _State, start: int, end: int, who: Union[Person, Actor]) -> int:
        text = st.doc[start:end].text
        if isinstance(who, Person):
            return self._person_mention(st, start, end, who)
        actor = Actor(text, who.name, who.code, who.country, who.role)
        self._emit(st, start, end, actor, "name", person=True)
        return end

    def _note_person(self, st: _State, p: Person) -> None:
        if p.name in st.named:
            st.named.remove(p.name)
        st.named.append(p.name)
        for form in filter(None, (p.short, p.name.split()[-1] if p.short else None)):
            st.surnames[form] = p

    def _remember(self, st: _State, name: str, actor: Actor) -> None:
        last = name.split()[-1]
        if len(last) > 2 and last[0].isupper():
            st.surnames.setdefault(last, Actor(last, actor.name, actor.code, actor.country, actor.role))

    def _longer_name(self, st: _State, i: int, lo: Optional[int] = None) -> bool:
        """Is token i inside a longer personal name ("Hunter Biden" after "Joe Biden")?
        Tokens from `lo` on (a title: "King Abdullah") do not make it longer."""
        ent = st.ents[i]
        if ent is None or ent.label_ != "PERSON":
            return False
        return ent.end > i + 1 or ent.start < (i if lo is None else lo)

    def _emit(self, st: _State, start: int, end: int, actor: Actor, kind: str, person: bool = False,
              gender: Optional[str] = None) -> None:
        doc = st.doc
        if person:
            st.genders[len(st.mentions)] = gender
        st.mentions.append(Mention(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                                   actor, kind))
