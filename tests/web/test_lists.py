"""The list pages for daily use: every list paged to its end, narrowed by outlet, language, day,
confidence and name, downloadable as CSV and JSON as shown, counted in words ("1 statement"),
with the failed inputs, a person's names and the syndicated statements on screen."""
from __future__ import annotations

import csv
import html
import io
import re
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from tests.readouts import berlin_readout, call_readout, span
from tests.readouts import content as content_span

from wortlaut.model import Attribution, Document, Readout, Source
from wortlaut.store import Store
from wortlaut.web import create_app

with warnings.catch_warnings():  # starlette's test client asks for httpx2, which is not needed here
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

LOCAL = "http://127.0.0.1"
BERLIN, LONDON = "Moskau weist Vorwürfe zurück", "Talks to resume, minister says"
LIST_PAGES = ["/", "/speakers", "/speaker?name=biden", "/about?term=e", "/failures", "/events", "/stories"]


def client_of(path: Path, page_rows: int | None = None) -> TestClient:
    app = create_app(path) if page_rows is None else create_app(path, page_rows=page_rows)
    return TestClient(app, base_url=LOCAL)


@pytest.fixture
def client(store_path):
    return client_of(store_path)


@pytest.fixture
def one_a_page(store_path):
    return client_of(store_path, page_rows=1)


def link(page: str, rel: str) -> str | None:
    found = re.search(rf'<a rel="{rel}" href="([^"]+)"', page)
    return html.unescape(found.group(1)) if found else None


def download(page: str, kind: str) -> str:
    return html.unescape(re.search(rf'<a href="([^"]+)" download="wortlaut-[a-z-]+\.{kind}">', page).group(1))


def walk(client: TestClient, url: str, most: int = 20) -> list[str]:
    """Every page of a list, from ``url`` along its next links (the lists here are shorter than
    ``most`` pages: a list that goes on is a failure, not a test that hangs)."""
    pages = [client.get(url).text]
    while (following := link(pages[-1], "next")) is not None:
        assert len(pages) < most, f"{url}: more than {most} pages"
        pages.append(client.get(following).text)
    return pages


def rows_shown(page: str) -> str:
    return re.search(r'<span class="rows-shown">([^<]*)</span>', page).group(1)


