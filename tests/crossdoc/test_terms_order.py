"""The stored term vector of an article is the same text whatever Python's string-hash seed."""
import json
import os
import subprocess
import sys

ART = {"title": "Hurricane Dorian leaves trail of destruction in the Bahamas as Trump cancels Poland visit",
       "text": ("Hurricane Dorian struck the Bahamas on Sunday. Prime Minister Hubert Minnis said the damage on "
                "Abaco was unprecedented. The United States Coast Guard and the Red Cross sent help, while "
                "President Donald Trump cancelled a visit to Poland and Vladimir Putin sent condolences.")}

CODE = ("import json, sys; from accord.crossdoc.assign import article_terms; "
        "print(json.dumps(article_terms(json.loads(sys.argv[1])), ensure_ascii=False))")


def terms_with_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", CODE, json.dumps(ART)], env=env, check=True,
                          capture_output=True, text=True).stdout


def test_the_term_vector_does_not_follow_the_hash_seed():
    runs = {terms_with_seed(seed) for seed in ("1", "2", "3")}
    assert len(runs) == 1
    terms = json.loads(runs.pop())
    assert any(k.startswith("@") for k in terms) and any(k.startswith("~") for k in terms)
    assert list(terms) == sorted(terms)
