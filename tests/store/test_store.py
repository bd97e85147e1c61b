"""The store keeps every readout whole, never twice, and upgrades or refuses other schema versions."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import duckdb
import pytest

from wortlaut import analyze_text
from wortlaut.store import Store, StoreError
from wortlaut.store import schema
from wortlaut.store.stories import content_words, topic_signature

from tests.readouts import berlin_readout


def test_round_trip_keeps_the_whole_readout(tmp_path, readouts):
    with Store.open(tmp_path / "s.duckdb") as store:
        for readout in readouts:
            assert store.add(readout, "in.txt")
        for readout in readouts:
            assert store.readout(readout.doc.id) == readout
        assert store.readout("nope") is None


def test_rows_are_normalised_with_offsets_that_point_into_the_text(store_path):
    with Store.open(store_path, read_only=True) as store:
        counts = {t: store.count(t) for t in ("documents", "segments", "entities", "mentions", "attributions",
                                              "markers", "claims", "balance")}
        assert counts == {"documents": 2, "segments": 5, "entities": 2, "mentions": 3, "attributions": 6,
                          "markers": 2, "claims": 1, "balance": 5}
        bad = store.con.execute("""
            SELECT a.doc_id, a.attribution_id FROM attributions a JOIN documents d ON d.id = a.doc_id
            WHERE substring(d.text, a.content_start + 1, a.content_end - a.content_start) <> a.content_text
               OR (a.source_text IS NOT NULL AND
                   substring(d.text, a.source_start + 1, a.source_end - a.source_start) <> a.source_text)
               OR (a.cue_text IS NOT NULL AND
                   substring(d.text, a.cue_start + 1, a.cue_end - a.cue_start) <> a.cue_text)""").fetchall()
        assert bad == []
        text = store.readout(berlin_readout().doc.id).doc.text
        row = store.con.execute("SELECT speaker, cue_lemma, cue_parts, stance FROM attributions "
                                "WHERE cue_text = 'teilte dagegen mit'").fetchone()
        assert row[0] == "Joe Biden" and row[1] == "mitteilen" and row[3] == "neutral"
        assert [text[start:end] for start, end in json.loads(row[2])] == ["teilte", "mit"]
        assert store.con.execute("SELECT scope, name, neutral, distancing FROM balance "
                                 "WHERE name = 'Dmitri Peskow'").fetchone() == ("source", "Dmitri Peskow", 1, 1)
        unnamed = store.con.execute("SELECT speaker, source_text FROM attributions WHERE cue_text IS NULL").fetchone()
        assert unnamed == (None, None)


def test_a_message_around_its_own_cue_and_source_is_stored_as_its_pieces(tmp_path):
    readout = analyze_text("Die Brandursache ist nach Angaben der Polizei unklar.", lang="de")
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(readout, "a.txt")
        [(parts,)] = store.con.execute("SELECT content_parts FROM attributions").fetchall()
    assert [readout.doc.text[start:end] for start, end in json.loads(parts)] == ["Die Brandursache ist", "unklar"]


def test_adding_the_same_text_again_is_skipped(tmp_path):
    readout = berlin_readout()
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.add(readout, "a.txt")
        same_text_other_url = dataclasses.replace(readout, doc=dataclasses.replace(readout.doc, url="https://x.example/"))
        assert not store.add(same_text_other_url, "b.txt")
        assert store.has_text(readout.doc.text) == readout.doc.id
        assert store.count() == 1 and store.count("attributions") == 3


def test_failures_are_recorded_counted_and_cleared_by_success(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.record_failure("a.txt", "no such file")
        store.record_failure("a.txt", "empty text: nothing to analyse")
        assert store.con.execute("SELECT reason, attempts FROM failures").fetchall() == [
            ("empty text: nothing to analyse", 2)]
        store.add(berlin_readout(), "a.txt")
        assert store.count("failures") == 0


def test_a_new_store_has_the_latest_schema_version(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        assert schema.current_version(store.con) == schema.latest_version()


def test_an_older_store_is_upgraded_on_open_even_read_only(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    with Store.open(path) as store:
        store.con.execute("INSERT INTO documents (id, text_hash, lang, published, text, ingested_at, readout) "
                          "VALUES ('d1', 'h1', 'de', '2024-01-01', 'Er sagte nein.', now(), '{}')")
        store.con.execute("INSERT INTO attributions (doc_id, attribution_id, type, stance, content_text, "
                          "content_start, content_end) VALUES ('d1', 'a1', 'indirect', 'neutral', 'nein', 9, 13)")
    monkeypatch.undo()
    with Store.open(path, read_only=True) as store:
        assert schema.current_version(store.con) == schema.latest_version() == 11
        assert store.con.execute("SELECT published, confidence, content_parts FROM attributions").fetchall() == [
            ("2024-01-01", None, None)]
        assert store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [
            (1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,), (9,), (10,), (11,)]
        assert store.con.execute("SELECT doc_id, published FROM publications").fetchall() == [("d1", "2024-01-01")]
        assert store.con.execute("SELECT doc_id, signal FROM story_articles").fetchall() == [("d1", "first")]


def test_a_store_grouped_before_topics_gets_each_articles_topic_on_upgrade(tmp_path, monkeypatch):
    words = " ".join(f"x{a}{b}" for a in "abcdef" for b in "ghijkl")  # 36 words: enough for a topic
    path, text = tmp_path / "s.duckdb", f"Trump and Clinton clashed over trade in Ohio: {words}."
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:9])
    with Store.open(path) as store:
        store.con.execute("INSERT INTO documents (id, text_hash, lang, published, text, ingested_at, readout) "
                          "VALUES ('d1', 'h1', 'en', '2016-07-06', ?, now(), '{}')", [text])
        store.con.execute("INSERT INTO story_articles (doc_id, story_id, day, signal, signature) "
                          "VALUES ('d1', 'd1', '2016-07-06', 'first', '[]')")
    monkeypatch.undo()
    with Store.open(path, read_only=True) as store:
        assert schema.current_version(store.con) == 11
        [(topic,)] = store.con.execute("SELECT topic FROM story_articles").fetchall()
        assert topic and json.loads(topic) == list(topic_signature(content_words(text, "en")))


# The tables as wortlaut 0.1.0 wrote them (schema version 2), before they were declared in
# ``wortlaut.store.tables``: a store it wrote must upgrade to exactly the tables of a new store.
STORE_0_1_0 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, summary VARCHAR, applied_at TIMESTAMP NOT NULL);
INSERT INTO schema_version VALUES (1, 'v1', now()), (2, 'v2', now());
CREATE TABLE documents (id VARCHAR PRIMARY KEY, text_hash VARCHAR NOT NULL UNIQUE, lang VARCHAR NOT NULL,
    title VARCHAR, url VARCHAR, outlet VARCHAR, published VARCHAR, author VARCHAR, text VARCHAR NOT NULL,
    input VARCHAR, ingested_at TIMESTAMP NOT NULL, readout JSON NOT NULL);
CREATE TABLE segments (doc_id VARCHAR NOT NULL, n INTEGER NOT NULL, kind VARCHAR NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL);
CREATE TABLE entities (doc_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, label VARCHAR, canonical VARCHAR,
    mentions INTEGER NOT NULL);
CREATE TABLE mentions (doc_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, n INTEGER NOT NULL,
    text VARCHAR NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL);
CREATE TABLE attributions (doc_id VARCHAR NOT NULL, attribution_id VARCHAR NOT NULL, type VARCHAR NOT NULL,
    stance VARCHAR NOT NULL, speaker VARCHAR, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    source_canonical VARCHAR, source_entity VARCHAR, cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
    cue_lemma VARCHAR, cue_parts JSON, content_text VARCHAR NOT NULL, content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL, nested_in VARCHAR);
ALTER TABLE attributions ADD COLUMN published VARCHAR;
CREATE TABLE markers (doc_id VARCHAR NOT NULL, n INTEGER NOT NULL, kind VARCHAR NOT NULL, text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, attributed_to VARCHAR, target_text VARCHAR,
    target_start INTEGER, target_end INTEGER, attribution_id VARCHAR);
CREATE TABLE claims (doc_id VARCHAR NOT NULL, n INTEGER NOT NULL, claim_text VARCHAR NOT NULL,
    claim_start INTEGER NOT NULL, claim_end INTEGER NOT NULL, denial VARCHAR NOT NULL, link VARCHAR NOT NULL,
    claim_attribution VARCHAR, claimant VARCHAR, denier VARCHAR);
CREATE TABLE balance (doc_id VARCHAR NOT NULL, scope VARCHAR NOT NULL, name VARCHAR NOT NULL, side VARCHAR,
    attributions INTEGER NOT NULL, direct INTEGER NOT NULL, indirect INTEGER NOT NULL, mixed INTEGER NOT NULL,
    neutral INTEGER NOT NULL, distancing INTEGER NOT NULL, endorsing INTEGER NOT NULL,
    quoted_words INTEGER NOT NULL, hedges INTEGER NOT NULL, scare_quotes INTEGER NOT NULL,
    denials INTEGER NOT NULL, denied INTEGER NOT NULL);
CREATE TABLE failures (input VARCHAR PRIMARY KEY, reason VARCHAR NOT NULL, attempts INTEGER NOT NULL,
    first_failed_at TIMESTAMP NOT NULL, last_failed_at TIMESTAMP NOT NULL);
"""


