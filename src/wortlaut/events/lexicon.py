"""The event lexicon of a language: trigger words with their CAMEO codes (``lang/<code>/events.tsv``)
and the grammar facts the events analyser asks (``lang/<code>/event_grammar.json``). Formats and
sources: ``lang/events.md``."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

from wortlaut.lang import data_file, load_json
from wortlaut.nlp.lexicon import compound_tail

Slot = tuple[frozenset[str], frozenset[str] | None]  # (words, nouns after it) — nouns only for a PP
ANY_OBJECT: frozenset[str] = frozenset({"*"})  # the nouns of "(to)": a phrase of that preposition, whatever its noun


@dataclass(frozen=True)
class TriggerEntry:
    """One row of the lexicon: a verb or noun that tells an event of code ``cameo``, when the
    words of ``pattern`` are among its dependents ("verhängen Sanktionen")."""

    lemma: str
    pos: str
    cameo: str
    pattern: tuple[Slot, ...] = ()
    recipient: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.lower().split())


@dataclass(frozen=True)
class RowIndex:
    """The rows of one trigger word by the first word their pattern needs: an English verb has
    a hundred patterns ("say" … "bolster force"), and a clause holds the words of few of them.
    Rows without a pattern or opening with a preposition and its noun are always tried."""

    patterned: bool
    by_word: dict[str, tuple[int, ...]]
    always: tuple[int, ...]

    @classmethod
    def of(cls, entries: tuple[TriggerEntry, ...]) -> "RowIndex":
        by_word: dict[str, list[int]] = {}
        always = []
        for i, entry in enumerate(entries):
            if entry.pattern and (entry.pattern[0][1] is None or entry.pattern[0][1] is ANY_OBJECT):
                for word in entry.pattern[0][0]:
                    by_word.setdefault(word, []).append(i)
            else:
                always.append(i)
        return cls(any(e.pattern for e in entries), {w: tuple(v) for w, v in by_word.items()}, tuple(always))

    def rows(self, words: frozenset[str]) -> list[int]:
        """The rows whose first word is among ``words`` (exact words: not for compounds), in order."""
        found = set(self.always)
        for word in words & self.by_word.keys():
            found.update(self.by_word[word])
        return sorted(found)


@dataclass(frozen=True)
class TriggerLexicon:
    lang: str
    verbs: dict[str, tuple[TriggerEntry, ...]] = field(default_factory=dict)  # by lemma, "pull out" too
    multiword_verbs: dict[str, tuple[TriggerEntry, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[TriggerEntry, ...]] = field(default_factory=dict)
    _indexes: dict[int, tuple[tuple[TriggerEntry, ...], RowIndex]] = field(
        default_factory=dict, compare=False, repr=False)
    _patterned: dict[tuple[str, str], tuple[TriggerEntry, ...]] = field(default_factory=dict, compare=False,
                                                                          repr=False)

    def row_index(self, entries: tuple[TriggerEntry, ...]) -> RowIndex:
        """The index of one word's rows, built when first asked for (kept with the rows, so that
        their ``id`` stays theirs)."""
        kept = self._indexes.get(id(entries))
        if kept is None or kept[0] is not entries:
            kept = self._indexes[id(entries)] = (entries, RowIndex.of(entries))
        return kept[1]

    def verb(self, lemma: str) -> tuple[TriggerEntry, ...]:
        return self.verbs.get(lemma.lower(), ())

    def patterned_verb(self, lemma: str, particle: str) -> tuple[TriggerEntry, ...]:
        """A verb's rows with a pattern that does not name ``particle``: what the verb with that particle,
        which has no rows of its own, may still tell by its object ("broke off | diplomatic relations":
        "BREAK * RELATIONS [161]", not "BREAK * OFF [130]")."""
        key = (lemma.lower(), particle.lower())
        kept = self._patterned.get(key)
        if kept is None:
            kept = self._patterned[key] = tuple(e for e in self.verb(key[0]) if e.pattern and not any(
                key[1] in heads for heads, _ in e.pattern))
        return kept

    def noun(self, lemma: str, compounds: bool = False) -> tuple[TriggerEntry, ...]:
        """Noun triggers; with ``compounds`` also as the last part of a compound ("Luftangriff",
        "Raketen-Angriff")."""
        lower = lemma.lower()
        if lower in self.nouns or not compounds:
            return self.nouns.get(lower, ())
        return compound_tail(lower, self.nouns, shortest=4) or ()


@dataclass(frozen=True)
class EventGrammar:
    """``lang/<code>/event_grammar.json``; its ``_note`` explains each key."""

    recipient_slots: tuple[str, ...]
    noun_recipient_slots: tuple[str, ...]
    pair_prepositions: frozenset[str]
    owner_prepositions: frozenset[str]
    occasion_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    topic_words: frozenset[str]
    conditional_markers: frozenset[str]
    negations: frozenset[str]
    future_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    first_person: frozenset[str]
    light_verbs: frozenset[str]
    weekdays: tuple[str, ...]
    day_offsets: dict[str, int]
    months: dict[str, int]
    compounds: bool
    inflected_names: bool
    plural_endings: tuple[str, ...]
    patterns_follow_trigger: bool
    contractions: dict[str, str]
    location_prepositions: frozenset[str]
    needs_recipient: bool
    pattern_only_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    contest_verbs: frozenset[str]
    governing_verbs: dict[str, str]
    partitive_prepositions: frozenset[str]
    adjectives_as_adverbs: bool
    intent_auxiliaries: frozenset[str]
    announcing_verbs: frozenset[str]
    capitalised_names: dict[str, str]
    leader_participles: frozenset[str]


@lru_cache(maxsize=None)
def load_event_grammar(lang: str) -> EventGrammar:
    raw = load_json(lang, "event_grammar.json")
    sets = ("pair_prepositions", "owner_prepositions", "occasion_prepositions", "topic_prepositions", "topic_words", "conditional_markers",
            "negations", "future_verbs", "future_auxiliaries", "first_person",
            "light_verbs", "location_prepositions", "pattern_only_verbs",
            "naming_verbs", "contest_verbs", "partitive_prepositions", "intent_auxiliaries",
            "announcing_verbs", "leader_participles")
    return EventGrammar(
        recipient_slots=tuple(raw["recipient_slots"]),
        noun_recipient_slots=tuple(raw["noun_recipient_slots"]),
        weekdays=tuple(raw["weekdays"]),
        day_offsets=dict(raw["day_offsets"]),
        months={k.lower(): int(v) for k, v in raw["months"].items()},
        compounds=bool(raw["compounds"]),
        inflected_names=bool(raw["inflected_names"]),
        plural_endings=tuple(raw["plural_endings"]),
        patterns_follow_trigger=bool(raw["patterns_follow_trigger"]),
        contractions=dict(raw["contractions"]),
        needs_recipient=bool(raw["needs_recipient"]),
        governing_verbs={k.lower(): str(v) for k, v in raw["governing_verbs"].items()},
        adjectives_as_adverbs=bool(raw["adjectives_as_adverbs"]),
        capitalised_names={k: str(v).lower() for k, v in raw["capitalised_names"].items()},
        **{name: frozenset(w.lower() for w in raw[name]) for name in sets},
    )


@lru_cache(maxsize=None)
def parse_pattern(text: str) -> tuple[Slot, ...]:
    """``"sanktion|embargo (gegen land)"`` → slots: a word (with alternatives) that must be a
    dependent, or a parenthesised preposition + noun, or a preposition alone ("(to)"), whose
    word must head or mark a prepositional phrase: the "to" of "is going to be" is none."""
    slots: list[Slot] = []
    rest = text.strip()
    while rest:
        if rest.startswith("("):
            group, _, rest = rest[1:].partition(")")
            words = group.split()
            if not words:
                continue
            nouns = _alternatives(words[-1]) if len(words) > 1 else ANY_OBJECT
            slots.append((_alternatives(words[0]), nouns))
        else:
            word, _, rest = rest.partition(" ")
            slots.append((_alternatives(word), None))
        rest = rest.strip()
    return tuple(slots)


def _alternatives(word: str) -> frozenset[str]:
    return frozenset(w for w in word.lower().split("|") if w)


@lru_cache(maxsize=None)
def load_triggers(lang: str) -> TriggerLexicon:
    verbs: dict[str, list[TriggerEntry]] = {}
    multi: dict[str, list[TriggerEntry]] = {}
    nouns: dict[str, list[TriggerEntry]] = {}
    with data_file(lang, "events.tsv").open(encoding="utf-8") as handle:
        pattern_only = load_event_grammar(lang).pattern_only_verbs
        rows = (row for row in csv.DictReader(handle, delimiter="\t") if (row.get("lemma") or "").strip()
                and not (row["lemma"].strip().lower() in pattern_only and not (row.get("pattern") or "").strip()))
        for row in rows:
            entry = TriggerEntry(
                lemma=row["lemma"].strip(), pos=row["pos"].strip().upper(), cameo=row["cameo"].strip(),
                pattern=parse_pattern(row.get("pattern") or ""),
                recipient=tuple(s.strip() for s in (row.get("recipient") or "").split(",") if s.strip()))
            if entry.pos == "NOUN":
                nouns.setdefault(entry.lemma.lower(), []).append(entry)
            else:
                verbs.setdefault(" ".join(entry.words), []).append(entry)
                if len(entry.words) > 1:
                    multi.setdefault(entry.words[-1], []).append(entry)
    return TriggerLexicon(lang, _specific_first(verbs), _specific_first(multi), _specific_first(nouns))


def _specific_first(table: dict[str, list[TriggerEntry]]) -> dict[str, tuple[TriggerEntry, ...]]:
    """Entries with more pattern words are tried first, the word's default last; of as many, one that
    names a word before one that asks only for a preposition ("broke off | relations | with Ecuador" is
    "BREAK * RELATIONS [161]", not "BREAK * (WITH) [130]"), and one whose preposition names the
    target before one that does not ("clashed | with opposition supporters | for a second day" is
    "CLASH * (WITH +) [190]", not "CLASH * (FOR) [111]")."""
    return {k: tuple(sorted(v, key=_specificity)) for k, v in table.items()}


def _specificity(entry: TriggerEntry) -> tuple[int, int, bool]:
    return -len(entry.pattern), sum(nouns is ANY_OBJECT for _, nouns in entry.pattern), not entry.recipient
