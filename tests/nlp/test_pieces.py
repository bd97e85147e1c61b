"""Long texts are parsed in pieces cut at paragraph breaks, and read as if parsed whole."""
from __future__ import annotations

from wortlaut.engine import analyze_text
from wortlaut.nlp import load_pipeline
from wortlaut.nlp.pieces import cut_pieces, parse, plain_spaces

PARAGRAPH = ("Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Regierung werde die Hilfen "
             "verlängern. \"Wir lassen niemanden allein\", erklärte er.\n\n")


def test_pieces_join_to_the_text_and_end_at_paragraph_breaks():
    text = PARAGRAPH * 40
    pieces = cut_pieces(text, 1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces) and len(pieces) > 5
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_text_without_breaks_is_cut_hard():
    assert cut_pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_a_text_parsed_in_pieces_keeps_offsets_and_finds_what_each_paragraph_holds():
    nlp = load_pipeline("de")
    text = PARAGRAPH * 12
    doc = parse(nlp, text, size=500)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    one = nlp(PARAGRAPH)
    assert len(doc.ents) == 12 * len(one.ents)
    assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)
    assert len(list(doc.sents)) == 12 * len(list(one.sents))


def test_a_long_readout_is_the_paragraph_readout_repeated(monkeypatch):
    monkeypatch.setattr("wortlaut.nlp.pieces.PIECE_CHARS", 600)
    text = PARAGRAPH * 10
    whole = analyze_text(text, "de")
    single = analyze_text(PARAGRAPH, "de")
    assert len(whole.attributions) == 10 * len(single.attributions) > 0
    assert {a.speaker for a in whole.attributions} == {a.speaker for a in single.attributions}


MEASURE = """
import resource, sys
from wortlaut.nlp import load_pipeline
from wortlaut.nlp.pieces import parse
nlp = load_pipeline("de")
nlp("Der Minister sagte, die Lage sei ernst.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
doc = parse(nlp, sys.stdin.read())
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024, len(doc))
"""


def test_parsing_a_long_text_does_not_hold_activations_for_all_of_it():
    """200 kB in one call (or in pieces batched by ``nlp.pipe``) raised the peak by ~570 MB."""
    import subprocess
    import sys

    text = PARAGRAPH * (200_000 // len(PARAGRAPH))
    run = subprocess.run([sys.executable, "-c", MEASURE], input=text, capture_output=True, text=True, check=True)
    grown_mb, tokens = map(int, run.stdout.split())
    assert tokens > 30_000 and grown_mb < 200


def test_the_copy_the_pipeline_reads_has_plain_spaces_one_for_one():
    text = "25.\u00a0Januar, 10\u202f000 Euro,\u2009sagte er."
    assert plain_spaces(text) == "25. Januar, 10 000 Euro, sagte er."
