"""Whom each attribution's source refers to, resolved in text order so that pronouns see the
speakers before them (the resolving itself is ``nlp.names``, which any stage can use)."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from wortlaut.attribution.candidates import Candidate
from wortlaut.nlp.names import NameResolver, Referent, SpeakerTest, SpokenBy, is_neuter_pronoun, words_gender
from wortlaut.nlp.titles import naming_facts


def resolve_sources(resolver: NameResolver, found: list[Candidate]) -> None:
    """Fill each candidate's canonical name and entity, and whom its addressee is; a
    continuation without a source of its own speaks with the report it continues."""
    narrative = Narrative(found, resolver.doc)
    for candidate in sorted(found, key=lambda c: (c.nested_in is not None, c.anchor)):
        _resolve_source(resolver, candidate, narrative)
        if candidate.addressee is not None:
            speaker = frozenset({candidate.entity}) if candidate.entity else frozenset()
            candidate.addressee_referent = resolver.resolve(*candidate.addressee, excluded=speaker)


def _resolve_source(resolver: NameResolver, candidate: Candidate, narrative: "Narrative") -> None:
    if candidate.source is None:
        if candidate.follows is not None:
            candidate.canonical, candidate.entity = candidate.follows.canonical, candidate.follows.entity
        return
    start, end = candidate.speaker or candidate.source
    referent = resolver.resolve(start, end, narrative.latest_speaker, _excluded(candidate))
    candidate.canonical, candidate.entity = referent.canonical, referent.entity


class Narrative:
    """The reports of the narrative (not ones reported inside another's words) by position."""

    def __init__(self, found: list[Candidate], doc: Doc) -> None:
        # by anchor; of equal anchors the first found last, so that it is read first
        ordered = sorted((c.anchor, -n, c) for n, c in enumerate(found) if c.nested_in is None)
        self.reports = [c for _, _, c in ordered]
        self.anchors = [anchor for anchor, _, _ in ordered]
        self.spoken_by = [_spoken_by(c, doc) for c in self.reports]

    def latest_speaker(self, before: int, accept: SpeakerTest) -> tuple[Referent, int] | None:
        """The latest speaker named so far before ``before`` whom ``accept`` takes, and where that
        report stands."""
        for n in range(bisect_left(self.anchors, before) - 1, -1, -1):
            report = self.reports[n]
            referent = Referent(report.canonical, report.entity)
            if referent.canonical and accept(referent, self.spoken_by[n]):
                return referent, self.anchors[n]
        return None


def _spoken_by(candidate: Candidate, doc: Doc) -> SpokenBy:
    """How the report named its speaker: by a neuter pronoun ("It added …"), by a plural noun or pronoun
    ("Prosecutors argued …", "they said"; not a name, whose number the tagger may get wrong: "the United
    States")."""
    start, end = candidate.speaker or candidate.source or (0, 0)
    if end <= start:
        return SpokenBy()
    head = doc[start:end].root
    return SpokenBy(neuter=end - start == 1 and is_neuter_pronoun(doc[start]),
                    plural=head.pos_ in {"NOUN", "PRON"} and head.morph.get("Number") == ["Plur"],
                    gender=words_gender(list(doc[start:end]), naming_facts(doc.lang_)))


def _excluded(candidate: Candidate) -> frozenset[str]:
    """Speakers describe others in the third person: inside X's quote, a description is not X."""
    outer = candidate.nested_in
    return frozenset({outer.entity}) if outer is not None and outer.entity else frozenset()
