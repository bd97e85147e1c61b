"""The readout's tables, declared once.

Each table lists its columns (name, type, whether it may be null, the store schema version that
added it) and the function that makes its rows from a readout. The DuckDB tables and their
migrations (``schema``), the rows the store inserts (``db``) and the Parquet datasets of a batch
job (``wortlaut.batch.output``) all derive from these declarations, so a table has the same
columns wherever it is written.

Offsets are Python ``str`` indices into ``documents.text`` (end-exclusive), as in the readout;
``documents.readout`` keeps the whole readout, so nothing the tables leave out is lost.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Callable, get_args

from wortlaut.model import AttributionType, Readout, Span, Stance, Tally

Row = dict[str, Any]


class ColumnType(Enum):
    TEXT = "text"
    INTEGER = "integer"
    JSON = "json"
    TIMESTAMP = "timestamp"
    REAL = "real"


TEXT, INTEGER, JSON, TIMESTAMP = ColumnType.TEXT, ColumnType.INTEGER, ColumnType.JSON, ColumnType.TIMESTAMP
REAL = ColumnType.REAL


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType = TEXT
    nullable: bool = True
    since: int = 1  # the store schema version that added it; a later column must be nullable
    primary_key: bool = False
    unique: bool = False
    long: bool = False  # may hold a whole article (Parquet: large_string)


@dataclass(frozen=True)
class Origin:
    """What no readout holds: which input a readout came from, when it was crawled and stored."""

    input: str | None = None
    fetched: str | None = None
    ingested_at: datetime | None = None


RowMaker = Callable[[Readout, Origin], list[Row]]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: RowMaker | None = None  # None: not made from a readout (failures)
    since: int = 1

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def values(self, row: Row) -> tuple:
        """A row's values in column order (a column the row lacks is null); a key that is not a
        column is a bug in a row maker, never silently dropped."""
        unknown = row.keys() - set(self.column_names)
        if unknown:
            raise KeyError(f"{self.name} has no column {', '.join(sorted(unknown))}")
        return tuple(row.get(name) for name in self.column_names)


def text_hash(text: str) -> str:
    """The full SHA-256 of a text: the key that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _required(name: str, type: ColumnType = TEXT, **options: Any) -> Column:
    return Column(name, type, nullable=False, **options)


def _span(prefix: str, required: bool = False, since: int = 1) -> tuple[Column, ...]:
    if required:
        return _required(f"{prefix}_start", INTEGER), _required(f"{prefix}_end", INTEGER)
    return Column(f"{prefix}_start", INTEGER, since=since), Column(f"{prefix}_end", INTEGER, since=since)


# --------------------------------------------------------------------------- rows from a readout

TYPES = get_args(AttributionType)
STANCES = get_args(Stance)


def document_rows(readout: Readout, origin: Origin) -> list[Row]:
    doc = readout.doc
    return [{"id": doc.id, "text_hash": text_hash(doc.text), "lang": doc.lang, "title": doc.title, "url": doc.url,
             "outlet": doc.outlet, "published": doc.published, "author": doc.author, "text": doc.text,
             "input": origin.input, "ingested_at": origin.ingested_at, "readout": readout.to_json(),
             "fetched": origin.fetched}]


def publication_row(doc_id: str, title: str | None, url: str | None, outlet: str | None, published: str | None,
                    author: str | None, origin: Origin) -> Row:
    """One publication of a stored text: who published it where and when, and from which input
    it was read. A text that several outlets publish (an agency report) is stored and analysed
    once and has one publication per outlet."""
    return {"doc_id": doc_id, "title": title, "url": url, "outlet": outlet, "published": published,
            "author": author, "input": origin.input, "fetched": origin.fetched, "ingested_at": origin.ingested_at}


def publication_rows(readout: Readout, origin: Origin) -> list[Row]:
    doc = readout.doc
    return [publication_row(doc.id, doc.title, doc.url, doc.outlet, doc.published, doc.author, origin)]


def segment_rows(readout: Readout, origin: Origin) -> list[Row]:
    return [{"doc_id": readout.doc.id, "n": n, "kind": s.kind, "char_start": s.start, "char_end": s.end}
            for n, s in enumerate(readout.segments)]


