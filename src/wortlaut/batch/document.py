"""The per-document function both engines run, and the chunk loop around it.

A record that fails to read, fails to analyse or runs past its time becomes a failures row; a
job never dies of one record. The NLP pipelines are cached per process by ``load_pipeline``,
so each worker process (a pool worker, a Spark Python worker) loads them once.
"""
from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator, Sequence

from wortlaut.batch.output import ChunkResult, write_chunk
from wortlaut.batch.plan import Chunk
from wortlaut.batch.rows import TABLE_NAMES, Rows, failure_table_rows, readout_table_rows
from wortlaut.engine import AnalyzeOptions, DocumentTimeout, analyze_many, deadline
from wortlaut.ingest import IngestedText, InputItem
from wortlaut.model import Readout


PARSE_GROUP = 16  # documents parsed together: 1.08x the speed of one by one (benchmarks/throughput.py), ~150 MB more memory


@dataclass(frozen=True)
class JobOptions:
    """What every worker needs to know about the job."""

    out: str
    analyze: AnalyzeOptions = AnalyzeOptions()
    timeout: float | None = 60.0


def process_records(records: Sequence[InputItem], options: JobOptions) -> Iterator[Rows]:
    """Each record's table rows (or its failure row), in order. Records are read one by one and
    analysed ``PARSE_GROUP`` at a time, their parses made together (``analyze_many``); a record
    may take ``options.timeout`` seconds to read and as long to analyse."""
    analyze = replace(options.analyze, time_limit=options.timeout)
    for start in range(0, len(records), PARSE_GROUP):
        group = records[start: start + PARSE_GROUP]
        read = [_read(record, options.timeout) for record in group]
        items = [r for r in read if isinstance(r, IngestedText)]
        outcomes = iter(analyze_many(items, analyze))
        for record, item in zip(group, read):
            if not isinstance(item, IngestedText):
                yield item
                continue
            outcome = next(outcomes)
            if isinstance(outcome, Readout):
                yield readout_table_rows(outcome, record.name, record.fetched)
            else:
                stage = "timeout" if isinstance(outcome, DocumentTimeout) else "analyze"
                yield failure_table_rows(record.name, stage, outcome, record.fetched)


def _read(record: InputItem, timeout: float | None) -> IngestedText | Rows:
    """The record's text, or its failure row."""
    try:
        with deadline(timeout):
            return record.load()
    except DocumentTimeout as exc:
        return failure_table_rows(record.name, "timeout", exc, record.fetched)
    except Exception as exc:  # one bad record must not end the job; its reason is kept
        return failure_table_rows(record.name, "read", exc, record.fetched)


def run_chunk(chunk: Chunk, options: JobOptions, on_record: Callable[[bool], None] = lambda ok: None) -> ChunkResult:
    """Analyse every record of a chunk and write the chunk's files and marker."""
    started = time.perf_counter()
    rows: Rows = {table: [] for table in TABLE_NAMES}
    failures = duplicates = 0
    seen: set[str] = set()
    for record_rows in process_records(chunk.records, options):
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
