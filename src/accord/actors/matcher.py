"""Find gazetteer names in a parsed article: one Aho-Corasick pass over the text, kept only
where it lines up with spaCy tokens, longest match first, minus the readings a careful
reader would reject ("Jordan Peterson", "China Daily", "pro-Russian", "US-led")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from accord.actors.gazetteer import Entry, Gazetteer
from accord.doctext import doc_text

# Named entities that, when they swallow a country or capital, make it part of another name.
VETO_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
PLACE_KINDS = frozenset({"country", "adjective", "capital", "seat", "orgseat"})
NEVER_NAME_PART = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"})


@dataclass(slots=True)
class Base:
    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


def entity_index(doc: Doc) -> list[Optional[Span]]:
    out: list[Optional[Span]] = [None] * len(doc)
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            out[k] = ent
    return out


def phrase_at(low: list[str], i: int, table: dict, firsts: dict[str, int]) -> tuple[int, Optional[object]]:
    """Longest table phrase starting at token i of `low` (lowercased token texts):
    (token length, value) or (0, None). `firsts` maps a first word to the longest phrase size."""
    longest = firsts.get(low[i], 0) if i < len(low) else 0
    for size in range(min(longest, len(low) - i), 0, -1):
        key = " ".join(low[i:i + size]) if size > 1 else low[i]
        if key in table:
            return size, table[key]
    return 0, None


def continues_as_actor(low: list[str], j: int, gaz: Gazetteer) -> bool:
    """Does a title or agent word follow at j ("Kazakhstan Foreign Ministry")?"""
    if j >= len(low):
        return False
    k = j + 1 if low[j] in ("'s", "\u2019s") else j
    return bool(phrase_at(low, k, gaz.titles, gaz.title_firsts)[0]
                or phrase_at(low, k, gaz.agents, gaz.agent_firsts)[0])


def find_bases(doc: Doc, gaz: Gazetteer, ents: list[Optional[Span]], low: list[str],
               offsets: list[tuple[int, int]]) -> list[Base]:
    """`offsets` are the tokens' (start, end) characters, computed once by the caller."""
    starts = {a: k for k, (a, _) in enumerate(offsets)}
    ends = {b: k + 1 for k, (_, b) in enumerate(offsets)}
    cands = []
    for end_char, (length, entries) in gaz.automaton.iter(doc_text(doc)):
        i, j = starts.get(end_char + 1 - length), ends.get(end_char + 1)
        if i is not None and j is not None and j > i:
            cands.append((length, i, j, entries))
    cands.sort(key=lambda c: (-c[0], c[1]))
    taken = bytearray(len(doc))
    kept = []
    for _, i, j, entries in cands:
        if any(taken[i:j]):
            continue
        taken[i:j] = b"\x01" * (j - i)   # a blocking match still hides shorter ones inside it
        if not any(e.kind == "block" for e in entries):
            kept.append((i, j, entries))
    kept += case_slips(doc, gaz, low, taken)
    starts = {i for i, _, _ in kept}
    out, as_person = [], set()
    for i, j, entries in sorted(kept, key=lambda k: k[0]):
        text = doc[i:j].text
        if text in as_person:
            continue                      # "Valeska Paris ... Paris claims": still her
        why = _vetoed(doc, i, j, entries, gaz, ents, low, starts)
        if why:
            if why == "name":
                as_person.add(text)
            continue
        out.append(Base(i, j, entries))
    return out


def case_slips(doc: Doc, gaz: Gazetteer, low: list[str], taken: bytearray) -> list[tuple[int, int, tuple]]:
    """One-word names written with the wrong case: "iSrael", "ISRAEL", "tunisian rioters".
    Mixed case is a slip for any name; all-lowercase only for states, their adjectives and
    capitals, all-capitals only for states and adjectives (a capital in capitals is a dateline) (a lowercase "bush" or "rice" is a word, and so are the
    lowercase_word entries of nonactors.tsv: "china", "turkey"). People in lower case count only
    after a title ("President obama": resolver.py)."""
    out = []
    for k, w in enumerate(low):
        if taken[k] or w not in gaz.lower_forms:
            continue
        text = doc[k].text
        if text.istitle() or not text.isalpha():
            continue                       # correctly cased forms are the automaton's
        entries = gaz.lower_forms[w]
        if text.islower():
            entries = tuple(e for e in entries if e.kind != "person")
        elif text.isupper():
            # "BRASÍLIA, Brazil -": a dateline names where the story was filed, not an actor.
            entries = tuple(e for e in entries if e.kind in ("country", "adjective"))
        if entries:
            out.append((k, k + 1, entries))
    return out


