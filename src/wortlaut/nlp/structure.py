"""Article structure: which lines are kicker, title, lead, body, credits, related links, appeals.

News pages carry more than news: an image credit, a "Mehr zum Thema" link, an outlet's plea
to its readers. Analysers must not read those as reportage, so every line of the text gets a
segment kind. The cues are regular expressions in per-language data files
(``lang/<code>/structure.json``); the layout rules (kicker, title, lead) are language-neutral.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wortlaut.lang import load_json
from wortlaut.model import Readout, Segment
from wortlaut.nlp.quotes import CLOSING_QUOTES
from wortlaut.stages import register_stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_CUE_LINE_WORDS = 40
MAX_KICKER_WORDS = 4
MAX_TITLE_WORDS = 30
MAX_LEAD_WORDS = 90
APPEAL_MIN_PATTERNS = 2


@dataclass(frozen=True)
class StructureCues:
    credit: tuple[re.Pattern[str], ...]
    related: tuple[re.Pattern[str], ...]
    appeal: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@lru_cache(maxsize=None)
def load_cues(lang: str) -> StructureCues:
    """The structure cues of a language (``lang/<code>/structure.json``)."""
    raw = load_json(lang, "structure.json")
    return StructureCues(**{
        kind: tuple(re.compile(p) for p in raw[kind])
        for kind in ("credit", "related", "appeal", "boilerplate")
    })


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their offsets, trimmed of surrounding white space (NBSP included)."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(start, start + len(stripped), stripped))
    return lines


def segment_article(text: str, lang: str, title: str | None = None) -> list[Segment]:
    """One segment per non-empty line of ``text``. ``title`` is a known headline (from HTML)."""
    cues = load_cues(lang)
    lines = split_lines(text)
    kinds = [_cue_kind(line, cues) for line in lines]
    _mark_head(lines, kinds, title)
    return [Segment(kind, line.start, line.end) for line, kind in zip(lines, kinds)]


@register_stage("structure", assigns=("segments", "doc.title"))
def read_structure(doc: Doc, readout: Readout) -> None:
    """The article's segments; a readout without a known title takes the title line's text."""
    text = readout.doc.text
    readout.segments = segment_article(text, readout.doc.lang, readout.doc.title)
    if readout.doc.title is None:
        readout.doc.title = next((text[s.start:s.end] for s in readout.segments if s.kind == "title"), None)


def _cue_kind(line: Line, cues: StructureCues) -> str | None:
    short = line.words <= MAX_CUE_LINE_WORDS
    if short and any(p.search(line.text) for p in cues.boilerplate):
        return "boilerplate"
    if short and any(p.search(line.text) for p in cues.related):
        return "related"
    if short and any(p.search(line.text) for p in cues.credit):
        return "credit"
    if sum(1 for p in cues.appeal if p.search(line.text)) >= APPEAL_MIN_PATTERNS:
        return "appeal"
    return None


def _is_headline(line: Line, limit: int) -> bool:
    """Headlines are short and do not end like a sentence of running text."""
    tail = line.text.rstrip("".join(CLOSING_QUOTES) + " ")
    return line.words <= limit and not tail.endswith((".", ":", ";", ","))


def _mark_head(lines: list[Line], kinds: list[str | None], title: str | None) -> None:
    """Kicker, title and lead at the top; every line still unmarked is body."""
    free = [i for i, kind in enumerate(kinds) if kind is None]
    title_at = next((i for i in free if title and lines[i].text == title.strip()), None)
    if title_at is None and free and _is_headline(lines[free[0]], MAX_TITLE_WORDS):
        first = free[0]
        second = free[1] if len(free) > 1 else None
        if (second is not None and lines[first].words <= MAX_KICKER_WORDS
                and _is_headline(lines[second], MAX_TITLE_WORDS)):
            kinds[first] = "kicker"
            title_at = second
        elif len(free) > 1:
            title_at = first
    if title_at is not None:
        kinds[title_at] = "title"
        for i in free:
            if i < title_at and lines[i].words <= MAX_KICKER_WORDS:
                kinds[i] = "kicker"
        after = [i for i in free if i > title_at]
        if len(after) > 1 and lines[after[0]].words <= MAX_LEAD_WORDS:
            kinds[after[0]] = "lead"
    for i, kind in enumerate(kinds):
        if kind is None:
            kinds[i] = "body"
