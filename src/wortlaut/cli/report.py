"""``wortlaut analyze --format text``: a readout as a report to read, and to check against the article.

The report is evidence: a researcher quotes from it and looks up what it shows in the text, so
every attribution, marker and claim is shown whole, with its character offsets, and nothing of it
is cut to fit. One block per item instead of a wide table keeps it readable at 80 columns and when
piped into a file or a pager, where a table of ten columns wraps into cells of one word each.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from wortlaut.attribution.confidence import UNCERTAIN_BELOW
from wortlaut.model import Attribution, Balance, ClaimDenial, Cue, Marker, Readout, Source, Span, Tally

INDENT = 2  # a block's rows under its heading
LINK_MEANING = {  # how the text ties a claim to its denial (ClaimDenial.link)
    "relative": "the denial is a relative clause on the claim",
    "object": "the claim is the denial's object",
    "content": "the claim is the denial's own content",
}
ATTRIBUTION_LEGEND = (
    f"Each attribution: its id, type, stance and sure (the probability that content and source are right; "
    f"below {UNCERTAIN_BELOW:.2f} marked uncertain); offsets are characters in the text."
)
MARKER_LEGEND = "Framing devices: scare quotes, hedges, loaded words and reader appeals; words of: whose term it is."
CLAIM_LEGEND = "A claim, who made it, and the attribution that denies it."
BALANCE_LEGEND = (
    "One row per source, then per side (the country or bloc the text puts a source on), then the "
    "article. n: attributions · type d/m/i: direct, mixed, indirect · stance d/n/e: distancing, "
    "neutral, endorsing · quoted words: words inside quotation marks · hedges, scare quotes: in the "
    "source's statements · denies/denied: claims the source denies / its own claims denied."
)


@dataclass(frozen=True)
class Block:
    """One attribution, marker or claim: a heading line, then labelled rows of evidence."""

    heading: str
    rows: list[tuple[str, str]]
    dim: bool = False


def print_report(readout: Readout, console: Console) -> None:
    """The human-readable report: title, counts, structure, who said what, framing markers,
    claims and their denials, events and the balance of voices."""
    _print_head(readout, console)
    _print_structure(readout, console)
    _print_blocks(console, "Who said what", ATTRIBUTION_LEGEND, [_attribution_block(a) for a in readout.attributions])
    _print_blocks(console, "Markers", MARKER_LEGEND, [_marker_block(m) for m in readout.markers])
    _print_blocks(console, "Claims and denials", CLAIM_LEGEND,
                  [_claim_block(n, c) for n, c in enumerate(readout.claims, start=1)])
    if readout.events:
        _print_events(readout, console)
    if readout.balance is not None:
        _print_balance(readout.balance, console)


def summary(readout: Readout) -> str:
    """The article's counts in one line; markers outside any attribution (an outlet's own scare
    quote, a reader appeal) count as much as those inside."""
    uncertain = sum(1 for a in readout.attributions if _uncertain(a))
    outside = sum(1 for m in readout.markers if m.attribution is None)
    return (f"{_count(len(readout.attributions), 'attribution')} ({uncertain} uncertain) · "
            f"{_count(len(readout.markers), 'marker')} ({outside} outside attributions) · "
            f"{_count(len(readout.claims), 'claim')} · {_count(len(readout.events), 'event')}")


def _print_head(readout: Readout, console: Console) -> None:
    doc = readout.doc
    console.rule()
    _print_wrapped(console, doc.title or "(untitled)", "bold")
    facts = [f"language: {doc.lang}", f"id: {doc.id}", f"{len(doc.text):,} characters"]
    facts += [f"{k}: {v}" for k, v in (("outlet", doc.outlet), ("published", doc.published), ("url", doc.url)) if v]
    _print_wrapped(console, " · ".join(facts))
    _print_wrapped(console, summary(readout))


def _print_structure(readout: Readout, console: Console) -> None:
    """One line per segment; the text column only says where each opens (the evidence is below)."""
    console.rule("Structure", align="left")
    table = Table(box=None, pad_edge=False, expand=True)
    table.add_column("kind", style="cyan", no_wrap=True, min_width=len("boilerplate"))
    table.add_column("offsets", justify="right", no_wrap=True, min_width=len("0000–0000"))
    table.add_column("opens with", no_wrap=True, overflow="ellipsis", ratio=1)
    for seg in readout.segments:
        table.add_row(seg.kind, _offsets(seg.start, seg.end), Text(" ".join(readout.doc.text[seg.start:seg.end].split())))
    console.print(table)


def _print_blocks(console: Console, title: str, legend: str, blocks: list[Block]) -> None:
    console.rule(f"{title} ({len(blocks)})", align="left")
    _print_wrapped(console, legend, "italic")
    if not blocks:
        console.print("none")
    for block in blocks:
        _print_block(console, block)


def _print_block(console: Console, block: Block) -> None:
    """The heading, then each row's label and its value wrapped under itself, so that every line
    fits the console and no word of the evidence is lost."""
    style = "dim" if block.dim else None
    console.print(Text(block.heading, style="bold" if style is None else "bold dim"))
    label_width = max(len(label) for label, _ in block.rows)
    hang = " " * (INDENT + label_width + 1)
    for label, value in block.rows:
        lines = _wrap(value, console.width - len(hang)) or [""]
        console.print(Text.assemble(" " * INDENT, (label.ljust(label_width), "cyan"), " ", lines[0], style=style))
        for line in lines[1:]:
            console.print(Text(hang + line, style=style))


def _print_wrapped(console: Console, text: str, style: str | None = None) -> None:
    for line in _wrap(text, console.width):
        console.print(Text(line, style=style))


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken between words (a word longer than a line is
    split, never cut); hyphenated words stay whole where they fit."""
    return textwrap.wrap(text, max(width, 20), break_on_hyphens=False)


