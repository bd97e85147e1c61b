"""Entities begin and end with a word.

The statistical NER sometimes takes a quotation mark or a comma at an entity's edge ("Die
„Süddeutsche Zeitung“ berichtet" gave the entity „Süddeutsche Zeitung; "James Renwick ,").
Names, their canonical forms and the spans of sources would carry it. This component, run right
after the NER, cuts punctuation off both edges, except a bracket or quotation mark that the
entity also opens or closes ("Movement for Democratic Change (MDC)"), and carries an entity on
over a hyphenated name the tokenizer split ("Karine Jean | - | Pierre", "Anne | - | Marie Slaughter"). A spaced dash is no part of a name:
an entity begins after it ("STATES - | Michael P. McDonald", a heading run into the name after it); a
lower-case verb ends one.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wortlaut.nlp.entities import LABELS, PERSON_LABELS
from wortlaut.nlp.paragraphs import spaced_dash
from wortlaut.nlp.quotes import BRACKETS, QUOTE_MARKS
from wortlaut.nlp.syntax import inner_hyphen

NAME = "wortlaut_entity_edges"


@Language.component(NAME)
def trim_entity_edges(doc: Doc) -> Doc:
    trimmed, changed = [], False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_punct and not _paired(doc[start].text, doc[start + 1: end]):
            start += 1
        while end > start and doc[end - 1].is_punct and not _paired(doc[end - 1].text, doc[start: end - 1]):
            end -= 1
        while end > start and _hyphen_joined(doc, end):
            end += 2
        while end > start and ent.label_ in PERSON_LABELS and _hyphen_opened(doc, start, ent.label_):
            start -= 2
            if trimmed and trimmed[-1].end == start + 1:
                start = trimmed.pop().start  # ("Anne" and "Marie Slaughter" taken for two people)
        start = _after_spaced_dash(doc, start, end)
        end = _before_lower_case_verb(doc, start, end, ent.label_)
        if (start, end) == (ent.start, ent.end):
            trimmed.append(ent)
            continue
        changed = True
        if end > start:
            trimmed.append(Span(doc, start, end, label=ent.label))
    if changed:  # most documents need no new entity layer
        doc.ents = trimmed
    return doc


def _before_lower_case_verb(doc: Doc, start: int, end: int, label: str) -> int:
    """"Witnesses | told local media that …": no name of a person, body or place goes on over a
    lower-case verb (the recogniser had taken "Witnesses told local" for one); a title may
    ("Deutschland sucht den Superstar", MISC)."""
    if LABELS.get(label) not in {"PER", "ORG", "LOC"}:
        return end
    return next((t.i for t in doc[start + 1: end] if t.is_lower and t.pos_ in {"VERB", "AUX"}), end)


def _after_spaced_dash(doc: Doc, start: int, end: int) -> int:
    """Where the entity begins after the last dash in it with a space on both sides, if any."""
    dashes = [t.i for t in doc[start + 1: end - 1] if spaced_dash(t)]
    return dashes[-1] + 1 if dashes else start


def _hyphen_joined(doc: Doc, end: int) -> bool:
    """A hyphen written without spaces right after the entity, and a capitalised word outside any
    entity after it: the rest of a hyphenated name ("Jean-Pierre")."""
    if end + 1 >= len(doc) or not inner_hyphen(doc[end]):
        return False
    after = doc[end + 1]
    return after.is_alpha and after.text[:1].isupper() and not after.ent_type_


def _hyphen_opened(doc: Doc, start: int, label: str) -> bool:
    """A hyphen written without spaces right before a person, and a capitalised name before it,
    outside any entity or ending one of the same kind: the first part of a hyphenated name ("Anne | - |
    Marie Slaughter", where the recogniser took "Marie Slaughter", or "Anne" and "Marie Slaughter"; not
    "the Microsoft | - | LinkedIn deal", two companies)."""
    if start < 2 or not inner_hyphen(doc[start - 1]):
        return False
    before = doc[start - 2]
    return before.is_alpha and before.text[:1].isupper() and before.pos_ == "PROPN" \
        and before.ent_type_ in {"", label} and (not before.ent_type_ or before.ent_iob_ == "B")


def _paired(mark: str, rest: Span) -> bool:
    """The entity holds the other half of ``mark``: another quotation mark, or the bracket's partner."""
    if mark in QUOTE_MARKS:
        return any(t.text in QUOTE_MARKS for t in rest)
    partner = BRACKETS.get(mark) or next((o for o, c in BRACKETS.items() if c == mark), None)
    return partner is not None and any(t.text == partner for t in rest)
