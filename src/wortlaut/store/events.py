"""One event, many articles: the store joins what articles tell about the same event.

An article's event (a row of ``event_mentions``) joins a stored event (a row of ``events``) of
the same type and parties whose dates lie within ``WINDOW_DAYS`` of its own (the event's date,
else the article's publication day); otherwise it starts one. The counts of articles, outlets
and mentions are then recounted from ``event_mentions``, so the same call told by ten articles
is one event with ten articles, never ten rows.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import duckdb

from wortlaut.events.dates import article_day
from wortlaut.events.mentions import MUTUAL
from wortlaut.store.tables import EVENTS

WINDOW_DAYS = 3
INSERT_EVENT = f"INSERT INTO events ({', '.join(EVENTS.column_names)}) VALUES ({', '.join('?' for _ in EVENTS.columns)})"


def party_key(country: str | None, agent: str | None, name: str | None) -> str:
    """Who a party is for grouping: its country, else its sector, else its name."""
    return (country or agent or (name or "").lower()).strip()


def event_day(event_date: str | None, published: str | None) -> date | None:
    """The event's own date, else its article's."""
    return article_day(event_date) or article_day(published)


def group_document_events(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Give each event of document ``doc_id`` its cross-article ``event_key`` and recount the
    events it joined (inside the caller's transaction)."""
    rows = con.execute(
        "SELECT event_id, type, cameo, quad, actor_canonical, actor_country, actor_agent, recipient_canonical, "
        "recipient_country, recipient_agent, date, published FROM event_mentions WHERE doc_id = ?",
        [doc_id]).fetchall()
    touched = set()
    for (event_id, type_, cameo, quad, a_name, a_country, a_agent, r_name, r_country, r_agent,
         event_date, published) in rows:
        actor, recipient = party_key(a_country, a_agent, a_name), party_key(r_country, r_agent, r_name)
        if type_ in MUTUAL and recipient < actor:
            actor, recipient = recipient, actor
        day = event_day(event_date, published)
        key = _matching_event(con, type_, actor, recipient, day)
        if key is None:
            key = f"{doc_id}:{event_id}"
            first = day.isoformat() if day else None
            row = {"event_key": key, "type": type_, "cameo": cameo, "quad": quad, "actor_key": actor,
                   "recipient_key": recipient, "actor": a_name, "actor_country": a_country, "actor_agent": a_agent,
                   "recipient": r_name, "recipient_country": r_country, "recipient_agent": r_agent,
                   "first_date": first, "last_date": first, "articles": 0, "outlets": 0, "mentions": 0,
                   "asserted": 0, "modalities": "{}"}  # counted by _recount below
            con.execute(INSERT_EVENT, EVENTS.values(row))
        con.execute("UPDATE event_mentions SET event_key = ? WHERE doc_id = ? AND event_id = ?",
                    [key, doc_id, event_id])
        touched.add(key)
    for key in touched:
        _recount(con, key)


def _matching_event(con: duckdb.DuckDBPyConnection, type_: str, actor: str, recipient: str,
                    day: date | None) -> str | None:
    candidates = con.execute(
        "SELECT event_key, first_date, last_date FROM events WHERE type = ? AND actor_key = ? AND recipient_key = ? "
        "ORDER BY last_date DESC NULLS LAST", [type_, actor, recipient]).fetchall()
    for key, first, last in candidates:
        if day is None or first is None:
            if day is None and first is None:
                return key
            continue
        window = timedelta(days=WINDOW_DAYS)
        if date.fromisoformat(first) - window <= day <= date.fromisoformat(last) + window:
            return key
    return None


def _recount(con: duckdb.DuckDBPyConnection, key: str) -> None:
    rows = con.execute(
        "SELECT doc_id, outlet, mentions, modality, date, published FROM event_mentions WHERE event_key = ?",
        [key]).fetchall()
    days = sorted(d for d in (event_day(r[4], r[5]) for r in rows) if d is not None)
    modalities = Counter(r[3] for r in rows)
    con.execute(
        "UPDATE events SET articles = ?, outlets = ?, mentions = ?, asserted = ?, modalities = ?, "
        "first_date = ?, last_date = ? WHERE event_key = ?",
        [len({r[0] for r in rows}), len({r[1] for r in rows if r[1]}),
         sum(len(json.loads(r[2])) for r in rows), modalities.get("asserted", 0),
         json.dumps(dict(sorted(modalities.items()))), days[0].isoformat() if days else None,
         days[-1].isoformat() if days else None, key])


def group_all(con: duckdb.DuckDBPyConnection) -> int:
    """Group every article's events of a connection whose ``event_mentions`` have no
    ``event_key`` yet (a batch job's output read back), oldest article first; return how many
    events result."""
    doc_ids = [r[0] for r in con.execute(
        "SELECT doc_id FROM event_mentions WHERE event_key IS NULL GROUP BY doc_id "
        "ORDER BY min(published) NULLS LAST, doc_id").fetchall()]
    for doc_id in doc_ids:
        group_document_events(con, doc_id)
    return con.execute("SELECT count(*) FROM events").fetchone()[0]
