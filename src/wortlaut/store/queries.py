"""The questions analysts ask a corpus, as SQL over the store; the CLI and the web app share them.

Names and terms match case-insensitively as substrings ("Putin" finds "Wladimir Putin"), the
way a reader searches. ``limit=None`` returns every row; ``offset`` skips that many first, so that
a reader can page through a long list.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from wortlaut.events.mentions import MUTUAL
from wortlaut.store.persons import fold


@dataclass(frozen=True)
class Rows:
    """A query's answer: column names and rows, in order."""

    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Rows:
    cursor = con.execute(sql, params or [])
    if cursor.description is None:
        return Rows([], [])
    return Rows([d[0] for d in cursor.description], cursor.fetchall())


class QueryError(ValueError):
    """A user's SQL that wortlaut will not run; the message says why."""


# What a user's query may be: reading (SELECT covers DESCRIBE, SHOW, SUMMARIZE) or explaining one.
READING_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})
# Settings that confine a connection to the databases it has open: no files, no network, no
# extensions; then the configuration is locked so that a query cannot undo them.
CONFINEMENT = ("SET enable_external_access = false", "SET autoinstall_known_extensions = false",
               "SET autoload_known_extensions = false", "SET allow_community_extensions = false",
               "SET lock_configuration = true")


def confine(con: duckdb.DuckDBPyConnection) -> None:
    """Confine ``con`` (once: a locked configuration refuses even the same settings again)."""
    if not con.execute("SELECT current_setting('lock_configuration')").fetchone()[0]:
        for setting in CONFINEMENT:
            con.execute(setting)


def run_reading(con: duckdb.DuckDBPyConnection, sql: str, limit: int | None = None) -> Rows:
    """A user's SQL on a read-only store: one reading statement, which may read the store and
    nothing else on the machine (``copy … to``, ``read_text('/proc/…')``, ``glob``, ``attach``,
    ``install`` are refused). ``limit`` caps the rows fetched. The connection stays confined."""
    statements = con.extract_statements(sql)
    if not statements:
        raise QueryError("empty query: give one SQL statement, e.g. 'select count(*) from documents'")
    if len(statements) > 1:
        raise QueryError(f"{len(statements)} statements: give one at a time")
    kind = statements[0].type
    if kind not in READING_STATEMENTS:
        raise QueryError(f"only queries that read the store may run, not {kind.name}")
    confine(con)
    cursor = con.execute(sql)
    if cursor.description is None:
        return Rows([], [])
    rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    return Rows([d[0] for d in cursor.description], rows)


STATEMENT_COLUMNS = ["speaker", "as_named", "outlet", "syndicated", "published", "title", "doc_id", "attribution_id",
                     "type", "stance", "cue", "addressee", "confidence", "content", "content_start", "content_end",
                     "url"]
STATEMENT_HITS = """
SELECT coalesce(p.person, a.speaker), a.speaker, a.doc_id, a.attribution_id, a.type, a.stance, a.cue_text,
       coalesce(a.addressee_canonical, a.addressee_text), a.confidence, a.content_text, a.content_start, a.content_end
FROM attributions a LEFT JOIN persons p ON p.name = a.speaker
WHERE {where} AND {filters}
ORDER BY a.published DESC NULLS LAST, a.doc_id, a.content_start, a.attribution_id
LIMIT ? OFFSET ?
"""
# With a minimum, an attribution must be scored at least that; unscored ones (stored by an
# earlier version) are left out, since nothing vouches for them.
CONFIDENT = "(CAST(? AS DOUBLE) IS NULL OR a.confidence >= ?)"
# Publication days within a range (the day of an ISO date or timestamp); undated rows are left out.
DATED = ("(CAST(? AS VARCHAR) IS NULL OR substr({column}, 1, 10) >= ?) "
         "AND (CAST(? AS VARCHAR) IS NULL OR substr({column}, 1, 10) <= ?)")
