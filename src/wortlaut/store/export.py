"""Every table of the store written to a folder, one file per table, for tools beyond wortlaut."""
from __future__ import annotations

from pathlib import Path

import duckdb

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
