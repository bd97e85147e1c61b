"""The JSON API under /api/: the same rows as the pages, and an article's whole readout."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from wortlaut.store import queries
from wortlaut.web.dependencies import PAGE_ROWS, Db, MinConfidence, Voice, readout_or_404

Limit = Annotated[int, Query(ge=1, le=10_000)]

router = APIRouter(prefix="/api")


@router.get("/articles")
def api_articles(store: Db, q: str | None = None, limit: Limit = PAGE_ROWS):
    return queries.articles(store.con, q or None, limit).dicts()


@router.get("/articles/{doc_id}")
def api_article(store: Db, doc_id: str):
    return readout_or_404(store, doc_id).to_dict()


@router.get("/speakers")
def api_speakers(store: Db, min_confidence: MinConfidence, outlet: str | None = None, limit: Limit = PAGE_ROWS):
    return queries.speakers(store.con, outlet or None, limit, min_confidence).dicts()


@router.get("/speaker")
def api_speaker(store: Db, min_confidence: MinConfidence, name: str = Query(min_length=1), limit: Limit = PAGE_ROWS):
    return queries.said_by(store.con, name, limit, min_confidence).dicts()


@router.get("/about")
def api_about(store: Db, min_confidence: MinConfidence, term: str = Query(min_length=1), limit: Limit = PAGE_ROWS):
    return queries.about(store.con, term, limit, min_confidence).dicts()


@router.get("/balance")
def api_balance(store: Db, min_confidence: MinConfidence, outlet: str | None = None, by: Voice = "speaker"):
    try:
        return queries.BALANCES[by](store.con, outlet or None, min_confidence).dicts()
    except queries.QueryError as exc:
        raise HTTPException(400, str(exc)) from None


@router.get("/events")
def api_events(store: Db, actor: str | None = None, recipient: str | None = None, type: str | None = None,
               modality: str | None = None, since: str | None = None, until: str | None = None,
               outlet: str | None = None, limit: Limit = PAGE_ROWS):
    return queries.events(store.con, actor or None, recipient or None, type or None, modality or None, since or None,
                          until or None, outlet or None, limit).dicts()


@router.get("/failures")
def api_failures(store: Db):
    return queries.failures(store.con).dicts()
