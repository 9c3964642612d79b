"""Near-duplicates: MinHash over word shingles, Jaccard or containment."""
from __future__ import annotations

from accord.crossdoc.neardup import NearDuplicateIndex, Signature, link_all, shingles, signature

BODY = ("The foreign ministers of the two countries met in Geneva on Monday to discuss a ceasefire along the "
        "border, officials said. The talks lasted six hours and ended without a joint statement. Both sides "
        "agreed to meet again next month, and the mediators said progress had been made on prisoner exchanges. "
        "Fighting in the region has displaced tens of thousands of people since the spring, aid groups say.")
OTHER = ("A severe storm cut power to thousands of homes across the coastal province overnight, and schools "
         "stayed closed on Tuesday while crews cleared fallen trees from the main roads. Forecasters expect "
         "more rain later in the week, and the regional government has opened shelters in three towns.")


def test_shingles_are_case_folded_word_4grams():
    assert shingles("A b C d e") == {"a b c d", "b c d e"}
    assert shingles("Too short") == {"too short"} and shingles("") == set()


def test_a_light_edit_is_a_near_duplicate_and_another_text_is_not():
    edited = "GENEVA (Wire) - " + BODY.replace("said", "stated") + " Additional reporting by Jane Doe."
    links = link_all([("a", BODY), ("b", edited), ("c", OTHER)])
    assert [(x, y) for x, y, _ in links] == [("b", "a")]
    assert links[0][2] > 0.6


def test_a_copy_cut_short_is_found_by_containment():
    third = ("Elsewhere in the capital, the central bank kept its main interest rate unchanged for a fifth "
             "month, saying inflation had eased but remained above its target, and analysts expect a cut only "
             "after the summer if food and fuel prices keep falling.")
    long = BODY + " " + OTHER + " " + third
    cut = BODY + " " + OTHER[:80]
    index = NearDuplicateIndex()
    index.add("long", signature(long))
    [(key, j)] = index.match(signature(cut))
    assert key == "long" and j < 0.6            # not by Jaccard: by containment


def test_signature_round_trips_through_hex():
    sig = signature(BODY)
    back = Signature.from_hex(sig.to_hex(), sig.size)
    assert back.minhash.jaccard(sig.minhash) == 1.0 and back.size == sig.size
