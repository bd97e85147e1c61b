"""wortlaut's attribution as a spaCy component in a user's own pipeline."""
import spacy

import wortlaut.attribution.component  # noqa: F401  (registers the factory)
from wortlaut.nlp import shipped_model_path


def test_component_sets_doc_attributions():
    nlp = spacy.load(shipped_model_path("en"))
    nlp.add_pipe("wortlaut_attribution")
    doc = nlp("According to the ministry, the decision was made last week.")
    (attribution,) = doc._.attributions
    assert attribution.source.text == "the ministry"
    assert attribution.content.text == "the decision was made last week"
