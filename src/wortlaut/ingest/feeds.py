"""RSS and Atom feeds: the articles a feed links to, with the outlet and dates the feed gives.

A feed is only a list of links; each entry's article is fetched like any other URL (with its
guards), and the feed's metadata fills in what the page leaves out. A feed is untrusted: a link
that is not an http(s) URL (a local path, ``file:``) is never read.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from urllib.parse import urljoin

import feedparser

from wortlaut.ingest.errors import InputError
from wortlaut.ingest.sources import IngestedText, ReadOptions, read_input
from wortlaut.ingest.url import is_url

FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
SNIFF_BYTES = 2048


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where its article is and what the feed says about it."""

    link: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


def looks_like_feed(data: bytes) -> bool:
    """True for an RSS 1/2 or Atom document (sniffed from its root element)."""
    head = data[:SNIFF_BYTES].lstrip().lower()
    if head.startswith(b"<?xml"):
        return any(root in head for root in FEED_ROOTS)
    return head.startswith(FEED_ROOTS)


def feed_entries(data: bytes, base_url: str | None = None) -> list[FeedEntry]:
    """The entries of a feed that link to an article, in feed order."""
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        raise InputError(f"not a readable RSS or Atom feed: {parsed.get('bozo_exception')}")
    outlet = (parsed.feed.get("title") or "").strip() or None
    entries = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        entries.append(FeedEntry(
            link=urljoin(base_url, link) if base_url else link,
            title=(entry.get("title") or "").strip() or None,
            outlet=outlet,
            published=_iso_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        ))
    return entries


def read_entry(entry: FeedEntry, options: ReadOptions = ReadOptions()) -> IngestedText:
    """Fetch an entry's article. The feed names the outlet (one name for all its entries, where
    pages may only give their host name) and the exact publication time; the page gives the title."""
    if not is_url(entry.link):
        raise InputError(f"a feed's links are fetched only over http(s), not {entry.link!r}")
    item = read_input(entry.link, options)
    return replace(item, title=item.title or entry.title, outlet=entry.outlet or item.outlet,
                   published=entry.published or item.published)


def _iso_time(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None
