"""The incremental cross-document pass on a real SQLite store, with hand-built articles (no model)."""
from __future__ import annotations

import math

import pytest

from accord.crossdoc.assign import update
from accord.crossdoc.stories import canonical_events, iter_stories
from accord.model import Actor, Article, Event
from accord.store.repository import Repository

PUTIN = Actor("Vladimir Putin", "Vladimir Putin", "RUSGOV", "RUS", "head of state")
KAZ = Actor("Kazakhstan", "Kazakhstan", "KAZ", "KAZ")

VISIT_A = ("Russian President Vladimir Putin visited Kazakhstan on Thursday for talks in Astana on energy, gas "
           "supplies and trade.\nThe Kremlin said agreements on a coal power plant were signed during the visit.")
VISIT_B = ("Vladimir Putin arrived in Astana on Thursday for talks on gas supplies, energy and trade with "
           "Kazakhstan.\nAgreements on building a coal power plant were signed, officials said.")
STORM = ("A storm cut power to thousands of homes across the coastal province overnight, and schools stayed "
         "closed while crews cleared fallen trees from the roads.")


def visit(aid, sentence_end, cameo="042", date="2023-11-09", status="occurred", start=0):
    return Event(f"{aid}:e1", date, PUTIN, KAZ, cameo, cameo[:2], 1, 1.9, "CONSULT", status,
                 "Putin visited Kazakhstan on Thursday.", (start, sentence_end))


def art(aid, text, published, events=(), outlet=None):
    return Article(id=aid, path=f"{aid}.txt", text=text, published=published, events=list(events), outlet=outlet)


def test_two_reports_one_story_one_merged_event(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 's.db'}")
    repo.add_articles([art("a", VISIT_A, "2023-11-09", [visit("a", 80)], "Wire"),
                       art("b", VISIT_B, "2023-11-10", [visit("b", 80, "046")], "Daily"),
                       art("storm", STORM, "2023-11-10")])
    assert update(repo) == {"articles": 3, "stories": 2, "near_duplicates": 0, "inferred_dates": 0}
    assert update(repo)["articles"] == 0                         # nothing new: nothing to do
    by_first = {s.documents[0]: s for s in iter_stories(repo)}
    assert by_first["a"].documents == ["a", "b"] and by_first["storm"].documents == ["storm"]
    first, joined = by_first["a"].placements           # why each article is in its story
    assert first == {"document": "a", "score": None, "reason": "first article of the story"}
    assert joined["document"] == "b" and joined["score"] > 0 and joined["reason"].endswith(" with a")
    [merged] = by_first["a"].merged_events
    assert (merged["root"], merged["date"], merged["mentions"], merged["articles"], merged["outlets"]) == \
        ("04", "2023-11-09", 2, 2, 2)
    assert [s["article"] for s in merged["sentences"]] == ["a", "b"]


def test_same_countries_months_apart_and_a_second_ingest(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 's.db'}")
    repo.add_articles([art("a", VISIT_A, "2023-11-09", [visit("a", 80)])])
    update(repo)
    later = art("later", VISIT_B, "2024-05-08", [visit("later", 80, date="2024-05-08")])
    repost = art("repost", "ASTANA (Wire) - " + VISIT_A + "\nRepublished with permission.", None,
                 [visit("repost", 80, date=None)])
    repo.add_articles([later, repost])
    counts = update(repo)
    assert counts == {"articles": 2, "stories": 1, "near_duplicates": 1, "inferred_dates": 1}
    by_first = {s.documents[0]: s for s in iter_stories(repo)}
    assert by_first["a"].documents == ["a", "repost"] and by_first["later"].documents == ["later"]
    [inferred] = by_first["a"].inferred_dates
    assert inferred["published"] == "2023-11-09" and inferred["events"] == {"repost:e1": "2023-11-09"}
    [merged] = by_first["a"].merged_events
    assert merged["articles"] == 2 and merged["date"] == "2023-11-09"
    assert len(canonical_events(repo)) == 2


