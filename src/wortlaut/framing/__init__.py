"""Framing: how the outlet reports — scare quotes, hedges, loaded words, reader appeals,
claims paired with their denials, and the balance of voices.

The ``framing`` stage (``frame(doc, readout)``) runs after attribution and fills ``readout.markers``,
``readout.claims`` and ``readout.balance``. The rules are in ``wortlaut/lang/framing.md``.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from wortlaut.framing.balance import balance
from wortlaut.framing.claims import claims
from wortlaut.framing.context import Context
from wortlaut.framing.scare import scare_quotes
from wortlaut.framing.words import appeals, hedges, loaded_words
from wortlaut.model import Marker, Readout
from wortlaut.stages import register_stage

__all__ = ["frame"]

MARKER_FINDERS: tuple[Callable[[Context], list[Marker]], ...] = (scare_quotes, hedges, loaded_words, appeals)


@register_stage("framing", requires=("segments", "entities", "attributions"),
                assigns=("markers", "claims", "balance"))
def frame(doc: Doc, readout: Readout) -> None:
    """Fill the readout's markers, claim/denial pairs and balance from its attributions."""
    ctx = Context.build(doc, readout)
    markers = sorted((m for find in MARKER_FINDERS for m in find(ctx)), key=lambda m: (m.start, m.end, m.kind))
    readout.markers = markers
    readout.claims = claims(ctx)
    readout.balance = balance(ctx, markers, readout.claims)