def table(page: str) -> list[list[str]]:
    """The cells of a page's table body, as text."""
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.DOTALL)]
    return [[" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in row] for row in rows]


def statement_readout(text: str, source: str, content: str, outlet: str, published: str) -> Readout:
    """A one-statement article; the source resolves to no fuller name."""
    said = span(text, source)
    return Readout(Document(text=text, lang="de", title=text[:20], outlet=outlet, published=published),
                   attributions=[Attribution("a1", "indirect", Source(said.text, said.start, said.end), None,
                                             content_span(text, content))])


# Paging

@pytest.mark.parametrize("url, api", [("/", "/api/articles"), ("/speakers", "/api/speakers"),
                                      ("/speaker?name=biden", "/api/speaker?name=biden"),
                                      ("/about?term=e", "/api/about?term=e"), ("/stories", "/api/stories")])
def test_every_list_is_paged_to_its_end(one_a_page, url, api):
    every = one_a_page.get(api).json()
    pages = walk(one_a_page, url)
    assert len(every) > 1 and len(pages) == len(every)
    assert [rows_shown(page) for page in pages] == [f"rows {n}–{n}" for n in range(1, len(every) + 1)]
    assert [len(table(page)) for page in pages] == [1] * len(every)
    assert link(pages[0], "prev") is None and link(pages[-1], "prev") is not None


def test_pages_show_the_rows_in_order_and_keep_the_filters(one_a_page):
    first, second = walk(one_a_page, "/")
    assert table(first)[0][0] == LONDON and table(second)[0][0] == BERLIN
    pages = walk(one_a_page, "/speakers?outlet=Berliner+Blatt&since=2024-01-01")
    assert link(pages[0], "next") == "/speakers?outlet=Berliner+Blatt&since=2024-01-01&page=2"
    assert [(row[0], row[2]) for page in pages for row in table(page)] == [("Dmitri Peskow", "Berliner Blatt"),
                                                                           ("Joe Biden", "Berliner Blatt")]


def test_a_list_on_one_page_is_counted_and_a_page_past_the_end_says_so(client, one_a_page):
    page = client.get("/").text
    assert rows_shown(page) == "2 articles" and link(page, "next") is None
    beyond = one_a_page.get("/speakers?page=9").text
    assert rows_shown(beyond) == "no rows on page 9" and link(beyond, "prev") == "/speakers?page=8"
    assert one_a_page.get("/?page=0").status_code == 422
    assert one_a_page.get("/speakers?page=two").status_code == 422


def test_events_and_an_events_tellings_are_paged(tmp_path):
    db = tmp_path / "calls.duckdb"
    with Store.open(db) as store:
        for n in range(3):
            store.add(call_readout(n, f"outlet {n}", "2022-02-12"))
        store.add(call_readout(9, "outlet 9", "2022-04-02"))
    client = client_of(db, page_rows=1)
    april, february = walk(client, "/events?actor=Putin")
    assert "2022-04-02" in april and "2022-02-12" in february and rows_shown(february) == "rows 2–2"
    key = re.search(r'href="/event/([^"]+)"', february).group(1)
    tellings = walk(client, f"/event/{key}")
    assert len(tellings) == 3 and all(page.count("<mark>telefoniert</mark>") == 1 for page in tellings)
    assert "3 articles in 3 outlets" in tellings[0]
    [row] = csv.DictReader(io.StringIO(client.get(download(february, "csv")).text))
    assert (row["type"], row["first_date"], row["articles"]) == ("CONSULT", "2022-02-12", "3")


# Filters

def test_articles_are_filtered_by_outlet_language_and_day(client):
    def titles(url: str) -> list[str]:
        return [row[0] for row in table(client.get(url).text) if len(row) > 1]

    assert titles("/?outlet=London+Ledger") == [LONDON]
    assert titles("/?lang=de") == [BERLIN]
    assert titles("/?since=2024-03-01") == [LONDON]
    assert titles("/?until=2024-02-15") == [BERLIN]
    assert titles("/?q=sanctions&lang=de") == []
    page = client.get("/?outlet=London+Ledger&since=2024-03-01").text
    assert '<option value="London Ledger" selected>' in page and 'name="since" value="2024-03-01"' in page
    assert [a["title"] for a in client.get("/api/articles?lang=en&until=2024-12-31").json()] == [LONDON]


def test_statements_are_filtered_by_day_confidence_and_the_whole_name(client):
    assert {r["outlet"] for r in client.get("/api/speakers?since=2024-03-01").json()} == {"London Ledger"}
    assert {row[2] for row in table(client.get("/speakers?until=2024-02-15").text)} == {"Berliner Blatt"}
    assert [r["published"] for r in client.get("/api/speaker?name=biden&until=2024-02-15").json()] == ["2024-02-01"]
    assert client.get("/api/speaker?name=biden&exact=true").json() == []
    whole = client.get("/speaker?name=Joe+Biden&exact=true").text
    assert len(table(whole)) == 2 and 'name="exact" value="true" checked' in whole
    assert {row[2] for row in table(client.get("/about?term=e&since=2024-03-01").text)} == {"London Ledger"}
    assert [row[0] for row in table(client.get("/about?term=e&min_confidence=0.5").text)] == ["Dmitri Peskow"]


def test_the_balance_is_filtered_by_outlet_day_and_confidence(client):
    assert client.get("/balance?until=2024-02-15").text.count("<svg") == 1
    assert client.get("/balance?since=2024-03-01&outlet=Berliner+Blatt").text.count("<svg") == 0
    assert [r["speaker"] for r in client.get("/api/balance?min_confidence=0.5").json()] == ["Dmitri Peskow"]
    sides = client.get("/balance?by=side&outlet=Berliner+Blatt").text
    assert 'name="min_confidence"' not in sides
    speakers = client.get("/balance?outlet=Berliner+Blatt&min_confidence=0.5").text
    assert '<a href="/balance?by=side&amp;outlet=Berliner+Blatt">by side</a>' in speakers


@pytest.mark.parametrize("url", ["/?since=2024-13-01", "/speakers?until=yesterday", "/speaker?name=x&since=1.2.2024",
                                 "/about?term=x&until=2024-02-30", "/balance?since=x", "/events?until=x",
                                 "/api/articles?until=x", "/api/speakers?since=x", "/api/speaker?name=x&until=x",
                                 "/api/about?term=x&since=x", "/api/balance?until=x", "/api/events?since=x",
                                 "/stories?since=x", "/api/stories?until=2024-02-30"])
def test_a_date_that_is_not_a_day_is_a_400_that_says_so(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert re.search(r"(since|until) must be a day as YYYY-MM-DD, not ", response.text)


# Failures

def test_the_failures_page_lists_each_failed_input_with_its_stage_and_attempts(tmp_path):
    db = tmp_path / "failed.duckdb"
    with Store.open(db) as store:
        store.record_failure("empty.txt", "empty text: nothing to analyse", "read", "ValueError")
        store.record_failure("empty.txt", "empty text: nothing to analyse", "read", "ValueError")
        store.record_failure("huge.warc", "timed out after 60 s", "timeout", "TimeoutError")
    client = client_of(db, page_rows=1)
    assert '<a href="/failures">Failures</a>' in client.get("/").text
    latest, earlier = walk(client, "/failures")
    assert table(latest)[0][:5] == ["huge.warc", "timeout", "timed out after 60 s", "TimeoutError", "1"]
    assert table(earlier)[0][:5] == ["empty.txt", "read", "empty text: nothing to analyse", "ValueError", "2"]
    assert table(earlier)[0][5].endswith(" UTC")
    assert [f["stage"] for f in client.get("/api/failures").json()] == ["timeout", "read"]
    Store.open(tmp_path / "fine.duckdb").close()
    assert "no failures" in client_of(tmp_path / "fine.duckdb").get("/failures").text


# Downloads

@pytest.mark.parametrize("url", [*LIST_PAGES, "/balance?outlet=Berliner+Blatt"])
def test_each_list_page_offers_what_it_shows_as_csv_and_json(client, url):
    page = client.get(url).text
    csv_response, json_response = client.get(download(page, "csv")), client.get(download(page, "json"))
    assert csv_response.headers["content-type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(r'attachment; filename="wortlaut-[a-z-]+\.csv"', csv_response.headers["content-disposition"])
    assert json_response.headers["content-type"] == "application/json"
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert len(rows) == len(json_response.json())
    if url.startswith("/balance"):
        assert {r["outlet"] for r in rows} == {"Berliner Blatt"}
    else:
        assert rows_shown(page).split()[0] == str(len(rows))


def test_a_download_is_the_page_it_was_linked_from(one_a_page):
    page = one_a_page.get("/speakers?outlet=Berliner+Blatt&page=2").text
    url = download(page, "csv")
    assert url == "/api/speakers?outlet=Berliner+Blatt&limit=1&offset=1&format=csv"
    [row] = csv.DictReader(io.StringIO(one_a_page.get(url).text))
    assert (row["speaker"], row["outlet"], row["statements"]) == ("Joe Biden", "Berliner Blatt", "1")
    assert one_a_page.get(download(page, "json")).json()[0]["speaker"] == "Joe Biden"


def test_the_api_answers_json_unless_asked_for_csv(client):
    assert client.get("/api/speakers").headers["content-type"] == "application/json"
    assert client.get("/api/speakers?format=xml").status_code == 422
    assert client.get("/api/articles?offset=-1").status_code == 422
    assert [a["title"] for a in client.get("/api/articles?offset=1").json()] == [BERLIN]


def test_a_csv_cell_that_a_spreadsheet_would_run_stays_text(tmp_path):
    db = tmp_path / "formula.duckdb"
    text = 'Peskow sagte, =HYPERLINK("https://evil.example") sei harmlos.'
    with Store.open(db) as store:
        store.add(statement_readout(text, "Peskow", '=HYPERLINK("https://evil.example")', "Blatt", "2024-02-01"))
    client = client_of(db)
    [row] = csv.DictReader(io.StringIO(client.get("/api/about?term=hyperlink&format=csv").text))
    assert row["content"] == '\'=HYPERLINK("https://evil.example")'
    assert client.get("/api/about?term=hyperlink").json()[0]["content"] == '=HYPERLINK("https://evil.example")'


# Words

def test_counts_are_said_in_words_in_the_right_number(client):
    assert "1 statement by 1 speaker." in client.get("/balance?outlet=Berliner+Blatt&min_confidence=0.5").text
    assert "3 statements by 2 speakers." in client.get("/balance?outlet=Berliner+Blatt").text
    assert "2 articles in the store" in client.get("/").text
    assert rows_shown(client.get("/?lang=de").text) == "1 article"
    assert rows_shown(client.get("/speaker?name=lammy").text) == "1 statement"
    assert rows_shown(client.get("/speaker?name=biden").text) == "2 statements"
    assert rows_shown(client.get("/failures").text) == "1 failed input"


# Persons and syndication

@pytest.fixture
def syndicated(tmp_path):
    """The Berlin article published by a second outlet too, and that outlet's own article naming
    Peskow by his surname only."""
    db = tmp_path / "syndicated.duckdb"
    berlin = berlin_readout()
    with Store.open(db) as store:
        store.add(berlin)
        store.add(replace(berlin, doc=replace(berlin.doc, outlet="Wiener Blatt", url="https://wien.example/a1")))
        store.add(statement_readout("Peskow sagte, die Gespräche gingen weiter.", "Peskow",
                                    "die Gespräche gingen weiter", "Wiener Blatt", "2024-02-03"))
    return client_of(db)


def test_the_speakers_page_shows_a_persons_names_and_syndicated_statements(syndicated):
    rows = {(row[0], row[2]): row for row in table(syndicated.get("/speakers").text)}
    assert rows["Dmitri Peskow", "Wiener Blatt"][1:5] == ["Peskow", "Wiener Blatt", "3", "2"]
    assert rows["Dmitri Peskow", "Berliner Blatt"][1:5] == ["—", "Berliner Blatt", "2", "2"]


def test_statements_of_a_syndicated_text_are_marked_as_such(syndicated):
    rows = table(syndicated.get("/speaker?name=peskow").text)
    assert [(row[0], row[2]) for row in rows] == [("Dmitri Peskow as “Peskow”", "Wiener Blatt"),
                                                  ("Dmitri Peskow", "Berliner Blatt, Wiener Blatt syndicated"),
                                                  ("Dmitri Peskow", "Berliner Blatt, Wiener Blatt syndicated")]
    articles = table(syndicated.get("/").text)
    assert [row[1] for row in articles] == ["Wiener Blatt", "Berliner Blatt, Wiener Blatt syndicated"]
    assert "syndicated" in syndicated.get("/balance").text
