"""Language data: everything wortlaut knows about one language lives in ``lang/<code>/``.

A folder holds the cue lexicon (``cues.tsv``), the function words and grammar facts the rules
need (``grammar.json``), the framing lexicon (``framing.json``), the article-structure cues
(``structure.json``) and, where the language has them, data and spaCy components of its own
pipeline (German: ``gazetteer.tsv``, ``morphology.json`` and the ``morphology`` component).
The supported languages are the folders that hold a ``grammar.json``; ``docs/languages.md``
says how to add one. Sources and licences of the lexicons: ``cues.md`` and ``framing.md``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

MARKER = "grammar.json"


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The codes of the supported languages: the folders of this package with language data."""
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and (p / MARKER).is_file()))


def data_file(lang: str, name: str) -> Traversable:
    """The data file ``name`` of ``lang``; FileNotFoundError names what is missing."""
    path = resources.files(__name__) / lang / name
    if not path.is_file():
        raise FileNotFoundError(f"language {lang!r} has no {name} (wortlaut/lang/{lang}/{name})")
    return path


@lru_cache(maxsize=None)
def load_json(lang: str, name: str) -> dict[str, Any]:
    return json.loads(data_file(lang, name).read_text(encoding="utf-8"))
