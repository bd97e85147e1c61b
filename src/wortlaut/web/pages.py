"""The HTML pages: the articles (searchable), one article with its attributions highlighted, the
speakers, what one speaker said, statements about a term, the balance of voices per outlet, and the
events told across the corpus with their evidence."""
from __future__ import annotations

from typing import Any

from typing import get_args

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from wortlaut.model import Modality
from wortlaut.store import queries
from wortlaut.web.dependencies import PAGE_ROWS, Db, MinConfidence, Voice, readout_or_404
from wortlaut.web.highlight import article_view
from wortlaut.web.rendering import page

CHART_SPEAKERS = 15
MODALITIES = get_args(Modality)

router = APIRouter()


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: Db, q: str | None = None):
    rows = queries.articles(store.con, q or None, PAGE_ROWS)
    total = store.count()
    return page(request, "home.html", rows=rows.dicts(), q=q or "", total=total, limit=PAGE_ROWS)


@router.get("/article/{doc_id}", response_class=HTMLResponse)
def article(request: Request, store: Db, doc_id: str):
    readout = readout_or_404(store, doc_id)
    return page(request, "article.html", doc=readout.doc, readout=readout, view=article_view(readout))


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request, store: Db, min_confidence: MinConfidence, outlet: str | None = None):
    rows = queries.speakers(store.con, outlet or None, PAGE_ROWS, min_confidence).dicts()
    return page(request, "speakers.html", rows=rows, outlet=outlet or "", outlets=queries.outlets(store.con),
                min_confidence=min_confidence)


@router.get("/speaker", response_class=HTMLResponse)
def speaker(request: Request, store: Db, min_confidence: MinConfidence, name: str = Query(min_length=1)):
    return page(request, "speaker.html", name=name, min_confidence=min_confidence,
                rows=queries.said_by(store.con, name, PAGE_ROWS, min_confidence).dicts())


@router.get("/about", response_class=HTMLResponse)
def about(request: Request, store: Db, min_confidence: MinConfidence, term: str = ""):
    rows = queries.about(store.con, term, PAGE_ROWS, min_confidence).dicts() if term else []
    return page(request, "about.html", term=term, rows=rows, min_confidence=min_confidence)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, store: Db, actor: str = "", recipient: str = "", type: str = "",
           modality: str = "", since: str = "", until: str = "", outlet: str = ""):
    """Events across the corpus, newest first, each with its latest evidence: with an actor and a
    recipient, the timeline of what passed between the two."""
    filters = {"actor": actor, "recipient": recipient, "type": type, "modality": modality, "since": since,
               "until": until, "outlet": outlet}
    rows = queries.events(store.con, **{k: v or None for k, v in filters.items()}, limit=PAGE_ROWS).dicts()
    return page(request, "events.html", rows=queries.snippets(store.con, rows), filters=filters,
                modalities=MODALITIES, outlets=queries.outlets(store.con), limit=PAGE_ROWS)


@router.get("/event/{event_key}", response_class=HTMLResponse)
def event(request: Request, store: Db, event_key: str):
    found = store.con.execute("SELECT * FROM events WHERE event_key = ?", [event_key]).fetchone()
    if found is None:
        raise HTTPException(404, "no such event in the store")
    columns = [d[0] for d in store.con.description]
    tellings = queries.event_evidence(store.con, event_key, PAGE_ROWS).dicts()
    return page(request, "event.html", event=dict(zip(columns, found)),
                rows=queries.snippets(store.con, tellings))


@router.get("/balance", response_class=HTMLResponse)
def balance(request: Request, store: Db, min_confidence: MinConfidence, outlet: str | None = None,
            by: Voice = "speaker"):
    try:
        rows = queries.BALANCES[by](store.con, outlet or None, min_confidence).dicts()
    except queries.QueryError as exc:
        raise HTTPException(400, str(exc)) from None
    return page(request, "balance.html", charts=balance_charts(rows, by), outlet=outlet or "", by=by,
                outlets=queries.outlets(store.con), min_confidence=min_confidence)


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
