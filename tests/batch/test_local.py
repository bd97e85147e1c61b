"""The local engine end to end: a WARC file, JSON Lines and a folder to Parquet tables."""
import json
import time
from functools import partial
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from tests.batch.conftest import ARTICLES, BROKEN, CRAWL_DATE, GOOD, article_html, read_all, read_rows
from wortlaut.batch import BatchOptions, run_batch
from wortlaut.batch.document import JobOptions, process_records
from wortlaut.batch.output import PARTITIONS, SCHEMAS, OutFolderError
from wortlaut.batch.read import is_batch_output, read_readouts
from wortlaut.batch.rows import month_of
from wortlaut.engine import AnalyzeOptions
from wortlaut.ingest import IngestedText, InputItem
from wortlaut.model import Readout, span_problems
from wortlaut.store import Store
from wortlaut.store.export import data_tables


@pytest.fixture(scope="module")
def local_out(tmp_path_factory: pytest.TempPathFactory, warc_path: Path) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    report = run_batch([str(warc_path)], BatchOptions(out=str(out), workers=2, chunk_size=2))
    assert report.records == GOOD + BROKEN and report.failures == BROKEN and not report.unfinished
    assert 0 < report.peak_rss_kb
    return out


def test_every_table_is_partitioned_by_language_and_month(local_out: Path) -> None:
    tables = read_all(local_out)
    documents = tables["documents"]
    assert len(documents) == GOOD
    assert {(d["lang"], d["url"]) for d in documents} >= {("en", "https://news.example/6")}
    assert all(d["fetched"] == CRAWL_DATE and d["month"] == month_of(d["published"], CRAWL_DATE) for d in documents)
    assert (local_out / "documents" / "lang=de").is_dir()
    assert not list(local_out.rglob(".*.tmp"))


def test_rows_match_the_readouts(local_out: Path) -> None:
    tables = read_all(local_out)
    for document in tables["documents"]:
        readout = Readout.from_dict(json.loads(document["readout"]))
        doc_id = readout.doc.id
        assert document["text"] == readout.doc.text and document["id"] == doc_id
        for table, expected in (("attributions", readout.attributions), ("markers", readout.markers),
                                ("entities", readout.entities)):
            assert len([r for r in tables[table] if r["doc_id"] == doc_id]) == len(expected)
        for row in (r for r in tables["attributions"] if r["doc_id"] == doc_id):
            assert readout.doc.text[row["content_start"]:row["content_end"]] == row["content_text"]
        balance = [r for r in tables["balance"] if r["doc_id"] == doc_id and r["scope"] == "total"]
        assert len(balance) == (readout.balance is not None)


def test_failures_say_which_record_and_why(local_out: Path) -> None:
    failures = read_rows(local_out, "failures")
    assert len(failures) == BROKEN
    assert {f["stage"] for f in failures} == {"read"}
    reasons = " | ".join(f["reason"] for f in failures)
    assert "no article text" in reasons and "binary" in reasons
    assert all(f["lang"] == "unknown" and f["month"] == "2024-05" and "@" in f["input"] for f in failures)


def test_duckdb_reads_the_datasets(local_out: Path) -> None:
    query = (f"select lang, count(*) from read_parquet('{local_out}/documents/**/*.parquet', hive_partitioning=1) "
             "group by lang order by lang")
    counts = dict(duckdb.sql(query).fetchall())
    assert sum(counts.values()) == GOOD and counts.get("en") == 1


def test_readouts_read_back(local_out: Path) -> None:
    readouts = list(read_readouts(local_out))
    assert is_batch_output(local_out)
    assert sorted(r.doc.id for r in readouts) == sorted(d["id"] for d in read_rows(local_out, "documents"))
    assert all(span_problems(r) == [] for r in readouts)


def test_json_lines_and_folders(tmp_path: Path) -> None:
    lines = [json.dumps({"html": article_html(*ARTICLES[0]).decode(), "url": "https://a.example/1",
                         "outlet": "Beispielblatt", "published": "2023-11-02"}),
             "{not json",
             json.dumps({"text": "\n\n".join([ARTICLES[1][0], *ARTICLES[1][1]]), "published": "2022-01-15"})]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in" / "sub").mkdir()
    (tmp_path / "in" / "sub" / "story.html").write_bytes(article_html(*ARTICLES[3]))
    out = tmp_path / "out"
    report = run_batch([str(tmp_path / "in")], BatchOptions(out=str(out), workers=1, chunk_size=10))
    assert (report.records, report.failures) == (4, 1)
    documents = {d["input"]: d for d in read_rows(out, "documents")}
    first = documents[f"{tmp_path / 'in' / 'feed.jsonl'}:1"]
    assert (first["outlet"], first["month"], first["url"]) == ("Beispielblatt", "2023-11", "https://a.example/1")
    assert documents[f"{tmp_path / 'in' / 'feed.jsonl'}:3"]["month"] == "2022-01"
    assert str(tmp_path / "in" / "sub" / "story.html") in documents
    assert "JSON" in read_rows(out, "failures")[0]["reason"]


def _slow(seconds: float) -> IngestedText:
    time.sleep(seconds)
    return IngestedText(text="nie erreicht", name="slow")


def _broken() -> IngestedText:
    raise RuntimeError("disk on fire")


def test_a_slow_document_times_out() -> None:
    rows = next(process_records([InputItem("slow", partial(_slow, 5.0))], JobOptions(out="-", timeout=0.3)))
    assert rows["failures"][0]["stage"] == "timeout" and not rows["documents"]


@pytest.mark.parametrize("record, analyze, stage, error", [
    (InputItem("broken", _broken), AnalyzeOptions(), "read", "RuntimeError"),
    (InputItem("ok", partial(IngestedText, text="Ein Satz mit genug Wörtern, um analysiert zu werden.", name="ok")),
     AnalyzeOptions(model="/no/such/pipeline"), "analyze", "OSError"),
])
def test_a_failing_record_becomes_a_failure_row(record: InputItem, analyze: AnalyzeOptions, stage: str,
                                                error: str) -> None:
    [row] = next(process_records([record], JobOptions(out="-", analyze=analyze)))["failures"]
    assert (row["stage"], row["error"], row["input"]) == (stage, error, record.name)


def test_an_output_folder_keeps_its_chunk_size(local_out: Path, warc_path: Path) -> None:
    with pytest.raises(OutFolderError, match="--chunk-size 2"):
        run_batch([str(warc_path)], BatchOptions(out=str(local_out), chunk_size=3))


def test_every_store_table_is_a_dataset_with_the_same_columns(local_out: Path, tmp_path: Path) -> None:
    """One declaration per table: a batch output is the store's tables, plus the month partition."""
    with Store.open(tmp_path / "s.duckdb") as store:
        store_columns = {table: {c for (c,) in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for table in data_tables(store.con)}
    assert set(store_columns) == set(SCHEMAS)
    for table, columns in store_columns.items():
        assert set(SCHEMAS[table].names) == columns - set(PARTITIONS), table
        if (local_out / table).is_dir():  # a table with no rows in any chunk has no files
            dataset = ds.dataset(local_out / table, format="parquet", partitioning="hive")
            assert set(dataset.schema.names) - set(PARTITIONS) == columns - set(PARTITIONS), table
    assert {"documents", "segments", "mentions", "attributions"} <= {p.name for p in local_out.iterdir()}