# Each outlet that published a text, once: a syndicated text counts for every one of them.
OUTLET_PUBLICATIONS = """(SELECT doc_id, outlet, min(published) AS published, count(*) OVER (PARTITION BY doc_id) > 1
                           AS syndicated FROM publications GROUP BY doc_id, outlet)"""


@dataclass(frozen=True)
class Filters:
    """What every statement query can be narrowed by: the confidence of the attribution and the
    publication day (ISO ``YYYY-MM-DD``, both ends included)."""

    min_confidence: float | None = None
    since: str | None = None
    until: str | None = None

    def sql(self, published: str) -> tuple[str, list[Any]]:
        return (f"{CONFIDENT} AND {DATED.format(column=published)}",
                [self.min_confidence, self.min_confidence, self.since, self.since, self.until, self.until])


def _statements(con: duckdb.DuckDBPyConnection, where: str, values: list[Any], limit: int | None,
                filters: Filters, offset: int = 0) -> Rows:
    """Matching statements, newest article first, with their article's metadata and every outlet
    that published it.

    The matches are found in ``attributions`` alone, and only their articles are then looked up
    by id: joining first would read every document of a large store for each query."""
    condition, parameters = filters.sql("a.published")
    sql = STATEMENT_HITS.format(where=where, filters=condition)
    hits = con.execute(sql, [*values, *parameters, limit, offset]).fetchall()
    ids = sorted({hit[2] for hit in hits})
    documents = {row[0]: row[1:] for row in con.execute(f"""
        SELECT d.id, string_agg(DISTINCT p.outlet, ', ' ORDER BY p.outlet), count(DISTINCT p.outlet) > 1,
               d.published, d.title, d.url
        FROM documents d LEFT JOIN publications p ON p.doc_id = d.id
        WHERE d.id IN ({', '.join('?' * len(ids))}) GROUP BY ALL""", ids).fetchall()} if ids else {}
    rows = []
    for speaker, named, doc_id, att_id, type_, stance, cue, addressee, confidence, content, start, end in hits:
        outlets, syndicated, published, title, url = documents[doc_id]
        rows.append((speaker, named, outlets, syndicated, published, title, doc_id, att_id, type_, stance, cue,
                     addressee, confidence, content, start, end, url))
    return Rows(STATEMENT_COLUMNS, rows)


COUNTS = """
count(*) AS statements, count(DISTINCT a.doc_id) AS articles,
count(*) FILTER (WHERE a.type = 'direct') AS direct,
count(*) FILTER (WHERE a.type = 'indirect') AS indirect,
count(*) FILTER (WHERE a.type = 'mixed') AS mixed,
count(*) FILTER (WHERE a.stance = 'neutral') AS neutral,
count(*) FILTER (WHERE a.stance = 'distancing') AS distancing,
count(*) FILTER (WHERE a.stance = 'endorsing') AS endorsing,
count(*) FILTER (WHERE o.syndicated) AS syndicated
"""


def said_by(con: duckdb.DuckDBPyConnection, name: str, limit: int | None = 100, min_confidence: float | None = None,
            since: str | None = None, until: str | None = None, exact: bool = False, offset: int = 0) -> Rows:
    """Everything a person is reported to have said, under any of their names, newest article
    first, with its evidence. ``name`` matches a part of the person's name or of a name they
    were given, folding case, accents, ä/ae and ß/ss; ``exact``: the whole name."""
    forms = [fold(name), fold(name, umlauts_as_e=False)]
    match = ("list_has_any(string_split(p.search, ' | '), [?, ?])" if exact
             else "(contains(p.search, ?) OR contains(p.search, ?))")
    where = (f"a.speaker IN (SELECT p.name FROM persons p WHERE {match} AND p.person IS NOT NULL)")
    return _statements(con, where, forms, limit, Filters(min_confidence, since, until), offset)


def about(con: duckdb.DuckDBPyConnection, term: str, limit: int | None = 100, min_confidence: float | None = None,
          since: str | None = None, until: str | None = None, offset: int = 0) -> Rows:
    """Statements whose content mentions ``term``."""
    return _statements(con, "contains(lower(a.content_text), lower(?))", [term], limit,
                       Filters(min_confidence, since, until), offset)


