"""The web app: server-rendered pages to read a store, and a JSON API under /api/ that mirrors them.

Article text is untrusted input: see ``security`` for how the app keeps it inert.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Sequence

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.exceptions import HTTPException as StarletteHTTPException

from wortlaut.web import api, pages
from wortlaut.web.dependencies import PAGE_ROWS
from wortlaut.web.errors import http_error, invalid_request
from wortlaut.web.security import LOCAL_HOSTS, add_security_headers

STATIC_DIR = Path(str(resources.files("wortlaut.web"))) / "static"


def create_app(db: str | Path, hosts: Sequence[str] = LOCAL_HOSTS, page_rows: int = PAGE_ROWS) -> FastAPI:
    """The app that serves the store at ``db`` to requests for ``hosts``, ``page_rows`` rows on a
    page of a list."""
    app = FastAPI(title="wortlaut", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.db = str(db)
    app.state.page_rows = page_rows
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.middleware("http")(add_security_headers)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.include_router(pages.router)
    app.include_router(api.router)
    return app
