"""The per-document function both engines run, and the chunk loop around it.

A record that fails to read, fails to analyse or runs past its time becomes a failures row; a
job never dies of one record. The NLP pipelines are cached per process by ``load_pipeline``,
so each worker process (a pool worker, a Spark Python worker) loads them once.
"""
from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from wortlaut.batch.output import ChunkResult, write_chunk
from wortlaut.batch.plan import Chunk
from wortlaut.batch.rows import TABLE_NAMES, Rows, failure_table_rows, readout_table_rows
from wortlaut.engine import AnalyzeOptions, DocumentTimeout, analyze_ingested, deadline
from wortlaut.ingest import InputItem


@dataclass(frozen=True)
class JobOptions:
    """What every worker needs to know about the job."""

    out: str
    analyze: AnalyzeOptions = AnalyzeOptions()
    timeout: float | None = 60.0


def process_record(record: InputItem, options: JobOptions) -> Rows:
    """One input record to its table rows (or its failure row)."""
    stage = "read"
    try:
        with deadline(options.timeout):
            item = record.load()
            stage = "analyze"
            readout = analyze_ingested(item, options.analyze)
    except DocumentTimeout as exc:
        return failure_table_rows(record.name, "timeout", exc, record.fetched)
    except Exception as exc:  # one bad record must not end the job; its reason is kept
        return failure_table_rows(record.name, stage, exc, record.fetched)
    return readout_table_rows(readout, record.name, record.fetched)


def run_chunk(chunk: Chunk, options: JobOptions, on_record: Callable[[bool], None] = lambda ok: None) -> ChunkResult:
    """Analyse every record of a chunk and write the chunk's files and marker."""
    started = time.perf_counter()
    rows: Rows = {table: [] for table in TABLE_NAMES}
    failures = duplicates = 0
    seen: set[str] = set()
    for record in chunk.records:
        record_rows = process_record(record, options)
        failed = bool(record_rows["failures"])
        failures += failed
        on_record(not failed)
        ids = {r["id"] for r in record_rows["documents"]}
        if ids & seen:  # the same text twice in one chunk: its document is written once
            duplicates += 1
            continue
        seen |= ids
        for table, table_rows in record_rows.items():
            rows[table].extend(table_rows)
    result = ChunkResult(chunk=chunk.id, records=len(chunk.records), documents=len(rows["documents"]),
                         failures=failures, seconds=round(time.perf_counter() - started, 3),
                         peak_rss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, pid=os.getpid(),
                         duplicates=duplicates, inputs=tuple(r.name for r in chunk.records))
    return write_chunk(Path(options.out), rows, result)
