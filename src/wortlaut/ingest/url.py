"""Fetching articles over http(s) with the guards a batch tool needs.

A URL from a feed or a list is untrusted: wortlaut follows at most a few redirects, checks
every hop's address (no loopback, private or link-local hosts unless allowed), and stops
reading at a size cap and at one deadline for the whole fetch (redirects included), so that a
server sending a byte at a time cannot hold a batch job.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from wortlaut.ingest.errors import InputError

USER_AGENT = "wortlaut/0.1 (+https://github.com/wortlaut/wortlaut)"


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    content_type: str
    encoding: str | None


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in {"http", "https"}


def fetch(url: str, policy: FetchPolicy = FetchPolicy()) -> Fetched:
    """GET ``url`` under ``policy``; raise InputError with the reason on any failure."""
    current = url
    deadline = time.monotonic() + policy.timeout
    with httpx.Client(timeout=policy.timeout, follow_redirects=False,
                      headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(policy.max_redirects + 1):
            _check_target(current, policy)
            try:
                with client.stream("GET", current, timeout=_remaining(deadline, policy)) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(f"{response.status_code} redirect without a Location header")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise InputError(f"HTTP {response.status_code} {response.reason_phrase}")
                    content = _read_capped(response, policy, deadline)
                    return Fetched(str(response.url), content,
                                   response.headers.get("content-type", ""), response.charset_encoding)
            except httpx.TimeoutException:
                raise InputError(f"timed out after {policy.timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise InputError(f"could not fetch: {exc}") from None
    raise InputError(f"more than {policy.max_redirects} redirects")


def _remaining(deadline: float, policy: FetchPolicy) -> float:
    """The time left for the fetch, which also bounds each connect and read."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise InputError(f"timed out after {policy.timeout:g} s")
    return left


def _read_capped(response: httpx.Response, policy: FetchPolicy, deadline: float) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise InputError(f"response is over the limit of {policy.max_bytes:,} bytes")
        _remaining(deadline, policy)
        chunks.append(chunk)
    return b"".join(chunks)


def _check_target(url: str, policy: FetchPolicy) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"}:
        raise InputError(f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}")
    if not parts.hostname:
        raise InputError("URL has no host")
    if policy.allow_private:
        return
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"cannot resolve host {parts.hostname!r}: {exc.strerror}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise InputError(
                f"refusing {parts.hostname} ({address}): loopback, private or link-local address "
                "(allow it with --allow-private)"
            )
