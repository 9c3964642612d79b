"""API fixtures: the same real Wikinews articles (tests/conftest.py `wikinews_articles`, parsed
once per session) stored in SQLite and in PostgreSQL, and a client on each."""
from __future__ import annotations

import warnings

import pytest


def _client(url: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # starlette's note that it prefers httpx2 to httpx
        from fastapi.testclient import TestClient
    from accord.api import create_app

    return TestClient(create_app(url), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def client(sample_store_url):
    return _client(sample_store_url)


@pytest.fixture(scope="session")
def pg_store_url(wikinews_articles, postgres_server):
    from accord.store.repository import Repository

    url = postgres_server.new_database()
    Repository(url).add_articles(wikinews_articles)
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(scope="session")
def pg_client(pg_store_url):
    return _client(pg_store_url)
