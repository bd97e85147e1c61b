"""``--stages`` runs a chosen part of the analysis (and what it needs); ``wortlaut stages`` lists
what can be chosen."""
from __future__ import annotations

import json

import pytest

from wortlaut.cli import main

ARTICLE = ("Talks to resume on Monday\n\n"
           "Foreign Secretary David Lammy said on Sunday that the talks would resume on Monday. "
           "\"We are hopeful,\" he told reporters in London.\n")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def analyze_json(capsys, *args: str) -> dict:
    assert main(["analyze", *args, "--lang", "en"]) == 0
    return json.loads(capsys.readouterr().out)


def test_structure_alone_gives_segments_and_nothing_else(article, capsys):
    readout = analyze_json(capsys, "--stages", "structure", str(article))
    assert readout["segments"]
    assert readout["attributions"] == [] and readout["markers"] == [] and readout["entities"] == []
    assert readout["balance"] is None


def test_attribution_runs_the_stages_it_requires_and_no_others(article, capsys):
    readout = analyze_json(capsys, "--stages", "attribution", str(article))
    assert readout["segments"] and readout["entities"] and readout["attributions"]
    assert readout["markers"] == [] and readout["claims"] == []
    assert readout["balance"] is None


def test_an_unknown_stage_is_a_usage_error_before_any_input_is_read(tmp_path, capsys):
    assert main(["analyze", "--stages", "structure,nonsense", str(tmp_path / "missing.txt")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("wortlaut: no stage 'nonsense'") and "missing.txt" not in line


def test_the_stages_command_lists_the_stages_in_run_order(capsys):
    assert main(["stages"]) == 0
    rows = [[cell.strip() for cell in line.strip("│").split("│")]
            for line in capsys.readouterr().out.splitlines() if line.startswith("│")]  # a wrapped cell adds a row
    assert [row[0] for row in rows if row[0]] == ["structure", "entities", "attribution", "framing", "events"]
    assert rows[2] == ["attribution", "segments, entities", "attributions"]
