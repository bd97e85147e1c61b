"""wortlaut's attribution as a spaCy component, for use in one's own pipelines:

    import wortlaut.attribution.component  # registers the factory
    nlp.add_pipe("wortlaut_attribution")
    doc = nlp(text); doc._.attributions   # list of wortlaut.model.Attribution

The whole text is read as reportage (no article structure), and sources resolve through
the pipeline's own entities.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wortlaut.attribution.extract import attribute
from wortlaut.nlp.entities import collect_entities

NAME = "wortlaut_attribution"

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


@Language.factory(NAME, requires=["token.dep", "token.morph", "token.lemma", "doc.ents"],
                  assigns=["doc._.attributions"])
def make_attribution(nlp: Language, name: str) -> "AttributionComponent":
    return AttributionComponent()


class AttributionComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = attribute(doc, collect_entities(doc))
        return doc
