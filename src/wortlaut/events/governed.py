"""A verb of intent, threat, refusal, demand or accusation and the event its infinitive or gerund tells.

"Turkey threatened to attack Kurdish militias" tells a threat, not an attack; "Hamas refused to
release the hostages" a refusal, not a release; "Iran agreed to resume talks" an intent to talk.
CAMEO codes such a sentence once, by the governing verb's root and the governed event's code
(``events/governed.tsv``: 13 with an attack is 138, "threaten with military force"), and the
event the infinitive names has not happened: it is no event of its own. What an accusation
charges ("accused Israel of committing war crimes") is no event of its own either.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from wortlaut.events.context import EventContext
from wortlaut.events.lexicon import TriggerEntry
from wortlaut.events.roles import verb_forms
from wortlaut.events.triggers import Found, find_trigger
from wortlaut.model import Party
from wortlaut.nlp.grammar import zu_infinitive
from wortlaut.nlp.syntax import (AUX, CASE_MARKER, CLAUSAL, DATIVE_OBJECT, DEPENDENT_VERB, DIRECT_OBJECT, MARKER,
                                 REDUCED_RELATIVE, is_gerund)

# The roots whose verbs govern an event: appeal, intent, demand, disapproval, refusal, threat.
GOVERNING_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
INTENT = "03"
THREAT = "13"
# Those that ask another side to act: the governed clause's subject is the one asked.
ASKING_ROOTS = frozenset({"02", "10"})
PARATAXIS = "parataxis"
OBJECTS_ASKED = DIRECT_OBJECT | DATIVE_OBJECT
CLAUSE_DEPS = (CLAUSAL | DEPENDENT_VERB | REDUCED_RELATIVE) - {PARATAXIS}  # the labels a governed clause may have


@dataclass(frozen=True)
class Governed:
    """A governing verb, coded with the code its governed event gives it, and that event's trigger."""

    found: Found
    inner: Found


@lru_cache(maxsize=1)
def combined_codes() -> dict[tuple[str, str], str]:
    """(governing root, governed code prefix) → the code of the whole."""
    path = resources.files("wortlaut.events") / "governed.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {(row["governing"], row["governed"]): row["code"] for row in rows}


def listed_code(root: str, governed: str) -> str | None:
    """The table's code for the governed code's longest listed prefix, else None."""
    table = combined_codes()
    return next((code for end in range(len(governed), 0, -1) if (code := table.get((root, governed[:end])))), None)


def announced_intent(code: str, trigger: Token, actor: Party | None, speaker: Party | None,
                     ctx: EventContext) -> str | None:
    """A source's own act that it tells it will do is an intent, or for force a threat, as a verb of
    intent governs it ("The EU said | it | would | impose new sanctions on Iran": 1312; "…, sie | werde |
    der Ukraine weitere Panzer liefern": 0332); not another's ("said Russia would attack"), nor an act
    that is no cooperation or force (the table's intents, ``INTENT``)."""
    if speaker is None or actor is None or actor.country is None or actor.country != speaker.country:
        return None  # (the speaker's side: "Japan's prime minister said | Tokyo | would …")
    if not any(c.lemma_.lower() in ctx.events_grammar.intent_auxiliaries and c.i < trigger.i
               for c in trigger.children if c.dep_ in AUX) \
            or any(c.lower_ in ctx.events_grammar.negations for c in trigger.children):
        return None  # (not an assurance: "sie werde die Ukraine | nicht | angreifen")
    return listed_code(INTENT, code)


def governing(found: Found | None, token: Token, ctx: EventContext) -> Governed | None:
    """The governing verb ``token`` (its lexicon row ``found``, if any) with the event of its
    infinitive: a verb the language lists in ``governing_verbs`` ("refuse", which PETRARCH codes
    only with patterns) or one whose own row, without a pattern, has a governing root; a verb that
    announces (``announcing_verbs``) governs force as a threat ("kündigte an, den Notstand | auszurufen")."""
    words = found.words if found is not None else (token,)  # also "erklärte sich | bereit, … zu verhandeln"
    clauses = [c for c in _clauses(words) if _governed_clause(c, ctx)]
    if not clauses:
        return None  # most verbs govern no infinitive: nothing more is read
    root = ctx.events_grammar.governing_verbs.get(token.lemma_.lower())
    if root is None and found is not None and not found.entry.pattern:
        root = found.entry.cameo[:2] if found.entry.cameo[:2] in GOVERNING_ROOTS else None
    announcing = root is None and bool(verb_forms(token, ctx) & ctx.events_grammar.announcing_verbs)
    if announcing:
        root = INTENT
    if root is None:
        return None
    inner = next((f for c in clauses for v in _verb_chain(c) if (f := find_trigger(v, ctx))), None)
    if inner is None:
        return None
    # the infinitive is the governing side's own act; a gerund after a preposition another's ("warned Taiwan
    # against | declaring independence", "accused Israel of | committing war crimes"): what was warned against
    # or charged gives no code, the governing verb keeps its own, as where the table has none for the pair
    own = found.entry.cameo if found is not None and found.entry.cameo.startswith(root) else root + "0"
    code = own if is_gerund(inner.token) else listed_code(root, inner.entry.cameo) or own
    if announcing and not code.startswith(THREAT):
        return None  # an act announced stays its own, in the future: "kündigte an, die Truppen abzuziehen"
    if found is None:
        return Governed(Found(token, TriggerEntry(token.lemma_.lower(), "VERB", code), (token,)), inner)
    return Governed(Found(token, replace(found.entry, cameo=code), found.words), inner)


def _verb_chain(verb: Token):
    """The governed verb, then the infinitive it governs in turn where it tells no event itself ("accused
    the West of | trying | to destroy Russia", "threatened to | try | to topple the government")."""
    yield verb
    yield from (c for c in verb.children
                if c.dep_ in DEPENDENT_VERB and c.i > verb.i and "Inf" in c.morph.get("VerbForm"))


def _clauses(words: tuple[Token, ...]):
    """The clauses the governing words govern, also one the parser hung on the object asked to act
    ("asked | the United Nations | to send peacekeepers")."""
    for word in words:
        for child in word.children:
            if child.dep_ in CLAUSE_DEPS:
                yield child
            elif child.dep_ in OBJECTS_ASKED and child.n_rights:
                yield from (c for c in child.rights if c.dep_ in REDUCED_RELATIVE)


def _governed_clause(child: Token, ctx: EventContext) -> bool:
    """An infinitive the verb governs ("threatened | to attack", "drohte, die Ukraine | anzugreifen"), or
    a gerund after a preposition ("warned Taiwan against | declaring independence", also one the parser
    hung on the object: "accused Israel | of committing war crimes"), not a clause beside it."""
    if child.dep_ in DEPENDENT_VERB | REDUCED_RELATIVE and is_gerund(child) \
            and any(c.dep_ in MARKER | CASE_MARKER and c.i < child.i for c in child.children):
        return True
    return (child.dep_ in CLAUSAL and child.dep_ != PARATAXIS or child.dep_ in REDUCED_RELATIVE) and (
        "Inf" in child.morph.get("VerbForm") or zu_infinitive(child, ctx.grammar) or _mandative(child))


def _mandative(verb: Token) -> bool:
    """A clause opened by a conjunction whose verb has neither tense nor auxiliary: what a demand asks
    ("demanded that | Kyiv recognise | the annexation", "recognise" tagged with no verb form)."""
    return verb.pos_ == "VERB" and not verb.morph.get("Tense") and not verb.morph.get("VerbForm") \
        and any(c.dep_ in MARKER for c in verb.children) and not any(c.dep_ in AUX for c in verb.children)
