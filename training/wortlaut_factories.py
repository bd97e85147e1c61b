"""Passed to ``spacy train --code`` so that a config can source components from a shipped
pipeline, which names wortlaut's own factories (``wortlaut_gazetteer``, ...)."""
import wortlaut.nlp.components  # noqa: F401  (registers the factories)
