"""Turn what the user names (a file, a URL, ``-`` for stdin) into text plus metadata."""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from wortlaut.ingest.dates import iso_date
from wortlaut.ingest.errors import InputError
from wortlaut.ingest.html import extract_article, looks_like_html
from wortlaut.ingest.text import DEFAULT_MAX_BYTES, check_size, decode_bytes, require_content
from wortlaut.ingest.url import FetchPolicy, fetch, is_url

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class GivenMetadata:
    """Metadata the user gives for the files, URLs and standard input read (``--outlet``,
    ``--published``, ``--url``): it wins over what a page says about itself."""

    outlet: str | None = None
    published: str | None = None
    url: str | None = None

    def apply(self, item: "IngestedText") -> "IngestedText":
        given = {key: value for key in ("outlet", "published", "url") if (value := getattr(self, key))}
        return replace(item, **given) if given else item


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch: FetchPolicy = FetchPolicy()
    given: GivenMetadata = GivenMetadata()


@dataclass(frozen=True)
class IngestedText:
    """Text ready for analysis, with the metadata its source gave."""

    text: str
    name: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", iso_date(self.published, self.name))


def read_input(name: str, options: ReadOptions = ReadOptions()) -> IngestedText:
    """Read one input named on the command line or passed to the library."""
    if name == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        return from_bytes(data, name="<stdin>", options=options)
    if is_url(name):
        fetched = fetch(name, replace(options.fetch, max_bytes=options.max_bytes))
        is_html = "html" in fetched.content_type.lower() or not fetched.content_type
        return from_bytes(fetched.content, name=name, url=fetched.url, html=is_html or None, options=options)
    path = Path(name)
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a folder, not a file")
    check_size(path.stat().st_size, options.max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return from_bytes(data, name=name, html=html, options=options)


def from_bytes(data: bytes, name: str, url: str | None = None, html: bool | None = None,
               options: ReadOptions = ReadOptions()) -> IngestedText:
    """Decode bytes and, for HTML (said or sniffed), extract the article; the metadata the user
    gave wins."""
    text = decode_bytes(data, options.max_bytes)
    if html is None:
        html = looks_like_html(text)
    if html:
        return options.given.apply(from_html(text, name=name, url=url))
    return options.given.apply(IngestedText(text=require_content(text), name=name, url=url))


def from_html(html: str, name: str, url: str | None = None) -> IngestedText:
    article = extract_article(html, url=url)
    return IngestedText(text=article.text, name=name, title=article.title, url=article.url,
                        outlet=article.site, published=article.published, author=article.author)
