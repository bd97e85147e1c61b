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

from wortlaut.ingest.headline import HEAD_LINES, SEPARATORS, find_headline
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
    """One segment per non-empty line of ``text``, two for a line at the top that holds kicker and
    headline. ``title`` is a known headline (from HTML metadata, a feed or a JSON Lines record)."""
    cues = load_cues(lang)
    lines = split_lines(text)
    if title:
        lines = _split_kickers(lines, title)
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


def _split_kickers(lines: list[Line], title: str) -> list[Line]:
    """A line at the top that holds a kicker before the headline becomes two lines, kicker and
    headline: an ``<h1>`` with both comes out as "Energiepreise Regierung plant Entlastung für
    Pendler", a page may print "EXCLUSIVE: Shipping firms halt Red Sea crossings"."""
    out: list[Line] = []
    for n, line in enumerate(lines):
        found = find_headline(line.text, title) if n < HEAD_LINES else None
        kicker = _piece(line, 0, found.start) if found is not None else None
        if found is None or kicker is None:
            out.append(line)
        else:
            out += [kicker, Line(line.start + found.start, line.end, line.text[found.start:])]
    return out


def _piece(line: Line, start: int, end: int) -> Line | None:
    """``line.text[start:end]`` as a line of its own, without the separators around it."""
    core = re.search(rf"[^\s{re.escape(SEPARATORS)}](.*[^\s{re.escape(SEPARATORS)}])?", line.text[start:end])
    if core is None:
        return None
    return Line(line.start + start + core.start(), line.start + start + core.end(), core.group())


def _mark_head(lines: list[Line], kinds: list[str | None], title: str | None) -> None:
    """Kicker, title and lead at the top; every line still unmarked is body."""
    free = [i for i, kind in enumerate(kinds) if kind is None]
    titles = (_known_title(lines, free, title) if title else []) or _guessed_title(lines, free)
    if titles:
        for i in titles:
            kinds[i] = "title"
        for i in free:
            if i < titles[-1] and kinds[i] is None and lines[i].words <= MAX_KICKER_WORDS:
                kinds[i] = "kicker"
        after = [i for i in free if i > titles[-1]]
        if len(after) > 1 and lines[after[0]].words <= MAX_LEAD_WORDS:
            kinds[after[0]] = "lead"
    for i, kind in enumerate(kinds):
        if kind is None:
            kinds[i] = "body"


def _known_title(lines: list[Line], free: list[int], title: str) -> list[int]:
    """The lines above the running text that repeat the known title. A text that opens with its
    headline under the title put in front of it, or under an ``og:title`` that adds the kicker
    ("Ukraine-Krise: Scholz warnt Moskau …" over "Scholz warnt Moskau …"), has one title, not a
    title and a first body paragraph."""
    found = []
    for i in free:
        if find_headline(lines[i].text, title) is not None:
            found.append(i)
        elif not _is_headline(lines[i], MAX_TITLE_WORDS):
            break
    return found


def _guessed_title(lines: list[Line], free: list[int]) -> list[int]:
    """Without a known title, a first line that reads as a headline, or the second one under a
    kicker ("International" over "Biden telefoniert mit Putin – …"), when more text follows."""
    if not free or not _is_headline(lines[free[0]], MAX_TITLE_WORDS) or len(free) < 2:
        return []
    first, second = free[0], free[1]
    if lines[first].words <= MAX_KICKER_WORDS and _is_headline(lines[second], MAX_TITLE_WORDS):
        return [second]
    return [first]