def test_a_mention_in_passing_does_not_join_the_story(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 's.db'}")
    border = ("Uzbekistan and Kazakhstan agreed on Wednesday to open three new border crossings for lorries, "
              "officials in Tashkent said.\nCustoms checks will be simplified next spring.\nThe deal came a "
              "month after Putin visited Kazakhstan on November 9.")
    repo.add_articles([art("a", VISIT_A, "2023-11-09", [visit("a", 80)]),
                       art("border", border, "2023-12-06", [visit("border", len(border), start=180)])])
    by_first = {s.documents[0]: s for s in iter_stories(repo)}
    assert set(by_first) == {"a", "border"}
    # ... but the happening it mentions is the same canonical event, across the two stories.
    [merged] = by_first["a"].merged_events
    assert merged["articles"] == 2 and len(merged["stories"]) == 2


def test_the_same_pass_on_postgresql(postgres_url):
    """The crossdoc tables and queries are portable: the incremental pass on a real PostgreSQL server."""
    repo = Repository(postgres_url)
    try:
        repo.add_articles([art("a", VISIT_A, "2023-11-09", [visit("a", 80)], "Wire")])
        assert update(repo)["stories"] == 1
        repo.add_articles([art("b", VISIT_B, "2023-11-10", [visit("b", 80, "046")], "Daily"),
                           art("repost", "ASTANA (Wire) - " + VISIT_A, None, [visit("repost", 80, date=None)])])
        assert update(repo) == {"articles": 2, "stories": 0, "near_duplicates": 1, "inferred_dates": 1}
        [story] = list(iter_stories(repo))
        assert story.documents == ["a", "repost", "b"]      # by date, the inferred one too
        [merged] = story.merged_events
        assert (merged["articles"], merged["outlets"], merged["date"]) == (3, 2, "2023-11-09")
    finally:
        repo.engine.dispose()


def test_a_corrected_article_is_placed_again(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 's.db'}")
    repo.add_articles([art("a", VISIT_A, "2023-11-09", [visit("a", 80)])])
    update(repo)
    repo.add_articles([art("a", STORM, "2023-11-09")])             # same id, new text
    assert update(repo)["articles"] == 1
    [story] = list(iter_stories(repo))
    assert story.documents == ["a"] and story.merged_events == []


FILLERS = [
    "The central bank of Chile held its interest rate at four percent on Tuesday, citing slowing inflation.",
    "Farmers in Kenya's Rift Valley began the maize harvest early after a dry spell, officials in Nakuru said.",
    "A new bridge across the Danube opened to traffic in Budapest after three years of building work.",
    "Scientists at the University of Tokyo reported a battery that charges in two minutes.",
    "The football club Ajax appointed a new coach on Monday after a run of six defeats.",
    "Wildfires near Athens forced hundreds of residents to leave their homes overnight.",
    "Norway's sovereign fund reported record returns on its equity holdings for the first half.",
    "A strike by rail workers in France cancelled most trains between Paris and Lyon on Thursday.",
]


def test_a_follow_up_in_other_words_joins_and_another_storm_stays_apart(tmp_path):
    """The named participants decide: the aftermath names Hurricane Dorian again in other words; the
    next storm is worded alike but names another hurricane the first report never does."""
    landfall = ("Hurricane Dorian made landfall on Great Abaco in the Bahamas on Sunday as a Category 5 storm "
                "with sustained winds of 185 miles per hour, the National Hurricane Center said.")
    aftermath = ("Prime Minister Hubert Minnis said on Thursday that Hurricane Dorian left the Abaco islands of "
                 "the Bahamas in ruins, with thousands of homes destroyed and the death toll still rising.")
    humberto = ("Hurricane Humberto strengthened on Monday with sustained winds of 90 miles per hour, the National "
                "Hurricane Center said, as the storm turned towards Bermuda.")
    repo = Repository(f"sqlite:///{tmp_path / 's.db'}")
    titled = [Article(id="landfall", path="l.txt", text=landfall, published="2019-09-01",
                      title="Hurricane Dorian makes landfall in the Bahamas"),
              Article(id="aftermath", path="a.txt", text=aftermath, published="2019-09-05",
                      title="Dorian leaves the Abaco islands in ruins"),
              Article(id="humberto", path="h.txt", text=humberto, published="2019-09-16",
                      title="Humberto strengthens to a hurricane near Bermuda")]
    repo.add_articles([art(f"f{i}", t, "2019-08-20") for i, t in enumerate(FILLERS)] + titled)
    update(repo)
    story = {s.documents[0]: s.documents for s in iter_stories(repo)}
    assert story["landfall"] == ["landfall", "aftermath"] and story["humberto"] == ["humberto"]


