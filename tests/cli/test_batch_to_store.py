"""A `wortlaut batch` output folder goes into a store without being analysed again."""
import json
import subprocess
import sys

import duckdb

ARTICLES = [
    {"text": "Regierungssprecher Max Mustermann sagte am Montag, die Gespräche würden fortgesetzt.",
     "outlet": "Beispielzeitung", "published": "2024-05-02"},
    {"text": "The mayor said on Tuesday that the new bridge would open next year.",
     "outlet": "Example Post", "published": "2024-05-03"},
]


def wortlaut(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wortlaut.cli", *args], capture_output=True, text=True,
                          timeout=300)


def test_batch_output_is_ingested_once(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "corpus.duckdb"
    batch = wortlaut("batch", str(source), "--out", str(out), "--workers", "1")
    assert batch.returncode == 0, batch.stderr
    first = wortlaut("ingest", str(out), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "2 added" in first.stderr
    again = wortlaut("ingest", str(out), "--db", str(db))
    assert "0 added, 0 more publications of stored texts, 2 already in the store" in again.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2
        speakers = {row[0] for row in con.execute("select source_canonical from attributions").fetchall()}
    assert "Max Mustermann" in speakers


def test_batch_exits_1_and_counts_when_records_fail(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n", encoding="utf-8")
    batch = wortlaut("batch", str(source), "--out", str(tmp_path / "out"), "--workers", "1")
    assert batch.returncode == 1
    assert "1 records failed: see the failures table" in batch.stderr
