"""The NLP layer: language detection and the spaCy pipelines every analyser reads.

``load_pipeline(lang)`` returns the pipeline shipped inside the package for ``lang``
(``wortlaut/models/<lang>``), or a named/installed spaCy pipeline when the user picks one.
Without a shipped model it falls back to a rule-based pipeline (tokenizer + sentence
splitter) so that ingest and structure still work.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

import spacy
from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.symbols import ORTH
from thinc.api import Model, NumpyOps

from wortlaut.ingest.errors import InputError
from wortlaut.nlp import entity_edges, finite_modifiers, fragments, number_ends, paragraphs, spaces
from wortlaut.nlp.grammar import load_grammar
from wortlaut.nlp.language import SUPPORTED, check_language, detect_language
from wortlaut.nlp.quotes import GLUED_OPENING_INFIX, QUOTED_COMPOUND_INFIX

__all__ = ["SUPPORTED", "check_language", "check_model", "detect_language", "load_pipeline",
           "missing_layers", "shipped_model_path", "use_numpy_blas"]

# A sentence's period after a word whose last capital follows a small letter ("AfD.", "GmbH.").
FINAL_PERIOD_SUFFIX = rf"(?<=[{ALPHA_LOWER}][{ALPHA_UPPER}])\.$|(?<=\b(?:1[1-9]|20)\d\d)\.$"
# A live blog's clock time glued to the capitalised word after it ("9:52PMBush: …"): split between them.
GLUED_CLOCK_INFIX = r"(?<=\d[AaPp][Mm])(?=[A-Z][a-z])"
MAX_CHARS = 5_000_001  # the default input size cap, so any accepted input fits
MAX_ROMAN_ORDINAL = 49  # "Pius XII.", "Johannes XXIII.", "Ludwig XIV."
MAX_AGE = 120  # the oldest age written as a compound ("the 101-year-old")

REQUIRED_LAYERS = {
    "tagger or morphologizer (UD tags)": ("tagger", "morphologizer"),
    "parser (dependencies)": ("parser",),
    "ner (entities)": ("ner",),
    "lemmatizer": ("lemmatizer", "trainable_lemmatizer"),
}


def shipped_model_path(lang: str) -> Path | None:
    path = Path(str(resources.files("wortlaut") / "models" / lang))
    return path if (path / "meta.json").is_file() else None


@lru_cache(maxsize=None)
def load_pipeline(lang: str, model: str | None = None) -> Language:
    """The spaCy pipeline for ``lang``, loaded once per process.

    ``model`` names an installed spaCy package or a pipeline folder (e.g. ``de_core_news_lg``)
    to use instead of the shipped one.
    """
    nlp = use_numpy_blas(_load(lang, model))
    nlp.max_length = MAX_CHARS
    _split_quoted_compounds(nlp)
    _split_glued_openings(nlp)
    _split_final_periods(nlp)
    _split_glued_clock_times(nlp)
    _keep_roman_ordinals(nlp)
    _keep_age_compounds(nlp)
    if paragraphs.NAME not in nlp.pipe_names:
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe(paragraphs.NAME, before=first) if first else nlp.add_pipe(paragraphs.NAME)
    if nlp.lang in SUPPORTED and load_grammar(nlp.lang).sentence_opening_words \
            and number_ends.NAME not in nlp.pipe_names:
        nlp.add_pipe(number_ends.NAME, after=paragraphs.NAME)
    if "parser" in nlp.pipe_names and fragments.NAME not in nlp.pipe_names:
        nlp.add_pipe(fragments.NAME, after="parser")
    if "parser" in nlp.pipe_names and nlp.lang in SUPPORTED and load_grammar(nlp.lang).subject_precedes_verb \
            and finite_modifiers.NAME not in nlp.pipe_names:
        nlp.add_pipe(finite_modifiers.NAME, after=fragments.NAME)
    if "ner" in nlp.pipe_names and entity_edges.NAME not in nlp.pipe_names:
        nlp.add_pipe(entity_edges.NAME, after="ner")
    if spaces.NAME not in nlp.pipe_names:
        nlp.add_pipe(spaces.NAME, last=True)
    return nlp


def use_numpy_blas(nlp: Language) -> Language:
    """``nlp`` with every layer taking its matrix products from numpy's BLAS rather than thinc's
    bundled BLIS: cython-blis picks its kernels by CPU model and falls back to portable C on
    processors it does not know (AMD Zen 4 and later; explosion/cython-blis#53, flame/blis#770),
    where numpy's OpenBLAS, which picks by instruction set, ran the German pipeline's products
    three times as fast (``benchmarks/models.py``). The parses are the same."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        if isinstance(getattr(component, "model", None), Model):
            for layer in component.model.walk():
                layer.ops = ops
    return nlp


def _split_quoted_compounds(nlp: Language) -> None:
    """„Bild“-Zeitung was one token "Bild“-Zeitung", tagged as punctuation, and the clause around it
    lost its parse ("Ein Sprecher der Bahn sagte der „Bild“-Zeitung, …" reported nothing): the
    closing mark becomes a token of its own (``QUOTED_COMPOUND_INFIX``)."""
    extended = _extended(nlp.tokenizer.infix_finditer, QUOTED_COMPOUND_INFIX)
    if extended is not None:
        nlp.tokenizer.infix_finditer = extended.finditer


def _split_glued_openings(nlp: Language) -> None:
    """"Ryan said,“Look, …”" was one token "said,“Look", a noun, and the report had no cue: the comma
    and the opening mark glued to it become tokens of their own (``GLUED_OPENING_INFIX``)."""
    extended = _extended(nlp.tokenizer.infix_finditer, GLUED_OPENING_INFIX)
    if extended is not None:
        nlp.tokenizer.infix_finditer = extended.finditer


def _split_final_periods(nlp: Language) -> None:
    """spaCy splits a sentence's period off a word ending in a lower-case letter or in two capitals
    ("USA."), but not off one whose last capital follows a small letter: "… mit der AfD." stayed one
    token, and the sentence ran on into the next (``FINAL_PERIOD_SUFFIX``). Nor, in German, off a year,
    which it kept as an ordinal: "Eine der Optionen sei ein Börsengang nach 2011. Premium Aerotec
    rechnet …" was one sentence (years from 1100 on: "zum 1000. Mal" stays an ordinal)."""
    extended = _extended(nlp.tokenizer.suffix_search, FINAL_PERIOD_SUFFIX)
    if extended is not None:
        nlp.tokenizer.suffix_search = extended.search


def _split_glued_clock_times(nlp: Language) -> None:
    """A live blog's entries lose the line break after their time stamp when the page is flattened:
    "9:52PMBush: We Should Pay Attention To History …" was one token "9:52PMBush", the speaker of the
    heading (``GLUED_CLOCK_INFIX``)."""
    extended = _extended(nlp.tokenizer.infix_finditer, GLUED_CLOCK_INFIX)
    if extended is not None:
        nlp.tokenizer.infix_finditer = extended.finditer


def _keep_roman_ordinals(nlp: Language) -> None:
    """"Papst Benedikt XVI. sagte …" was split after "XVI" and the sentence ended there, so the report
    lost its speaker: where a Roman numeral with a period is an ordinal (``roman_ordinals``), it is one
    token, as spaCy's German exceptions already have "I." to "V." and "X."."""
    if nlp.lang not in SUPPORTED or not load_grammar(nlp.lang).roman_ordinals:
        return
    for number in range(1, MAX_ROMAN_ORDINAL + 1):
        numeral = _roman(number) + "."
        nlp.tokenizer.add_special_case(numeral, [{ORTH: numeral}])


def _keep_age_compounds(nlp: Language) -> None:
    """"“…,” the 67-year-old said." had no speaker: split at its hyphens, the parser read "old" as an
    adjective of the verb. An age written so (``age_compounds``) is one token, which it reads as a noun."""
    if nlp.lang not in SUPPORTED:
        return
    for pattern in load_grammar(nlp.lang).age_compounds:
        for number in range(1, MAX_AGE + 1):
            compound = pattern.format(number)
            nlp.tokenizer.add_special_case(compound, [{ORTH: compound}])


def _roman(number: int) -> str:
    """The Roman numeral of a number below 50."""
    tens, units = divmod(number, 10)
    return ("", "X", "XX", "XXX", "XL")[tens] + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


def _extended(rule: Callable[..., object] | None, addition: str) -> re.Pattern[str] | None:
    """A tokenizer rule's regular expression (the pattern of the bound ``search`` or ``finditer``)
    with ``addition`` as one more alternative; None where it has it already (a pipeline loaded twice)."""
    pattern = rule.__self__.pattern if rule is not None else ""
    if addition in pattern:
        return None
    return re.compile("|".join(p for p in (pattern, addition) if p))


def _load(lang: str, model: str | None) -> Language:
    _register_components()
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise OSError(f"cannot load spaCy pipeline {model!r}: is it installed? ({exc})") from None
        lacking = missing_layers(nlp)
        if lacking:
            warnings.warn(f"spaCy pipeline {model!r} lacks {', '.join(lacking)}: "
                          "attribution and framing will find less", stacklevel=3)
        return nlp
    check_language(lang)
    path = shipped_model_path(lang)
    if path is not None:
        return spacy.load(path)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def check_model(model: str) -> str:
    """``model`` if spaCy can load it by that name: an installed pipeline package or a pipeline
    folder. Checked before any input is read, so that a typo is one usage error."""
    folder = Path(model)
    if (folder / "config.cfg").is_file() or spacy.util.is_package(model):
        return model
    raise InputError(f"no spaCy pipeline {model!r}: name an installed package (such as de_core_news_lg) "
                     "or a pipeline folder")


def missing_layers(nlp: Language) -> list[str]:
    """The annotation layers the analysers use that ``nlp`` does not provide."""
    names = set(nlp.pipe_names) | {name for name, _ in nlp.pipeline}
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    return [layer for layer, options in REQUIRED_LAYERS.items()
            if not (set(options) & (names | factories))]


def _register_components() -> None:
    """Import wortlaut's own spaCy factories so that shipped pipelines using them load."""
    import wortlaut.nlp.components  # noqa: F401
