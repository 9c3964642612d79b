"""`accord serve`: its arguments and the store it refuses."""
from __future__ import annotations

from accord.api.command import sqlite_file_missing
from accord.cli import build_parser, main


def test_serve_arguments_follow_the_contract():
    args = build_parser().parse_args(["serve", "--db", "sqlite:///x.db", "--host", "0.0.0.0", "--port", "8123"])
    assert (args.db, args.host, args.port) == ("sqlite:///x.db", "0.0.0.0", 8123)
    args = build_parser().parse_args(["serve"])
    assert (args.db, args.host, args.port) == (None, "127.0.0.1", 8000)


def test_a_missing_sqlite_store_is_a_usage_error(tmp_path, capsys):
    missing = tmp_path / "nothing.db"
    assert main(["serve", "--db", str(missing)]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not missing.exists()


def test_which_urls_name_a_missing_file(tmp_path):
    (tmp_path / "here.db").write_bytes(b"")
    assert sqlite_file_missing(f"sqlite:///{tmp_path / 'here.db'}") is None
    assert sqlite_file_missing(f"sqlite:///{tmp_path / 'gone.db'}") == str(tmp_path / "gone.db")
    assert sqlite_file_missing("sqlite:///:memory:") is None
    assert sqlite_file_missing("postgresql://u@127.0.0.1:5432/accord") is None
