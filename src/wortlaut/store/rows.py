"""A readout as rows of the store's tables (in the column order of ``schema.py``)."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Callable, get_args

from wortlaut.model import AttributionType, Readout, Stance, Tally

TYPES = get_args(AttributionType)
STANCES = get_args(Stance)

Row = tuple


def text_hash(text: str) -> str:
    """The full SHA-256 of a text: the key that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_row(readout: Readout, input_name: str | None, ingested_at: datetime) -> Row:
    doc = readout.doc
    return (doc.id, text_hash(doc.text), doc.lang, doc.title, doc.url, doc.outlet, doc.published,
            doc.author, doc.text, input_name, ingested_at, readout.to_json())


def segment_rows(readout: Readout) -> list[Row]:
    return [(readout.doc.id, n, s.kind, s.start, s.end) for n, s in enumerate(readout.segments)]


def entity_rows(readout: Readout) -> list[Row]:
    return [(readout.doc.id, e.id, e.label, e.canonical, len(e.mentions)) for e in readout.entities]


def mention_rows(readout: Readout) -> list[Row]:
    return [(readout.doc.id, e.id, n, m.text, m.start, m.end)
            for e in readout.entities for n, m in enumerate(e.mentions)]


def attribution_rows(readout: Readout) -> list[Row]:
    rows = []
    for a in readout.attributions:
        source, cue = a.source, a.cue
        speaker = (source.canonical or source.text) if source else None
        rows.append((
            readout.doc.id, a.id, a.type, a.stance, speaker,
            *((source.text, source.start, source.end, source.canonical, source.entity) if source else (None,) * 5),
            *((cue.text, cue.start, cue.end, cue.lemma,
               json.dumps([[p.start, p.end] for p in cue.parts])) if cue else (None,) * 5),
            a.content.text, a.content.start, a.content.end, a.nested_in, readout.doc.published,
        ))
    return rows


def marker_rows(readout: Readout) -> list[Row]:
    return [(readout.doc.id, n, m.kind, m.text, m.start, m.end, m.attributed_to,
             *((m.target.text, m.target.start, m.target.end) if m.target else (None,) * 3), m.attribution)
            for n, m in enumerate(readout.markers)]


def claim_rows(readout: Readout) -> list[Row]:
    return [(readout.doc.id, n, c.claim.text, c.claim.start, c.claim.end, c.denial, c.link,
             c.claim_attribution, c.claimant, c.denier) for n, c in enumerate(readout.claims)]


def balance_rows(readout: Readout) -> list[Row]:
    balance = readout.balance
    if balance is None:
        return []
    tallies = [("total", balance.total)] + [("source", t) for t in balance.sources] + [("side", t) for t in balance.sides]
    return [_tally_row(readout.doc.id, scope, tally) for scope, tally in tallies]


def _tally_row(doc_id: str, scope: str, t: Tally) -> Row:
    return (doc_id, scope, t.name, t.side, t.attributions,
            *(t.by_type.get(k, 0) for k in TYPES), *(t.by_stance.get(k, 0) for k in STANCES),
            t.quoted_words, t.hedges, t.scare_quotes, t.denials, t.denied)


CHILD_ROWS: dict[str, Callable[[Readout], list[Row]]] = {
    "segments": segment_rows,
    "entities": entity_rows,
    "mentions": mention_rows,
    "attributions": attribution_rows,
    "markers": marker_rows,
    "claims": claim_rows,
    "balance": balance_rows,
}