def entity_rows(readout: Readout, origin: Origin) -> list[Row]:
    return [{"doc_id": readout.doc.id, "entity_id": e.id, "label": e.label, "canonical": e.canonical,
             "mentions": len(e.mentions)} for e in readout.entities]


def mention_rows(readout: Readout, origin: Origin) -> list[Row]:
    return [{"doc_id": readout.doc.id, "entity_id": e.id, "n": n, "text": m.text, "char_start": m.start,
             "char_end": m.end} for e in readout.entities for n, m in enumerate(e.mentions)]


def _pieces(parts: tuple[Span, ...]) -> list[list[int]]:
    """A cue's or message's pieces as [start, end] pairs."""
    return [[p.start, p.end] for p in parts]


def attribution_rows(readout: Readout, origin: Origin) -> list[Row]:
    rows = []
    for a in readout.attributions:
        row: Row = {"doc_id": readout.doc.id, "attribution_id": a.id, "type": a.type, "stance": a.stance,
                    "speaker": a.speaker, "content_text": a.content.text, "content_start": a.content.start,
                    "content_end": a.content.end, "nested_in": a.nested_in, "published": readout.doc.published,
                    "confidence": a.confidence, "content_parts": json.dumps(_pieces(a.content.parts))}
        if a.source is not None:
            row |= {"source_text": a.source.text, "source_start": a.source.start, "source_end": a.source.end,
                    "source_canonical": a.source.canonical, "source_entity": a.source.entity}
        if a.addressee is not None:
            row |= {"addressee_text": a.addressee.text, "addressee_start": a.addressee.start,
                    "addressee_end": a.addressee.end, "addressee_canonical": a.addressee.canonical,
                    "addressee_entity": a.addressee.entity}
        if a.cue is not None:
            row |= {"cue_text": a.cue.text, "cue_start": a.cue.start, "cue_end": a.cue.end, "cue_lemma": a.cue.lemma,
                    "cue_parts": json.dumps(_pieces(a.cue.parts))}
        rows.append(row)
    return rows


def marker_rows(readout: Readout, origin: Origin) -> list[Row]:
    rows = []
    for n, m in enumerate(readout.markers):
        row: Row = {"doc_id": readout.doc.id, "n": n, "kind": m.kind, "text": m.text, "char_start": m.start,
                    "char_end": m.end, "attributed_to": m.attributed_to, "attribution_id": m.attribution}
        if m.target is not None:
            row |= {"target_text": m.target.text, "target_start": m.target.start, "target_end": m.target.end}
        rows.append(row)
    return rows


def claim_rows(readout: Readout, origin: Origin) -> list[Row]:
    return [{"doc_id": readout.doc.id, "n": n, "claim_text": c.claim.text, "claim_start": c.claim.start,
             "claim_end": c.claim.end, "denial": c.denial, "link": c.link, "claim_attribution": c.claim_attribution,
             "claimant": c.claimant, "denier": c.denier} for n, c in enumerate(readout.claims)]


def balance_rows(readout: Readout, origin: Origin) -> list[Row]:
    balance = readout.balance
    if balance is None:
        return []
    tallies = [("total", balance.total)] + [("source", t) for t in balance.sources] + [("side", t) for t in balance.sides]
    return [_tally_row(readout.doc.id, scope, tally) for scope, tally in tallies]


def _tally_row(doc_id: str, scope: str, t: Tally) -> Row:
    return {"doc_id": doc_id, "scope": scope, "name": t.name, "side": t.side, "attributions": t.attributions,
            **{k: t.by_type.get(k, 0) for k in TYPES}, **{k: t.by_stance.get(k, 0) for k in STANCES},
            "quoted_words": t.quoted_words, "hedges": t.hedges, "scare_quotes": t.scare_quotes,
            "denials": t.denials, "denied": t.denied}


def _party_columns(role: str, party) -> Row:
    if party is None:
        return {}
    return {f"{role}_text": party.text, f"{role}_start": party.start, f"{role}_end": party.end,
            f"{role}_canonical": party.canonical, f"{role}_country": party.country, f"{role}_agent": party.agent,
            f"{role}_entity": party.entity}


