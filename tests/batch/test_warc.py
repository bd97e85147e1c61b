from pathlib import Path

import pytest

from tests.batch.conftest import ARTICLES, CRAWL_DATE, GOOD, write_warc
from wortlaut.batch.plan import chunk_id, plan_chunks
from wortlaut.ingest import InputError, iter_inputs
from wortlaut.ingest.warc import read_response, warc_responses


def test_only_successful_html_responses_are_records(warc_path: Path) -> None:
    responses = list(warc_responses(warc_path))
    assert len(responses) == GOOD + 2
    assert all(r.date == CRAWL_DATE and r.uri.startswith("https://news.example/") for r in responses)
    assert len({r.record_id for r in responses}) == len(responses)


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_a_record_is_read_by_seeking_to_it(tmp_path: Path, suffix: str) -> None:
    path = write_warc(tmp_path / f"news{suffix}")
    last = list(warc_responses(path))[-1]
    item = read_response(last)
    assert item.url == last.uri
    assert item.text.startswith(ARTICLES[-1][0])


def test_a_page_without_an_article_fails_on_reading(warc_path: Path) -> None:
    empty = list(warc_responses(warc_path))[2]
    with pytest.raises(InputError, match="no article text"):
        read_response(empty)


def test_chunks_are_the_same_on_every_run(tmp_path: Path, warc_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ein kurzer Text, der hier nur steht, damit es mehr als zehn Wörter sind.")
    inputs = [str(warc_path), str(tmp_path)]
    first = list(plan_chunks(iter_inputs(inputs), 4))
    assert [len(c.records) for c in first] == [4, 3]
    assert [c.id for c in first] == [c.id for c in plan_chunks(iter_inputs(inputs), 4)]
    assert first[0].id == chunk_id(first[0].records)
    assert first[1].records[-1].name == str(tmp_path / "a.txt")
    assert first[0].records[0].fetched == CRAWL_DATE
