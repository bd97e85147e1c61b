"""The cue lexicon of a language: reporting words with their stance and frame.

The data are ``lexicons/<lang>.tsv`` (see ``lexicons/README.md`` for sources and rules).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

from wortlaut.lang import data_file, load_json


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    stance: str
    frame: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.lower().split())


@dataclass(frozen=True)
class CueLexicon:
    lang: str
    verbs: dict[str, CueEntry] = field(default_factory=dict)
    multiword_verbs: dict[str, tuple[CueEntry, ...]] = field(default_factory=dict)
    nouns: dict[str, CueEntry] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], CueEntry] = field(default_factory=dict)
    noun_prepositions: dict[str, dict[str, CueEntry]] = field(default_factory=dict)

    def verb(self, lemma: str) -> CueEntry | None:
        return self.verbs.get(lemma.lower())

    def noun(self, lemma: str) -> CueEntry | None:
        """A noun cue, also as the last part of a German compound ("Pressemitteilung")."""
        lower = lemma.lower()
        if lower in self.nouns:
            return self.nouns[lower]
        for cut in range(3, len(lower) - 4):
            entry = self.nouns.get(lower[cut:].lstrip("-"))
            if entry is not None:
                return entry
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
            elif entry.pos == "VERB":
                multi.setdefault(entry.words[-1], []).append(entry)
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


@dataclass(frozen=True)
class Grammar:
    """Function words of a language that the attribution rules need (``grammar_<lang>.json``)."""

    complementizers: frozenset[str]
    declarative_complementizers: frozenset[str]
    report_markers: frozenset[str]
    predicative: frozenset[str]
    clause_stoppers: frozenset[str]
    sentential_relatives: frozenset[str]
    frame_prepositions: frozenset[str]
    weak_frame_prepositions: frozenset[str]
    particles: tuple[str, ...]
    personal_pronouns: frozenset[str]
    expletives: frozenset[str]
    postpositions: frozenset[str]
    agent_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    time_nouns: tuple[str, ...]
    verb_endings: tuple[str, ...]
    inflection_endings: tuple[str, ...]
    speech_continues_by_mood: bool
    bare_complement_clauses: bool
    subject_agreement: bool


@lru_cache(maxsize=None)
def load_grammar(lang: str) -> Grammar:
    raw = load_json(lang, "grammar.json")
    return Grammar(
        **{name: frozenset(raw[name]) for name in (
            "complementizers", "declarative_complementizers", "report_markers", "predicative", "clause_stoppers", "sentential_relatives",
            "frame_prepositions", "weak_frame_prepositions", "personal_pronouns", "expletives",
            "postpositions", "agent_prepositions", "origin_prepositions", "passive_auxiliaries")},
        time_nouns=tuple(raw["time_nouns"]),
        verb_endings=tuple(raw["verb_endings"]),
        inflection_endings=tuple(raw["inflection_endings"]),
        particles=tuple(sorted(set(raw["particles"]), key=len, reverse=True)),
        speech_continues_by_mood=bool(raw["speech_continues_by_mood"]),
        bare_complement_clauses=bool(raw["bare_complement_clauses"]),
        subject_agreement=bool(raw["subject_agreement"]),
    )
