"""Ingesting a corpus into the store: read each item, skip what is stored, analyse, commit.

Each document is committed on its own, so stopping a run (or killing it) keeps everything done
so far, and running it again only analyses what is missing. A failing item is recorded with
its reason and the run goes on.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from wortlaut.ingest import IngestedText, InputError
from wortlaut.ingest.corpus import InputItem
from wortlaut.model import Readout
from wortlaut.store.db import Store

Outcome = Literal["added", "republished", "skipped", "failed"]  # republished: a stored text, a new publication
Analyze = Callable[[IngestedText], Readout]


@dataclass(frozen=True)
class ItemResult:
    name: str
    outcome: Outcome
    doc_id: str | None = None
    reason: str | None = None


@dataclass
class LoadReport:
    added: int = 0
    republished: int = 0
    skipped: int = 0
    failed: int = 0

    def count(self, result: ItemResult) -> None:
        setattr(self, result.outcome, getattr(self, result.outcome) + 1)


def load_item(store: Store, item: InputItem, analyze: Analyze) -> ItemResult:
    """Read, analyse and store one item; a failure is recorded with the stage it failed in, never
    raised (bar interrupts)."""
    stage = "read"
    try:
        ingested = item.load()
        existing = store.has_text(ingested.text)
        if existing:
            store.forget_failure(item.name)
            new = store.add_publication(existing, ingested.title, ingested.url, ingested.outlet, ingested.published,
                                        ingested.author, item.name, item.fetched)
            return ItemResult(item.name, "republished" if new else "skipped", existing)
        stage = "analyze"
        readout = analyze(ingested)
        store.add(readout, item.name, item.fetched)
        return ItemResult(item.name, "added", readout.doc.id)
    except (InputError, OSError) as exc:
        reason, error = str(exc), type(exc).__name__
    except Exception as exc:  # one document's bug must not stop a corpus run
        reason, error = f"internal error: {exc!r}", type(exc).__name__
    store.record_failure(item.name, reason, stage, error, item.fetched)
    return ItemResult(item.name, "failed", reason=reason)


def load_corpus(store: Store, items: Iterable[InputItem], analyze: Analyze,
                on_result: Callable[[ItemResult], None] = lambda result: None) -> LoadReport:
    report = LoadReport()
    for item in items:
        result = load_item(store, item, analyze)
        report.count(result)
        on_result(result)
    return report


def load_readouts(store: Store, readouts: Iterable[tuple[str, Readout]],
                  on_result: Callable[[ItemResult], None] = lambda result: None) -> LoadReport:
    """Store readouts analysed elsewhere (a ``wortlaut batch`` output); a stored text only adds
    its publication."""
    report = LoadReport()
    for name, readout in readouts:
        doc = readout.doc
        outcome: Outcome = "added"
        if store.has_text(doc.text):
            new = store.add_publication(doc.id, doc.title, doc.url, doc.outlet, doc.published, doc.author, name)
            outcome = "republished" if new else "skipped"
        else:
            store.add(readout, name)
        result = ItemResult(name, outcome, doc.id)
        report.count(result)
        on_result(result)
    return report
