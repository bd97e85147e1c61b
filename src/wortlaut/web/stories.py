"""Stories in the web app: the list of stories a page at a time, and one story's comparison laid
out for reading and printing — the outlets side by side as columns, the sources and claims as
rows, every cell with links to its evidence.

Evidence is a span of a stored text; a link to it opens the article with the span marked
(``/article/DOC?mark=START-END#ev-START-END``), and the cell shows the words with their offsets.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import duckdb

from wortlaut.store.compare import Comparison, Evidence
from wortlaut.store.queries import Rows
from wortlaut.store.stories import list_stories
from wortlaut.web.highlight import evidence_anchor

WORDS_SHOWN = 60  # characters of an evidence span a cell shows; the article shows it whole
CARRIED_ORDER = ("asserted", "attributed", "distanced", "denied")
FRAMING_LABELS = {"scare_quote": "scare quotes", "hedge": "hedges", "loaded": "loaded words"}


def stories_page(con: duckdb.DuckDBPyConnection, since: str | None, until: str | None, outlet: str | None,
                 limit: int, offset: int) -> Rows:
    """``limit`` stories from ``offset``, newest first (``list_stories`` has no offset: it is asked
    for the rows up to the page's end, and the page cut from them)."""
    rows = list_stories(con, since, until, outlet, offset + limit)
    return Rows(rows.columns, rows.rows[offset:offset + limit])


def evidence_href(evidence: Evidence | dict[str, Any]) -> str:
    """The link that opens the article with the evidence span marked and scrolled to."""
    doc_id, start, end = _parts(evidence)
    return f"/article/{quote(doc_id, safe='')}?mark={start}-{end}#{evidence_anchor(start, end)}"


def _parts(evidence: Evidence | dict[str, Any]) -> tuple[str, int, int]:
    if isinstance(evidence, dict):
        return evidence["doc_id"], evidence["start"], evidence["end"]
    return evidence.doc_id, evidence.start, evidence.end


@dataclass(frozen=True)
class EvidenceLink:
    """One evidence span as a cell shows it: the link, the words (shortened) and the offsets."""

    href: str
    doc_id: str
    start: int
    end: int
    words: str
    outlet: str = ""


@dataclass
class StoryView:
    """A comparison as the story page lays it out: one column per outlet."""

    comparison: Comparison
    outlets: list[str]
    articles: dict[str, list[Any]]
    sources: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    framing: list[dict[str, Any]] = field(default_factory=list)
    omissions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def story_view(con: duckdb.DuckDBPyConnection, comparison: Comparison) -> StoryView:
    texts = _texts(con, {a.doc_id for a in comparison.articles})
    outlet_of = {}
    for article in comparison.articles:
        outlet_of.setdefault(article.doc_id, article.outlet)

    def links(evidence: tuple[Evidence, ...]) -> list[EvidenceLink]:
        return [EvidenceLink(evidence_href(e), e.doc_id, e.start, e.end,
                             _words(texts.get(e.doc_id, ""), e.start, e.end), outlet_of.get(e.doc_id, ""))
                for e in evidence]

    articles: dict[str, list[Any]] = {}
    for article in comparison.articles:
        articles.setdefault(article.outlet, []).append(article)
    view = StoryView(comparison, list(articles), articles)

    sources: dict[str, dict[str, Any]] = {}
    for cell in comparison.sources:
        row = sources.setdefault(cell.source, {"source": cell.source, "cells": {}, "statements": 0})
        row["cells"][cell.outlet] = {"cell": cell, "links": links(cell.evidence)}
        row["statements"] += cell.statements
    view.sources = sorted(sources.values(), key=lambda r: (-len(r["cells"]), -r["statements"], r["source"]))

    claims: dict[tuple[str, str], dict[str, Any]] = {}
    for cell in comparison.claims:
        name = cell.claim.strip()
        row = claims.setdefault((cell.kind, name), {"claim": name, "kind": cell.kind, "cells": {}})
        row["cells"].setdefault(cell.outlet, []).append({"carried": cell.carried, "links": links(cell.evidence)})
    for row in claims.values():
        for told in row["cells"].values():
            told.sort(key=lambda t: CARRIED_ORDER.index(t["carried"]) if t["carried"] in CARRIED_ORDER else 9)
    view.claims = sorted(claims.values(), key=lambda r: (r["kind"] != "event", -len(r["cells"]), r["claim"]))

    framing: dict[str, dict[str, list[dict[str, Any]]]] = {outlet: {} for outlet in view.outlets}
    for cell in comparison.framing:
        framing.setdefault(cell.outlet, {}).setdefault(cell.kind, []).append(
            {"text": cell.text, "links": links(cell.evidence)})
    view.framing = [{"outlet": outlet, "kinds": kinds} for outlet, kinds in framing.items()]

    for omission in comparison.omissions:
        view.omissions.setdefault(omission.outlet, []).append(
            {"omission": omission, "links": links(omission.evidence)})
    return view


def _texts(con: duckdb.DuckDBPyConnection, doc_ids: set[str]) -> dict[str, str]:
    if not doc_ids:
        return {}
    return dict(con.execute("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                            [sorted(doc_ids)]).fetchall())


def _words(text: str, start: int, end: int) -> str:
    """The evidence's words on one line, the middle left out when it is long."""
    words = " ".join(text[start:end].split())
    if len(words) <= WORDS_SHOWN:
        return words
    half = WORDS_SHOWN // 2
    return f"{words[:half].rstrip()} … {words[-half:].lstrip()}"


