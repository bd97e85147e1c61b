"""``wortlaut batch``: many inputs to Parquet tables, on a local process pool or on Spark.

Exit status: 0 when every record was analysed and every chunk written; 1 when some records failed
(each is a row of the ``failures`` table, the count is printed) or some chunks are left unfinished
(running the same command again finishes them); 2 on usage errors. As ``analyze`` and ``ingest``
do, so that a script notices failures.
"""
from __future__ import annotations

import argparse
from typing import TextIO

from rich.console import Console

from wortlaut.batch import DEFAULT_CHUNK_SIZE, ENGINES, BatchOptions, BatchReport, run_batch
from wortlaut.batch.output import OutFolderError
from wortlaut.cli.options import add_analysis_options, analyze_options, positive_int

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def add_batch_command(commands: argparse._SubParsersAction) -> None:
    about = "analyse WARC files, JSON Lines and folders into Parquet tables, locally or on Spark"
    batch = commands.add_parser("batch", help=about, description=about)
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help=".warc or .warc.gz file (HTML responses), .jsonl file of {text|html, url, outlet, "
                            "published}, text or HTML file, or folder of these (recursive)")
    batch.add_argument("--out", required=True, metavar="DIR",
                       help="output folder: one Parquet dataset per table, partitioned by lang and month; "
                            "run again with the same DIR to finish a killed job")
    batch.add_argument("--engine", choices=sorted(ENGINES), default="local",
                       help="local: a process pool on this machine (default); spark: Spark tasks")
    batch.add_argument("--workers", type=positive_int,
                       help="worker processes (local engine; default: one per core), or local[N] for the spark engine "
                            "without --master")
    batch.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    batch.add_argument("--chunk-size", type=positive_int, default=DEFAULT_CHUNK_SIZE,
                       help=f"records per chunk, the unit of work, output and restart (default {DEFAULT_CHUNK_SIZE})")
    batch.add_argument("--timeout", type=float, default=60.0,
                       help="seconds one document may take before it is a failure (default 60, 0: no limit)")
    add_analysis_options(batch)
    batch.set_defaults(run=run_batch_command)


def run_batch_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    options = BatchOptions(
        out=args.out, engine=args.engine, workers=args.workers, master=args.master, chunk_size=args.chunk_size,
        timeout=args.timeout or None,
        analyze=analyze_options(args),
    )
    try:
        report = run_batch(args.inputs, options, Console(file=err))
    except OutFolderError as exc:
        err.write(f"wortlaut: {exc}\n")
        return EXIT_USAGE
    out.write(summary(report, args.out) + "\n")
    if report.failures:
        err.write(f"wortlaut: {report.failures:,} records failed: see the failures table in {args.out}\n")
    if report.unfinished:
        err.write(f"wortlaut: {len(report.unfinished)} chunks unfinished: run the same command again to finish them\n")
    return EXIT_SOME_FAILED if report.failures or report.unfinished else EXIT_OK


def summary(report: BatchReport, out_dir: str) -> str:
    rate = report.records / report.seconds if report.seconds else 0.0
    duplicates = f", {report.duplicates:,} duplicate texts written once" if report.duplicates else ""
    line = (f"{report.records:,} records ({report.failures:,} failed{duplicates}) in {report.seconds:.1f} s, "
            f"{rate:.1f} records/s, into {out_dir}")
    if report.skipped:
        line += f"; {len(report.skipped)} chunks ({sum(r.records for r in report.skipped):,} records) were done before"
    return line
