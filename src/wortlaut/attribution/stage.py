"""The attribution stage: who said what, in the article's reportage."""
from __future__ import annotations

from spacy.tokens import Doc

from wortlaut.attribution.extract import attribute
from wortlaut.model import REPORTAGE, Readout
from wortlaut.stages import register_stage


@register_stage("attribution", requires=("segments", "entities"), assigns=("attributions",))
def find_attributions(doc: Doc, readout: Readout) -> None:
    """Credits, related links and reader appeals are not reportage: only title, lead and body
    are read (the whole text when the structure is unknown)."""
    readout.attributions = attribute(doc, readout.entities, readout.ranges(REPORTAGE))
