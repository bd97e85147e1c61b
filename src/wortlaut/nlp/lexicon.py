"""The cue lexicon of a language: reporting words with their stance and frame.

The data are ``lang/<code>/cues.tsv`` (see ``lang/cues.md`` for sources and rules); the
attribution rules find reports with it, framing and events read the frames of their cues.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Sequence, TypeVar

from spacy.tokens import Token

from wortlaut.lang import data_file

Entry = TypeVar("Entry")


MIN_REPORT_TAIL = 6  # letters of a report noun as a compound's last part ("Polizei|angaben", not "Waffenstill|stand")


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    stance: str
    frame: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.lower().split())

    @property
    def says(self) -> bool:
        """A verb of saying, whose message is a clause or quotation (frames ``say`` and
        ``clause``; see ``lang/cues.md``)."""
        return self.frame in {"say", "clause"}


@dataclass(frozen=True)
class CueLexicon:
    lang: str
    verbs: dict[str, CueEntry] = field(default_factory=dict)
    multiword_verbs: dict[str, tuple[CueEntry, ...]] = field(default_factory=dict)
    nouns: dict[str, CueEntry] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], CueEntry] = field(default_factory=dict)
    noun_prepositions: dict[str, dict[str, CueEntry]] = field(default_factory=dict)
    _phrases_by_first: dict[str, tuple[tuple[tuple[str, ...], CueEntry], ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        starting: dict[str, list[tuple[tuple[str, ...], CueEntry]]] = {}
        for key, entry in self.phrases.items():
            starting.setdefault(key[0], []).append((key, entry))
        object.__setattr__(self, "_phrases_by_first", {k: tuple(v) for k, v in starting.items()})

    def phrases_starting(self, word: str) -> tuple[tuple[tuple[str, ...], CueEntry], ...]:
        """The phrases whose first word is ``word``, in lexicon order: looking a token up
        here instead of trying every phrase keeps attribution linear in the lexicon's size."""
        return self._phrases_by_first.get(word, ())

    def phrases_at(self, words: Sequence[Token]) -> Iterator[tuple[tuple[str, ...], CueEntry]]:
        """The phrases that ``words`` (a sentence's tokens from some word on) begin with, in
        lexicon order ("according to", "nach Angaben")."""
        if not len(words):
            return
        for key, entry in self.phrases_starting(words[0].lower_):
            if len(key) <= len(words) and tuple(t.lower_ for t in words[:len(key)]) == key:
                yield key, entry

    def verb(self, lemma: str) -> CueEntry | None:
        return self.verbs.get(lemma.lower())

    def report_noun(self, preposition: str, noun: str) -> CueEntry | None:
        """The entry of ``preposition`` with ``noun`` ("nach" + "angaben"), the noun also as the last
        part of a compound of at least ``MIN_REPORT_TAIL`` letters ("polizeiangaben"; not
        "waffenstill|stand"), in lexicon order."""
        nouns = self.noun_prepositions.get(preposition, {})
        return next((entry for word, entry in nouns.items() if noun == word or len(noun) > len(word) + 2
                     and len(word) >= MIN_REPORT_TAIL and noun.endswith(word)), None)

    def noun(self, lemma: str) -> CueEntry | None:
        """A noun cue, also as the last part of a German compound ("Pressemitteilung")."""
        lower = lemma.lower()
        if lower in self.nouns:
            return self.nouns[lower]
        return compound_tail(lower, self.nouns, shortest=5)


def compound_tail(word: str, table: dict[str, Entry], shortest: int) -> Entry | None:
    """The entry of a German compound's last part, longest first ("Pressemitteilung" →
    "mitteilung"), a part of at least ``shortest`` letters; a hyphen joins the parts too."""
    for cut in range(3, len(word) - shortest + 1):
        found = table.get(word[cut:].lstrip("-"))
        if found:
            return found
    return None


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> CueLexicon:
    path = data_file(lang, "cues.tsv")
    verbs: dict[str, CueEntry] = {}
    multi: dict[str, list[CueEntry]] = {}
    nouns: dict[str, CueEntry] = {}
    phrases: dict[tuple[str, ...], CueEntry] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            entry = CueEntry(row["lemma"].strip(), row["pos"], row["stance"], row["frame"])
            if entry.pos == "VERB" and len(entry.words) == 1:
                verbs[entry.words[0]] = entry
            elif entry.pos == "VERB":  # under the verb, last in German ("deutlich machen"), first in English
                for verb in dict.fromkeys((entry.words[-1], entry.words[0])):  # ("make clear")
                    multi.setdefault(verb, []).append(entry)
            elif entry.pos == "NOUN":
                nouns[entry.words[0] if len(entry.words) == 1 else entry.lemma.lower()] = entry
            else:
                phrases[entry.words] = entry
    return CueLexicon(lang, verbs, {k: tuple(v) for k, v in multi.items()}, nouns,
                      {k: v for k, v in phrases.items() if not _is_noun_preposition(v)},
                      _noun_prepositions(phrases.values()))


def _is_noun_preposition(entry: CueEntry) -> bool:
    """"nach Angaben", "nach eigenen Angaben": a preposition made a cue by its noun."""
    return entry.pos == "ADP" and len(entry.words) > 1 and entry.lemma.split()[-1][:1].isupper()


def _noun_prepositions(entries) -> dict[str, dict[str, CueEntry]]:
    found: dict[str, dict[str, CueEntry]] = {}
    for entry in entries:
        if _is_noun_preposition(entry):
            nouns = found.setdefault(entry.words[0], {})
            known = nouns.get(entry.words[-1])
            if known is None or len(entry.words) < len(known.words):  # "nach Angaben" over "nach eigenen Angaben"
                nouns[entry.words[-1]] = entry
    return found
