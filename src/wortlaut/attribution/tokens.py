"""Token positions in a parsed document: the characters a run of tokens covers, the word
before a token."""
from __future__ import annotations

from spacy.tokens import Doc, Token


def chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def previous_word(doc: Doc, i: int, floor: int) -> Token | None:
    j = i - 1
    while j >= floor and doc[j].is_space:
        j -= 1
    return doc[j] if j >= floor else None
