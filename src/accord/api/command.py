"""`accord serve`: the API and the dashboard over a store (registered by accord.cli).

Kept apart from cli.py so that the web stack (FastAPI, uvicorn) is imported only when serving.
"""
from __future__ import annotations

import sys
from pathlib import Path


def add_serve_command(sub) -> None:
    sp = sub.add_parser("serve", help="REST API (OpenAPI at /docs) and the web dashboard over a store")
    sp.add_argument("--db", help="database URL (default sqlite:///accord.db) or a SQLite file path")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sp.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sp.set_defaults(func=cmd_serve)


def sqlite_file_missing(url: str) -> str | None:
    """The path of a SQLite store URL whose file does not exist: serving it would create an
    empty store and show an empty dashboard, which is never what was meant."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return None if Path(u.database).exists() else u.database


def cmd_serve(args) -> int:
    from accord.cli import _db_url
    from accord.store.repository import DEFAULT_URL

    url = _db_url(args.db) or DEFAULT_URL
    missing = sqlite_file_missing(url)
    if missing:
        print(f"accord serve: no store at {missing}: run `accord ingest PATH --db {url}` first "
              f"(or `make demo` for demo.db)", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print(f"accord serve: --port {args.port} is not a port (1-65535)", file=sys.stderr)
        return 2
    from accord.api import create_app
    from accord.api.server import serve

    app = create_app(url)
    print(f"accord serve: {url} -> dashboard http://{args.host}:{args.port}/ , "
          f"API docs http://{args.host}:{args.port}/docs", file=sys.stderr)
    serve(app, host=args.host, port=args.port)
    return 0
