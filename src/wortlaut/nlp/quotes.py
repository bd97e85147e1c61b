"""Quotation spans in any typographic style, found on the raw text.

News uses „…“ and »…« (German), “…” and "…" (English and the web), «…» (Swiss, French),
‚…‘ and ‘…’ for quotes inside quotes. Marks are often unbalanced in scraped text; the
scanner never fails on them: an unclosed quote runs to the end of its paragraph.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator

# opener -> closers it accepts
PAIRS: dict[str, str] = {
    "„": "“”\"",
    "“": "”“\"",  # (an opening mark typed for the closing one: '“It's unusual,“ said Larry Noble'; a
    # straight one: 'was “highly significant."')
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‘": "’",
    "\"": "\"”",  # (a curly closing mark after a straight opening one: '"But Pete Wilson won,” Axelrod said')
    "''": "''",
}
# Two apostrophes stand for a double quotation mark in text from news archives and typewriter
# conventions ("''We have to look at ISIS as the leading threat,'' Mrs. Clinton said"): one mark,
# two characters wide, which tokenizers keep as one token.
DOUBLED_APOSTROPHE = "''"
SYMMETRIC = {"\"", DOUBLED_APOSTROPHE}
SINGLE = {"‚", "‘"}
# The ASCII apostrophe is a quotation mark as often as it is an apostrophe ("Debate 'got very
# uncomfortable'", "Putin's"): the scanner does not pair it, but where a rule looks at the edge
# of a phrase or a headline it counts as a mark.
AMBIGUOUS = frozenset("'")
# Every quotation mark wortlaut knows, opening or closing: the one set that the scanner, the
# attribution rules, framing and article structure share.
QUOTE_MARKS: frozenset[str] = frozenset("".join(PAIRS) + "".join(PAIRS.values())) | AMBIGUOUS | {DOUBLED_APOSTROPHE}
BRACKETS = {"(": ")", "[": "]"}  # opening -> closing; brackets are not quotation marks
CLOSING_QUOTES: frozenset[str] = frozenset("".join(PAIRS.values())) | AMBIGUOUS | {DOUBLED_APOSTROPHE}
OPENING_ONLY_QUOTES: frozenset[str] = QUOTE_MARKS - CLOSING_QUOTES  # marks that only ever open a quotation: „ ‚
# A closing double mark between a word and a hyphen closes a quoted first part of a compound
# ("der „Bild“-Zeitung", "ein „Spiegel“-Bericht", "the "Fox"-led team"): the tokenizer splits it off.
QUOTED_COMPOUND_INFIX = "(?<=\\w)[" + "".join(sorted(set("".join(PAIRS.values())) - SINGLE - set("’'"))) + "](?=-\\w)"
# An opening double mark glued to the comma or colon before it ("Ryan said,“Look, …”"): the tokenizer
# splits the punctuation and the mark off, so that the cue stays a word and the quotation opens.
_DOUBLE_OPENERS = "".join(sorted(set(PAIRS) - SINGLE - {DOUBLED_APOSTROPHE}))
GLUED_OPENING_INFIX = f"(?<=\\w)[,:](?=[{_DOUBLE_OPENERS}]\\w)|(?<=\\w[,:])[{_DOUBLE_OPENERS}](?=\\w)"
_OPEN_BEFORE = " \t\n([{/–-—:;,.!?" + "".join(mark for mark in PAIRS if mark != DOUBLED_APOSTROPHE)


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``closed`` is False for a quote that
    ran to the end of its paragraph without a closing mark."""

    start: int
    end: int
    depth: int
    closed: bool = True
    width: int = 1  # characters of each mark: 2 for a doubled apostrophe

    @property
    def inner_start(self) -> int:
        return self.start + self.width

    @property
    def inner_end(self) -> int:
        return self.end - self.width if self.closed else self.end

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


@dataclass(frozen=True)
class QuoteIndex:
    """Non-overlapping quotations (top-level ones, say) in text order, indexed once, so that a rule
    asking for the quotations near a position reads those, not all of a long text's thousands."""

    quotes: tuple[Quote, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, quotes: list[Quote]) -> "QuoteIndex":
        ordered = tuple(sorted(quotes, key=lambda q: (q.start, -q.end)))
        return cls(ordered, tuple(q.start for q in ordered), tuple(q.end for q in ordered))

    def ending_by(self, at: int) -> Iterator[Quote]:
        """The quotations that end at or before ``at``, nearest first."""
        for i in range(bisect_right(self.ends, at) - 1, -1, -1):
            yield self.quotes[i]

    def starting_after(self, at: int) -> Iterator[Quote]:
        """The quotations that start after ``at``, nearest first."""
        for i in range(bisect_left(self.starts, at + 1), len(self.quotes)):
            yield self.quotes[i]


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text``, outer and inner, ordered by start."""
    quotes: list[Quote] = []
    for para_start, para_end in _paragraphs(text):
        quotes.extend(_scan(text, para_start, para_end))
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _scan(text: str, start: int, end: int) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []
    i = start
    while i < end:
        ch = DOUBLED_APOSTROPHE if text.startswith(DOUBLED_APOSTROPHE, i) else text[i]
        if stack and not _closes(stack[-1][0], ch) and _closes_below_single(stack, ch) \
                and _can_close(text, i, start, end, ch):
            while not _closes(stack[-1][0], ch):
                stack.pop()  # „… ‘do no harm' …“: an inner single quote its writer closed with "'"
        if stack and _closes(stack[-1][0], ch) and _can_close(text, i, start, end, ch) \
                and (ch != stack[-1][0] or ch in SYMMETRIC or _after_words(text, i, end)):
            opener, at = stack.pop()
            found.append(Quote(at, i + len(ch), len(stack), width=len(ch)))
        elif ch in PAIRS and _can_open(text, i, start, end, ch):
            stack.append((ch, i))
        i += len(ch)
    found.extend(Quote(at, end, depth, closed=False, width=len(opener))
                 for depth, (opener, at) in enumerate(stack) if opener not in SYMMETRIC | SINGLE)
    return found


def _after_words(text: str, i: int, end: int) -> bool:
    """The mark at ``i`` stands where only a closing one does: right after a word or its punctuation and
    before a space or the paragraph's end."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 >= end or text[i + 1].isspace())


def _closes(opener: str, mark: str) -> bool:
    """``mark`` closes a quotation opened by ``opener`` (a lone apostrophe never closes a doubled one)."""
    return mark == opener if opener == DOUBLED_APOSTROPHE else len(mark) == 1 and mark in PAIRS[opener]


def _closes_below_single(stack: list[tuple[str, int]], ch: str) -> bool:
    """``ch`` closes a quotation under one or more single-mark quotations still open."""
    for opener, _ in reversed(stack):
        if _closes(opener, ch):
            return True
        if opener not in SINGLE:
            return False
    return False


def _can_open(text: str, i: int, start: int, end: int, ch: str) -> bool:
    if i + len(ch) >= end or text[i + len(ch)].isspace():
        return False
    if ch in SYMMETRIC or ch in SINGLE:
        return i == start or text[i - 1] in _OPEN_BEFORE
    return True


def _can_close(text: str, i: int, start: int, end: int, ch: str) -> bool:
    if i == start or text[i - 1].isspace() and ch in SYMMETRIC:
        return False
    if ch in "’‘" and i + 1 < end and text[i + 1].isalpha():
        return False  # an apostrophe inside a word: "don’t", "Putin’s"
    return True
