"""Sentences the parser split inside a clause.

The parser sometimes ends a sentence after a name it could not place and opens the next with the
verb in lower case ("Amnesty International | nannte das Urteil einen „Justizskandal“"): the
speaker stood alone, and the verb took its object for its subject. A sentence that opens with a
word in lower case right after one that ended without a mark or a line break is the same
sentence: the fragment before is hung on the root of the next, as its subject when it is a noun
phrase without a verb. Runs right after the parser. (The attribution layer also reads a sentence
that the parser ended at a comma or mid-line on into the next, for its spans only: ``_sentences``
in ``attribution/extract.py``.)
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wortlaut.nlp.syntax import NOMINAL, VERBAL

NAME = "wortlaut_sentence_fragments"


@Language.component(NAME)
def join_fragments(doc: Doc) -> Doc:
    if not doc.has_annotation("DEP"):
        return doc
    sentences = list(doc.sents)
    for before, sentence in zip(sentences, sentences[1:]):
        if _continues(before, sentence):
            root = before.root
            nominal = root.pos_ in NOMINAL and not any(t.pos_ in VERBAL for t in before)
            root.head, root.dep_ = sentence.root, "nsubj" if nominal else "dep"
    return doc


def _continues(before: Span, sentence: Span) -> bool:
    last, first = before[-1], sentence[0]
    return first.is_alpha and first.is_lower and not last.is_punct and not last.is_space \
        and "\n" not in last.whitespace_
