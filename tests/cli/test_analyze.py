import json
import subprocess
import sys

import pytest

from wortlaut.cli import main


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
