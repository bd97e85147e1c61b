"""Sentence starts set before the parser: line breaks, datelines and quotations closed after a full stop."""
import pytest

from wortlaut.nlp import load_pipeline


@pytest.mark.parametrize("lang, text, lead", [
    ("en", "RENO, Nev. (AP) — Republican hopeful Donald Trump says the NFL has gone soft.", "Republican"),
    ("en", "WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Clinton rallied supporters.", "In"),
    ("de", "Berlin (dpa) – Die Bundesregierung hat erklärt, sie werde den Plan prüfen.", "Die"),
    ("de", "Kiew (dpa/AFP) - Die Regierung hat erklärt, sie werde den Plan prüfen.", "Die"),
    ("de", "Vorwort\n\nMOSKAU – Der Kreml teilte mit, Putin werde nicht reisen.", "Der"),
    ("de", "Berlin - Die Union hat der Bundesregierung vorgeworfen, die Bürger zu überfordern.", "Die"),
    ("de", "Bad Homburg – Der Konzern hat mitgeteilt, er werde Stellen streichen.", "Der"),
])
def test_a_dateline_is_a_sentence_of_its_own(lang, text, lead):
    """Parsed with the lead, "RENO" became the subject of "says" and the speaker."""
    doc = load_pipeline(lang)(text)
    assert any(s[0].text == lead for s in doc.sents), [s.text for s in doc.sents]


@pytest.mark.parametrize("lang, text", [
    ("de", "Trump – der Kandidat der Republikaner – sagte, er werde gewinnen."),
    ("en", "Donald Trump — the Republican front-runner — said he would win."),
    ("de", "Scholz – Der Kanzler der Ampel – sagte, er werde gewinnen."),
])
def test_a_dash_after_a_name_opens_no_sentence(lang, text):
    doc = load_pipeline(lang)(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_capitals_before_a_dash_and_a_lower_case_word_are_no_dateline():
    doc = load_pipeline("en")("ISIS — the terror group — claimed responsibility for the attack.")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_a_quotation_closed_after_a_full_stop_ends_its_sentence():
    doc = load_pipeline("de")("„Der Bär ist ganz offensichtlich außer Rand und Band.“ Der Abschuss soll laut Schnappauf "
                              "aus Sicherheitsgründen erfolgen.")
    assert [s[0].text for s in doc.sents] == ["„", "Der"], [s.text for s in doc.sents]


def test_a_german_quotation_closed_after_a_question_mark_ends_its_sentence():
    """German puts the verb first in a report after its quotation ("„…?“ fragte er"), so a
    capitalised word after "?“" opens a new sentence (in English it may be the speaker)."""
    doc = load_pipeline("de")("Der Geschäftsführer fragte: „Was spricht dagegen, den Reis zu transportieren?“ "
                              "Greenpeace fordert die Vernichtung der Lagerbestände.")
    assert [s[0].text for s in doc.sents] == ["Der", "Greenpeace"], [s.text for s in doc.sents]



def test_a_paragraph_s_opening_quotation_mark_stays_with_its_sentence():
    """After a paragraph break the parser made the lone '"' a sentence, and the gerund after the
    reporting clause lost its speaker."""
    text = ("Officials said at least 12 people were killed in the blast, which struck a crowded market.\n"
            "\"This is a tragedy for our nation,\" President Zelensky wrote on Telegram, vowing that those "
            "responsible would be punished.")
    doc = load_pipeline("en")(text)
    assert [s[0].text for s in doc.sents if not s[0].is_space] == ["Officials", "\""], [s.text for s in doc.sents]


@pytest.mark.parametrize("text", [
    "Manchester City manager Pep Guardiola insisted his side were still in the title race.",
    "Guardiola, however, declined to confirm that, saying only that the Norwegian was \"day to day.\"",
])
def test_no_sentence_starts_right_after_a_word_or_a_comma(text):
    """The parser ended sentences inside a noun phrase and after a comma; the speaker lost its title
    or its verb (and "day" became the listener of "declined")."""
    doc = load_pipeline("en")(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


@pytest.mark.parametrize("lang, text, first_words", [
    ("en", "John Healey wrote on X. Healey, who visited the troops, added that …", ["John", "Healey"]),
    ("de", "Das schrieb der Minister auf X. Danach trat er zurück.", ["Das", "Danach"]),
    ("de", "Das schrieb er auf der Plattform X. Niedersachsens Regierungschef widersprach.", ["Das", "Niedersachsens"]),
    ("en", "Malcolm X. Smith came to town.", ["Malcolm"]),
    ("de", "Papst Benedikt XVI. sagte das.", ["Papst"]),
])
def test_the_platform_x_with_a_full_stop_ends_its_sentence_an_initial_does_not(lang, text, first_words):
    doc = load_pipeline(lang)(text)
    assert [s[0].text for s in doc.sents] == first_words


def test_a_capitalised_word_after_a_full_stop_of_its_own_starts_a_sentence():
    """Parsed as one sentence, the judges' report had taken Söder's words as its message."""
    text = ("Die Grundmandatsklausel müsse vorerst bestehen bleiben, entschieden die Richter in Karlsruhe. CSU-Chef "
            "Markus Söder sprach von einer „schallenden Ohrfeige“ für die Regierung.")
    doc = load_pipeline("de")(text)
    assert [s[0].text for s in doc.sents] == ["Die", "CSU-Chef"]


def test_an_opening_mark_before_a_capital_after_a_full_stop_starts_a_sentence():
    """The parser had run the Konjunktiv sentence into half of the quotation after it."""
    text = ("Die Gefahr einer Pandemie sei real. Aktuell bestehe diese Gefahr zwar noch nicht, weil das Virus noch "
            "nicht von Mensch zu Mensch übertragbar sei. „Aber das Virus hat alle Potenzen, alle Möglichkeiten, sich "
            "zu verändern, zu mutieren und dann so eine schlimme Pandemie hervorzurufen.“")
    doc = load_pipeline("de")(text)
    assert [s[0].text for s in doc.sents] == ["Die", "Aktuell", "„"]


def test_an_abbreviation_the_tokenizer_did_not_know_before_a_word_in_lower_case_is_one_word_inside_the_sentence():
    """SpkAtt news train: split at "dt. | etwa", the parser took "Arbeiterpartei" for the speaker of "bekräftigt"."""
    text = ("Bundespräsident Christian Wulff (CDU) hat in einem Gespräch mit seinem israelischen Amtskollegen "
            "Schimon Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt, die Bundesrepublik bekenne sich zu ihrer "
            "Verantwortung. Danach reiste er ab.")
    doc = load_pipeline("de")(text)
    assert [s[0].text for s in doc.sents] == ["Bundespräsident", "Danach"]
    assert "dt." in [t.text for t in doc]


def test_a_quotation_opened_right_after_one_closed_after_a_full_stop_starts_a_sentence():
    """A probe passage: the two were one sentence, and the second quotation had become the first speaker's."""
    doc = load_pipeline("en")('Sen. Lindsey Graham, R-S.C., said the administration had "no strategy." "We\'re going '
                              'to lose this war," said Rep. Nancy Mace (R-S.C.).')
    assert any(s.text.startswith('"We\'re') for s in doc.sents), [s.text for s in doc.sents]
