"""Smoke tests for the shipped spaCy pipelines (no training).

They load src/wortlaut/models/<lang> with spacy.load after importing
wortlaut.nlp.components (which registers the custom factories), and check
real behaviour on real sentences.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import wortlaut.nlp.components  # noqa: F401,E402
from wortlaut.nlp import load_pipeline  # noqa: E402
from wortlaut.nlp.components.gazetteer import load_gazetteer, phrase_words  # noqa: E402

MODELS = Path(__file__).resolve().parents[2] / "src" / "wortlaut" / "models"


@pytest.fixture(scope="module")
def de():
    return spacy.load(MODELS / "de")


@pytest.fixture(scope="module")
def en():
    return spacy.load(MODELS / "en")


def tok(doc, text):
    return next(t for t in doc if t.text == text)


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


# ---------------------------------------------------------------- German


def test_de_pipeline_layers(de):
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner",
                 "wortlaut_de_morph_rules"):
        assert name in de.pipe_names
    assert set(de.get_pipe("ner").labels) >= {"PER", "ORG", "LOC", "MISC"}


def test_de_konjunktiv_i_and_person(de):
    doc = de("Der Westen übe nicht genug Druck aus, so Putin.")
    ube = tok(doc, "übe")
    assert ube.pos_ == "VERB"
    assert ube.morph.get("Mood") == ["Sub"]
    assert ube.morph.get("VerbForm") == ["Fin"]
    assert ("Putin", "PER") in ents(doc)


def test_de_reported_speech_moods(de):
    doc = de("Die Ministerin sagte, die Regierung habe keine Pläne und werde nicht nachgeben.")
    assert tok(doc, "habe").morph.get("Mood") == ["Sub"]
    assert tok(doc, "werde").morph.get("Mood") == ["Sub"]
    assert tok(doc, "sagte").morph.get("Mood") == ["Ind"]
    doc = de("Er sagte, ohne Hilfe wäre das Land längst bankrott.")
    assert tok(doc, "wäre").morph.get("Mood") == ["Sub"]


def test_de_konjunktiv_i_is_present_and_ii_past(de):
    """Only Konjunktiv I marks reported words on its own; the tense tells it from II, also where the
    morphologizer guessed another ("wisse" had Tense=Past)."""
    doc = de("Er wisse nichts davon. Es gäbe auch ein Video. Das Programm diene der Forschung.")
    assert tok(doc, "wisse").morph.get("Tense") == ["Pres"] and tok(doc, "diene").morph.get("Tense") == ["Pres"]
    assert tok(doc, "gäbe").morph.get("Tense") == ["Past"]


@pytest.mark.parametrize("text", [
    "Uschakow sagte, Putin habe erklärt, dass die Sicherheitsgarantien entscheidend seien.",
    "Der Sprecher habe erklärt, man werde die Lage prüfen.",
])
def test_de_participle_after_konjunktiv_auxiliary(de, text):
    """The shipped tagger tags "erklärt" after "habe" as a foreign word (FM, PUNCT), which hid
    the verb of saying from attribution; the German rule layer now makes it the participle."""
    erklart = tok(de(text), "erklärt")
    assert (erklart.tag_, erklart.pos_) == ("VVPP", "VERB")


def test_de_verb_with_a_subject_the_tagger_took_for_punctuation(de):
    """"erwäge" was tagged a foreign word (FM, PUNCT) with itself as lemma, though the parser gave it
    the subject "man": "Der Minister sagte, man erwäge, …" reported nothing."""
    erwaege = tok(de("Der Minister sagte, man erwäge, rechtliche Schritte einzuleiten."), "erwäge")
    assert (erwaege.pos_, erwaege.lemma_, erwaege.morph.get("Mood")) == ("VERB", "erwägen", ["Sub"])


def test_de_passive_participle_stays_one_where_the_finite_verb_hangs_elsewhere(de):
    """The parser hung "seien" on the subject; the finiteness repair had made "worden" the clause's
    finite verb, in the indicative, so the reported sentence read as the outlet's own."""
    doc = de("Bei der Änderungen seien einige Empfehlungen der OSZE berücksichtigt worden, einige aber auch nicht.")
    assert tok(doc, "worden").morph.get("VerbForm") == ["Part"]


def test_de_infinitive_after_zu_stays_one_where_its_clause_has_a_subject(de):
    """The parser gave "gewesen" the subject "der Drahtzieher"; the finiteness repair made "sein" the
    clause's finite verb, and the accusation lost its message."""
    doc = de("Er wird beschuldigt, der Drahtzieher einer Entführung im Jahr 2000 gewesen zu sein.")
    assert tok(doc, "sein").morph.get("VerbForm") == ["Inf"]


