"""Verbs of a clause that the parser made modifiers of the noun after them."""
from wortlaut import analyze_text
from wortlaut.nlp import load_pipeline


def test_a_name_before_a_verb_of_saying_is_its_subject_not_a_modifier_of_its_object():
    """"Trump" was parsed as part of the noun phrase "Trump assured voters", and the report had no
    speaker and its clause was a relative one on "voters"."""
    found = analyze_text("In response, Trump assured voters that he would win.", lang="en").attributions
    assert [(a.source.text, a.content.text) for a in found] == [("Trump", "that he would win")]


def test_a_noun_before_a_verb_of_saying_whose_clause_the_parser_took_for_its_subject_speaks():
    """"admitted" was a modifier of "mistakes", the subject of "had been made"; its lemma "admitte"
    (the lemmatizer's) is read as "admit"."""
    found = analyze_text("In an interview with the BBC, the prime minister admitted mistakes had been made but "
                         "rejected calls to resign.", lang="en").attributions
    assert [(a.cue.text, a.source.text) for a in found] == [("admitted", "the prime minister"),
                                                            ("rejected", "the prime minister")]


def test_a_participle_between_a_name_and_a_noun_that_says_nothing_stays_a_modifier():
    doc = load_pipeline("en")("A Kremlin funded channel aired the interview.")
    assert (doc[2].dep_, doc[4].dep_) == ("amod", "ROOT")


def test_german_keeps_its_parse():
    assert "wortlaut_finite_modifiers" not in load_pipeline("de").pipe_names


def test_a_noun_with_a_direct_object_heading_a_clause_is_a_verb():
    """"face" was tagged a noun and hung on "says" as an adverbial clause; the message stopped at "people"."""
    found = analyze_text("The United Nations says more than a million people face catastrophic hunger.",
                         lang="en").attributions
    assert [a.content.text for a in found] == ["more than a million people face catastrophic hunger"]


def test_a_gerund_of_saying_tagged_a_noun_after_a_comma_speaks_with_the_subject_and_ends_the_message_before_it():
    text = ("Ukrainian President Volodymyr Zelensky on Sunday urged Western allies to speed up deliveries of air "
            "defense systems, warning that Russia was preparing a new offensive.")
    found = analyze_text(text, lang="en").attributions
    speaker = "Ukrainian President Volodymyr Zelensky"
    assert [(a.cue.text, a.source.text, a.content.text) for a in found] == [
        ("urged", speaker, "Western allies to speed up deliveries of air defense systems"),
        ("warning", speaker, "that Russia was preparing a new offensive")]


def test_a_verb_of_saying_read_as_a_plural_noun_after_its_subject_is_the_verb():
    found = analyze_text("The Kremlin denies planning an invasion and accuses NATO of provoking the crisis.",
                         lang="en").attributions
    assert [(a.cue.text, a.source.text) for a in found] == [("denies", "The Kremlin"), ("accuses", "The Kremlin")]


def test_a_past_verb_joined_to_an_infinitive_under_a_modal_goes_on_with_the_clause_that_reports_it():
    found = analyze_text('President Joe Biden said on Thursday that the United States would not send combat troops to '
                         'Ukraine, but warned Moscow of "severe consequences" if it invaded.', lang="en").attributions
    assert [(a.cue.text, a.source.text, a.content.text) for a in found] == [
        ("said", "President Joe Biden", "that the United States would not send combat troops to Ukraine"),
        ("warned", "President Joe Biden", 'Moscow of "severe consequences" if it invaded')]


def test_a_past_form_between_a_noun_and_its_object_in_a_sentence_without_a_verb_is_the_verb():
    """"bombed" was tagged an adjective of "targets", and "praised" a modifier of "Qatar", so that the
    sentence was one noun phrase with no event in it."""
    doc = load_pipeline("en")("Israeli warplanes bombed targets in the Gaza Strip.")
    assert [(t.text, t.dep_, t.head.text) for t in doc[1:4]] == [
        ("warplanes", "nsubj", "bombed"), ("bombed", "ROOT", "bombed"), ("targets", "obj", "bombed")]
    events = analyze_text("Washington praised Qatar for its role in the hostage negotiations.", lang="en").events
    assert [(e.type, e.actor.country, e.recipient.country) for e in events] == [("SUPPORT", "USA", "QAT")]


def test_a_headline_in_the_passive_and_a_phrase_with_its_article_before_the_name_keep_their_parse():
    nlp = load_pipeline("en")
    assert [t.dep_ for t in nlp("A Kremlin funded channel.")] == ["det", "amod", "amod", "ROOT", "punct"]
    report = nlp("A report published Monday.")
    assert report[1].dep_ == "ROOT" and report[2].head == report[1]