def speakers(con: duckdb.DuckDBPyConnection, outlet: str | None = None, limit: int | None = 100,
             min_confidence: float | None = None, since: str | None = None, until: str | None = None,
             offset: int = 0) -> Rows:
    """Who is quoted most, per outlet: one row per person (pronouns are nobody), with the names
    they were given; a syndicated text counts for each outlet that published it, and its
    statements are counted in ``syndicated`` too, since they are not the outlet's own voices."""
    condition, parameters = Filters(min_confidence, since, until).sql("o.published")
    return run(con, f"""
        SELECT p.person AS speaker, o.outlet, {COUNTS},
               string_agg(DISTINCT a.speaker, '; ' ORDER BY a.speaker) AS names
        FROM attributions a JOIN persons p ON p.name = a.speaker JOIN {OUTLET_PUBLICATIONS} o ON o.doc_id = a.doc_id
        WHERE p.person IS NOT NULL AND (CAST(? AS VARCHAR) IS NULL OR o.outlet = ?) AND {condition}
        GROUP BY p.person, o.outlet
        ORDER BY statements DESC, articles DESC, p.person, o.outlet
        LIMIT ? OFFSET ?""", [outlet, outlet, *parameters, limit, offset])


def balance(con: duckdb.DuckDBPyConnection, outlet: str | None = None, min_confidence: float | None = None,
            since: str | None = None, until: str | None = None) -> Rows:
    """Per outlet: who gets quoted, how often (and their share of the outlet's statements), in
    which form and with which stance of the outlet's cue."""
    condition, parameters = Filters(min_confidence, since, until).sql("o.published")
    return run(con, f"""
        SELECT o.outlet, p.person AS speaker, {COUNTS},
               round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY o.outlet), 1) AS share
        FROM attributions a JOIN persons p ON p.name = a.speaker JOIN {OUTLET_PUBLICATIONS} o ON o.doc_id = a.doc_id
        WHERE p.person IS NOT NULL AND (CAST(? AS VARCHAR) IS NULL OR o.outlet = ?) AND {condition}
        GROUP BY o.outlet, p.person
        ORDER BY o.outlet NULLS LAST, statements DESC, p.person""", [outlet, outlet, *parameters])


def balance_by_side(con: duckdb.DuckDBPyConnection, outlet: str | None = None,
                    min_confidence: float | None = None, since: str | None = None, until: str | None = None) -> Rows:
    """Per outlet: how much room each side (the country of the sources, where the articles name
    it) gets, with the readouts' balance tallies: stance, quoted words, hedges, denials."""
    if min_confidence is not None:
        raise QueryError("the balance by side sums each article's stored tallies, which are not split by "
                         "confidence: use the balance by speaker with a minimum confidence")
    return run(con, f"""
        SELECT o.outlet, b.name AS side, sum(b.attributions) AS statements, count(DISTINCT b.doc_id) AS articles,
               sum(b.direct) AS direct, sum(b.indirect) AS indirect, sum(b.mixed) AS mixed,
               sum(b.neutral) AS neutral, sum(b.distancing) AS distancing, sum(b.endorsing) AS endorsing,
               sum(b.quoted_words) AS quoted_words, sum(b.hedges) AS hedges, sum(b.scare_quotes) AS scare_quotes,
               sum(b.denials) AS denials, sum(b.denied) AS denied,
               sum(b.attributions) FILTER (WHERE o.syndicated) AS syndicated,
               round(100.0 * sum(b.attributions) / sum(sum(b.attributions)) OVER (PARTITION BY o.outlet), 1) AS share
        FROM balance b JOIN {OUTLET_PUBLICATIONS} o ON o.doc_id = b.doc_id
        WHERE b.scope = 'side' AND (CAST(? AS VARCHAR) IS NULL OR o.outlet = ?) AND {DATED.format(column="o.published")}
        GROUP BY o.outlet, b.name
        ORDER BY o.outlet NULLS LAST, statements DESC, side""", [outlet, outlet, since, since, until, until])


