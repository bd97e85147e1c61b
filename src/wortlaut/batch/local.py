"""The local engine: a pool of worker processes on this machine, with a live progress display.

Each chunk is one task. Workers are spawned (not forked), so each starts clean, loads the NLP
pipelines on its first document and keeps them for the rest of the job, and ends when the job's
process dies, even by SIGKILL. Workers report every record over a queue, so the display shows
records/s and failures as they happen.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.queues import Queue

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

from wortlaut.batch.document import JobOptions, run_chunk
from wortlaut.batch.output import ChunkResult
from wortlaut.batch.plan import Chunk

POLL_SECONDS = 0.2
PARENT_CHECK_SECONDS = 0.5
_ticks: Queue | None = None


class RateColumn(ProgressColumn):
    """Records per second, over rich's recent-speed window."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} records/s", style="progress.data.speed")


def run_local(chunks: list[Chunk], options: JobOptions, workers: int, console: Console) -> list[ChunkResult]:
    """Run the chunks on ``workers`` processes; a chunk whose worker died is left unfinished
    (and is done by the next run with the same output folder)."""
    context = multiprocessing.get_context("spawn")
    ticks = context.Queue()
    results: list[ChunkResult] = []
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
               TextColumn("[red]{task.fields[failures]} failed"), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as progress, \
            ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(ticks,)) as pool:
        task = progress.add_task("records", total=sum(len(c.records) for c in chunks), failures=0)
        pending: set[Future[ChunkResult]] = {pool.submit(_run, chunk, options) for chunk in chunks}
        failures = 0
        while pending:
            done, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            results.extend(result for future in done if (result := _result(future, console)) is not None)
            advanced, failed = _drain(ticks, final=not pending)
            failures += failed
            progress.update(task, advance=advanced, failures=failures)
    return results


def _start_worker(ticks: Queue) -> None:
    global _ticks
    _ticks = ticks
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()


def _end_with_parent(parent: int) -> None:
    """A worker whose parent was killed (which cannot tell its pool) ends instead of analysing and
    writing on alone: it is re-parented, so its parent pid changes."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _run(chunk: Chunk, options: JobOptions) -> ChunkResult:
    return run_chunk(chunk, options, _tick)


def _tick(ok: bool) -> None:
    if _ticks is not None:
        _ticks.put(ok)


def _drain(ticks: Queue, final: bool) -> tuple[int, int]:
    """Records and failures reported since the last look (all of them once the pool is done)."""
    advanced = failed = 0
    while True:
        try:
            ok = ticks.get(timeout=POLL_SECONDS) if final else ticks.get_nowait()
        except queue.Empty:
            return advanced, failed
        advanced += 1
        failed += not ok


def _result(future: Future[ChunkResult], console: Console) -> ChunkResult | None:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        console.print(f"[red]a worker process died ({exc}); its chunk is left for the next run")
        return None
