"""The job's output folder: one Parquet dataset per table, Hive-partitioned by ``lang`` and
``month``, plus the bookkeeping that makes a killed job restartable.

Layout under ``--out``::

    documents/lang=de/month=2024-05/part-<chunk>.parquet   (likewise attributions, markers, …)
    _chunks/<chunk>.json                                     a chunk that is completely written
    _job.json                                                the chunk size the plan was cut with

Each chunk writes its own files, under names derived from the chunk id, each first to a hidden
temporary name and then renamed into place; the chunk's marker is written last. A re-run skips
marked chunks and rewrites the others from scratch (removing what a killed run left of them),
so nothing is done twice and no row is duplicated. Readers (DuckDB, pyarrow, Spark) pass over
names starting with ``.`` or ``_``.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from itertools import groupby
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

from wortlaut.batch.rows import TABLE_NAMES, Rows
from wortlaut.store.tables import TABLES, ColumnType, Row, Table

PARTITIONS = ("lang", "month")
CHUNKS_DIR = "_chunks"
JOB_FILE = "_job.json"

ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    ColumnType.TEXT: pa.string(), ColumnType.INTEGER: pa.int32(), ColumnType.JSON: pa.string(),
    ColumnType.TIMESTAMP: pa.timestamp("us"),
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


def write_chunk(out: Path, rows: Rows, result: ChunkResult) -> None:
    """Write a chunk's rows, one file per table and partition, then its completion marker."""
    remove_partial(out, result.chunk)
    for table, table_rows in rows.items():
        keyed = sorted(table_rows, key=_partition)
        for (lang, month), group in groupby(keyed, key=_partition):
            target = out / table / f"lang={lang}" / f"month={month}" / f"part-{result.chunk}.parquet"
            data = pa.Table.from_pylist([_without_partition(r) for r in group], schema=SCHEMAS[table])
            _atomic(target, lambda tmp: pq.write_table(data, tmp, compression="zstd"))
    marker = out / CHUNKS_DIR / f"{result.chunk}.json"
    _atomic(marker, lambda tmp: tmp.write_text(json.dumps(asdict(result)), encoding="utf-8"))


def remove_partial(out: Path, chunk: str) -> None:
    """Remove what an unfinished run of ``chunk`` left: its files and hidden temporaries."""
    for table in TABLE_NAMES:
        for stale in (out / table).glob(f"lang=*/month=*/*part-{chunk}.parquet*"):
            stale.unlink(missing_ok=True)


def finished_chunks(out: Path) -> set[str]:
    folder = out / CHUNKS_DIR
    return {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()


def chunk_results(out: Path, chunks: set[str]) -> list[ChunkResult]:
    """The markers of the given finished chunks."""
    return [ChunkResult(**json.loads((out / CHUNKS_DIR / f"{c}.json").read_text(encoding="utf-8")))
            for c in sorted(chunks)]


def claim_out(out: Path, chunk_size: int) -> None:
    """Record the chunk size in a new output folder; refuse to mix chunk sizes in one folder,
    because differently cut chunks would analyse and store documents twice."""
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
