"""Publication dates: ISO 8601 whatever shape the input gives, the input's own date before a guess,
and a value that is not a date dropped with a warning."""
import json

import pytest

from wortlaut.cli import main
from wortlaut.ingest.dates import DateWarning, iso_date
from wortlaut.ingest.sources import IngestedText, from_html


@pytest.mark.parametrize("given, iso", [
    ("2022-02-12", "2022-02-12"),
    ("2022-02-12T18:30:00Z", "2022-02-12T18:30:00+00:00"),
    ("2022-02-12T18:30:00+01:00", "2022-02-12T18:30:00+01:00"),
    ("Sat, 12 Feb 2022 18:30:00 +0100", "2022-02-12T18:30:00+01:00"),
    ("12.02.2022", "2022-02-12"),
    ("12.02.2022 18:30", "2022-02-12T18:30:00"),
    (" ", None),
])
def test_dates_in_every_common_shape_become_iso(given, iso):
    assert iso_date(given) == iso


@pytest.mark.parametrize("given", ["gestern", "2008", "0003-01-01", "31.02.2022"])
def test_a_value_that_is_not_a_date_becomes_none_with_a_warning(given):
    with pytest.warns(DateWarning, match="is not a date"):
        assert IngestedText(text="x", name="feed.jsonl:3", published=given).published is None


def test_a_jsonl_date_is_normalised_and_a_bad_one_warned_about(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "The minister said the talks would resume on Monday.",
                                "published": "Sat, 12 Feb 2022 18:30:00 +0100"}) + "\n"
                    + json.dumps({"text": "The mayor said the bridge would reopen in spring.",
                                  "published": "last week"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(feed), "--lang", "en", "--db", db]) == 0
    assert "'last week' is not a date" in capsys.readouterr().err
    assert main(["sql", "SELECT published FROM publications ORDER BY published NULLS LAST", "--db", db,
                 "--format", "json"]) == 0
    assert [r["published"] for r in json.loads(capsys.readouterr().out)] == ["2022-02-12T18:30:00+01:00", None]


def test_metadata_given_on_the_command_line_wins(tmp_path, capsys):
    page = tmp_path / "a.txt"
    page.write_text("The minister said the talks would resume on Monday.", encoding="utf-8")
    assert main(["analyze", str(page), "--lang", "en", "--outlet", "Ledger", "--published", "12.02.2022",
                 "--url", "https://ledger.example/a"]) == 0
    doc = json.loads(capsys.readouterr().out)["doc"]
    assert (doc["outlet"], doc["published"], doc["url"]) == ("Ledger", "2022-02-12", "https://ledger.example/a")
    with pytest.raises(SystemExit):
        main(["analyze", str(page), "--published", "yesterday"])


PAGE = ("<!DOCTYPE html><html><head><title>Rückblick</title>{meta}</head><body><article><h1>Rückblick</h1>"
        "<p>Am 12. März 2008 hatte der Stadtrat beschlossen, die alte Brücke abzureißen.</p>"
        "<p>Der Bürgermeister sagte am Montag, die neue Brücke werde im Frühjahr eröffnet, "
        "sechzehn Jahre nach dem Beschluss von 2008.</p></article></body></html>")


def test_a_date_in_the_text_is_never_taken_for_the_publication_date():
    assert from_html(PAGE.format(meta=""), name="a.html").published is None
    dated = PAGE.format(meta='<meta property="article:published_time" content="2024-05-02T08:00:00+02:00">')
    assert from_html(dated, name="a.html").published.startswith("2024-05-02")
