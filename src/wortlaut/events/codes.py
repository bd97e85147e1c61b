"""The event ontologies: CAMEO codes and the PLOVER category, mode, context and quad class each
maps to (``events/cameo.tsv``, derived from PLOVER's CAMEO2PLOVER table; see
``lang/events.md``)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    cameo: str
    plover: str | None  # None where PLOVER drops the CAMEO code (01/02: statements, appeals)
    mode: str | None
    context: tuple[str, ...]
    quad: str
    description: str


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    path = resources.files("wortlaut.events") / "cameo.tsv"
    table: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["cameo"].strip()
            table[code] = CameoCode(
                cameo=code,
                plover=(row.get("plover") or "").strip() or None,
                mode=(row.get("mode") or "").strip() or None,
                context=tuple(c.strip() for c in (row.get("context") or "").split(",") if c.strip()),
                quad=(row.get("quad") or "").strip(),
                description=(row.get("description") or "").strip(),
            )
    return table


def cameo_entry(code: str) -> CameoCode | None:
    """The entry of ``code``, or of its nearest more general code ("0874" → "087" → "08")."""
    table = cameo_table()
    code = code.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def plover_type(code: str) -> str | None:
    """The PLOVER category of a CAMEO code (None for codes PLOVER does not code as events)."""
    entry = cameo_entry(code)
    return entry.plover if entry is not None else None


# Blocs that wortlaut names by a short country code, and their CAMEO actor codes.
BLOC_CODES = {"NATO": "IGOWSTNAT", "EUR": "IGOEUREEC", "WST": "WST"}


def actor_code(country: str | None, agent: str | None) -> str | None:
    """The CAMEO actor code of a party: its country (or bloc) and sector joined ("RUSGOV",
    "IGOWSTNAT" for NATO)."""
    joined = BLOC_CODES.get(country or "", country or "") + (agent or "")
    return joined or None


# The categories that PLOVER's manual codes only with a recipient ("Requires recipient: Yes",
# sections 3.5, 3.6, 3.13): cooperation, aid and sanctions are always with or against someone.
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
# Categories a side takes up by itself (PLOVER 3.14: "Requires recipient: No"): a row whose pattern names
# the posture tells the event whole ("put its armed forces | on high alert", "conducted | military | drills").
POSTURES = frozenset({"MOBILIZE"})


# Sectors of a country's own society and those of its state: a society's side named without a
# country ("Mönche protestierten gegen die Militärdiktatur Myanmars", "die Opposition warf der
# Regierung Mugabes vor …") acts inside the country of the state organ it turns to.
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "REL", "LAB", "EDU", "PTY", "REB", "JUD", "COP"})
# Those a state organ acts on at home ("Venezuelan security forces arrested | an opposition leader |"); not
# rebels, often of a group across borders ("Turkish forces detained | 25 suspected Islamic State members |").
HOME_SECTORS = DOMESTIC_SECTORS - {"REB"}
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY"})
# The sectors a side sends, deploys or withdraws: its own armed forces, police and envoys are what it
# moves, not to whom ("deployed | its troops | to Belarus", "recalled | its ambassador | from Canberra").
FORCE_SECTORS = frozenset({"MIL", "COP", "GOV"})
