"""A readout as the rows of the declared tables (``wortlaut.store.tables``), and a failed record
as its one failures row. Every row also carries its partition keys, ``lang`` and ``month``,
which the writer turns into folders.

The store's clock columns (``ingested_at``, ``first_failed_at``, ``last_failed_at``) stay null
here: a job's rows depend on its inputs alone, so a re-run chunk, or the same job on Spark,
writes exactly the same rows."""
from __future__ import annotations

import re

from wortlaut.model import Readout
from wortlaut.store.tables import FAILURES, READOUT_TABLES, Origin, Row, failure_row, readout_rows

Rows = dict[str, list[Row]]

TABLE_NAMES = tuple(t.name for t in (*READOUT_TABLES, FAILURES))  # the store's own tables (events) come after
UNKNOWN = "unknown"
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def month_of(*dates: str | None) -> str:
    """``YYYY-MM`` of the first date that has one (publication, then crawl), else "unknown"."""
    for date in dates:
        match = _MONTH.match(date or "")
        if match and 1 <= int(match.group(2)) <= 12:
            return match.group(0)
    return UNKNOWN


def readout_table_rows(readout: Readout, record: str, fetched: str | None) -> Rows:
    """Every table's rows for one analysed document."""
    doc = readout.doc
    keys = {"lang": doc.lang, "month": month_of(doc.published, fetched)}
    made = readout_rows(readout, Origin(record, fetched))
    return {name: [{**row, **keys} for row in made.get(name, [])] for name in TABLE_NAMES}


def failure_table_rows(record: str, stage: str, error: BaseException, fetched: str | None) -> Rows:
    """The one failures row of a record that could not be read or analysed."""
    row = failure_row(record, str(error) or repr(error), None, stage, type(error).__name__, fetched)
    row |= {"lang": UNKNOWN, "month": month_of(fetched)}
    return {name: [row] if name == "failures" else [] for name in TABLE_NAMES}
