"""Web archives (WARC, as Common Crawl's CC-NEWS ships them): the HTML responses they hold.

A scan notes where each HTML response starts, so that a worker on any machine can later read one
record by seeking to it, without the whole file passing through one process. Compressed archives
must be gzipped per record (the WARC standard's recommendation, and what crawlers write). An
archive cut short (a download stopped half-way) is not read as if whole: a record shorter than its
Content-Length, or bytes after the last whole record, end the scan with an InputError.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from wortlaut.ingest.errors import InputError
from wortlaut.ingest.sources import IngestedText, ReadOptions, from_bytes
from wortlaut.ingest.text import check_size

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
ERROR_CHARS = 200  # warcio quotes the broken bytes; a glimpse is enough


@dataclass(frozen=True)
class WarcResponse:
    """Where an HTML response sits in a WARC file, and what its WARC headers say about it."""

    path: str
    offset: int
    uri: str | None
    date: str | None
    record_id: str | None


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def warc_responses(path: str | Path) -> Iterator[WarcResponse]:
    """Every successful HTML response in the archive, in file order. Other records (requests,
    metadata, redirects, images) are not articles and are passed over. An archive that breaks
    or ends part-way raises InputError after the whole responses before the break."""
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle)
            end = 0
            for record in records:
                html = _is_html_response(record)
                records.read_to_end(record)
                offset = records.get_record_offset()
                if _cut_short(record):
                    raise InputError(f"truncated WARC archive: the record at byte {offset} is cut off")
                end = offset + records.get_record_length()
                if html:
                    yield WarcResponse(str(path), offset, record.rec_headers.get_header("WARC-Target-URI"),
                                       record.rec_headers.get_header("WARC-Date"),
                                       record.rec_headers.get_header("WARC-Record-ID"))
            handle.seek(end)
            if handle.read().strip(b"\r\n"):
                raise InputError(f"truncated WARC archive: it ends inside a record after byte {end}")
    except (ArchiveLoadFailed, EOFError, zlib.error) as exc:
        raise InputError(f"broken WARC archive: {str(exc)[:ERROR_CHARS]}") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def read_response(response: WarcResponse, options: ReadOptions = ReadOptions()) -> IngestedText:
    """The article of one HTML response, its URL being the record's target URI."""
    try:
        with open(response.path, "rb") as handle:
            handle.seek(response.offset)
            record = next(iter(ArchiveIterator(handle)))
            payload = record.content_stream().read(options.max_bytes + 1)
    except (ArchiveLoadFailed, StopIteration, OSError, EOFError) as exc:
        raise InputError(f"cannot read the WARC record at byte {response.offset}: {exc!r}") from None
    check_size(len(payload), options.max_bytes)
    if _cut_short(record):
        raise InputError(f"truncated WARC record at byte {response.offset}: shorter than its Content-Length")
    name = response.uri or f"{response.path}@{response.offset}"
    item = from_bytes(payload, name=name, url=response.uri, html=True, options=options)
    return item if item.published else replace(item, published=response.date)  # the page gives none: the crawl's


def _cut_short(record: ArcWarcRecord) -> bool:
    """The record's bytes ran out before its Content-Length did."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _is_html_response(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_TYPES)
