"""Which language a text is in, among the languages wortlaut supports."""
from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from wortlaut.ingest.errors import InputError
from wortlaut.lang import languages

# The languages wortlaut has a folder for (``wortlaut/lang/<code>/``), as lingua knows them.
SUPPORTED: dict[str, Language] = {
    code: Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages()}
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    # Restricting lingua to the supported languages keeps it small and fast.
    return LanguageDetectorBuilder.from_languages(*SUPPORTED.values()).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; InputError when the text has no language."""
    language = _detector().detect_language_of(text[:_SAMPLE_CHARS])
    if language is None:
        raise InputError("cannot tell the language of this text (give it with --lang)")
    return language.iso_code_639_1.name.lower()


def check_language(lang: str) -> str:
    if lang not in SUPPORTED:
        raise InputError(f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED)})")
    return lang
