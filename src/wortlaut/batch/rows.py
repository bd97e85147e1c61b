"""A readout as table rows: one row per document, attribution, marker, entity and tally, and
one per failed record. Every row carries the document id (and its table's partition keys,
``lang`` and ``month``, which the writer turns into folders)."""
from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from wortlaut.model import Attribution, Balance, Entity, Marker, Readout, Tally

Row = dict[str, Any]
Rows = dict[str, list[Row]]

TABLES = ("documents", "attributions", "markers", "entities", "balance", "failures")
UNKNOWN = "unknown"
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def month_of(*dates: str | None) -> str:
    """``YYYY-MM`` of the first date that has one (publication, then crawl), else "unknown"."""
    for date in dates:
        match = _MONTH.match(date or "")
        if match and 1 <= int(match.group(2)) <= 12:
            return match.group(0)
    return UNKNOWN


def readout_rows(readout: Readout, record: str, fetched: str | None) -> Rows:
    """Every table's rows for one analysed document."""
    doc = readout.doc
    keys = {"doc_id": doc.id, "lang": doc.lang, "month": month_of(doc.published, fetched)}
    document = {
        **keys, "record": record, "url": doc.url, "title": doc.title, "outlet": doc.outlet,
        "published": doc.published, "author": doc.author, "fetched": fetched, "chars": len(doc.text),
        "n_attributions": len(readout.attributions), "n_markers": len(readout.markers),
        "n_entities": len(readout.entities), "text": doc.text, "readout": readout.to_json(),
    }
    return {
        "documents": [document],
        "attributions": [{**keys, **_attribution_row(a)} for a in readout.attributions],
        "markers": [{**keys, "n": n, **_marker_row(m)} for n, m in enumerate(readout.markers)],
        "entities": [{**keys, **_entity_row(e)} for e in readout.entities],
        "balance": [{**keys, **row} for row in _balance_rows(readout.balance)],
        "failures": [],
    }


def failure_rows(record: str, stage: str, error: BaseException, fetched: str | None) -> Rows:
    """The one failures row of a record that could not be read or analysed."""
    row = {"lang": UNKNOWN, "month": month_of(fetched), "record": record, "stage": stage,
           "error": type(error).__name__, "reason": str(error) or repr(error), "fetched": fetched}
    return {table: [row] if table == "failures" else [] for table in TABLES}


def _attribution_row(att: Attribution) -> Row:
    source, cue = att.source, att.cue
    return {
        "id": att.id, "type": att.type, "stance": att.stance, "nested_in": att.nested_in,
        "source_text": source.text if source else None, "source_start": source.start if source else None,
        "source_end": source.end if source else None, "source_canonical": source.canonical if source else None,
        "source_entity": source.entity if source else None,
        "cue_text": cue.text if cue else None, "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None, "cue_lemma": cue.lemma if cue else None,
        "content_text": att.content.text, "content_start": att.content.start, "content_end": att.content.end,
    }


def _marker_row(marker: Marker) -> Row:
    target = marker.target
    return {
        "kind": marker.kind, "text": marker.text, "start": marker.start, "end": marker.end,
        "attributed_to": marker.attributed_to, "attribution": marker.attribution,
        "target_text": target.text if target else None, "target_start": target.start if target else None,
        "target_end": target.end if target else None,
    }


def _entity_row(entity: Entity) -> Row:
    return {"id": entity.id, "label": entity.label, "canonical": entity.canonical,
            "n_mentions": len(entity.mentions), "mentions": [asdict(m) for m in entity.mentions]}


def _balance_rows(balance: Balance | None) -> list[Row]:
    if balance is None:
        return []
    levels = [("source", t) for t in balance.sources] + [("side", t) for t in balance.sides]
    return [_tally_row(level, tally) for level, tally in [*levels, ("total", balance.total)]]


def _tally_row(level: str, tally: Tally) -> Row:
    return {
        "level": level, "name": tally.name, "side": tally.side, "attributions": tally.attributions,
        **{t: tally.by_type.get(t, 0) for t in ("direct", "mixed", "indirect")},
        **{s: tally.by_stance.get(s, 0) for s in ("distancing", "neutral", "endorsing")},
        "quoted_words": tally.quoted_words, "hedges": tally.hedges, "scare_quotes": tally.scare_quotes,
        "denials": tally.denials, "denied": tally.denied,
    }