def _columns(path) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                           "WHERE table_name <> 'schema_version' ORDER BY table_name, column_name").fetchall()


def test_a_store_written_by_0_1_0_upgrades_to_the_declared_tables(tmp_path):
    old, new = tmp_path / "old.duckdb", tmp_path / "new.duckdb"
    with duckdb.connect(str(old)) as con:
        con.execute(STORE_0_1_0)
    with Store.open(old) as store:
        store.add(berlin_readout(), "berlin.txt")
        store.record_failure("broken.txt", "empty text", stage="read", error="InputError")
    Store.open(new).close()
    assert _columns(old) == _columns(new)
    assert ("documents", "fetched", "VARCHAR", "YES") in _columns(new)


def test_a_store_from_a_newer_wortlaut_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_version VALUES (999, 'future', now())")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer than this wortlaut"):
            Store.open(path, read_only=read_only)


def test_read_only_open_of_a_missing_store_says_how_to_create_one(tmp_path):
    with pytest.raises(StoreError, match="wortlaut ingest"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    with pytest.raises(StoreError):
        Store.open(path)


def test_a_store_another_process_is_writing_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("wortlaut.store.db.LOCK_WAIT_S", 0.3)
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; con = duckdb.connect({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for read_only in (True, False):
            with pytest.raises(StoreError, match="held it for over 0.3 s"):
                Store.open(path, read_only=read_only)
    finally:
        holder.kill()
        holder.wait()


def test_someone_elses_duckdb_file_is_not_a_store(tmp_path):
    path = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE budget (year INTEGER, amount DOUBLE)")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a wortlaut store .*budget"):
            Store.open(path, read_only=read_only)
    with duckdb.connect(str(path), read_only=True) as con:
        assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["budget"]


WRITER = """
import dataclasses, sys, time
from wortlaut.store import Store
from tests.readouts import berlin_readout
readout = berlin_readout()
store = Store.open(sys.argv[1], release=True)
print("ready", flush=True)
for n in range(int(sys.argv[2])):
    doc = dataclasses.replace(readout.doc, text=readout.doc.text + " " * (n + 1), id=f"doc{n:04d}")
    store.add(dataclasses.replace(readout, doc=doc), f"input{n}")
    time.sleep(0.02)  # the next document's analysis
print("done", flush=True)
"""


def test_readers_read_while_a_released_store_is_written(tmp_path):
    """An ingest lets go of the store between documents: queries opened meanwhile all get in
    (before, every read-only open failed while an ingest ran)."""
    path = tmp_path / "s.duckdb"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        counts = []
        while writer.poll() is None:
            with Store.open(path, read_only=True) as store:
                counts.append(store.count())
        assert writer.stdout.read().strip() == "done"
    finally:
        writer.kill()
        writer.wait()
    assert len(counts) > 3 and counts == sorted(counts) and counts[-1] <= 60
    with Store.open(path, read_only=True) as store:
        assert store.count() == 60 and store.count("attributions") == 180


def test_a_released_store_has_no_connection_between_transactions(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path, release=True) as store:
        assert store.add(berlin_readout(), "a.txt")
        with duckdb.connect(str(path), read_only=True) as con:  # the file is free
            assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        with pytest.raises(StoreError, match="released store"):
            store.con


def test_an_attributions_addressee_is_stored_in_its_columns(tmp_path):
    from wortlaut import analyze_text

    readout = analyze_text("Präsident Biden machte Präsident Putin gegenüber deutlich, dass die USA reagieren würden.", "de")
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(readout)
        rows = store.con.execute("SELECT speaker, addressee_text, addressee_canonical FROM attributions").fetchall()
        assert store.readout(readout.doc.id).attributions[0].addressee == readout.attributions[0].addressee
    assert rows == [(readout.attributions[0].speaker, "Präsident Putin", readout.attributions[0].addressee.canonical)]
