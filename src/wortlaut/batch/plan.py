"""The plan of a batch job: the items that corpus discovery finds in its inputs, cut into
deterministic chunks.

A chunk is the unit of work, of output and of restart: its id is a hash of the names of its
items, so the same inputs and chunk size give the same chunks on every run, and a re-run can
skip the chunks that a killed run finished. Items are lazy (each reads its own bytes when
loaded), so a chunk travels to a worker or a Spark executor as a few hundred bytes per item.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

from wortlaut.ingest.corpus import InputItem


@dataclass(frozen=True)
class Chunk:
    id: str
    records: tuple[InputItem, ...]


def plan_chunks(items: Iterable[InputItem], chunk_size: int) -> Iterator[Chunk]:
    """The items cut into chunks, in order."""
    items = iter(items)
    while batch := tuple(islice(items, chunk_size)):
        yield Chunk(chunk_id(batch), batch)


def chunk_id(records: tuple[InputItem, ...]) -> str:
    digest = hashlib.sha256("\n".join(r.name for r in records).encode("utf-8"))
    return digest.hexdigest()[:20]
