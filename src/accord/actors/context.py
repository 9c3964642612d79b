"""Agents whose country comes from the article: "Police fired tear gas at protesters" in an
article about Hong Kong is Hong Kong's police against Hong Kong's opposition.

A careful reader does this when one country dominates the article; where no country clearly
does, bare agents stay unresolved (no actor is better than a wrong one).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from spacy.attrs import DEP, POS

from accord.actors.gazetteer import Gazetteer
from accord.model import Actor, Mention

GENERIC_DETS = {"any", "every", "some", "many", "no", "other", "foreign", "another"}


@lru_cache(maxsize=1)
def context_agents() -> dict[str, str]:
    from accord.actors.gazetteer import _rows
    return {r["phrase"]: r["code"] for r in _rows("context_agents.tsv")}


@lru_cache(maxsize=1)
def context_defaults() -> dict[str, str]:
    """Bare capitalised names of bodies that, with no determiner and in a text no state dominates,
    almost always mean one state's body ("Congress is asking Obama to help Iran": the US Congress).
    With a focus state the context agents decide instead ("the Congress" in an article on India)."""
    from accord.actors.gazetteer import _rows
    return {r["word"]: r["country"] for r in _rows("context_defaults.tsv")}


def focus_country(mentions: list[Mention], gaz: Gazetteer, headline: list[Mention] = ()) -> Optional[str]:
    """The state most mentioned in the article, when it is mentioned at least one and a half times
    as often as any other (an article naming one state once is about that state). A state in the
    headline counts three times: the headline says what the article is about."""
    counts = Counter(m.actor.country for m in list(mentions) + list(headline) * 3
                     if m.actor.country in gaz.countries and gaz.countries[m.actor.country].kind != "region")
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] * 3 > n * 2:
        return None
    return top


def _bare_title(doc, tok, taken, gaz: Gazetteer, focus: str, date: Optional[str]) -> Optional[Actor]:
    """"the president" in an article about one country is that country's president on the
    article's date, unless the phrase names someone else ("the president of Iran", "the
    president, Joe Biden", "the former president")."""
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.lower_ not in gaz.titles:
        return None
    if any(c.dep_ in ("prep", "appos", "compound", "amod", "poss") for c in tok.children):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.i in taken):
        return None
    office, role = gaz.titles[tok.lower_]
    # The office itself ("the king" is not whoever is head of state: the country may have a queen).
    held = gaz.holder(focus, office or role, date)
    if held is None:
        return None
    return Actor(doc[tok.i - 1:tok.i + 1].text, held.name, held.code, focus, held.role)


def place_titled_unknowns(mentions: list[Mention], focus: Optional[str], gaz: Gazetteer, doc=None) -> list[Mention]:
    """A titled person the gazetteer does not know ("Prime Minister Mahendra Chaudhry", kept with a
    null code by the resolver) belongs to the state his own phrase names ("Prime Minister Igor
    Matovič of the Slovak Republic"), else to the focus country's government, like a bare title:
    with the same bound (one state clearly dominates the article). "Former ..." is the country's
    elite. Later surnames and pronouns of that person follow."""
    titled = {m.actor.name: m.actor.text.lower().startswith(("former ", "ex-", "late "))
              for m in mentions if m.actor.code is None and m.actor.name and m.kind == "name"}
    if not titled:
        return mentions
    states = {k: m.actor.country for m in mentions if m.actor.code == m.actor.country
              and m.actor.country in gaz.countries and gaz.countries[m.actor.country].kind != "region"
              for k in range(m.start, m.end)}
    own: dict[str, str] = {}
    for m in mentions:
        if doc is not None and m.actor.code is None and m.actor.name in titled and m.actor.name not in own:
            of = [n for p in doc[m.end - 1].children if p.dep_ == "prep" and p.lower_ == "of"
                  for n in p.children if n.dep_ == "pobj"]
            found = next((states[k] for n in of for k in range(n.left_edge.i, n.i + 1) if k in states), None)
            if found:
                own[m.actor.name] = found
    out = []
    for m in mentions:
        a = m.actor
        country = own.get(a.name, focus) if a.code is None and a.name in titled else None
        if country is not None:
            code = gaz.countries[country].cameo + ("ELI" if titled[a.name] else "GOV")
            m = replace(m, actor=replace(a, code=code, country=country))
        out.append(m)
    return out


