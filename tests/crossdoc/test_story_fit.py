"""bench/stories_pairs.py --fit, the command data/story_score.json records as how it was made, runs
end to end on pairs and gives a model the placing reads (the feature extraction is stubbed out: what
is checked is the command's own wiring and the fit)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import stories_pairs  # noqa: E402  (bench/ is not a package)

from accord.crossdoc import similarity  # noqa: E402


def pairs():
    out = []
    for i in range(40):
        same = i % 4 == 0
        out.append({"id_a": f"a{i}", "id_b": f"b{i}", "label": "same" if same else "different",
                    "gap": float(i % 7), "shared_event": False,
                    "features": {"similarity": (0.6 if same else 0.15) + 0.01 * (i % 5),
                                 "missing": 0.0 if same else 0.5 + 0.1 * (i % 3),
                                 "missing_earlier": 0.0, "missing_later": 0.0,
                                 "other_instance": 0.0 if same else float(i % 2)}})
    return out


def test_fit_command_prints_a_model_the_score_reads(monkeypatch, capsys):
    monkeypatch.setattr(stories_pairs, "processed_articles", lambda shared, gold, extracted: ([], [], 0.0))
    monkeypatch.setattr(stories_pairs, "pair_features", lambda gold, processed: pairs())
    monkeypatch.setattr(stories_pairs, "read_golds", lambda paths: [])
    assert stories_pairs.main(["--gold", "dev", "--fit"]) == 0
    m = json.loads(capsys.readouterr().out)
    assert set(m["weights"]) == set(similarity.FEATURES)
    assert m["weights"]["similarity"] > 0 > m["weights"]["missing"]
    assert m["train_pairwise_accuracy"] == 1.0 and m["pairs"] == 40
    assert m["command"] == "bench/stories_pairs.py --gold dev --fit --write"
    # the printed model is one the placing's score takes
    assert similarity.combine(pairs()[0]["features"], False, m) > similarity.combine(pairs()[1]["features"], False, m)
