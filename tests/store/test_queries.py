"""Every corpus query, on a store of two hand-made readouts from two outlets."""
from __future__ import annotations

import duckdb
import pytest

from wortlaut.store import Store
from wortlaut.store import queries
from wortlaut.store.export import FORMATS, export


@pytest.fixture
def con(store_path):
    with Store.open(store_path, read_only=True) as store:
        yield store.con


def test_speakers_counts_statements_per_speaker_and_outlet(con):
    rows = queries.speakers(con).dicts()
    assert [(r["speaker"], r["outlet"], r["statements"]) for r in rows] == [
        ("Dmitri Peskow", "Berliner Blatt", 2),
        ("David Lammy", "London Ledger", 1),
        ("Joe Biden", "Berliner Blatt", 1),
        ("Joe Biden", "London Ledger", 1),
    ]
    peskow = rows[0]
    assert (peskow["articles"], peskow["indirect"], peskow["neutral"], peskow["distancing"]) == (1, 2, 1, 1)
    assert [r["speaker"] for r in queries.speakers(con, outlet="London Ledger").dicts()] == ["David Lammy", "Joe Biden"]
    assert len(queries.speakers(con, limit=1).rows) == 1


def test_said_by_finds_a_speaker_by_part_of_the_name_with_article_date_and_evidence(con):
    rows = queries.said_by(con, "biden").dicts()
    assert [(r["outlet"], r["published"], r["content"]) for r in rows] == [
        ("London Ledger", "2024-03-05", "sanctions remain in place"),
        ("Berliner Blatt", "2024-02-01", "die Lage sei ernst"),
    ]
    berlin = rows[1]
    assert berlin["cue"] == "teilte dagegen mit" and berlin["url"] == "https://berlin.example/a1"
    assert berlin["title"] == "Moskau weist Vorwürfe zurück"
    text = con.execute("SELECT text FROM documents WHERE id = ?", [berlin["doc_id"]]).fetchone()[0]
    assert text[berlin["content_start"]:berlin["content_end"]] == berlin["content"]
    assert queries.said_by(con, "nobody").rows == []


def test_about_finds_statements_whose_content_mentions_a_term(con):
    rows = queries.about(con, "INVASION").dicts()
    assert [(r["speaker"], r["stance"]) for r in rows] == [("Dmitri Peskow", "distancing")]
    unnamed = queries.about(con, "talks to resume").dicts()
    assert unnamed[0]["speaker"] is None
    assert queries.about(con, "Lammy").rows == []  # the speaker's name is not what he said


def test_balance_gives_each_outlet_its_voices_with_shares_and_stances(con):
    rows = queries.balance(con).dicts()
    assert [(r["outlet"], r["speaker"], r["statements"], r["share"]) for r in rows] == [
        ("Berliner Blatt", "Dmitri Peskow", 2, 66.7),
        ("Berliner Blatt", "Joe Biden", 1, 33.3),
        ("London Ledger", "David Lammy", 1, 50.0),
        ("London Ledger", "Joe Biden", 1, 50.0),
    ]
    only = queries.balance(con, outlet="London Ledger").dicts()
    assert {r["outlet"] for r in only} == {"London Ledger"} and only[1]["endorsing"] == 1


def test_articles_lists_and_searches_title_and_text(con):
    assert [r["outlet"] for r in queries.articles(con).dicts()] == ["London Ledger", "Berliner Blatt"]
    assert [r["attributions"] for r in queries.articles(con).dicts()] == [3, 3]
    assert [r["title"] for r in queries.articles(con, "kremlsprecher").dicts()] == ["Moskau weist Vorwürfe zurück"]
    assert queries.outlets(con) == ["Berliner Blatt", "London Ledger"]


def test_failures_and_arbitrary_sql(con):
    assert [(r["input"], r["attempts"]) for r in queries.failures(con).dicts()] == [("broken.txt", 1)]
    rows = queries.run(con, "SELECT kind, count(*) AS n FROM markers GROUP BY kind ORDER BY kind")
    assert rows.columns == ["kind", "n"] and rows.rows == [("hedge", 1), ("scare_quote", 1)]


@pytest.mark.parametrize("sql, refused", [
    ("COPY documents TO '{tmp}/leak.csv'", "not COPY"),
    ("EXPORT DATABASE '{tmp}/dump'", "not EXPORT"),
    ("SELECT * FROM read_text('/proc/self/environ')", "file system operations are disabled"),
    ("SELECT * FROM glob('/etc/*')", "file system operations are disabled"),
    ("SELECT * FROM read_csv('/etc/passwd')", "file system operations are disabled"),
    ("ATTACH '{tmp}/other.duckdb' AS other", "not ATTACH"),
    ("INSTALL httpfs", "not LOAD"),
    ("LOAD httpfs", "not LOAD"),
    ("SET enable_external_access = true", "not SET"),
    ("SELECT 1; COPY documents TO '{tmp}/leak.csv'", "2 statements"),
    ("DELETE FROM documents", "not DELETE"),
])
def test_a_users_sql_reads_the_store_and_nothing_else(store_path, tmp_path, sql, refused):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    duckdb.connect(str(elsewhere / "other.duckdb")).close()
    with Store.open(store_path, read_only=True) as store:
        with pytest.raises((duckdb.Error, queries.QueryError), match=refused):
            queries.run_reading(store.con, sql.format(tmp=elsewhere))
        assert queries.run_reading(store.con, "SELECT count(*) AS n FROM documents").rows == [(2,)]
        assert queries.run_reading(store.con, "SELECT count(*) AS n FROM documents").rows == [(2,)]
    assert [p.name for p in elsewhere.iterdir()] == ["other.duckdb"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_writes_every_table(con, tmp_path, fmt):
    written = export(con, tmp_path / "out", fmt)
    names = sorted(p.stem for p in written)
    assert names == ["aliases", "attributions", "balance", "claims", "documents", "entities", "event_mentions",
                     "events", "failures", "markers", "mentions", "persons", "publications", "segments", "stories",
                     "story_articles", "story_keys"]
    reader = {"parquet": "read_parquet", "jsonl": "read_json_auto", "csv": "read_csv_auto"}[fmt]
    path = tmp_path / "out" / f"attributions.{FORMATS[fmt][0]}"
    assert duckdb.sql(f"SELECT count(*) FROM {reader}('{path}')").fetchall() == [(6,)]


def test_balance_by_side_sums_the_readouts_tallies(con):
    rows = queries.balance_by_side(con).dicts()
    assert [(r["outlet"], r["side"], r["statements"], r["share"]) for r in rows] == [
        ("Berliner Blatt", "Russland", 2, 66.7), ("Berliner Blatt", "USA", 1, 33.3)]
    assert queries.balance_by_side(con, outlet="London Ledger").rows == []