# Prepositions that place a group: "students throughout Indonesia", "rebels in the Ivory Coast",
# "refugees from Iraq".
PLACE_PREPS = frozenset({"in", "throughout", "across", "inside", "within", "from"})
# Participles that tie a group to a body or a state: "workers affiliated with the Serbian Workers'
# Union", "militants loyal to Iraq's al-Qaeda", "a group based in Trinidad".
TIES = frozenset({"affiliated", "loyal", "linked", "allied", "belonging", "based", "attached", "close"})
# Agents of the state itself are not placed by the verb's location ("Russia deployed troops in
# Syria": Russia's troops); only by their own phrase ("police in Cairo").
NESTED_PREPS = frozenset({"at", "near", "outside"})
STATE_AGENTS = ("GOV", "MIL", "COP", "LEG", "JUD", "SPY")
# Common nouns for places a nationality word can make a place of ("Iraqi territory", "Indonesian waters").
PLACE_NOUNS = frozenset({"territory", "waters", "soil", "border", "city", "town", "village", "province",
                         "region", "capital", "airspace", "coast", "island", "side"})
# Never placed by a location: armed forces and spies serve abroad ("US troops in Iraq"), and so do
# diplomats ("its embassy in Israel" is Serbia's).
ABROAD_AGENTS = ("MIL", "SPY")
ABROAD_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors",
                          "envoy", "envoys", "diplomat", "diplomats", "mission", "missions", "delegation",
                          "delegations", "attache", "attaches"})


def place_countries(doc, mentions: list[Mention], gaz: Gazetteer) -> dict[int, str]:
    """Token -> the state a place stands for: mentions of states (names, capitals, adjectives, not
    regions) and cities or regions of places.tsv that spaCy reads as a place (GPE, LOC, FAC)."""
    out: dict[int, str] = {}
    for m in mentions:
        c = m.actor.country
        if m.kind == "adjective" and not _names_a_place(doc[m.end - 1]):
            continue    # "killed in Israeli tank shelling": an adjective on a thing is no place
        if c in gaz.countries and gaz.countries[c].kind != "region" and m.kind != "pronoun":
            for k in range(m.start, m.end):
                out[k] = c
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        iso = gaz.places.get(span.text)
        if iso is not None and iso in gaz.countries:
            for k in range(span.start, span.end):
                out.setdefault(k, iso)
    return out


def _names_a_place(tok) -> bool:
    """The noun a nationality word modifies is a named place or body ("the Serbian Workers' Union",
    "Indonesian waters"), not a thing or an act ("Israeli tank shelling")."""
    head = tok
    while head.dep_ in ("amod", "compound", "nmod") and head.head != head:
        head = head.head
    return head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC", "ORG") \
        or head.lemma_.lower() in PLACE_NOUNS


def _np_country(n, places: dict[int, str], depth: int = 0, skip_own: bool = False) -> Optional[str]:
    """The state a noun phrase names or lies in: "northern Israel", "East Timor's capital Dili",
    "the northern city of Kirkuk", "the Serbian Workers' Union"."""
    for k in range(n.left_edge.i, n.i + 1) if not skip_own else ():
        if k in places:
            return places[k]
    if depth < 2:
        for c in n.children:
            if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("of", "in")):
                for g in ([c] if c.dep_ == "appos" else [x for x in c.children if x.dep_ == "pobj"]):
                    found = _np_country(g, places, depth + 1)
                    if found:
                        return found
    return None


def _prep_country(head, places: dict[int, str], verb: bool = False, preps=PLACE_PREPS) -> Optional[str]:
    for p in head.children:
        if p.dep_ != "prep":
            continue
        # A clause's "at" places through the phrase after it: "rioted at a jail in Dili" (but "at
        # the US embassy in Manila" is in the Philippines: the embassy's own modifier does not count).
        nested = verb and p.lower_ in NESTED_PREPS
        if p.lower_ in preps or nested:
            for n in p.children:
                if n.dep_ == "pobj":
                    found = _np_country(n, places, 1 if nested else 0, skip_own=nested)
                    if found:
                        return found
    return None


