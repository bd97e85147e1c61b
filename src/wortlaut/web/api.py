"""The JSON API under /api/: the same rows as the pages, with the same filters, and an article's
whole readout. ``limit`` and ``offset`` page through a list; ``format=csv`` gives a file to
download instead of JSON."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from wortlaut.store import queries
from wortlaut.store.compare import compare
from wortlaut.web.dependencies import (LAST_PAGE, PAGE_ROWS, Days, Db, StatementFilters, Voice, readout_or_404,
                                       story_or_404)
from wortlaut.web.downloads import Format, rows_response
from wortlaut.web.stories import stories_page

Limit = Annotated[int, Query(ge=1, le=10_000)]
Offset = Annotated[int, Query(ge=0, le=LAST_PAGE * PAGE_ROWS)]

router = APIRouter(prefix="/api")


@router.get("/articles")
def api_articles(store: Db, days: Days, q: str | None = None, outlet: str | None = None, lang: str | None = None,
                 limit: Limit = PAGE_ROWS, offset: Offset = 0, format: Format = "json") -> Response:
    rows = queries.articles(store.con, q or None, limit, days.since, days.until, outlet or None, lang or None, offset)
    return rows_response(rows, format, "articles")


@router.get("/articles/{doc_id}")
def api_article(store: Db, doc_id: str):
    return readout_or_404(store, doc_id).to_dict()


@router.get("/speakers")
def api_speakers(store: Db, filters: StatementFilters, outlet: str | None = None, limit: Limit = PAGE_ROWS,
                 offset: Offset = 0, format: Format = "json") -> Response:
    rows = queries.speakers(store.con, outlet or None, limit, filters.min_confidence, filters.since, filters.until,
                            offset)
    return rows_response(rows, format, "speakers")


@router.get("/speaker")
def api_speaker(store: Db, filters: StatementFilters, name: str = Query(min_length=1), exact: bool = False,
                limit: Limit = PAGE_ROWS, offset: Offset = 0, format: Format = "json") -> Response:
    rows = queries.said_by(store.con, name, limit, filters.min_confidence, filters.since, filters.until, exact,
                           offset)
    return rows_response(rows, format, "statements")


@router.get("/about")
def api_about(store: Db, filters: StatementFilters, term: str = Query(min_length=1), limit: Limit = PAGE_ROWS,
              offset: Offset = 0, format: Format = "json") -> Response:
    rows = queries.about(store.con, term, limit, filters.min_confidence, filters.since, filters.until, offset)
    return rows_response(rows, format, "statements")


@router.get("/balance")
def api_balance(store: Db, filters: StatementFilters, outlet: str | None = None, by: Voice = "speaker",
                format: Format = "json") -> Response:
    try:
        rows = queries.BALANCES[by](store.con, outlet or None, filters.min_confidence, filters.since, filters.until)
    except queries.QueryError as exc:
        raise HTTPException(400, str(exc)) from None
    return rows_response(rows, format, f"balance-by-{by}")


@router.get("/events")
def api_events(store: Db, days: Days, actor: str | None = None, recipient: str | None = None,
               type: str | None = None, modality: str | None = None, outlet: str | None = None,
               limit: Limit = PAGE_ROWS, offset: Offset = 0, format: Format = "json") -> Response:
    rows = queries.events(store.con, actor or None, recipient or None, type or None, modality or None, days.since,
                          days.until, outlet or None, limit, offset)
    return rows_response(rows, format, "events")


@router.get("/stories")
def api_stories(store: Db, days: Days, outlet: str | None = None, limit: Limit = PAGE_ROWS, offset: Offset = 0,
                format: Format = "json") -> Response:
    rows = stories_page(store.con, days.since, days.until, outlet or None, limit, offset)
    return rows_response(rows, format, "stories")


@router.get("/story/{story}")
def api_story(store: Db, story: str, format: Format = "json") -> Response:
    """A story's comparison: JSON with every cell's evidence, or CSV one row per cell (as
    ``wortlaut compare --format json|csv``)."""
    comparison = compare(store.con, story_or_404(store, story))
    if format == "csv":
        return rows_response(comparison.cells(), format, f"story-{comparison.story_id}")
    return JSONResponse(jsonable_encoder(comparison.to_dict()))


@router.get("/failures")
def api_failures(store: Db, limit: Annotated[int | None, Query(ge=1, le=10_000)] = None, offset: Offset = 0,
                 format: Format = "json") -> Response:
    """Every failed input unless asked for a ``limit``: they are few, and each is a task to do."""
    return rows_response(queries.failures(store.con, limit, offset), format, "failures")