def _vetoed(doc: Doc, i: int, j: int, entries: tuple[Entry, ...], gaz: Gazetteer,
            ents: list[Optional[Span]], low: list[str], starts: set[int]) -> Optional[str]:
    """Why the match [i, j) is not an actor here ("name" when it is a personal name), or None."""
    kinds = {e.kind for e in entries}
    if kinds == {"person"} and j - i == 1:
        # "Melania Trump", "Hunter Biden": a bare surname alias inside someone else's full name.
        ent = ents[i]
        if ent is None or ent.label_ != "PERSON" or ent.start >= i or ent.start in starts:
            return None
        first = doc[ent.start].text         # "Robert Gabriel Mugabe" and "Comrade Mugabe" are him
        own = {w.split()[0] for e in entries for w in [e.key] + gaz.people[e.key].aliases}
        ok = not doc[ent.start].is_title or first in own or low[ent.start] in gaz.titles
        return None if ok else "other person"
    if not kinds <= PLACE_KINDS:
        return None                       # people and organisations are specific enough
    n, text = len(doc), doc[i:j].text
    k = j
    while k < n and doc[k].is_space:      # "Chad  Peace": stray whitespace tokens
        k += 1
    nxt = doc[k] if k < n else None
    # "Russian-backed", "US-led": a modifier, not an actor; "Russian-Ukrainian" stays.
    if nxt is not None and nxt.text == "-" and k + 1 < n and doc[k + 1].is_lower:
        # ... except that a group "X-led" is X's: "Vietnamese-led forces", "Saudi-led coalition".
        if not (low[k + 1] == "led" and phrase_at(low, k + 2, gaz.agents, gaz.agent_firsts)[0]):
            return "modifier"
    if i >= 2 and doc[i - 1].text == "-" and low[i - 2] in ("pro", "anti", "non"):
        return "modifier"
    if nxt is not None and nxt.lower_ in gaz.currencies and kinds & {"country", "adjective"}:
        return "currency"                 # "nine billion US dollars", "Swiss francs"
    if "adjective" in kinds and nxt is not None:
        if nxt.lower_ in gaz.not_after_adjective:
            return "language"
        # "Western Cambodia", "Eastern Europe": a region's adjective before a place is a direction.
        if nxt.i in starts and nxt.is_title and all(
                e.kind == "adjective" and gaz.countries[e.key].kind == "region" for e in entries):
            return "direction"
        # "Western District", "Australian Open", "British Airways": part of another proper name,
        # unless a title, an agent or another gazetteer name follows ("Russian President").
        if (kinds == {"adjective"} and nxt.is_title and nxt.pos_ == "PROPN" and nxt.i not in starts
                and not continues_as_actor(low, k, gaz)):
            return "inside a name"
    if text in gaz.personal_names:
        # "Jordan Peterson", "Michael Jordan": a country name used as a personal name.
        if (nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"
                and nxt.ent_type_ not in NEVER_NAME_PART and not continues_as_actor(low, k, gaz)):
            return "name"
        prv = doc[i - 1] if i else None
        if prv is not None and prv.is_title and prv.pos_ == "PROPN" and prv.ent_type_ == "PERSON" \
                and low[i - 1] not in gaz.titles:
            return "name"
    if text in gaz.us_state_names and _near_us_state(low, i, j, gaz):
        return "US state"                 # "Pennsylvania, Georgia, Florida"
    ent = ents[i]
    if ent is not None and ent.label_ in VETO_LABELS and (ent.start < i or ent.end > j):
        if ent.end > j and (continues_as_actor(low, j, gaz) or (j in starts and "adjective" in kinds)):
            return None                   # "Bosnian Serbs" read as one PERSON: two gazetteer names
        if ent.start < i and low[i - 1] in ("of", "the", "'s", "and", ",", "&"):
            return None                   # "Bank of Russia"; NER's "the Foreign Office and Downing Street"
        if ent.start < i and (ent.start in starts or ent.start + 1 in starts):
            return None                   # "U.S. State Department": a gazetteer name leads the entity
        return "inside a name"
    return None


def _near_us_state(low: list[str], i: int, j: int, gaz: Gazetteer, window: int = 4) -> bool:
    lo, hi = max(0, i - window), min(len(low), j + window)
    words = low[lo:i] + ["|"] + low[j:hi]
    return any(w in gaz.us_states or " ".join(words[k:k + 2]) in gaz.us_states for k, w in enumerate(words))
