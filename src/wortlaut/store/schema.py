"""The store's tables and their versioned migrations.

Every change to the tables is a new numbered migration appended to ``MIGRATIONS``; opening a
store applies the ones it has not seen yet, in one transaction, so an older store is upgraded
in place and a store written by a newer wortlaut is refused instead of misread.

Offsets are Python ``str`` indices into ``documents.text`` (end-exclusive), as in the readout;
``documents.readout`` keeps the whole readout, so nothing the tables leave out is lost.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb


class SchemaError(RuntimeError):
    """The store cannot be used by this version of wortlaut; the message says what to do."""


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    sql: str


V1_TABLES = """
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,
    text_hash VARCHAR NOT NULL UNIQUE,
    lang VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    published VARCHAR,
    author VARCHAR,
    text VARCHAR NOT NULL,
    input VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    readout JSON NOT NULL
);
CREATE TABLE segments (
    doc_id VARCHAR NOT NULL, n INTEGER NOT NULL, kind VARCHAR NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
CREATE TABLE entities (
    doc_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, label VARCHAR, canonical VARCHAR,
    mentions INTEGER NOT NULL
);
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, n INTEGER NOT NULL, text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
CREATE TABLE attributions (
    doc_id VARCHAR NOT NULL, attribution_id VARCHAR NOT NULL, type VARCHAR NOT NULL,
    stance VARCHAR NOT NULL, speaker VARCHAR,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER, source_canonical VARCHAR,
    source_entity VARCHAR,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER, cue_lemma VARCHAR, cue_parts JSON,
    content_text VARCHAR NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    nested_in VARCHAR
);
CREATE TABLE markers (
    doc_id VARCHAR NOT NULL, n INTEGER NOT NULL, kind VARCHAR NOT NULL, text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, attributed_to VARCHAR,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER, attribution_id VARCHAR
);
CREATE TABLE claims (
    doc_id VARCHAR NOT NULL, n INTEGER NOT NULL, claim_text VARCHAR NOT NULL,
    claim_start INTEGER NOT NULL, claim_end INTEGER NOT NULL, denial VARCHAR NOT NULL,
    link VARCHAR NOT NULL, claim_attribution VARCHAR, claimant VARCHAR, denier VARCHAR
);
CREATE TABLE balance (
    doc_id VARCHAR NOT NULL, scope VARCHAR NOT NULL, name VARCHAR NOT NULL, side VARCHAR,
    attributions INTEGER NOT NULL,
    direct INTEGER NOT NULL, indirect INTEGER NOT NULL, mixed INTEGER NOT NULL,
    neutral INTEGER NOT NULL, distancing INTEGER NOT NULL, endorsing INTEGER NOT NULL,
    quoted_words INTEGER NOT NULL, hedges INTEGER NOT NULL, scare_quotes INTEGER NOT NULL,
    denials INTEGER NOT NULL, denied INTEGER NOT NULL
);
CREATE TABLE failures (
    input VARCHAR PRIMARY KEY, reason VARCHAR NOT NULL, attempts INTEGER NOT NULL,
    first_failed_at TIMESTAMP NOT NULL, last_failed_at TIMESTAMP NOT NULL
);
"""

V2_ATTRIBUTION_DATES = """
ALTER TABLE attributions ADD COLUMN published VARCHAR;
UPDATE attributions SET published = d.published FROM documents d WHERE d.id = attributions.doc_id;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, segments, entities, mentions, attributions, markers, claims, balance, failures",
              V1_TABLES),
    Migration(2, "attributions carry their article's publication date, so that statement queries find the "
                 "newest without joining every document", V2_ATTRIBUTION_DATES),
)

VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, summary VARCHAR, applied_at TIMESTAMP NOT NULL)"


def latest_version() -> int:
    return max(m.version for m in MIGRATIONS)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open store: 0 for an empty database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'").fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def pending(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    """The migrations this store still needs; raises SchemaError for a store newer than this code."""
    version = current_version(con)
    if version > latest_version():
        raise SchemaError(f"the store has schema version {version}, newer than this wortlaut knows "
                          f"({latest_version()}): upgrade wortlaut to read it")
    return sorted((m for m in MIGRATIONS if m.version > version), key=lambda m: m.version)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the pending migrations in one transaction; return the versions applied."""
    todo = pending(con)
    if not todo:
        return []
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(VERSION_TABLE)
        for migration in todo:
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                        [migration.version, migration.summary, datetime.now(timezone.utc).replace(tzinfo=None)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return [m.version for m in todo]
