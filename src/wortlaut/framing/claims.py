"""Claims and denials: a claim paired with the denial the text links it to.

A *denial* is an attribution whose cue has the frame ``deny`` in the cue lexicon
("zurückweisen", "bestreiten", "deny"), or a labelling cue (frame ``object``: "bezeichnen",
"nennen", "call") whose content holds a rejection ("als „Falschinformation“", "as baseless").
Its claim is found, in this order, through

- ``relative``: a relative or demonstrative link to the attribution just before ("Die USA
  behaupten …, was Moskau als „Falschinformation“ bezeichnete"; "…, which Moscow called …");
- ``object``: a claim noun (``claim_nouns``: Warnungen, Vorwürfe, allegations; an
  attribution's cue or not) in the denial's content ("wies die US-Warnungen vor einem
  Überfall … als haltlos zurück"; "dismissed the allegations");
- ``content``: for a deny cue whose content is a proposition, the content itself is what
  is denied ("bestritt, dass …"); rejecting a plan or a person denies no claim.
"""
from __future__ import annotations

import re
from typing import Callable

from wortlaut.framing.context import Context
from wortlaut.model import Attribution, ClaimDenial, ContestLink, Span
from wortlaut.nlp.syntax import DIRECT_OBJECT

LABELLING = frozenset({"object"})


def claims(ctx: Context) -> list[ClaimDenial]:
    pairs = []
    for denial in ctx.readout.attributions:
        if not _is_denial(ctx, denial):
            continue
        pair = next((p for link in LINKS if (p := link(ctx, denial)) is not None), None)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _frame(ctx: Context, att: Attribution) -> str | None:
    if att.cue is None or not att.cue.lemma:
        return None
    entry = ctx.cues.verb(att.cue.lemma) or ctx.cues.noun(att.cue.lemma)
    return entry.frame if entry else None


def _is_denial(ctx: Context, att: Attribution) -> bool:
    frame = _frame(ctx, att)
    return frame == "deny" or frame in LABELLING and bool(ctx.lexicon.rejections.search(att.content.text))


def _first(att: Attribution) -> int:
    return min(x.start for x in (att.source, att.cue, att.content) if x is not None)


def _relative(ctx: Context, denial: Attribution) -> ClaimDenial | None:
    begin = _first(denial)
    claim = next((a for a in ctx.ending_by(begin) if a is not denial and a.nested_in != denial.id), None)
    if claim is None:
        return None
    gap = re.sub(r"[\s,;.:–—-]+", " ", ctx.text[claim.content.end:begin]).strip().lower()
    own = denial.content.text.strip().lower()
    links = ctx.lexicon.relative_links
    if gap in links or not gap and own in links:
        return _pair(claim.content, denial, "relative", claim)
    return None


def _object(ctx: Context, denial: Attribution) -> ClaimDenial | None:
    content = denial.content
    inner = [a for a in ctx.cues_within(content.start, content.end)
             if a is not denial and ctx.lexicon.claim_noun(a.cue.text, a.cue.lemma or "")]
    if inner:
        claim = inner[0]
        phrase = _noun_phrase(ctx, claim.cue.start, claim.cue.end) or claim.content
        return _pair(_up_to_label(ctx, phrase), denial, "object", claim)
    nouns = [(content.start + w.start(), content.start + w.end())
             for w in re.finditer(r"[^\W\d_][\w-]*", content.text)]
    nouns = [n for n in nouns if _claim_noun(ctx, *n)]
    if not nouns:
        return None
    start, end = min(nouns, key=lambda n: (not _object_of_cue(ctx, denial, *n), n[0]))
    phrase = _noun_phrase(ctx, start, end) or Span.of(ctx.text, start, content.end)
    return _pair(_up_to_label(ctx, phrase), denial, "object", None)


def _object_of_cue(ctx: Context, denial: Attribution, start: int, end: int) -> bool:
    """The noun is the denial verb's object on the parse ("wies die Warnungen zurück")."""
    span = ctx.tokens(start, end)
    if not ctx.parsed or span is None or denial.cue is None:
        return False
    cue = {(p.start, p.end) for p in denial.cue.parts} or {(denial.cue.start, denial.cue.end)}
    head = span.root.head
    return span.root.dep_ in DIRECT_OBJECT and (head.idx, head.idx + len(head.text)) in cue


def _content(ctx: Context, denial: Attribution) -> ClaimDenial | None:
    """A deny cue whose content is a proposition ("bestritt, dass …", "denied that …");
    rejecting a plan or a person ("lehnte den Vorschlag ab") denies no claim."""
    if _frame(ctx, denial) != "deny" or not _proposition(ctx, denial.content) \
            or denial.content.text.strip().lower() in ctx.lexicon.relative_links:
        return None  # (a relative with no claim before it to stand for: "…, which he has denied")
    return _pair(denial.content, denial, "content", None)


def _proposition(ctx: Context, content: Span) -> bool:
    first = content.text.split(maxsplit=1)[0].lower() if content.text.strip() else ""
    if first in ctx.grammar.complementizers:
        return True
    span = ctx.tokens(content.start, content.end)
    return ctx.tagged and span is not None and any("Fin" in t.morph.get("VerbForm") for t in span)


LINKS: tuple[Callable[[Context, Attribution], ClaimDenial | None], ...] = (_relative, _object, _content)


def _pair(claim: Span, denial: Attribution, link: ContestLink, claimed: Attribution | None) -> ClaimDenial:
    return ClaimDenial(claim=Span(claim.text, claim.start, claim.end), denial=denial.id, link=link,
                       claim_attribution=claimed.id if claimed else None,
                       claimant=claimed.speaker if claimed else None, denier=denial.speaker)


def _claim_noun(ctx: Context, start: int, end: int) -> bool:
    """A noun naming the assertion being denied ("Warnungen", "allegations"), not a proposal
    or demand: rejecting those denies no claim."""
    word = ctx.text[start:end]
    if ctx.lexicon.nouns_capitalised and not word[:1].isupper():
        return False
    span = ctx.tokens(start, end)
    lemma = span[-1].lemma_ if span is not None else ""
    return ctx.lexicon.claim_noun(word, lemma)


def _noun_phrase(ctx: Context, start: int, end: int) -> Span | None:
    """The noun phrase a claim noun heads ("die US-Warnungen vor einem Überfall auf die Ukraine"),
    without what follows the noun's own dependents."""
    span = ctx.tokens(start, end)
    if not ctx.parsed or span is None:
        return None
    noun = span.root
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    left = noun.left_edge
    right = noun.right_edge
    while right.i > noun.i and right.is_punct:
        right = ctx.doc[right.i - 1]
    return ctx.char_span(left, right)


def _up_to_label(ctx: Context, phrase: Span) -> Span:
    """The claim phrase without the label the denial gives it ("… als haltlos", "as baseless")."""
    words = list(re.finditer(r"\S+", phrase.text))
    cut = next((w.start() for w in words[1:] if w.group().lower() in ctx.lexicon.labelling), len(phrase.text))
    return Span.of(ctx.text, phrase.start, phrase.start + len(phrase.text[:cut].rstrip()))