BALANCES = {"speaker": balance, "side": balance_by_side}


def articles(con: duckdb.DuckDBPyConnection, search: str | None = None, limit: int | None = 100,
             since: str | None = None, until: str | None = None, outlet: str | None = None, lang: str | None = None,
             offset: int = 0) -> Rows:
    """The stored articles (each text once, with every outlet that published it), newest first;
    ``search`` matches title or text; ``outlet`` keeps the texts that outlet published (alone or
    syndicated), ``lang`` those in that language."""
    return run(con, f"""
        SELECT d.id, d.title, d.outlet, d.published, d.lang, d.url,
               (SELECT count(*) FROM attributions a WHERE a.doc_id = d.id) AS attributions,
               (SELECT string_agg(DISTINCT p.outlet, ', ' ORDER BY p.outlet) FROM publications p
                WHERE p.doc_id = d.id) AS outlets,
               (SELECT count(*) FROM publications p WHERE p.doc_id = d.id) AS publications
        FROM documents d
        WHERE (CAST(? AS VARCHAR) IS NULL
               OR contains(lower(d.title), lower(?)) OR contains(lower(d.text), lower(?)))
          AND {DATED.format(column="d.published")}
          AND (CAST(? AS VARCHAR) IS NULL
               OR EXISTS (SELECT 1 FROM publications p WHERE p.doc_id = d.id AND p.outlet = ?))
          AND (CAST(? AS VARCHAR) IS NULL OR d.lang = ?)
        ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, d.id
        LIMIT ? OFFSET ?""", [search, search, search, since, since, until, until, outlet, outlet, lang, lang, limit,
                              offset])


def outlets(con: duckdb.DuckDBPyConnection) -> list[str | None]:
    """Every outlet that published a stored text, also one whose texts were all syndicated."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT outlet FROM publications ORDER BY outlet NULLS LAST").fetchall()]


def languages(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The languages of the stored texts, for a reader to pick one."""
    return [r[0] for r in con.execute("SELECT DISTINCT lang FROM documents ORDER BY lang").fetchall()]


def failures(con: duckdb.DuckDBPyConnection, limit: int | None = None, offset: int = 0) -> Rows:
    """Inputs that failed and have not been ingested since, most recent first, with the stage
    they failed in (read, analyze or timeout) and the type of the error."""
    return run(con, "SELECT input, reason, attempts, first_failed_at, last_failed_at, stage, error FROM failures "
                    "ORDER BY last_failed_at DESC, input LIMIT ? OFFSET ?", [limit, offset])


def _names(role: str) -> str:
    return f"(contains(lower(coalesce({role}, '')), lower(?)) OR lower(coalesce({role}_country, '')) = lower(?))"


MUTUAL_TYPES = ", ".join(f"'{t}'" for t in sorted(MUTUAL))
EVENT_FILTERS = {  # the parties of a meeting or agreement stand in either order
    "actor": f"({_names('actor')} OR type IN ({MUTUAL_TYPES}) AND {_names('recipient')})",
    "recipient": f"({_names('recipient')} OR type IN ({MUTUAL_TYPES}) AND {_names('actor')})",
    "type": "upper(type) = upper(?)",
    "since": "last_date >= ?",
    "until": "first_date <= ?",
}


