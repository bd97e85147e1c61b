"""Whom each attribution's source refers to, resolved in text order so that pronouns see the
speakers before them (the resolving itself is ``nlp.names``, which any stage can use)."""
from __future__ import annotations

from functools import partial

from wortlaut.attribution.candidates import Candidate
from wortlaut.nlp.names import NameResolver, Referent


def resolve_sources(resolver: NameResolver, found: list[Candidate]) -> None:
    """Fill each candidate's canonical name and entity, and whom its addressee is; a
    continuation without a source of its own speaks with the report it continues."""
    for candidate in sorted(found, key=lambda c: (c.nested_in is not None, c.anchor)):
        _resolve_source(resolver, candidate, found)
        if candidate.addressee is not None:
            speaker = frozenset({candidate.entity}) if candidate.entity else frozenset()
            candidate.addressee_referent = resolver.resolve(*candidate.addressee, excluded=speaker)


def _resolve_source(resolver: NameResolver, candidate: Candidate, found: list[Candidate]) -> None:
    if candidate.source is None:
        if candidate.follows is not None:
            candidate.canonical, candidate.entity = candidate.follows.canonical, candidate.follows.entity
        return
    start, end = candidate.speaker or candidate.source
    referent = resolver.resolve(start, end, partial(_latest_speaker, found), _excluded(candidate))
    candidate.canonical, candidate.entity = referent.canonical, referent.entity


def _latest_speaker(found: list[Candidate], before: int) -> Referent | None:
    """The latest speaker of the narrative (not one reported inside another's words)."""
    spoken = [c for c in found if c.canonical and c.nested_in is None and c.anchor < before]
    if not spoken:
        return None
    latest = max(spoken, key=lambda c: c.anchor)
    return Referent(latest.canonical, latest.entity)


def _excluded(candidate: Candidate) -> frozenset[str]:
    """Speakers describe others in the third person: inside X's quote, a description is not X."""
    outer = candidate.nested_in
    return frozenset({outer.entity}) if outer is not None and outer.entity else frozenset()
