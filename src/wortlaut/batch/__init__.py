"""Batch analysis at scale: many inputs (WARC, JSON Lines, folders) to Parquet tables, on a
local process pool or on Spark, restartable after a kill.

``run_batch`` leaves out the inputs that finished chunks of the same output folder hold, cuts
the rest into chunks, runs them on the chosen engine and reports what was done.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rich.console import Console

from wortlaut.batch.document import JobOptions
from wortlaut.batch.events import join_events
from wortlaut.batch.output import ChunkResult, claim_out, finished_chunks, prepare_out
from wortlaut.batch.plan import Chunk, plan_chunks
from wortlaut.engine import AnalyzeOptions
from wortlaut.ingest import InputItem, iter_inputs

__all__ = ["BatchOptions", "BatchReport", "DEFAULT_CHUNK_SIZE", "ENGINES", "run_batch"]

DEFAULT_CHUNK_SIZE = 500


@dataclass(frozen=True)
class BatchOptions:
    out: str
    engine: str = "local"
    workers: int | None = None
    master: str | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    timeout: float | None = 60.0
    analyze: AnalyzeOptions = AnalyzeOptions()


@dataclass
class BatchReport:
    """What a run did: the chunks it ran, those an earlier run had finished, those left over."""

    ran: list[ChunkResult] = field(default_factory=list)
    skipped: list[ChunkResult] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def records(self) -> int:
        return sum(r.records for r in self.ran)

    @property
    def failures(self) -> int:
        return sum(r.failures for r in self.ran)

    @property
    def duplicates(self) -> int:
        return sum(r.duplicates for r in self.ran)

    @property
    def peak_rss_kb(self) -> int:
        return max((r.peak_rss_kb for r in self.ran), default=0)


Engine = Callable[[list[Chunk], JobOptions, BatchOptions, Console], list[ChunkResult]]


def _local(chunks: list[Chunk], job: JobOptions, options: BatchOptions, console: Console) -> list[ChunkResult]:
    from wortlaut.batch.local import run_local
    return run_local(chunks, job, options.workers or os.cpu_count() or 1, console)


def _spark(chunks: list[Chunk], job: JobOptions, options: BatchOptions, console: Console) -> list[ChunkResult]:
    from wortlaut.batch.spark import run_spark  # pyspark is an optional dependency
    master = options.master or (f"local[{options.workers}]" if options.workers else None)
    return run_spark(chunks, job, master)


ENGINES: dict[str, Engine] = {"local": _local, "spark": _spark}


def run_batch(inputs: list[str], options: BatchOptions, console: Console | None = None) -> BatchReport:
    """Analyse every record of ``inputs`` into ``options.out``."""
    console = console or Console(stderr=True)
    started = time.perf_counter()
    out = Path(options.out)
    claim_out(out, options.chunk_size)
    markers = prepare_out(out)
    done = {name: m.chunk for m in markers for name in m.inputs}
    reached: set[str] = set()

    def fresh(items: Iterable[InputItem]) -> Iterator[InputItem]:
        """The items no finished chunk holds (whatever order or list of inputs cut it)."""
        for item in items:
            if item.name in done:
                reached.add(done[item.name])
            else:
                yield item

    todo = list(plan_chunks(fresh(iter_inputs(inputs, options.analyze.read)), options.chunk_size))
    job = JobOptions(out=str(out), analyze=options.analyze, timeout=options.timeout)
    ran = ENGINES[options.engine](todo, job, options, console) if todo else []
    join_events(out)
    finished = finished_chunks(out)
    return BatchReport(
        ran=ran,
        skipped=[m for m in markers if m.chunk in reached],
        unfinished=[c.id for c in todo if c.id not in finished],
        seconds=time.perf_counter() - started,
    )
