"""What every framing step reads: the text, its parse, its quotations and attributions."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from wortlaut.framing.lexicon import FramingLexicon, load_framing
from wortlaut.model import OUTLET_VOICE, Attribution, Readout, Span
from wortlaut.nlp.grammar import Grammar, load_grammar
from wortlaut.nlp.lexicon import CueLexicon, load_lexicon
from wortlaut.nlp.quotes import Quote, QuoteIndex, find_quotes
from wortlaut.nlp.span_index import SpanIndex

MAX_GAP_WORDS = 1  # "angeblich drohenden „Invasion“": one word between a hedge and its quote
WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.-]*")


@dataclass
class Context:
    doc: Doc
    readout: Readout
    lexicon: FramingLexicon
    cues: CueLexicon
    grammar: Grammar

    @classmethod
    def build(cls, doc: Doc, readout: Readout) -> "Context":
        lang = readout.doc.lang
        return cls(doc, readout, load_framing(lang), load_lexicon(lang), load_grammar(lang))

    @property
    def text(self) -> str:
        return self.readout.doc.text

    @cached_property
    def parsed(self) -> bool:
        return self.doc.has_annotation("DEP")

    @cached_property
    def tagged(self) -> bool:
        return self.doc.has_annotation("TAG") or self.doc.has_annotation("POS")

    @cached_property
    def lemmatized(self) -> bool:
        return self.doc.has_annotation("LEMMA") and self.tagged

    @cached_property
    def ranges(self) -> list[tuple[int, int]]:
        return self.readout.ranges(OUTLET_VOICE)

    @cached_property
    def quotes(self) -> list[Quote]:
        return find_quotes(self.text)

    def reporting(self, start: int, end: int) -> bool:
        return bool(self._ranges.containing(start, end))

    def quote_after(self, end: int) -> Quote | None:
        """The quotation that a word ending at ``end`` stands right before (at most one word
        between, no punctuation): "sogenannte „Experten“", "angeblich drohenden „Invasion“"."""
        q = next(self._quote_index.starting_after(end - 1), None)  # a later one's gap holds this one's
        if q is None:
            return None
        gap = self.text[end:q.start]
        if re.search(r"[,.;:!?()\[\]\n]", gap) or len(WORD.findall(gap)) > MAX_GAP_WORDS:
            return None
        return q

    def holders(self, start: int, end: int) -> list[Attribution]:
        """Attributions whose content holds ``start:end``, innermost first."""
        inside = self._contents.containing(start, end)
        return sorted(inside, key=lambda a: a.content.end - a.content.start)

    def in_entity(self, start: int, end: int) -> bool:
        return bool(self._mentions.containing(start, end))

    def quoted(self, start: int, end: int) -> bool:
        return bool(self._quote_insides.containing(start, end))

    def sources_overlapping(self, start: int, end: int) -> list[Attribution]:
        return self._sources.overlapping(start, end)

    def cues_within(self, start: int, end: int) -> list[Attribution]:
        """Attributions whose cue starts in ``start:end``, in readout order."""
        return self._cue_starts.overlapping(start, end)

    def ending_by(self, at: int) -> Iterator[Attribution]:
        """Attributions whose content ends at or before ``at``, latest end first (readout order
        among equal ends)."""
        for n in range(bisect_right(self._content_ends, at) - 1, -1, -1):
            yield self._by_content_end[n]

    @cached_property
    def _by_content_end(self) -> list[Attribution]:
        """By content end; among equal ends the readout's first last, so that it is read first."""
        ordered = sorted(enumerate(self.readout.attributions), key=lambda na: (na[1].content.end, -na[0]))
        return [a for _, a in ordered]

    @cached_property
    def _content_ends(self) -> list[int]:
        return [a.content.end for a in self._by_content_end]

    @cached_property
    def _cue_starts(self) -> SpanIndex[Attribution]:
        return SpanIndex((a.cue.start, a.cue.start + 1, a) for a in self.readout.attributions if a.cue is not None)

    @cached_property
    def _quote_index(self) -> QuoteIndex:
        return QuoteIndex.of(self.quotes)

    @cached_property
    def _contents(self) -> SpanIndex[Attribution]:
        return SpanIndex((a.content.start, a.content.end, a) for a in self.readout.attributions)

    @cached_property
    def _sources(self) -> SpanIndex[Attribution]:
        return SpanIndex((a.source.start, a.source.end, a) for a in self.readout.attributions if a.source is not None)

    @cached_property
    def _mentions(self) -> SpanIndex[Span]:
        return SpanIndex((m.start, m.end, m) for e in self.readout.entities for m in e.mentions)

    @cached_property
    def _quote_insides(self) -> SpanIndex[Quote]:
        return SpanIndex((q.inner_start, q.inner_end, q) for q in self.quotes)

    @cached_property
    def _ranges(self) -> SpanIndex[tuple[int, int]]:
        return SpanIndex((a, b, (a, b)) for a, b in self.ranges)

    def voice(self, start: int, end: int) -> Attribution | None:
        """The attribution whose verbatim words ``start:end`` are: the innermost holder, when
        it is a direct quotation or the words stand in quotation marks; else the outlet's."""
        holders = self.holders(start, end)
        if holders and (holders[0].type == "direct" or self.quoted(start, end)):
            return holders[0]
        return None

    def tokens(self, start: int, end: int) -> DocSpan | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def char_span(self, first: Token, last: Token) -> Span:
        return Span.of(self.text, first.idx, last.idx + len(last.text))

    def is_cue(self, token: Token) -> bool:
        lemma = token.lemma_ or token.text
        if token.pos_ in ("NOUN", "PROPN"):
            return self.cues.noun(lemma) is not None
        return token.pos_ in ("VERB", "AUX") and self.cues.verb(lemma) is not None
