"""Analysing several documents at once (``analyze_many``) reads each exactly as ``analyze_text``
reads it alone, and one document's failure stays its own."""
from pathlib import Path

from wortlaut.engine import AnalyzeOptions, analyze_many, analyze_text
from wortlaut.ingest import IngestedText, InputError
from wortlaut.model import Readout, span_problems
from wortlaut.nlp.pieces import PIECE_CHARS

ENGLISH = ("Senator Jane Miller said on Tuesday that the bill would fail. \u201cWe do not have the votes,\u201d "
           "she told reporters in Washington.")


def _item(text: str, name: str) -> IngestedText:
    return IngestedText(text=text, name=name, title=name)


def test_documents_parsed_together_read_as_each_alone(example_path: Path, seed_text: str) -> None:
    example = example_path.read_text(encoding="utf-8")
    texts = [example, seed_text, ENGLISH]
    together = analyze_many([_item(t, f"doc{i}") for i, t in enumerate(texts)])
    alone = [analyze_text(t, title=f"doc{i}") for i, t in enumerate(texts)]
    assert [r.to_dict() for r in together] == [r.to_dict() for r in alone]
    assert together[1].attributions and together[2].attributions


def test_a_failing_document_does_not_take_the_others_with_it(example_path: Path) -> None:
    example = example_path.read_text(encoding="utf-8")
    outcomes = analyze_many([_item(example, "a"), _item("   ", "empty"), _item(ENGLISH, "b")],
                            AnalyzeOptions(stages=("attribution",)))
    assert isinstance(outcomes[0], Readout) and isinstance(outcomes[2], Readout)
    assert isinstance(outcomes[1], InputError)
    assert outcomes[2].attributions[0].source.text == "Senator Jane Miller"


def test_a_long_document_among_short_ones_is_parsed_in_pieces(example_path: Path) -> None:
    example = example_path.read_text(encoding="utf-8")
    long = "\n\n".join([example] * (PIECE_CHARS // len(example) + 2))
    assert len(long) > PIECE_CHARS
    short, joined = analyze_many([_item(example, "short"), _item(long, "long")], AnalyzeOptions(stages=("attribution",)))
    assert len(joined.attributions) > len(short.attributions) > 0
    assert joined.to_dict() == analyze_text(long, title="long", stages=("attribution",)).to_dict()


def test_a_no_break_space_is_read_as_a_plain_space() -> None:
    """It had been a token of its own, which broke the parse: the message ended at "forced to". The
    readout keeps the text as given, its spans read from it."""
    text = "Parents said they were forced to\u00a0pay smugglers because the wait was too long."
    readout = analyze_text(text, "en")
    assert readout.doc.text == text and span_problems(readout) == []
    (attribution,) = readout.attributions
    assert attribution.content.text == "they were forced to\u00a0pay smugglers because the wait was too long"
    [together] = analyze_many([_item(text, "nbsp")])
    assert together.to_dict()["attributions"] == readout.to_dict()["attributions"]
