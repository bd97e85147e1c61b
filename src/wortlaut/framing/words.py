"""Hedges, loaded words and reader appeals: the framing devices found from a lexicon."""
from __future__ import annotations

from spacy.tokens import Token

from wortlaut.framing.context import Context
from wortlaut.model import Marker, MarkerKind, Span
from wortlaut.nlp.quotes import CLOSING_QUOTES
from wortlaut.nlp.syntax import ATTRIBUTIVE, NOMINAL

MAX_TARGET_TOKENS = 12


def hedges(ctx: Context) -> list[Marker]:
    """Hedge words, linked to the phrase they qualify (``target``, from the parse) and to the
    attribution whose content holds them (the claim they cast doubt on). Naming words
    ("sogenannt", "so-called") mostly introduce an established term in news; they count as a
    hedge only right before quotation marks, where the two together keep the distance."""
    found = list(ctx.lexicon.hedges.finditer(ctx.text))
    found += [m for m in ctx.lexicon.naming.finditer(ctx.text) if ctx.quote_after(m.end()) is not None]
    return [_marker(ctx, "hedge", m.start(), m.end(), _target(ctx, m.start(), m.end()))
            for m in found if ctx.reporting(m.start(), m.end())]


def loaded_words(ctx: Context) -> list[Marker]:
    """Evaluative terms from the lexicon; ``attributed_to`` says when they are a speaker's words."""
    return [_marker(ctx, "loaded", m.start(), m.end())
            for m in ctx.lexicon.loaded.finditer(ctx.text) if ctx.reporting(m.start(), m.end())]


def appeals(ctx: Context) -> list[Marker]:
    """The outlet addressing its readers (segments of kind ``appeal``), one marker each."""
    return [Marker("appeal", ctx.text[s.start:s.end], s.start, s.end)
            for s in ctx.readout.segments if s.kind == "appeal"]


def _marker(ctx: Context, kind: MarkerKind, start: int, end: int, target: Span | None = None) -> Marker:
    holders = ctx.holders(start, end)
    voice = ctx.voice(start, end)
    return Marker(kind, ctx.text[start:end], start, end, attributed_to=voice.speaker if voice else None,
                  target=target, attribution=holders[0].id if holders else None)


def _target(ctx: Context, start: int, end: int) -> Span | None:
    """What the hedge qualifies: the quotation right after it ("angeblich drohenden „russischen
    Invasion“" -> "drohenden „russischen Invasion“"; parsers tend to lose the thread at
    quotation marks), else on the parse the noun its modifier chain leads to ("the alleged
    gunman" -> "gunman") or the verb phrase it modifies."""
    quote = ctx.quote_after(end)
    if quote is not None:
        begin = end + len(ctx.text[end:quote.start]) - len(ctx.text[end:quote.start].lstrip())
        return Span.of(ctx.text, begin, quote.end)
    span = ctx.tokens(start, end)
    if not ctx.parsed or span is None:
        return None
    hedge = span[-1]
    head = _climb(hedge)
    if head == hedge:
        return None
    if head.i < hedge.i:
        return ctx.char_span(head, head)
    last = min(head.right_edge.i, hedge.i + MAX_TARGET_TOKENS, hedge.sent.end - 1)
    while last > head.i and ctx.doc[last].is_punct and ctx.doc[last].text not in CLOSING_QUOTES:
        last -= 1
    return ctx.char_span(ctx.doc[hedge.i + 1], ctx.doc[last])


def _climb(token: Token) -> Token:
    head = token.head
    steps = 0
    while head.dep_ in ATTRIBUTIVE and head.head != head and head.head.pos_ in NOMINAL and steps < 2:
        head, steps = head.head, steps + 1
    return head
