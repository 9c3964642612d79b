"""The one "same happening" score of accord.crossdoc.similarity, on hand-made profiles."""
from __future__ import annotations

import pytest

from accord.crossdoc import similarity as sim

IDF = {"@hurricane dorian": 4.0, "@hurricane humberto": 4.0, "@c:bhs": 4.0, "@c:usa": 1.2,
       "storm": 2.0, "bahamas": 3.0, "landfall": 3.0, "winds": 2.0, "damage": 2.0}
SPEC = 3.0


def prof(terms):
    return sim.make_profile(terms, IDF, 4.0)


DORIAN = prof({"storm": 3, "bahamas": 2, "landfall": 1, "@hurricane dorian": 3, "@c:bhs": 2, "@c:usa": 1,
               "^hurricane dorian": 1, "^c:bhs": 1})
AFTERMATH = prof({"damage": 3, "bahamas": 2, "storm": 1, "@hurricane dorian": 2, "@c:bhs": 2,
                  "^hurricane dorian": 1})
HUMBERTO = prof({"storm": 3, "winds": 2, "bahamas": 1, "@hurricane humberto": 3, "@c:usa": 1,
                 "^hurricane humberto": 1})


def test_a_follow_up_naming_the_same_storm_scores_above_the_bar():
    s = sim.score(AFTERMATH, DORIAN, 4, True, False, IDF, SPEC)
    assert s.value >= sim.JOIN and s.miss_earlier == 0.0 and s.miss_later == 0.0


def test_another_storm_is_kept_apart_though_the_wording_is_alike():
    s = sim.score(HUMBERTO, DORIAN, 4, True, False, IDF, SPEC)
    assert s.miss_earlier == 1.0 and s.miss_later == 1.0 and s.value < sim.JOIN


def test_the_score_is_the_fitted_model_over_the_features():
    m = sim.model()
    s = sim.score(HUMBERTO, DORIAN, 4, True, False, IDF, SPEC)
    f = s.features()
    # the model weighs the signals it names (since the fourth revision: one symmetric "missing")
    assert set(m["weights"]) == set(sim.FEATURES) and set(m["weights"]) <= set(f) == set(sim.SIGNALS)
    assert f["similarity"] == pytest.approx((s.text + s.people) / 2)
    assert f["missing"] == max(s.miss_earlier, s.miss_later)
    assert s.value == pytest.approx(m["bias"] + sum(m["weights"][k] * f[k] for k in sim.FEATURES) - 4 * m["gap_cost"])
    # the signs an editor expects: alike reports join, a principal named by one headline only keeps apart
    assert m["weights"]["similarity"] > 0 and m["weights"]["missing"] < 0 and m["weights"]["other_instance"] < 0
    # the safeguard of the fit: nothing in common but a shared main event does not join
    assert m["bias"] + sim.SHARED_EVENT_BONUS <= sim.JOIN
    assert m["pairs"] >= 178 and m["gap_cost"] == sim.GAP_COST


def test_days_apart_and_a_shared_event_move_the_score():
    near = sim.score(AFTERMATH, DORIAN, 1, True, False, IDF, SPEC).value
    far = sim.score(AFTERMATH, DORIAN, 25, True, False, IDF, SPEC).value
    shared = sim.score(AFTERMATH, DORIAN, 25, True, True, IDF, SPEC).value
    assert far == pytest.approx(near - 24 * sim.model()["gap_cost"]) and shared == pytest.approx(far + sim.SHARED_EVENT_BONUS)


def test_a_participant_is_named_by_its_last_word_too():
    assert sim.names(prof({"humberto": 1}), "tropical storm humberto")
    assert not sim.names(prof({"storm": 1}), "tropical storm humberto")


def test_specific_means_rare_in_the_store():
    assert sim.specific_idf(1000) == pytest.approx(2.897, abs=0.01)   # named in 15% of the articles
