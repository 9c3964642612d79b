import json

from accord.model import Actor, Article, Event, Figure, Quote
from accord.model_io import article_from_dict


def test_article_round_trips_through_json():
    putin = Actor("the Russian leader", "Vladimir Putin", "RUSGOV", "RUS", "head of state")
    art = Article(id="a1", path="in.jsonl#1", published="2023-11-10", text="Putin visited Astana.",
                  events=[Event("a1:e1", "2023-11-09", putin, Actor("Astana", "Kazakhstan", "KAZ", "KAZ"),
                                "042", "04", 1, 1.9, "CONSULT", "occurred", "Putin visited Astana.", (0, 21))],
                  quotes=[Quote("We are allies", putin, "direct", "said", (0, 13))],
                  figures=[Figure("$5 billion", 5e9, "USD", "trade", None, (0, 10))],
                  warnings=["w"])
    back = article_from_dict(json.loads(json.dumps(art.to_dict())))
    assert back.to_dict() == art.to_dict()
    assert back.events[0].source == putin and back.events[0].span == (0, 21)


def test_failed_article_keeps_its_error():
    art = Article(id="b", path="b.txt", error="binary: not text", error_kind="binary")
    back = article_from_dict(art.to_dict())
    assert back.error == art.error and back.error_kind == "binary" and back.events == []
