"""The name resolver that any stage can use: a mention (token range) to whom it refers."""
from __future__ import annotations

import pytest

from wortlaut.nlp import load_pipeline
from wortlaut.nlp.entities import collect_entities
from wortlaut.nlp.grammar import load_grammar
from wortlaut.nlp.names import NameResolver, Referent
from wortlaut.nlp.titles import naming_facts

TEXT = ("Der russische Präsident Wladimir Putin traf am Montag Bundeskanzler Olaf Scholz in Moskau. "
        "Putin sagte, die Gespräche seien gut verlaufen. Der russische Präsident lobte auch ihn.")


@pytest.fixture(scope="module")
def resolver() -> tuple[NameResolver, object]:
    doc = load_pipeline("de")(TEXT)
    return NameResolver(doc, collect_entities(doc), load_grammar("de")), doc


def _tokens(doc, words: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    span = doc.char_span(start, start + len(words))
    return span.start, span.end


def test_a_surname_resolves_to_the_full_name(resolver):
    names, doc = resolver
    referent = names.resolve(*_tokens(doc, "Putin", 1))
    assert referent.canonical == "Wladimir Putin" and referent.entity is not None


def test_a_description_resolves_to_the_person_introduced_with_it(resolver):
    names, doc = resolver
    assert names.resolve(*_tokens(doc, "Der russische Präsident", 1)).canonical == "Wladimir Putin"


def test_a_description_never_resolves_to_an_excluded_entity(resolver):
    names, doc = resolver
    putin = names.resolve(*_tokens(doc, "Putin", 1)).entity
    referent = names.resolve(*_tokens(doc, "Der russische Präsident", 1), excluded=frozenset({putin}))
    assert referent.entity != putin


def test_a_pronoun_takes_the_speaker_the_caller_knows(resolver):
    names, doc = resolver
    at = _tokens(doc, "ihn")
    spoke = doc[at[0]].idx - 1
    assert names.resolve(*at, latest_speaker=lambda char, accept: (Referent("Olaf Scholz", "e9"), spoke)) == \
        Referent("Olaf Scholz", "e9")


@pytest.mark.parametrize("lang, text, pronoun", [
    ("en", "Olaf Scholz met Emmanuel Macron on Monday. He said the talks had been productive.", "He"),
    ("de", "Olaf Scholz traf am Montag Emmanuel Macron. Er sagte, die Gespräche seien gut gewesen.", "Er"),
])
def test_a_pronoun_before_any_report_takes_the_subject_before_it_not_the_last_person_named(lang, text, pronoun):
    doc = load_pipeline(lang)(text)
    names = NameResolver(doc, collect_entities(doc), load_grammar(lang))
    at = next(t.i for t in doc if t.text == pronoun)
    assert names.resolve(at, at + 1).canonical == "Olaf Scholz"


def test_a_name_in_a_title_case_headline_ends_where_the_article_s_name_ends():
    """"Donald Trump Calls For Ban On Muslims …": the recogniser ran the name on into the headline's verb, and
    "Donald Trump Calls" became the canonical name of every later mention."""
    doc = load_pipeline("en")("Donald Trump Calls For Ban On Muslims Entering The US\n\nRepublican presidential "
                              "candidate Donald Trump on Monday called for a ban. Trump said it would be temporary.\n")
    people = [e for e in collect_entities(doc) if e.label == "PER"]
    assert [(e.canonical, [m.text for m in e.mentions]) for e in people] == [
        ("Donald Trump", ["Donald Trump", "Donald Trump"])]


@pytest.mark.parametrize("lang, word, gender", [
    ("de", "Betriebsratschefin", "Fem"), ("de", "Ministerin", "Fem"), ("de", "Innenminister", "Masc"),
    ("de", "Konzernsprecher", "Masc"), ("de", "Vorsitzende", None), ("de", "Berlin", None),
    ("de", "Verhandlungsführerin", "Fem"),
    ("en", "Mrs.", "Fem"), ("en", "Mr.", "Masc"), ("en", "spokeswoman", "Fem"), ("en", "minister", None)])
def test_the_gender_a_title_gives(lang, word, gender):
    assert naming_facts(lang).title_gender(word) == gender
