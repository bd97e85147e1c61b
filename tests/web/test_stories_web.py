"""Stories in the web app, on the story corpus ingested for real (tests/stories_corpus.py): the
list of stories, one story's comparison page with every cell linking to its evidence, printable,
and its JSON and CSV downloads."""
from __future__ import annotations

import csv
import html
import io
import re
import warnings

import pytest

from tests.stories_corpus import ingest_story_corpus
from wortlaut.web import create_app
from wortlaut.web.security import CSP

with warnings.catch_warnings():  # starlette's test client asks for httpx2, which is not needed here
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

LOCAL = "http://127.0.0.1"
CALL_OUTLETS = ["Freie Presse", "RT DE", "Tagesschau", "White House"]
EVIDENCE = re.compile(r'href="(/article/([0-9a-f]+)\?mark=(\d+)-(\d+)#ev-(\d+)-(\d+))"')


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    path = tmp_path_factory.mktemp("stories-web") / "stories.duckdb"
    return path, ingest_story_corpus(path, seed_text)


@pytest.fixture(scope="module")
def client(corpus):
    return TestClient(create_app(corpus[0]), base_url=LOCAL)


@pytest.fixture(scope="module")
def call(corpus):
    """The story of the Biden–Putin call: it is the founding article's."""
    return corpus[1]["seed"]


def text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def table(page: str, css: str) -> tuple[list[str], dict[str, list[str]]]:
    """The table of class ``css``: its column headers and, by each row's header, the row's cells (as HTML)."""
    found = re.search(rf'<table class="rows[^"]*\b{css}\b[^"]*">(.*?)</table>', page, re.DOTALL).group(1)
    head = [text(th) for th in re.findall(r"<th>(.*?)</th>", found[:found.index("</thead>")], re.DOTALL)]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", found[found.index("<tbody>"):], re.DOTALL):
        header = re.search(r'<th scope="row">(.*?)</th>', row, re.DOTALL)
        if header:
            rows[text(header.group(1))] = re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)
    return head, rows


def test_the_stories_page_lists_the_call_with_its_outlets_newest_first(client, call):
    page = client.get("/stories").text
    assert '<a href="/stories">Stories</a>' in page
    titles = re.findall(r'<a href="/story/([0-9a-f]+)">', page)
    assert len(titles) == 2 and titles[1] == call  # the summit a week later is newer
    row = page[page.index(f'href="/story/{call}"'):]
    row = row[:row.index("</tr>")]
    assert "Biden telefoniert mit Putin" in row and "2022-02-12 – 2022-02-13" in row
    assert text(row).endswith("4 4 " + ", ".join(CALL_OUTLETS))
    assert '<span class="rows-shown">2 stories</span>' in page
    assert re.findall(r'href="/story/([0-9a-f]+)"', client.get("/stories?until=2022-02-14").text) == [call]
    assert re.findall(r'href="/story/([0-9a-f]+)"', client.get("/stories?outlet=White+House").text) == [call]
    assert "no stories found" in client.get("/stories?since=2023-01-01").text


def test_the_stories_list_downloads_as_csv_and_json_as_shown(client, call):
    page = client.get("/stories?until=2022-02-14").text
    csv_url = html.unescape(re.search(r'<a href="([^"]+)" download="wortlaut-stories\.csv">', page).group(1))
    assert csv_url == "/api/stories?until=2022-02-14&limit=200&offset=0&format=csv"
    response = client.get(csv_url)
    assert response.headers["content-disposition"] == 'attachment; filename="wortlaut-stories.csv"'
    [row] = csv.DictReader(io.StringIO(response.text))
    assert (row["story_id"], row["articles"], row["outlet_names"]) == (call, "4", ", ".join(CALL_OUTLETS))
    stories = client.get("/api/stories").json()
    assert [s["story_id"] for s in stories][1] == call and stories[1]["first_date"] == "2022-02-12"
    assert [s["story_id"] for s in client.get("/api/stories?offset=1&limit=1").json()] == [call]


def test_the_story_page_shows_each_outlets_articles_and_sources(client, corpus, call):
    ids = corpus[1]
    page = client.get(f"/story/{call}").text
    assert "Biden telefoniert mit Putin" in page and "4 articles" in page and "4 outlets" in page
    _, articles = table(page, "story-articles")
    assert sorted(articles) == CALL_OUTLETS
    for name, outlet in (("seed", "RT DE"), ("whitehouse", "White House"), ("broadcaster", "Tagesschau"),
                         ("republished", "Freie Presse")):
        assert f'href="/article/{ids[name]}"' in articles[outlet][0]
    assert ids["summit"] not in page
    outlets, sources = table(page, "sources")
    assert outlets[0] == "source" and sorted(outlets[1:]) == CALL_OUTLETS
    uschakow = dict(zip(outlets[1:], sources["Juri Uschakow"]))
    assert "—" == text(uschakow["White House"])  # the White House readout does not quote him
    assert text(uschakow["RT DE"]).startswith("4 statements") and "54 words quoted" in uschakow["RT DE"]
    assert len(EVIDENCE.findall(uschakow["RT DE"])) == 4


