"""The balance of voices: who gets how much room, in which form, and how framed.

Per resolved source (canonical speaker) and per side (the country or bloc named nearest
the source's name: "der russische Botschafter …" -> Russland), plus the article total.
Quoted words are counted once, for the innermost attribution whose content holds the whole
quotation; hedges go to the attribution that holds them (``Marker.attribution``), scare
quotes to the innermost attribution holding them.
"""
from __future__ import annotations

from collections import Counter

from wortlaut.framing.context import Context
from wortlaut.model import Attribution, Balance, ClaimDenial, Marker, Tally


def balance(ctx: Context, markers: list[Marker], pairs: list[ClaimDenial]) -> Balance:
    atts = ctx.readout.attributions
    quoted = _quoted_words(ctx)
    hedged = Counter(m.attribution for m in markers if m.kind == "hedge" and m.attribution)
    scare = Counter(_holder_id(ctx, m) for m in markers if m.kind == "scare_quote")
    total = Tally("article")
    by_source: dict[str, Tally] = {}
    for att in atts:
        tallies = [total]
        name = att.speaker
        if name is not None:
            tally = by_source.setdefault(name, Tally(name))
            tally.side = tally.side or _side(ctx, att)
            tallies.append(tally)
        for tally in tallies:
            _count(tally, att, quoted[att.id], hedged[att.id], scare[att.id])
    for pair in pairs:
        total.denials += 1
        total.denied += 1
        if pair.denier in by_source:
            by_source[pair.denier].denials += 1
        if pair.claimant in by_source:
            by_source[pair.claimant].denied += 1
    sources = sorted(by_source.values(), key=lambda t: (-t.attributions, t.name))
    return Balance(total, sources, _sides(sources))


def _count(tally: Tally, att: Attribution, quoted: int, hedges: int, scare: int) -> None:
    tally.attributions += 1
    tally.by_type[att.type] = tally.by_type.get(att.type, 0) + 1
    tally.by_stance[att.stance] = tally.by_stance.get(att.stance, 0) + 1
    tally.quoted_words += quoted
    tally.hedges += hedges
    tally.scare_quotes += scare


def _quoted_words(ctx: Context) -> Counter[str]:
    words: Counter[str] = Counter()
    for quote in ctx.quotes:
        if quote.depth == 0:
            owner = next(iter(ctx.holders(quote.start, quote.end)), None)
            if owner is not None:
                words[owner.id] += quote.words(ctx.text)
    return words


def _holder_id(ctx: Context, marker: Marker) -> str | None:
    holders = ctx.holders(marker.start, marker.end)
    return holders[0].id if holders else None


def _side(ctx: Context, att: Attribution) -> str | None:
    """The side the text puts the source on: in its canonical name or its own mention, else in
    any mention of its entity with the words right before it, where titles stand
    ("US-Präsident Joe Biden")."""
    if att.source is None:
        return None
    texts = [att.source.canonical or "", att.source.text, _phrase(ctx.text[max(0, att.source.start - 60):att.source.end])]
    entity = next((e for e in ctx.readout.entities if e.id == att.source.entity), None)
    if entity is not None:
        texts += [_phrase(ctx.text[max(0, m.start - 60):m.end]) for m in entity.mentions]
    return next((side for t in texts if (side := ctx.lexicon.side(t)) is not None), None)


def _phrase(text: str) -> str:
    """The noun phrase ending a window: the words after its last clause break."""
    for mark in (".", ",", ";", ":", "\n", "–", "(", ")"):
        text = text.rsplit(mark, 1)[-1]
    return text


def _sides(sources: list[Tally]) -> list[Tally]:
    sides: dict[str, Tally] = {}
    for tally in sources:
        if tally.side is None:
            continue
        side = sides.setdefault(tally.side, Tally(tally.side, tally.side))
        side.attributions += tally.attributions
        for field in ("by_type", "by_stance"):
            merged = getattr(side, field)
            for key, n in getattr(tally, field).items():
                merged[key] = merged.get(key, 0) + n
        for field in ("quoted_words", "hedges", "scare_quotes", "denials", "denied"):
            setattr(side, field, getattr(side, field) + getattr(tally, field))
    return sorted(sides.values(), key=lambda t: (-t.attributions, t.name))
