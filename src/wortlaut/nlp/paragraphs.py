"""Line breaks end sentences.

Headlines, credits and paragraphs are separate lines; a statistical sentence splitter may
run a headline into the lead. This component marks the first token after a line break as a
sentence start before the parser runs (the parser keeps boundaries already set).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "wortlaut_paragraphs"


@Language.component(NAME)
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc
