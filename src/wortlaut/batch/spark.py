"""The Spark engine: the same chunks and per-document function, run as Spark tasks.

One chunk is one Spark partition. Each task writes its chunk's files straight into ``--out``
(so ``--out`` must be a folder every executor sees: a local path for ``local[N]``, a shared
mount on a cluster) and returns the chunk's summary to the driver. The NLP pipelines are cached
per Python worker process, and Spark reuses its Python workers between tasks, so a pipeline is
loaded once per executor process, not per record.
"""
from __future__ import annotations

import os
import sys
from functools import partial
from typing import Iterable, Iterator

from pyspark.sql import SparkSession

from wortlaut.batch.document import JobOptions, run_chunk
from wortlaut.batch.output import ChunkResult
from wortlaut.batch.plan import Chunk

APP_NAME = "wortlaut batch"


def spark_session(master: str | None, conf: dict[str, str] | None = None) -> SparkSession:
    """The active Spark session, or a new one (``master`` unset: what ``spark-submit`` says, else
    ``local[*]``). Executors run this interpreter unless PYSPARK_PYTHON says otherwise."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName(APP_NAME)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def run_spark(chunks: list[Chunk], options: JobOptions, master: str | None) -> list[ChunkResult]:
    """Run the chunks as Spark tasks; stops the session afterwards only if it started it."""
    owned = SparkSession.getActiveSession() is None
    session = spark_session(master)
    try:
        if not chunks:
            return []
        tasks = session.sparkContext.parallelize(chunks, numSlices=len(chunks))
        return tasks.mapPartitions(partial(_run_partition, options=options)).collect()
    finally:
        if owned:
            session.stop()


def _run_partition(chunks: Iterable[Chunk], options: JobOptions) -> Iterator[ChunkResult]:
    for chunk in chunks:
        yield run_chunk(chunk, options)
