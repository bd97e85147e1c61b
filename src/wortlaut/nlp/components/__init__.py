"""wortlaut's custom spaCy components.

Importing this package registers every factory with spaCy, so that the
shipped pipelines in wortlaut/models/<lang> can be loaded with spacy.load:

    import wortlaut.nlp.components  # noqa: F401
    nlp = spacy.load(path_to_models / "de")

Factories: wortlaut_de_morph_rules (German STTS/UPOS split, VerbForm, Mood
rules for Konjunktiv I/II), wortlaut_gazetteer (entity gazetteer that adds
entities the statistical NER missed, never overwrites).
"""
from . import gazetteer, german_morph  # noqa: F401

__all__ = ["gazetteer", "german_morph"]
