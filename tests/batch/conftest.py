"""A small web archive built in the test: German and English articles, and records that must be
passed over (a redirect, an image, a request) or must fail (a page without an article, binary
bytes labelled as HTML)."""
from __future__ import annotations

import html
from io import BytesIO
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wortlaut.batch.rows import TABLE_NAMES

CRAWL_DATE = "2024-05-03T10:00:00Z"
ARTICLES = [
    ("Stellenabbau bei RTL", [
        "In der Sendergruppe um RTL werden am Hauptstandort Köln Stellen abgebaut.",
        "RTL-Chefin Anke Schäferkordt sagte, die Zahlen seien „aus der Luft gegriffen“.",
        "Der Betriebsrat erklärte, man werde die Pläne genau prüfen.",
    ]),
    ("Neuer Bahnhof in Leipzig eröffnet", [
        "Der neue Bahnhof in Leipzig ist am Montag nach vier Jahren Bauzeit eröffnet worden.",
        "Bürgermeister Burkhard Jung sagte, die Stadt habe lange auf diesen Tag gewartet.",
        "Die Deutsche Bahn teilte mit, die ersten Züge führen planmäßig.",
    ]),
    ("Council approves new bridge", [
        "The city council approved plans for a new bridge across the river on Tuesday.",
        "\"This is a great day for the city,\" said mayor Jane Porter after the vote.",
        "Opponents claimed that the costs had been underestimated by the planners.",
    ]),
    ("Hochwasser in Passau", [
        "In Passau sind nach tagelangem Regen mehrere Straßen überflutet worden.",
        "Ein Sprecher der Feuerwehr sagte, die Lage sei unter Kontrolle.",
        "Die Behörden rieten den Anwohnern, ihre Keller zu räumen.",
    ]),
]
GOOD = len(ARTICLES)
BROKEN = 2


def article_html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body><article>"
            f"<h1>{html.escape(title)}</h1>{body}</article></body></html>").encode("utf-8")


def write_warc(path: Path) -> Path:
    responses = [("text/html; charset=utf-8", "200 OK", article_html(t, p)) for t, p in ARTICLES]
    responses[2:2] = [
        ("text/html", "200 OK", b"<html><body><nav>Home</nav></body></html>"),  # no article: fails
        ("image/png", "200 OK", b"\x89PNG\r\n"),  # not HTML: passed over
        ("text/html", "301 Moved Permanently", b""),  # redirect: passed over
        ("text/html", "200 OK", b"\x00\x01\x02\x03" * 64),  # binary bytes: fails
    ]
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "wortlaut tests"}))
        for n, (content_type, status, payload) in enumerate(responses):
            uri = f"https://news.example/{n}"
            writer.write_record(writer.create_warc_record(uri, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=BytesIO(payload), http_headers=http,
                warc_headers_dict={"WARC-Date": CRAWL_DATE}))
    return path


@pytest.fixture(scope="session")
def warc_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warc(tmp_path_factory.mktemp("warc") / "news.warc.gz")


def read_rows(out: Path, table: str) -> list[dict[str, Any]]:
    """A table's rows, partition columns included, in a stable order."""
    folder = out / table
    if not folder.is_dir():
        return []
    rows = ds.dataset(folder, format="parquet", partitioning="hive").to_table().to_pylist()
    return sorted(rows, key=repr)


def read_all(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {table: read_rows(out, table) for table in TABLE_NAMES}
