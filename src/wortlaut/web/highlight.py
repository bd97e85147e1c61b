"""An article's text cut into pieces that each carry what covers them: an attribution's source, cue
or content (coloured per speaker), a framing marker, the segment kind.

Spans nest and overlap (a quotation inside a paraphrase, a scare quote inside a quotation), so
the text is split at every span boundary; each piece takes the innermost attribution role that
covers it, and the markers and segment around it. Pieces are plain text: the template escapes
them, so the article can never inject markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from wortlaut.attribution.confidence import UNCERTAIN_BELOW
from wortlaut.model import Attribution, Readout

PALETTE = 8
ROLE_ORDER = {"source": 0, "cue": 1, "content": 2}
NO_SOURCE = "(no source named)"


@dataclass(frozen=True)
class Piece:
    text: str
    classes: str = ""
    title: str | None = None
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layer:
    start: int
    end: int
    kind: str
    css: str
    title: str | None = None
    priority: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Statement:
    """One row of the side panel: who said what, linking to its place in the text."""

    anchor: str
    speaker: str
    css: str
    type: str
    stance: str
    cue: str | None
    content: str
    nested_in: str | None
    addressee: str | None = None
    confidence: float | None = None

    @property
    def uncertain(self) -> bool:
        return is_uncertain(self.confidence)


def is_uncertain(confidence: float | None) -> bool:
    """Scored, and lower than the CLI and the web app trust without a second look."""
    return confidence is not None and confidence < UNCERTAIN_BELOW


@dataclass
class ArticleView:
    pieces: list[Piece]
    statements: list[Statement]
    speakers: list[tuple[str, str, int]] = field(default_factory=list)


def speaker_of(att: Attribution) -> str:
    return att.speaker or NO_SOURCE


def speaker_classes(readout: Readout) -> dict[str, str]:
    """A colour class per speaker, in order of first appearance; statements without a source are grey."""
    classes: dict[str, str] = {NO_SOURCE: "sp-none"}
    for att in readout.attributions:
        classes.setdefault(speaker_of(att), f"sp{(len(classes) - 1) % PALETTE}")
    return classes


def anchor_id(att: Attribution) -> str:
    return f"att-{att.id}"


def evidence_anchor(start: int, end: int) -> str:
    """The anchor of an evidence span the article page marks (``?mark=START-END``): a comparison's
    cell links to ``/article/DOC?mark=START-END#ev-START-END``."""
    return f"ev-{start}-{end}"


def article_view(readout: Readout, marks: tuple[tuple[int, int], ...] = ()) -> ArticleView:
    """The article's pieces and side panel; ``marks``: evidence spans to mark, each with its anchor."""
    colours = speaker_classes(readout)
    layers = _layers(readout, colours)
    layers += [Layer(start, end, "evidence", "ev", f"evidence [{start}:{end}]") for start, end in marks]
    anchors: dict[int, list[str]] = {}
    for start, end in marks:
        anchors.setdefault(start, []).append(evidence_anchor(start, end))
    for att in readout.attributions:
        anchors.setdefault(att.content.start, []).append(anchor_id(att))
    statements = [Statement(anchor_id(a), speaker_of(a), colours[speaker_of(a)], a.type, a.stance,
                            a.cue.text if a.cue else None, a.content.text, a.nested_in,
                            a.addressee.name if a.addressee else None, a.confidence)
                  for a in sorted(readout.attributions, key=lambda a: a.content.start)]
    counts: dict[str, int] = {}
    for statement in statements:
        counts[statement.speaker] = counts.get(statement.speaker, 0) + 1
    speakers = [(name, colours[name], n) for name, n in counts.items()]
    return ArticleView(_pieces(readout.doc.text, layers, anchors), statements, speakers)


def _layers(readout: Readout, colours: dict[str, str]) -> list[Layer]:
    layers = [Layer(s.start, s.end, "segment", f"seg-{s.kind}") for s in readout.segments]
    layers += [Layer(m.start, m.end, "marker", f"mk mk-{m.kind}",
                     m.kind.replace("_", " ") + (f" ({m.attributed_to})" if m.attributed_to else ""))
               for m in readout.markers]
    for att in readout.attributions:
        speaker = speaker_of(att)
        title = f"{speaker} · {att.type} · {att.stance}"
        if att.confidence is not None:
            title += f" · confidence {att.confidence:.2f}"
        doubt = " uncertain" if is_uncertain(att.confidence) else ""
        spans = [("content", p.start, p.end) for p in att.content.parts or (att.content,)]
        if att.source is not None:
            spans.append(("source", att.source.start, att.source.end))
        if att.cue is not None:
            parts = att.cue.parts or (att.cue,)
            spans += [("cue", p.start, p.end) for p in parts]
        for role, start, end in spans:
            layers.append(Layer(start, end, "attribution", f"att {role} {colours[speaker]}{doubt}", f"{role}: {title}",
                                (ROLE_ORDER[role], end - start)))
    return [layer for layer in layers if layer.start < layer.end]


def _pieces(text: str, layers: list[Layer], anchors: dict[int, list[str]]) -> list[Piece]:
    cuts = sorted({0, len(text), *anchors, *(x for layer in layers for x in (layer.start, layer.end))})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [layer for layer in layers if layer.start <= start and end <= layer.end]
        attribution = min((layer for layer in covering if layer.kind == "attribution"),
                          key=lambda layer: layer.priority, default=None)
        chosen = [layer for layer in covering if layer.kind != "attribution"]
        if attribution is not None:
            chosen.append(attribution)
        titles = [layer.title for layer in chosen if layer.title]
        pieces.append(Piece(text[start:end], " ".join(layer.css for layer in chosen),
                            " — ".join(titles) or None, tuple(anchors.get(start, ()))))
    return pieces
