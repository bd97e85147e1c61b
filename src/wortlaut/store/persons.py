"""One identity per person across a corpus.

Each article resolves its own mentions ("Uschakow" after "Juri Uschakow"), but across articles
"Biden", "Joe Biden" and "US-Präsident Joe Biden" are three speaker names, and a German article's
"Uschakow" is an English one's "Ushakov". The store keeps one ``persons`` row per speaker name
with the person it counts under, decided when the name first arrives:

* titles and functions before a name are not part of it ("Foreign Secretary David Lammy",
  "US-Präsident Joe Biden": the name is what follows the last title, ``lang/<code>/persons.json``);
* a bare pronoun ("er", "she") is nobody the corpus can count;
* a known alias (``lang/aliases.tsv``, or a user's file kept in the store's ``aliases``) is its
  person ("Kremlin" → "Kreml");
* full names that differ only by transliteration ("Juri Uschakow", "Yuri Ushakov"), a middle
  initial or a short given name ("Joseph R. Biden", "Joe Biden") are one person;
* a surname alone ("Biden") joins the one full name with that surname in the corpus ("Joe Biden"),
  also when the full name arrives later; with two full names of that surname it stays alone.

Searches fold case, accents, ä/ae and ß/ss (``search_forms``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

from wortlaut.nlp.titles import bare_name, naming_facts

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# German and English spell the same (mostly Slavic) names differently: "Uschakow" / "Ushakov",
# "Selenskyj" / "Zelenskyy", "Sacharowa" / "Zakharova". Both sides map to one key.
TRANSLITERATION = (("tsch", "ch"), ("sch", "sh"), ("kh", "ch"), ("w", "v"), ("j", "y"), ("z", "s"),
                   ("ei ", "ey "), ("ii", "i"))
DOUBLED = re.compile(r"(.)\1+")
ALIASES = "aliases.tsv"
GIVEN_NAMES = "given_names.tsv"


def fold(name: str, umlauts_as_e: bool = True) -> str:
    """Lower case, no accents, single spaces; ä → ae and ß → ss (or ä → a when not
    ``umlauts_as_e``, so that "Muller" finds "Müller" too)."""
    text = unicodedata.normalize("NFKC", name).lower()
    if umlauts_as_e:
        text = text.translate(UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("ß", "ss").split())


def search_forms(*names: str) -> str:
    """What a name search looks in: each name folded both ways."""
    return " | ".join(dict.fromkeys(f for name in names for f in (fold(name), fold(name, False))))


def name_key(name: str) -> str:
    """The key under which spellings of one name meet (``TRANSLITERATION``)."""
    key = fold(name) + " "
    for written, spoken in TRANSLITERATION:
        key = key.replace(written, spoken)
    return DOUBLED.sub(r"\1", key).strip()


def full_name_key(name: str) -> str:
    """The key of a full name, its middle initials dropped and a short given name made full
    ("Joseph R. Biden" and "Joe Biden" meet; ``lang/given_names.tsv``)."""
    words = [w for w in name.split() if not (len(w) <= 2 and w.endswith("."))]
    if len(words) > 1:
        words[0] = given_names().get(fold(words[0]), words[0])
    return name_key(" ".join(words))


@cache
def given_names() -> dict[str, str]:
    text = resources.files("wortlaut.lang").joinpath(GIVEN_NAMES).read_text(encoding="utf-8")
    return dict(_pairs(text, "short", "a given name line needs a short and a full form separated by a tab"))


def _pairs(text: str, header: str, problem: str) -> list[tuple[str, str]]:
    """The two tab-separated columns of a name table, without comments, blank lines and the
    header line (whose first column is ``header``); ValueError saying ``problem`` for a line
    without its second column."""
    pairs = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith(header + "\t"):
            continue
        first, _, second = line.partition("\t")
        if not second.strip():
            raise ValueError(f"{problem}: {line!r}")
        pairs.append((first.strip(), second.strip()))
    return pairs


@cache
def builtin_aliases() -> dict[str, str]:
    return read_aliases(resources.files("wortlaut.lang").joinpath(ALIASES).read_text(encoding="utf-8"))


def read_aliases(text: str) -> dict[str, str]:
    """Folded variant (and the person's own name) → person, from ``person<TAB>variant`` lines."""
    aliases: dict[str, str] = {}
    for person, variant in _pairs(text, "person", "an alias line needs a person and a variant separated by a tab"):
        aliases[fold(variant)] = aliases[fold(person)] = person
    return aliases


def load_alias_file(path: str | Path) -> dict[str, str]:
    return read_aliases(Path(path).read_text(encoding="utf-8"))


def store_aliases(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The built-in aliases and those added to this store, which win."""
    return {**builtin_aliases(), **dict(con.execute("SELECT variant, person FROM aliases").fetchall())}


def add_aliases(con: duckdb.DuckDBPyConnection, aliases: dict[str, str]) -> None:
    """Keep a user's aliases in the store, so that what is ingested later counts by them too."""
    con.executemany("INSERT OR REPLACE INTO aliases (variant, person) VALUES (?, ?)", list(aliases.items()))


def add_speakers(con: duckdb.DuckDBPyConnection, names: list[tuple[str, str]]) -> None:
    """Give each new (speaker name, language) its person; joins surname-only names to a full
    name that arrives now."""
    aliases = store_aliases(con)
    for name, lang in names:
        if con.execute("SELECT 1 FROM persons WHERE name = ?", [name]).fetchone() is None:
            _add_name(con, name, lang, aliases)


def rebuild_persons(con: duckdb.DuckDBPyConnection) -> int:
    """Decide every speaker name's person again (after aliases were added); the number of names."""
    names = con.execute("""
        SELECT a.speaker, min(d.lang) FROM attributions a JOIN documents d ON d.id = a.doc_id
        WHERE a.speaker IS NOT NULL GROUP BY a.speaker ORDER BY count(*) DESC, a.speaker""").fetchall()
    con.execute("DELETE FROM persons")
    add_speakers(con, names)
    return len(names)


def _add_name(con: duckdb.DuckDBPyConnection, name: str, lang: str, aliases: dict[str, str]) -> None:
    facts = naming_facts(lang)
    if fold(name) in facts.pronouns:
        _insert(con, name, lang, None, name, _key(name))
        return
    bare = bare_name(name, facts)
    words = bare.split()
    key = _key(bare)
    person = aliases.get(fold(bare)) or aliases.get(fold(name))
    if person is None and len(words) > 1:
        found = con.execute("SELECT person FROM persons WHERE key = ? AND words > 1 AND person IS NOT NULL LIMIT 1",
                            [key]).fetchone()
        person = found[0] if found else bare
    elif person is None:
        full = con.execute("SELECT DISTINCT person FROM persons WHERE surname = ? AND words > 1 AND person IS NOT NULL",
                           [key]).fetchall()
        alone = con.execute("SELECT person FROM persons WHERE key = ? AND person IS NOT NULL LIMIT 1", [key]).fetchone()
        person = full[0][0] if len(full) == 1 else alone[0] if alone else bare
    _insert(con, name, lang, person, bare, key)
    if len(words) > 1:
        _join_surnames(con, name_key(words[-1]))


def _join_surnames(con: duckdb.DuckDBPyConnection, surname: str) -> None:
    """Surname-only names that stand alone join the full name of that surname, if it is the one."""
    full = con.execute("SELECT DISTINCT person FROM persons WHERE surname = ? AND words > 1 AND person IS NOT NULL",
                       [surname]).fetchall()
    if len(full) == 1:
        con.execute("UPDATE persons SET person = ?, search = ? || ' | ' || search "
                    "WHERE words = 1 AND key = ? AND person IS NOT NULL AND person <> ?",
                    [full[0][0], search_forms(full[0][0]), surname, full[0][0]])


def _key(bare: str) -> str:
    """A full name's key, or a single name's."""
    return full_name_key(bare) if len(bare.split()) > 1 else name_key(bare)


def _insert(con: duckdb.DuckDBPyConnection, name: str, lang: str, person: str | None, bare: str, key: str) -> None:
    words = bare.split()
    con.execute("INSERT INTO persons (name, lang, person, words, key, surname, search) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [name, lang, person, len(words), key, name_key(words[-1]) if words else "",
                 search_forms(name, *([person] if person else []))])
