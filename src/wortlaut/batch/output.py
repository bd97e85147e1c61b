"""The job's output folder: one Parquet dataset per table, Hive-partitioned by ``lang`` and
``month``, plus the bookkeeping that makes a killed job restartable.

Layout under ``--out``::

    documents/lang=de/month=2024-05/part-<chunk>.parquet   (likewise attributions, markers, …)
    _chunks/<chunk>.json                                     a chunk that is completely written,
                                                             with its inputs and document ids
    _documents.txt                                           the ids of the committed documents
    _commit.lock                                             held while a chunk is committed
    _job.json                                                the chunk size the plan was cut with

Each chunk writes its own files, under names derived from the chunk id, each first to a hidden
temporary name and then renamed into place; the chunk's marker is written last. A re-run leaves
out the inputs that marked chunks hold, whatever the order or list of inputs, and removes every
file of an unmarked chunk first, so nothing is done twice. A chunk is committed under a lock and
drops the documents whose id an earlier chunk committed (the same text in two inputs), so no
document id is written twice. Readers (DuckDB, pyarrow, Spark) pass over names starting with
``.`` or ``_``. The lock is ``flock``: executors on other machines need a file system that
honours it.
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from itertools import groupby
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from wortlaut.batch.rows import TABLE_NAMES, Rows
from wortlaut.store.tables import TABLES, ColumnType, Row, Table

PARTITIONS = ("lang", "month")
CHUNKS_DIR = "_chunks"
JOB_FILE = "_job.json"
INDEX_FILE = "_documents.txt"
LOCK_FILE = "_commit.lock"

ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    ColumnType.TEXT: pa.string(), ColumnType.INTEGER: pa.int32(), ColumnType.JSON: pa.string(),
    ColumnType.TIMESTAMP: pa.timestamp("us"), ColumnType.REAL: pa.float64(),
}


def arrow_schema(table: Table) -> pa.Schema:
    """A table's Parquet schema: its declared columns, less the partition keys (folder names)."""
    return pa.schema([(c.name, pa.large_string() if c.long else ARROW_TYPES[c.type])
                      for c in table.columns if c.name not in PARTITIONS])


SCHEMAS: dict[str, pa.Schema] = {table.name: arrow_schema(table) for table in TABLES}


class OutFolderError(Exception):
    """An output folder that this job cannot write into."""


@dataclass(frozen=True)
class ChunkResult:
    """What a chunk did, kept in its marker and summed up for the job's report."""

    chunk: str
    records: int
    documents: int
    failures: int
    seconds: float
    peak_rss_kb: int
    pid: int
    duplicates: int = 0  # documents an earlier chunk had committed
    inputs: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()


@dataclass
class _Committed:
    """The committed document ids this process has read from the index, how far, and which
    rebuild of the index they came from (a worker may outlive a job: Spark reuses them)."""

    ids: set[str]
    offset: int = 0
    generation: bytes = b""


_committed: dict[Path, _Committed] = {}


def write_chunk(out: Path, rows: Rows, result: ChunkResult) -> ChunkResult:
    """Commit a chunk: under the lock, leave out documents an earlier chunk committed, write its
    rows (one file per table and partition), its marker, then its ids to the index."""
    with _commit_lock(out):
        committed = _read_index(out)
        rows, duplicates = _without_ids(rows, committed)
        ids = tuple(r["id"] for r in rows["documents"])
        result = replace(result, documents=len(ids), duplicates=result.duplicates + duplicates, document_ids=ids)
        remove_partial(out, result.chunk)
        for table, table_rows in rows.items():
            keyed = sorted(table_rows, key=_partition)
            for (lang, month), group in groupby(keyed, key=_partition):
                target = out / table / f"lang={lang}" / f"month={month}" / f"part-{result.chunk}.parquet"
                data = pa.Table.from_pylist([_without_partition(r) for r in group], schema=SCHEMAS[table])
                _atomic(target, lambda tmp: pq.write_table(data, tmp, compression="zstd"))
        marker = out / CHUNKS_DIR / f"{result.chunk}.json"
        _atomic(marker, lambda tmp: tmp.write_text(json.dumps(asdict(result)), encoding="utf-8"))
        _append_index(out, ids)
    return result


