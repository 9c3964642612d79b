"""One score for "do these two articles report the same happening?", from the signals a careful
editor weighs (accord.crossdoc.assign uses it to place an article in a story). It is a logistic model:

    score = bias + w_similarity * similarity
                 + w_missing * missing (the larger of the two headlines' shares)
                 + w_other_instance * other_instance(the two headlines)
                 + SHARED_EVENT_BONUS                   (a shared main event: same two sides, CAMEO root, date)
                 - gap_cost * days apart

and two articles are one story when score >= JOIN (0: a probability of one half).

- similarity: the mean of two TF-IDF cosines (IDF over the store), of the words (rare terms such as
  "prorogation" weigh most) and of the named participants (gazetteer actors and capitalised names,
  accord.crossdoc.participants: sharing "Hurricane Dorian" or "Pedro Pierluisi" counts, sharing "United
  States" hardly);
- missing: for each headline, the IDF-weighted share of its specific participants (those in at most
  SPECIFIC_DF of the articles) that the other article never names; the score weighs the larger of the
  two. A headline names who the happening is about; a report on another storm, another team, another
  candidate names someone the first never does (the same kind of happening with other principals: two
  primaries, two endorsements, two interviews), while a follow-up names the earlier report's principals
  again. (The third revision weighed the two headlines apart, earlier and later; one symmetric signal,
  one weight fewer, cross-validates better: 0.839 -> 0.863, bench/RESULTS.md, issue 7 fourth revision.)
- other_instance (accord.crossdoc.headline): 1 when the two headlines share a frame word ("wins",
  "interviews", "campaign trail") and no specific name, and each names a specific someone or somewhere the other
  does not: the same kind of happening with other principals (primaries in other states, interviews
  of other candidates, monthly round-ups), whose articles name each other's principals in passing, so
  that "missing" stays silent.

The bias and the weights are not set by hand: they are fitted together (L2-regularised logistic
regression) on all 178 hand-labelled pairs of bench/gold/story_pairs*.tsv by `bench/stories_pairs.py
--gold dev heldout blind blind2 --fit --write`, and read from data/story_score.json (which records how).
One safeguard bounds the fit: the bias is at most minus the shared-event bonus (two articles with one
coded event and nothing else in common must not join); a free fit on the hand-picked hard pairs can put
it above 0, which would join any two unrelated articles whose headlines name no one. The figure to
trust is the cross-validation of that whole fit (`--cv 5`: folds of whole happenings), not the
in-sample one. Two signals are set by hand and say why: a shared main event (one labelled pair has
one, too few to fit: a fixed bonus, an offset in the fit), and the days apart. Fitted, the cost per day
came out anywhere from 0 to 0.05 per fold (the labelled follow-ups are weeks apart, the hard negatives
days apart) and cross-validated worse than a fixed cost; without any cost, an article that names an
earlier happening in passing a month later joins its story (tests/crossdoc). So a cost per day,
GAP_COST, is laid on after the fit (0.3 at the 30-day window's edge, accord.crossdoc.assign.MAX_GAP_DAYS);
the model file records it as gap_cost.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from accord.crossdoc import headline, participants as parts
from accord.crossdoc.profile import cosine_weighted, weights

# every signal a pair's Score offers (Score.features); the model file weighs some of them, FEATURES by default
SIGNALS = ("similarity", "missing", "missing_earlier", "missing_later", "other_instance")
FEATURES = ("similarity", "missing", "other_instance")
SHARED_EVENT_BONUS = 0.5
# per day apart, on the score's log-odds scale (see the module doc: a prior, not fitted)
GAP_COST = 0.01
JOIN = 0.0
# "Specific": named in at most this share of the store's articles.
SPECIFIC_DF = 0.15
MODEL_FILE = "data/story_score.json"


@lru_cache(maxsize=1)
def model() -> dict:
    """The fitted weights: {"bias": float, "weights": {feature: float}, ...} (data/story_score.json)."""
    m = json.loads(resources.files("accord.crossdoc").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    unknown = set(m["weights"]) - set(SIGNALS)
    if unknown:
        raise ValueError(f"{MODEL_FILE} weighs unknown signals {sorted(unknown)}")
    return m


@dataclass(slots=True)
class Profile:
    """An article's comparable parts under one IDF: weighted word and participant vectors, the
    participant keys of its headline, and the words that can confirm a participant is named."""
    words: tuple[dict[str, float], float]
    people: tuple[dict[str, float], float]
    headline: tuple[str, ...]
    named: frozenset[str]
    frame: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())   # headline names, frame words


def make_profile(terms: dict[str, int], idf, default_idf: float) -> Profile:
    words, people, head = parts.split(terms)
    named = set(words)
    for k in people:
        named.add(k[1:])
        named.update(k[1:].split(":")[-1].split())
    return Profile(weights(words, idf, default_idf), weights(people, idf, default_idf),
                   tuple(sorted(h[1:] for h in head)), frozenset(named), headline.split(terms))


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
    other_instance: float = 0.0

    def features(self) -> dict[str, float]:
        return {"similarity": (self.text + self.people) / 2,
                "missing": max(self.miss_earlier, self.miss_later),
                "missing_earlier": self.miss_earlier, "missing_later": self.miss_later,
                "other_instance": self.other_instance}

    def explain(self) -> str:
        return (f"score {self.value:.2f} (text {self.text:.2f}, participants {self.people:.2f}"
                f"{', shared event' if self.shared_event else ''}, {self.gap:.0f} days apart"
                f"{f', earlier headline missing {self.miss_earlier:.2f}' if self.miss_earlier else ''}"
                f"{f', later headline missing {self.miss_later:.2f}' if self.miss_later else ''}"
                f"{', headlines of one kind with other names' if self.other_instance else ''})")


def combine(features: dict[str, float], shared_event: bool, m: dict | None = None) -> float:
    """The model's score (log-odds of "same happening") for one pair's features."""
    m = m or model()
    return (m["bias"] + sum(w * features[f] for f, w in m["weights"].items())
            + (SHARED_EVENT_BONUS if shared_event else 0.0))


def measure(mine: Profile, other: Profile, gap: float, mine_is_later: bool, shared_event: bool,
            idf, spec_idf: float) -> Score:
    """The pair's signals, not yet weighed (value 0): what the fit and the score read."""
    text = cosine_weighted(mine.words, other.words)
    people = cosine_weighted(mine.people, other.people)
    earlier, later = (other, mine) if mine_is_later else (mine, other)
    return Score(0.0, text, people, shared_event, gap, missing(earlier, later, idf, spec_idf),
                 missing(later, earlier, idf, spec_idf), headline.other_instance(mine.frame, other.frame, idf, spec_idf))


def score(mine: Profile, other: Profile, gap: float, mine_is_later: bool, shared_event: bool,
          idf, spec_idf: float, m: dict | None = None) -> Score:
    """The pair's signals weighed by the model `m` (default: data/story_score.json; the benchmark's
    cross-validation passes each fold's own fit)."""
    sc = measure(mine, other, gap, mine_is_later, shared_event, idf, spec_idf)
    m = m or model()
    sc.value = combine(sc.features(), shared_event, m) - m.get("gap_cost", GAP_COST) * gap
    return sc
