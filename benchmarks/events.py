#!/usr/bin/env python3
"""Events benchmark: wortlaut's events ("who did what to whom", PLOVER/CAMEO) against gold sets.

One command per data set (run from the repository root)::

    .venv/bin/python benchmarks/events.py petrarch --shared ../shared   # PETRARCH2 unit-test records (fictional actors)
    .venv/bin/python benchmarks/events.py universal                    # UniversalPetrarch gold records (real news)
    .venv/bin/python benchmarks/events.py plover                       # PLOVER gold records (CAMEO manual examples)
    .venv/bin/python benchmarks/events.py seed                         # the founding article, ../shared/tools/score_events.py
    .venv/bin/python benchmarks/events.py german                       # our German gold (benchmarks/data/events_de_gold.jsonl)
    .venv/bin/python benchmarks/events.py speed                        # what the events stage adds to the spaCy pipeline
    .venv/bin/python benchmarks/events.py all                          # everything; writes benchmarks/results/events.txt

Common options: ``--shared DIR`` (the shared data, default ``../shared``), ``--limit N`` (first N
sentences of each set), ``--out FILE`` (write the printed report there), ``--errors FILE`` (gold
and predicted events per sentence, JSON Lines, for error study), ``--model NAME`` (a spaCy
pipeline instead of the shipped one).

Everything but ``seed`` goes through the Python API, one sentence per document:
``wortlaut.engine.analyze_text(text, lang, stages=("events",))`` (the stages events needs are
added), ``readout.to_dict()["events"]``.

Gold events and what counts
===========================
Each gold coding becomes a PLOVER category: CAMEO codes through
``wortlaut.events.codes.plover_type`` (the CAMEO2PLOVER-2021 table), the PLOVER records'
2016 names through DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE
(their SOURCE.md). A coding whose CAMEO code has no PLOVER category (01x statements, 02x
appeals) is *no event expected*: it is counted apart ("no PLOVER") and a sentence left with no
coding is a no-event sentence, where any predicted event is spurious. A coding whose code is
not a CAMEO code at all (the unit tests' own test codes such as 903 or 345) leaves its whole
sentence out, because its gold is then undefined. Optional gold events (our German gold marks
some) are neither required nor spurious.

Per set, over sentences (each analysed on its own):

* **type accuracy on matched sentences**: sentences where wortlaut predicted at least one event
  and the gold has at least one; over their gold events, the share whose type (or an accepted
  alternative) is among the sentence's predicted types;
* **event recall**: over all gold events, the share with a predicted event of the same type in
  its sentence (several gold codings of one type, e.g. a compound actor coded once per member,
  are all found by one prediction);
* **precision**: predicted events whose type is among the gold types of their sentence, over
  all predicted events; **spurious per sentence**: the other predicted events, over sentences;
* **actor / recipient accuracy**, on gold events whose type was found: the predicted event of
  that type that agrees best with the gold parties is compared; a party is right when the
  first three letters of its code (``country``, else ``code``) equal the gold code's (IGO codes:
  six letters; EU, NATO and the UN under any of their spellings; a compound gold party such as
  ``FRO/BIL/SAM`` accepts any member; for CONSULT and mutual events either order). Gold
  parties without a code (``---``, ``+++``, an unnamed or pronoun party in our German gold) are
  left out of these figures; a predicted party that is missing (null) or has no code where the
  gold has one counts as wrong, and the share of such misses is printed as "missing".

The data sets
=============
``petrarch``: ``events_petrarch2/validation/PETR.UnitTest.records.xml`` holds 284 records with
385 codings, but its verb dictionary says "most of the codes are WEIS, not CAMEO" (e.g. 041
"welcomed", 064 "restore ties", 223 "attack"), so mapping them as CAMEO gives wrong types.
UniversalPetrarch converted the same records to CAMEO 2.0
(``events_universalpetrarch/validation/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml``,
349 codings; a few texts renamed Fornost->Arnor, Gondor->Australia with their actors). The
default ``--codes cameo`` scores that conversion; ``--codes weis`` the original file, read as
if its codes were CAMEO (indicative only). The file's own conventions are followed: only
categories named in its ``<Include>`` (AGENTS and COMPOUNDx are not), no record marked
``sentence="false"`` ("currently not implemented"), no record expecting an input error
(bad parse, dateline, discard: parser features), not the FINAL-RECORD sentinel. The
fictional actors (Arnor ``ARN``, Gondor ``GON``, …) come from ``PETR.Validate.actors.txt``
and ``PETR.Validate.agents.txt``, converted to an actor table (country = first three letters
of the code, agent = the rest; date-restricted codes: the undated default, else the first
listed) and registered with ``wortlaut.events.actors.add_actor_file`` for this set only.

``universal``: ``events_universalpetrarch/validation/PETR2_GSR_validation.xml`` (78 records,
80 codings, 12 no-event), not well-formed XML, read by regex as its SOURCE.md says; the one
record with an empty text is left out.

``plover``: ``events_plover/gold_standard_records/PLOVER_GSR_CAMEO.txt`` (322 event records,
CAMEO-manual examples). Records with the same text are one sentence with several events. The
records code the one event each example illustrates, not every event in the sentence, so
precision and spurious figures here are lower bounds. Three gold codes that are not ISO
3166 are read as the country meant (JAP->JPN, ITL->ITA, VTN->VNM).

``german``: ``benchmarks/data/events_de_gold.jsonl`` (see ``events_de_gold.md``): scored with
the sentence figures above and with ``../shared/tools/score_events.py --pred`` (event F1 with
trigger, type, actor and recipient, and modality accuracy). ``--gold
benchmarks/data/events_de_dev.jsonl`` scores the German development set the same way.

``english``: ``benchmarks/data/events_en_dev.jsonl`` (see ``events_en_dev.md``), the English
*development* set on PolNeAR train sentences, scored as ``german``. Its texts carry no licence to
copy, so the file holds offsets into the articles only; they are read from the PolNeAR archive.

``seed``: runs ``../shared/tools/score_events.py ../shared/fixtures/seed/events.json --run
'.venv/bin/wortlaut analyze --format json {}'`` and reports its last line. The seed gold is a
test set: never tune on it.

``speed``: CPU seconds of this process (one thread) for the spaCy pipeline alone, for
``analyze_text`` with all default stages but events, and with events, on SpkAtt-2023 news
dev articles (German) and PolNeAR dev articles (English); the median of several repetitions.
"Added" is (with - without) over the pipeline's own time; the target is at most 15 %.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import html
import importlib.util
import json
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = Path(__file__).resolve().parent / "data"
RESULTS = Path(__file__).resolve().parent / "results"
GERMAN_GOLD = DATA_DIR / "events_de_gold.jsonl"
ENGLISH_DEV = DATA_DIR / "events_en_dev.jsonl"
HAND_SETS = {"german": (GERMAN_GOLD, "German gold (SpkAtt-2023 news train sentences)"),
             "english": (ENGLISH_DEV, "English dev (PolNeAR train sentences)")}  # our hand-annotated sets

Predictor = Callable[[str, str], dict]  # (text, lang) -> readout dict as in SCHEMA.md

STAGES = ("events",)  # analyze_text adds the stages events requires
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
PLOVER_2016 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
NULL_CODES = ("---", "+++", "###")
# gold codes of the PLOVER records that are not ISO 3166 alpha-3 but plainly mean one country
GOLD_TYPOS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# one organisation, several spellings
ALIASES = {"EUR": "EUR", "EU": "EUR", "EEC": "EUR", "IGOEUREEC": "EUR", "IGOEEU": "EUR",
           "NATO": "NATO", "IGOWSTNAT": "NATO", "UNO": "IGOUNO", "UN": "IGOUNO", "IGOUNO": "IGOUNO"}
IGO_LIKE = {"EUR", "NATO"}


# --------------------------------------------------------------------------- gold data

@dataclass(frozen=True)
class GoldEvent:
    """One gold event: accepted PLOVER types (the category first), and the parties' codes."""

    types: tuple[str, ...]
    actor: tuple[str, ...] = ()  # any of these is right (members of a compound); () = no code in gold
    recipient: tuple[str, ...] = ()
    cameo: str | None = None
    mutual: bool = False

    @property
    def type(self) -> str:
        return self.types[0]


