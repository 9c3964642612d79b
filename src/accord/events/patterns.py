"""Verb patterns: which CAMEO code a verb with its arguments expresses.

Two data files: verbs_petrarch.tsv (derived from PETRARCH-2's dictionary by
scripts/build_verbs.py) and verbs_accord.tsv (Accord's own additions and corrections, which
win). A row is (verb lemma, preposition, argument head noun, code); an empty code in
verbs_accord.tsv removes a PETRARCH row that over-codes. A noun written "&class" stands for every
noun of that class in noun_classes.tsv ("give &aid": a grant, a loan, relief, funds), as PETRARCH's
synsets do: one row per verb and class instead of one per noun.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from accord.events.ontology import data_rows


@dataclass(frozen=True, slots=True)
class VerbTable:
    default: dict[str, str]                        # lemma -> code
    objects: dict[tuple[str, str], str]            # (lemma, object noun) -> code
    preps: dict[tuple[str, str, str], str]         # (lemma, prep, noun) -> code
    prep_only: dict[tuple[str, str], str]          # (lemma, prep) -> code
    lemmas: frozenset[str]                         # every verb with some code: the cheap cue test

    def code_for(self, lemma: str, obj: str | None, preps: list[tuple[str, str]]) -> str | None:
        return self.match(lemma, obj, preps)[0]

    def match(self, lemma: str, obj: str | None, preps: list[tuple[str, str]]) -> tuple[str | None, str]:
        """(code, what matched): most specific first, a prepositional ('prep') or object
        ('object') pattern, then a bare preposition ('prep_only'), then the verb's 'default'."""
        for prep, noun in preps:
            code = self.preps.get((lemma, prep, noun))
            if code is not None:
                return code or None, "prep"
        if obj is not None:
            code = self.objects.get((lemma, obj))
            if code is not None:
                return code or None, "object"
        for prep, _ in preps:
            code = self.prep_only.get((lemma, prep))
            if code is not None:
                return code or None, "prep_only"
        return self.default.get(lemma) or None, "default"

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.lemmas


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in data_rows("noun_classes.tsv"):
        out.setdefault(r["class"], []).append(r["noun"])
    return out


@lru_cache(maxsize=1)
def verb_table() -> VerbTable:
    default: dict[str, str] = {}
    objects: dict[tuple[str, str], str] = {}
    preps: dict[tuple[str, str, str], str] = {}
    prep_only: dict[tuple[str, str], str] = {}
    own: set = set()       # keys verbs_accord.tsv names itself: a class row does not override them
    for name in ("verbs_petrarch.tsv", "verbs_accord.tsv"):   # later file overrides
        for r in data_rows(name):
            lemma, prep, noun, code = r["lemma"], r["prep"] or "", r["noun"] or "", r["code"] or ""
            if noun.startswith("&"):
                # a class fills in its nouns; a row that names the noun itself keeps its own code
                # (over PETRARCH's rows, plural spellings included: "expel diplomats")
                table = preps if prep else objects
                for n in noun_classes()[noun[1:]]:
                    # the plural too: the object is looked up as written before its lemma
                    # ("doses", which the model lemmatizes as "dos")
                    for form in (n, n + "s", n + "es"):
                        key = (lemma, prep, form) if prep else (lemma, form)
                        if key not in own and (form != n + "es" or key in table):
                            table[key] = code
            elif prep and noun:
                preps[(lemma, prep, noun)] = code
                if name == "verbs_accord.tsv":
                    own.add((lemma, prep, noun))
            elif prep:
                prep_only[(lemma, prep)] = code
            elif noun:
                objects[(lemma, noun)] = code
                if name == "verbs_accord.tsv":
                    own.add((lemma, noun))
            else:
                default[lemma] = code
    lemmas = frozenset(
        [k for k, c in default.items() if c] + [k[0] for k, c in objects.items() if c]
        + [k[0] for k, c in preps.items() if c] + [k[0] for k, c in prep_only.items() if c])
    return VerbTable(default, objects, preps, prep_only, lemmas)
