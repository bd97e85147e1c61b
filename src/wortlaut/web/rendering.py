"""The Jinja templates of the pages: autoescaped, strict about undefined names, and with the
``safe_url`` filter for every link taken from an article."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from wortlaut.attribution.confidence import UNCERTAIN_BELOW
from wortlaut.web.security import safe_url

TEMPLATE_DIR = Path(str(resources.files("wortlaut.web"))) / "templates"


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    env.globals["uncertain_below"] = UNCERTAIN_BELOW
    return Jinja2Templates(env=env)


TEMPLATES = _templates()


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context)
