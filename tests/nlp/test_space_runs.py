"""A run of spaces inside a line is parsed as one space and kept in the Doc as spaces."""
from __future__ import annotations

from wortlaut.engine import AnalyzeOptions, analyze_many, analyze_text
from wortlaut.ingest import IngestedText
from wortlaut.nlp import load_pipeline
from wortlaut.nlp.pieces import parse

NYT = ("''What the Americans did is try to deceive us,'' said  Yaakov Amidror, another former national security "
       "adviser to Mr. Netanyahu.")


def test_the_doc_keeps_the_text_and_parses_as_the_single_spaced_one():
    nlp = load_pipeline("en")
    text = NYT.replace("another", "another  ") + "  He left."
    doc = parse(nlp, text)
    single = nlp(" ".join(text.split()))
    assert doc.text == text
    words = [t for t in doc if not t.is_space]
    assert [(t.text, t.tag_, t.dep_, t.head.text) for t in words] == [(t.text, t.tag_, t.dep_, t.head.text)
                                                                      for t in single]
    assert [e.text.split() for e in doc.ents] == [e.text.split() for e in single.ents]
    assert [s.text.split() for s in doc.sents] == [s.text.split() for s in single.sents]
    assert all(t.pos_ == "SPACE" and t.head.i == t.i - 1 for t in doc if t.is_space)


def test_a_quotation_before_a_double_space_keeps_its_speaker():
    """NYT (PolNeAR train): "said  Yaakov Amidror": the parser had ended the sentence at the second space, and the
    quotation had no speaker."""
    (a,) = analyze_text(NYT, "en").attributions
    assert a.source.text == "Yaakov Amidror, another former national security adviser to Mr. Netanyahu"


def test_texts_analysed_together_read_runs_of_spaces_as_one_text_alone_does():
    items = [IngestedText(text=NYT, name="nyt"), IngestedText(text="Officials said  the talks had stalled.", name="o")]
    together = analyze_many(items, AnalyzeOptions(lang="en"))
    assert [r.to_dict()["attributions"] for r in together] == [analyze_text(i.text, "en").to_dict()["attributions"]
                                                               for i in items]
