"""Article text is untrusted input. Templates autoescape everything, links are only rendered for
http(s) URLs, and a strict Content-Security-Policy on every response forbids scripts, inline
styles, frames and foreign resources, so that even a missed escape could not run anything. The
app answers only requests for the host names it serves (``Host`` header), so that a web page
cannot reach it through a DNS name rebound to 127.0.0.1."""
from __future__ import annotations

from typing import Awaitable, Callable
from urllib.parse import urlsplit

from fastapi import Request, Response

LOCAL_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def served_hosts(listen: str, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The host names a server listening on ``listen`` answers to: this machine's loopback
    names, the address itself unless it is a wildcard, and those the user names."""
    own = () if listen in WILDCARD_ADDRESSES else (listen,)
    return tuple(dict.fromkeys((*LOCAL_HOSTS, *own, *extra)))


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) (a ``javascript:`` link from an article must never be clickable)."""
    return url if url and urlsplit(url).scheme.lower() in {"http", "https"} else None


async def add_security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """HTTP middleware: the headers above on every response, error pages and static files included."""
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response
