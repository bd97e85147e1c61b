"""Spans of a text indexed by position, so that asking "which spans hold this one?" reads the few
spans near it instead of all of a long text's thousands.

A span is filed under every block of ``BLOCK`` characters it touches; a question reads the
block its start falls in. Filing costs the spans' total length / ``BLOCK`` plus their number,
so a text's index is linear in the text, whatever the spans' lengths.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

Item = TypeVar("Item")

BLOCK = 512


class SpanIndex(Generic[Item]):
    def __init__(self, spans: Iterable[tuple[int, int, Item]]) -> None:
        self._blocks: dict[int, list[tuple[int, int, int, Item]]] = {}
        for order, (start, end, item) in enumerate(spans):
            for block in range(start // BLOCK, max(start, end - 1) // BLOCK + 1):
                self._blocks.setdefault(block, []).append((order, start, end, item))

    def containing(self, start: int, end: int) -> list[Item]:
        """The items whose span holds ``start:end``, in the order they were given."""
        blocks = {start // BLOCK}
        if start == end and start > 0:
            blocks.add((start - 1) // BLOCK)  # an empty span at the end of one that ends a block
        return self._matching(blocks, lambda s, e: s <= start and end <= e)

    def overlapping(self, start: int, end: int) -> list[Item]:
        """The items whose span shares a character with ``start:end``, in the order given."""
        blocks = set(range(start // BLOCK, max(start, end - 1) // BLOCK + 1))
        return self._matching(blocks, lambda s, e: s < end and start < e)

    def _matching(self, blocks: set[int], keep: Callable[[int, int], bool]) -> list[Item]:
        found = {order: item for block in blocks for order, s, e, item in self._blocks.get(block, ()) if keep(s, e)}
        return [found[order] for order in sorted(found)]

