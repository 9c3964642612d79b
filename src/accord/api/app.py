"""The read-only REST API over a store, and the dashboard's static files.

`create_app(db_url)` builds a FastAPI app: JSON under /api, OpenAPI at /docs, the dashboard at /.
Bad input gets a 4xx with a JSON body that says which parameter is wrong and why; an unexpected
failure gets a 500 with a JSON body and no stack trace.
"""
import datetime as dt
import logging
from contextlib import contextmanager
from typing import Annotated, Any, Literal, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord import analysis
from accord.api import queries
from accord.api.security import install as install_security
from accord.api.settings import Settings
from accord.api.stories import StoryIndex
from accord.api.timeline import dyad_timeline
from accord.store.repository import Repository

log = logging.getLogger("accord.api")

Status = Literal["occurred", "planned", "negated", "hypothetical"]
Grain = Literal["day", "week", "month", "year"]
QuadClass = Annotated[int, Field(ge=1, le=4)]

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ACTOR_PATTERN = r"^[A-Za-z0-9]{3,15}$"
CAMEO_PATTERN = r"^\d{2,4}$"


class BadRequest(HTTPException):
    def __init__(self, message: str, where: Optional[str] = None):
        super().__init__(400, {"message": message, "where": where})


def _check_date(value: Optional[str], name: str) -> Optional[str]:
    """A date may be partial (2011, 2011-03) but must exist (no 2011-02-30)."""
    if value is None:
        return None
    parts = value.split("-")
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError as exc:
        raise BadRequest(f"{value!r} is not a date: {exc}", f"query.{name}") from None
    return value


def _many(values: Optional[list[str]]) -> list[str]:
    """Repeated parameters and comma lists both work: ?cameo=04&cameo=19 or ?cameo=04,19."""
    out = []
    for v in values or []:
        out += [p.strip() for p in v.split(",") if p.strip()]
    return out


@contextmanager
def _bad_query(param: str):
    """A search the store cannot run (no word in it) is the client's error, said as such."""
    try:
        yield
    except ValueError as exc:
        raise BadRequest(str(exc), f"query.{param}") from None


def _found(value, what: str, key: str):
    if value is None:
        raise HTTPException(404, f"no {what} with id {key!r}")
    return value