def _attribution_block(att: Attribution) -> Block:
    """Who said what, to whom, with the words that tell it: source, cue, addressee and the whole content."""
    sure = "sure —" if att.confidence is None else f"sure {att.confidence:.2f}"
    heading = [att.type, att.stance, sure + (" (uncertain)" if _uncertain(att) else "")]
    if att.nested_in is not None:
        heading.append(f"inside {att.nested_in}")
    rows = [("source", _source(att.source)), ("cue", _cue(att.cue))]
    if att.addressee is not None:
        rows.append(("to", _source(att.addressee)))
    rows.append(("content", _evidence(att.content)))
    return Block(" · ".join([att.id, *heading]), rows, dim=_uncertain(att))


def _marker_block(marker: Marker) -> Block:
    """A framing device, whose words it is and what it frames."""
    place = f"in {marker.attribution}" if marker.attribution is not None else "outside attributions"
    rows = [("text", _evidence(Span(marker.text, marker.start, marker.end))),
            ("words of", marker.attributed_to or "— (the outlet's)")]
    if marker.target is not None:
        rows.append(("target", _evidence(marker.target)))
    return Block(f"{marker.kind} · {place}", rows)


def _claim_block(number: int, pair: ClaimDenial) -> Block:
    """A claim, who made it and who denies it, and how the text ties them together."""
    claimed = f"{pair.claimant or '—'}" + (f" ({pair.claim_attribution})" if pair.claim_attribution else "")
    rows = [("claim", _evidence(pair.claim)),
            ("claimed by", claimed),
            ("denied by", f"{pair.denier or '—'} ({pair.denial})"),
            ("link", f"{pair.link}: {LINK_MEANING[pair.link]}" if pair.link in LINK_MEANING else pair.link)]
    return Block(f"claim {number} · denied in {pair.denial}", rows)


def _print_events(readout: Readout, console: Console) -> None:
    """Who did what to whom, with the modality that says who stands behind it."""
    console.rule(f"Events ({len(readout.events)})", align="left")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("event", no_wrap=True)
    table.add_column("actor → recipient", overflow="fold")
    table.add_column("modality", no_wrap=True)
    table.add_column("trigger", overflow="fold")
    table.add_column("told", justify="right", no_wrap=True)
    for event in readout.events:
        actor = event.actor.canonical or event.actor.text if event.actor else "—"
        recipient = event.recipient.canonical or event.recipient.text if event.recipient else "—"
        trigger = f"{event.trigger.text}\n{_offsets(event.trigger.start, event.trigger.end)}"
        table.add_row(f"{event.type} {event.cameo}", Text(f"{actor} → {recipient}"), event.modality,
                      Text(trigger), str(len(event.mentions)))
    console.print(table)


def _print_balance(balance: Balance, console: Console) -> None:
    """How much room each voice gets and how it is framed, with what the columns mean."""
    console.rule("Balance", align="left")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for column in ("source", "side", "n", "type\nd/m/i", "stance\nd/n/e", "quoted\nwords", "hedges", "scare\nquotes",
                   "denies/\ndenied"):
        table.add_column(column, justify="left" if column in ("source", "side") else "right",
                         no_wrap=column != "source", overflow="fold")
    for tally in [*balance.sources, *balance.sides, balance.total]:
        table.add_row(*_tally_cells(tally))
    console.print(table)
    _print_wrapped(console, BALANCE_LEGEND, "italic")


def _tally_cells(tally: Tally) -> list[Text | str]:
    types = "/".join(str(tally.by_type.get(t, 0)) for t in ("direct", "mixed", "indirect"))
    stances = "/".join(str(tally.by_stance.get(s, 0)) for s in ("distancing", "neutral", "endorsing"))
    return [Text(tally.name), Text(tally.side or "—"), str(tally.attributions), types, stances,
            str(tally.quoted_words), str(tally.hedges), str(tally.scare_quotes), f"{tally.denials}/{tally.denied}"]


def _source(source: Source | None) -> str:
    """A source or addressee by whom it resolves to, with its words in the text where they differ."""
    if source is None:
        return "— (none found)"
    words = "" if source.text == source.name else f"{source.text}, "
    return f"{source.name} ({words}{_offsets(source.start, source.end)})"


def _cue(cue: Cue | None) -> str:
    if cue is None:
        return "— (none)"
    words = " … ".join(p.text for p in cue.parts) or cue.text
    return f"{words} ({_offsets(cue.start, cue.end)})"


def _evidence(span: Span) -> str:
    """A stretch of the text, whole, after its offsets; line breaks in it become spaces."""
    return f"{_offsets(span.start, span.end)}  {' '.join(span.text.split())}"


def _offsets(start: int, end: int) -> str:
    return f"{start}–{end}"


def _uncertain(att: Attribution) -> bool:
    return att.confidence is not None and att.confidence < UNCERTAIN_BELOW


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
