"""Events from the command line: GDELT rows and PLOVER records from ``analyze``, and the
corpus-wide ``events`` query over a store."""
from __future__ import annotations

import csv
import io
import json

from tests.readouts import call_readout
from wortlaut.cli import main
from wortlaut.events.formats import GDELT_COLUMNS
from wortlaut.store import Store

THREAT = "Die USA drohen Russland mit harten Sanktionen.\n"


def test_analyze_writes_gdelt_rows_with_a_header(tmp_path, capsys):
    path = tmp_path / "threat.txt"
    path.write_text(THREAT, encoding="utf-8")
    assert main(["analyze", str(path), "--lang", "de", "--format", "gdelt"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    assert rows[0] == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    row = dict(zip(rows[0], rows[1]))
    assert (row["Actor1CountryCode"], row["Actor2CountryCode"], row["EventRootCode"]) == ("USA", "RUS", "13")
    assert row["QuadClass"] == "3" and row["GoldsteinScale"] == ""


def test_analyze_writes_plover_records_with_their_evidence(tmp_path, capsys):
    path = tmp_path / "threat.txt"
    path.write_text(THREAT, encoding="utf-8")
    assert main(["analyze", str(path), "--lang", "de", "--format", "plover"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["event"] == "THREATEN" and record["modality"] == "asserted"
    start, end = record["evidence"]["trigger"]
    assert THREAT[start:end] == record["eventText"] == "drohen"
    assert record["source"]["code"] == "USA" and record["target"]["code"] == "RUS"


def test_events_command_counts_articles_not_rows(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        for n in range(3):
            store.add(call_readout(n, f"outlet {n}", "2022-02-12"))
    assert main(["events", "--db", str(db), "--actor", "Putin", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1 and rows[0]["articles"] == 3 and rows[0]["outlets"] == 3
    assert main(["events", "--db", str(db), "--type", "ASSAULT", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_export_events_writes_one_gdelt_row_per_event_with_its_counts(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        for n in range(4):
            store.add(call_readout(n, f"outlet {n % 2}", "2022-02-12"))
    target = tmp_path / "events.tsv"
    assert main(["export-events", str(target), "--db", str(db)]) == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8")), delimiter="\t"))
    assert len(rows) == 2  # the header and one event told by four articles
    row = dict(zip(rows[0], rows[1]))
    assert (row["NumArticles"], row["NumSources"], row["SQLDATE"]) == ("4", "2", "20220212")
    assert main(["export-events", str(tmp_path / "events.jsonl"), "--db", str(db), "--format", "plover"]) == 0
    record = json.loads((tmp_path / "events.jsonl").read_text(encoding="utf-8"))
    assert record["event"] == "CONSULT" and record["articles"] == 4
    assert main(["export-events", str(tmp_path), "--db", str(db)]) == 1
    assert "name a file" in capsys.readouterr().err
