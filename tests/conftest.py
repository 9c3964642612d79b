"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from accord.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"../shared is missing: expected at {SHARED}")
    return SHARED
