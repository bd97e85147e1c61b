"""Stories from the command line: ``wortlaut stories`` and ``wortlaut compare STORY`` on a corpus
ingested for real."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.stories_corpus import fire_corpus, ingest, ingest_story_corpus
from wortlaut.cli import main


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    path = tmp_path_factory.mktemp("stories-cli") / "stories.duckdb"
    return str(path), ingest_story_corpus(path, seed_text)


def test_stories_lists_each_story_with_its_dates_and_outlets(corpus, capsys):
    db, ids = corpus
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert [(s["first_date"], s["articles"], s["outlets"]) for s in stories] == [("2022-02-21", 1, 1),
                                                                                ("2022-02-12", 4, 4)]
    assert stories[1]["outlet_names"] == "Freie Presse, RT DE, Tagesschau, White House"
    assert main(["stories", "--db", db, "--until", "2022-02-14"]) == 0
    table = capsys.readouterr().out
    assert "Biden telefoniert mit Putin" in table and "Gipfeltreffen" not in table


def test_compare_json_carries_the_evidence_of_every_cell(corpus, capsys):
    db, ids = corpus
    assert main(["compare", ids["seed"][:6], "--db", db, "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["story_id"] == ids["seed"]
    cells = [cell for section in ("sources", "claims", "framing", "omissions") for cell in result[section]]
    assert cells and all(e["doc_id"] in ids.values() and e["start"] < e["end"]
                         for cell in cells for e in cell["evidence"])
    assert {"outlet": "White House", "source": "Juri Uschakow"}.items() <= next(
        o for o in result["omissions"] if o["source"] == "Juri Uschakow").items()


def test_compare_csv_is_one_row_per_cell_with_its_section(corpus, capsys):
    db, ids = corpus
    assert main(["compare", ids["seed"], "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["section"] for r in rows} == {"articles", "sources", "claims", "framing", "omissions"}
    hedge = next(r for r in rows if r["section"] == "framing" and r["outlet"] == "RT DE" and r["text"] == "angeblich")
    doc_id, span = hedge["evidence"].split(":")
    assert doc_id == ids["seed"] and int(span.split("-")[1]) - int(span.split("-")[0]) == len("angeblich")


def test_compare_table_shows_the_outlets_side_by_side(corpus, capsys):
    db, ids = corpus
    assert main(["compare", ids["seed"], "--db", db]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in ("sources", "claims", "framing", "omissions", "White House", "Uschakow"))


def test_compare_of_an_unknown_story_fails_with_one_line(corpus, capsys):
    db, _ = corpus
    assert main(["compare", "nosuchstory", "--db", db]) == 1
    assert capsys.readouterr().err.startswith("wortlaut: no story 'nosuchstory'")


def test_two_stories_an_article_shows_to_be_one_are_listed_and_compared_as_one(tmp_path, capsys):
    db = str(tmp_path / "fire.duckdb")
    ids = ingest(tmp_path / "fire.duckdb", fire_corpus())
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert (story["story_id"], story["articles"]) == (ids["gazette"], 3)
    assert story["outlet_names"] == "Harbour Gazette, Riverside Online, Valley Press Agency"
    assert main(["compare", ids["wire"], "--db", db, "--format", "json"]) == 0  # the id of the story merged away
    result = json.loads(capsys.readouterr().out)
    assert result["story_id"] == ids["gazette"]
    assert {"Maria Lopez", "Tom Becker"} <= {cell["source"] for cell in result["sources"]}
