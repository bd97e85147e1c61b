"""The table declarations from which the store's DuckDB tables and the batch Parquet schemas derive."""
from __future__ import annotations

import pytest

from tests.readouts import berlin_readout, london_readout
from wortlaut.store import schema
from wortlaut.store.tables import READOUT_TABLES, TABLES, Origin, failure_row, readout_rows


def test_a_column_added_after_its_table_may_be_null():
    """DuckDB's ALTER TABLE ADD COLUMN cannot add a NOT NULL column to rows already stored."""
    late = [(t.name, c.name) for t in TABLES for c in t.columns if c.since > t.since and not c.nullable]
    assert late == []


def test_every_version_has_its_migration():
    versions = {t.since for t in TABLES} | {c.since for t in TABLES for c in t.columns}
    assert versions <= {m.version for m in schema.MIGRATIONS}


@pytest.mark.parametrize("readout", [berlin_readout(), london_readout()], ids=["berlin", "london"])
def test_rows_fill_declared_columns_only(readout):
    rows = readout_rows(readout, Origin("a.txt"))
    for table in READOUT_TABLES:
        for row in rows[table.name]:
            assert set(row) <= set(table.column_names), table.name
            table.values(row)
    assert len(rows["attributions"]) == len(readout.attributions)
    assert {r["speaker"] for r in rows["attributions"]} == {a.speaker for a in readout.attributions}


def test_a_row_with_an_undeclared_column_is_refused():
    [table] = [t for t in TABLES if t.name == "failures"]
    with pytest.raises(KeyError, match="no column colour"):
        table.values({**failure_row("x", "y", None), "colour": "red"})
