"""The readout: wortlaut's data model, shared by every stage.

Every record that points into the text is a span with Python ``str`` offsets into
``Document.text`` (end-exclusive), so that ``text[start:end] == span.text`` always holds.
The JSON form is the contract of ``docs/readout.md`` (schema ``wortlaut.readout/1``).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Iterator, Literal

SCHEMA = "wortlaut.readout/1"

SegmentKind = Literal["kicker", "title", "lead", "body", "credit", "related", "appeal", "boilerplate"]
AttributionType = Literal["direct", "indirect", "mixed"]
Stance = Literal["neutral", "distancing", "endorsing"]
MarkerKind = Literal["scare_quote", "hedge", "loaded", "appeal"]
ContestLink = Literal["relative", "object", "content"]
# Who stands behind an event: the outlet (asserted), a source (reported), a disputed source
# (claimed); or that it did not, or may not, happen.
Modality = Literal["asserted", "reported", "claimed", "denied", "conditional", "future", "negated"]

# Where the article reports: speech is looked for here, not in credits, related links or appeals.
REPORTAGE: frozenset[str] = frozenset({"title", "lead", "body"})
# The outlet's own words about the story: reportage plus kicker and related-article lines, where
# framing devices count (credits, reader appeals and boilerplate frame no story).
OUTLET_VOICE: frozenset[str] = REPORTAGE | {"kicker", "related"}


def document_id(text: str) -> str:
    """Stable id of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """A stretch of the document text."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> "Span":
        return cls(doc_text[start:end], start, end)


@dataclass(frozen=True)
class Segment:
    """A structural part of the article: title, body paragraph, image credit, reader appeal …"""

    kind: SegmentKind
    start: int
    end: int


@dataclass
class Entity:
    """One real-world referent with all its mentions in the text."""

    id: str
    label: str
    canonical: str
    mentions: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    """The speaker's mention in the text and whom it resolves to."""

    text: str
    start: int
    end: int
    canonical: str | None = None
    entity: str | None = None

    @property
    def name(self) -> str:
        """Whom the mention resolves to, by name, else its words in the text."""
        return self.canonical or self.text


@dataclass(frozen=True)
class Cue:
    """The reporting word(s). A discontinuous cue ("teilte … mit") spans from its first to its
    last word; ``parts`` lists the words themselves."""

    text: str
    start: int
    end: int
    lemma: str | None = None
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Content(Span):
    """The reported message. Where the attribution's own cue and source stand inside it ("Ein
    Tatverdacht bestehe | nach Angaben der Bundesanwaltschaft | nicht mehr"), it spans from its first
    to its last word and ``parts`` lists the two pieces around them: the message is the pieces."""

    parts: tuple[Span, ...] = ()


@dataclass
class Attribution:
    """A statement, claim or announcement that the text attributes to a source."""

    id: str
    type: AttributionType
    source: Source | None
    cue: Cue | None
    content: Content
    nested_in: str | None = None
    stance: Stance = "neutral"
    addressee: Source | None = None  # to whom it was said ("sagte der Nachrichtenagentur Tass")
    confidence: float | None = None  # probability that content and source are right; None: not scored

    @property
    def speaker(self) -> str | None:
        """Whom the source resolves to, by name, else its words in the text: the one speaker
        name that balance, claims, markers and the store's tables use."""
        return self.source.name if self.source is not None else None


def confident(attributions: list[Attribution], min_confidence: float) -> list[Attribution]:
    """The attributions scored at least ``min_confidence`` (unscored ones are dropped: nothing
    vouches for them); one nested in a dropped report is no longer nested."""
    kept = [a for a in attributions if a.confidence is not None and a.confidence >= min_confidence]
    ids = {a.id for a in kept}
    return [a if a.nested_in is None or a.nested_in in ids else replace(a, nested_in=None) for a in kept]


@dataclass(frozen=True)
class Marker:
    """A framing device: scare quote, hedge, loaded word or reader appeal."""

    kind: MarkerKind
    text: str
    start: int
    end: int
    attributed_to: str | None = None
    target: Span | None = None
    attribution: str | None = None


@dataclass(frozen=True)
class ClaimDenial:
    """A claim and the denial that answers it, paired because the text links them: a relative
    clause ("…, was Moskau als Falschinformation bezeichnete"), the denial's object ("wies die
    Warnungen … zurück") or the denial's own content ("bestritt, dass …")."""

    claim: Span
    denial: str
    link: ContestLink
    claim_attribution: str | None = None
    claimant: str | None = None
    denier: str | None = None