@dataclass
class GoldSentence:
    id: str
    text: str
    events: list[GoldEvent] = field(default_factory=list)
    optional: list[GoldEvent] = field(default_factory=list)  # count neither way
    no_plover: list[str] = field(default_factory=list)  # CAMEO codes of codings PLOVER does not code
    category: str = ""


@dataclass
class GoldSet:
    name: str
    lang: str
    sentences: list[GoldSentence]
    skipped: Counter = field(default_factory=Counter)  # reason -> records left out
    source: str = ""


def plover_mapper() -> tuple[Callable[[str], str | None], Callable[[str], bool], str]:
    """(plover_type, is_cameo, where from): wortlaut's own CAMEO table when it can be imported,
    else the CAMEO2PLOVER file itself (so that the loaders work while the analyser is written)."""
    try:
        from wortlaut.events.codes import cameo_table, plover_type
        table = cameo_table()
        return plover_type, lambda code: code in table, "wortlaut.events.codes.plover_type"
    except Exception:  # noqa: BLE001  # pragma: no cover - only while the analyser is missing
        return _fallback_plover(), _fallback_is_cameo(), "CAMEO2PLOVER-2021.txt (wortlaut.events.codes unavailable)"


_SHARED = REPO.parent / "shared"


def _fallback_plover() -> Callable[[str], str | None]:
    table: dict[str, str] = {}
    for line in (_SHARED / "data" / "events_plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)

    def plover_type(code: str) -> str | None:
        while code:
            if code in table:
                return table[code]
            code = code[:-1]
        return None
    return plover_type


def _fallback_is_cameo() -> Callable[[str], bool]:
    path = _SHARED / "data" / "events_universalpetrarch" / "dictionaries" / "PETR.Internal.Coding.Ontology.txt"
    codes = {m.group(1) for m in re.finditer(r"^(\d{2,4}):", path.read_text(encoding="utf-8"), re.MULTILINE)}
    return lambda code: code in codes


def party_codes(code: str | None) -> tuple[str, ...]:
    """The codes a gold party stands for: ``FRO/BIL/SAM`` is three; null codes (``---``,
    ``---GOV``, ``+++``) and actor texts written in quotes are none."""
    code = (code or "").strip()
    if not code or code.startswith('"'):
        return ()
    out = []
    for part in code.split("/"):
        part = part.strip().upper()
        if part and not part.startswith(NULL_CODES):
            out.append(GOLD_TYPOS.get(part, part))
    return tuple(out)


def cameo_event(cameo: str, source: str | None, target: str | None, plover_type, is_cameo
                ) -> GoldEvent | str:
    """A gold event for one CAMEO coding, or why there is none: ``"no_plover"`` (a CAMEO code
    PLOVER does not code) or ``"not_cameo"`` (a code that is not CAMEO)."""
    code = re.sub(r"[^0-9]+$", "", cameo.strip())  # "174L" (a test suffix) -> "174"
    if not code or not is_cameo(code):
        return "not_cameo"
    category = plover_type(code)
    if category is None:
        return "no_plover"
    return GoldEvent((category,), party_codes(source), party_codes(target), cameo=cameo.strip())


def add_codings(sentence: GoldSentence, codings: list[dict], plover_type, is_cameo) -> str | None:
    """Add the gold events of ``codings`` to ``sentence``; a reason to leave it out, or None."""
    for c in codings:
        if "error" in c:
            return "expects an input error (parse, dateline, discard)"
        if "eventcode" not in c:  # noevents="True"
            continue
        event = cameo_event(c["eventcode"], c.get("sourcecode"), c.get("targetcode"), plover_type, is_cameo)
        if event == "not_cameo":
            return "a code that is not CAMEO (unit-test verb code)"
        if event == "no_plover":
            sentence.no_plover.append(c["eventcode"])
        else:
            sentence.events.append(event)
    return None


def petrarch_set(shared: Path, codes: str = "cameo") -> GoldSet:
    """The PETRARCH unit-test records: CAMEO 2.0 codes (UniversalPetrarch's conversion) or the
    original WEIS-like codes; the records the file itself does not run are left out."""
    plover_type, is_cameo, _ = plover_mapper()
    if codes == "cameo":
        path = shared / "data" / "events_universalpetrarch" / "validation" / \
            "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    else:
        path = shared / "data" / "events_petrarch2" / "validation" / "PETR.UnitTest.records.xml"
    root = ET.parse(path).getroot()
    include = set((root.find("Environment").findtext("Include") or "").split()) - {"valid"}
    gold = GoldSet(f"PETRARCH2 unit tests ({'CAMEO 2.0 conversion' if codes == 'cameo' else 'original WEIS codes'})",
                   "en", [], Counter(), f"../shared/{path.relative_to(shared)}")
    for s in root.find("Sentences").findall("Sentence"):
        sid = s.get("id") or ""
        category = s.get("category") or s.get("source") or ""
        text = " ".join((s.findtext("Text") or "").split())
        if sid.replace("_", "-") == "FINAL-RECORD":
            gold.skipped["the FINAL-RECORD sentinel"] += 1
            continue
        if category not in include:
            gold.skipped[f"category {category} not in <Include>"] += 1
            continue
        if s.get("sentence") == "false":
            gold.skipped['marked sentence="false" (not implemented)'] += 1
            continue
        sentence = GoldSentence(sid, text, category=category)
        reason = add_codings(sentence, [e.attrib for e in s.findall("EventCoding")], plover_type, is_cameo)
        if reason:
            gold.skipped[reason] += 1
            continue
        gold.sentences.append(sentence)
    return gold


ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def universal_set(shared: Path) -> GoldSet:
    """UniversalPetrarch's gold records (not well-formed XML: read by regex, per SOURCE.md)."""
    plover_type, is_cameo, _ = plover_mapper()
    path = shared / "data" / "events_universalpetrarch" / "validation" / "PETR2_GSR_validation.xml"
    raw = path.read_text(encoding="utf-8")
    include_m = re.search(r"<Include>(.*?)</Include>", raw, re.DOTALL)
    include = set(include_m.group(1).split()) - {"valid"} if include_m else None
    gold = GoldSet("UniversalPetrarch gold records", "en", [], Counter(), f"../shared/{path.relative_to(shared)}")
    for attrs, body in re.findall(r"<Sentence\b([^>]*)>(.*?)</Sentence>", raw, re.DOTALL):
        a = dict(ATTR.findall(attrs))
        text_m = re.search(r"<Text>(.*?)</Text>", body, re.DOTALL)
        text = html.unescape(" ".join(text_m.group(1).split())) if text_m else ""
        if include is not None and a.get("category") not in include:
            gold.skipped["category not in <Include>"] += 1
            continue
        if a.get("evaluate", "true").lower() != "true":
            gold.skipped['evaluate="false"'] += 1
            continue
        if not text:
            gold.skipped["empty text"] += 1
            continue
        codings = [dict(ATTR.findall(e)) for e in re.findall(r"<EventCoding\b([^>]*?)/?>", body)]
        sentence = GoldSentence(a.get("id", ""), text, category=a.get("category", ""))
        reason = add_codings(sentence, codings, plover_type, is_cameo)
        if reason:
            gold.skipped[reason] += 1
            continue
        gold.sentences.append(sentence)
    return gold


def _plover_parties(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):  # None, "" or a stray string ("diplomatic")
        return ()
    return tuple(c for a in value if isinstance(a, dict) for c in party_codes(a.get("code")))


def plover_set(shared: Path) -> GoldSet:
    """The PLOVER gold records, 2016 names mapped; records of one text are one sentence."""
    path = shared / "data" / "events_plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    gold = GoldSet("PLOVER gold records", "en", [], Counter(), f"../shared/{path.relative_to(shared)}")
    by_text: dict[str, GoldSentence] = {}
    for r in records:
        name = r.get("event")
        if name == "DOCUMENT":
            continue
        category = PLOVER_2016.get(name, name)
        if category not in PLOVER_TYPES or not r.get("text"):
            gold.skipped[f"event {name!r} or no text"] += 1
            continue
        info = r.get("textInfo")
        mutual = "SRC/TAR" in str(info.get("markup") if isinstance(info, dict) else info or "")
        event = GoldEvent((category,), _plover_parties(r.get("source")), _plover_parties(r.get("target")),
                          mutual=mutual)
        text = " ".join(r["text"].split())
        if text not in by_text:
            by_text[text] = GoldSentence(r["id"], text, category=name)
            gold.sentences.append(by_text[text])
        by_text[text].events.append(event)
    return gold


def attribution_benchmark():
    """benchmarks/attribution.py, whose loaders read the corpora (by its path: a test run may know
    another module named ``attribution``)."""
    name = "wortlaut_bench_attribution"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / "attribution.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def hand_items(path: Path) -> list[dict]:
    """The items of one of our hand-annotated sets (score_events.py format), with their texts: an
    item on PolNeAR holds the offsets of its sentence in the article only (``source.start``,
    ``source.end``; its spans count from the sentence start), and the texts come from the archive."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any("text" not in i for i in items):
        articles = {name: text for name, text, _ in attribution_benchmark().polnear_docs("train")}
        for item in (i for i in items if "text" not in i):
            source = item["source"]
            item["text"] = articles[Path(source["file"]).stem][source["start"]: source["end"]]
            for span in (e[k] for e in item["events"] for k in ("trigger", "evidence")):
                span["text"] = item["text"][span["start"]: span["end"]]
    return items


def hand_set(path: Path, items: list[dict], name: str) -> GoldSet:
    """One of our hand-annotated sets (its ``hand_items``): types with their alternatives, optional
    events apart, parties as ISO codes (None = no code)."""
    where = path.resolve().relative_to(REPO) if path.resolve().is_relative_to(REPO) else path
    gold = GoldSet(name, items[0]["lang"] if items else "de", [], Counter(), str(where))
    for item in items:
        sentence = GoldSentence(item["id"], item["text"])
        for e in item["events"]:
            event = GoldEvent((e["type"], *e.get("type_alternatives", [])), party_codes(e.get("actor")),
                              party_codes(e.get("recipient")), cameo=e.get("cameo_root"),
                              mutual=bool(e.get("mutual")))
            (sentence.optional if e.get("optional") else sentence.events).append(event)
        gold.sentences.append(sentence)
    return gold


# --------------------------------------------------------------------------- PETRARCH's fictional actors

PETRARCH_PERSONS = {
    "aragorn", "bilbo", "boromir", "elrond", "frodo", "galadriel", "gandalf", "gollum", "smeagol", "slinker",
    "stinker", "isildur", "radagast the brown", "romendacil", "onodoher", "prince of dol amroth",
    "president george w. bush", "president hosni murbarak", "sam gamgee", "hamfast gamgee", "elfstan fairbairn",
    "doderic brandybuck", "mcgonagall", "aardvark",
}
PETRARCH_PLACES = {"athens", "budapest", "tunis", "gaza city", "minas tirith", "anorien", "barad-dur", "washington",
                   "seoul", "pyongyang", "caras galadhon", "white downs", "michel delving", "tuckborough",
                   "white house", "gaza stronghold"}
ADJECTIVE_END = ("ian", "ean", "ese", "ish", "ch")  # Eriadorian, Yemenese, Danish, French
SYNONYM_ADJECTIVE_END = ("i", "an", "ans")  # as synonyms of a country: Eriadori, Australian, Rohans


def _actor_name(phrase: str) -> str:
    """A dictionary phrase as the actor table wants it: lower case words, one space apart."""
    return " ".join(phrase.replace("_", " ").lower().split())


def _actor_kind(name: str, code: str, primary: bool) -> str:
    if code.startswith("IGO"):
        return "igo"
    if code.startswith("NGO"):
        return "institution"
    if name in PETRARCH_PERSONS:
        return "person"
    if name in PETRARCH_PLACES:
        return "capital" if len(code) <= 3 else "institution"
    if len(code) > 3:
        return "institution"
    if " " not in name and (name.endswith(ADJECTIVE_END) or (not primary and name.endswith(SYNONYM_ADJECTIVE_END))
                            or name == "israeli"):
        return "adjective"
    return "country"


def petrarch_actor_rows(actors: Path, agents: Path) -> list[tuple[str, str, str, str]]:
    """(name, country, agent, kind) rows of the unit tests' actor and agent dictionaries.

    Actor codes give country (first three letters) and agent (the rest); a date-restricted
    actor gets its undated default code, else its first restricted one (the DATE records that
    test the restrictions may miss). Agents (``POLICE [~COP]``) become ``agent`` rows with
    regular plurals unless the entry lists its plural forms (``{}``: none).
    """
    text = re.sub(r"<!--.*?-->", "", actors.read_text(encoding="utf-8", errors="replace"), flags=re.DOTALL)
    rows: list[tuple[str, str, str, str]] = []
    block: list[str] = []
    default: str | None = None
    dated: list[str] = []

    def flush() -> None:
        code = default or (dated[0] if dated else None)
        if block and code is not None:
            code = code.split("/")[0].upper()
            if code.startswith(NULL_CODES):
                country, agent = "", ""
            elif code.startswith(("IGO", "NGO")):  # organisations keep their whole code, as wortlaut's tables do
                country, agent = code, ""
            else:
                country, agent = code[:3], code[3:]
            for i, name in enumerate(block):
                rows.append((name, country, agent, _actor_kind(name, code, i == 0)))

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!"):
            continue
        if raw[:1] in (" ", "\t"):  # date restriction or a code on its own line
            m = re.search(r"\[\s*([^\]\s]+)", line)
            if m:
                if re.search(r"[<>]|\d{6}", line):
                    dated.append(m.group(1))
                elif default is None:
                    default = m.group(1)
            continue
        if line.startswith("+"):
            block.append(_actor_name(line[1:].split("[")[0]))
            continue
        flush()
        m = re.match(r"([^\[]+)(?:\[\s*([^\]\s]+)[^\]]*\])?", line)
        block, default, dated = [_actor_name(m.group(1))], m.group(2), []
    flush()

    macros: dict[str, list[str]] = {}
    for raw in agents.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        m = re.match(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"([^\[{]+?)\s*(\{[^}]*\})?\s*\[\s*([^\]]*)\]", line)
        if not m:
            continue
        phrase, plurals, code = m.group(1).strip(), m.group(2), m.group(3).replace(" ", "")
        agent = code.replace("~", "")
        forms = [phrase]
        for macro, words in macros.items():
            if macro in phrase:
                forms = [phrase.replace(macro, w) for w in words]
        if plurals is None:
            forms += [_plural(f) for f in forms]
        elif plurals.strip("{} "):
            forms += plurals.strip("{} ").split()
        for f in forms:
            rows.append((_actor_name(f), "", agent, "agent"))
    return rows


def _plural(phrase: str) -> str:
    """PETRARCH's regular plural of the last word (docs/dictionaries.rst)."""
    if phrase.endswith("SS"):
        return phrase + "ES"
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    return phrase + "S"


def write_actor_table(rows: Iterable[tuple[str, str, str, str]], path: Path) -> Path:
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as fh:
        fh.write("name\tcountry\tagent\tkind\n")
        for name, country, agent, kind in rows:
            if name and name not in seen:
                seen.add(name)
                fh.write(f"{name}\t{country}\t{agent}\t{kind}\n")
    return path


@contextmanager
def petrarch_actors(shared: Path, codes: str) -> Iterator[Path | None]:
    """The unit tests' fictional actors registered for English while the block runs, then taken
    out again (they rename real countries too: EGYPT [UAR], JAPAN [JAP]), so that the other
    sets in the same process see wortlaut's own tables only."""
    folder = "events_universalpetrarch" if codes == "cameo" else "events_petrarch2"
    actors = shared / "data" / folder / "dictionaries" / "PETR.Validate.actors.txt"
    agents = shared / "data" / "events_petrarch2" / "dictionaries" / "PETR.Validate.agents.txt"
    try:
        from wortlaut.events import actors as actor_tables
    except ImportError:  # pragma: no cover
        yield None
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = write_actor_table(petrarch_actor_rows(actors, agents), Path(tmp) / "petrarch_validate_actors.tsv")
        actor_tables.add_actor_file("en", path)
        try:
            yield path
        finally:
            actor_tables.remove_actor_file("en", path)


# --------------------------------------------------------------------------- predictions and scoring

@dataclass(frozen=True)
class PredParty:
    code: str | None  # country, else code (upper case)
    agent: str | None


@dataclass(frozen=True)
class PredEvent:
    type: str | None
    actor: PredParty | None
    recipient: PredParty | None
    modality: str | None
    trigger: str

    def brief(self) -> dict:
        return {"type": self.type, "actor": self.actor and (self.actor.code or self.actor.agent),
                "recipient": self.recipient and (self.recipient.code or self.recipient.agent),
                "modality": self.modality, "trigger": self.trigger}


def _party(value: Any) -> PredParty | None:
    if not isinstance(value, dict):
        return None
    code = (value.get("country") or value.get("code") or "").strip().upper() or None
    agent = (value.get("agent") or "").strip().upper() or None
    return PredParty(code, agent)


def pred_events(readout: dict) -> list[PredEvent]:
    out = []
    for e in readout.get("events") or []:
        trigger = e.get("trigger") or {}
        out.append(PredEvent(e.get("type"), _party(e.get("actor")), _party(e.get("recipient")), e.get("modality"),
                             trigger.get("text") or ""))
    return out


def same_code(pred: PredParty | None, gold: str) -> bool:
    """Whether a predicted party stands for the gold code (see the module docstring)."""
    if pred is None:
        return False
    g = ALIASES.get(gold, gold)
    if g == "NGO":
        return (pred.code or "").startswith("NGO") or (pred.agent or "").startswith("NGO")
    if pred.code is None:
        return False
    p = ALIASES.get(pred.code, pred.code)
    if g in IGO_LIKE or p in IGO_LIKE:
        return g == p or (g == "IGO" and p in IGO_LIKE)
    if g == "IGO":
        return p.startswith("IGO")
    if g.startswith("IGO"):
        return p[:6] == g[:6]
    return p[:3] == g[:3]


def party_right(pred: PredParty | None, gold: tuple[str, ...]) -> bool:
    return any(same_code(pred, g) for g in gold)


def pair(pred: PredEvent, gold: GoldEvent) -> tuple[tuple[bool, bool], tuple[PredParty | None, PredParty | None]]:
    """((actor right, recipient right), (the predicted parties compared)): in the better order
    for CONSULT and mutual events."""
    direct = (party_right(pred.actor, gold.actor), party_right(pred.recipient, gold.recipient))
    if gold.mutual or gold.type == "CONSULT":
        swapped = (party_right(pred.recipient, gold.actor), party_right(pred.actor, gold.recipient))
        if sum(swapped) > sum(direct):
            return swapped, (pred.recipient, pred.actor)
    return direct, (pred.actor, pred.recipient)


def score_sentence(gold: GoldSentence, preds: list[PredEvent], c: Counter) -> dict:
    """Add one sentence's counts to ``c``; return its gold, predictions, misses and spurious ones."""
    pred_types = {p.type for p in preds}
    gold_types = {t for g in (*gold.events, *gold.optional) for t in g.types}
    matched = bool(gold.events) and bool(preds)
    c["sentences"] += 1
    c["gold"] += len(gold.events)
    c["no_plover"] += len(gold.no_plover)
    c["pred"] += len(preds)
    c["matched_sentences"] += matched
    missed = []
    for g in gold.events:
        found = bool(set(g.types) & pred_types)
        c["recalled"] += found
        if matched:
            c["matched_gold"] += 1
            c["type_right"] += found
        if not found:
            missed.append(g.type)
            continue
        best = max((p for p in preds if p.type in g.types), key=lambda p: sum(pair(p, g)[0]))
        (actor_ok, recipient_ok), (actor, recipient) = pair(best, g)
        for role, codes, ok, party in (("actor", g.actor, actor_ok, actor),
                                       ("recipient", g.recipient, recipient_ok, recipient)):
            if not codes:
                c[f"{role}_nocode"] += 1
                continue
            c[f"{role}_n"] += 1
            c[f"{role}_ok"] += ok
            c[f"{role}_missing"] += party is None or (party.code is None and party.agent is None)
    spurious = [p for p in preds if p.type not in gold_types]
    c["pred_right"] += len(preds) - len(spurious)
    c["spurious"] += len(spurious)
    if not gold.events:
        c["no_event_sentences"] += 1
        c["no_event_with_pred"] += bool(spurious)
    return {"id": gold.id, "text": gold.text,
            "gold": [{"type": g.type, "alternatives": list(g.types[1:]), "actor": "/".join(g.actor) or None,
                      "recipient": "/".join(g.recipient) or None, "cameo": g.cameo} for g in gold.events],
            "no_plover": gold.no_plover, "pred": [p.brief() for p in preds], "missed": missed,
            "spurious": [p.brief() for p in spurious]}


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def figures(c: Counter) -> dict[str, Any]:
    return {
        "sentences": c["sentences"], "gold": c["gold"], "no_plover": c["no_plover"], "pred": c["pred"],
        "no_event_sentences": c["no_event_sentences"], "no_event_with_pred": c["no_event_with_pred"],
        "matched_sentences": c["matched_sentences"], "matched_gold": c["matched_gold"],
        "type_acc_matched": _ratio(c["type_right"], c["matched_gold"]),
        "recall": _ratio(c["recalled"], c["gold"]), "precision": _ratio(c["pred_right"], c["pred"]),
        "spurious": c["spurious"], "spurious_per_sentence": _ratio(c["spurious"], c["sentences"]),
        **{f"{role}_{k}": v for role in ("actor", "recipient") for k, v in (
            ("acc", _ratio(c[f"{role}_ok"], c[f"{role}_n"])), ("n", c[f"{role}_n"]),
            ("missing", _ratio(c[f"{role}_missing"], c[f"{role}_n"])), ("nocode", c[f"{role}_nocode"]))},
    }


def run_set(gold: GoldSet, predict: Predictor, limit: int | None = None, keep: Path | None = None
            ) -> tuple[Counter, list[dict], float]:
    """Analyse every sentence of ``gold``; counts, per-sentence details, seconds. With ``keep``
    the readouts are written there as ``<id>.json`` (for score_events.py --pred)."""
    counts: Counter = Counter()
    details = []
    sentences = gold.sentences[:limit] if limit else gold.sentences
    started = time.perf_counter()
    with _progress(len(sentences), gold.name) as advance:
        for s in sentences:
            readout = predict(s.text, gold.lang)
            if (readout.get("doc") or {}).get("text") not in (None, s.text):
                raise SystemExit(f"{s.id}: the readout's text differs from the sentence")
            if keep is not None:
                (keep / f"{s.id}.json").write_text(json.dumps(readout, ensure_ascii=False), encoding="utf-8")
            details.append(score_sentence(s, pred_events(readout), counts))
            advance()
    return counts, details, time.perf_counter() - started


# --------------------------------------------------------------------------- report

def _fmt(x: Any) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


class Report:
    """Printed as it goes; kept for the results file."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def line(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)

    def table(self, header: list[str], rows: list[list[Any]]) -> None:
        self.line("| " + " | ".join(header) + " |")
        self.line("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            self.line("| " + " | ".join(_fmt(x) for x in row) + " |")

    def write(self, path: Path) -> None:
        head = [f"# wortlaut events benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", "",
                f"Machine: {machine_note()}",
                f"Command: .venv/bin/python benchmarks/events.py {shlex.join(sys.argv[1:])}", ""]
        path.write_text("\n".join(head + self.lines) + "\n", encoding="utf-8")
        print(f"report written to {path}")


def machine_note() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import spacy
        spacy_version = spacy.__version__
    except ImportError:  # pragma: no cover
        spacy_version = "?"
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, spaCy {spacy_version}, "
            f"shipped pipelines; one thread; other processes may share the cores (speed is CPU time of this process)")


SET_HEADER = ["set", "sentences", "gold events", "no PLOVER", "predicted", "type acc (matched)", "recall",
              "precision", "spurious/sent", "actor acc", "recipient acc"]


def set_row(name: str, f: dict) -> list[Any]:
    return [name, f["sentences"], f["gold"], f["no_plover"], f["pred"], f["type_acc_matched"], f["recall"],
            f["precision"], f["spurious_per_sentence"], f["actor_acc"], f["recipient_acc"]]


def report_set(report: Report, gold: GoldSet, f: dict, seconds: float) -> None:
    report.line(f"## {gold.name}")
    report.line(f"Data: {gold.source}")
    report.table(SET_HEADER, [set_row(gold.name.split(" (")[0], f)])
    report.line(f"- matched sentences (>= 1 gold and >= 1 predicted event): {f['matched_sentences']} "
                f"with {f['matched_gold']} gold events; no-event sentences: {f['no_event_sentences']}, "
                f"of which {f['no_event_with_pred']} got a spurious event")
    for role in ("actor", "recipient"):
        report.line(f"- {role}: {f[f'{role}_n']} type-matched gold events with a code; "
                    f"missing (null or uncoded) {_fmt(f[f'{role}_missing'])}; "
                    f"{f[f'{role}_nocode']} gold event(s) without {'an' if role == 'actor' else 'a'} {role} code left out")
    if f["no_plover"]:
        report.line(f"- {f['no_plover']} gold codings have a CAMEO code PLOVER does not code (01x statements, "
                    "02x appeals): no event expected")
    if gold.skipped:
        report.line("- left out: " + "; ".join(f"{n} {why}" for why, n in sorted(gold.skipped.items())))
    report.line(f"- {seconds:.1f} s")
    report.line()


# --------------------------------------------------------------------------- commands

def wortlaut_predictor(model: str | None = None) -> Predictor:
    try:
        from wortlaut.engine import analyze_text
    except ImportError as exc:  # pragma: no cover
        raise SystemExit(f"cannot import wortlaut ({exc}); install the package into .venv") from exc
    kwargs = {"model": model} if model else {}

    def predict(text: str, lang: str) -> dict:
        return analyze_text(text, lang, stages=STAGES, **kwargs).to_dict()

    return predict


def _write_errors(path: str | None, name: str, details: list[dict]) -> None:
    if not path:
        return
    with open(path, "a", encoding="utf-8") as fh:
        for row in details:
            if row["missed"] or row["spurious"]:
                fh.write(json.dumps({"set": name, **row}, ensure_ascii=False) + "\n")


def cmd_petrarch(args, predict: Predictor, report: Report) -> dict:
    out = {}
    for codes in (["cameo", "weis"] if args.codes == "both" else [args.codes]):
        gold = petrarch_set(args.shared, codes)
        with petrarch_actors(args.shared, codes) as table:
            counts, details, seconds = run_set(gold, predict, args.limit)
        f = figures(counts)
        report_set(report, gold, f, seconds)
        if codes == "weis":
            report.line("  (indicative only: these codes are WEIS, read here as if they were CAMEO)")
            report.line()
        if table is None:
            report.line("  (wortlaut.events.actors unavailable: the fictional actors were not registered)")
        _write_errors(args.errors, f"petrarch-{codes}", details)
        out[codes] = f
    return {"dataset": "petrarch", **out}


def cmd_universal(args, predict: Predictor, report: Report) -> dict:
    gold = universal_set(args.shared)
    counts, details, seconds = run_set(gold, predict, args.limit)
    f = figures(counts)
    report_set(report, gold, f, seconds)
    _write_errors(args.errors, "universal", details)
    return {"dataset": "universal", **f}


def cmd_plover(args, predict: Predictor, report: Report) -> dict:
    gold = plover_set(args.shared)
    counts, details, seconds = run_set(gold, predict, args.limit)
    f = figures(counts)
    report_set(report, gold, f, seconds)
    report.line("  (the records code one example event each: other events in a sentence count as spurious)")
    report.line()
    _write_errors(args.errors, "plover", details)
    return {"dataset": "plover", **f}


def score_tool(shared: Path) -> Path:
    return shared / "tools" / "score_events.py"


def run_score_tool(cmd: list[str], timeout: int = 900) -> tuple[int, str]:
    """Run score_events.py; (exit status, its output)."""
    p = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
    return p.returncode, (p.stdout + (p.stderr if p.returncode else "")).strip()


def cmd_seed(args, predict: Predictor, report: Report) -> dict:
    cli = REPO / ".venv" / "bin" / "wortlaut"
    run = f"{cli if cli.exists() else 'wortlaut'} analyze --format json {{}}"
    gold = args.shared / "fixtures" / "seed" / "events.json"
    cmd = [sys.executable, str(score_tool(args.shared)), str(gold), "--run", run]
    if args.verbose:
        cmd.append("-v")
    started = time.perf_counter()
    status, output = run_score_tool(cmd)
    seconds = time.perf_counter() - started
    lines = output.splitlines()
    if args.verbose:
        print(output)
    report.line("## The founding article (../shared/fixtures/seed/events.json, a test set: not tuned on)")
    report.line("Command: python ../shared/tools/score_events.py ../shared/fixtures/seed/events.json --run "
                "'.venv/bin/wortlaut analyze --format json {}'")
    trouble = [line for line in lines[:-2] if "command failed" in line or "offsets may not agree" in line]
    for line in trouble[:3] + (lines[-2:] if status == 0 else lines[-5:]):
        report.line(f"    {line.strip()[:300]}")
    report.line(f"- {seconds:.1f} s" + ("" if status == 0 else f", exit status {status}"))
    report.line()
    last = lines[-1] if lines else ""
    return {"dataset": "seed", "status": status, "line": last,
            **{k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}}


def cmd_hand(args, predict: Predictor, report: Report, which: str | None = None) -> dict:
    """One of our hand-annotated sets (``HAND_SETS``; ``--gold`` another file of the same kind)."""
    which = which or args.dataset
    default, name = HAND_SETS[which]
    path = Path(args.gold) if args.gold and which == args.dataset else default
    items = hand_items(path)  # (read once: the English set's texts come from the PolNeAR archive)
    gold = hand_set(path, items, name if path == default else f"{name.split(' (')[0]} ({path.name})")
    with tempfile.TemporaryDirectory() as tmp:
        counts, details, seconds = run_set(gold, predict, args.limit, keep=Path(tmp))
        items = items[:args.limit] if args.limit else items
        gold_file = Path(tmp) / "gold.jsonl"
        gold_file.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
        cmd = [sys.executable, str(score_tool(args.shared)), str(gold_file), "--pred", tmp]
        if args.verbose:
            cmd.append("-v")
        status, output = run_score_tool(cmd)
    f = figures(counts)
    report_set(report, gold, f, seconds)
    if args.verbose:
        print(output)
    report.line("score_events.py --pred (trigger in the gold evidence, type or alternative, actor and recipient "
                "country; optional events count neither way):")
    lines = output.splitlines()
    for line in lines[-2:] if status == 0 else lines[-5:]:
        report.line(f"    {line}")
    report.line()
    _write_errors(args.errors, gold.lang, details)
    last = lines[-1] if lines else ""
    return {"dataset": which, **f, "score_events": {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}}


def speed_texts(shared: Path, limit: int | None) -> dict[str, list[str]]:
    """Real articles: SpkAtt-2023 news dev (German) and PolNeAR dev (English), as the attribution
    benchmark times them."""
    os.environ.setdefault("WORTLAUT_SHARED", str(shared))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    A = attribution_benchmark()

    de = [A.spkatt_doc(data)[0] for _, data in A.spkatt_news_docs("dev")[:limit or 60]]
    en = []
    for _, text, _ in A.polnear_docs("dev"):
        en.append(text)
        if len(en) >= (limit or 30):
            break
    return {"de": de, "en": en}


def staged_times(text: str, lang: str, nlp, plan) -> dict[str, float]:
    """CPU seconds of one analysis as ``analyze_text`` runs it: the parse, then each stage."""
    from wortlaut.model import Document, Readout
    from wortlaut.nlp.pieces import parse

    readout = Readout(doc=Document(text=text, lang=lang))
    started = time.process_time()
    doc = parse(nlp, text)
    times = {"pipeline": time.process_time() - started}
    for stage in plan:
        started = time.process_time()
        stage(doc, readout)
        times[stage.name] = time.process_time() - started
    return times


def cmd_speed(args, predict: Predictor, report: Report) -> dict:
    """Two measures of the events stage's cost, both CPU time of this process: each stage timed
    on its own within one analysis (as ``analyze_text`` runs them), and whole ``analyze_text``
    calls with and without ``events`` in the stages (the difference)."""
    from wortlaut.engine import DEFAULT_STAGES, analyze_text, planned_stages
    from wortlaut.nlp import load_pipeline

    without = tuple(s for s in DEFAULT_STAGES if s != "events")
    plan = planned_stages(DEFAULT_STAGES)
    texts = speed_texts(args.shared, args.limit)
    rows, out = [], {}
    for lang, docs in texts.items():
        nlp = load_pipeline(lang, args.model)
        try:
            analyze_text(docs[0], lang, model=args.model)  # warm up: models, tables, caches
        except Exception as exc:  # noqa: BLE001 - e.g. a language whose event lexicon is missing
            rows.append([lang, len(docs), "", "", "", f"failed: {type(exc).__name__}: {exc}", "", "", ""])
            continue
        staged: dict[str, list[float]] = {}
        calls: dict[str, list[float]] = {"without": [], "with": []}
        for _ in range(args.repeat):
            totals: Counter = Counter()
            for text in docs:
                totals.update(staged_times(text, lang, nlp, plan))
            for name, seconds in totals.items():
                staged.setdefault(name, []).append(seconds)
            for key, stages in (("without", without), ("with", DEFAULT_STAGES)):
                started = time.process_time()
                for text in docs:
                    analyze_text(text, lang, model=args.model, stages=stages)
                calls[key].append(time.process_time() - started)
        med = {k: statistics.median(v) for k, v in staged.items()}
        pipeline, events = med["pipeline"], med.get("events", 0.0)
        others = sum(v for k, v in med.items() if k not in ("pipeline", "events"))
        diff = statistics.median(calls["with"]) - statistics.median(calls["without"])
        words = sum(len(text.split()) for text in docs)
        out[lang] = {"docs": len(docs), "words": words, "repeats": args.repeat, "pipeline_s": pipeline,
                     "events_s": events, "other_stages_s": others, "events_over_pipeline": events / pipeline,
                     "analyze_without_s": statistics.median(calls["without"]),
                     "analyze_with_s": statistics.median(calls["with"]), "difference_over_pipeline": diff / pipeline}
        rows.append([lang, len(docs), words, pipeline, others, events, f"{events / pipeline:.1%}",
                     f"{diff:.3f}", f"{diff / pipeline:.1%}"])
    report.line("## Speed: what the events stage adds (CPU seconds of this process, one thread, "
                f"median of {args.repeat})")
    report.line("Texts: SpkAtt-2023 news dev articles (de), PolNeAR dev articles (en). Target: the events stage "
                "adds <= 15 % to the spaCy pipeline's time.")
    report.table(["lang", "docs", "words", "spaCy pipeline s", "other stages s", "events stage s",
                  "events / pipeline", "with - without s", "(with - without) / pipeline"], rows)
    report.line("- 'events stage' is timed on its own inside each analysis; 'with - without' compares whole "
                "analyze_text calls with and without events (noisier: it includes everything twice)")
    report.line()
    return {"dataset": "speed", **out}


def cmd_all(args, predict: Predictor, report: Report) -> dict:
    """Every set; PETRARCH (whose fictional actors are registered while it runs) last."""
    out: dict[str, dict] = {}
    args.codes = "both"
    for name, cmd in (("universal", cmd_universal), ("plover", cmd_plover),
                      ("german", partial(cmd_hand, which="german")), ("english", partial(cmd_hand, which="english")),
                      ("seed", cmd_seed), ("petrarch", cmd_petrarch)):
        out[name] = _guarded(name, cmd, args, predict, report)
    summary = [set_row(label, f) for label, f in (
        ("PETRARCH2 unit tests (CAMEO 2.0)", out["petrarch"].get("cameo")),
        ("UniversalPetrarch gold", out["universal"]), ("PLOVER gold records", out["plover"]),
        ("German gold (ours)", out["german"]), ("English dev (ours, tuned on)", out["english"]))
        if f and "sentences" in f]
    report.line("## Summary (targets: type accuracy on matched sentences >= 0.80, spurious <= 0.2 per sentence)")
    report.table(SET_HEADER, summary)
    g = out["german"].get("score_events") or {}
    report.line(f"- German, score_events.py: events_f1={_fmt(g.get('events_f1'))} "
                f"modality_acc={_fmt(g.get('modality_acc'))}")
    e = out["english"].get("score_events") or {}
    report.line(f"- English dev, score_events.py: events_f1={_fmt(e.get('events_f1'))} "
                f"modality_acc={_fmt(e.get('modality_acc'))}")
    report.line(f"- founding article: {out['seed'].get('line', '')}")
    report.line()
    out["speed"] = _guarded("speed", cmd_speed, args, predict, report)
    return out


def _guarded(name: str, cmd, args, predict: Predictor, report: Report) -> dict:
    """Run one part of ``all``; a failure is reported and the rest still runs."""
    try:
        return cmd(args, predict, report)
    except Exception as exc:  # noqa: BLE001 - a benchmark run should show every part it can
        report.line(f"## {name}: FAILED: {type(exc).__name__}: {exc}")
        report.line()
        return {"dataset": name, "error": f"{type(exc).__name__}: {exc}"}


COMMANDS = {"petrarch": cmd_petrarch, "universal": cmd_universal, "plover": cmd_plover, "seed": cmd_seed,
            "german": cmd_hand, "english": cmd_hand, "speed": cmd_speed, "all": cmd_all}


@contextmanager
def _progress(total: int, title: str) -> Iterator[Callable[[], None]]:
    """A rich progress bar on a terminal (or with WORTLAUT_PROGRESS set), otherwise nothing."""
    bar = None
    if sys.stderr.isatty() or os.environ.get("WORTLAUT_PROGRESS"):
        try:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           transient=True)
        except ImportError:  # pragma: no cover
            bar = None
    if bar is None:
        yield lambda: None
        return
    with bar:
        task = bar.add_task(title, total=total)
        yield lambda: bar.advance(task)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description="wortlaut events benchmarks (see the module docstring)",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="dataset", required=True)

    def common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (../shared)")
        p.add_argument("--limit", type=int, default=None, help="only the first N sentences of each set")
        p.add_argument("--out", help="write the report to this file")
        p.add_argument("--errors", help="append missed and spurious events per sentence here (JSON Lines)")
        p.add_argument("--model", help="a spaCy pipeline to use instead of the shipped one")
        p.add_argument("-v", "--verbose", action="store_true", help="print score_events.py's per-event lines")
        p.add_argument("--gold", help="german, english: another set of ours (JSON Lines) than the default")
        p.add_argument("--repeat", type=int, default=3, help="speed: repetitions (the median is reported)")
        p.add_argument("--codes", choices=("cameo", "weis", "both"), default="cameo",
                       help="petrarch: CAMEO 2.0 conversion (default), the original WEIS-like codes, or both")
        return p

    common(sub.add_parser("petrarch", help="PETRARCH2 unit-test records, fictional actors"))
    common(sub.add_parser("universal", help="UniversalPetrarch gold records"))
    common(sub.add_parser("plover", help="PLOVER gold records"))
    common(sub.add_parser("seed", help="the founding article through score_events.py"))
    common(sub.add_parser("german", help="our German gold on SpkAtt-2023 news train sentences"))
    common(sub.add_parser("english", help="our English development set on PolNeAR train sentences"))
    common(sub.add_parser("speed", help="time the events stage against the spaCy pipeline"))
    common(sub.add_parser("all", help="all of them; writes benchmarks/results/events.txt"))
    return ap


def main(argv: list[str] | None = None, predict: Predictor | None = None) -> int:
    global _SHARED
    args = build_parser().parse_args(argv)
    args.shared = args.shared.resolve()
    _SHARED = args.shared
    if args.errors:
        Path(args.errors).write_text("", encoding="utf-8")
    report = Report()
    predict = predict or wortlaut_predictor(args.model)
    COMMANDS[args.dataset](args, predict, report)
    out = args.out or (RESULTS / "events.txt" if args.dataset == "all" else None)
    if out:
        report.write(Path(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
