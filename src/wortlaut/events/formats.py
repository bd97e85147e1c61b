"""Events in the formats event-data users already read: GDELT 2.0's event table and PLOVER's
JSON records.

GDELT rows keep GDELT's 61 columns in GDELT's order, filled where wortlaut knows the value and
empty elsewhere (no Goldstein scale, tone or geocoding), so that scripts written for GDELT read
them unchanged. Each row's ``SOURCEURL`` and the PLOVER record's ``evidence`` lead back to the
article and the characters that tell the event — what GDELT's own rows lack.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from wortlaut.events.dates import article_day
from wortlaut.model import Event, Party, Readout

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
QUAD_CLASSES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}


@dataclass(frozen=True)
class Counts:
    """How often an event was told: in how many places, by how many outlets and articles."""

    mentions: int
    sources: int
    articles: int


def gdelt_row(event: Event, readout: Readout, number: int, added: date | None = None,
              counts: Counts | None = None) -> list[str]:
    """One GDELT 2.0 event row (61 tab-separated fields) for an event of ``readout``; ``number``
    is its GLOBALEVENTID within the export, ``counts`` what a corpus knows of its tellings
    (default: this article alone)."""
    counts = counts or Counts(len(event.mentions) or 1, 1, 1)
    day = article_day(event.date or readout.doc.published)
    row: dict[str, Any] = {
        "GLOBALEVENTID": number,
        "IsRootEvent": int(event.attribution is None),
        "EventCode": event.cameo, "EventBaseCode": event.cameo[:3], "EventRootCode": event.cameo[:2],
        "QuadClass": QUAD_CLASSES.get(event.quad, ""), "NumMentions": counts.mentions,
        "NumSources": counts.sources, "NumArticles": counts.articles,
        "SOURCEURL": readout.doc.url or "",
    }
    if day is not None:
        row |= {"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
                "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"}
    if added is not None:
        row["DATEADDED"] = added.strftime("%Y%m%d%H%M%S") if hasattr(added, "hour") else added.strftime("%Y%m%d")
    for n, party in ((1, event.actor), (2, event.recipient)):
        if party is not None:
            row |= {f"Actor{n}Code": party.code or "", f"Actor{n}Name": (party.canonical or party.text).upper(),
                    f"Actor{n}CountryCode": party.country or "", f"Actor{n}Type1Code": party.agent or ""}
    return ["" if row.get(c) is None else str(row.get(c, "")) for c in GDELT_COLUMNS]


def plover_record(event: Event, readout: Readout) -> dict[str, Any]:
    """A PLOVER data-interchange record (manual, "JSON data fields"), with wortlaut's modality and
    the evidence: trigger offsets and the attribution the event was told in."""
    doc = readout.doc
    text = doc.text
    sentence_start = text.rfind("\n", 0, event.trigger.start) + 1
    sentence_end = text.find("\n", event.trigger.end)
    return {
        "id": f"{doc.id}-{event.id}",
        "date": event.date or (doc.published or "")[:10] or None,
        "event": event.type,
        "mode": event.mode or "",
        "context": ",".join(event.context),
        "cameo": event.cameo,
        "modality": event.modality,
        "source": _actor(event.actor),
        "target": _actor(event.recipient),
        "eventText": event.trigger.text,
        "text": text[sentence_start: sentence_end if sentence_end >= 0 else len(text)].strip(),
        "evidence": {"doc_id": doc.id, "trigger": [event.trigger.start, event.trigger.end],
                     "mentions": [[m.trigger.start, m.trigger.end] for m in event.mentions],
                     "attribution": event.attribution},
        "url": doc.url,
        "publication": doc.outlet,
        "language": doc.lang,
    }


def _actor(party: Party | None) -> dict[str, Any] | None:
    if party is None:
        return None
    return {"actorText": party.text, "code": party.country, "sector": party.agent, "name": party.canonical,
            "span": [party.start, party.end]}

