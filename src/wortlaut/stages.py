"""Analysers as registered stages, the way spaCy registers pipeline components.

A stage has a name, the readout fields it ``requires`` and those it ``assigns``, and one call
shape: ``run(doc, readout)`` reads the parsed spaCy ``Doc`` and the readout so far and fills
its own fields. Stages register with :func:`register_stage` when their module is imported;
:func:`plan_stages` turns a list of names into a runnable order and says at start-up, not deep
inside a run, when a requirement cannot be met (as ``nlp.analyze_pipes`` does for spaCy)::

    @register_stage("exclamations", requires=("segments",), assigns=("ext.exclamations",))
    def count_exclamations(doc: Doc, readout: Readout) -> None:
        readout.ext["exclamations"] = doc.text.count("!")

Field names are the readout's own (``segments``, ``entities``, ``attributions`` …); a
stage of another package assigns ``ext.<name>`` and writes ``readout.ext[name]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from spacy.tokens import Doc

from wortlaut.model import Readout

StageFunction = Callable[[Doc, Readout], None]

# Present before any stage runs: the document and its metadata.
GIVEN = frozenset({"doc"})


class StageError(ValueError):
    """A stage list that cannot run: an unknown stage, or a requirement nothing assigns."""


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFunction
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Doc, readout: Readout) -> None:
        self.run(doc, readout)


REGISTRY: dict[str, Stage] = {}


def register_stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
                   ) -> Callable[[StageFunction], StageFunction]:
    """Register ``run(doc, readout)`` as the stage ``name`` (a later registration replaces an
    earlier one, so that a user can swap a built-in analyser for their own)."""
    def register(run: StageFunction) -> StageFunction:
        REGISTRY[name] = Stage(name, run, tuple(requires), tuple(assigns))
        return run
    return register


def get_stage(name: str) -> Stage:
    try:
        return REGISTRY[name]
    except KeyError:
        raise StageError(f"no stage {name!r} (registered: {', '.join(REGISTRY) or 'none'})") from None


def provider(field: str) -> Stage | None:
    """The registered stage that assigns ``field``."""
    return next((s for s in REGISTRY.values() if field in s.assigns), None)


def plan_stages(names: Iterable[str], *, add_required: bool = True) -> tuple[Stage, ...]:
    """The stages to run for ``names``, in an order where each stage follows those it needs.

    With ``add_required`` the stages that assign a missing requirement are added (asking for
    ``framing`` runs ``attribution`` too); without it a missing requirement is an error.
    Named stages keep their given order where their requirements allow it.
    """
    wanted = [get_stage(n) for n in dict.fromkeys(names)]
    planned: list[Stage] = []
    available = set(GIVEN)

    def place(stage: Stage, chain: tuple[str, ...]) -> None:
        if stage in planned:
            return
        if stage.name in chain:
            raise StageError(f"stages require each other in a circle: {' -> '.join((*chain, stage.name))}")
        for field in stage.requires:
            if field in available:
                continue
            source = provider(field)
            if source is None:
                raise StageError(f"stage {stage.name!r} requires {field!r}, which no registered stage assigns")
            if not add_required and source not in wanted:
                raise StageError(f"stage {stage.name!r} requires {field!r}: add stage {source.name!r} before it")
            if not add_required and wanted.index(source) > wanted.index(stage):
                raise StageError(f"stage {stage.name!r} requires {field!r}: stage {source.name!r} must run first")
            place(source, (*chain, stage.name))
        planned.append(stage)
        available.update(stage.assigns)

    for stage in wanted:
        place(stage, ())
    return tuple(planned)


def describe(stages: Iterable[Stage]) -> list[tuple[str, str, str]]:
    """(name, requires, assigns) per stage, for ``wortlaut stages`` and error messages."""
    return [(s.name, ", ".join(s.requires) or "—", ", ".join(s.assigns) or "—") for s in stages]