def event_mention_rows(readout: Readout, origin: Origin) -> list[Row]:
    """One row per event an article tells, with every place it tells it (``mentions``); the
    store joins the rows of many articles into one ``events`` row each."""
    doc = readout.doc
    rows = []
    for e in readout.events:
        row: Row = {"doc_id": doc.id, "event_id": e.id, "type": e.type, "cameo": e.cameo, "quad": e.quad,
                    "mode": e.mode, "context": json.dumps(e.context), "modality": e.modality,
                    "trigger_text": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
                    "trigger_lemma": e.trigger.lemma, "attribution_id": e.attribution, "date": e.date,
                    "published": doc.published, "outlet": doc.outlet,
                    "mentions": json.dumps([[m.trigger.start, m.trigger.end] for m in e.mentions])}
        rows.append(row | _party_columns("actor", e.actor) | _party_columns("recipient", e.recipient))
    return rows


def failure_row(input_name: str, reason: str, at: datetime | None, stage: str | None = None, error: str | None = None,
                fetched: str | None = None) -> Row:
    """An input that could not be read or analysed, and why (``stage``: read, analyze or timeout)."""
    return {"input": input_name, "reason": reason, "attempts": 1, "first_failed_at": at, "last_failed_at": at,
            "stage": stage, "error": error, "fetched": fetched}


# --------------------------------------------------------------------------- the declarations

DOCUMENTS = Table("documents", (
    Column("id", primary_key=True), _required("text_hash", unique=True), _required("lang"), Column("title"),
    Column("url"), Column("outlet"), Column("published"), Column("author"), _required("text", long=True),
    Column("input"), _required("ingested_at", TIMESTAMP), _required("readout", JSON, long=True),
    Column("fetched", since=3),
), document_rows)

SEGMENTS = Table("segments", (
    _required("doc_id"), _required("n", INTEGER), _required("kind"), *_span("char", required=True),
), segment_rows)

ENTITIES = Table("entities", (
    _required("doc_id"), _required("entity_id"), Column("label"), Column("canonical"), _required("mentions", INTEGER),
), entity_rows)

MENTIONS = Table("mentions", (
    _required("doc_id"), _required("entity_id"), _required("n", INTEGER), _required("text"),
    *_span("char", required=True),
), mention_rows)

ATTRIBUTIONS = Table("attributions", (
    _required("doc_id"), _required("attribution_id"), _required("type"), _required("stance"), Column("speaker"),
    Column("source_text"), *_span("source"), Column("source_canonical"), Column("source_entity"),
    Column("cue_text"), *_span("cue"), Column("cue_lemma"), Column("cue_parts", JSON),
    _required("content_text"), *_span("content", required=True), Column("nested_in"),
    Column("published", since=2),
    Column("addressee_text", since=4), *_span("addressee", since=4), Column("addressee_canonical", since=4),
    Column("addressee_entity", since=4), Column("confidence", REAL, since=6), Column("content_parts", JSON, since=11),
), attribution_rows)

MARKERS = Table("markers", (
    _required("doc_id"), _required("n", INTEGER), _required("kind"), _required("text"), *_span("char", required=True),
    Column("attributed_to"), Column("target_text"), *_span("target"), Column("attribution_id"),
), marker_rows)

CLAIMS = Table("claims", (
    _required("doc_id"), _required("n", INTEGER), _required("claim_text"), *_span("claim", required=True),
    _required("denial"), _required("link"), Column("claim_attribution"), Column("claimant"), Column("denier"),
), claim_rows)

BALANCE = Table("balance", (
    _required("doc_id"), _required("scope"), _required("name"), Column("side"), _required("attributions", INTEGER),
    *(_required(k, INTEGER) for k in TYPES), *(_required(k, INTEGER) for k in STANCES),
    *(_required(k, INTEGER) for k in ("quoted_words", "hedges", "scare_quotes", "denials", "denied")),
), balance_rows)

