"""German: its data files, and the spaCy component of the shipped German pipeline
(``wortlaut_de_morph_rules``, registered on import)."""
from wortlaut.lang.de import morphology  # noqa: F401