VISIT_C = ("In Astana, Vladimir Putin and the leaders of Kazakhstan held talks on trade, gas supplies and energy "
           "on Friday.\nA coal power plant agreement was signed there, the Kremlin said.")


def test_a_story_spans_at_most_the_window(tmp_path):
    # three reports of one visit-like happening, each 20 days after the last: the second joins the first,
    # the third is within 30 days of the second but not of the story's first article: a story of its own
    repo = Repository(f"sqlite:///{tmp_path / 's.db'}")
    repo.add_articles([art("a", VISIT_A, "2023-11-01"), art("b", VISIT_B, "2023-11-21"),
                       art("c", VISIT_C, "2023-12-11")])
    update(repo)
    docs = sorted(s.documents for s in iter_stories(repo))
    assert docs == [["a", "b"], ["c"]]


def test_the_placing_weighs_with_the_score_model_it_is_given(tmp_path):
    # bench/stories_pairs.py --cv places each fold with its own fit: the model passed is the one used
    docs = {}
    for name, bias in (("never", -50.0), ("always", 50.0)):
        repo = Repository(f"sqlite:///{tmp_path / (name + '.db')}")
        repo.add_articles([art("a", VISIT_A, "2023-11-09"), art("b", VISIT_B, "2023-11-10"),
                           art("storm", STORM, "2023-11-10")])
        update(repo, score_model={"bias": bias, "weights": {}, "gap_cost": 0.0})
        docs[name] = sorted(s.documents for s in iter_stories(repo))
    assert docs["never"] == [["a"], ["b"], ["storm"]]
    assert docs["always"] == [["a", "b", "storm"]]


# Every comparison scores -0.4 under this model (no signal weighed): below JOIN, so only the prior for a
# story still running (assign.active_bonus, +log 2 for two reports this week) can make an article join.
FLAT = {"bias": -0.4, "weights": {}, "gap_cost": 0.0}
REPOST = "ASTANA (Wire) - " + VISIT_A + "\nRepublished with permission."


def placed(tmp_path, name, articles):
    repo = Repository(f"sqlite:///{tmp_path / (name + '.db')}")
    repo.add_articles(articles)
    update(repo, score_model=FLAT)
    return sorted(s.documents for s in iter_stories(repo))


def test_a_story_running_this_week_draws_a_follow_up_that_shares_its_wording(tmp_path):
    # the original and its re-post (a near-duplicate: one story of two reports), then within the week a
    # report in other words (joins), and an unrelated storm the same day (shares no wording: stays apart)
    assert placed(tmp_path, "week", [art("a", VISIT_A, "2023-11-09"), art("repost", REPOST, "2023-11-09"),
                                     art("b", VISIT_B, "2023-11-12"), art("storm", STORM, "2023-11-12")]) == \
        [["a", "repost", "b"], ["storm"]]


def test_no_prior_for_a_story_of_one_report_or_reports_older_than_the_week(tmp_path):
    assert placed(tmp_path, "one", [art("a", VISIT_A, "2023-11-09"), art("b", VISIT_B, "2023-11-12")]) == \
        [["a"], ["b"]]
    assert placed(tmp_path, "old", [art("a", VISIT_A, "2023-11-09"), art("repost", REPOST, "2023-11-09"),
                                    art("b", VISIT_B, "2023-11-20")]) == [["a", "repost"], ["b"]]


def test_the_prior_needs_shared_wording_and_no_other_instance():
    from accord.crossdoc.assign import ACTIVE_CAP, active_bonus
    from accord.crossdoc.similarity import Score
    worded = Score(0.0, 0.3, 0.2, False, 1.0, 0.0, 0.0)
    assert active_bonus(2, worded, False) == pytest.approx(math.log(2))
    assert active_bonus(9, worded, False) == pytest.approx(math.log(ACTIVE_CAP))
    assert active_bonus(1, worded, False) == 0.0
    assert active_bonus(3, worded, True) == 0.0                     # the next primary, another storm
    assert active_bonus(3, Score(0.0, 0.05, 0.0, False, 1.0, 0.0, 0.0), False) == 0.0
