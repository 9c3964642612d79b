"""The store on a real SQLite file: idempotent ingest, duplicates, failures, dyad timelines."""
from __future__ import annotations

from accord.analysis import period_of, timeline
from accord.crossdoc.stories import iter_stories
from accord.model import Actor, Article, Event, content_hash
from accord.store.repository import Repository

RUS = Actor("Russia", "Russia", "RUS", "RUS")
UKR = Actor("Ukraine", "Ukraine", "UKR", "UKR")


def event(aid, n, date, cameo, quad, gold, src=RUS, tgt=UKR, status="occurred"):
    return Event(f"{aid}:e{n}", date, src, tgt, cameo, cameo[:2], quad, gold, None, status, "S.", (0, 2))


def article(aid, text, events=(), published="2022-02-24"):
    return Article(id=aid, path=f"{aid}.txt", text=text, published=published, events=list(events))


def test_ingest_is_idempotent_and_links_exact_copies(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    a = article("a", "Russia attacked Ukraine.", [event("a", 1, "2022-02-24", "190", 4, -10.0)])
    assert repo.add_articles([a]) == {"stored": 1, "duplicate": 0, "present": 0, "failed": 0}
    assert repo.add_articles([a]) == {"stored": 0, "duplicate": 0, "present": 1, "failed": 0}
    copy = article("b", "Russia   attacked Ukraine.", [event("b", 1, "2022-02-24", "190", 4, -10.0)], "2022-02-25")
    assert repo.add_articles([copy])["duplicate"] == 1
    assert repo.add_articles([copy])["present"] == 1
    assert repo.count("articles") == 1 and repo.count("events") == 1
    [story] = list(iter_stories(repo))
    assert story.documents == ["a", "b"] and (story.first_date, story.last_date) == ("2022-02-24", "2022-02-25")
    assert story.events == ["a:e1"]


def test_failures_are_kept_and_cleared_when_the_article_succeeds(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    bad = Article(id="x", path="x.txt", error="invalid JSON")
    assert repo.add_articles([bad])["failed"] == 1 and repo.count("failures") == 1
    repo.add_articles([article("x", "Now it reads.")])
    assert repo.count("failures") == 0 and repo.count("articles") == 1


def test_a_new_text_under_the_same_id_replaces_the_old(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    repo.add_articles([article("a", "One.", [event("a", 1, "2022-02-24", "190", 4, -10.0)])])
    repo.add_articles([article("a", "One, corrected.")])
    assert repo.count("articles") == 1 and repo.count("events") == 0


def test_stored_copies_maps_a_stored_text_to_its_article(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    repo.add_articles([article("a", "Russia attacked Ukraine.")])
    same, other = article("b", " Russia  attacked Ukraine. "), article("c", "Ukraine attacked Russia.")
    assert repo.stored_copies([content_hash(same), content_hash(other)]) == {content_hash(same): "a"}


def test_a_copy_whose_original_changed_meanwhile_is_reported_not_stored_empty(tmp_path):
    # Linked as a copy before its batch was stored, then the original's text was replaced: it has no
    # parse, so storing it as an article would store an article with no events.
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    repo.add_articles([article("a", "Russia attacked Ukraine.", [event("a", 1, "2022-02-24", "190", 4, -10.0)])])
    copy = article("b", "Russia attacked Ukraine.")
    copy.copy_of = "a"
    repo.add_articles([article("a", "Russia attacked Ukraine, corrected.")])
    assert repo.add_articles([copy])["failed"] == 1
    assert copy.error_kind == "copy_unresolved" and repo.count("failures") == 1
    assert repo.count("articles") == 1
    copy.copy_of = copy.error = copy.error_kind = None     # the same input ingested again: parsed, stored
    assert repo.add_articles([copy])["stored"] == 1 and repo.count("failures") == 0


def test_timeline_counts_quad_classes_and_goldstein_per_month(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    repo.add_articles([
        article("a", "A.", [event("a", 1, "2022-02-24", "190", 4, -10.0), event("a", 2, "2022-02-25", "042", 1, 1.9),
                            event("a", 3, "2022-03-01", "111", 3, -2.0),
                            event("a", 4, "2022-03-02", "042", 1, 1.9, status="planned"),
                            event("a", 5, "2022", "042", 1, 1.9),
                            event("a", 6, "2022-03-03", "042", 1, 1.9, src=UKR, tgt=RUS)]),
    ])
    rows, coarse = timeline(repo, "RUS", "UKR", by="month")
    assert [r.to_dict() for r in rows] == [
        {"period": "2022-02", "events": 2, "verbal_coop": 1, "material_coop": 0, "verbal_conflict": 0,
         "material_conflict": 1, "goldstein_sum": -8.1, "goldstein_mean": -4.05,
         "relationship_index": -2.025, "index_change": None, "trend": None},        # -8.1 / (2 + 2)
        {"period": "2022-03", "events": 1, "verbal_coop": 0, "material_coop": 0, "verbal_conflict": 1,
         "material_conflict": 0, "goldstein_sum": -2.0, "goldstein_mean": -2.0,
         "relationship_index": -0.667, "index_change": 1.358, "trend": "warming"},  # -2 / (1 + 2)
    ]
    assert coarse == 1                     # the year-only date has no month
    both, _ = timeline(repo, "RUS", "UKR", by="month", both=True)
    assert [r.events for r in both] == [2, 2]


def test_period_of():
    assert period_of("2022-02-24", "week") == "2022-W08"
    assert period_of("2022-02", "day") is None and period_of("2022-02", "year") == "2022"


def test_actors_sentences_and_their_links_are_stored_once(tmp_path):
    from accord.model import Quote

    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    putin = Actor("Putin", "Vladimir Putin", "RUSGOV", "RUS", "head of state")
    a = article("a", "Russia attacked Ukraine. Putin said: war.", [
        event("a", 1, "2022-02-24", "190", 4, -10.0), event("a", 2, "2022-02-24", "173", 4, -5.0)])
    a.quotes = [Quote("war", putin, "direct", "said", (36, 39))]
    b = article("b", "Ukraine criticised Russia.", [event("b", 1, "2022-02-25", "111", 3, -2.0, src=UKR, tgt=RUS)],
                "2022-02-25")
    repo.add_articles([a, b])
    assert repo.count("actors") == 3                      # RUS, UKR, Putin
    assert repo.count("sentences") == 2                   # both events of "a" share one sentence
    assert repo.count("event_sentences") == 3
    [q] = repo.search_quotes(speaker="putin")
    assert q["speaker_actor_id"] and q["article_title"] is None
    assert repo.search_quotes(speaker="RUSGOV") == [q] and repo.search_quotes(speaker="UKR") == []
    assert [r["id"] for r in repo.search_articles("attack Ukraine")] == ["a"]   # stemmed, every word
    assert [r["id"] for r in repo.search_articles("Ukraine")] == ["b", "a"]      # newest first


def test_a_search_without_words_is_a_clear_error(tmp_path):
    import pytest

    repo = Repository(f"sqlite:///{tmp_path / 'a.db'}")
    with pytest.raises(ValueError, match="at least one word"):
        repo.search_articles(" -- ")
    assert repo.search_articles('"unbalanced AND (') == []      # operators are only words here