def events(con: duckdb.DuckDBPyConnection, actor: str | None = None, recipient: str | None = None,
           type: str | None = None, modality: str | None = None, since: str | None = None,
           until: str | None = None, outlet: str | None = None, limit: int | None = 100, offset: int = 0) -> Rows:
    """Events told across the corpus, one row per event however many articles tell it, newest
    first. ``actor``/``recipient`` match a name (as a substring) or a country code;
    ``modality`` and ``outlet`` keep events with at least one article telling it that way or
    in that outlet."""
    where, params = [], []
    for name, value in (("actor", actor), ("recipient", recipient), ("type", type), ("since", since),
                        ("until", until)):
        if value:
            where.append(EVENT_FILTERS[name])
            params += [value] * EVENT_FILTERS[name].count("?")
    if modality or outlet:
        where.append("event_key IN (SELECT event_key FROM event_mentions WHERE (CAST(? AS VARCHAR) IS NULL "
                     "OR modality = ?) AND (CAST(? AS VARCHAR) IS NULL OR outlet = ?))")
        params += [modality, modality, outlet, outlet]
    return run(con, f"""
        WITH chosen AS (
            SELECT * FROM events {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY last_date DESC NULLS LAST, articles DESC, event_key
            LIMIT ? OFFSET ?)
        SELECT c.first_date, c.last_date, c.type, c.cameo, c.actor, c.actor_country, c.recipient,
               c.recipient_country, c.articles, c.outlets, c.mentions, c.asserted, c.modalities, c.event_key,
               arg_max(m.doc_id, sample_order) AS sample_doc, arg_max(m.trigger_start, sample_order) AS sample_start,
               arg_max(m.trigger_end, sample_order) AS sample_end
        FROM chosen c JOIN (SELECT *, (coalesce(published, ''), doc_id, trigger_start) AS sample_order
                            FROM event_mentions) m ON m.event_key = c.event_key
        GROUP BY ALL
        ORDER BY c.last_date DESC NULLS LAST, c.articles DESC, c.event_key""", [*params, limit, offset])


def event_evidence(con: duckdb.DuckDBPyConnection, event_key: str, limit: int | None = 100, offset: int = 0) -> Rows:
    """The articles that tell one event, each with where it tells it."""
    return run(con, """
        SELECT d.published, d.outlet, d.title, m.doc_id, m.event_id, m.modality, m.trigger_text,
               m.trigger_start AS sample_start, m.trigger_end AS sample_end, m.actor_text, m.recipient_text,
               m.attribution_id, d.url, m.doc_id AS sample_doc
        FROM event_mentions m JOIN documents d ON d.id = m.doc_id
        WHERE m.event_key = ?
        ORDER BY d.published DESC NULLS LAST, m.doc_id, m.trigger_start
        LIMIT ? OFFSET ?""", [event_key, limit, offset])


def snippets(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], context: int = 120) -> list[dict[str, Any]]:
    """``rows`` with the words around each one's evidence (``sample_doc``, ``sample_start``,
    ``sample_end``) as ``before``, ``evidence`` and ``after``, cut from the stored text."""
    ids = sorted({r["sample_doc"] for r in rows if r.get("sample_doc")})
    texts = dict(con.execute(f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' * len(ids))})",
                             ids).fetchall()) if ids else {}
    result = []
    for row in rows:
        text = texts.get(row.get("sample_doc"), "")
        start, end = row.get("sample_start") or 0, row.get("sample_end") or 0
        begin = max(text.rfind("\n", 0, start) + 1, start - context)
        stop = text.find("\n", end)
        stop = min(stop if stop >= 0 else len(text), end + context)
        result.append({**row, "before": text[begin:start], "evidence": text[start:end], "after": text[end:stop]})
    return result


def persons(con: duckdb.DuckDBPyConnection, search: str | None = None, limit: int | None = 100) -> Rows:
    """The persons the corpus counts, most quoted first, each with the names it was given."""
    forms = [fold(search), fold(search, umlauts_as_e=False)] if search else [None, None]
    return run(con, """
        SELECT p.person, count(a.speaker) AS statements, count(DISTINCT a.doc_id) AS articles,
               string_agg(DISTINCT p.name, '; ' ORDER BY p.name) AS names
        FROM persons p LEFT JOIN attributions a ON a.speaker = p.name
        WHERE p.person IS NOT NULL
          AND (CAST(? AS VARCHAR) IS NULL OR contains(p.search, ?) OR contains(p.search, ?))
        GROUP BY p.person
        ORDER BY statements DESC, p.person
        LIMIT ?""", [forms[0], forms[0], forms[1], limit])
