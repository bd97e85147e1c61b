"""Who stands behind an event: the modality a reader needs to tell a fact from a claim.

Finders are tried in order (``MODALITY_FINDERS``); the first that answers decides, and an event
no finder speaks for is asserted by the outlet. The order matters: "sollte Russland eine
weitere Invasion durchführen" inside the White House's statement is conditional before it is
reported, and "Russland bereite einen Angriff vor", a claim Moscow denies, is claimed before it
is reported. The outlet's own hedges and scare quotes ("angeblich drohende russische Invasion")
never leave an event asserted.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from wortlaut.events.context import EventContext
from wortlaut.events.roles import preposition_of, verb_forms
from wortlaut.model import Attribution, Modality
from wortlaut.nlp.syntax import CLAUSE_LINK, CONJUNCT, MARKER, NEGATING, NOMINAL, PASSIVE_AUX, VERBAL, verb_group

ModalityFinder = Callable[[Token, EventContext, "Attribution | None"], "Modality | None"]


def clause_heads(token: Token) -> list[Token]:
    """The trigger and the verbs above it in its clause: auxiliaries, modals, coordinated verbs;
    for a noun, the verb it is an argument of ("eine Invasion durchführen")."""
    heads = [token]
    if token.pos_ in NOMINAL and token.head.pos_ in VERBAL and token.head != token:
        token = token.head
        heads.append(token)
    while token.dep_ in CLAUSE_LINK or token.dep_ in CONJUNCT:
        if token.head == token:
            break
        token = token.head
        heads.append(token)
    return heads


def conditional(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality | None:
    """In an "if" clause ("sollte Russland … durchführen", "if Russia invades") or in the clause
    that such a condition qualifies ("…, würden die USA antworten")."""
    heads = clause_heads(trigger)
    if any(_condition(h, ctx) for h in heads):
        return "conditional"
    if ctx.attribution_of_cue(trigger) is not None:
        return None  # "drohte mit Konsequenzen, sollte …": the threat was made; its content is conditional
    for head in heads:
        if any(_condition(c, ctx) for c in head.children if c.pos_ in VERBAL and c.dep_ != "ROOT"):
            return "conditional"
    return None


def _condition(head: Token, ctx: EventContext) -> bool:
    """A clause opened by "wenn", "if" …, or by a verb that comes first only in a condition
    ("…, sollte Russland … durchführen", "Should Russia invade")."""
    if any(c.dep_ in MARKER and c.lower_ in ctx.events_grammar.conditional_markers for c in head.children):
        return True
    return any(v.lower_ in ctx.grammar.conditional_inversion_verbs and _opens_clause(v) for v in verb_group(head))


def _opens_clause(token: Token) -> bool:
    """The word starts its clause: first in the sentence, or after punctuation or a conjunction."""
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    return before.is_punct or before.pos_ in {"CCONJ", "SCONJ"}


def negated(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality | None:
    """"Russland hat die Ukraine nicht angegriffen", "kein Angriff", "did not attack"."""
    words = ctx.events_grammar.negations
    for head in clause_heads(trigger)[:3]:
        if any(c.dep_ in NEGATING and c.lower_ in words for c in head.children):
            return "negated"
    return None


def denied(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality | None:
    """Told inside what a source denies ("bestritt, Truppen verlegt zu haben")."""
    if holder is None or holder.cue is None or not holder.cue.lemma:
        return None
    entry = ctx.cues.verb(holder.cue.lemma) or ctx.cues.noun(holder.cue.lemma)
    return "denied" if entry is not None and entry.frame == "deny" else None


def claimed(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality | None:
    """A source's account that the article reports as disputed, as a claim ("behaupten") or
    that the outlet itself hedges."""
    if holder is not None and (holder.id in ctx.disputed or holder.stance == "distancing"):
        return "claimed"
    if ctx.in_claim(trigger) or ctx.hedged(trigger):
        return "claimed"
    return None


def future(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality | None:
    """Announced or planned: "wird … treffen", "will … reisen", "plans to visit"."""
    grammar = ctx.events_grammar
    if preposition_of(trigger, ctx) in grammar.occasion_prepositions:
        return None  # the occasion of an announcement took place: "kündigte bei einem Besuch in Bagdad … an"
    heads = clause_heads(trigger)
    if trigger.pos_ in NOMINAL and verb_forms(trigger.head, ctx) & grammar.future_verbs:
        return "future"  # "kündigte weitere Hilfen an"
    for lower, upper in zip(heads, heads[1:]):
        if verb_forms(upper, ctx) & grammar.future_verbs or \
                upper.lemma_.lower() in grammar.future_auxiliaries and "Inf" in lower.morph.get("VerbForm"):
            return "future"  # "wird … treffen", not the passive "wurden … abgezogen"
    # also a modal verb of intent the parser hung on the infinitive ("wollen sich … treffen"), and a future
    # it took for a passive ("Deutschland | wird | der Ukraine Panzer | liefern")
    infinitive = "Inf" in trigger.morph.get("VerbForm")
    if any((c.dep_ == "aux" or infinitive and c.dep_ in PASSIVE_AUX)
           and c.lemma_.lower() in grammar.future_auxiliaries | grammar.future_verbs for c in trigger.children):
        return "future"
    return None


def reported(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality | None:
    return "reported" if holder is not None else None


MODALITY_FINDERS: tuple[ModalityFinder, ...] = (conditional, negated, denied, claimed, future, reported)


def modality_of(trigger: Token, ctx: EventContext, holder: Attribution | None) -> Modality:
    for find in MODALITY_FINDERS:
        found = find(trigger, ctx, holder)
        if found is not None:
            return found
    return "asserted"
