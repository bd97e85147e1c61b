"""Stages: registered analysers with one call shape, planned in order of what they need.

The ``exclamations`` analyser below is written only for these tests; it is the worked example of
``docs/analysers.md`` (a stage, its record in the readout, its table)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wortlaut import analyze_text
from wortlaut.batch.output import arrow_schema
from wortlaut.engine import DEFAULT_STAGES, planned_stages
from wortlaut.model import REPORTAGE, Readout
from wortlaut.stages import REGISTRY, StageError, plan_stages, register_stage
from wortlaut.store.schema import create_table
from wortlaut.store.tables import INTEGER, Column, Origin, Table

TEXT = ("Der Minister warnt die Bevölkerung vor dem Sturm\n\n"
        "Der Minister sagte am Montag, der Sturm sei gefährlich! Alle sollten zu Hause bleiben.\n"
        "Foto: dpa!\n")
BODY = TEXT.index("Der Minister sagte"), TEXT.index("\nFoto")


def count_exclamations(doc: Doc, readout: Readout) -> None:
    """Exclamation marks per reportage segment (the credit line's one does not count)."""
    readout.ext["exclamations"] = [
        {"start": start, "end": end, "count": readout.doc.text[start:end].count("!")}
        for start, end in readout.ranges(REPORTAGE)]


EXCLAMATIONS = Table("exclamations", (
    Column("doc_id", nullable=False), Column("char_start", INTEGER), Column("char_end", INTEGER),
    Column("count", INTEGER),
), lambda readout, origin: [{"doc_id": readout.doc.id, "char_start": e["start"], "char_end": e["end"],
                             "count": e["count"]} for e in readout.ext.get("exclamations", [])])


@pytest.fixture
def exclamations_stage():
    register_stage("exclamations", requires=("segments",), assigns=("ext.exclamations",))(count_exclamations)
    yield
    del REGISTRY["exclamations"]


def test_the_default_stages_run_in_the_order_of_what_they_need():
    assert [s.name for s in planned_stages()] == list(DEFAULT_STAGES)
    framing = next(s for s in planned_stages() if s.name == "framing")
    assert "attributions" in framing.requires and "markers" in framing.assigns


def test_asking_for_one_stage_runs_what_it_requires_first():
    assert [s.name for s in plan_stages(["framing"])] == ["structure", "entities", "attribution", "framing"]
    assert [s.name for s in plan_stages(["entities"])] == ["entities"]


def test_a_missing_requirement_is_an_error_at_start_up_not_a_key_error_later():
    with pytest.raises(StageError, match="'framing' requires 'attributions': add stage 'attribution'"):
        plan_stages(["structure", "entities", "framing"], add_required=False)
    with pytest.raises(StageError, match="must run first"):
        plan_stages(["structure", "entities", "framing", "attribution"], add_required=False)
    with pytest.raises(StageError, match="no stage 'sentiment'"):
        analyze_text(TEXT, "de", stages=("sentiment",))


def test_a_requirement_that_nothing_assigns_is_named(exclamations_stage):
    register_stage("needs_sentiment", requires=("sentiment",), assigns=("ext.x",))(count_exclamations)
    try:
        with pytest.raises(StageError, match="requires 'sentiment', which no registered stage assigns"):
            plan_stages(["needs_sentiment"])
    finally:
        del REGISTRY["needs_sentiment"]


def test_a_subset_of_stages_fills_only_their_fields():
    readout = analyze_text(TEXT, "de", stages=("structure",))
    assert [s.kind for s in readout.segments] == ["title", "body", "credit"]
    assert readout.entities == [] and readout.attributions == [] and readout.balance is None


def test_a_stage_of_another_package_runs_and_its_table_derives_from_one_declaration(exclamations_stage):
    readout = analyze_text(TEXT, "de", stages=("exclamations",))
    assert readout.ext["exclamations"] == [{"start": 0, "end": TEXT.index("\n"), "count": 0},
                                           {"start": BODY[0], "end": BODY[1], "count": 1}]
    assert Readout.from_dict(readout.to_dict()).ext == readout.ext
    rows = EXCLAMATIONS.rows(readout, Origin())
    assert [EXCLAMATIONS.values(r) for r in rows][1] == (readout.doc.id, *BODY, 1)
    assert create_table(EXCLAMATIONS, 1) == ("CREATE TABLE exclamations (doc_id VARCHAR NOT NULL, "
                                             "char_start INTEGER, char_end INTEGER, count INTEGER)")
    assert arrow_schema(EXCLAMATIONS).names == ["doc_id", "char_start", "char_end", "count"]


def test_a_readout_without_extensions_has_no_ext_field():
    assert "ext" not in analyze_text(TEXT, "de", stages=("structure",)).to_dict()
