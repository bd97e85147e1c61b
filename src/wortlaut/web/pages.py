"""The HTML pages: the articles (searchable), one article with its attributions highlighted, the
speakers, what one speaker said, statements about a term, the balance of voices per outlet, the
events told across the corpus with their evidence, the stories and how each outlet told one, and
the inputs that failed.

Every list is shown a page at a time with the filters that make sense for it; the filters travel
in each link (the pages, the downloads), so that what a reader narrowed stays narrowed."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, get_args

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from wortlaut.model import Modality
from wortlaut.store import queries
from wortlaut.store.compare import compare
from wortlaut.web.dependencies import Days, Db, Mark, Paged, StatementFilters, Voice, readout_or_404, story_or_404
from wortlaut.web.highlight import article_view
from wortlaut.web.rendering import page
from wortlaut.web.stories import CARRIED_ORDER, FRAMING_LABELS, stories_page, story_view

CHART_SPEAKERS = 15
MODALITIES = get_args(Modality)

router = APIRouter()


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: Db, paging: Paged, days: Days, q: str = "", outlet: str = "", lang: str = ""):
    rows = queries.articles(store.con, q or None, paging.fetch, days.since, days.until, outlet or None, lang or None,
                            paging.offset)
    return page(request, "home.html", listing=paging.listing(rows.dicts()), total=store.count(),
                filters={"q": q, "outlet": outlet, "lang": lang, **asdict(days)},
                choices={"outlet": queries.outlets(store.con), "lang": queries.languages(store.con)})


@router.get("/article/{doc_id}", response_class=HTMLResponse)
def article(request: Request, store: Db, doc_id: str, marks: Mark):
    """An article with its attributions highlighted; ``mark=START-END`` marks a span a comparison
    gives as evidence, with the anchor ``ev-START-END`` to scroll to."""
    readout = readout_or_404(store, doc_id)
    if any(end > len(readout.doc.text) for _, end in marks):
        raise HTTPException(400, f"mark: the article has {len(readout.doc.text)} characters")
    return page(request, "article.html", doc=readout.doc, readout=readout, view=article_view(readout, marks),
                marks=[(start, end, readout.doc.text[start:end]) for start, end in marks])


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request, store: Db, paging: Paged, filters: StatementFilters, outlet: str = ""):
    rows = queries.speakers(store.con, outlet or None, paging.fetch, filters.min_confidence, filters.since,
                            filters.until, paging.offset)
    return page(request, "speakers.html", listing=paging.listing(rows.dicts()),
                filters={"outlet": outlet, **asdict(filters)}, choices={"outlet": queries.outlets(store.con)})


@router.get("/speaker", response_class=HTMLResponse)
def speaker(request: Request, store: Db, paging: Paged, filters: StatementFilters, name: str = Query(min_length=1),
            exact: bool = False):
    rows = queries.said_by(store.con, name, paging.fetch, filters.min_confidence, filters.since, filters.until, exact,
                           paging.offset)
    return page(request, "speaker.html", listing=paging.listing(rows.dicts()),
                filters={"name": name, "exact": exact, **asdict(filters)})


@router.get("/about", response_class=HTMLResponse)
def about(request: Request, store: Db, paging: Paged, filters: StatementFilters, term: str = ""):
    rows = queries.about(store.con, term, paging.fetch, filters.min_confidence, filters.since, filters.until,
                         paging.offset).dicts() if term else []
    return page(request, "about.html", listing=paging.listing(rows), filters={"term": term, **asdict(filters)})


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, store: Db, paging: Paged, days: Days, actor: str = "", recipient: str = "",
           type: str = "", modality: str = "", outlet: str = ""):
    """Events across the corpus, newest first, each with its latest evidence: with an actor and a
    recipient, the timeline of what passed between the two."""
    named = {"actor": actor, "recipient": recipient, "type": type, "modality": modality, "outlet": outlet}
    rows = queries.events(store.con, **{k: v or None for k, v in named.items()}, since=days.since, until=days.until,
                          limit=paging.fetch, offset=paging.offset).dicts()
    listing = paging.listing(rows)
    return page(request, "events.html", listing=listing, rows=queries.snippets(store.con, listing.rows),
                filters={**named, **asdict(days)},
                choices={"modality": MODALITIES, "outlet": queries.outlets(store.con)})


@router.get("/event/{event_key}", response_class=HTMLResponse)
def event(request: Request, store: Db, paging: Paged, event_key: str):
    found = store.con.execute("SELECT * FROM events WHERE event_key = ?", [event_key]).fetchone()
    if found is None:
        raise HTTPException(404, "no such event in the store")
    columns = [d[0] for d in store.con.description]
    listing = paging.listing(queries.event_evidence(store.con, event_key, paging.fetch, paging.offset).dicts())
    return page(request, "event.html", event=dict(zip(columns, found)), listing=listing,
                rows=queries.snippets(store.con, listing.rows))


@router.get("/stories", response_class=HTMLResponse)
def stories_list(request: Request, store: Db, paging: Paged, days: Days, outlet: str = ""):
    """The stories, newest first: each the articles that tell one event, across outlets."""
    rows = stories_page(store.con, days.since, days.until, outlet or None, paging.fetch, paging.offset)
    return page(request, "stories.html", listing=paging.listing(rows.dicts()),
                filters={"outlet": outlet, **asdict(days)}, choices={"outlet": queries.outlets(store.con)})


@router.get("/story/{story}", response_class=HTMLResponse)
def story(request: Request, store: Db, story: str):
    """How each outlet told one story, laid out to read and to print."""
    comparison = compare(store.con, story_or_404(store, story))
    return page(request, "story.html", story=story_view(store.con, comparison), c=comparison,
                carried=CARRIED_ORDER, framing_labels=FRAMING_LABELS)


@router.get("/balance", response_class=HTMLResponse)
def balance(request: Request, store: Db, filters: StatementFilters, outlet: str = "", by: Voice = "speaker"):
    try:
        rows = queries.BALANCES[by](store.con, outlet or None, filters.min_confidence, filters.since,
                                    filters.until).dicts()
    except queries.QueryError as exc:
        raise HTTPException(400, str(exc)) from None
    return page(request, "balance.html", charts=balance_charts(rows, by), by=by,
                filters={"by": by, "outlet": outlet, **asdict(filters)},
                choices={"outlet": queries.outlets(store.con)})


def balance_charts(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """One chart per outlet: its most quoted speakers (or sides), each bar split by the stance of
    the cues."""
    charts: dict[str | None, list[dict[str, Any]]] = {}
    for row in rows:
        charts.setdefault(row["outlet"], []).append(row)
    result = []
    for outlet, bars in charts.items():
        top = bars[:CHART_SPEAKERS]
        result.append({"outlet": outlet, "bars": [{**b, "label": b[by]} for b in top],
                       "max": max(b["statements"] for b in top), "statements": sum(b["statements"] for b in bars),
                       "speakers": len(bars), "syndicated": sum(b["syndicated"] or 0 for b in bars)})
    return result


@router.get("/failures", response_class=HTMLResponse)
def failures(request: Request, store: Db, paging: Paged):
    """The inputs that could not be read or analysed, newest failure first: each is a task (fix the
    input, or ingest it again once the cause is gone)."""
    listing = paging.listing(queries.failures(store.con, paging.fetch, paging.offset).dicts())
    return page(request, "failures.html", listing=listing, filters={})
