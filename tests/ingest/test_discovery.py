"""Finding a corpus's documents: folders, JSON Lines, RSS and Atom feeds (files and URLs), web
archives; and ``wortlaut ingest`` of a web archive."""
from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import duckdb
import pytest

from tests.batch.conftest import ARTICLES, BROKEN, CRAWL_DATE, GOOD, write_warc
from wortlaut.ingest import InputError, ReadOptions
from wortlaut.ingest.corpus import discover, iter_inputs, jsonl_record
from wortlaut.ingest.feeds import feed_entries, looks_like_feed
from wortlaut.ingest.url import FetchPolicy
from wortlaut.ingest.warc import warc_responses

ARTICLE_HTML = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                "<p>The minister said on Monday that the talks would resume next week in Geneva, "
                "officials confirmed to reporters.</p></article></body></html>")
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title><link>{base}/</link>
<item><title>First</title><link>{base}/first.html</link><pubDate>Mon, 05 Feb 2024 10:00:00 +0100</pubDate></item>
<item><title>Second</title><link>/second.html</link></item>
<item><title>No link</title></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>One</title><link href="https://atom.example/one"/><updated>2024-02-06T08:30:00Z</updated></entry>
</feed>"""


@pytest.fixture
def site(tmp_path):
    """A local web server with a feed and two articles."""
    root = tmp_path / "site"
    root.mkdir()
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "feed.xml").write_text(RSS.format(base=base), encoding="utf-8")
    for name in ("first", "second"):
        (root / f"{name}.html").write_text(ARTICLE_HTML.format(title=f"The {name} article"), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


LOCAL = ReadOptions(fetch=FetchPolicy(timeout=5, allow_private=True))


def test_a_folder_is_walked_recursively_in_order_skipping_hidden_and_unknown_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("z.txt", "a.html", "b/c.txt", ".hidden.txt", ".git/x.txt", "photo.jpg"):
        (tmp_path / name).write_text("Some text.", encoding="utf-8")
    names = [item.name for item in discover([str(tmp_path)])]
    assert names == [str(tmp_path / "a.html"), str(tmp_path / "z.txt"), str(tmp_path / "b" / "c.txt")]


def test_a_missing_file_becomes_an_item_that_fails_with_its_reason(tmp_path):
    [item] = discover([str(tmp_path / "missing.txt")])
    with pytest.raises(InputError, match="no such file"):
        item.load()


def test_json_lines_give_one_item_per_line_with_their_metadata(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"text": "Er sagte, es regne.\r\nMehr.", "url": "https://a.example/1", "outlet": "A",
                    "published": "2024-01-02"}),
        "",
        "{not json",
        json.dumps({"html": ARTICLE_HTML.format(title="Talks"), "outlet": "B", "title": "Given title"}),
        json.dumps({"url": "https://a.example/2"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = discover([str(path)])
    assert [i.name for i in items] == [f"{path}:{n}" for n in (1, 3, 4, 5)]
    first = items[0].load()
    assert (first.text, first.url, first.outlet, first.published) == (
        "Er sagte, es regne.\nMehr.", "https://a.example/1", "A", "2024-01-02")
    with pytest.raises(InputError, match="not a valid JSON line"):
        items[1].load()
    html = items[2].load()
    assert html.outlet == "B" and html.title == "Given title" and "talks would resume" in html.text
    with pytest.raises(InputError, match='exactly one of "text" and "html"'):
        items[3].load()


@pytest.mark.parametrize("record, message", [
    ('["a list"]', "must be an object"),
    ('{"text": "  "}', "empty text"),
    ('{"text": "x", "html": "<p>y</p>"}', "exactly one"),
    ('{"text": 5}', "as a string"),
    ('{"text": "ok", "outlet": {"a": 1}}', '"outlet" must be a string'),
])
def test_bad_json_lines_say_what_is_wrong(record, message):
    with pytest.raises(InputError, match=message):
        jsonl_record(record, "x.jsonl:1")


def test_an_oversized_json_line_is_refused(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n", encoding="utf-8")
    [item] = discover([str(path)], ReadOptions(max_bytes=100))
    with pytest.raises(InputError, match="over the limit"):
        item.load()


def test_rss_and_atom_feeds_list_their_linked_entries():
    assert looks_like_feed(RSS.encode()) and looks_like_feed(ATOM.encode())
    assert not looks_like_feed(b"<!doctype html><html><body><a href='x.rss'>feed</a></body></html>")
    rss = feed_entries(RSS.format(base="https://n.example").encode(), "https://n.example/feed.xml")
    assert [(e.link, e.title, e.outlet, e.published) for e in rss] == [
        ("https://n.example/first.html", "First", "Example News", "2024-02-05T09:00:00Z"),
        ("https://n.example/second.html", "Second", "Example News", None),
    ]
    [atom] = feed_entries(ATOM.encode())
    assert (atom.link, atom.outlet, atom.published) == ("https://atom.example/one", "Atom Daily", "2024-02-06T08:30:00Z")


def test_a_feed_url_is_expanded_and_each_entry_fetched_with_the_feeds_metadata(site):
    items = discover([f"{site}/feed.xml"], LOCAL)
    assert [i.name for i in items] == [f"{site}/first.html", f"{site}/second.html"]
    first = items[0].load()
    assert first.title == "The first article" and first.outlet == "Example News"
    assert first.published == "2024-02-05T09:00:00+00:00" and first.url == f"{site}/first.html"
    assert "talks would resume" in first.text


def test_a_feed_file_and_an_article_url(site, tmp_path):
    feed = tmp_path / "saved.rss"
    feed.write_text(RSS.format(base=site), encoding="utf-8")
    assert [i.name for i in discover([str(feed)], LOCAL)][0] == f"{site}/first.html"
    [article] = discover([f"{site}/second.html"], LOCAL)
    assert article.load().title == "The second article"


@pytest.mark.parametrize("link", ["{secret}", "file://{secret}"])
def test_a_feed_file_never_makes_wortlaut_read_a_local_file(tmp_path, link):
    secret = tmp_path / "secret.txt"
    secret.write_text("Das Passwort lautet geheim, sagte der Administrator am Montag.", encoding="utf-8")
    feed = tmp_path / "saved.rss"
    feed.write_text(RSS.format(base="https://n.example").replace(
        "https://n.example/first.html", link.format(secret=secret)), encoding="utf-8")
    first = discover([str(feed)])[0]
    with pytest.raises(InputError, match="only over http"):
        first.load()


def test_a_url_that_cannot_be_fetched_is_one_failing_item(site):
    [item] = discover([f"{site}/missing.xml"], LOCAL)
    with pytest.raises(InputError, match="HTTP 404"):
        item.load()
    [private] = discover([f"{site}/feed.xml"])
    with pytest.raises(InputError, match="private"):
        private.load()


def test_a_warc_file_gives_its_html_responses_with_their_crawl_date(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "news.warc.gz")
    items = discover([str(path)])
    assert [i.name for i in items] == [f"{path}@{r.offset}" for r in warc_responses(path)]
    assert len(items) == GOOD + BROKEN and {i.fetched for i in items} == {CRAWL_DATE}
    first = items[0].load()
    assert first.url == "https://news.example/0" and first.text.startswith(ARTICLES[0][0])
    assert first.published == "2024-05-03T10:00:00+00:00"  # the page names no date: the crawl's


def test_a_folder_gives_its_warc_files_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "z.txt"):
        (tmp_path / name).write_text("Some text.", encoding="utf-8")
    archive = write_warc(tmp_path / "b" / "news.warc")
    write_warc(tmp_path / ".hidden.warc.gz")
    names = [item.name for item in discover([str(tmp_path)])]
    assert names[:2] == [str(tmp_path / "a.txt"), str(tmp_path / "z.txt")]
    assert names[2:] == [f"{archive}@{r.offset}" for r in warc_responses(archive)]


def test_an_archive_is_scanned_only_when_its_items_are_reached(tmp_path: Path) -> None:
    path = tmp_path / "later.warc.gz"
    items = iter_inputs([str(path)])
    write_warc(path)
    assert len(list(items)) == GOOD + BROKEN


def test_a_corrupt_archive_gives_its_good_responses_and_one_failure(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "news.warc.gz").read_bytes()
    broken = tmp_path / "broken.warc.gz"
    middle = len(data) // 2
    broken.write_bytes(data[:middle] + b"X" * 200 + data[middle + 200:])
    items = discover([str(broken)])
    assert 1 <= len(items) < GOOD + BROKEN and items[-1].name == str(broken)
    with pytest.raises(InputError, match="broken WARC"):
        items[-1].load()


@pytest.mark.parametrize("suffix, cut", [(".warc.gz", 0.5), (".warc", 0.5), (".warc.gz", -30), (".warc", -30)],
                         ids=["gz-half", "warc-half", "gz-last-record", "warc-last-record"])
def test_a_truncated_archive_is_never_read_as_if_whole(tmp_path: Path, suffix: str, cut: float) -> None:
    """A download stopped half-way: the whole responses before the cut, then one failure."""
    whole = write_warc(tmp_path / f"news{suffix}")
    data = whole.read_bytes()
    truncated = tmp_path / f"cut{suffix}"
    truncated.write_bytes(data[:int(len(data) * cut)] if cut > 0 else data[:int(cut)])
    complete = [r.offset for r in warc_responses(whole)]
    items = discover([str(truncated)])
    assert items[-1].name == str(truncated)
    with pytest.raises(InputError, match="truncated WARC archive"):
        items[-1].load()
    assert [int(i.name.rsplit("@", 1)[1]) for i in items[:-1]] == complete[:len(items) - 1]
    assert len(items) - 1 < len(complete)


def test_a_missing_archive_is_one_failing_item(tmp_path: Path) -> None:
    [item] = discover([str(tmp_path / "missing.warc")])
    with pytest.raises(InputError, match="cannot read"):
        item.load()


def test_ingest_stores_the_articles_of_a_warc_file(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "news.warc.gz")
    db = tmp_path / "news.duckdb"
    run = subprocess.run([sys.executable, "-m", "wortlaut.cli", "ingest", str(path), "--db", str(db)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr  # the two responses without an article fail
    assert f"{GOOD} added, 0 more publications of stored texts, 0 already in the store, {BROKEN} failed" in run.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT input, url, title FROM documents ORDER BY url").fetchall()
    assert [(i.split("@")[0], u, t) for i, u, t in stored] == [
        (str(path), f"https://news.example/{n}", title) for n, (title, _) in zip((0, 1, 6, 7), ARTICLES)]
