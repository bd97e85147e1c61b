"""``wortlaut analyze``: read articles and print their readouts, as JSON Lines or a report to read."""
from __future__ import annotations

import argparse
import json
from itertools import count
from typing import Callable, TextIO

from rich.console import Console
from rich.table import Table

from wortlaut.attribution.confidence import UNCERTAIN_BELOW
from wortlaut.cli.options import (add_analysis_options, add_confidence_option, add_fetch_options,
                                  add_time_limit_option, analyze_options)
from wortlaut.engine import analyze_input
from wortlaut.events.formats import GDELT_COLUMNS, gdelt_row, plover_record
from wortlaut.ingest import InputError
from wortlaut.model import Balance, Readout

EXIT_OK, EXIT_SOME_FAILED = 0, 1
PREVIEW_CHARS = 90


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


def print_report(readout: Readout, console: Console) -> None:
    """The human-readable report: title, language, structure, and who said what."""
    doc = readout.doc
    console.rule(f"[bold]{doc.title or '(untitled)'}")
    facts = [f"language: {doc.lang}", f"id: {doc.id}", f"{len(doc.text):,} characters"]
    facts += [f"{k}: {v}" for k, v in (("outlet", doc.outlet), ("published", doc.published),
                                        ("url", doc.url)) if v]
    console.print(" · ".join(facts))
    structure = Table(title="Structure", show_lines=False)
    structure.add_column("kind", style="cyan", no_wrap=True)
    structure.add_column("offsets", justify="right", no_wrap=True)
    structure.add_column("text")
    for seg in readout.segments:
        structure.add_row(seg.kind, f"{seg.start}–{seg.end}", _preview(doc.text[seg.start:seg.end]))
    console.print(structure)
    said = Table(title="Who said what")
    for column in ("source", "cue", "type", "stance", "sure", "content"):
        said.add_column(column, justify="right" if column == "sure" else "left")
    for att in readout.attributions:
        source = att.speaker or "—"
        cue = " … ".join(p.text for p in att.cue.parts) or att.cue.text if att.cue else "—"
        sure = "—" if att.confidence is None else f"{att.confidence:.2f}"
        said.add_row(source, cue, att.type, att.stance, sure, _preview(att.content.text),
                     style="dim" if att.confidence is not None and att.confidence < UNCERTAIN_BELOW else None)
    console.print(said)
    if readout.events:
        console.print(_events_table(readout))
    if readout.balance is not None:
        console.print(_balance_table(readout.balance))


def _balance_table(balance: Balance) -> Table:
    """One row per source, then per side, then the article: how much room and what framing."""
    table = Table(title="Balance")
    for column in ("source", "side", "n", "dir/mix/ind", "dist/neu/end", "quoted", "hedges", "scare",
                   "denies/denied"):
        table.add_column(column, justify="left" if column in ("source", "side") else "right")
    for tally in [*balance.sources, *balance.sides, balance.total]:
        types = "/".join(str(tally.by_type.get(t, 0)) for t in ("direct", "mixed", "indirect"))
        stances = "/".join(str(tally.by_stance.get(s, 0)) for s in ("distancing", "neutral", "endorsing"))
        table.add_row(tally.name, tally.side or "—", str(tally.attributions), types, stances,
                      str(tally.quoted_words), str(tally.hedges), str(tally.scare_quotes),
                      f"{tally.denials}/{tally.denied}")
    return table


def _events_table(readout: Readout) -> Table:
    """Who did what to whom, with the modality that says who stands behind it."""
    table = Table(title="Events")
    for column in ("type", "actor", "recipient", "modality", "trigger", "offsets", "told"):
        table.add_column(column, justify="right" if column == "told" else "left")
    for event in readout.events:
        actor = event.actor.canonical or event.actor.text if event.actor else "—"
        recipient = event.recipient.canonical or event.recipient.text if event.recipient else "—"
        table.add_row(f"{event.type} ({event.cameo})", actor, recipient, event.modality, event.trigger.text,
                      f"{event.trigger.start}–{event.trigger.end}", str(len(event.mentions)))
    return table


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"
