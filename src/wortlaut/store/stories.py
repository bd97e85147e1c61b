"""One story, many outlets: the store groups the articles that tell the same event.

When an article is stored it joins the story of the most similar stored article published
within ``WINDOW_DAYS`` of it, or starts a story of its own. Similar means one of:

* text: the estimated Jaccard similarity of their content-word shingles (``datasketch``
  MinHash) is at least ``TEXT_JOIN`` — a republished or lightly edited copy;
* quote: they share at least ``QUOTE_JOIN`` runs of ``QUOTE_WORDS`` words of direct quotation —
  the same words quoted by two outlets;
* event: they tell the same stored event between two countries (``events.event_key``: type,
  parties, dates) and name at least ``ENTITY_JOIN`` of the same persons (by surname) — another
  outlet's report of the call, in any language, since event parties are country codes and names
  meet across spellings. An event inside one country is no evidence: its parties are grouped by
  that country, so "a US politician criticised a US politician" joins every report of a US
  campaign week (the PolNeAR set of ``benchmarks/stories.py``);
* topic: they name at least ``TOPIC_PERSONS`` of the same persons and the estimated Jaccard
  similarity of their first ``TOPIC_WORDS`` content words, each word alone (a second MinHash), is
  at least ``TOPIC_JOIN`` — two outlets' own wordings of one event. ``TOPIC_JOIN`` = 0.15: the
  best pairwise F1 on the PolNeAR set's development period A (F1 0.39, P 0.38, R 0.40; lower ones
  chain a campaign week into one story), held-out period B only F1 0.09 (P 0.33, R 0.05; see
  ``benchmarks/data/stories_polnear_train.md``).

A match is ranked by its signal (text, then quote, event, topic) and then its score.

An article similar to articles of several stories shows that they tell one event (two reports
that shared nothing, and a third that quotes what one quoted and repeats what the other wrote):
the stories merge into the oldest, in the same transaction as the article, and the id of a merged
story still finds the story it went into.

The keys an article can be found by (its MinHash's LSH bands, quotation shingles, event keys
and person keys) are kept in ``story_keys``, so that finding candidates is one indexed lookup
however large the store is; a topic's candidates are those its person keys find. A text
published again by another outlet is one article with more publications (``publications``): it
counts as one article and as each outlet that published it.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import duckdb
import numpy as np
from datasketch import MinHash
from spacy.util import get_lang_class

from wortlaut.events.dates import article_day
from wortlaut.store.persons import name_key
from wortlaut.store.queries import Rows, run
from wortlaut.store.tables import STORIES, STORY_ARTICLES

WINDOW_DAYS = 3
NUM_PERM = 128
BANDS, BAND_ROWS = 32, 4  # 32 × 4 = NUM_PERM: pairs above a Jaccard of about 0.42 almost surely collide
SHINGLE_WORDS = 3
TEXT_JOIN = 0.3
QUOTE_WORDS, QUOTE_JOIN = 5, 2
ENTITY_JOIN = 2
TOPIC_WORDS = 400  # the first content words of an article: its title, lead and the body that reports the event
TOPIC_PERM = 256  # twice the shingles' permutations: a topic's threshold is low, where 128 would misjudge by ±0.03
TOPIC_MIN_WORDS = 30  # fewer, and the shared names alone make a topic: "Trump accuses Clinton of …" twice
TOPIC_PERSONS = 2
TOPIC_JOIN = 0.15
WORD = re.compile(r"\w+")
# Which signal wins when an article matches several stored ones: the closest kind first.
SIGNAL_RANK = {"text": 4, "quote": 3, "event": 2, "topic": 1}


@dataclass(frozen=True)
class ArticleKeys:
    """What an article can be found by: its day, MinHash signatures (shingles, topic words) and keys by kind."""

    doc_id: str
    day: date | None
    signature: tuple[int, ...]
    topic: tuple[int, ...]
    bands: frozenset[str]
    quotes: frozenset[str]
    events: frozenset[str]
    persons: frozenset[str]

    def rows(self) -> list[tuple[str, str, str, str | None]]:
        """Its ``story_keys`` rows; a key starts with its kind's letter, so kinds never meet."""
        day = self.day.isoformat() if self.day else None
        return [(self.doc_id, kind, f"{kind[0]}:{key}", day) for kind, keys in
                (("band", self.bands), ("quote", self.quotes), ("event", self.events), ("person", self.persons))
                for key in sorted(keys)]


