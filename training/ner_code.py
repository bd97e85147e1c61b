"""``spacy train --code`` for ``configs/de-ner.cfg``: registers wortlaut's rule components, so
that the shipped pipeline (which holds them) can be loaded as the source of the frozen ones."""
import wortlaut.nlp.components  # noqa: F401
