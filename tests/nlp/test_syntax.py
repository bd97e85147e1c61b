"""The grammar helpers the analysers share, on real parses."""
from wortlaut.nlp import load_pipeline
from wortlaut.nlp.syntax import subject_of


def test_a_pronoun_only_nominative_in_form_is_the_subject_whatever_its_label():
    """The parser made "er" the object and the fronted "Die Tat" the subject."""
    doc = load_pipeline("de")("Der Mann wurde festgenommen. Die Tat bezeichnete er als sinnlos.")
    verb = next(t for t in doc if t.text == "bezeichnete")
    assert subject_of(verb).text == "er"


def test_of_two_subjects_the_one_a_comma_parts_from_the_verb_comes_last_but_not_joined_ones():
    nlp = load_pipeline("en")
    reported = nlp("The number of asylum applications rose in the first half of the year, the Federal Office said.")
    assert subject_of(next(t for t in reported if t.text == "said")).text == "Office"
    joined = nlp("The US, Russia, and Switzerland met yesterday")
    assert subject_of(next(t for t in joined if t.text == "met")).text == "US"
