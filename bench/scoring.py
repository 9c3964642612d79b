"""Pure scoring functions shared by the benchmark scripts (no I/O, no Accord imports).

Text extraction (AEB): 4-gram shingles over ``\\w+`` tokens, per-page precision and recall, macro means over
pages, F1 of the two means; empty outputs are treated as the benchmark's own evaluate.py treats them.

Events: gold and predicted events reduced to (source key, target key, type); see ``actor_key``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import mean
from typing import Iterable, Optional, Sequence

# --- text extraction ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter:
    """Multiset of n-grams of \\w+ tokens; a text shorter than n tokens is one shingle; "" has none."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def page_counts(gold: str | None, pred: str | None) -> tuple[int, int, int]:
    """(true positive, false positive, false negative) shingle counts of one page."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def page_precision(tp: int, fp: int, fn: int) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def page_recall(tp: int, fp: int, fn: int) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def extraction_scores(counts: Sequence[tuple[int, int, int]]) -> dict:
    """Macro precision over pages with a non-empty output, macro recall over pages with a non-empty gold,
    F1 of the two means: exactly the benchmark's evaluate.py. An empty output therefore lowers recall
    only; ``empty_outputs`` says how many there were."""
    precisions = [page_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [page_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = mean(precisions) if precisions else 0.0
    r = mean(recalls) if recalls else 0.0
    return {"pages": len(counts), "precision": p, "recall": r, "f1": f1(p, r),
            "empty_outputs": sum(1 for c in counts if c[0] + c[1] == 0)}


def f1(p: float | None, r: float | None) -> float | None:
    """Harmonic mean of precision and recall; None when one is undefined, unless the other is 0."""
    if p is None or r is None:
        return 0.0 if 0.0 in (p, r) else None
    return 2 * p * r / (p + r) if p + r else 0.0


# --- events: actor keys ---------------------------------------------------------------------------------

# CAMEO country codes that differ from ISO 3166-1 alpha-3, plus three misspellings in the PLOVER gold
# records (ITL, JAP, VTN). Yugoslavia and Serbia-and-Montenegro go to Serbia, as the PLOVER coders code them.
CAMEO_TO_ISO = {
    "ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "KSV": "XKX", "KOS": "XKX", "YUG": "SRB", "SCG": "SRB",
    "ITL": "ITA", "JAP": "JPN", "VTN": "VNM",
}
# First three letters of a non-state international actor (CAMEO.type.txt): the organisation, not a country.
INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"}
# Domestic role/sector codes (CAMEO.type.txt, Phoenix.agents.txt): at the end of an international
# actor's code they only say which part of the organisation acted ("IGOUNOMIL": UN troops).
AGENTS = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
    "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PPL", "PTY",
}
UNKNOWN = "---"


def actor_key(code: str | None) -> str | None:
    """What a gold or predicted actor code is compared by: its country (ISO alpha-3) or what stands in for one.

    "USAMIL" -> "USA"; "ROM" -> "ROU"; "IGOUNO", "IGOUNOMIL" -> "IGOUNO" (an international actor is its
    organisation, role suffixes dropped); "---REB" -> "REB" and "REB" -> "REB" (no country: the role);
    "---", "" and None -> None (no actor). Region codes ("WSTMIL" -> "WST") count as countries, as
    Actor.country does."""
    code = (code or "").strip().upper()
    if code.startswith(UNKNOWN):
        code = code[len(UNKNOWN):]
    if not code:
        return None
    head = code[:3]
    if head in INTERNATIONAL:
        while len(code) > 3 and code[-3:] in AGENTS:
            code = code[:-3]
        return code
    # A country, a region, or for an actor without a country its role ("REB"): the first three letters.
    return CAMEO_TO_ISO.get(head, head)


def predicted_key(country: str | None, code: str | None) -> str | None:
    """Key of a predicted actor: from Actor.country, or from Actor.code when the country is None."""
    return actor_key(country) if country else actor_key(code)


def keys_match(gold: str | None, pred: str | None, pred_code: str | None = None) -> bool:
    """A gold actor the coders left out (None) matches anything; a bare international type in the gold
    ("IGO", as the PLOVER records write every organisation) matches any actor of that type; a gold role
    with no country ("---REB", "---LEG": rebels or a legislature whose country the coder did not give)
    matches a predicted actor in that role, with or without a country ("SYRREB", "USALEG")."""
    if gold is None:
        return True
    if gold in INTERNATIONAL:
        return pred is not None and pred.startswith(gold)
    if gold in AGENTS and pred_code:
        code = pred_code.upper()
        return gold == pred or gold in (code[i:i + 3] for i in range(3, len(code) - 2, 3))
    return gold == pred


# --- events: matching and scores ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: Optional[str]   # actor_key of the gold source code; None when the gold leaves it out
    target: Optional[str]
    code: str               # full CAMEO code ("042") or PLOVER type ("CONSULT")


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    source: Optional[str]   # predicted_key of the source actor
    target: Optional[str]
    cameo: str
    root: str
    plover: Optional[str]
    source_code: Optional[str] = None   # the actors' full codes, for gold roles without a country
    target_code: Optional[str] = None


def type_matches(gold: GoldEvent, pred: PredictedEvent, level: str) -> bool:
    if level == "root":
        return gold.code[:2] == (pred.root or pred.cameo[:2])
    if level == "code":
        return gold.code == pred.cameo
    if level == "plover":
        return gold.code == pred.plover
    raise ValueError(f"unknown level {level!r}")


def event_matches(gold: GoldEvent, pred: PredictedEvent, level: str) -> bool:
    return (type_matches(gold, pred, level) and keys_match(gold.source, pred.source, pred.source_code)
            and keys_match(gold.target, pred.target, pred.target_code))


def event_scores(sentences: Iterable[tuple[Sequence[GoldEvent], Sequence[PredictedEvent]]], level: str) -> dict:
    """Micro precision (matched predicted / predicted) and recall (found gold / gold) over sentences;
    a prediction is matched when it matches some gold event of its own sentence, and vice versa."""
    gold_n = pred_n = found = matched = 0
    for gold, pred in sentences:
        gold_n += len(gold)
        pred_n += len(pred)
        found += sum(1 for g in gold if any(event_matches(g, p, level) for p in pred))
        matched += sum(1 for p in pred if any(event_matches(g, p, level) for g in gold))
    p = matched / pred_n if pred_n else None
    r = found / gold_n if gold_n else None
    return {"gold_events": gold_n, "predicted_events": pred_n, "matched_predicted": matched,
            "found_gold": found, "precision": p, "recall": r, "f1": f1(p, r)}


def print_systems(results: dict) -> None:
    """The extraction benchmarks' table: one row per system."""
    print(f"{'system':<48} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8} {'empty':>6}")
    for name, r in results.items():
        print(f"{name:<48} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
              f"{r['pages_per_s']:>8.1f} {r['empty_outputs']:>6}")