def test_de_infinitive_stays_one_where_its_finite_verb_stands_far_before_it(de):
    """The parser hung "könnten" on "Tonnen"; eight words lay between it and the infinitive, which
    the finiteness repair made an indicative finite verb, and the reported sentence lost its mood."""
    doc = de("Diese könnten täglich nur 24 Tonnen Hilfsgüter in das Katastrophengebiet transportieren.")
    assert tok(doc, "transportieren").morph.get("VerbForm") == ["Inf"]
    doc = de("Die Jets der US-Luftwaffe waren um 14:14 Uhr Ortszeit in Fort Lauderdale zu einem Übungsflug gestartet.")
    assert tok(doc, "gestartet").morph.get("VerbForm") == ["Part"]


def test_de_infinitive_stays_one_where_its_finite_verb_stands_before_a_bracketed_aside(de):
    """A bracket had ended the search for the clause's finite verb ("werde" hung on "Security")."""
    doc = de("Der CDRM werde sich dann in den Rat (Council for National Security) (CNS) umbenennen.")
    assert tok(doc, "umbenennen").morph.get("VerbForm") == ["Inf"]


def test_de_verb_before_the_finite_verb_that_ends_its_cluster_stays_non_finite(de):
    doc = de("Gesucht wird der Mann, der zum Sturm des Gefängnisses aufgerufen haben soll.")
    assert tok(doc, "haben").morph.get("VerbForm") != ["Fin"]
    doc = de("Die Partei prüft, ob ein neues Verbot angestrebt werden solle.")
    assert tok(doc, "werden").morph.get("VerbForm") != ["Fin"]


def test_de_konjunktiv_i_of_a_verb_the_lemmatizer_missed(de):
    """The lemmatizer left "funktioniere" as its own lemma in this sentence; stem + e is still
    Konjunktiv I (a reported sentence that goes on without a verb of saying)."""
    doc = de("Der Zugriff über de.wikipedia.org funktioniere weiterhin.")
    assert tok(doc, "funktioniere").morph.get("Mood") == ["Sub"]


def test_de_finite_verb_the_tagger_took_for_an_adjective(de):
    """"bereue" and "analysierte" were tagged attributive adjectives (the morphologizer and parser
    read finite verbs); "sie bereue nichts" then reported nothing. Their lemma is rebuilt so the
    mood can be read; a predicative adjective stays one."""
    doc = de("Merkel betonte im Gespräch mit der „Zeit“, sie bereue nichts.")
    assert (tok(doc, "bereue").pos_, tok(doc, "bereue").morph.get("Mood")) == ("VERB", ["Sub"])
    doc = de("Das Forscherteam analysierte Mahlsteine aus verschiedenen Regionen Europas.")
    assert (tok(doc, "analysierte").pos_, tok(doc, "analysierte").morph.get("Mood")) == ("VERB", ["Ind"])
    doc = de("Auch im Internet ist der Flug live zu verfolgen.")
    assert tok(doc, "live").pos_ == "ADJ"


def test_de_first_person_is_indicative(de):
    doc = de("Ich habe das nicht gewusst.")
    assert tok(doc, "habe").morph.get("Mood") == ["Ind"]
    doc = de("Die Lage ist ernst.")
    assert tok(doc, "ist").morph.get("Mood") == ["Ind"]


def test_de_first_person_of_a_coordinated_verb_is_indicative(de):
    """"fühle" has no subject of its own: it shares "Ich" with the verb it is coordinated with."""
    doc = de("Ich trage seit fünf Jahren ein Haarteil und fühle mich damit auch sehr wohl.")
    assert tok(doc, "fühle").morph.get("Mood") == ["Ind"]


def test_de_konjunktiv_ii_by_umlaut_where_the_lemma_is_no_infinitive(de):
    """The lemmatizer made "aufbrächn" of "aufbrächten", keeping the umlaut the rule compares."""
    doc = de("Der PDS-Vorsitzende Lothar Bisky äußerte die Hoffnung, daß die Sozialdemokraten nun den Mut zu einem "
             "Kurswechsel im Umgang mit der PDS aufbrächten.")
    word = tok(doc, "aufbrächten")
    assert not word.lemma_.endswith(("en", "ern", "eln"))
    assert word.morph.get("Mood") == ["Sub"]


def test_de_a_name_the_tagger_took_for_punctuation_is_a_name_but_not_a_foreign_sentence(de):
    doc = de("Fritz Tack, Agrarexperte der Linksfraktion, kritisierte, die EU-Kommission habe versagt.")
    assert tok(doc, "Tack").pos_ == "PROPN"
    doc = de("„However, I would hope that the next launch works“, wird Musk zitiert.")
    assert tok(doc, "However").pos_ != "PROPN"


