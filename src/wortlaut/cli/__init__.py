"""The ``wortlaut`` command line.

Exit status: 0 when every input was analysed, 1 when some failed (one line each on stderr,
the others still run), 2 on usage errors.

One module per command group registers its commands here: ``analyze``, ``stages``, the corpus
commands (``ingest``, the queries, ``stories`` and ``compare``, ``export``, ``serve``) and ``batch``.
"""
from __future__ import annotations

import argparse
import sys
import warnings

from wortlaut.cli.analyze import add_analyze_command
from wortlaut.cli.batch import add_batch_command
from wortlaut.cli.export import add_export_command
from wortlaut.cli.ingest import add_ingest_command
from wortlaut.cli.options import check_analysis_options
from wortlaut.ingest import InputError
from wortlaut.cli.queries import add_query_commands
from wortlaut.cli.serve import add_serve_command
from wortlaut.cli.stages import add_stages_command
from wortlaut.cli.stories import add_story_commands
from wortlaut.stages import StageError

__all__ = ["build_parser", "main"]

EXIT_USAGE, EXIT_INTERRUPTED = 2, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wortlaut", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_analyze_command(commands)
    add_stages_command(commands)
    add_ingest_command(commands)
    add_query_commands(commands)
    add_story_commands(commands)
    add_export_command(commands)
    add_serve_command(commands)
    add_batch_command(commands)
    return parser


def _show_warning(message, *_args, **_kwargs) -> None:
    sys.stderr.write(f"wortlaut: warning: {message}\n")


def main(argv: list[str] | None = None) -> int:
    warnings.showwarning = _show_warning
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        check_analysis_options(args)
    except (StageError, InputError) as exc:
        sys.stderr.write(f"wortlaut: {exc}\n")
        return EXIT_USAGE
    try:
        return args.run(args, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        sys.stderr.write("wortlaut: interrupted\n")
        return EXIT_INTERRUPTED
