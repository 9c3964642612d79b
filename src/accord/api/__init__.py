"""The REST API and the dashboard server: `create_app(db_url)` (see app.py)."""
from accord.api.app import create_app
from accord.api.settings import Settings

__all__ = ["create_app", "Settings"]
