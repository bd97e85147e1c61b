import io
import json
import subprocess
import sys

import pytest
from rich.console import Console

from wortlaut import analyze_text
from wortlaut.attribution.confidence import UNCERTAIN_BELOW
from wortlaut.cli import build_parser, main
from wortlaut.cli.report import print_report
from wortlaut.model import Readout


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wortlaut.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_json_readout_of_the_seed(seed_text, tmp_path, capsys):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    readout = json.loads(capsys.readouterr().out)
    assert readout["schema"] == "wortlaut.readout/1"
    assert readout["doc"]["text"] == seed_text
    assert readout["doc"]["lang"] == "de"
    kinds = [s["kind"] for s in readout["segments"]]
    assert kinds[:2] == ["kicker", "title"]
    assert {"credit", "related", "appeal"} <= set(kinds)


def test_text_report(example_path, capsys):
    assert main(["analyze", str(example_path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Umstrukturierung führt zu Stellenabbau bei RTL" in out
    assert "language: de" in out
    assert "Who said what" in out and "Structure" in out and "sure" in out


@pytest.fixture(scope="module")
def seed_readout(seed_text) -> Readout:
    return analyze_text(seed_text, "de")


@pytest.fixture(scope="module")
def seed_report(seed_text, tmp_path_factory) -> str:
    """The seed's text report as `wortlaut analyze seed.txt --format text | less` gets it: written to
    a stream that is not a terminal, whose width no COLUMNS setting changes."""
    path = tmp_path_factory.mktemp("report") / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as env:
        env.delenv("COLUMNS", raising=False)
        args = build_parser().parse_args(["analyze", str(path), "--format", "text"])
        assert args.run(args, out, io.StringIO()) == 0
    return out.getvalue()


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_seed_report_shows_every_attribution_whole_with_its_offsets(seed_readout, seed_report):
    flat = _flat(seed_report)
    assert seed_readout.attributions
    for att in seed_readout.attributions:
        assert _flat(f"content {att.content.start}–{att.content.end} {att.content.text}") in flat, att.id
        for role, party in (("source", att.source), ("to", att.addressee)):
            if party is not None:
                assert f"{role} {party.name} (" in flat and f"{party.start}–{party.end})" in flat, att.id


def test_the_seed_report_marks_the_uncertain_attributions(seed_readout, seed_report):
    headings = {line.split(" · ")[0]: line for line in seed_report.splitlines() if line.startswith("a")}
    for att in seed_readout.attributions:
        assert headings[att.id].startswith(f"{att.id} · {att.type} · {att.stance} · sure {att.confidence:.2f}")
        assert ("(uncertain)" in headings[att.id]) == (att.confidence < UNCERTAIN_BELOW)


def test_the_seed_report_shows_all_nine_markers_and_both_claims(seed_readout, seed_report):
    flat = _flat(seed_report)
    markers, claims = seed_readout.markers, seed_readout.claims
    assert len(markers) == 9 and len(claims) == 2
    assert "9 markers (2 outside attributions) · 2 claims" in flat
    for marker in markers:
        place = f"in {marker.attribution}" if marker.attribution else "outside attributions"
        assert _flat(f"{marker.kind} · {place} text {marker.start}–{marker.end} {marker.text} "
                     f"words of {marker.attributed_to or '—'}") in flat
        if marker.target is not None:
            assert f"target {marker.target.start}–{marker.target.end} {marker.target.text}" in flat
    for n, pair in enumerate(claims, start=1):
        assert (f"claim {n} · denied in {pair.denial} claim {pair.claim.start}–{pair.claim.end} {pair.claim.text} "
                f"claimed by {pair.claimant or '—'}") in flat
        assert f"denied by {pair.denier} ({pair.denial}) link {pair.link}" in flat


def test_the_seed_report_fits_80_columns_and_cuts_no_evidence(seed_report):
    lines = seed_report.splitlines()
    assert max(len(line) for line in lines) <= 80
    evidence = lines[next(i for i, line in enumerate(lines) if line.startswith("Who said what")):]
    assert [line for line in evidence if "…" in line and not line.startswith("  cue")] == []


def test_the_seed_report_keeps_the_events_table_and_explains_the_balance(seed_readout, seed_report):
    flat = _flat(seed_report)
    assert f"Events ({len(seed_readout.events)})" in flat and "actor → recipient" in flat
    for event in seed_readout.events:
        assert f"{event.trigger.start}–{event.trigger.end}" in flat
    assert "Balance" in flat and "type d/m/i: direct, mixed, indirect" in flat
    assert "denies/denied: claims the source denies / its own claims denied" in flat


def test_brackets_in_quoted_words_are_shown_as_written():
    """An editor's insertion in square brackets must not be read as console markup and vanish."""
    readout = analyze_text('"They [the rebels] will not stop until [b]Kyiv[/b] falls," the minister said.', "en")
    out = io.StringIO()
    print_report(readout, Console(file=out, width=80))
    assert '"They [the rebels] will not stop until [b]Kyiv[/b] falls,"' in out.getvalue()


def test_a_minimum_confidence_keeps_only_attributions_scored_at_least_that(seed_text, tmp_path, capsys):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["analyze", str(path), "--min-confidence", "0.5"]) == 0
    readout = json.loads(capsys.readouterr().out)
    assert readout["attributions"] and all(a["confidence"] >= 0.5 for a in readout["attributions"])


def test_several_inputs_give_json_lines_and_failures_do_not_stop_the_others(example_path, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n", encoding="utf-8")
    status = main(["analyze", str(example_path), str(empty), str(tmp_path / "missing.txt"), str(example_path)])
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.out.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["doc"]["lang"] == "de" for line in lines)
    errors = captured.err.strip().splitlines()
    assert errors == [f"wortlaut: {empty}: empty text: nothing to analyse",
                      f"wortlaut: {tmp_path / 'missing.txt'}: no such file"]


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary data"),
    (bytes(range(0x80, 0x100)) * 3, "no known text encoding"),
    (b"x" * 2000, "over the limit of 1,000"),
])
def test_bad_files_give_one_clear_line_and_no_traceback(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("analyze", str(path), "--max-bytes", "1000")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_stdin_and_language_override():
    result = run("analyze", "-", "--lang", "en", stdin="The minister said the talks would resume.".encode())
    assert result.returncode == 0, result.stderr
    readout = json.loads(result.stdout)
    assert readout["doc"]["lang"] == "en"
    assert readout["doc"]["text"] == "The minister said the talks would resume."


@pytest.mark.parametrize("args", [[], ["analyze"], ["analyze", "x.txt", "--lang", "fr"], ["analyze", "x", "--max-bytes", "0"],
                                  ["analyze", "x", "--min-confidence", "-0.1"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr.decode()


def test_a_pipeline_without_parser_and_entities_is_named_as_such(example_path, tmp_path):
    import spacy

    blank = spacy.blank("de")
    blank.add_pipe("sentencizer")
    blank.to_disk(tmp_path / "blank")
    result = run("analyze", str(example_path), "--model", str(tmp_path / "blank"))
    assert result.returncode == 0
    err = result.stderr.decode()
    assert "wortlaut: warning:" in err and "lacks" in err and "parser (dependencies)" in err
    assert "Traceback" not in err


def test_a_model_spacy_cannot_find_is_one_usage_error(example_path, tmp_path):
    result = run("analyze", str(example_path), str(example_path), "--model", str(tmp_path / "no-such-pipeline"))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("wortlaut:") == 1 and "no spaCy pipeline" in err and "Traceback" not in err


def test_a_document_past_its_time_limit_is_a_failure_not_a_hang(example_path):
    result = run("analyze", str(example_path), "--time-limit", "0.01")
    assert result.returncode == 1
    assert "took longer than 0.01 s" in result.stderr.decode()


def test_a_text_longer_than_one_piece_is_refused_plainly(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Der Minister sagte, die Lage sei ernst. " * 130_000, encoding="utf-8")
    result = run("analyze", str(path), "--lang", "de", "--max-bytes", "7000000")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "more than the 5,000,001 wortlaut analyses in one document" in err and "Traceback" not in err
