"""The web app: server-rendered pages to read a store, and a JSON API under /api/ that mirrors them.

Article text is untrusted input. Templates autoescape everything, links are only rendered for
http(s) URLs, and a strict Content-Security-Policy forbids scripts, inline styles, frames and
foreign resources, so that even a missed escape could not run anything.
"""
from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from wortlaut.model import Readout
from wortlaut.store import Store, StoreError
from wortlaut.store import queries
from wortlaut.web.highlight import article_view

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
PAGE_ROWS = 200
CHART_SPEAKERS = 15

HERE = Path(str(resources.files("wortlaut.web")))


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) (a ``javascript:`` link from an article must never be clickable)."""
    return url if url and urlsplit(url).scheme.lower() in {"http", "https"} else None


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    return Jinja2Templates(env=env)


def open_store(request: Request) -> Iterator[Store]:
    """The store, opened read-only for one request, so that an ingest can run between requests."""
    try:
        store = Store.open(request.app.state.db, read_only=True)
    except StoreError as exc:
        raise HTTPException(503, str(exc)) from None
    try:
        yield store
    finally:
        store.close()


Db = Annotated[Store, Depends(open_store)]
Limit = Annotated[int, Query(ge=1, le=10_000)]
Voice = Literal["speaker", "side"]


def create_app(db: str | Path) -> FastAPI:
    """The app that serves the store at ``db``."""
    app = FastAPI(title="wortlaut", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.db = str(db)
    templates = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def error_page(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return error(request, 422, problems)

    def error(request: Request, status: int, detail: Any) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "detail": detail},
                                          status_code=status)

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context)

    def readout_or_404(store: Store, doc_id: str) -> Readout:
        readout = store.readout(doc_id)
        if readout is None:
            raise HTTPException(404, f"no article {doc_id!r} in the store")
        return readout

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, store: Db, q: str | None = None):
        rows = queries.articles(store.con, q or None, PAGE_ROWS)
        total = store.count()
        return page(request, "home.html", rows=rows.dicts(), q=q or "", total=total, limit=PAGE_ROWS)

    @app.get("/article/{doc_id}", response_class=HTMLResponse)
    def article(request: Request, store: Db, doc_id: str):
        readout = readout_or_404(store, doc_id)
        return page(request, "article.html", doc=readout.doc, readout=readout, view=article_view(readout))

    @app.get("/speakers", response_class=HTMLResponse)
    def speakers(request: Request, store: Db, outlet: str | None = None):
        return page(request, "speakers.html", rows=queries.speakers(store.con, outlet or None, PAGE_ROWS).dicts(),
                    outlet=outlet or "", outlets=queries.outlets(store.con))

    @app.get("/speaker", response_class=HTMLResponse)
    def speaker(request: Request, store: Db, name: str = Query(min_length=1)):
        return page(request, "speaker.html", name=name, rows=queries.said_by(store.con, name, PAGE_ROWS).dicts())

    @app.get("/about", response_class=HTMLResponse)
    def about(request: Request, store: Db, term: str = ""):
        rows = queries.about(store.con, term, PAGE_ROWS).dicts() if term else []
        return page(request, "about.html", term=term, rows=rows)

    @app.get("/balance", response_class=HTMLResponse)
    def balance(request: Request, store: Db, outlet: str | None = None, by: Voice = "speaker"):
        rows = queries.BALANCES[by](store.con, outlet or None).dicts()
        return page(request, "balance.html", charts=balance_charts(rows, by), outlet=outlet or "", by=by,
                    outlets=queries.outlets(store.con))

    @app.get("/api/articles")
    def api_articles(store: Db, q: str | None = None, limit: Limit = PAGE_ROWS):
        return queries.articles(store.con, q or None, limit).dicts()

    @app.get("/api/articles/{doc_id}")
    def api_article(store: Db, doc_id: str):
        return readout_or_404(store, doc_id).to_dict()

    @app.get("/api/speakers")
    def api_speakers(store: Db, outlet: str | None = None, limit: Limit = PAGE_ROWS):
        return queries.speakers(store.con, outlet or None, limit).dicts()

    @app.get("/api/speaker")
    def api_speaker(store: Db, name: str = Query(min_length=1), limit: Limit = PAGE_ROWS):
        return queries.said_by(store.con, name, limit).dicts()

    @app.get("/api/about")
    def api_about(store: Db, term: str = Query(min_length=1), limit: Limit = PAGE_ROWS):
        return queries.about(store.con, term, limit).dicts()

    @app.get("/api/balance")
    def api_balance(store: Db, outlet: str | None = None, by: Voice = "speaker"):
        return queries.BALANCES[by](store.con, outlet or None).dicts()

    @app.get("/api/failures")
    def api_failures(store: Db):
        return queries.failures(store.con).dicts()

    return app


def balance_charts(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """One chart per outlet: its most quoted speakers (or sides), each bar split by the stance of
    the cues."""
    charts: dict[str | None, list[dict[str, Any]]] = {}
    for row in rows:
        charts.setdefault(row["outlet"], []).append(row)
    result = []
    for outlet, bars in charts.items():
        top = bars[:CHART_SPEAKERS]
        result.append({"outlet": outlet, "bars": [{**b, "label": b[by]} for b in top], "max": max(b["statements"] for b in top),
                       "statements": sum(b["statements"] for b in bars), "speakers": len(bars)})
    return result
