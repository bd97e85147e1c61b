"""Entities begin and end with a word, whatever punctuation the NER took at an edge."""
from wortlaut.nlp import load_pipeline


def _ents(text: str, lang: str = "de") -> list[str]:
    return [e.text for e in load_pipeline(lang)(text).ents]


def test_a_quotation_mark_at_an_edge_is_cut_off():
    assert "Süddeutsche Zeitung" in _ents("Die „Süddeutsche Zeitung“ berichtet, 200 Mitarbeiter sollen entlassen werden.")


def test_brackets_the_entity_opens_and_closes_stay():
    doc = load_pipeline("de")("Die Oppositionspartei Movement for Democratic Change (MDC) gewann die Wahl.")
    for ent in doc.ents:
        assert not (ent[0].is_punct or ent[-1].is_punct) or ent.text.count("(") == ent.text.count(")")
    assert "MDC" in "".join(e.text for e in doc.ents)


def test_a_hyphenated_name_the_tokenizer_split_is_one_entity():
    assert "Karine Jean-Pierre" in _ents("Press secretary Karine Jean-Pierre told reporters the president was "
                                         "grateful.", "en")


def test_an_entity_begins_after_a_spaced_dash():
    """The recogniser ran a heading in capitals into the name after its dash: "STATES - Michael P. McDonald"
    had become the speaker's canonical name."""
    ents = _ents("HIGHER THAN EXPECTED TURNOUT IN IOWA DOESN’T INCREASE EXPECTATIONS IN OTHER STATES - Michael P. "
                 "McDonald: “At long last the 2016 presidential nomination contests have finally started.”", "en")
    assert "Michael P. McDonald" in ents and not any(" - " in e for e in ents)


def test_a_name_whose_first_part_the_recogniser_left_out_begins_before_its_hyphen():
    """A PolNeAR train sentence: the recogniser took "Anne" and "Marie Slaughter" for two people."""
    ents = _ents('"I cannot imagine how exhausted you must be after this week, but I have NEVER been prouder of having '
                 'worked for you," former State policy planning director Anne-Marie Slaughter wrote to Clinton.', "en")
    assert "Anne-Marie Slaughter" in ents and "Anne" not in ents
