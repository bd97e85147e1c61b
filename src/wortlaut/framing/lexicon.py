"""The framing lexicon of a language: hedges, loaded words, rejections, sides.

The data are ``lang/<code>/framing.json`` (see ``lang/framing.md`` for sources and rules).
Terms become regular expressions once, so that matching needs no parse and works on the
raw text (inflected endings, hyphenated and, for a few heads, closed German compounds).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wortlaut.lang import load_json
from wortlaut.nlp.grammar import load_grammar

WORD_CHAR = r"[^\W_]"


@dataclass(frozen=True)
class FramingLexicon:
    lang: str
    hedges: re.Pattern[str]
    naming: re.Pattern[str]
    loaded: re.Pattern[str]
    rejections: re.Pattern[str]
    noun_endings: tuple[str, ...]
    mention_nouns: frozenset[str]
    speaker_words: frozenset[str]
    title_small_words: frozenset[str]
    determiners: frozenset[str]
    relative_links: frozenset[str]
    claim_nouns: frozenset[str]
    labelling: frozenset[str]
    coordinators: frozenset[str]
    nouns_capitalised: bool
    punctuation_inside_quotes: bool
    reported_forms: frozenset[str]
    sides: tuple[tuple[str, re.Pattern[str]], ...]
    locative_prepositions: frozenset[str]

    def stem(self, word: str) -> str:
        """A crude stem that lets inflected forms of one term meet ("Invasion", "Invasionen")."""
        lower = word.lower()
        for ending in sorted(self.noun_endings, key=len, reverse=True):
            if ending and lower.endswith(ending) and len(lower) - len(ending) >= 4:
                return lower[: -len(ending)]
        return lower

    def claim_noun(self, word: str, lemma: str = "") -> bool:
        """A noun that names an assertion ("Vorwürfe", "US-Warnungen", "allegations"), also as
        the head of a German compound ("Korruptionsvorwürfe")."""
        head = word.split("-")[-1].lower()
        forms = {lemma.lower(), head, self.stem(head)}
        if any(f in self.claim_nouns for f in forms):
            return True
        return self.nouns_capitalised and any(
            len(n) >= 5 and any(f.endswith(n) for f in forms) for n in self.claim_nouns)

    def side(self, text: str) -> str | None:
        """The side (country, bloc) named last in ``text`` — the one nearest the name that
        ends it ("US-Präsident Joe Biden seinen russischen Kollegen Wladimir Putin") — not
        counting places after a preposition ("Botschafter in Washington")."""
        found = [(m.start(), name) for name, pattern in self.sides for m in pattern.finditer(text)
                 if not self._located(text[:m.start()])]
        return max(found)[1] if found else None

    def _located(self, before: str) -> bool:
        words = before.lower().split()[-2:]
        return any(w in self.locative_prepositions for w in words)


def _term(term: str, endings: list[str]) -> str:
    *first, last = term.split()
    words = [re.escape(w) for w in first] + [re.escape(last) + _alternatives(endings)]
    return r"\s+".join(words)


def _alternatives(endings: list[str]) -> str:
    options = sorted({e for e in endings if e}, key=len, reverse=True)
    return f"(?:{'|'.join(map(re.escape, options))})?" if options else ""


def _words(terms: list[str], endings: list[str]) -> re.Pattern[str]:
    body = "|".join(_term(t, endings) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!{WORD_CHAR})(?:{body})(?!{WORD_CHAR})", re.IGNORECASE)


def _loaded(terms: list[str], heads: list[str], endings: list[str]) -> re.Pattern[str]:
    """A loaded term as a word, as a part of a hyphenated compound ("Propaganda-Kampagne"),
    and for ``heads`` also as the head of a closed compound ("Kriegshysterie")."""
    plain = "|".join(_term(t, endings) for t in sorted(terms, key=len, reverse=True))
    glued = "|".join(_term(t, endings) for t in heads)
    core = f"(?:{WORD_CHAR}+(?:{glued})|{plain})" if heads else f"(?:{plain})"
    part = rf"{WORD_CHAR}[\w]*"
    return re.compile(rf"(?<![\w-])(?:{part}-)*{core}(?:-{part})*(?![\w-])", re.IGNORECASE)


def _side(forms: list[str], endings: list[str]) -> re.Pattern[str]:
    body = "|".join(_term(f, endings) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!{WORD_CHAR})(?:{body})(?!{WORD_CHAR})")


@lru_cache(maxsize=None)
def load_framing(lang: str) -> FramingLexicon:
    raw = load_json(lang, "framing.json")
    return FramingLexicon(
        lang=lang,
        hedges=_words(raw["hedges"], raw["adjective_endings"]),
        naming=_words(raw["naming"], raw["adjective_endings"]),
        loaded=_loaded(raw["loaded"], raw["loaded_heads"], raw["noun_endings"]),
        rejections=_words(raw["rejections"], raw["adjective_endings"]),
        noun_endings=tuple(raw["noun_endings"]),
        mention_nouns=frozenset(w.lower() for w in raw["mention_nouns"]),
        speaker_words=frozenset(w.lower() for w in raw["speaker_words"]),
        title_small_words=frozenset(raw["title_small_words"]),
        determiners=frozenset(raw["determiners"]),
        relative_links=frozenset(w.lower() for w in raw["relative_links"]),
        claim_nouns=frozenset(w.lower() for w in raw["claim_nouns"]),
        labelling=frozenset(w.lower() for w in raw["labelling"]),
        coordinators=frozenset(raw["coordinators"]),
        nouns_capitalised=load_grammar(lang).nouns_capitalised,
        punctuation_inside_quotes=bool(raw["punctuation_inside_quotes"]),
        reported_forms=frozenset(raw["reported_forms"]),
        sides=tuple((name, _side(forms, raw["side_endings"])) for name, forms in raw["sides"].items()),
        locative_prepositions=frozenset(raw["locative_prepositions"]),
    )
