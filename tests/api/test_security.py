"""API security (accord.api.security, docs/security.md): read-only by default, a token for anything
else, bounded requests, CORS only when configured, no stack traces, no path traversal, no SQL injection."""
from __future__ import annotations

import warnings

import pytest

TOKEN = "s3cret-token-for-tests"


def make_client(url: str, **extra):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    from accord.api import create_app
    from accord.api.settings import Settings

    return TestClient(create_app(url, Settings(extra=extra)), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def plain(sample_store_url, monkeypatch_module):
    return make_client(sample_store_url)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    for key in ("ACCORD_API_TOKEN", "ACCORD_CORS_ORIGINS", "ACCORD_MAX_BODY_BYTES", "ACCORD_MAX_URL_CHARS"):
        mp.delenv(key, raising=False)
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def guarded(sample_store_url, monkeypatch_module):
    return make_client(sample_store_url, api_token=TOKEN, cors_origins="https://dash.example.org")


def _json_error(r, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"]["status"] == status
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body["error"]["message"]


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_read_only_by_default(plain, method):
    msg = _json_error(plain.request(method, "/api/events"), 403)
    assert "read-only" in msg
    assert plain.get("/api/events").status_code == 200


def test_admin_paths_need_the_token_even_for_get(plain, guarded):
    _json_error(plain.get("/api/admin/reindex"), 403)
    _json_error(guarded.get("/api/admin/reindex"), 401)


def test_writes_need_the_configured_token(guarded):
    assert guarded.post("/api/events").headers.get("www-authenticate") == "Bearer"
    _json_error(guarded.post("/api/events"), 401)
    _json_error(guarded.post("/api/events", headers={"Authorization": "Bearer wrong"}), 401)
    _json_error(guarded.post("/api/events", headers={"Authorization": f"Basic {TOKEN}"}), 401)
    # With the token the request reaches the app, which has no write route there.
    r = guarded.post("/api/events", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 405


def test_the_token_can_come_from_the_environment(sample_store_url, monkeypatch):
    monkeypatch.setenv("ACCORD_API_TOKEN", "from-env")
    c = make_client(sample_store_url)
    assert c.post("/api/events", headers={"Authorization": "Bearer from-env"}).status_code == 405
    assert c.post("/api/events").status_code == 401


def test_request_size_limits(plain):
    _json_error(plain.request("GET", "/api/events", content=b"x" * 100_000), 413)
    _json_error(plain.request("GET", "/api/events", content=b"x", headers={"Content-Length": "abc"}), 400)
    _json_error(plain.get("/api/articles?q=" + "a" * 5000), 414)


def test_cors_is_off_unless_configured(plain, guarded):
    origin = {"Origin": "https://evil.example.com"}
    r = plain.get("/api/overview", headers=origin)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = plain.options("/api/overview", headers={**origin, "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers
    ok = guarded.get("/api/overview", headers={"Origin": "https://dash.example.org"})
    assert ok.headers.get("access-control-allow-origin") == "https://dash.example.org"
    assert "access-control-allow-origin" not in guarded.get("/api/overview", headers=origin).headers


def test_errors_never_echo_stack_traces(sample_store_url, monkeypatch_module, monkeypatch):
    from accord.api import queries

    def boom(*_a, **_k):
        raise RuntimeError("secret internal detail /etc/accord.conf")
    monkeypatch.setattr(queries, "overview", boom)
    c = make_client(sample_store_url)
    msg = _json_error(c.get("/api/overview"), 500)
    assert "secret" not in c.get("/api/overview").text and msg == "internal server error"


def test_security_headers(plain):
    r = plain.get("/api/overview")
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"


def raw_get(app, path: str) -> tuple[int, bytes]:
    """GET with the path exactly as given (an HTTP client would normalise "../" before sending it)."""
    import asyncio

    sent: list[dict] = []
    asked: list[int] = []

    async def receive():
        if not asked:
            asked.append(1)
            return {"type": "http.request", "body": b"", "more_body": False}
        while not any(m["type"] == "http.response.body" and not m.get("more_body") for m in sent):
            await asyncio.sleep(0.01)       # a response listening for a disconnect waits until it is sent
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    raw, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": raw, "raw_path": raw.encode(), "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


@pytest.mark.parametrize("path", ["/static/../api/settings.py", "/static/../../../../etc/passwd",
                                  "/static/%2e%2e/api/settings.py", "/static/..%2fapi%2fsettings.py",
                                  "/static//etc/passwd", "/static/....//....//etc/passwd",
                                  "/static/%252e%252e/api/settings.py", "/static/..\\api\\settings.py",
                                  "/static/index.html/../../api/settings.py"])
def test_no_path_traversal_in_static_files(plain, path):
    assert raw_get(plain.app, "/static/app.js")[0] == 200      # the static files are served, from their folder only
    status, body = raw_get(plain.app, path)
    assert status in (400, 404), (path, status)
    assert b"class Settings" not in body and b"root:" not in body


@pytest.mark.parametrize("url", ["/api/articles?q=%27%20OR%201%3D1%20--", "/api/articles/x%27%20OR%20%271%27%3D%271",
                                 "/api/events?article_id=%27%3B%20DROP%20TABLE%20events%3B%20--",
                                 "/api/quotes?speaker=%25%27%20OR%20%27%25", "/api/stories?q=%22%29%20OR%20%28%22"])
def test_sql_injection_probes_are_plain_values(plain, url):
    r = plain.get(url)
    assert r.status_code in (200, 400, 404, 422), (url, r.status_code, r.text[:200])
    if r.status_code == 200 and "items" in r.json():
        # searched for as words, not run as SQL: never the whole table the tautology would select
        assert len(r.json()["items"]) < plain.get("/api/overview").json()["articles"]
    assert plain.get("/api/events").json()["items"], "the events table is still there"
