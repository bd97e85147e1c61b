"""The documents of a corpus: folders, files, URLs, RSS/Atom feeds, JSON Lines and web archives
(WARC), as lazy items; ``wortlaut ingest`` and ``wortlaut batch`` both read their inputs here.

Discovery is cheap and never fails as a whole. Each item reads its text only when asked, and an
input that cannot even be expanded (a feed that does not load, a missing file, a broken archive)
becomes one item whose reading raises the reason, so that a run records it and goes on.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from wortlaut.ingest.errors import InputError
from wortlaut.ingest.feeds import SNIFF_BYTES, feed_entries, looks_like_feed, read_entry
from wortlaut.ingest.sources import IngestedText, ReadOptions, from_bytes, from_html, read_input
from wortlaut.ingest.text import check_size, normalise_text, require_content
from wortlaut.ingest.url import fetch, is_url
from wortlaut.ingest.warc import WarcResponse, is_warc, read_response, warc_responses

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FOLDER_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml"} | JSONL_SUFFIXES
JSONL_METADATA = ("url", "outlet", "published", "title", "author")


@dataclass(frozen=True)
class InputItem:
    """One document to read: a name the user can find it by (unique within the inputs), how to
    read it, and the crawl date when it came from a web archive."""

    name: str
    load: Callable[[], IngestedText]
    fetched: str | None = None


def iter_inputs(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[InputItem]:
    """Expand what the user named into the documents to read, in order and lazily: an input is
    expanded (a folder walked, an archive scanned, a feed fetched) only when its items are reached."""
    return (item for name in inputs for item in _expand(name, options))


def discover(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> list[InputItem]:
    """All the documents at once, for a run that shows how many there are."""
    return list(iter_inputs(inputs, options))


def _expand(name: str, options: ReadOptions) -> Iterator[InputItem]:
    if name == "-":
        yield InputItem("<stdin>", partial(read_input, "-", options))
    elif is_url(name):
        yield from _url_items(name, options)
    elif is_warc(name):
        yield from _warc_items(name, options)
    elif Path(name).is_dir():
        yield from _folder_items(Path(name), options)
    else:
        yield from _file_items(Path(name), options)


def _url_items(url: str, options: ReadOptions) -> Iterator[InputItem]:
    try:
        fetched = fetch(url, replace(options.fetch, max_bytes=options.max_bytes))
    except InputError as exc:
        yield failed_item(url, str(exc))
        return
    if looks_like_feed(fetched.content):
        yield from _feed_items(url, fetched.content, fetched.url, options)
        return
    html = "html" in fetched.content_type.lower() or not fetched.content_type
    yield InputItem(url, partial(from_bytes, fetched.content, name=url, url=fetched.url, html=html or None,
                                 options=options))


def _folder_items(folder: Path, options: ReadOptions) -> Iterator[InputItem]:
    """Every file with a known suffix under ``folder`` (web archives included), recursively, in name
    order; hidden files and folders are left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(f for f in files if not f.startswith(".")):
            path = Path(root) / file
            if is_warc(file):
                yield from _warc_items(str(path), options)
            elif path.suffix.lower() in FOLDER_SUFFIXES:
                yield from _file_items(path, options)


def _file_items(path: Path, options: ReadOptions) -> Iterator[InputItem]:
    name = str(path)
    if not path.is_file():
        yield InputItem(name, partial(read_input, name, options))
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl_items(path, options)
    elif looks_like_feed(_head(path)):
        try:
            check_size(path.stat().st_size, options.max_bytes)
            yield from _feed_items(name, path.read_bytes(), None, options)
        except (InputError, OSError) as exc:
            yield failed_item(name, str(exc))
    else:
        yield InputItem(name, partial(read_input, name, options))


def _feed_items(name: str, data: bytes, base_url: str | None, options: ReadOptions) -> Iterator[InputItem]:
    try:
        entries = feed_entries(data, base_url)
    except InputError as exc:
        yield failed_item(name, str(exc))
        return
    for entry in entries:
        yield InputItem(entry.link, partial(read_entry, entry, options))


def _warc_items(path: str, options: ReadOptions) -> Iterator[InputItem]:
    """The archive's HTML responses, then, if it breaks part-way, one item failing with why."""
    try:
        for response in warc_responses(path):
            yield _response_item(response, options)
    except InputError as exc:
        yield failed_item(path, str(exc))


def _response_item(response: WarcResponse, options: ReadOptions) -> InputItem:
    return InputItem(f"{response.path}@{response.offset}", partial(read_response, response, options),
                     response.date)


def _jsonl_items(path: Path, options: ReadOptions) -> Iterator[InputItem]:
    """One item per non-blank line, read again from its byte offset when loaded, so that a large
    file is never held in memory."""
    try:
        with path.open("rb") as handle:
            offset, number = 0, 0
            for line in handle:
                number += 1
                if line.strip():
                    name = f"{path}:{number}"
                    yield InputItem(name, partial(_read_jsonl_line, path, offset, name, options))
                offset += len(line)
    except OSError as exc:
        yield failed_item(str(path), f"cannot read: {exc.strerror}")


def _read_jsonl_line(path: Path, offset: int, name: str, options: ReadOptions) -> IngestedText:
    with path.open("rb") as handle:
        handle.seek(offset)
        line = handle.readline(options.max_bytes + 2)
    check_size(len(line.rstrip(b"\r\n")), options.max_bytes)
    return jsonl_record(line, name)


def jsonl_record(line: bytes | str, name: str) -> IngestedText:
    """A JSON Lines record ``{"text"|"html", "url", "outlet", "published", "title", "author"}``;
    the metadata it gives wins over what is extracted from its HTML."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not a valid JSON line: {exc}") from None
    if not isinstance(record, dict):
        raise InputError("a JSON line must be an object")
    text, html = record.get("text"), record.get("html")
    if (text is None) == (html is None) or not isinstance(text if html is None else html, str):
        raise InputError('a JSON line needs exactly one of "text" and "html", as a string')
    metadata = {key: _metadata(record, key) for key in JSONL_METADATA}
    if html is not None:
        item = from_html(normalise_text(html), name=name, url=metadata["url"])
    else:
        item = IngestedText(text=require_content(normalise_text(text)), name=name)
    return replace(item, **{key: value for key, value in metadata.items() if value is not None})


def failed_item(name: str, reason: str) -> InputItem:
    """An item that could not be found or expanded: reading it raises the reason."""
    return InputItem(name, partial(_fail, reason))


def _fail(reason: str) -> IngestedText:
    raise InputError(reason)


def _metadata(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)):
        raise InputError(f'"{key}" must be a string')
    return str(value).strip() or None


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError:
        return b""

