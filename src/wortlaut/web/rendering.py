"""The Jinja templates of the pages: autoescaped, strict about undefined names, with the
``safe_url`` filter for every link taken from an article, ``plural`` for counts in words and
``query`` for links that keep a page's filters."""
from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from wortlaut.attribution.confidence import UNCERTAIN_BELOW
from wortlaut.web.security import safe_url

TEMPLATE_DIR = Path(str(resources.files("wortlaut.web"))) / "templates"


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 statement``, ``2 statements``: a count with its noun in the right number (``words``
    for a plural that is not the noun with an s)."""
    return f"{count:,} {word if count == 1 else words or word + 's'}"


def query(values: Mapping[str, Any], **changes: Any) -> str:
    """The query string of a link that keeps ``values`` (a page's filters) with ``changes`` (the
    page, a format); empty filters are left out so that links stay short, and a switch that is on
    is ``true``."""
    merged = {**values, **changes}
    return urlencode({name: "true" if value is True else value for name, value in merged.items()
                      if value is not None and value != "" and value is not False})


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    env.filters["plural"] = plural
    env.filters["query"] = query
    env.globals["uncertain_below"] = UNCERTAIN_BELOW
    return Jinja2Templates(env=env)


TEMPLATES = _templates()


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context)