def _error(status: int, message: str, details: Optional[list] = None) -> JSONResponse:
    body: dict[str, Any] = {"error": {"status": status, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status)


def create_app(db_url: Optional[str] = None, settings: Optional[Settings] = None) -> FastAPI:
    settings = settings or Settings()
    if db_url is not None:
        settings.db_url = db_url
    repo = Repository(settings.db_url)
    # /docs from the vendored Swagger UI when the web folder is there (no CDN, works offline).
    local_docs = settings.serve_dashboard and settings.web_dir is not None
    app = FastAPI(title=f"{settings.title} API", version="1", docs_url=None if local_docs else "/docs", redoc_url=None,
                  description="Read-only access to an Accord store: articles, sourced events, quotes, "
                              "stories, dyad timelines and the actor network. Lists are paginated "
                              "with `limit` and `offset`; errors are JSON `{\"error\": {...}}`.")
    app.state.settings = settings
    app.state.repo = repo
    stories = StoryIndex(repo)
    _install_error_handlers(app)
    install_security(app, settings)     # read-only unless a token is configured; size limits; CORS; headers

    limit_q = Query(settings.default_limit, ge=1, le=settings.max_limit,
                    description=f"page size (1..{settings.max_limit})")
    text_q = dict(min_length=1, max_length=settings.max_query_chars)

    def conn():
        with repo.engine.connect() as c:
            yield c

    Conn = Annotated[Any, Depends(conn)]

    def dates(date_from: Annotated[Optional[str], Query(pattern=DATE_PATTERN,
                                                       description="first date, inclusive (YYYY[-MM[-DD]])")] = None,
              date_to: Annotated[Optional[str], Query(pattern=DATE_PATTERN,
                                                     description="last date, inclusive; 2011 means to the end of 2011")] = None):
        _check_date(date_from, "date_from")
        _check_date(date_to, "date_to")
        if date_from and date_to and date_from > date_to and not date_from.startswith(date_to):
            raise BadRequest(f"date_from {date_from} is after date_to {date_to}", "query.date_from")
        return date_from, date_to

    Dates = Annotated[tuple, Depends(dates)]

    def paging(limit: int = limit_q, offset: Annotated[int, Query(ge=0, le=2**31 - 1, description="items to skip")] = 0):
        return limit, offset

    Paging = Annotated[tuple, Depends(paging)]

    def event_filter(
            dr: Dates,
            source: Annotated[Optional[str], Query(pattern=ACTOR_PATTERN, description="source country or CAMEO actor code (USA, USAGOV)")] = None,
            target: Annotated[Optional[str], Query(pattern=ACTOR_PATTERN, description="target country or CAMEO actor code")] = None,
            both: Annotated[bool, Query(description="also the reverse direction, target -> source")] = False,
            actor: Annotated[Optional[str], Query(pattern=ACTOR_PATTERN, description="an actor on either side")] = None,
            cameo: Annotated[Optional[list[str]], Query(description="CAMEO code prefixes, e.g. 04 or 042 (repeat or comma-separate)")] = None,
            quad_class: Annotated[Optional[list[QuadClass]], Query(description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")] = None,
            plover: Annotated[Optional[list[str]], Query(description="PLOVER event types, e.g. CONSULT")] = None,
            status: Annotated[Optional[list[Status]], Query(description="event status; all when absent")] = None,
            period: Annotated[Optional[str], Query(description="one timeline period at grain `by` (2011-03, 2011-W11, 2011)")] = None,
            by: Annotated[Grain, Query(description="grain of `period`")] = "month",
            q: Annotated[Optional[str], Query(description="words that must occur in the sentence", **text_q)] = None,
            article_id: Annotated[Optional[str], Query(max_length=512)] = None,
    ) -> queries.EventFilter:
        codes = _many(cameo)
        for c in codes:
            if not c.isdigit() or not 2 <= len(c) <= 4:
                raise BadRequest(f"cameo {c!r} is not a CAMEO code (2 to 4 digits)", "query.cameo")
        plovers = _many(plover)
        for p in plovers:
            if not p.replace("_", "").isalpha() or len(p) > 16:
                raise BadRequest(f"plover {p!r} is not a PLOVER event type", "query.plover")
        if period is not None:
            with _bad_query("period"):
                queries.period_condition(queries.E.date, period, by)
        return queries.EventFilter(
            source=source and source.upper(), target=target and target.upper(), both=both,
            actor=actor and actor.upper(), cameo=codes, quad_class=quad_class or [], plover=plovers,
            status=status or [], date_from=dr[0], date_to=dr[1], period=period, by=by, q=q,
            article_id=article_id)

    Filter = Annotated[queries.EventFilter, Depends(event_filter)]

    # -- the store -------------------------------------------------------------------------
    @app.get("/api/overview", tags=["store"], summary="What the store holds")
    def overview(c: Conn):
        return queries.overview(c)

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first")
    def list_articles(c: Conn, dr: Dates, pg: Paging,
                      q: Annotated[Optional[str], Query(description="words in the title or text (full-text search, English stemming)", **text_q)] = None,
                      outlet: Annotated[Optional[str], Query(**text_q)] = None):
        with _bad_query("q"):
            return queries.articles_page(c, *pg, q=q, outlet=outlet, date_from=dr[0], date_to=dr[1],
                                         fulltext=repo.fulltext_condition).to_dict()

    @app.get("/api/articles/{article_id:path}", tags=["articles"],
             summary="One article with its text, events, quotes, figures and copies")
    def get_article(article_id: str, c: Conn):
        return _found(queries.article_by_id(c, article_id), "article", article_id)

    @app.get("/api/events", tags=["events"], summary="Events with their sentences and source articles")
    def list_events(c: Conn, f: Filter, pg: Paging):
        return queries.events_page(c, f, *pg).to_dict()

    @app.get("/api/events/{event_id:path}", tags=["events"], summary="One event")
    def get_event(event_id: str, c: Conn):
        return _found(queries.event_by_id(c, event_id), "event", event_id)

    @app.get("/api/quotes", tags=["quotes"], summary="Quotations, by speaker and text")
    def list_quotes(c: Conn, dr: Dates, pg: Paging,
                    q: Annotated[Optional[str], Query(description="words in the quotation (full-text search, English stemming)", **text_q)] = None,
                    speaker: Annotated[Optional[str], Query(description="speaker name, code or country", **text_q)] = None,
                    article_id: Annotated[Optional[str], Query(max_length=512)] = None):
        with _bad_query("q"):
            return queries.quotes_page(c, *pg, q=q, speaker=speaker, article_id=article_id,
                                       date_from=dr[0], date_to=dr[1], fulltext=repo.fulltext_condition).to_dict()

    @app.get("/api/speakers", tags=["quotes"], summary="The most quoted speakers")
    def list_speakers(c: Conn, limit: int = limit_q):
        return {"items": queries.speakers(c, limit)}

    @app.get("/api/stories", tags=["stories"],
             summary="Stories: articles about one happening (near-duplicates, merged events), newest first")
    def list_stories(c: Conn, pg: Paging,
                     q: Annotated[Optional[str], Query(description="words in the headline", **text_q)] = None):
        return stories.page(c, *pg, q=q).to_dict()

    @app.get("/api/stories/{story_id:path}", tags=["stories"],
             summary="One story (by its id, or by the id of one of its articles) with documents, events, quotes")
    def get_story(story_id: str, c: Conn):
        return _found(stories.get(c, story_id), "story", story_id)

    # -- analysis --------------------------------------------------------------------------
    @app.get("/api/actors", tags=["analysis"], summary="Countries by the events they take part in")
    def list_actors(c: Conn, limit: int = limit_q, status: Annotated[Optional[list[Status]], Query()] = None):
        return {"items": queries.top_actors(c, limit, status or [])}

    @app.get("/api/dyads", tags=["analysis"], summary="Country pairs by the events between them")
    def list_dyads(c: Conn, limit: int = limit_q, status: Annotated[Optional[list[Status]], Query()] = None):
        return {"items": queries.top_dyads(c, limit, status or [])}

    @app.get("/api/timeline", tags=["analysis"],
             summary="A dyad's events per period: counts per quad class, Goldstein sum and mean")
    def timeline(source: Annotated[str, Query(pattern=ACTOR_PATTERN)],
                 target: Annotated[str, Query(pattern=ACTOR_PATTERN)],
                 by: Grain = "month", both: bool = False,
                 status: Annotated[Optional[list[Status]], Query(description="statuses counted; occurred when absent")] = None,
                 fill: Annotated[bool, Query(description="add the empty periods between the first and the last")] = True):
        return dyad_timeline(repo, source.upper(), target.upper(), by=by, both=both,
                             statuses=tuple(status or ("occurred",)), fill=fill)

    @app.get("/api/network", tags=["analysis"],
             summary="The actor network of a period: actors and the directed dyads between them")
    def get_network(dr: Dates,
                    by: Annotated[Literal["country", "actor"], Query(description="country, or one resolved actor")] = "country",
                    min_events: Annotated[int, Query(ge=1, le=100000, description="fewest events an edge needs")] = 1,
                    max_nodes: Annotated[Optional[int], Query(ge=1, le=5000, description="keep the busiest actors")] = None,
                    status: Annotated[Optional[list[Status]], Query(description="statuses counted; occurred when absent")] = None):
        net = analysis.network(repo, by=by, date_from=dr[0], date_to=dr[1], min_events=min_events,
                               max_nodes=max_nodes, statuses=tuple(status or ("occurred",)))
        if by == "country":
            names = queries.country_names()
            for n in net["nodes"]:
                n["name"] = names.get(n["id"], n["id"])
        return net

    # -- the dashboard ---------------------------------------------------------------------
    if settings.serve_dashboard and settings.web_dir is not None:
        web = settings.web_dir
        app.mount("/static", StaticFiles(directory=web), name="static")

        @app.get("/", include_in_schema=False)
        def index():
            return FileResponse(web / "index.html")

        @app.get("/dashboard", include_in_schema=False)
        def dashboard():
            return RedirectResponse("/")

        @app.get("/docs", include_in_schema=False)
        def docs():
            return get_swagger_ui_html(
                openapi_url=app.openapi_url, title=f"{settings.title} API",
                swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                swagger_css_url="/static/vendor/swagger-ui.css",
                swagger_favicon_url="/static/vendor/swagger-favicon-32x32.png")

    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
                   for e in exc.errors()]
        summary = "; ".join(f"{d['where']}: {d['message']}" for d in details)
        return _error(422, f"invalid request: {summary}", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        if isinstance(exc.detail, dict):
            where = exc.detail.get("where")
            return _error(exc.status_code, exc.detail["message"],
                          [{"where": where, "message": exc.detail["message"]}] if where else None)
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        # Logged here with its trace; the client sees only that the server failed.
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "internal server error")
