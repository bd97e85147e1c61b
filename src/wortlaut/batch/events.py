"""The events of a whole batch job, told across its articles: the job's ``event_mentions`` joined
into one ``events`` table, as the store joins them (``wortlaut.store.events``), written to
``<out>/events/events.parquet`` after the chunks (whole, atomically, again on every run)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from wortlaut.store.events import group_all
from wortlaut.store.schema import migrate
from wortlaut.store.tables import EVENT_MENTIONS

EVENTS_FILE = Path("events") / "events.parquet"


def join_events(out: Path) -> int:
    """Write the job's cross-article events; return how many (0 and no file when the job has no
    events)."""
    parts = sorted((out / EVENT_MENTIONS.name).glob("lang=*/month=*/part-*.parquet"))
    if not parts:
        return 0
    con = duckdb.connect()
    try:
        migrate(con)
        columns = ", ".join(c for c in EVENT_MENTIONS.column_names if c != "event_key")
        files = ", ".join("'" + str(p).replace("'", "''") + "'" for p in parts)
        con.execute(f"INSERT INTO event_mentions ({columns}) SELECT {columns} FROM read_parquet([{files}])")
        count = group_all(con)
        target = out / EVENTS_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        quoted = str(temporary).replace("'", "''")
        con.execute(f"COPY events TO '{quoted}' (FORMAT parquet)")
        temporary.replace(target)
        return count
    finally:
        con.close()
