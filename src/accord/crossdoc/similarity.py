"""One score for "do these two articles report the same happening?", from the signals a careful
editor weighs (accord.crossdoc.assign uses it to place an article in a story):

    score = W_TEXT * wording + W_PARTICIPANTS * participants
            + EVENT_BONUS                              (a shared main event: same two sides, CAMEO root, date)
            - GAP_COST * days apart
            - MISS_EARLIER * missing(earlier headline) - MISS_LATER * missing(later headline)

- wording: cosine of the two TF-IDF word vectors (rare terms such as "prorogation" weigh most);
- participants: cosine of the TF-IDF vectors of named participants (gazetteer actors and spaCy's
  PERSON/ORG/GPE/LOC/FAC/EVENT/LAW entities, accord.crossdoc.participants): sharing "Hurricane Dorian"
  or "Pedro Pierluisi" counts, sharing "United States" hardly (low IDF);
- missing: the IDF-weighted share of the specific participants of one headline (those in at most
  SPECIFIC_DF of the articles) that the other article never names. A headline names who the happening
  is about; a report on another storm, another team, another candidate names someone the first never
  does. A follow-up names the earlier report's principals again (the storm, the governor), while it
  may bring in new ones (a successor, a court): so a principal of the earlier headline missing from
  the later article costs more than the other way round;
- days apart: reports of one happening come close together; the cost grows by the day, and beyond
  MAX_GAP_DAYS two articles are not compared at all (accord.crossdoc.assign).

An article joins the story of the placed article with the highest score at or above JOIN. The weights
were set by reasoning about those signals (wording and participants equal; a month's gap costs about
as much as the shared event gives; a missing principal of the earlier report nearly rules a pair out),
then checked on the development pairs of bench/gold/story_pairs.tsv; bench/gold/story_pairs_heldout.tsv
was labelled before and measured once with the weights frozen (bench/RESULTS.md).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from accord.crossdoc import participants as parts
from accord.crossdoc.profile import cosine_weighted, weights

W_TEXT = 0.5
W_PARTICIPANTS = 0.5
EVENT_BONUS = 0.10
GAP_COST = 0.005
MISS_EARLIER = 0.50
MISS_LATER = 0.10
JOIN = 0.22
# "Specific": named in at most this share of the store's articles.
SPECIFIC_DF = 0.15


@dataclass(slots=True)
class Profile:
    """An article's comparable parts under one IDF: weighted word and participant vectors, the
    participant keys of its headline, and the words that can confirm a participant is named."""
    words: tuple[dict[str, float], float]
    people: tuple[dict[str, float], float]
    headline: tuple[str, ...]
    named: frozenset[str]


def make_profile(terms: dict[str, int], idf, default_idf: float) -> Profile:
    words, people, head = parts.split(terms)
    named = set(words)
    for k in people:
        named.add(k[1:])
        named.update(k[1:].split(":")[-1].split())
    return Profile(weights(words, idf, default_idf), weights(people, idf, default_idf),
                   tuple(sorted(h[1:] for h in head)), frozenset(named))


def names(profile: Profile, participant: str) -> bool:
    """Whether the article names the participant: the same key, or the last word of its name
    ("tropical storm humberto" is named where "Hurricane Humberto" or "Humberto" is)."""
    if participant in profile.named:
        return True
    words = participant.split(":")[-1].split()
    return bool(words) and words[-1] in profile.named


def missing(headline_of: Profile, other: Profile, idf, specific_idf: float) -> float:
    """IDF-weighted share of the specific headline participants of `headline_of` that `other` never names."""
    total = gone = 0.0
    for h in headline_of.headline:
        w = idf.get(parts.PARTICIPANT + h, 0.0)
        if w < specific_idf:
            continue
        total += w
        if not names(other, h):
            gone += w
    return gone / total if total else 0.0


def specific_idf(n_articles: int) -> float:
    """The IDF (as assign.State smooths it) of a participant named in SPECIFIC_DF of n articles."""
    return math.log((1 + n_articles) / (1 + SPECIFIC_DF * n_articles)) + 1


@dataclass(slots=True)
class Score:
    value: float
    text: float
    people: float
    shared_event: bool
    gap: float
    miss_earlier: float
    miss_later: float

    def explain(self) -> str:
        return (f"score {self.value:.2f} (text {self.text:.2f}, participants {self.people:.2f}"
                f"{', shared event' if self.shared_event else ''}, {self.gap:.0f} days apart"
                f"{f', earlier headline missing {self.miss_earlier:.2f}' if self.miss_earlier else ''}"
                f"{f', later headline missing {self.miss_later:.2f}' if self.miss_later else ''})")


def score(mine: Profile, other: Profile, gap: float, mine_is_later: bool, shared_event: bool,
          idf, spec_idf: float) -> Score:
    text = cosine_weighted(mine.words, other.words)
    people = cosine_weighted(mine.people, other.people)
    earlier, later = (other, mine) if mine_is_later else (mine, other)
    m_earlier = missing(earlier, later, idf, spec_idf)
    m_later = missing(later, earlier, idf, spec_idf)
    value = (W_TEXT * text + W_PARTICIPANTS * people + (EVENT_BONUS if shared_event else 0.0)
             - GAP_COST * gap - MISS_EARLIER * m_earlier - MISS_LATER * m_later)
    return Score(value, text, people, shared_event, gap, m_earlier, m_later)
