"""The corpus store: one DuckDB file holding every readout, normalised into tables.

Writes are one transaction per document, so a killed run loses at most the document it was
working on, and a document whose text is already stored is never stored twice: a second outlet
publishing it adds a publication, not a document.

DuckDB lets one process write a file, or several read it, not both at once. So that a
researcher can read (``wortlaut sql``, the web app) while an ingest runs, the ingest opens the
store *released*: it connects for each document's transaction and lets go of the file between
documents, and every open waits a little for the file instead of failing at once.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from wortlaut.model import Readout
from wortlaut.store.schema import SchemaError, migrate, pending
from wortlaut.store.events import group_document_events
from wortlaut.store.persons import add_speakers
from wortlaut.store.stories import group_document, recount_story_of
from wortlaut.store.tables import (FAILURES, PUBLICATIONS, READOUT_TABLES, Origin, Table, failure_row,
                                   publication_row, publication_rows, text_hash)

DEFAULT_DB = "wortlaut.duckdb"
# What a repeated failure of an input replaces; its first failure time and count are kept.
FAILURE_UPDATES = ("reason", "last_failed_at", "stage", "error", "fetched")
# How long an open waits for a file another process is using: longer than one document's
# write transaction, or one page's queries, by far.
LOCK_WAIT_S = 10.0


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message says why."""


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class Store:
    """A store, either *held* (one connection for its whole life: readers, a web request) or
    *released* (a connection per transaction: an ingest that others may read beside)."""
    path: str
    held: duckdb.DuckDBPyConnection | None

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False, release: bool = False) -> "Store":
        """Open (or create) a store, upgrading an older one's schema first.

        A read-only store that needs an upgrade is upgraded through a short writable connection;
        a read-only open of a missing file is an error rather than an empty store. With
        ``release`` the store is writable and lets go of the file between transactions.
        """
        path = str(path)
        if read_only and not Path(path).is_file():
            raise StoreError(f"{path}: no such store (create it with `wortlaut ingest --db {path} …`)")
        con = _connect(path, read_only)
        try:
            _refuse_foreign(con, path)
            if not read_only:
                migrate(con)
            elif pending(con):
                con.close()
                cls.open(path).close()
                con = _connect(path, read_only=True)
        except SchemaError as exc:
            con.close()
            raise StoreError(f"{path}: {exc}") from None
        if release and not read_only:
            con.close()
            return cls(path, None)
        return cls(path, con)

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection of a held store (what queries run on)."""
        if self.held is None:
            raise StoreError(f"{self.path}: a released store has no open connection; use connection()")
        return self.held

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The held connection, or a new one for a released store, closed (and the file let go)
        when the block ends."""
        if self.held is not None:
            yield self.held
            return
        con = _connect(self.path, read_only=False)
        try:
            yield con
        finally:
            con.close()

    def close(self) -> None:
        if self.held is not None:
            self.held.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_text(self, text: str) -> str | None:
        """The id of the stored document with exactly this text, or None."""
        with self.connection() as con:
            return _stored_id(con, text)

    def add(self, readout: Readout, input_name: str | None = None, fetched: str | None = None) -> bool:
        """Store a readout and all its rows in one transaction; False when its text is already
        there (then only its publication is added, if it is a new one: ``add_publication``)."""
        origin = Origin(input_name, fetched, utc_now())
        with self.connection() as con:
            if _stored_id(con, readout.doc.text):
                _add_publication(con, publication_rows(readout, origin)[0])
                return False
            con.execute("BEGIN TRANSACTION")
            try:
                for table in READOUT_TABLES:
                    rows = table.rows(readout, origin)
                    if rows:
                        con.executemany(_insert(table), [table.values(row) for row in rows])
                group_document_events(con, readout.doc.id)
                group_document(con, readout.doc.id)
                add_speakers(con, sorted({(a.speaker, readout.doc.lang) for a in readout.attributions if a.speaker}))
                if input_name is not None:
                    _forget_failure(con, input_name)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return True

    def add_publication(self, doc_id: str, title: str | None = None, url: str | None = None,
                        outlet: str | None = None, published: str | None = None, author: str | None = None,
                        input_name: str | None = None, fetched: str | None = None) -> bool:
        """Record that a stored text was published (again): by another outlet, or under another
        URL. False when the store knows this publication already (the same outlet and URL)."""
        row = publication_row(doc_id, title, url, outlet, published, author, Origin(input_name, fetched, utc_now()))
        with self.connection() as con:
            return _add_publication(con, row)

    def record_failure(self, input_name: str, reason: str, stage: str | None = None, error: str | None = None,
                       fetched: str | None = None) -> None:
        """Remember why an input failed; a later failure of the same input updates the record."""
        row = failure_row(input_name, reason, utc_now(), stage, error, fetched)
        with self.connection() as con:
            con.execute(_insert(FAILURES) + " ON CONFLICT (input) DO UPDATE SET " + ", ".join(
                ["attempts = failures.attempts + 1"] + [f"{c} = excluded.{c}" for c in FAILURE_UPDATES]),
                FAILURES.values(row))

    def forget_failure(self, input_name: str) -> None:
        with self.connection() as con:
            _forget_failure(con, input_name)

    def readout(self, doc_id: str) -> Readout | None:
        with self.connection() as con:
            row = con.execute("SELECT readout FROM documents WHERE id = ?", [doc_id]).fetchone()
        return Readout.from_dict(json.loads(row[0])) if row else None

    def count(self, table: str = "documents") -> int:
        with self.connection() as con:
            return con.execute(f"SELECT count(*) FROM {_table(con, table)}").fetchone()[0]


