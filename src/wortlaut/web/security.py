"""Article text is untrusted input. Templates autoescape everything, links are only rendered for
http(s) URLs, and a strict Content-Security-Policy on every response forbids scripts, inline
styles, frames and foreign resources, so that even a missed escape could not run anything."""
from __future__ import annotations

from typing import Awaitable, Callable
from urllib.parse import urlsplit

from fastapi import Request, Response

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) (a ``javascript:`` link from an article must never be clickable)."""
    return url if url and urlsplit(url).scheme.lower() in {"http", "https"} else None


async def add_security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """HTTP middleware: the headers above on every response, error pages and static files included."""
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response
