"""The working record of the attribution rules, before it becomes a readout Attribution."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from wortlaut.nlp.names import Referent


@dataclass
class Candidate:
    """One attribution found by a rule. Offsets are character offsets into the doc text;
    ``source`` is a token range."""

    content: tuple[int, int]
    cue: list[Token] = field(default_factory=list)
    lemma: str | None = None
    stance: str = "neutral"
    source: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None  # the part of the source that names whom ("der Polizei")
    rule: str = ""
    sentence: int = -1  # start of the sentence the cue is in
    follows: "Candidate | None" = None  # the report a continuation carries on
    nested_in: "Candidate | None" = None
    canonical: str | None = None
    entity: str | None = None
    addressee: tuple[int, int] | None = None  # a token range, like source
    addressee_referent: "Referent | None" = None

    def __post_init__(self) -> None:
        if self.source is not None and self.source[1] <= self.source[0]:
            self.source = None

    @property
    def anchor(self) -> int:
        """Where the attribution is made: its cue, else its content."""
        return self.cue[0].idx if self.cue else self.content[0]

    def contains(self, start: int, end: int) -> bool:
        return self.content[0] <= start and end <= self.content[1]
