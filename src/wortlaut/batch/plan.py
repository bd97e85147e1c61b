"""The plan of a batch job: its inputs expanded into records, cut into deterministic chunks.

A chunk is the unit of work, of output and of restart: its id is a hash of the names of its
records, so the same inputs and chunk size give the same chunks on every run, and a re-run can
skip the chunks that a killed run finished. Records are lazy (each reads its own bytes when
loaded), so a chunk travels to a worker or a Spark executor as a few hundred bytes per record.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from wortlaut.ingest.corpus import CorpusItem, discover, failed_item
from wortlaut.ingest.errors import InputError
from wortlaut.ingest.sources import IngestedText, ReadOptions
from wortlaut.ingest.warc import WarcResponse, is_warc, read_response, warc_responses


@dataclass(frozen=True)
class BatchRecord:
    """One input document: its name (unique within the inputs), how to read it, and the crawl
    date when it came from an archive."""

    name: str
    load: Callable[[], IngestedText]
    fetched: str | None = None


@dataclass(frozen=True)
class Chunk:
    id: str
    records: tuple[BatchRecord, ...]


def plan_chunks(inputs: Iterable[str], chunk_size: int, options: ReadOptions = ReadOptions()) -> Iterator[Chunk]:
    """The chunks of the job, in input order."""
    records = (record for name in inputs for record in expand_input(name, options))
    while batch := tuple(islice(records, chunk_size)):
        yield Chunk(chunk_id(batch), batch)


def chunk_id(records: tuple[BatchRecord, ...]) -> str:
    digest = hashlib.sha256("\n".join(r.name for r in records).encode("utf-8"))
    return digest.hexdigest()[:20]


def expand_input(name: str, options: ReadOptions) -> Iterator[BatchRecord]:
    """The records of one input: a WARC file's HTML responses, a folder's WARC files and other
    documents, or what corpus discovery finds in a JSON Lines file, text or HTML file, or URL."""
    if is_warc(name):
        yield from _warc_records(name, options)
        return
    if Path(name).is_dir():
        for path in _warc_files(Path(name)):
            yield from _warc_records(str(path), options)
    yield from (_from_item(item) for item in discover([name], options))


def _warc_records(path: str, options: ReadOptions) -> Iterator[BatchRecord]:
    try:
        for response in warc_responses(path):
            yield _from_response(response, options)
    except InputError as exc:
        yield _from_item(failed_item(path, str(exc)))


def _from_response(response: WarcResponse, options: ReadOptions) -> BatchRecord:
    return BatchRecord(f"{response.path}@{response.offset}", partial(read_response, response, options),
                       response.date)


def _from_item(item: CorpusItem) -> BatchRecord:
    return BatchRecord(item.name, item.load)


def _warc_files(folder: Path) -> Iterator[Path]:
    """WARC files under ``folder``, recursively, in name order, hidden ones left out (as corpus
    discovery walks folders for the other kinds of file)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root) / f for f in sorted(files) if is_warc(f) and not f.startswith("."))
