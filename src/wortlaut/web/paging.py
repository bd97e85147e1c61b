"""Long lists shown a page at a time: which rows a page asks the store for, and what the page
says about where they stand (``rows 201–400``, the previous and next pages)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Paging:
    """Page ``number`` (1 the first) of a list, ``size`` rows a page."""

    number: int
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def fetch(self) -> int:
        """One row more than the page shows: whether it comes back tells whether a next page exists,
        without counting the whole list."""
        return self.size + 1

    def listing(self, rows: list[dict[str, Any]]) -> Listing:
        """The page of ``rows`` fetched with ``fetch`` rows from ``offset``."""
        return Listing(rows[:self.size], self, len(rows) > self.size)


@dataclass(frozen=True)
class Listing:
    """The rows one page shows, where they stand in the whole list, and its neighbours."""

    rows: list[dict[str, Any]]
    paging: Paging
    more: bool  # the next page has rows

    @property
    def first(self) -> int:
        return self.paging.offset + 1

    @property
    def last(self) -> int:
        return self.paging.offset + len(self.rows)

    @property
    def previous(self) -> int | None:
        return self.paging.number - 1 if self.paging.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.paging.number + 1 if self.more else None

    @property
    def paged(self) -> bool:
        """Whether the list is longer than one page, so that the page says which rows it shows."""
        return self.paging.number > 1 or self.more
