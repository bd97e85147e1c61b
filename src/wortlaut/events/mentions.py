"""One event, many mentions: title, lead and body often tell one phone call three times.

Two findings are the same event when they have the same type, modality and parties and their
trigger words share a stem ("telefoniert", "Telefonat"): a threat in the title and a warning in
the lead are two things said, and a phone call and the meetings of January are two meetings.
Parties of a meeting may come in either order ("Biden telefoniert mit Putin", "Telefonat
zwischen Putin und Biden").
"""
from __future__ import annotations

from wortlaut.model import Event, EventMention, Party

MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # parties in either order
STEM = 5  # letters two trigger words share when they are one word's forms ("telef-oniert", "Telef-onat")


def merge_mentions(found: list[Event]) -> list[Event]:
    """The events of ``found`` (in text order) with repeated tellings folded into the first,
    numbered v1, v2, … in the order they are first told."""
    merged: list[Event] = []
    for event in found:
        same = next((e for e in merged if _same_event(e, event)), None)
        if same is None:
            event.mentions = [EventMention(event.trigger)]
            merged.append(event)
        else:
            same.mentions.append(EventMention(event.trigger))
    for n, event in enumerate(merged, start=1):
        event.id = f"v{n}"
    return merged


def _same_event(a: Event, b: Event) -> bool:
    if a.type != b.type or a.modality != b.modality:
        return False
    if not _same_parties(a, b):
        return False
    lemma_a, lemma_b = (a.trigger.lemma or a.trigger.text).lower(), (b.trigger.lemma or b.trigger.text).lower()
    return lemma_a == lemma_b or len(lemma_a) >= STEM and lemma_a[:STEM] == lemma_b[:STEM]


def _same_parties(a: Event, b: Event) -> bool:
    pair_a = (_code(a.actor), _code(a.recipient))
    pair_b = (_code(b.actor), _code(b.recipient))
    if pair_a == pair_b:
        return True
    return a.type in MUTUAL and pair_a == pair_b[::-1]


def _code(party: Party | None) -> tuple[str | None, str | None]:
    return (party.country, party.canonical if party.country is None else None) if party is not None else (None, None)
