"""How each outlet tells one story: the comparison an analyst of media bias makes by hand.

For the articles of a story (``store.stories``), by outlet (every outlet that published a text:
a syndicated text counts for each, and is marked so that it is not read as independent voices):

* sources: who is quoted, how often, in how many quoted words, with which stance;
* claims: the story's events and claim/denial pairs, and how each outlet carries them —
  asserted (in its own voice), attributed (to a source), distanced (as a disputed claim or
  with a hedge) or denied;
* framing: the scare quotes, hedges and loaded words the outlet uses;
* omissions: the persons most outlets quote and this one does not.

Every cell carries its evidence: the document and the character offsets in its text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import duckdb

from wortlaut.store.queries import Rows

FRAMING_KINDS = ("scare_quote", "hedge", "loaded")
# How an article tells an event (its modality), as the outlet carries the claim that it happened
# (a conditional or future event is one a source announces or threatens: attributed).
CARRIED = {"asserted": "asserted", "reported": "attributed", "conditional": "attributed", "future": "attributed",
           "claimed": "distanced", "denied": "denied", "negated": "denied"}


@dataclass(frozen=True)
class Evidence:
    """Where in which stored text a cell's finding is."""

    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    outlet: str
    doc_id: str
    title: str | None
    published: str | None
    syndicated: bool  # the same text was published by another outlet too


@dataclass(frozen=True)
class SourceCell:
    """One outlet × one quoted person."""

    outlet: str
    source: str
    statements: int
    direct: int
    indirect: int
    mixed: int
    quoted_words: int
    neutral: int
    distancing: int
    endorsing: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ClaimCell:
    """One claim of the story (an event, or a claim an article reports denied) × one outlet."""

    claim: str
    kind: str  # event or denial
    outlet: str
    carried: str  # asserted, attributed, distanced or denied
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class FramingCell:
    outlet: str
    kind: str
    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Omission:
    """A person most outlets quote that ``outlet`` does not; evidence: where the others quote them."""

    outlet: str
    source: str
    quoted_by: int
    outlets: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Comparison:
    story_id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    articles: tuple[Article, ...]
    sources: tuple[SourceCell, ...]
    claims: tuple[ClaimCell, ...]
    framing: tuple[FramingCell, ...]
    omissions: tuple[Omission, ...]

    SECTIONS = ("articles", "sources", "claims", "framing", "omissions")

    def to_dict(self) -> dict:
        return asdict(self)

    def section(self, name: str) -> list[dict]:
        """One section's cells as flat dicts."""
        return [asdict(cell) for cell in getattr(self, name)]

    def cells(self) -> Rows:
        """Every cell as one row with its section, the evidence written as ``doc_id:start-end``
        places separated by spaces: what the CSV exports of the CLI and the web app hold."""
        cells = [{"section": name, **cell} for name in self.SECTIONS for cell in self.section(name)]
        columns = list(dict.fromkeys(key for cell in cells for key in cell))
        return Rows(columns, [tuple(_flat(cell.get(column, "")) for column in columns) for cell in cells])


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return " ".join(f"{e['doc_id']}:{e['start']}-{e['end']}" for e in value)
    return value


def compare(con: duckdb.DuckDBPyConnection, story_id: str) -> Comparison:
    """The comparison of a stored story's outlets (``story_id`` must exist)."""
    story_id, title, first, last = con.execute(
        "SELECT story_id, title, first_date, last_date FROM stories WHERE story_id = ?", [story_id]).fetchone()
    articles, sources = _articles(con, story_id), _sources(con, story_id)
    return Comparison(story_id, title, first, last, articles, sources, _claims(con, story_id),
                      _framing(con, story_id), _omissions(sources, sorted({a.outlet for a in articles})))


# The publications of a story's texts, each as the outlet that published it.
STORY_OUTLETS = """
    WITH outlets AS (SELECT DISTINCT a.doc_id, coalesce(p.outlet, '(no outlet)') AS outlet
                     FROM story_articles a JOIN publications p ON p.doc_id = a.doc_id WHERE a.story_id = ?)"""


def _articles(con: duckdb.DuckDBPyConnection, story_id: str) -> tuple[Article, ...]:
    rows = con.execute("""
        SELECT coalesce(p.outlet, '(no outlet)'), p.doc_id, coalesce(p.title, d.title), p.published,
               count(*) OVER (PARTITION BY p.doc_id) > 1
        FROM story_articles a JOIN publications p ON p.doc_id = a.doc_id JOIN documents d ON d.id = a.doc_id
        WHERE a.story_id = ? ORDER BY p.published NULLS LAST, 1""", [story_id]).fetchall()
    return tuple(Article(*row) for row in rows)