def test_the_story_page_shows_how_each_outlet_carries_each_claim(client, call):
    comparison = client.get(f"/api/story/{call}").json()
    page = client.get(f"/story/{call}").text
    outlets, claims = table(page, "claims")
    assert comparison["claims"], "the call should have claims that several articles tell"
    for cell in comparison["claims"]:
        row = claims[text(f'{cell["claim"].strip() or "—"} {cell["kind"]}')]
        shown = row[outlets.index(cell["outlet"]) - 1]
        assert f'class="carried carried-{cell["carried"]}"' in shown
        for evidence in cell["evidence"]:
            assert f'?mark={evidence["start"]}-{evidence["end"]}#' in shown
            assert f'[{evidence["start"]}:{evidence["end"]}]' in text(shown)
    kinds = {cell["carried"] for cell in comparison["claims"]}
    assert {"asserted", "denied"} <= kinds
    for how in ("asserted", "attributed", "distanced", "denied"):  # the legend shows each, distinct
        assert f'<span class="carried carried-{how}">' in page
    framing_head, framing = table(page, "framing")
    assert framing_head == ["outlet", "scare quotes", "hedges", "loaded words"]
    assert "angeblich" in text(framing["RT DE"][1]) and text(framing["White House"][1]) == "—"
    omissions = text(page[page.index('<table class="rows omissions">'):])
    assert "White House Juri Uschakow 3 of 4 outlets" in omissions


def test_every_cell_links_to_its_evidence_marked_in_the_article(client, corpus, call):
    page = client.get(f"/story/{call}").text
    links = set(EVIDENCE.findall(page))
    assert len(links) > 20
    story_docs = {corpus[1][name] for name in ("seed", "whitehouse", "broadcaster", "republished")}
    texts = {doc: client.get(f"/api/articles/{doc}").json()["doc"]["text"] for doc in story_docs}
    for href, doc, start, end, anchor_start, anchor_end in sorted(links):
        assert doc in story_docs and (start, end) == (anchor_start, anchor_end) and int(start) < int(end)
        article = client.get(href.split("#")[0]).text
        assert f'<span class="anchor" id="ev-{start}-{end}"></span>' in article
        marked = "".join(re.findall(r'<span class="[^"]*\bev\b[^"]*"[^>]*>([^<]*)</span>',
                                    article[article.index('<article class="text"'):]))
        assert html.unescape(marked) == texts[doc][int(start):int(end)]


def test_an_article_asked_to_mark_a_span_it_does_not_have_says_so(client, corpus):
    seed = corpus[1]["seed"]
    assert client.get(f"/article/{seed}?mark=5-2").status_code == 400
    assert client.get(f"/article/{seed}?mark=x").status_code == 400
    assert client.get(f"/article/{seed}?mark=0-999999").status_code == 400
    assert 'id="ev-' not in client.get(f"/article/{seed}").text


def test_the_story_page_is_printable(client, call):
    page = client.get(f"/story/{call}").text
    assert '<link rel="stylesheet" href="/static/style.css">' in page
    css = client.get("/static/style.css").text
    _, selectors, declarations = css[css.index("@media print"):].split("{")[:3]  # its first rule
    assert {"header.top", "nav", "form.filter", ".downloads"} <= {s.strip() for s in selectors.split(",")}
    assert "display: none" in declarations.split("}")[0]


def test_the_comparison_downloads_as_json_and_csv(client, corpus, call):
    page = client.get(f"/story/{call}").text
    assert f'href="/api/story/{call}?format=csv" download="wortlaut-story-{call}.csv"' in page
    assert f'href="/api/story/{call}?format=json" download="wortlaut-story-{call}.json"' in page
    comparison = client.get(f"/api/story/{call}?format=json").json()
    assert comparison["story_id"] == call and comparison["first_date"] == "2022-02-12"
    assert sorted({a["outlet"] for a in comparison["articles"]}) == CALL_OUTLETS
    cells = [cell for section in ("sources", "claims", "framing", "omissions") for cell in comparison[section]]
    assert cells and all(e["doc_id"] in corpus[1].values() and e["start"] < e["end"]
                         for cell in cells for e in cell["evidence"])
    response = client.get(f"/api/story/{call[:6]}?format=csv")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == f'attachment; filename="wortlaut-story-{call}.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["section"] for r in rows} == {"articles", "sources", "claims", "framing", "omissions"}
    assert sum(r["section"] == "claims" for r in rows) == len(comparison["claims"])
    hedge = next(r for r in rows if r["section"] == "framing" and r["outlet"] == "RT DE" and r["text"] == "angeblich")
    doc_id, span = hedge["evidence"].split(":")
    start, end = map(int, span.split("-"))
    assert doc_id == call and end - start == len("angeblich")


def test_an_unknown_story_is_a_404(client, call):
    assert client.get("/story/nosuchstory").status_code == 404
    assert "no story" in client.get("/story/nosuchstory").text
    assert client.get("/api/story/nosuchstory").json()["detail"].startswith("no story 'nosuchstory' in the store")
    assert client.get("/api/story/nosuchstory?format=csv").status_code == 404
    assert client.get(f"/story/{call[:6]}").status_code == 200  # a prefix only it has will do


@pytest.mark.parametrize("url", ["/stories", "/story/{call}", "/article/{call}?mark=10-20"])
def test_story_pages_keep_the_strict_csp(client, call, url):
    response = client.get(url.format(call=call))
    assert response.status_code == 200 and response.headers["content-security-policy"] == CSP
    assert "<script" not in response.text and " style=" not in response.text
