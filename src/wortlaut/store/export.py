"""Every table of the store written to a folder, one file per table, for tools beyond wortlaut."""
from __future__ import annotations

import json
from functools import lru_cache, partial
from pathlib import Path

import duckdb

from wortlaut.events.formats import GDELT_COLUMNS, Counts, gdelt_row, plover_record
from wortlaut.model import Readout

FORMATS: dict[str, tuple[str, str]] = {
    "parquet": ("parquet", "FORMAT parquet"),
    "jsonl": ("jsonl", "FORMAT json"),
    "csv": ("csv", "FORMAT csv, HEADER"),
}


def data_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_name <> 'schema_version' ORDER BY table_name").fetchall()]


class ExportError(ValueError):
    """A folder the tables cannot be written to; the message says why."""


def export(con: duckdb.DuckDBPyConnection, folder: str | Path, fmt: str) -> list[Path]:
    """Write each table to ``folder/<table>.<ext>`` (the folder is made when missing); return the
    files written. An empty name is refused rather than read as the current folder."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not str(folder).strip():
        raise ExportError("name the folder to export to")
    suffix, options = FORMATS[fmt]
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot make the folder {folder}: {exc.strerror}") from None
    written = []
    for table in data_tables(con):
        path = folder / f"{table}.{suffix}"
        quoted = str(path).replace("'", "''")
        con.execute(f"COPY {table} TO '{quoted}' ({options})")
        written.append(path)
    return written


EVENT_FORMATS = ("gdelt", "plover")
READOUTS_KEPT = 256  # an export of a large store keeps only the readouts it read last
EVENT_TELLINGS = """
SELECT e.event_key, e.mentions, e.outlets, e.articles, m.doc_id, m.event_id
FROM events e JOIN event_mentions m ON m.event_key = e.event_key
ORDER BY e.first_date NULLS LAST, e.event_key, m.published NULLS LAST, m.doc_id, m.event_id
"""


def export_events(con: duckdb.DuckDBPyConnection, path: str | Path, fmt: str) -> int:
    """Write the store's events, one per event however many articles tell it, as GDELT 2.0 rows
    (tab-separated, with a header) or PLOVER JSON records (one per line); the first article
    to tell an event gives its evidence, the corpus its counts. Returns how many were written."""
    if fmt not in EVENT_FORMATS:
        raise ExportError(f"unknown event format {fmt!r} (choose from {', '.join(EVENT_FORMATS)})")
    path = Path(path)
    if not str(path).strip() or path.is_dir():
        raise ExportError(f"name a file to write the events to, not {str(path)!r}")
    readout_of = lru_cache(maxsize=READOUTS_KEPT)(partial(_stored_readout, con))
    written, seen = 0, set()
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}") from None
    with handle:
        if fmt == "gdelt":
            handle.write("\t".join(GDELT_COLUMNS) + "\n")
        for key, mentions, outlets, articles, doc_id, event_id in con.execute(EVENT_TELLINGS).fetchall():
            if key in seen:
                continue
            seen.add(key)
            readout = readout_of(doc_id)
            event = next(e for e in readout.events if e.id == event_id)
            written += 1
            if fmt == "gdelt":
                handle.write("\t".join(gdelt_row(event, readout, written, counts=Counts(mentions, outlets, articles))) + "\n")
            else:
                record = plover_record(event, readout) | {"articles": articles, "outlets": outlets, "mentions": mentions}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return written


def _stored_readout(con: duckdb.DuckDBPyConnection, doc_id: str) -> Readout:
    return Readout.from_dict(json.loads(con.execute("SELECT readout FROM documents WHERE id = ?", [doc_id]).fetchone()[0]))
