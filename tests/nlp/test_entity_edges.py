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
