"""What the pages and the API share: the store, opened for each request, the readout of an
article or a 404, and the query parameters every list reads (the page, the days, the confidence),
checked once so that a mistyped one is a 400 that says what was wrong."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request

from wortlaut.model import Readout
from wortlaut.store import Store, StoreError
from wortlaut.store.queries import Filters
from wortlaut.store.stories import find_story
from wortlaut.web.paging import Paging

PAGE_ROWS = 200  # rows a page shows, and an API call returns unless asked for a limit
LAST_PAGE = 10_000_000  # beyond any store; keeps the offset a number the database can take

Voice = Literal["speaker", "side"]


def open_store(request: Request) -> Iterator[Store]:
    """The store, opened read-only for one request, so that an ingest can run between requests."""
    db = request.app.state.db
    try:
        store = Store.open(db, read_only=True)
    except StoreError as exc:
        raise HTTPException(503, _without_path(str(exc), db)) from None
    try:
        yield store
    finally:
        store.close()


def _without_path(message: str, db: str) -> str:
    """The reason, without the server's file path (a page must not tell visitors where files are)."""
    return message.removeprefix(f"{db}: ").replace(db, "STORE")


Db = Annotated[Store, Depends(open_store)]


def readout_or_404(store: Store, doc_id: str) -> Readout:
    readout = store.readout(doc_id)
    if readout is None:
        raise HTTPException(404, f"no article {doc_id!r} in the store")
    return readout


def story_or_404(store: Store, story: str) -> str:
    """The id of the story ``story`` names (its id, or a prefix only it has), or a 404."""
    story_id = find_story(store.con, story)
    if story_id is None:
        raise HTTPException(404, f"no story {story!r} in the store (or more than one starts so)")
    return story_id


def evidence_mark(mark: str = "") -> tuple[tuple[int, int], ...]:
    """The evidence span an article page is asked to mark (``mark=START-END``, character offsets)."""
    if not mark.strip():
        return ()
    start, _, end = mark.strip().partition("-")
    if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
        raise HTTPException(400, f"mark must be START-END, two offsets with START < END, not {mark!r}")
    return ((int(start), int(end)),)


Mark = Annotated[tuple[tuple[int, int], ...], Depends(evidence_mark)]


def min_confidence(min_confidence: str = "") -> float | None:
    """The ``min_confidence`` a page or API call asks for (empty: no minimum), a probability."""
    if not min_confidence.strip():
        return None
    try:
        value = float(min_confidence)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise HTTPException(400, f"min_confidence must be a number between 0 and 1, not {min_confidence!r}")
    return value


MinConfidence = Annotated[float | None, Depends(min_confidence)]


def iso_day(name: str, value: str) -> str | None:
    """``value`` as ``YYYY-MM-DD`` (empty: no bound), what the queries compare publication days with."""
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name} must be a day as YYYY-MM-DD, not {value!r}") from None


@dataclass(frozen=True)
class Period:
    """The publication days a list is narrowed to, both ends included."""

    since: str | None = None
    until: str | None = None


def period(since: str = "", until: str = "") -> Period:
    return Period(iso_day("since", since), iso_day("until", until))


Days = Annotated[Period, Depends(period)]


def statement_filters(confidence: MinConfidence, days: Days) -> Filters:
    """What every statement query is narrowed by: the attributions' confidence and the days."""
    return Filters(confidence, days.since, days.until)


StatementFilters = Annotated[Filters, Depends(statement_filters)]


def paging(request: Request, page: Annotated[int, Query(ge=1, le=LAST_PAGE)] = 1) -> Paging:
    """The page of a list asked for, as long as the app's pages are (``create_app``)."""
    return Paging(page, request.app.state.page_rows)


Paged = Annotated[Paging, Depends(paging)]
