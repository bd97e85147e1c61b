"""The corpus commands end to end: ingest (idempotent, failures recorded, resumable after a
kill), every query in every output format, sql, export."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys

import pytest

from wortlaut.cli import main
from wortlaut.store.tables import TABLES
from wortlaut.store import Store

SAID = "The mayor of {town} said that the old bridge would reopen in spring. \"We are proud,\" she told reporters."


def write_articles(folder, n: int, offset: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(offset, offset + n):
        (folder / f"article-{i:03d}.txt").write_text(SAID.format(town=f"Town{i}"), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder / "sub", 2)
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": "Foreign Secretary David Lammy said the talks would resume on Monday.",
                    "outlet": "Ledger", "published": "2024-05-01", "url": "https://ledger.example/1"}) + "\n"
        + "{broken\n", encoding="utf-8")
    return folder


def ingest(*args: str) -> int:
    return main(["ingest", *args, "--lang", "en"])


def test_ingest_a_folder_records_failures_and_is_idempotent(corpus, tmp_path, capsys):
    db = str(tmp_path / "c.duckdb")
    assert ingest(str(corpus), "--db", db) == 1
    err = capsys.readouterr().err
    assert "5 documents to ingest" in err
    assert f"{corpus / 'empty.txt'}: empty text: nothing to analyse" in err
    assert "3 added, 0 more publications of stored texts, 0 already in the store, 2 failed" in err
    assert ingest(str(corpus), str(corpus / "sub"), "--db", db) == 1
    assert "0 added, 0 more publications of stored texts, 5 already in the store, 2 failed; " in capsys.readouterr().err
    with Store.open(db, read_only=True) as store:
        assert store.count() == 3
        assert store.con.execute("SELECT input, attempts FROM failures ORDER BY input").fetchall() == [
            (str(corpus / "empty.txt"), 2), (f"{corpus / 'feed.jsonl'}:2", 2)]
        doc = store.con.execute("SELECT outlet, published, url, input FROM documents WHERE outlet IS NOT NULL").fetchone()
        assert doc == ("Ledger", "2024-05-01", "https://ledger.example/1", f"{corpus / 'feed.jsonl'}:1")


def test_queries_in_every_format(store_path, capsys):
    db = str(store_path)
    assert main(["said", "--by", "biden", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["content"] for r in rows] == ["sanctions remain in place", "die Lage sei ernst"]
    assert main(["speakers", "--db", db, "--format", "csv", "--outlet", "London Ledger"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["speaker"], r["statements"]) for r in table] == [("David Lammy", "1"), ("Joe Biden", "1")]
    assert main(["about", "Invasion", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Dmitri Peskow" in out and "distancing" in out and "1 rows" in out
    assert main(["balance", "--outlet", "Berliner Blatt", "--db", db, "--format", "json"]) == 0
    assert [(r["speaker"], r["share"]) for r in json.loads(capsys.readouterr().out)] == [
        ("Dmitri Peskow", 66.7), ("Joe Biden", 33.3)]
    assert main(["balance", "--by", "side", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("Berliner Blatt,Russland,2,1,")
    assert main(["failures", "--db", db, "--format", "json"]) == 0
    [failure] = json.loads(capsys.readouterr().out)
    assert failure["input"] == "broken.txt" and failure["last_failed_at"].startswith("20")
    assert main(["speakers", "--db", db, "--limit", "1", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_a_minimum_confidence_leaves_out_the_uncertain_and_the_unscored(store_path, capsys):
    db = str(store_path)
    assert main(["said", "--by", "peskow", "--db", db, "--format", "json", "--min-confidence", "0.5"]) == 0
    assert [(r["content"], r["confidence"]) for r in json.loads(capsys.readouterr().out)] == [
        ("Russland plane keinen Angriff", 0.82)]
    assert main(["about", "Invasion", "--db", db, "--format", "json", "--min-confidence", "0.3"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["speakers", "--db", db, "--format", "json", "--min-confidence", "0.5"]) == 0
    assert [(r["speaker"], r["statements"]) for r in json.loads(capsys.readouterr().out)] == [("Dmitri Peskow", 1)]
    assert main(["balance", "--db", db, "--format", "json", "--min-confidence", "0.9"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["balance", "--by", "side", "--db", db, "--min-confidence", "0.5"]) == 1
    assert "by speaker" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["said", "--by", "x", "--db", db, "--min-confidence", "1.5"])
    assert "between 0 and 1" in capsys.readouterr().err


def test_table_output_does_not_interpret_markup(tmp_path, capsys):
    db = str(tmp_path / "c.duckdb")
    Store.open(db).close()
    assert main(["sql", "SELECT '[bold red]x[/]' AS s", "--db", db]) == 0
    assert "[bold red]x[/]" in capsys.readouterr().out


def test_sql_is_read_only_and_errors_are_one_line(store_path, capsys):
    db = str(store_path)
    assert main(["sql", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out == "n\n2\n"
    assert main(["sql", "DELETE FROM documents", "--db", db]) == 1
    assert "only queries that read the store may run, not DELETE" in capsys.readouterr().err
    assert main(["sql", "SELEKT", "--db", db]) == 1
    assert "syntax error" in capsys.readouterr().err.lower()
    for empty in ("", " ;"):
        assert main(["sql", empty, "--db", db]) == 1
        assert capsys.readouterr().err.startswith("wortlaut: empty query")


def test_sql_takes_a_limit(store_path, capsys):
    db = str(store_path)
    assert main(["sql", "SELECT * FROM range(500)", "--db", db, "--format", "csv", "--limit", "3"]) == 0
    assert capsys.readouterr().out == "range\n0\n1\n2\n"
    assert main(["sql", "SELECT * FROM range(500)", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.count("\n") == 1 + 100


@pytest.mark.parametrize("command", [["speakers"], ["serve"], ["export", "out"]])
def test_a_missing_store_is_an_error_not_an_empty_answer(tmp_path, capsys, command):
    assert main([*command, "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such store" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


def test_export(store_path, tmp_path, capsys):
    assert main(["export", str(tmp_path / "out"), "--db", str(store_path), "--format", "csv"]) == 0
    written = capsys.readouterr().out.split()
    assert len(written) == len(TABLES) and all(os.path.getsize(p) > 0 for p in written)


def test_a_killed_ingest_keeps_what_it_committed_and_a_rerun_completes_it(tmp_path):
    folder, db = tmp_path / "many", str(tmp_path / "k.duckdb")
    total = 60
    write_articles(folder, total)
    command = [sys.executable, "-m", "wortlaut.cli", "ingest", str(folder), "--db", db, "--lang", "en"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in process.stderr:
            if line.startswith("wortlaut: added"):
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=60)
    finally:
        process.kill()
    assert process.returncode == -signal.SIGKILL
    with Store.open(db, read_only=True) as store:
        kept = store.count()
    assert 1 <= kept < total
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert (f"{total - kept} added, 0 more publications of stored texts, {kept} already in the store, 0 failed; "
            f"{db} holds {total} documents") in rerun.stderr
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(DISTINCT text), count(*) FROM documents").fetchone() == (total, total)


@pytest.mark.parametrize("target, message", [("", "name the folder"), ("a-file", "is a file, not a folder")])
def test_export_refuses_what_is_not_a_folder(store_path, tmp_path, monkeypatch, capsys, target, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-file").write_text("keep me")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["export", target, "--db", str(store_path)]) == 1
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_export_makes_a_missing_folder(store_path, tmp_path, capsys):
    assert main(["export", str(tmp_path / "new" / "deeper"), "--db", str(store_path)]) == 0
    assert (tmp_path / "new" / "deeper" / "documents.parquet").is_file()


def test_ingest_records_a_document_past_its_time_limit(tmp_path, example_path):
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(example_path), "--db", str(db), "--time-limit", "0.01"]) == 1
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT stage, error, reason FROM failures").fetchall() == [
            ("analyze", "DocumentTimeout", "took longer than 0.01 s")]


def test_queries_answer_while_an_ingest_runs(tmp_path):
    """A researcher reads all day while a feed is ingested: ``wortlaut sql`` gets in between the
    ingest's documents (before, every query failed until the ingest ended)."""
    folder, db = tmp_path / "many", str(tmp_path / "live.duckdb")
    total = 150
    write_articles(folder, total)
    command = [sys.executable, "-m", "wortlaut.cli", "ingest", str(folder), "--db", db, "--lang", "en"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    answers, during = [], 0
    try:
        for line in process.stderr:
            if line.startswith("wortlaut: added") and len(answers) < 2:
                query = subprocess.run([sys.executable, "-m", "wortlaut.cli", "sql", "--db", db,
                                        "SELECT count(*) AS n FROM documents", "--format", "json"],
                                       capture_output=True, text=True, timeout=60)
                during += process.poll() is None  # the ingest was still running when it answered
                assert query.returncode == 0, query.stderr
                answers.append(json.loads(query.stdout)[0]["n"])
        process.wait(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 0
    assert during >= 1 and answers == sorted(answers) and 1 <= answers[0] < total
