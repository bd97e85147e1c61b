"""wortlaut's custom spaCy components.

Importing this package registers every factory with spaCy, so that the
shipped pipelines in wortlaut/models/<lang> can be loaded with spacy.load:

    import wortlaut.nlp.components  # noqa: F401
    nlp = spacy.load(path_to_models / lang)

Factories: wortlaut_gazetteer (entity gazetteer that adds entities the
statistical NER missed, never overwrites) here, and each language's own
components in its folder ``wortlaut/lang/<code>/`` (German:
wortlaut_de_morph_rules, STTS/UPOS split, VerbForm, Mood rules for
Konjunktiv I/II), registered by importing the language's package.
"""
from importlib import import_module

from wortlaut.lang import languages
from wortlaut.nlp.components import gazetteer

__all__ = ["gazetteer"]

for _code in languages():
    import_module(f"wortlaut.lang.{_code}")