@dataclass(frozen=True)
class Trigger:
    """The word(s) that tell an event: a verb (with its particle) or a noun."""

    text: str
    start: int
    end: int
    lemma: str | None = None


@dataclass(frozen=True)
class Party:
    """An event's actor or recipient: its mention and the codes it resolves to."""

    text: str
    start: int
    end: int
    canonical: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or WST / NATO / EUR / an IGO code
    agent: str | None = None  # CAMEO sector: GOV, MIL, COP, …
    entity: str | None = None
    code: str | None = None  # the CAMEO actor code, as GDELT writes it: "RUSGOV", "IGOWSTNAT"


@dataclass(frozen=True)
class EventMention:
    """One place in the article that tells an event."""

    trigger: Trigger


@dataclass
class Event:
    """Who did what to whom, coded in PLOVER and CAMEO, with the modality a reader needs."""

    id: str
    type: str  # PLOVER category
    cameo: str
    quad: str
    trigger: Trigger
    actor: Party | None
    recipient: Party | None
    modality: Modality = "asserted"
    attribution: str | None = None  # the attribution whose content tells it
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    mentions: list[EventMention] = field(default_factory=list)


@dataclass
class Tally:
    """What one voice (or side, or the whole article) contributes to an article."""

    name: str
    side: str | None = None
    attributions: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_stance: dict[str, int] = field(default_factory=dict)
    quoted_words: int = 0
    hedges: int = 0
    scare_quotes: int = 0
    denials: int = 0
    denied: int = 0


@dataclass
class Balance:
    """The balance of voices: the article's total, one tally per resolved source and one per
    side (a country, where the text names it) of the sources."""

    total: Tally
    sources: list[Tally] = field(default_factory=list)
    sides: list[Tally] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Balance":
        return cls(Tally(**data["total"]), [Tally(**t) for t in data.get("sources", [])],
                   [Tally(**t) for t in data.get("sides", [])])


@dataclass
class Document:
    """The analysed text and what is known about where it came from."""

    text: str
    lang: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)


@dataclass
class Readout:
    """Everything wortlaut read in one document."""

    doc: Document
    segments: list[Segment] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    claims: list[ClaimDenial] = field(default_factory=list)
    balance: Balance | None = None
    events: list[Event] = field(default_factory=list)
    schema: str = SCHEMA
    ext: dict[str, Any] = field(default_factory=dict)

    def ranges(self, kinds: frozenset[str]) -> list[tuple[int, int]]:
        """The character ranges of the segments of ``kinds``; the whole text when the structure
        was not read (no segments)."""
        if not self.segments:
            return [(0, len(self.doc.text))]
        return [(s.start, s.end) for s in self.segments if s.kind in kinds]

    def to_dict(self) -> dict[str, Any]:
        data = {
            "schema": self.schema,
            "doc": asdict(self.doc),
            "segments": [asdict(s) for s in self.segments],
            "entities": [asdict(e) for e in self.entities],
            "attributions": [_attribution_dict(a) for a in self.attributions],
            "markers": [asdict(m) for m in self.markers],
            "claims": [asdict(c) for c in self.claims],
            "balance": asdict(self.balance) if self.balance is not None else None,
            "events": [asdict(e) for e in self.events],
        }
        if self.ext:
            data["ext"] = self.ext
        return data

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Readout":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} readout: schema is {data.get('schema')!r}")
        return cls(
            doc=Document(**data["doc"]),
            segments=[Segment(**s) for s in data.get("segments", [])],
            entities=[
                Entity(e["id"], e["label"], e["canonical"], [Span(**m) for m in e["mentions"]])
                for e in data.get("entities", [])
            ],
            attributions=[_attribution_from_dict(a) for a in data.get("attributions", [])],
            markers=[_marker_from_dict(m) for m in data.get("markers", [])],
            claims=[ClaimDenial(**{**c, "claim": Span(**c["claim"])}) for c in data.get("claims", [])],
            balance=Balance.from_dict(data["balance"]) if data.get("balance") else None,
            events=[_event_from_dict(e) for e in data.get("events", [])],
            ext=dict(data.get("ext") or {}),
        )

    def spans(self) -> Iterator[tuple[str, Span | Source | Cue | Marker | Trigger | Party]]:
        """Every text span in the readout, with a label saying where it sits."""
        for entity in self.entities:
            for mention in entity.mentions:
                yield f"entity {entity.id} mention", mention
        for att in self.attributions:
            yield f"attribution {att.id} content", att.content
            for part in att.content.parts:
                yield f"attribution {att.id} content part", part
            if att.source is not None:
                yield f"attribution {att.id} source", att.source
            if att.addressee is not None:
                yield f"attribution {att.id} addressee", att.addressee
            if att.cue is not None:
                yield f"attribution {att.id} cue", att.cue
                for part in att.cue.parts:
                    yield f"attribution {att.id} cue part", part
        for marker in self.markers:
            yield f"marker {marker.kind}", marker
            if marker.target is not None:
                yield f"marker {marker.kind} target", marker.target
        for n, pair in enumerate(self.claims, start=1):
            yield f"claim {n} (denied by {pair.denial})", pair.claim
        for event in self.events:
            for mention in event.mentions:
                yield f"event {event.id} trigger", mention.trigger
            for role, party in (("actor", event.actor), ("recipient", event.recipient)):
                if party is not None:
                    yield f"event {event.id} {role}", party