def located(tok, suffix: str, places: dict[int, str], taken: set[int] = frozenset()) -> Optional[str]:
    """Where a group noun is placed by its sentence: whose it is ("the government of Sindh
    province"), its own phrase ("students throughout Indonesia", "workers affiliated with the
    Serbian Workers' Union"), or for groups other than the
    state's own agents the clause it is the subject or object of ("ethnic Albanians demonstrated
    in Serbia", "troops fired on protesters in Cairo")."""
    # "the government of Sindh province": whose it is. Only for a place that is no actor mention:
    # "the navies of China, India and Oman" is left to the event coder's 'of' phrase (all conjuncts).
    of = [n for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"]
    if of and not any(k in taken for n in of for k in range(n.left_edge.i, n.right_edge.i + 1)):
        owner = _prep_country(tok, places, preps=("of",))
        if owner:
            return owner
    if suffix.startswith(ABROAD_AGENTS) or tok.lower_ in ABROAD_WORDS:
        return None
    found = _prep_country(tok, places)
    if found:
        return found
    for c in tok.children:
        if c.dep_ in ("acl", "amod", "relcl") and c.lower_ in TIES:
            for p in c.children:
                if p.dep_ == "prep":
                    for n in p.children:
                        if n.dep_ == "pobj":
                            found = _np_country(n, places)
                            if found:
                                return found
    if suffix.startswith(STATE_AGENTS):
        return None
    head = tok
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of" \
            and head.head.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        head = head.head.head                 # "tens of thousands of students ... demonstrated"
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
        return _prep_country(head.head, places, verb=True)
    return None


def _group_phrase(doc, tok, taken, agents: dict[str, str], gaz: Gazetteer) -> tuple[int, str, str]:
    """(start token, phrase, agent suffix) of a bare group ending at `tok`, or (0, "", "") when
    there is none. Context agents (context_agents.tsv) first, then the agents table and the
    peoples without a state ("Kurds")."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    low = tok.lower_
    two = f"{prev.lower_} {low}" if prev is not None and prev.i not in taken else None
    for table in (agents, gaz.agents):
        if two and two in table and table[two]:
            return prev.i, two, table[two]
        if low in table:
            return tok.i, low, table[low]
    return 0, "", ""


def _ethnic(doc, tok, gaz: Gazetteer) -> Optional[tuple[int, str]]:
    """"ethnic Albanians", "ethnic Serb civilians": (start token, agent suffix) of a people named with
    "ethnic", whose state is where they live, not the state of the adjective."""
    eth = next((c for c in tok.children if c.lower_ == "ethnic" and c.dep_ in ("amod", "compound")), None)
    if eth is None:
        for c in tok.children:          # "ethnic Serb civilians": "ethnic" modifies "Serb"
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                eth = next((g for g in c.children if g.lower_ == "ethnic"), None)
                if eth is not None:
                    break
    if eth is None:
        return None
    if any(t.text in gaz.automaton for t in doc[eth.i + 1:tok.i + 1]):
        suffix = "CVL" if tok.text in gaz.automaton else gaz.agents.get(tok.lower_, "CVL")
        return eth.i, suffix
    if tok.lower_ in gaz.ethnic_nouns:
        return eth.i, "CVL"
    return None


def add_context_agents(doc, mentions: list[Mention], gaz: Gazetteer, date: Optional[str] = None,
                       headline: list[Mention] = ()) -> list[Mention]:
    """The mentions plus bare agents and titles resolved to a country, sorted by position.
    `headline` holds the actor mentions of the article's title.

    A bare group takes the state its sentence places it in (located()) when there is one; else
    the article's focus state for the agents of context_agents.tsv and the peoples without a state
    (ethnic_groups.tsv); else it stays out (no actor is better than a wrong one). Bare titles take
    the focus state only."""
    focus = focus_country(mentions, gaz, headline)
    agents = context_agents()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions = place_titled_unknowns(mentions, focus, gaz, doc)
    places = place_countries(doc, mentions, gaz)
    added: list[Mention] = []
    # only nouns that head their phrase can be a bare agent: found from arrays, Tokens built for those
    strings = doc.vocab.strings
    nominal = {strings["NOUN"], strings["PROPN"]}
    compound = strings["compound"]
    for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
        if pos not in nominal or dep == compound or i in taken:
            continue
        tok = doc[i]
        if focus is not None:
            titled = _bare_title(doc, tok, taken, gaz, focus, date)
            if titled is not None:
                added.append(Mention(tok.i - 1, tok.i + 1, doc[tok.i - 1].idx, tok.idx + len(tok.text), titled,
                                     kind="context"))
                continue
        ethnic = _ethnic(doc, tok, gaz)
        if ethnic is not None:
            start, suffix = ethnic
            contextual = True
        else:
            start, phrase, suffix = _group_phrase(doc, tok, taken, agents, gaz)
            if not phrase or suffix == "PPL":
                continue    # "people", "men": anyone at all, not a group that acts
            # Only the context agents and the stateless peoples may take the article's focus state.
            contextual = phrase in agents or phrase in gaz.ethnic_nouns
            if not suffix and (start == 0 or doc[start - 1].lower_ != "the"):
                continue    # "the country" is the focus state; "a country", "every nation" are not
            if any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in tok.children):
                continue    # "a government", "foreign troops": not this country's
            if any(c.i in taken or c.text[:1].isupper() for c in tok.children
                   if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < start):
                continue    # "Russian troops" is a mention of its own; "Artsakh soldiers", "Smith's
                            # government" name someone else's
        if any(c.lower_ == "based" and c.dep_ == "amod" and any(g.dep_ in ("npadvmod", "compound") for g in c.children)
               for c in tok.children if c.i < tok.i):
            continue    # "the Luxembourg-based court", "the London-based observatory": where it sits, not whose it is
        country = located(tok, suffix or "GOV", places, taken) if suffix else None
        how = "located"
        if country is None and contextual:
            country, how = focus, "context"
            if focus is None and start == tok.i and (tok.i == 0 or doc[tok.i - 1].pos_ not in ("DET", "ADJ", "PROPN")):
                country = context_defaults().get(tok.text)     # "Congress is asking Obama to ..."
        if country is None or country not in gaz.countries:
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = doc[start:tok.i + 1]
        cameo = gaz.countries[country].cameo
        # An empty suffix is the state itself: "the country", "the nation".
        name = gaz.countries[country].name if not suffix else None
        added.append(Mention(start, tok.i + 1, span.start_char, span.end_char,
                             Actor(span.text, name, cameo + suffix, country, None), kind=how))
        taken.update(range(start, tok.i + 1))
    added += acting_places(doc, taken, gaz)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def event_places(doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Cities and regions (places.tsv) named as where something happens ("met in Zurich", "targets
    in Jericho", "transport into Abidjan"), as their state: not actors, but the event coder's
    place targets."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        iso = gaz.places.get(span.text)
        if iso is None or iso not in gaz.countries or any(k in taken for k in range(span.start, span.end)):
            continue
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at", "into", "near", "outside"):
            continue
        c = gaz.countries[iso]
        out.append(Mention(span.start, span.end, span.start_char, span.end_char,
                           Actor(span.text, c.name, c.cameo, c.key, None), kind="place"))
    return out


def acting_places(doc, taken: set[int], gaz: Gazetteer) -> list[Mention]:
    """Cities and regions (places.tsv) that act, as the subject or possessor of their clause, stand
    for their state as PETRARCH's country dictionary codes them ("Aleppo fell", "Chechnya's
    leaders"); a place a clause happens in ("met in Zurich", "targets in Jericho") is no actor."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        iso = gaz.places.get(span.text)
        if iso is None or iso not in gaz.countries or any(k in taken for k in range(span.start, span.end)):
            continue
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        c = gaz.countries[iso]
        out.append(Mention(span.start, span.end, span.start_char, span.end_char,
                           Actor(span.text, c.name, c.cameo, c.key, None), kind="metonym"))
    return out
