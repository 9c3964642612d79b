"""Near-duplicate articles: re-posts and syndicated copies of one text under other boilerplate.

MinHash signatures (datasketch) over word 4-gram shingles of the clean text, candidates from an LSH
index, then a check on the estimated overlap. Two texts are near-duplicates when their shingle sets
overlap by Jaccard >= JACCARD, or when the shorter one lies almost wholly inside the longer
(containment >= CONTAINMENT: a wire copy cut after a few paragraphs). Near-duplicates are linked,
never deleted: each keeps its own row, events and outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 4
SEED = 1
# The LSH index is asked for candidates above a lower bar than the final test, so that a copy cut to
# a third of its original (Jaccard ~0.33) still comes up as a candidate for the containment test.
LSH_THRESHOLD = 0.3
JACCARD = 0.5
CONTAINMENT = 0.8
# Containment on very short texts is noise (a one-line brief is "contained" in many articles).
MIN_SHINGLES_FOR_CONTAINMENT = 30

_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-grams of the case-folded text; a text shorter than k words is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@dataclass(slots=True)
class Signature:
    minhash: MinHash
    size: int                   # number of distinct shingles

    def to_hex(self) -> str:
        return self.minhash.hashvalues.astype("<u4").tobytes().hex()

    @classmethod
    def from_hex(cls, value: str, size: int) -> "Signature":
        hv = np.frombuffer(bytes.fromhex(value), dtype="<u4").astype(np.uint64)
        return cls(MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=hv), size)


def signature(text: str) -> Signature:
    sh = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    if sh:
        m.update_batch([s.encode("utf-8") for s in sh])
    return Signature(m, len(sh))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger)."""
    if a.size == 0 or b.size == 0:
        return 0.0, 0.0
    j = a.minhash.jaccard(b.minhash)
    # |A n B| = J (|A| + |B|) / (1 + J)
    inter = j * (a.size + b.size) / (1 + j)
    return j, min(1.0, inter / min(a.size, b.size))


def is_near_duplicate(a: Signature, b: Signature) -> tuple[bool, float]:
    j, c = similarity(a, b)
    if j >= JACCARD:
        return True, j
    if c >= CONTAINMENT and min(a.size, b.size) >= MIN_SHINGLES_FOR_CONTAINMENT:
        return True, j
    return False, j


class NearDuplicateIndex:
    """An LSH index over the signatures seen so far; `match` finds the stored near-duplicates of a text."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.sigs: dict[str, Signature] = {}

    def add(self, key: str, sig: Signature) -> None:
        if key in self.sigs or sig.size == 0:
            return
        self.lsh.insert(key, sig.minhash)
        self.sigs[key] = sig

    def remove(self, key: str) -> None:
        if self.sigs.pop(key, None) is not None:
            self.lsh.remove(key)

    def match(self, sig: Signature) -> list[tuple[str, float]]:
        """Keys of near-duplicates with their estimated Jaccard, most similar first."""
        if sig.size == 0:
            return []
        found = []
        for key in self.lsh.query(sig.minhash):
            if key not in self.sigs:
                continue
            ok, j = is_near_duplicate(sig, self.sigs[key])
            if ok:
                found.append((key, j))
        return sorted(found, key=lambda kv: (-kv[1], kv[0]))


def link_all(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str, float]]:
    """Near-duplicate links among (key, text) pairs taken in order: each text to every earlier one it
    copies. A batch helper for benchmarks and tests; the store uses NearDuplicateIndex incrementally."""
    index = NearDuplicateIndex()
    links = []
    for key, text in texts:
        sig = signature(text)
        for other, j in index.match(sig):
            links.append((key, other, j))
        index.add(key, sig)
    return links


def best_match(index: NearDuplicateIndex, sig: Signature) -> Optional[tuple[str, float]]:
    found = index.match(sig)
    return found[0] if found else None
