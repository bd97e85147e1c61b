"""What a cue rule may look at besides the sentence itself: the document, the lexicon and
grammar of its language, and the quotations found in its text."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wortlaut.nlp.grammar import Grammar
from wortlaut.nlp.lexicon import CueEntry, CueLexicon
from wortlaut.nlp.quotes import Quote, QuoteIndex
from wortlaut.nlp.span_index import SpanIndex


@dataclass
class SentenceContext:
    """What a rule may look at besides the sentence itself."""

    doc: Doc
    sentence: Span
    lexicon: CueLexicon
    grammar: Grammar
    quotes: list[Quote]
    text: str  # doc.text, which spaCy rebuilds on every access
    speech: QuoteIndex  # the top-level quotations long enough to be someone's words
    quotes_around: SpanIndex[Quote]  # every quotation by the positions strictly inside its marks
    cues: dict[int, tuple[CueEntry, list[Token]] | None] = field(default_factory=dict)  # verb_cue's, by token
    clauses: dict[int, list[Token]] = field(default_factory=dict)  # a verb's own clause, by token (several finders)

    def in_quotation(self, token: Token) -> bool:
        """``token`` stands inside a quotation's marks."""
        return bool(self.quotes_around.containing(token.idx, token.idx + 1))