@dataclass(frozen=True)
class Match:
    """Why an article joins a story: the stored article it resembles, by which signal, how much."""

    story_id: str
    doc_id: str
    signal: str
    score: float

    @property
    def rank(self) -> tuple[int, float]:
        return SIGNAL_RANK[self.signal], self.score


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of a language (none for a language spaCy does not know)."""
    try:
        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except ImportError:
        return frozenset()


def content_words(text: str, lang: str) -> list[str]:
    """The words that carry what a text is about: lower-cased, no stop words, no numbers."""
    stops = stop_words(lang)
    return [w for w in (m.group().lower() for m in WORD.finditer(text)) if w not in stops and not w.isdigit()]


def shingles(words: list[str], size: int) -> set[str]:
    """Every run of ``size`` words (the whole list when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(words: list[str]) -> MinHash:
    return _sketch(shingles(words, SHINGLE_WORDS), NUM_PERM)


def topic_signature(words: list[str]) -> tuple[int, ...]:
    """The MinHash values of the article's first ``TOPIC_WORDS`` content words, each word alone
    (what it is about, however another outlet words it), or none for a text too short to have a
    topic of its own."""
    topic = set(words[:TOPIC_WORDS])
    if len(topic) < TOPIC_MIN_WORDS:
        return ()
    return tuple(int(v) for v in _sketch(topic, TOPIC_PERM).hashvalues)


def _sketch(items: set[str], num_perm: int) -> MinHash:
    sketch = MinHash(num_perm=num_perm, seed=1)
    sketch.update_batch([item.encode("utf-8") for item in items])
    return sketch


def band_keys(signature: np.ndarray) -> frozenset[str]:
    """The LSH bands of a signature: two texts that share one are candidates for comparison."""
    return frozenset(f"{b}:{_digest(signature[b * BAND_ROWS:(b + 1) * BAND_ROWS].tobytes())}" for b in range(BANDS))


def quote_keys(quotations: list[str]) -> frozenset[str]:
    """Runs of ``QUOTE_WORDS`` words of an article's direct quotations."""
    runs = set()
    for quotation in quotations:
        words = [w.lower() for w in WORD.findall(quotation)]
        if len(words) >= QUOTE_WORDS:
            runs |= shingles(words, QUOTE_WORDS)
    return frozenset(_digest(run.encode("utf-8")) for run in runs)


def person_keys(names: list[str]) -> frozenset[str]:
    """The surnames of the persons an article names, as keys on which spellings meet
    ("Wladimir Putin"/"Vladimir Putin", "Joe Biden"/"Joseph R. Biden")."""
    return frozenset(name_key(name.split()[-1]) for name in names if name.strip())


def article_keys(con: duckdb.DuckDBPyConnection, doc_id: str) -> ArticleKeys:
    """The keys of a stored article, from its rows (its events grouped already: ``store.events``)."""
    text, lang, published = con.execute("SELECT text, lang, published FROM documents WHERE id = ?", [doc_id]).fetchone()
    words = content_words(text, lang)
    signature = minhash(words).hashvalues
    quotations = _column(con, "SELECT content_text FROM attributions WHERE doc_id = ? AND type IN ('direct', 'mixed')",
                         doc_id)
    names = _column(con, "SELECT canonical FROM entities WHERE doc_id = ? AND label IN ('PER', 'PERSON') "
                         "AND canonical IS NOT NULL", doc_id)
    events = _column(con, "SELECT DISTINCT m.event_key FROM event_mentions m JOIN events e ON e.event_key = m.event_key "
                          "WHERE m.doc_id = ? AND e.actor_country <> e.recipient_country", doc_id)
    return ArticleKeys(doc_id, article_day(published), tuple(int(v) for v in signature), topic_signature(words),
                       band_keys(signature), quote_keys(quotations), frozenset(events), person_keys(names))


def _column(con: duckdb.DuckDBPyConnection, sql: str, doc_id: str) -> list[str]:
    return [r[0] for r in con.execute(sql, [doc_id]).fetchall()]


def group_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Match | None:
    """Put a just-stored article into its story (inside the caller's transaction), merging the
    stories it matches; the strongest match, or None when it starts a story."""
    keys = article_keys(con, doc_id)
    matches = story_matches(con, keys)
    match = matches[0] if matches else None
    story_id = merge_stories(con, [m.story_id for m in matches]) if matches else keys.doc_id
    day = keys.day.isoformat() if keys.day else None
    row = {"story_id": story_id, "doc_id": keys.doc_id, "day": day, "signal": match.signal if match else "first",
           "score": match.score if match else None, "joined_with": match.doc_id if match else None,
           "signature": json.dumps(keys.signature), "topic": _topic_json(keys.topic)}
    con.execute(_insert(STORY_ARTICLES.name, STORY_ARTICLES.column_names), STORY_ARTICLES.values(row))
    con.executemany("INSERT INTO story_keys (doc_id, kind, key, day) VALUES (?, ?, ?, ?)", keys.rows())
    if match is None:
        con.execute(_insert(STORIES.name, ("story_id", "articles", "outlets")), [story_id, 0, 0])
    recount_story(con, story_id)
    return match


def story_matches(con: duckdb.DuckDBPyConnection, keys: ArticleKeys) -> list[Match]:
    """The strongest match in each story that a stored article in the time window is strong enough
    to join by, strongest first (one story, or several that the article shows are one)."""
    shared = _shared_keys(con, keys)
    similar = _similarities(con, keys, {doc_id: counts for (doc_id, _), counts in shared.items()})
    strongest: dict[str, Match] = {}
    for (doc_id, story_id), counts in shared.items():
        signal = _signal(*similar.get(doc_id, (0.0, 0.0)), counts)
        if signal is None:
            continue
        match = Match(story_id, doc_id, *signal)
        if story_id not in strongest or match.rank > strongest[story_id].rank:
            strongest[story_id] = match
    return sorted(strongest.values(), key=lambda m: m.rank, reverse=True)


def merge_stories(con: duckdb.DuckDBPyConnection, story_ids: list[str]) -> str:
    """Move the articles of all these stories into the oldest (the earliest first date, then the
    lowest id, so that the same stories always merge into the same one) and drop the others; the
    id kept. The kept story is recounted by the caller, once the new article is in it."""
    ordered = [r[0] for r in con.execute(
        "SELECT story_id FROM stories WHERE story_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY first_date NULLS LAST, story_id", [story_ids]).fetchall()]
    oldest, merged = ordered[0], ordered[1:]
    if merged:
        con.execute("UPDATE story_articles SET story_id = ? WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
                    [oldest, merged])
        con.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [merged])
    return oldest


