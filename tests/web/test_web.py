"""The web app's pages and JSON API, through FastAPI's test client."""
from __future__ import annotations

import re

import warnings

import pytest

from wortlaut.web import create_app
from wortlaut.web.security import served_hosts
from wortlaut.web.highlight import article_view
from wortlaut.web.security import CSP, safe_url

from tests.readouts import XSS_TEXT, berlin_readout, call_readout
from wortlaut.store import Store

with warnings.catch_warnings():  # starlette's test client asks for httpx2, which is not needed here
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

LOCAL = "http://127.0.0.1"
PAGES = ["/", "/?q=kreml", "/speakers", "/speakers?outlet=London+Ledger", "/speaker?name=Biden", "/about",
         "/about?term=invasion", "/balance", "/balance?outlet=Berliner+Blatt",
         "/balance?by=side", "/events", "/events?actor=RUS&recipient=USA&modality=asserted",
         "/speaker?name=Peskow&min_confidence=0.5", "/balance?min_confidence=0.3", "/failures",
         "/?outlet=London+Ledger&lang=en&since=2024-01-01&page=1",
         "/speaker?name=Joe+Biden&exact=true&until=2024-12-31",
         "/about?term=e&since=2024-01-01&page=2", "/stories", "/stories?outlet=Berliner+Blatt&since=2024-01-01",
         f"/story/{berlin_readout().doc.id}", f"/article/{berlin_readout().doc.id}?mark=0-6"]


