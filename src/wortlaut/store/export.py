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


def export(con: duckdb.DuckDBPyConnection, folder: str | Path, fmt: str) -> list[Path]:
    """Write each table to ``folder/<table>.<ext>``; return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    suffix, options = FORMATS[fmt]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in data_tables(con):
        path = folder / f"{table}.{suffix}"
        quoted = str(path).replace("'", "''")
        con.execute(f"COPY {table} TO '{quoted}' ({options})")
        written.append(path)
    return written
