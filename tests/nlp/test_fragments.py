"""The parser's sentences split inside a clause are joined (wortlaut_sentence_fragments)."""
from wortlaut.nlp import load_pipeline


def test_a_name_cut_off_before_a_lower_case_verb_is_the_verbs_subject():
    doc = load_pipeline("de")("Amnesty International nannte das Urteil einen „Justizskandal“. Das Gericht schwieg.")
    sentences = [s.text for s in doc.sents]
    assert sentences == ["Amnesty International nannte das Urteil einen „Justizskandal“.", "Das Gericht schwieg."]
    amnesty = doc[0]
    assert (amnesty.dep_, amnesty.head.text) == ("nsubj", "nannte")


def test_a_line_break_still_ends_a_sentence():
    """A name alone on its line is a heading, not the subject of the next line's verb."""
    doc = load_pipeline("de")("Amnesty International\nnannte das Urteil einen Skandal.")
    assert doc[0].dep_ == "ROOT" and next(doc.sents).text.strip() == "Amnesty International"
