"""Whitespace tokens are spaces: the English tagger, which never saw one, called most paragraph
breaks proper nouns."""
import pytest

from wortlaut import analyze_text
from wortlaut.nlp import load_pipeline


@pytest.mark.parametrize("lang, text", [
    ("en", "Moore thanked him.\n\nObama announced a series of executive actions on Tuesday."),
    ("de", "Moore dankte ihm.\n\nObama kündigte am Dienstag eine Reihe von Maßnahmen an."),
])
def test_a_paragraph_break_is_a_space(lang, text):
    breaks = [t for t in load_pipeline(lang)(text) if t.is_space]
    assert breaks and all((t.pos_, t.tag_) == ("SPACE", "_SP") for t in breaks)


def test_a_paragraph_break_is_no_part_of_the_next_speaker():
    """"\\n\\nObama", tagged a proper noun, was read as the name between the quotation and
    "announced", and so as the speaker of the paragraph before."""
    readout = analyze_text("Moore thanked him for “stepping up and taking action when Congress won’t.”\n\n"
                           "Obama announced a series of executive actions on Tuesday.", "en")
    assert not any(a.source is not None and "\n" in a.source.text for a in readout.attributions)
    quoted = [a for a in readout.attributions if a.content.text.startswith("“stepping")]
    assert all(a.source is None or a.source.text != "Obama" for a in quoted)
