"""One frozen options object, built once from the CLI or the caller and passed down."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    batch_size: int = 32          # articles per spaCy nlp.pipe batch
    max_chars: int = 200_000      # longer clean texts are cut, with a warning, to bound memory
    min_language_chars: int = 40  # shorter texts are not language-checked (too little evidence)