def _shared_keys(con: duckdb.DuckDBPyConnection, keys: ArticleKeys) -> dict[tuple[str, str], dict[str, int]]:
    """For each stored article in the window that shares a key: how many keys of each kind."""
    wanted = [key for _, _, key, _ in keys.rows()]
    if not wanted:
        return {}
    low, high = _window(keys.day)
    rows = con.execute(
        "SELECT k.doc_id, a.story_id, k.kind, count(*) FROM story_keys k JOIN story_articles a ON a.doc_id = k.doc_id "
        "WHERE k.key IN (SELECT unnest(?::VARCHAR[])) AND (k.day IS NULL OR ?::VARCHAR IS NULL OR k.day BETWEEN ? AND ?) "
        "GROUP BY ALL", [wanted, low, low, high]).fetchall()
    shared: dict[tuple[str, str], dict[str, int]] = {}
    for doc_id, story_id, kind, count in rows:
        shared.setdefault((doc_id, story_id), {})[kind] = count
    return shared


def _window(day: date | None) -> tuple[str | None, str | None]:
    if day is None:
        return None, None
    span = timedelta(days=WINDOW_DAYS)
    return (day - span).isoformat(), (day + span).isoformat()


def _topic_candidate(counts: dict[str, int]) -> bool:
    """Whether a stored article names enough of the same persons for its topic to be compared."""
    return counts.get("person", 0) >= TOPIC_PERSONS


def _signal(similarity: float, topic: float, counts: dict[str, int]) -> tuple[str, float] | None:
    """The strongest reason to join a stored article: its text and topic similarity and the keys
    both share."""
    if similarity >= TEXT_JOIN:
        return "text", similarity
    if counts.get("quote", 0) >= QUOTE_JOIN:
        return "quote", float(counts["quote"])
    if counts.get("event") and counts.get("person", 0) >= ENTITY_JOIN:
        return "event", float(counts["event"] + counts["person"])
    if topic >= TOPIC_JOIN:
        return "topic", topic
    return None


