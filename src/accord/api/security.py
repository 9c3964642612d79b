"""API security: what a network-facing Accord API lets in (docs/security.md).

- Read-only by default: only GET, HEAD and OPTIONS reach the app. Any other method, and any path under
  /api/admin, needs `Authorization: Bearer TOKEN` with the token from configuration; with no token
  configured such requests are refused (403), so a write or admin endpoint added later is closed until
  an operator opens it.
- Bounded requests: a URL longer than `max_url_chars` gets 414, a body longer than `max_body_bytes` gets 413
  (by its Content-Length, or while it streams in when it declares none).
- CORS off unless configured: without `cors_origins` no Access-Control-* header is sent, so browsers keep
  other sites' pages from reading the API; with it, only those origins may read (GET), nothing else.
- Errors never echo stack traces: refusals here are JSON `{"error": {"status", "message"}}` like the app's own
  errors; responses carry `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` and
  `Referrer-Policy: no-referrer`.

Configuration: `Settings.extra` keys `api_token`, `cors_origins` (list or comma-separated), `max_body_bytes`,
`max_url_chars`, or the environment variables ACCORD_API_TOKEN, ACCORD_CORS_ORIGINS, ACCORD_MAX_BODY_BYTES,
ACCORD_MAX_URL_CHARS (the environment wins, so a token need not be written into a file).
"""
from __future__ import annotations

import hmac
import json
import os
from dataclasses import dataclass
from typing import Any, Optional

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ADMIN_PREFIX = "/api/admin"


@dataclass(frozen=True)
class SecurityConfig:
    token: Optional[str] = None             # the bearer token for write and admin requests; None: none allowed
    cors_origins: tuple[str, ...] = ()      # origins allowed to read the API from a browser; none: CORS off
    max_body_bytes: int = 64 * 1024         # a read-only API takes no bodies; 64 KB leaves room for admin calls
    max_url_chars: int = 4096               # path plus query string

    @classmethod
    def from_settings(cls, settings: Any = None, environ: Optional[dict] = None) -> "SecurityConfig":
        extra = dict(getattr(settings, "extra", None) or {})
        env = os.environ if environ is None else environ

        def pick(key: str, env_key: str):
            return env.get(env_key) if env.get(env_key) not in (None, "") else extra.get(key)

        origins = pick("cors_origins", "ACCORD_CORS_ORIGINS") or ()
        if isinstance(origins, str):
            origins = [o.strip() for o in origins.split(",")]
        token = pick("api_token", "ACCORD_API_TOKEN")
        return cls(token=str(token) if token else None,
                   cors_origins=tuple(o for o in origins if o),
                   max_body_bytes=int(pick("max_body_bytes", "ACCORD_MAX_BODY_BYTES") or cls.max_body_bytes),
                   max_url_chars=int(pick("max_url_chars", "ACCORD_MAX_URL_CHARS") or cls.max_url_chars))


def install(app, settings: Any = None, config: Optional[SecurityConfig] = None) -> SecurityConfig:
    """Put the guard in front of `app` (and CORS when configured); returns the configuration used."""
    cfg = config or SecurityConfig.from_settings(settings)
    app.state.security = cfg
    if cfg.cors_origins:
        from starlette.middleware.cors import CORSMiddleware
        app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins), allow_methods=["GET"],
                           allow_headers=["Authorization"], allow_credentials=False, max_age=600)
    app.add_middleware(RequestGuard, config=cfg)     # added last: it runs first, before CORS and the app
    return cfg


def authorized(cfg: SecurityConfig, headers: dict[str, str]) -> bool:
    """Whether the request carries the configured token (compared in constant time)."""
    if not cfg.token:
        return False
    scheme, _, value = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), cfg.token.encode())


def require_token(request) -> None:
    """A FastAPI dependency for write and admin endpoints: 401/403 unless the request has the token.
    (RequestGuard already refuses them; this keeps an endpoint closed even if mounted elsewhere.)"""
    from fastapi import HTTPException
    cfg: SecurityConfig = request.app.state.security
    if not cfg.token:
        raise HTTPException(403, "this API is read-only: no write token is configured")
    if not authorized(cfg, {k.lower(): v for k, v in request.headers.items()}):
        raise HTTPException(401, "a valid bearer token is required")


class _TooLarge(Exception):
    pass


class RequestGuard:
    """Pure ASGI middleware (no buffering of responses): method and token, URL and body size, headers."""

    def __init__(self, app, config: SecurityConfig):
        self.app, self.cfg = app, config

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cfg = self.cfg
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path, query = scope.get("path", ""), scope.get("query_string", b"")
        if len(scope.get("raw_path") or path.encode()) + len(query) > cfg.max_url_chars:
            await _refuse(send, 414, f"the URL is longer than {cfg.max_url_chars} characters")
            return
        method = scope.get("method", "GET").upper()
        if method not in SAFE_METHODS or path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            if not cfg.token:
                await _refuse(send, 403, "this API is read-only: writes and admin calls need a token, "
                                         "and none is configured")
                return
            if not authorized(cfg, headers):
                await _refuse(send, 401, "a valid bearer token is required", {"www-authenticate": "Bearer"})
                return
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await _refuse(send, 400, "Content-Length is not a number")
                return
            if int(declared) > cfg.max_body_bytes:
                await _refuse(send, 413, f"the request body is over {cfg.max_body_bytes} bytes")
                return
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cfg.max_body_bytes:
                    raise _TooLarge()
            return message

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                extra = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                         (b"referrer-policy", b"no-referrer")]
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message, headers=list(message.get("headers", [])) + [h for h in extra if h[0] not in have])
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _TooLarge:
            if not started:
                await _refuse(send, 413, f"the request body is over {cfg.max_body_bytes} bytes")


async def _refuse(send, status: int, message: str, headers: Optional[dict[str, str]] = None) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
    raw += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
