"""Actor codes: which country (ISO 3166 alpha-3, or WST / NATO / EUR / an IGO code) and which
sector (GOV, MIL, …) a mention stands for.

The tables are ``lang/<code>/actors*.tsv`` (curated ``actors.tsv``, generated ``actors_cldr.tsv``
and ``actors_phoenix.tsv``; see ``lang/events.md``) and any a user adds with
:func:`add_actor_file`. Names are compared word by word with their inflection endings cut
("Russlands" ~ "Russland", "des Weißen Hauses" ~ "weißes haus").
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from wortlaut.events.lexicon import load_event_grammar
from wortlaut.lang import languages
from wortlaut.nlp.grammar import load_grammar
from wortlaut.nlp.lexicon import compound_tail
from wortlaut.nlp.names import word_stem

COLUMNS = ("name", "country", "agent", "kind")
KINDS = frozenset({"country", "capital", "adjective", "person", "institution", "igo", "agent", "place"})
MAX_WORDS = 5
SHORTEST_AGENT_TAIL = 5  # "Regierungskabinett" ~ "kabinett"; no four-letter tails ("heer" of "Sportlerheer")
SHARED = frozenset({"person", "place"})  # kinds whose names one language lends another

_USER_FILES: dict[str, list[Path]] = {}


@dataclass(frozen=True)
class ActorEntry:
    name: str
    country: str | None
    agent: str | None
    kind: str


@dataclass(frozen=True)
class ActorTable:
    """Actor names of one language, by their folded words."""

    lang: str
    endings: tuple[str, ...]
    names: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    stems: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)  # by the names' cut words
    surnames: dict[str, ActorEntry] = field(default_factory=dict)  # only surnames one person has
    agents: dict[str, ActorEntry] = field(default_factory=dict)  # one-word sector nouns ("kabinett")

    def key(self, words: Iterable[str]) -> tuple[str, ...]:
        return tuple(word_stem(w, self.endings) for w in words) if self.endings else tuple(words)

    def add(self, entry: ActorEntry) -> None:
        words = tuple(fold(w) for w in entry.name.split())
        self.names[words] = entry
        if self.endings:
            self.stems[self.key(words)] = entry
        if entry.kind == "agent" and len(words) == 1:
            self.agents[words[0]] = entry

    def lookup(self, words: Iterable[str]) -> ActorEntry | None:
        """The entry named ``words``: exactly (accents aside: "Tadić" ~ "tadic"), or with
        inflection endings cut ("Russlands", "des Weißen Hauses"), where cutting may also undo
        a name's own ending ("Putins")."""
        return self.lookup_folded(tuple(fold(w) for w in words))

    def lookup_folded(self, folded: tuple[str, ...]) -> ActorEntry | None:
        """:meth:`lookup` for words already folded (``fold``)."""
        found = self.names.get(folded)
        if found is not None or not self.endings:
            return found
        cut = self.key(folded)
        return self.names.get(cut) or self.stems.get(cut)

    def agent_tail(self, word: str) -> ActorEntry | None:
        """The sector noun a compound ends in: "Regierungskabinett" (kabinett, GOV),
        "Oppositionspartei" (partei), "Rüstungskonzern" (konzern)."""
        return compound_tail(fold(word), self.agents, shortest=SHORTEST_AGENT_TAIL)

    def person(self, surname: str) -> ActorEntry | None:
        """A known person by surname alone ("Putin", "Uschakow")."""
        folded = fold(surname)
        return self.surnames.get(folded) or self.surnames.get(word_stem(folded, self.endings))


def fold(word: str) -> str:
    """A word lower-cased and without accents, as names are compared across spellings."""
    lower = word.lower()
    if lower.isascii():
        return lower
    return "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))


def add_actor_file(lang: str, path: str | Path) -> None:
    """Read the actor table at ``path`` (columns ``name country agent kind``) in addition to the
    built-in ones of ``lang``, for names wortlaut does not know (a benchmark's invented
    countries, a newsroom's own list)."""
    path = Path(path)
    _read_rows(path.open(encoding="utf-8"), str(path))  # a bad file fails here, not mid-analysis
    _USER_FILES.setdefault(lang, []).append(path)
    load_actors.cache_clear()


def remove_actor_file(lang: str, path: str | Path) -> None:
    """Stop reading a table that :func:`add_actor_file` added (a no-op for one never added)."""
    files = _USER_FILES.get(lang, [])
    if Path(path) in files:
        files.remove(Path(path))
        load_actors.cache_clear()


def _read_rows(handle, where: str) -> list[ActorEntry]:
    with handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{where}: an actor table needs the columns {', '.join(COLUMNS)} "
                             f"(missing {', '.join(missing)})")
        rows = []
        for row in reader:
            name = " ".join((row["name"] or "").lower().split())
            kind = (row["kind"] or "").strip()
            if not name or kind not in KINDS:
                continue
            rows.append(ActorEntry(name, (row["country"] or "").strip() or None,
                                   (row["agent"] or "").strip() or None, kind))
        return rows


def _tables(lang: str) -> list:
    """A language's actor files: generated first, the curated ``actors.tsv`` last."""
    folder = resources.files("wortlaut.lang") / lang
    return sorted((p for p in folder.iterdir() if p.name.startswith("actors") and p.name.endswith(".tsv")),
                  key=lambda p: (p.name == "actors.tsv", p.name))


def _entries(lang: str) -> Iterator[ActorEntry]:
    """Every entry for ``lang`` in the order where a later one wins: the persons and places the
    other languages know (a name is mostly spelled alike: "Barack Obama", "Kabul"), then the
    language's generated tables, its curated ``actors.tsv``, the user's files."""
    for other in languages():
        if other != lang:
            for source in _tables(other):
                yield from (e for e in _read_rows(source.open(encoding="utf-8"), str(source)) if e.kind in SHARED)
    for source in [*_tables(lang), *_USER_FILES.get(lang, [])]:
        yield from _read_rows(source.open(encoding="utf-8"), str(source))


@lru_cache(maxsize=None)
def load_actors(lang: str) -> ActorTable:
    """The actor table of ``lang`` (see ``_entries`` for what it reads and which name wins)."""
    endings = load_grammar(lang).inflection_endings if load_event_grammar(lang).inflected_names else ()
    table = ActorTable(lang, endings)
    surname_owners: dict[str, set[tuple[str | None, str | None]]] = {}
    for entry in _entries(lang):
        words = [fold(w) for w in entry.name.split()]
        if len(words) > MAX_WORDS:
            continue
        table.add(entry)
        if entry.kind == "person" and len(words) > 1:
            surname = words[-1]
            surname_owners.setdefault(surname, set()).add((entry.country, entry.agent))
            table.surnames[surname] = entry
    for surname, owners in surname_owners.items():
        if len(owners) > 1:
            del table.surnames[surname]
    return table