def _sources(con: duckdb.DuckDBPyConnection, story_id: str) -> tuple[SourceCell, ...]:
    rows = con.execute(STORY_OUTLETS + """
        SELECT o.outlet, coalesce(pe.person, t.speaker) AS source, count(*),
               count(*) FILTER (t.type = 'direct'), count(*) FILTER (t.type = 'indirect'),
               count(*) FILTER (t.type = 'mixed'),
               coalesce(sum(len(regexp_extract_all(t.content_text, '\\w+'))) FILTER (t.type <> 'indirect'), 0),
               count(*) FILTER (t.stance = 'neutral'), count(*) FILTER (t.stance = 'distancing'),
               count(*) FILTER (t.stance = 'endorsing'),
               list([t.doc_id, t.content_start::VARCHAR, t.content_end::VARCHAR] ORDER BY t.doc_id, t.content_start)
        FROM outlets o JOIN attributions t ON t.doc_id = o.doc_id LEFT JOIN persons pe ON pe.name = t.speaker
        WHERE t.speaker IS NOT NULL AND (pe.name IS NULL OR pe.person IS NOT NULL)
        GROUP BY ALL ORDER BY o.outlet, 3 DESC, 2""", [story_id]).fetchall()
    return tuple(SourceCell(*row[:-1], _evidence(row[-1])) for row in rows)


def _claims(con: duckdb.DuckDBPyConnection, story_id: str) -> tuple[ClaimCell, ...]:
    events = con.execute(STORY_OUTLETS + """
        SELECT concat_ws(' ', coalesce(e.actor, e.actor_key), e.type, coalesce(e.recipient, e.recipient_key)),
               o.outlet, m.modality,
               list([m.doc_id, m.trigger_start::VARCHAR, m.trigger_end::VARCHAR] ORDER BY m.doc_id, m.trigger_start)
        FROM outlets o JOIN event_mentions m ON m.doc_id = o.doc_id JOIN events e ON e.event_key = m.event_key
        WHERE e.event_key IN (SELECT m2.event_key FROM event_mentions m2 JOIN story_articles a ON a.doc_id = m2.doc_id
                              WHERE a.story_id = ? GROUP BY 1 HAVING count(DISTINCT m2.doc_id) > 1)
        GROUP BY ALL ORDER BY 1, 2, 3""", [story_id, story_id]).fetchall()
    denials = con.execute(STORY_OUTLETS + """
        SELECT c.claim_text, o.outlet, list([c.doc_id, c.claim_start::VARCHAR, c.claim_end::VARCHAR])
        FROM outlets o JOIN claims c ON c.doc_id = o.doc_id GROUP BY ALL ORDER BY 2, 1""", [story_id]).fetchall()
    return (tuple(ClaimCell(claim, "event", outlet, CARRIED.get(modality, "attributed"), _evidence(spans))
                  for claim, outlet, modality, spans in events)
            + tuple(ClaimCell(claim, "denial", outlet, "denied", _evidence(spans)) for claim, outlet, spans in denials))


def _framing(con: duckdb.DuckDBPyConnection, story_id: str) -> tuple[FramingCell, ...]:
    rows = con.execute(STORY_OUTLETS + """
        SELECT o.outlet, k.kind, k.text, list([k.doc_id, k.char_start::VARCHAR, k.char_end::VARCHAR]
                                             ORDER BY k.doc_id, k.char_start)
        FROM outlets o JOIN markers k ON k.doc_id = o.doc_id WHERE k.kind IN (SELECT unnest(?::VARCHAR[]))
        GROUP BY ALL ORDER BY 1, 2, 3""", [story_id, list(FRAMING_KINDS)]).fetchall()
    return tuple(FramingCell(outlet, kind, text, _evidence(spans)) for outlet, kind, text, spans in rows)


def _omissions(sources: tuple[SourceCell, ...], outlets: list[str]) -> tuple[Omission, ...]:
    """For each outlet, the persons quoted by more than half of the outlets (at least two) but not by it."""
    quoting: dict[str, list[SourceCell]] = {}
    for cell in sources:
        quoting.setdefault(cell.source, []).append(cell)
    common = {source: cells for source, cells in quoting.items() if len(cells) >= 2 and 2 * len(cells) > len(outlets)}
    return tuple(Omission(outlet, source, len(cells), len(outlets), tuple(e for c in cells for e in c.evidence))
                 for outlet in outlets for source, cells in sorted(common.items())
                 if outlet not in {c.outlet for c in cells})


def _evidence(spans: list[list[str]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(doc_id, int(start), int(end)) for doc_id, start, end in spans)