def _stored_id(con: duckdb.DuckDBPyConnection, text: str) -> str | None:
    row = con.execute("SELECT id FROM documents WHERE text_hash = ?", [text_hash(text)]).fetchone()
    return row[0] if row else None


def _add_publication(con: duckdb.DuckDBPyConnection, row: dict) -> bool:
    known = con.execute("SELECT 1 FROM publications WHERE doc_id = ? AND outlet IS NOT DISTINCT FROM ? "
                        "AND url IS NOT DISTINCT FROM ?", [row["doc_id"], row["outlet"], row["url"]]).fetchone()
    if known:
        return False
    con.execute(_insert(PUBLICATIONS), PUBLICATIONS.values(row))
    recount_story_of(con, row["doc_id"])
    return True


def _forget_failure(con: duckdb.DuckDBPyConnection, input_name: str) -> None:
    con.execute("DELETE FROM failures WHERE input = ?", [input_name])


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection, after waiting up to ``LOCK_WAIT_S`` for a file another process holds
    (a released ingest holds it only while it writes one document)."""
    wait = LOCK_WAIT_S
    give_up = time.monotonic() + wait
    pause = 0.005
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            locked = "lock" in str(exc).lower()
            if locked and time.monotonic() < give_up:
                time.sleep(pause)
                pause = min(pause * 2, 0.1)
                continue
            reason = (f"another process has held it for over {wait:g} s (one writer, or readers, at a time)"
                      if locked else str(exc))
            raise StoreError(f"{path}: cannot open the store: {reason}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a wortlaut store ({exc})") from None


def _refuse_foreign(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """A DuckDB file with tables of its own and no wortlaut schema version is someone else's
    database: wortlaut neither reads it as a store nor writes its tables into it."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()").fetchall()}
    if tables and "schema_version" not in tables:
        con.close()
        raise StoreError(f"{path}: not a wortlaut store (it holds other tables: {', '.join(sorted(tables)[:5])})")


def _insert(table: Table) -> str:
    return f"INSERT INTO {table.name} ({', '.join(table.column_names)}) VALUES ({', '.join('?' * len(table.columns))})"


def _table(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """``name`` if it is one of the store's tables (table names cannot be SQL parameters)."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if name not in tables:
        raise StoreError(f"no table {name!r} in the store")
    return name