def test_de_a_hyphenated_word_the_tagger_took_for_punctuation_is_a_name(de):
    doc = de("So sagte Olli Rehn, EU-Erweiterungskommissar: „Man kann das nicht beenden.“")
    assert tok(doc, "EU-Erweiterungskommissar").pos_ == "PROPN"


def test_de_speech_verb_syntax(de):
    doc = de("Der Kanzler sagte, die Regierung sei handlungsfähig.")
    sagte = tok(doc, "sagte")
    subj = [c.text for c in sagte.children if c.dep_.startswith("nsubj")]
    assert subj == ["Kanzler"]
    assert tok(doc, "sei").morph.get("Mood") == ["Sub"]
    assert tok(doc, "sagte").lemma_ == "sagen"


def test_a_quoted_first_part_of_a_compound_is_split_off():
    """„Bild“-Zeitung was one token, tagged as punctuation, and its clause lost its parse."""
    de, en = load_pipeline("de").tokenizer, load_pipeline("en").tokenizer
    assert [t.text for t in de("der „Bild“-Zeitung")] == ["der", "„", "Bild", "“", "-Zeitung"]
    assert [t.text for t in en('the "Fox"-led team')] == ["the", '"', "Fox", '"', "-led", "team"]
    assert [t.text for t in de("Karl-Heinz Rummenigge")] == ["Karl-Heinz", "Rummenigge"]


def test_de_typography_tokenizer(de):
    doc = de("„Wir sind bereit“, sagte Scholz – und ging. »Das ist falsch«, so Merz… ‚Nein‘.")
    words = [t.text for t in doc]
    for mark in ("„", "“", "–", "»", "«", "…", "‚", "‘"):
        assert mark in words, mark
    assert ("Scholz", "PER") in ents(doc)
    assert len(list(doc.sents)) >= 2


def test_de_entities(de):
    doc = de("Bundeskanzler Olaf Scholz traf in Berlin Vertreter der Europäischen Union.")
    e = ents(doc)
    assert ("Olaf Scholz", "PER") in e
    assert ("Berlin", "LOC") in e
    assert any(lab == "ORG" and "Union" in text for text, lab in e)


def test_de_meta(de):
    meta = json.loads((MODELS / "de" / "meta.json").read_text())
    assert meta["sources"] and "license" in meta


# ---------------------------------------------------------------- English


def test_en_said_that(en):
    doc = en("The minister said that talks would resume.")
    said = tok(doc, "said")
    assert said.lemma_ == "say"
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["minister"]
    assert [c.text for c in said.children if c.dep_ == "ccomp"] == ["resume"]
    assert tok(doc, "talks").pos_ == "NOUN"


def test_en_entities(en):
    doc = en("Angela Merkel met Joe Biden in Washington on Tuesday, a White House spokesman said.")
    e = ents(doc)
    assert ("Angela Merkel", "PER") in e
    assert ("Joe Biden", "PER") in e
    assert ("Washington", "LOC") in e


def test_en_gazetteer_names_persons_the_ner_misses(en):
    """The NER, trained on web text, missed "Olaf Scholz"; the gazetteer adds it and never splits
    or overwrites what the NER found."""
    doc = en("Olaf Scholz met Emmanuel Macron on Monday.")
    assert {("Olaf Scholz", "PER"), ("Emmanuel Macron", "PER")} <= ents(doc)
    assert "wortlaut_gazetteer" in en.pipe_names


@pytest.mark.parametrize("lang", ["de", "en"])
def test_gazetteer_phrases_are_split_as_the_tokenizer_splits_them(lang, request):
    """The gazetteer splits a phrase of plain words at its spaces instead of tokenizing it (loading
    the German pipeline took 2.5 s longer); this holds only if the tokenizer would split it so."""
    nlp = request.getfixturevalue(lang)
    phrases = [p for ps in load_gazetteer(lang).values() for p in ps]
    assert len(phrases) > 10_000
    special_cases = frozenset(nlp.tokenizer.rules)
    tokenized = [tuple(t.text for t in doc) for doc in nlp.tokenizer.pipe(phrases)]
    assert [phrase_words(p, nlp.tokenizer, special_cases) for p in phrases] == tokenized


def test_gazetteer_finds_a_phrase_the_tokenizer_splits(de):
    """"Achern/Gamshurst" is three tokens ("Achern", "/", "Gamshurst"); the NER alone misses it."""
    text = "Der Unfall ereignete sich am Montag in Achern/Gamshurst, teilte die Polizei mit."
    assert ("Achern/Gamshurst", "LOC") in ents(de(text))
    with de.select_pipes(disable=["wortlaut_gazetteer"]):
        assert ("Achern/Gamshurst", "LOC") not in ents(de(text))