def _party(role: str) -> tuple[Column, ...]:
    return (Column(f"{role}_text"), *_span(role), Column(f"{role}_canonical"), Column(f"{role}_country"),
            Column(f"{role}_agent"), Column(f"{role}_entity"))


EVENT_MENTIONS = Table("event_mentions", (
    _required("doc_id"), _required("event_id"), _required("type"), _required("cameo"), _required("quad"),
    Column("mode"), Column("context", JSON), _required("modality"),
    _required("trigger_text"), *_span("trigger", required=True), Column("trigger_lemma"),
    *_party("actor"), *_party("recipient"), Column("attribution_id"), Column("date"), Column("published"),
    Column("outlet"), _required("mentions", JSON), Column("event_key"),
), event_mention_rows, since=5)

# One event told by many articles: made by the store from ``event_mentions`` (``store.events``).
EVENTS = Table("events", (
    Column("event_key", primary_key=True), _required("type"), _required("cameo"), _required("quad"),
    _required("actor_key"), _required("recipient_key"), Column("actor"), Column("actor_country"), Column("actor_agent"),
    Column("recipient"), Column("recipient_country"), Column("recipient_agent"),
    Column("first_date"), Column("last_date"), _required("articles", INTEGER), _required("outlets", INTEGER),
    _required("mentions", INTEGER), _required("asserted", INTEGER), _required("modalities", JSON),
), since=5)

PUBLICATIONS = Table("publications", (
    _required("doc_id"), Column("outlet"), Column("url"), Column("published"), Column("title"), Column("author"),
    Column("input"), Column("fetched"), _required("ingested_at", TIMESTAMP),
), publication_rows, since=7)

# One row per speaker name: the person it counts under across the corpus (``store.persons``).
PERSONS = Table("persons", (
    Column("name", primary_key=True), _required("lang"), Column("person"), _required("words", INTEGER),
    _required("key"), _required("surname"), _required("search"),
), since=8)

# Aliases a user added to this store (``wortlaut persons --aliases``), besides lang/aliases.tsv.
ALIASES = Table("aliases", (
    Column("variant", primary_key=True), _required("person"),
), since=8)

# Articles about the same event, across outlets and languages (``store.stories``).
STORIES = Table("stories", (
    Column("story_id", primary_key=True), Column("title"), Column("first_date"), Column("last_date"),
    _required("articles", INTEGER), _required("outlets", INTEGER),
), since=9)

# Which story each stored text is in, and why it joined: the stored article it matched
# (``joined_with``), by which signal (text, quote, event, topic; ``first`` for an article that
# started a story, so a story that others were merged into has several) and how much; and the
# MinHash signatures of its shingles and of its topic words that later articles are compared with.
STORY_ARTICLES = Table("story_articles", (
    Column("doc_id", primary_key=True), _required("story_id"), Column("day"), _required("signal"),
    Column("score", REAL), Column("joined_with"), _required("signature", JSON), Column("topic", JSON, since=10),
), since=9)

# What a stored text can be found by (MinHash bands, quotations, events, persons), for the next one.
STORY_KEYS = Table("story_keys", (
    _required("doc_id"), _required("kind"), _required("key"), Column("day"),
), since=9)

FAILURES = Table("failures", (
    Column("input", primary_key=True), _required("reason"), _required("attempts", INTEGER),
    _required("first_failed_at", TIMESTAMP), _required("last_failed_at", TIMESTAMP),
    Column("stage", since=3), Column("error", since=3), Column("fetched", since=3),
))

TABLES: tuple[Table, ...] = (DOCUMENTS, PUBLICATIONS, SEGMENTS, ENTITIES, MENTIONS, ATTRIBUTIONS, MARKERS, CLAIMS,
                             BALANCE, EVENT_MENTIONS, EVENTS, PERSONS, ALIASES, STORIES, STORY_ARTICLES, STORY_KEYS,
                             FAILURES)
READOUT_TABLES: tuple[Table, ...] = tuple(t for t in TABLES if t.rows is not None)


def readout_rows(readout: Readout, origin: Origin) -> dict[str, list[Row]]:
    """Every readout table's rows for one readout, by table name."""
    return {table.name: table.rows(readout, origin) for table in READOUT_TABLES}
