"""What an API instance is configured with. One object, so later options (tokens, size limits,
CORS) are fields added here and read by create_app, not new arguments everywhere."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent.parent / "web"


@dataclass
class Settings:
    db_url: str = "sqlite:///accord.db"
    title: str = "Accord"
    default_limit: int = 50          # page size when a request names none
    max_limit: int = 500             # the largest page a request may ask for
    max_query_chars: int = 200       # longest free-text search
    web_dir: Path = WEB_DIR          # the dashboard's static files; None serves the API only
    serve_dashboard: bool = True
    extra: dict = field(default_factory=dict)
