"""``wortlaut ingest``: analyse files, folders, URLs, feeds and JSON Lines into the store, with a
progress bar on a terminal and one line per document in logs."""
from __future__ import annotations

import argparse
from functools import partial
from typing import TextIO

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

from wortlaut.batch.read import is_batch_output, read_readouts
from wortlaut.cli.corpus import EXIT_FAILED, EXIT_OK, add_store_command
from wortlaut.cli.options import (add_analysis_options, add_fetch_options, add_metadata_options,
                                  add_time_limit_option, analyze_options)
from wortlaut.engine import analyze_ingested
from wortlaut.ingest.corpus import discover
from wortlaut.store import Store
from wortlaut.store.load import ItemResult, load_corpus, load_readouts


def add_ingest_command(commands: argparse._SubParsersAction) -> None:
    ingest = add_store_command(commands, "ingest",
                               "analyse files, folders, URLs, feeds and JSON Lines into the store", run_ingest)
    ingest.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="file, folder (recursive), http(s) URL, RSS/Atom feed (file or URL), "
                             ".jsonl file of {text|html, url, outlet, published}, a `wortlaut batch` "
                             "output folder (its readouts are stored without analysing again), or -")
    add_analysis_options(ingest)
    add_fetch_options(ingest)
    add_metadata_options(ingest)
    add_time_limit_option(ingest)


class RateColumn(ProgressColumn):
    """Documents per second, so that the user can size a corpus run."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "… docs/s", style="progress.data.speed")


def run_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    options = analyze_options(args)
    read = options.read
    console = Console(file=err)
    batch_outputs = [name for name in args.inputs if is_batch_output(name)]
    with Store.open(args.db, release=True) as store:  # others may read between documents
        items = discover([name for name in args.inputs if name not in batch_outputs], read)
        err.write(f"wortlaut: {len(items):,} documents to ingest into {args.db}\n")
        progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                            console=console, disable=not console.is_terminal)
        with progress:
            task = progress.add_task("ingest", total=len(items))

            def report(result: ItemResult) -> None:
                _log_result(result, progress.console if console.is_terminal else None, err)
                progress.advance(task)

            summary = load_corpus(store, items, partial(analyze_ingested, options=options), report)
            for folder in batch_outputs:
                batch = load_readouts(store, ((f"{folder}#{r.doc.id}", r) for r in read_readouts(folder)), report)
                for outcome in ("added", "republished", "skipped", "failed"):
                    setattr(summary, outcome, getattr(summary, outcome) + getattr(batch, outcome))
        total = store.count()
    err.write(f"wortlaut: {summary.added:,} added, {summary.republished:,} more publications of stored texts, "
              f"{summary.skipped:,} already in the store, {summary.failed:,} failed; {args.db} holds {total:,} "
              f"documents\n")
    return EXIT_FAILED if summary.failed else EXIT_OK


def _log_result(result: ItemResult, live: Console | None, err: TextIO) -> None:
    """Failures always get a line; with no progress bar (output not a terminal), every item does,
    so that logs of batch runs show how far a run got."""
    if result.outcome == "failed":
        line = f"wortlaut: {result.name}: {result.reason}"
    elif live is None:
        line = f"wortlaut: {result.outcome} {result.name} ({result.doc_id})"
    else:
        return
    if live is not None:
        live.print(line, highlight=False, markup=False)
    else:
        err.write(line + "\n")
        err.flush()
