"""The story commands: ``wortlaut stories`` lists the stories the store grouped, ``wortlaut
compare STORY`` shows how each outlet told one of them.

A comparison prints one table per section (articles, sources, claims, framing, omissions);
``--format json`` is the whole comparison with every cell's evidence (document id and offsets),
``csv`` one row per cell with its section and evidence.
"""
from __future__ import annotations

import argparse
import json
from typing import TextIO

from rich.console import Console

from wortlaut.cli.corpus import EXIT_FAILED, EXIT_OK, add_store_command
from wortlaut.cli.queries import ROW_FORMATS, ROW_WRITERS, add_date_range, write_table
from wortlaut.store import Store
from wortlaut.store.compare import Comparison, compare
from wortlaut.store.queries import Rows
from wortlaut.store.stories import find_story, list_stories


def add_story_commands(commands: argparse._SubParsersAction) -> None:
    stories = add_store_command(commands, "stories", "the stories: articles about one event across outlets, "
                                "with their date range and counts", run_stories)
    add_date_range(stories, "stories")
    stories.add_argument("--outlet", help="only stories this outlet told")
    stories.add_argument("--limit", type=int, default=100, help="at most this many stories (0: all; default 100)")
    stories.add_argument("--format", choices=ROW_FORMATS, default="table", help="output format (default table)")
    comparison = add_store_command(commands, "compare", "how each outlet told one story: sources, claims, "
                                   "framing and what it leaves out", run_compare)
    comparison.add_argument("story", metavar="STORY", help="the story's id (a prefix only it has will do)")
    comparison.add_argument("--format", choices=ROW_FORMATS, default="table", help="output format (default table)")


def run_stories(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Store.open(args.db, read_only=True) as store:
        rows = list_stories(store.con, args.since, args.until, args.outlet, args.limit or None)
    ROW_WRITERS[args.format](rows, out)
    return EXIT_OK


def run_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Store.open(args.db, read_only=True) as store:
        story_id = find_story(store.con, args.story)
        if story_id is None:
            err.write(f"wortlaut: no story {args.story!r} (or more than one starts so); see `wortlaut stories`\n")
            return EXIT_FAILED
        comparison = compare(store.con, story_id)
    COMPARISON_WRITERS[args.format](comparison, out)
    return EXIT_OK


def write_comparison_json(comparison: Comparison, out: TextIO) -> None:
    out.write(json.dumps(comparison.to_dict(), ensure_ascii=False) + "\n")


def write_comparison_csv(comparison: Comparison, out: TextIO) -> None:
    ROW_WRITERS["csv"](comparison.cells(), out)


def write_comparison_tables(comparison: Comparison, out: TextIO) -> None:
    console = Console(file=out, soft_wrap=False)
    console.print(f"{comparison.title} ({comparison.first_date} – {comparison.last_date}), story "
                  f"{comparison.story_id}", highlight=False)
    for name in Comparison.SECTIONS:
        console.print(f"\n{name}", highlight=False)
        cells = [{k: v for k, v in cell.items() if k != "evidence"} for cell in comparison.section(name)]
        columns = list(cells[0]) if cells else []
        write_table(Rows(columns, [tuple(cell.values()) for cell in cells]), out)


COMPARISON_WRITERS = {"table": write_comparison_tables, "json": write_comparison_json, "csv": write_comparison_csv}