def _without_ids(rows: Rows, committed: set[str]) -> tuple[Rows, int]:
    """The rows without the documents in ``committed`` (and those documents' other rows)."""
    dropped = {r["id"] for r in rows["documents"] if r["id"] in committed}
    if not dropped:
        return rows, 0
    kept = {table: [r for r in table_rows if r.get("doc_id") not in dropped] for table, table_rows in rows.items()}
    kept["documents"] = [r for r in rows["documents"] if r["id"] not in dropped]
    return kept, len(dropped)


@contextmanager
def _commit_lock(out: Path) -> Iterator[None]:
    out.mkdir(parents=True, exist_ok=True)
    with (out / LOCK_FILE).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_index(out: Path) -> set[str]:
    """The committed ids, reading only what other processes appended since this one last looked."""
    known = _committed.setdefault(out.resolve(), _Committed(set()))
    index = out / INDEX_FILE
    if index.is_file():
        with index.open("rb") as handle:
            generation = handle.readline()
            if generation != known.generation:  # rebuilt since: what this process knew is stale
                known.ids, known.offset, known.generation = set(), handle.tell(), generation
            handle.seek(known.offset)
            known.ids.update(line.decode("utf-8").strip() for line in handle if line.strip())
            known.offset = handle.tell()
    return known.ids


def _append_index(out: Path, ids: tuple[str, ...]) -> None:
    index = out / INDEX_FILE
    if not index.is_file():
        _write_index(out, [])
    if ids:
        with index.open("a", encoding="utf-8") as handle:
            handle.write("".join(f"{i}\n" for i in ids))
    _read_index(out)


def _write_index(out: Path, ids: list[str]) -> None:
    """A new index, headed by a line that tells every process it is a new one."""
    text = f"# rebuilt {uuid.uuid4().hex}\n" + "".join(f"{i}\n" for i in ids)
    _atomic(out / INDEX_FILE, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def prepare_out(out: Path) -> list[ChunkResult]:
    """Before a job: the markers of the finished chunks; every file of an unfinished chunk (one
    without a marker, whatever inputs it had) removed; the index rebuilt from the markers (a
    kill between a marker and its index line loses nothing)."""
    with _commit_lock(out):
        markers = chunk_results(out)
        finished = {m.chunk for m in markers}
        for table in TABLE_NAMES:
            for part in (out / table).glob("lang=*/month=*/*part-*.parquet*"):
                if _chunk_of(part) not in finished:
                    part.unlink(missing_ok=True)
        _write_index(out, [i for m in markers for i in m.document_ids])
    return markers


def _chunk_of(part: Path) -> str:
    """``part-<chunk>.parquet`` and its temporaries ``.part-<chunk>.parquet.<pid>.tmp``."""
    return part.name.lstrip(".").removeprefix("part-").split(".", 1)[0]


def remove_partial(out: Path, chunk: str) -> None:
    """Remove what an unfinished run of ``chunk`` left: its files and hidden temporaries."""
    for table in TABLE_NAMES:
        for stale in (out / table).glob(f"lang=*/month=*/*part-{chunk}.parquet*"):
            stale.unlink(missing_ok=True)


def finished_chunks(out: Path) -> set[str]:
    folder = out / CHUNKS_DIR
    return {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()


def chunk_results(out: Path) -> list[ChunkResult]:
    """The markers of every finished chunk."""
    return [_marker(out / CHUNKS_DIR / f"{c}.json") for c in sorted(finished_chunks(out))]


def _marker(path: Path) -> ChunkResult:
    data = json.loads(path.read_text(encoding="utf-8"))
    return ChunkResult(**{**data, "inputs": tuple(data.get("inputs", ())),
                          "document_ids": tuple(data.get("document_ids", ()))})


def claim_out(out: Path, chunk_size: int) -> None:
    """Record the chunk size in a new output folder; refuse to mix chunk sizes in one folder, so
    that the chunk ids of a folder keep meaning the same cut of its inputs."""
    job = out / JOB_FILE
    if job.is_file():
        known = json.loads(job.read_text(encoding="utf-8"))["chunk_size"]
        if known != chunk_size:
            raise OutFolderError(f"{out} was written with --chunk-size {known}: use that, or a new --out")
        return
    out.mkdir(parents=True, exist_ok=True)
    _atomic(job, lambda tmp: tmp.write_text(json.dumps({"chunk_size": chunk_size}), encoding="utf-8"))


def _partition(row: Row) -> tuple[str, str]:
    return row["lang"], row["month"]


def _without_partition(row: Row) -> Row:
    return {k: v for k, v in row.items() if k not in PARTITIONS}


def _atomic(target: Path, write: Callable[[Path], object]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, target)