def test_en_quotes_and_sentences(en):
    doc = en('"We are ready," she said. He disagreed.')
    assert len(list(doc.sents)) == 2
    assert tok(doc, "said").pos_ == "VERB"


def test_en_meta(en):
    meta = json.loads((MODELS / "en" / "meta.json").read_text())
    assert meta["sources"] and "license" in meta


def test_de_plural_finite_verb(de):
    doc = de("Die Kommunen haben kein Geld mehr.")
    haben = tok(doc, "haben")
    assert haben.morph.get("VerbForm") == ["Fin"]
    assert haben.morph.get("Mood") == ["Ind"]


# ---------------------------------------------------------------- matrix products


@pytest.mark.parametrize("lang", ["de", "en"])
def test_loaded_pipelines_multiply_with_numpy(lang):
    """cython-blis runs portable C on CPUs it does not know (AMD Zen 4): every layer of wortlaut's
    pipelines, the parser's output layer too, takes its products from numpy."""
    nlp = load_pipeline(lang)
    layers = [proc.model for _, proc in nlp.pipeline if hasattr(proc, "model")]
    assert layers and all(node.ops.use_blis is False for layer in layers for node in layer.walk())


def test_numpy_products_give_the_parse_blis_gives(de):
    text = ("Der Kreml wies die Vorwürfe am Samstag zurück. Putin habe erklärt, Russland plane keinen Angriff, "
            "sagte Uschakow der Agentur Tass.")
    ours = load_pipeline("de")(text)
    theirs = de(text)
    assert de.get_pipe("parser").model.ops.use_blis is True
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in ours] == \
        [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in theirs]


def test_a_german_roman_ordinal_is_one_token_and_ends_no_sentence():
    doc = load_pipeline("de")("Papst Benedikt XVI. sagte am Sonntag, die Kirche werde sich erneuern.")
    assert "XVI." in [t.text for t in doc] and len(list(doc.sents)) == 1


def test_a_german_year_before_a_period_ends_its_sentence_and_an_ordinal_stays_one():
    doc = load_pipeline("de")("Eine der Optionen sei ein Börsengang nach 2011. Premium Aerotec rechnet mit einem "
                              "Umsatz von einer Milliarde Euro. Er kam zum 1000. Mal.")
    assert [s.text for s in doc.sents][0] == "Eine der Optionen sei ein Börsengang nach 2011."
    assert "1000." in [t.text for t in doc]


def test_a_german_number_before_a_word_that_opens_a_sentence_ends_its_sentence():
    doc = load_pipeline("de")("Die Zahl der Toten stieg auf 30. Die Regierung sprach von einer Tragödie. Am 3. März "
                              "kam er zum 13. Mal.")
    assert [s.text for s in doc.sents] == ["Die Zahl der Toten stieg auf 30.", "Die Regierung sprach von einer "
                                           "Tragödie.", "Am 3. März kam er zum 13. Mal."]


def test_a_german_name_ending_in_a_number_before_a_word_that_opens_a_sentence_ends_its_sentence():
    doc = load_pipeline("de")("Die Armee sprach von einem Absturz der Maschine vom Typ MI-17. Die Organisationen "
                              "werfen ihr Versagen vor.")
    assert [s.text for s in doc.sents][0] == "Die Armee sprach von einem Absturz der Maschine vom Typ MI-17."


def test_a_german_weak_past_with_an_umlaut_in_its_stem_is_no_konjunktiv_ii(de):
    """The lemmatizer made "kündigt" of "kündigten": the umlaut is the stem's, not a Konjunktiv's."""
    doc = de("Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär kündigten "
             "Untersuchungen an.")
    assert tok(doc, "kündigten").morph.get("Mood") == ["Ind"]


def test_an_english_roman_numeral_before_a_period_stays_apart():
    doc = load_pipeline("en")("He met Pope Benedict XVI. Then he left.")
    assert [t.text for t in doc][4:6] == ["XVI", "."]


def test_a_clock_time_glued_to_the_word_after_it_is_split_off():
    """A flattened live blog: "2016 9:52PMBush Says We Should Pay Attention …" had "9:52PMBush" as the speaker."""
    nlp = load_pipeline("en")
    assert [t.text for t in nlp.tokenizer("2016 9:52PMBush Says")] == ["2016", "9:52PM", "Bush", "Says"]
    assert [t.text for t in nlp.tokenizer("at 10:15 AM Trump said")] == ["at", "10:15", "AM", "Trump", "said"]
