"""The store's DuckDB tables and their versioned migrations, derived from ``tables``.

A table or column declared with ``since=N`` is created by migration N; a change to the tables is
a new declaration with the next version and a new entry in ``MIGRATIONS``. Opening a store
applies the migrations it has not seen yet, in one transaction, so an older store is upgraded in
place and a store written by a newer wortlaut is refused instead of misread. A migration's ``then``
is code written against the tables as they are now, so every pending migration's statements run
before the first ``then`` (grouping an older store into stories writes the columns of later versions).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import duckdb

from wortlaut.store.persons import rebuild_persons
from wortlaut.store.stories import fill_topics, group_stored
from wortlaut.store.tables import TABLES, Column, ColumnType, Table


class SchemaError(RuntimeError):
    """The store cannot be used by this version of wortlaut; the message says what to do."""


DUCKDB_TYPES: dict[ColumnType, str] = {
    ColumnType.TEXT: "VARCHAR", ColumnType.INTEGER: "INTEGER", ColumnType.JSON: "JSON",
    ColumnType.TIMESTAMP: "TIMESTAMP", ColumnType.REAL: "DOUBLE",
}


@dataclass(frozen=True)
class Migration:
    """One schema version: the tables and columns declared with ``since=version`` (derived from
    ``tables.TABLES``), then ``backfill`` to fill new columns of rows already stored."""

    version: int
    summary: str
    backfill: str = ""
    then: Callable[[duckdb.DuckDBPyConnection], object] | None = None  # a backfill SQL cannot express

    @property
    def statements(self) -> list[str]:
        return [*schema_changes(self.version), *(s for s in self.backfill.split(";") if s.strip())]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, segments, entities, mentions, attributions, markers, claims, balance, failures"),
    Migration(2, "attributions carry their article's publication date, so that statement queries find the "
                 "newest without joining every document",
              "UPDATE attributions SET published = d.published FROM documents d WHERE d.id = attributions.doc_id"),
    Migration(3, "documents keep their crawl date and failures their stage and error type, so that the store "
                 "and batch output have the same tables"),
    Migration(4, "attributions name their addressee, to whom the words were said"),
    Migration(5, "events: each article's events (event_mentions) and the events told across articles (events)"),
    Migration(6, "attributions carry their confidence (stored readouts that had none keep null: not scored)"),
    Migration(7, "publications: every outlet, URL and date a stored text was published under, so that a "
                 "syndicated text counts for each outlet that published it",
              "INSERT INTO publications (doc_id, outlet, url, published, title, author, input, fetched, ingested_at) "
              "SELECT id, outlet, url, published, title, author, input, fetched, ingested_at FROM documents"),
    Migration(8, "persons: the person each speaker name counts under across the corpus",
              then=rebuild_persons),
    Migration(9, "stories: the articles that tell one event, across outlets and languages, and the keys "
                 "(text MinHash bands, quotations, events, persons) a new article is matched by",
              "CREATE INDEX story_keys_key ON story_keys (key); CREATE INDEX story_articles_story ON story_articles "
              "(story_id)", then=group_stored),
    Migration(10, "story articles keep a MinHash of their topic words, so that two outlets' differently worded "
                  "reports of one event that name the same persons join one story", then=fill_topics),
    Migration(11, "attributions keep the pieces of a message that holds its own cue and source (\"Die Lage, "
                  "so der Minister, sei ernst\"); stored ones that had none keep null"),
)


def column_sql(column: Column) -> str:
    sql = f"{column.name} {DUCKDB_TYPES[column.type]}"
    if column.primary_key:
        return sql + " PRIMARY KEY"
    if not column.nullable:
        sql += " NOT NULL"
    return sql + " UNIQUE" if column.unique else sql


def create_table(table: Table, version: int) -> str:
    columns = ", ".join(column_sql(c) for c in table.columns if c.since <= version)
    return f"CREATE TABLE {table.name} ({columns})"


def schema_changes(version: int) -> list[str]:
    """The DDL of one version: its new tables, then the columns it adds to older tables."""
    created = [create_table(t, version) for t in TABLES if t.since == version]
    added = [f"ALTER TABLE {t.name} ADD COLUMN {column_sql(c)}"
             for t in TABLES if t.since < version for c in t.columns if c.since == version]
    return created + added


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
            for statement in migration.statements:
                con.execute(statement)
        for migration in todo:
            if migration.then is not None:
                migration.then(con)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                        [migration.version, migration.summary, datetime.now(timezone.utc).replace(tzinfo=None)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return [m.version for m in todo]
