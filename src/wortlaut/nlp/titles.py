"""How a language names people: the titles and functions put before a name, which are not part of
it ("Foreign Secretary David Lammy", "US-Präsident Joe Biden", "Kremlin spokesman Dmitry Peskov":
the name is what follows the last title), and the pronouns used instead of one
(``lang/<code>/persons.json``). Entity records and the store's persons read them alike."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from wortlaut.lang import load_json

NAME_WORD = re.compile(r"\w\w")


@dataclass(frozen=True)
class NamingFacts:
    """What a language puts before names (titles) and uses instead of them (pronouns)."""

    titles: frozenset[str]
    pronouns: frozenset[str]
    compound_titles: bool  # a word ending in a title is one ("US-Präsident", "Außenministerin")
    name_particles: frozenset[str] = frozenset()  # "von" in "Konstantin von Notz"
    age_epithet: re.Pattern[str] | None = None  # "der 42-Jährige", "the 67-year-old"
    feminine_title_endings: tuple[str, ...] = ()  # "Minister|in"
    gendered_titles: tuple[tuple[str, str], ...] = ()  # ("mrs.", "Fem")
    feminine_person_endings: tuple[str, ...] = ()  # "Verhandlungsführ|erin"
    common_gender_endings: tuple[str, ...] = ()  # "Vorsitzend|e": der or die

    def title_gender(self, word: str) -> str | None:
        """The gender ("Masc", "Fem") a title gives the one it names: "Ministerin", "Mrs." a woman,
        "Minister" a man where titles have a feminine form (``feminine_title_endings``), and so does a noun
        with one of the ``feminine_person_endings`` ("Verhandlungsführerin"); none for a title that names
        either ("Vorsitzende", "minister") or a word that is none."""
        word = word.lower().strip(",")
        said = self._title_genders.get(word)
        if said is not None:
            return said
        if any(word.endswith(e) and self.is_title(word[:-len(e)]) for e in self.feminine_title_endings) \
                or word.endswith(self.feminine_person_endings):
            return "Fem"
        if self.feminine_title_endings and self.is_title(word) \
                and not word.endswith(self.common_gender_endings + self.feminine_title_endings):
            return "Masc"
        return None

    @cached_property
    def _title_genders(self) -> dict[str, str]:
        return dict(self.gendered_titles)

    def is_age_epithet(self, words: str) -> bool:
        """Words that name a person by age only, standing for one named before."""
        return self.age_epithet is not None and self.age_epithet.fullmatch(words) is not None

    def is_title(self, word: str) -> bool:
        word = word.lower().strip(",")
        if word in self.titles:
            return True  # "sen.", "dr."
        word = word.strip(".")
        if "-" in word and all(part in self.titles for part in word.split("-")):
            return True  # "Secretary-General", "Director-General"
        return word in self.titles or self.compound_titles and word.endswith(self._compound_heads)

    @cached_property
    def _compound_heads(self) -> tuple[str, ...]:
        """The titles a compound may end in: those of more than three letters ("präsident", not "dr")."""
        return tuple(t for t in self.titles if len(t) > 3)


@cache
def naming_facts(lang: str) -> NamingFacts:
    try:
        raw = load_json(lang, "persons.json")
    except FileNotFoundError:
        return NamingFacts(frozenset(), frozenset(), False)
    age = raw.get("age_epithet")
    return NamingFacts(frozenset(raw["titles"]), frozenset(raw["pronouns"]), bool(raw.get("compound_titles")),
                       frozenset(raw.get("name_particles", ())), re.compile(age) if age else None,
                       tuple(raw.get("feminine_title_endings", ())),
                       tuple(sorted(raw.get("gendered_titles", {}).items())),
                       tuple(raw.get("feminine_person_endings", ())), tuple(raw.get("common_gender_endings", ())))


def bare_name(name: str, facts: NamingFacts) -> str:
    """The name without the titles before it: what follows the last title, when that is a name."""
    words = name.split()
    last = max((i for i, word in enumerate(words) if facts.is_title(word)), default=-1)
    rest = words[last + 1:]
    if last < 0 or not rest or not all(w[:1].isupper() or w in facts.name_particles for w in rest) \
            or not any(NAME_WORD.search(w) and not w.endswith(".") for w in rest):  # "King Jr.": not a name
        return name
    return " ".join(rest).strip(",")
