"""docs/output.md must name every command, option and output field the code has."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from accord.cli import build_parser
from accord.model import Actor, Article, Event, Figure, Quote, Story

DOC = (Path(__file__).resolve().parent.parent / "docs" / "output.md").read_text(encoding="utf-8")


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices.items()


@pytest.mark.parametrize("name, sub", list(subcommands()))
def test_every_command_and_option_is_documented(name, sub):
    assert f"`accord {name}" in DOC
    for action in sub._actions:
        for opt in action.option_strings:
            if opt.startswith("--") and opt != "--help":
                assert re.search(rf"`accord {name}[^`]*{re.escape(opt)}", DOC), f"{name} {opt}"


@pytest.mark.parametrize("record", [
    Article(id="a", path="p"),
    Event("e", None, None, None, "042", "04", 1, 1.9, "CONSULT", "occurred", "S.", (0, 2)),
    Quote("q", None, "direct", "said", (0, 1)),
    Figure("1%", 1.0, "%", None, None, (0, 2)),
    Story("s", None, [], None, None),
    Actor("x"),
])
def test_every_output_field_is_documented(record):
    for field in record.to_dict():
        assert f'"{field}"' in DOC or f"`{field}`" in DOC, field
