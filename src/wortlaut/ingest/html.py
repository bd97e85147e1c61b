"""Article text and metadata from HTML, through trafilatura."""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from wortlaut.ingest.errors import InputError
from wortlaut.ingest.headline import opens_with_headline
from wortlaut.ingest.text import normalise_text

MIN_ARTICLE_WORDS = 10  # below this, trafilatura has found page furniture, not an article
# The page's own statement of its date (meta tags, structured data, the URL), never a guess from
# numbers in the text: a 2024 page got 2008 from its body. Without one, the input's date is used.
DATE_FROM_METADATA = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class ExtractedArticle:
    text: str
    title: str | None
    author: str | None
    published: str | None
    site: str | None
    url: str | None


def extract_article(html: str, url: str | None = None) -> ExtractedArticle:
    """Extract the main article of an HTML page. The title, when the page has one and the text
    does not open with it, becomes the first paragraph of the text, so that attributions in
    headlines keep their evidence. A text that opens with the headline keeps it once, also under
    a kicker or when the metadata's title adds the kicker or the outlet's name (``ingest.headline``)."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params=DATE_FROM_METADATA,
    )
    body = normalise_text(result.text or "").strip() if result is not None else ""
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise InputError(f"no article text found in the HTML (fewer than {MIN_ARTICLE_WORDS} words)")
    title = (result.title or "").strip() or None
    text = body if title is None or opens_with_headline(body, title) else f"{title}\n\n{body}"
    return ExtractedArticle(
        text=text,
        title=title,
        author=result.author or None,
        published=result.date or None,
        site=result.sitename or result.hostname or None,
        url=result.url or url,
    )


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
