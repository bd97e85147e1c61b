"""What every events step reads: the parse, the lexicons of the language, and the attribution
and framing layers of the readout (who said it, what is disputed, what the outlet hedges)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from wortlaut.events.actors import ActorTable, load_actors
from wortlaut.events.lexicon import EventGrammar, TriggerLexicon, load_event_grammar, load_triggers
from wortlaut.model import REPORTAGE, Attribution, Party, Readout
from wortlaut.nlp.grammar import Grammar, load_grammar
from wortlaut.nlp.lexicon import CueLexicon, load_lexicon
from wortlaut.nlp.names import NameResolver
from wortlaut.nlp.span_index import SpanIndex

if TYPE_CHECKING:
    from wortlaut.events.parties import Codes


@dataclass
class EventContext:
    doc: Doc
    readout: Readout
    triggers: TriggerLexicon
    events_grammar: EventGrammar
    grammar: Grammar
    cues: CueLexicon
    actors: ActorTable
    # worked out once per document: a word is tried as party and as place, a phrase as the
    # party of several triggers, a source for every trigger in what it said
    word_codes: dict[int, "Codes"] = field(default_factory=dict)
    parties: dict[tuple[int, Party | None], Party | None] = field(default_factory=dict)
    source_parties: dict[tuple[int, int], Party | None] = field(default_factory=dict)
    places: dict[int, list[tuple[Token, str]]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, readout: Readout) -> "EventContext":
        lang = readout.doc.lang
        return cls(doc, readout, load_triggers(lang), load_event_grammar(lang), load_grammar(lang),
                   load_lexicon(lang), load_actors(lang))

    @cached_property
    def names(self) -> NameResolver:
        return NameResolver(self.doc, self.readout.entities, self.grammar)

    @cached_property
    def reportage(self) -> SpanIndex[bool]:
        return SpanIndex((s, e, True) for s, e in self.readout.ranges(REPORTAGE))

    @cached_property
    def _contents(self) -> SpanIndex[Attribution]:
        return SpanIndex((a.content.start, a.content.end, a) for a in self.readout.attributions)

    @cached_property
    def _by_cue(self) -> dict[int, Attribution]:
        """Attributions by the first character of each of their cue words."""
        found: dict[int, Attribution] = {}
        for att in self.readout.attributions:
            if att.cue is None:
                continue
            for part in att.cue.parts or (att.cue,):
                found.setdefault(part.start, att)
        return found

    @cached_property
    def disputed(self) -> set[str]:
        """Attributions whose content another source denies in the article."""
        return {c.claim_attribution for c in self.readout.claims if c.claim_attribution}

    @cached_property
    def _claims(self) -> SpanIndex[bool]:
        return SpanIndex((c.claim.start, c.claim.end, True) for c in self.readout.claims)

    @cached_property
    def _hedged(self) -> SpanIndex[bool]:
        """What the outlet itself distances: hedged phrases and its scare quotes."""
        spans = []
        for marker in self.readout.markers:
            if marker.attribution is not None or marker.kind not in {"hedge", "scare_quote"}:
                continue
            target = marker.target or marker
            spans.append((min(marker.start, target.start), max(marker.end, target.end), True))
        return SpanIndex(spans)

    def in_reportage(self, token: Token) -> bool:
        return bool(self.reportage.containing(token.idx, token.idx + len(token)))

    def holder(self, token: Token) -> Attribution | None:
        """The innermost attribution whose content holds ``token``."""
        inside = self._contents.containing(token.idx, token.idx + len(token))
        return min(inside, key=lambda a: a.content.end - a.content.start) if inside else None

    def attribution_of_cue(self, token: Token) -> Attribution | None:
        return self._by_cue.get(token.idx)

    def in_claim(self, token: Token) -> bool:
        return bool(self._claims.containing(token.idx, token.idx + len(token)))

    def hedged(self, token: Token) -> bool:
        return bool(self._hedged.containing(token.idx, token.idx + len(token)))
