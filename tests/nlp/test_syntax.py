"""The grammar helpers the analysers share, on real parses."""
from wortlaut.nlp import load_pipeline
from wortlaut.nlp.syntax import subject_of


def test_a_pronoun_only_nominative_in_form_is_the_subject_whatever_its_label():
    """The parser made "er" the object and the fronted "Die Tat" the subject."""
    doc = load_pipeline("de")("Der Mann wurde festgenommen. Die Tat bezeichnete er als sinnlos.")
    verb = next(t for t in doc if t.text == "bezeichnete")
    assert subject_of(verb).text == "er"