def _similarities(con: duckdb.DuckDBPyConnection, keys: ArticleKeys,
                  shared: dict[str, dict[str, int]]) -> dict[str, tuple[float, float]]:
    """The Jaccard similarity of the article's shingles (with the stored articles that share a
    band) and of its topic words (with those that name enough of its persons), as their MinHash
    signatures estimate it; 0 where it is not compared."""
    wanted = {doc_id: counts for doc_id, counts in shared.items() if "band" in counts or _topic_candidate(counts)}
    if not wanted:
        return {}
    rows = con.execute("SELECT doc_id, signature, topic FROM story_articles "
                       "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [list(wanted)]).fetchall()
    return {doc_id: (_jaccard(keys.signature, signature) if "band" in wanted[doc_id] else 0.0,
                     _jaccard(keys.topic, topic) if keys.topic and topic and _topic_candidate(wanted[doc_id]) else 0.0)
            for doc_id, signature, topic in rows}


def _jaccard(signature: tuple[int, ...], stored: str) -> float:
    return float(np.mean(np.array(signature) == np.array(json.loads(stored))))


def fill_topics(con: duckdb.DuckDBPyConnection) -> None:
    """Give every grouped article that has none its topic signature (a store grouped before topics)."""
    rows = con.execute("SELECT a.doc_id, d.text, d.lang FROM story_articles a JOIN documents d ON d.id = a.doc_id "
                       "WHERE a.topic IS NULL").fetchall()
    if rows:
        con.executemany("UPDATE story_articles SET topic = ? WHERE doc_id = ?",
                        [(_topic_json(topic_signature(content_words(text, lang))), doc_id)
                         for doc_id, text, lang in rows])


def _topic_json(topic: tuple[int, ...]) -> str | None:
    """A topic signature as stored: null for a text without one."""
    return json.dumps(topic) if topic else None


def recount_story(con: duckdb.DuckDBPyConnection, story_id: str) -> None:
    """A story's title, date range and counts of articles and outlets, from its articles'
    publications (so that a text published again by another outlet counts that outlet)."""
    con.execute("""
        UPDATE stories SET title = s.title, first_date = s.first_date, last_date = s.last_date,
            articles = s.articles, outlets = s.outlets
        FROM (SELECT min(left(p.published, 10)) AS first_date, max(left(p.published, 10)) AS last_date,
                     count(DISTINCT a.doc_id) AS articles, count(DISTINCT p.outlet) AS outlets,
                     arg_min(coalesce(p.title, d.title, split_part(trim(d.text), chr(10), 1)),
                             coalesce(p.published, '9999')) AS title
              FROM story_articles a JOIN documents d ON d.id = a.doc_id JOIN publications p ON p.doc_id = a.doc_id
              WHERE a.story_id = ?) s
        WHERE stories.story_id = ?""", [story_id, story_id])


def recount_story_of(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Recount the story of a stored text that gained a publication."""
    row = con.execute("SELECT story_id FROM story_articles WHERE doc_id = ?", [doc_id]).fetchone()
    if row:
        recount_story(con, row[0])


def group_stored(con: duckdb.DuckDBPyConnection) -> int:
    """Group every stored article that is in no story yet, oldest first (a store from before
    stories); the number of stories."""
    doc_ids = [r[0] for r in con.execute(
        "SELECT d.id FROM documents d WHERE d.id NOT IN (SELECT doc_id FROM story_articles) "
        "ORDER BY d.published NULLS LAST, d.id").fetchall()]
    for doc_id in doc_ids:
        group_document(con, doc_id)
    return con.execute("SELECT count(*) FROM stories").fetchone()[0]


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def list_stories(con: duckdb.DuckDBPyConnection, since: str | None = None, until: str | None = None,
                 outlet: str | None = None, limit: int | None = 100) -> Rows:
    """The stories, newest first: title, date range, counts, and the outlets that told each;
    ``since``/``until`` keep stories whose dates overlap the range, ``outlet`` those it told."""
    return run(con, """
        SELECT s.story_id, s.title, s.first_date, s.last_date, s.articles, s.outlets,
               (SELECT string_agg(DISTINCT p.outlet, ', ' ORDER BY p.outlet) FROM story_articles a
                JOIN publications p ON p.doc_id = a.doc_id WHERE a.story_id = s.story_id) AS outlet_names
        FROM stories s
        WHERE (?::VARCHAR IS NULL OR s.last_date >= ?) AND (?::VARCHAR IS NULL OR s.first_date <= ?)
          AND (?::VARCHAR IS NULL OR EXISTS (SELECT 1 FROM story_articles a JOIN publications p ON p.doc_id = a.doc_id
                                             WHERE a.story_id = s.story_id AND lower(p.outlet) = lower(?)))
        ORDER BY s.last_date DESC NULLS LAST, s.articles DESC, s.story_id
        LIMIT ?""", [since, since, until, until, outlet, outlet, limit])


def find_story(con: duckdb.DuckDBPyConnection, story: str) -> str | None:
    """The id of the story ``story`` names: its id or a prefix of it that only it has, or the id of
    a story merged into another (a story's id is its first article's, which the merged story holds)."""
    ids = [r[0] for r in con.execute("SELECT story_id FROM stories WHERE starts_with(story_id, ?) LIMIT 2",
                                     [story]).fetchall()]
    if ids:
        return ids[0] if len(ids) == 1 else None
    merged = con.execute("SELECT story_id FROM story_articles WHERE doc_id = ?", [story]).fetchone()
    return merged[0] if merged else None
