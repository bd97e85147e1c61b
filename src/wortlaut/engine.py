"""One document in, one readout out: the text is parsed once, then every configured stage reads
the parse and fills its part of the readout (see ``stages``)."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterator, Sequence, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

import wortlaut.attribution  # noqa: F401  (registers the analysers' stages)
import wortlaut.events  # noqa: F401
import wortlaut.framing  # noqa: F401
import wortlaut.nlp.entities  # noqa: F401
import wortlaut.nlp.structure  # noqa: F401
from wortlaut.ingest import IngestedText, InputError, ReadOptions, read_input
from wortlaut.ingest.dates import iso_date
from wortlaut.ingest.text import require_content
from wortlaut.model import Document, Readout, confident, spans_read_from_text
from wortlaut.nlp import check_language, detect_language, load_pipeline
from wortlaut.nlp.pieces import PIECE_CHARS, parse, plain_spaces
from wortlaut.nlp.space_runs import pipe_single_spaced
from wortlaut.stages import Stage, plan_stages

T = TypeVar("T")
DEFAULT_STAGES: tuple[str, ...] = ("structure", "entities", "attribution", "framing", "events")


@dataclass(frozen=True)
class AnalyzeOptions:
    lang: str | None = None
    model: str | None = None
    read: ReadOptions = ReadOptions()
    stages: tuple[str, ...] | None = None  # None: DEFAULT_STAGES
    time_limit: float | None = None  # seconds one document may take; None: no limit
    min_confidence: float | None = None  # drop attributions scored lower, before the stages that read them


class DocumentTimeout(InputError):
    """A document took longer than its time limit."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the block after ``seconds`` (a real-time alarm: Unix, main thread
    only; elsewhere the block runs unlimited; inside another deadline the outer one holds). Native
    code is interrupted at its next return to Python, which spaCy and trafilatura reach often."""
    if not seconds or threading.current_thread() is not threading.main_thread() \
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def planned_stages(names: tuple[str, ...] | None = None) -> tuple[Stage, ...]:
    """The stages a run of ``names`` executes (their requirements added); raises StageError."""
    return plan_stages(names or DEFAULT_STAGES)


def analyze_text(text: str, lang: str | None = None, *, model: str | None = None,
                 stages: tuple[str, ...] | None = None, doc_id: str | None = None,
                 title: str | None = None, url: str | None = None, outlet: str | None = None,
                 published: str | None = None, author: str | None = None,
                 min_confidence: float | None = None) -> Readout:
    """Analyse ``text`` as it is (offsets in the readout index into exactly this string; the
    pipeline reads it with plain spaces for no-break and other Unicode spaces, ``plain_spaces``).

    ``lang`` is one of the supported language codes or None to detect it; ``stages`` names
    the analysers to run (default: all of ``DEFAULT_STAGES``). With ``min_confidence``, the
    attributions scored lower are dropped as soon as they are found, so that framing, balance
    and events read only the ones kept.
    """
    plan = planned_stages(stages)
    nlp, readout = _start(text, lang, model, doc_id=doc_id, title=title, url=url, outlet=outlet,
                          published=published, author=author)
    return _read(parse(nlp, text), readout, plan, min_confidence)


def analyze_ingested(item: IngestedText, options: AnalyzeOptions = AnalyzeOptions()) -> Readout:
    """Analyse what was read, within ``options.time_limit``."""
    with deadline(options.time_limit):
        return analyze_text(item.text, options.lang, model=options.model, stages=options.stages,
                            title=item.title, url=item.url, outlet=item.outlet, published=item.published,
                            author=item.author, min_confidence=options.min_confidence)


def analyze_many(items: Sequence[IngestedText], options: AnalyzeOptions = AnalyzeOptions()) -> list[Readout | Exception]:
    """The readouts of ``items`` in order, their texts parsed together with ``nlp.pipe`` (the
    network layers run on several documents at once: 5–10 % faster than one by one).

    Each item is its own outcome: one that fails gets the exception instead of a readout. A
    group whose joint parse fails or runs past ``options.time_limit`` per item is parsed again
    one by one, each within the limit, so a bad document costs only itself."""
    plan = planned_stages(options.stages)
    starts = [_attempt(partial(_start_ingested, item, options)) for item in items]
    parses = _joint_parses(starts, options.time_limit)
    outcomes: list[Readout | Exception] = []
    for i, start in enumerate(starts):
        if isinstance(start, Exception):
            outcomes.append(start)
            continue
        nlp, readout = start
        outcomes.append(_attempt(partial(_read_within, nlp, readout, plan, options, parses.pop(i, None))))
    return outcomes


def _start(text: str, lang: str | None, model: str | None, *, doc_id: str | None = None, title: str | None = None,
           url: str | None = None, outlet: str | None = None, published: str | None = None,
           author: str | None = None) -> tuple[Language, Readout]:
    """The pipeline for ``text`` and its empty readout, after the checks that need no parse."""
    require_content(text)
    lang = check_language(lang) if lang else detect_language(text)
    nlp = load_pipeline(lang, model)
    if len(text) > nlp.max_length:
        raise InputError(f"{len(text):,} characters are more than the {nlp.max_length:,} wortlaut analyses "
                         "in one document")
    return nlp, Readout(doc=Document(text=text, lang=lang, id=doc_id or "", title=title, url=url, outlet=outlet,
                                     published=iso_date(published, doc_id or title or ""), author=author))


def _start_ingested(item: IngestedText, options: AnalyzeOptions) -> tuple[Language, Readout]:
    return _start(item.text, options.lang, options.model, title=item.title, url=item.url, outlet=item.outlet,
                  published=item.published, author=item.author)


def _read(doc: Doc, readout: Readout, plan: tuple[Stage, ...], min_confidence: float | None) -> Readout:
    """Run the planned stages over the parse (of the text with plain spaces: the spans' texts are
    read again from the text as given where the two differ)."""
    for stage in plan:
        stage(doc, readout)
        if min_confidence is not None and "attributions" in stage.assigns:
            readout.attributions = confident(readout.attributions, min_confidence)
    return readout if doc.text == readout.doc.text else spans_read_from_text(readout)


def _read_within(nlp: Language, readout: Readout, plan: tuple[Stage, ...], options: AnalyzeOptions,
                 doc: Doc | None) -> Readout:
    with deadline(options.time_limit):
        return _read(doc if doc is not None else parse(nlp, readout.doc.text), readout, plan, options.min_confidence)


def _joint_parses(starts: Sequence[tuple[Language, Readout] | Exception], limit: float | None) -> dict[int, Doc]:
    """Parses of the started items short enough to parse whole, by item index, made with
    ``nlp.pipe`` per pipeline; a group that fails is left out (parsed one by one later)."""
    groups: dict[int, list[int]] = {}
    for i, start in enumerate(starts):
        if not isinstance(start, Exception) and len(start[1].doc.text) <= PIECE_CHARS:
            groups.setdefault(id(start[0]), []).append(i)
    parses: dict[int, Doc] = {}
    for indices in groups.values():
        nlp = starts[indices[0]][0]
        texts = [plain_spaces(starts[i][1].doc.text) for i in indices]
        try:
            with deadline(limit * len(indices) if limit else None):
                parses.update(zip(indices, pipe_single_spaced(nlp, texts, batch_size=len(indices))))
        except Exception:  # noqa: BLE001 - the documents are parsed again one by one, each within its limit
            continue
    return parses


def _attempt(work: Callable[[], T]) -> T | Exception:
    """``work()``, or the exception it raised: in a group, one document's failure is its own."""
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - handed back to the caller as that item's outcome
        return exc


def analyze_input(name: str, options: AnalyzeOptions = AnalyzeOptions()) -> Readout:
    """Read a file, URL or ``-`` and analyse it."""
    return analyze_ingested(read_input(name, options.read), options)