@pytest.fixture
def client(store_path):
    return TestClient(create_app(store_path), base_url=LOCAL)


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_with_a_strict_csp(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CSP
    assert "script-src" not in CSP and "unsafe-inline" not in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in response.text


def test_pages_show_what_the_store_holds(client):
    assert "Moskau weist Vorwürfe zurück" in client.get("/").text
    assert "Talks to resume" not in client.get("/?q=kreml").text
    speaker = client.get("/speaker?name=Biden").text
    assert "sanctions remain in place" in speaker and "die Lage sei ernst" in speaker
    assert "Dmitri Peskow" in client.get("/about?term=invasion").text
    balance = client.get("/balance").text
    assert balance.count("<svg") == 2 and "Dmitri Peskow" in balance and "66.7 %" in balance
    sides = client.get("/balance?by=side").text
    assert sides.count("<svg") == 1 and "Russland" in sides and "Dmitri Peskow" not in sides


def test_the_article_page_highlights_each_attribution(client):
    readout = berlin_readout()
    html = client.get(f"/article/{readout.doc.id}").text
    for att in readout.attributions:
        assert f'id="att-{att.id}"' in html
    assert len(re.findall(r'class="[^"]*\batt source sp\d', html)) == 3
    assert re.search(r'class="[^"]*\batt cue sp\d', html) and re.search(r'class="[^"]*\bmk mk-hedge', html)
    assert "Claims and denials" in html and "Balance" in html


def test_highlight_pieces_put_the_text_back_together_and_nest_inner_roles():
    readout = berlin_readout()
    view = article_view(readout)
    assert "".join(p.text for p in view.pieces) == readout.doc.text
    cue_pieces = [p.text for p in view.pieces if " cue " in f" {p.classes} "]
    assert cue_pieces == ["sagte", "behauptete", "teilte", "mit"]
    assert [name for name, _, _ in view.speakers] == ["Dmitri Peskow", "Joe Biden"]
    [invasion] = [p for p in view.pieces if "Invasion" in p.text]
    assert "mk-scare_quote" in invasion.classes and "content" in invasion.classes


def test_the_json_api_mirrors_the_pages(client):
    articles = client.get("/api/articles").json()
    assert [a["outlet"] for a in articles] == ["London Ledger", "Berliner Blatt"]
    readout = client.get(f"/api/articles/{articles[1]['id']}").json()
    assert readout["schema"] == "wortlaut.readout/1" and len(readout["attributions"]) == 3
    assert [r["speaker"] for r in client.get("/api/speakers?outlet=Berliner+Blatt").json()] == [
        "Dmitri Peskow", "Joe Biden"]
    assert len(client.get("/api/speaker?name=biden").json()) == 2
    assert client.get("/api/about?term=invasion").json()[0]["stance"] == "distancing"
    assert {r["outlet"] for r in client.get("/api/balance").json()} == {"Berliner Blatt", "London Ledger"}
    assert client.get("/api/failures").json()[0]["input"] == "broken.txt"
    assert [r["side"] for r in client.get("/api/balance?by=side").json()] == ["Russland", "USA"]
    assert client.get("/api/articles?limit=1").json()[0]["outlet"] == "London Ledger"


def test_uncertain_statements_are_marked_and_can_be_left_out(client):
    about = client.get("/about?term=invasion").text
    assert 'class="uncertain"' in about and "0.31" in about
    assert "nothing found" in client.get("/about?term=invasion&min_confidence=0.5").text
    assert "nothing found" not in client.get("/about?term=invasion&min_confidence=").text
    assert [r["confidence"] for r in client.get("/api/speaker?name=peskow&min_confidence=0.5").json()] == [0.82]
    assert client.get("/speakers?min_confidence=2").status_code == 400
    assert client.get("/api/about?term=x&min_confidence=abc").status_code == 400
    assert client.get("/balance?by=side&min_confidence=0.5").status_code == 400


def test_errors(client, tmp_path):
    assert client.get("/article/nope").status_code == 404
    assert client.get("/api/articles/nope").json() == {"detail": "no article 'nope' in the store"}
    assert client.get("/speaker").status_code == 422 and "name" in client.get("/speaker").text
    assert client.get("/api/articles?limit=0").status_code == 422
    missing = TestClient(create_app(tmp_path / "none.duckdb"), base_url=LOCAL).get("/")
    assert missing.status_code == 503 and "wortlaut ingest" in missing.text
    assert str(tmp_path) not in missing.text


def test_untrusted_text_is_escaped_everywhere(analysed_store):
    path, ids = analysed_store
    client = TestClient(create_app(path), base_url=LOCAL)
    for url in ["/", f"/article/{ids['xss']}", "/speakers", "/about?term=pwned", "/speaker?name=<script>"]:
        html = client.get(url).text
        assert "<script" not in html and "<img" not in html and "onerror=\"" not in html
    article = client.get(f"/article/{ids['xss']}").text
    assert "&lt;script&gt;window.pwned = &#34;quote&#34;&lt;/script&gt;" in article
    assert client.get(f"/api/articles/{ids['xss']}").json()["doc"]["text"] == XSS_TEXT


@pytest.mark.parametrize("url, safe", [("https://a.example/x", True), ("http://a", True),
                                       ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
                                       ("data:text/html,x", False), (None, False)])
def test_only_http_links_are_rendered(url, safe):
    assert (safe_url(url) is not None) is safe


def test_only_the_served_host_names_are_answered(store_path):
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 gets nothing."""
    app = create_app(store_path, served_hosts("127.0.0.1", ("wortlaut.lan",)))
    for host, status in (("127.0.0.1:8000", 200), ("localhost", 200), ("wortlaut.lan", 200), ("evil.example", 400)):
        assert TestClient(app, base_url=f"http://{host}").get("/api/articles").status_code == status, host
    assert served_hosts("0.0.0.0") == ("127.0.0.1", "localhost", "::1")


def test_the_events_page_is_a_timeline_with_evidence_and_an_event_page_lists_every_article(tmp_path):
    db = tmp_path / "calls.duckdb"
    with Store.open(db) as store:
        for n in range(3):
            store.add(call_readout(n, f"outlet {n}", "2022-02-12"))
        store.add(call_readout(9, "outlet 9", "2022-04-02"))
    client = TestClient(create_app(db), base_url=LOCAL)
    timeline = client.get("/events?actor=Putin").text
    assert timeline.count('class="event told-asserted"') == 2  # one call in February, one in April
    assert "3 articles, 3 outlets" in timeline and "<mark>telefoniert</mark>" in timeline
    key = re.search(r'href="/event/([^"]+)"', timeline).group(1)
    page = client.get(f"/event/{key}").text
    assert page.count("<mark>telefoniert</mark>") == 1 and "1 article in 1 outlet" in page
    assert client.get("/event/nothing").status_code == 404
    assert client.get("/api/events?type=CONSULT").json()[0]["type"] == "CONSULT"