def _attribution_dict(att: Attribution) -> dict[str, Any]:
    data = asdict(att)
    for role in ("cue", "content"):
        if data[role] is not None:
            data[role]["parts"] = [asdict(p) for p in getattr(att, role).parts]
    return data


def _parts(data: dict[str, Any]) -> dict[str, Any]:
    """A cue's or content's JSON with its pieces as spans."""
    return {**data, "parts": tuple(Span(**p) for p in data.get("parts", []))}


def _marker_from_dict(data: dict[str, Any]) -> Marker:
    target = data.get("target")
    return Marker(**{**data, "target": Span(**target) if target else None})


def _attribution_from_dict(data: dict[str, Any]) -> Attribution:
    cue = data.get("cue")
    source = data.get("source")
    addressee = data.get("addressee")
    return Attribution(
        id=data["id"],
        type=data["type"],
        source=Source(**source) if source else None,
        cue=Cue(**_parts(cue)) if cue else None,
        content=Content(**_parts(data["content"])),
        nested_in=data.get("nested_in"),
        stance=data.get("stance", "neutral"),
        addressee=Source(**addressee) if addressee else None,
        confidence=data.get("confidence"),
    )


def _event_from_dict(data: dict[str, Any]) -> Event:
    actor, recipient = data.get("actor"), data.get("recipient")
    return Event(**{
        **data,
        "trigger": Trigger(**data["trigger"]),
        "actor": Party(**actor) if actor else None,
        "recipient": Party(**recipient) if recipient else None,
        "context": list(data.get("context") or []),
        "mentions": [EventMention(Trigger(**m["trigger"])) for m in data.get("mentions", [])],
    })


def spans_read_from_text(readout: Readout) -> Readout:
    """``readout`` with every span's text read again from its document's text. The NLP pipeline
    reads a copy of the text with plain spaces for Unicode ones (``nlp.pieces.plain_spaces``, one
    character for one), so the analysers' offsets hold for the text as given and their span texts
    are the copy's until read again here."""
    data = readout.to_dict()
    _read_spans(data, data["doc"]["text"])
    return Readout.from_dict(data)


def _read_spans(node: object, text: str) -> None:
    if isinstance(node, dict):
        start, end = node.get("start"), node.get("end")
        if isinstance(start, int) and isinstance(end, int) and isinstance(node.get("text"), str):
            node["text"] = text[start:end]
        for value in node.values():
            _read_spans(value, text)
    elif isinstance(node, list):
        for value in node:
            _read_spans(value, text)


def span_problems(readout: Readout) -> list[str]:
    """Every way in which the readout's spans disagree with its text (empty when sound).

    This is the single check of the span invariant ``text[start:end] == span.text``; tests and
    the CLI's ``--check`` rely on it.
    """
    text = readout.doc.text
    problems = []
    for where, span in readout.spans():
        if not 0 <= span.start <= span.end <= len(text):
            problems.append(f"{where}: offsets {span.start}:{span.end} outside 0:{len(text)}")
        elif text[span.start:span.end] != span.text:
            problems.append(f"{where}: text[{span.start}:{span.end}] is not {span.text!r}")
    for seg in readout.segments:
        if not 0 <= seg.start < seg.end <= len(text):
            problems.append(f"segment {seg.kind}: offsets {seg.start}:{seg.end} outside 0:{len(text)}")
    return problems
