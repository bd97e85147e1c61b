"""``wortlaut analyze``: read articles and print their readouts, as JSON Lines or a report to read."""
from __future__ import annotations

import argparse
import json
from itertools import count
from typing import Callable, TextIO

from rich.console import Console

from wortlaut.cli.options import (add_analysis_options, add_confidence_option, add_fetch_options,
                                  add_metadata_options, add_time_limit_option, analyze_options)
from wortlaut.cli.report import print_report
from wortlaut.engine import analyze_input
from wortlaut.events.formats import GDELT_COLUMNS, gdelt_row, plover_record
from wortlaut.ingest import InputError
from wortlaut.model import Readout

EXIT_OK, EXIT_SOME_FAILED = 0, 1


def add_analyze_command(commands: argparse._SubParsersAction) -> None:
    analyze = commands.add_parser("analyze", help="read articles and print their readouts")
    analyze.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="text or HTML file, http(s) URL, or - for standard input")
    analyze.add_argument("--format", choices=["json", "text", "gdelt", "plover"], default="json",
                         help="json: one readout per line; text: a report to read; gdelt: the events as GDELT 2.0 "
                              "event rows (tab-separated, with a header); plover: the events as PLOVER JSON records, "
                              "one per line")
    add_analysis_options(analyze)
    add_fetch_options(analyze)
    add_metadata_options(analyze)
    add_time_limit_option(analyze)
    add_confidence_option(analyze, "report")
    analyze.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    analyze.set_defaults(run=run_analyze)


def run_analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    options = analyze_options(args)
    write = _writer(args.format, out)
    failed = 0
    for name in args.inputs:
        try:
            readout = analyze_input(name, options)
        except (InputError, OSError) as exc:
            failed += 1
            err.write(f"wortlaut: {name}: {exc}\n")
            continue
        except Exception as exc:  # a bug must not hide the other inputs' results
            if args.debug:
                raise
            failed += 1
            err.write(f"wortlaut: {name}: internal error: {exc!r} (run with --debug for details)\n")
            continue
        write(readout)
        out.flush()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _writer(fmt: str, out: TextIO) -> Callable[[Readout], None]:
    if fmt == "json":
        return lambda r: out.write(r.to_json() + "\n")
    if fmt == "plover":
        return lambda r: out.writelines(json.dumps(plover_record(e, r), ensure_ascii=False) + "\n" for e in r.events)
    if fmt == "gdelt":
        numbers = count(1)
        out.write("\t".join(GDELT_COLUMNS) + "\n")
        return lambda r: out.writelines("\t".join(gdelt_row(e, r, next(numbers))) + "\n" for e in r.events)
    return lambda r: print_report(r, Console(file=out, soft_wrap=False))
