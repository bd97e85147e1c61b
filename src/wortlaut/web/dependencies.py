"""What the pages and the API share: the store, opened for each request, and the readout of an
article or a 404."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Request

from wortlaut.model import Readout
from wortlaut.store import Store, StoreError

PAGE_ROWS = 200  # rows a page shows, and an API call returns unless asked for a limit

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
