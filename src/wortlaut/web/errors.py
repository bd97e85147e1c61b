"""Errors as the client asked: JSON ``{"detail": …}`` under /api/, an HTML page elsewhere."""
from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from wortlaut.web.rendering import TEMPLATES


def error_response(request: Request, status: int, detail: Any) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    return TEMPLATES.TemplateResponse(request, "error.html", {"status": status, "detail": detail},
                                      status_code=status)


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    return error_response(request, exc.status_code, exc.detail)


async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
    """A bad query parameter, named with its problem in one line (``name: message; …``)."""
    problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
    return error_response(request, 422, problems)
