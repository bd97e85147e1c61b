"""The trigger lexicon's row index must choose the row a full scan of the rows would choose."""
from __future__ import annotations

from wortlaut.events.lexicon import load_triggers
from wortlaut.events.triggers import DependentWords
from wortlaut.nlp import load_pipeline

SENTENCES = [
    "Iran said it would bolster its forces along the border with Iraq.",
    "The minister said on Tuesday that talks with the rebels would resume.",
    "Russia told the United Nations it had no plans to attack Ukraine.",
    "The president stated his desire for negotiations with North Korea.",
]


def test_the_row_index_finds_the_row_a_full_scan_finds():
    lexicon = load_triggers("en")
    tried = 0
    for doc in load_pipeline("en").pipe(SENTENCES):
        for token in doc:
            entries = lexicon.verb(token.lemma_)
            if len(entries) < 2:
                continue
            for words in (DependentWords.of(token, False), DependentWords.from_tokens(list(doc), False)):
                scanned = next((e for e in entries if all(words.hold(s) for s in e.pattern)), None)
                indexed = next((entries[i] for i in lexicon.row_index(entries).rows(words.words)
                                if all(words.hold(s) for s in entries[i].pattern)), None)
                assert indexed == scanned, (token.text, scanned, indexed)
                tried += 1
    assert tried >= 8


def test_the_index_skips_rows_whose_first_word_is_absent():
    entries = load_triggers("en").verb("say")
    index = load_triggers("en").row_index(entries)
    rows = index.rows(frozenset({"bolster"}))
    assert len(rows) < len(entries) / 2
    assert rows == sorted(rows)
    assert all(entries[i].pattern and "bolster" in entries[i].pattern[0][0] or i in index.always for i in rows)


def _events(text: str) -> list[tuple[str, str]]:
    from wortlaut import analyze_text
    return [(e.type, e.trigger.text) for e in analyze_text(text, "en").events]


def test_a_verb_whose_default_is_another_sense_codes_only_in_its_patterns():
    assert _events("Palestinians want East Jerusalem, captured by Israel in the 1967 war, for their future state.") \
        == []
    assert _events("I think we can rally the people in Washington, because we're Americans.") == []
    assert all(e.pattern for e in load_triggers("en").verb("want"))


def test_a_verb_that_names_its_object_is_no_telephone_call():
    assert _events("Martin O'Malley called Trump a fascist.") == []
    assert "CONSULT" not in {t for t, _ in _events(
        "Trump launched an attack against Obama, calling him “the most ignorant president in our history.”")}
    assert _events("Paul then interjected, calling Obama’s proposed child care credit"
                   " “a welfare transfer payment.”") == []
    assert _events("Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” and said"
                   " the party is bound to lose.") == []
    assert _events("Rubio, who has been called a Republican Obama in praise and in scorn, spoke.") == []
    assert _events("Trump also called Netanyahu.") == [("CONSULT", "called")]
    assert _events("Obama called Netanyahu after the vote.") == [("CONSULT", "called")]


def test_a_preposition_in_a_pattern_is_no_infinitive_marker():
    assert _events("Trump is going to be tougher on China than Obama.") == []
    assert _events("The president is going to meet with Putin.") == [("CONSULT", "meet")]
    assert _events("Obama went to Cuba on Sunday.") == [("CONSULT", "went")]


def test_a_pattern_word_belongs_to_the_verb_not_to_its_noun_or_another_preposition():
    assert _events("Donald Trump still leads the race for delegates, according to a count by The Associated Press.") \
        == []
    assert _events("Putin heads to Beijing according to Russian media.") == [("CONSULT", "heads")]


def test_a_reflexive_is_the_actor_and_never_its_recipient():
    assert _events("Hillary Clinton won in Iowa. She established herself as the front-runner.") == []
    assert _events("Israel and Jordan established a joint commission.") == [("COOPERATE", "established")]


def test_more_verbs_whose_default_is_another_sense():
    assert _events("Hillary Clinton won in Iowa. Clinton joined the Obama administration in 2009.") == []
    assert _events("Hillary Clinton came under heavy criticism when it was revealed in March that she had used a"
                   " personal email account.") == []
    assert _events("Hillary Clinton won in Iowa. Trump's evolution on a number of issues hasn't hurt him with his"
                   " base voters.") == []
    assert _events("Hillary Clinton won in Iowa. ''She needs to be smart and calculated and prepare herself"
                   " for a tough general election,'' said Thomas Rath.") == []


def test_a_speech_act_is_coded_by_its_own_words_not_by_what_it_reports():
    assert _events("Chinese military commentators have said China plans to make the Scarborough Shoal"
                   " a military outpost.") == []
    assert _events("Clinton was booed at the debate when she said Sanders’ attack was an attack on Obama.") == []


def test_a_speech_act_told_with_a_verb_of_violence_is_criticism():
    assert _events("Presumptive Democratic presidential nominee Hillary Clinton blasted her Republican rival"
                   " Donald Trump on Thursday.") == [("ACCUSE", "blasted")]
    assert _events("Russia attacked Ukraine on Thursday.") == [("ASSAULT", "attacked")]
    assert _events("Israeli jets attacked Gaza, where Hamas fighters had fired rockets.") == [("ASSAULT", "attacked")]


def test_a_verb_of_violence_and_of_saying_between_named_persons_is_criticism():
    assert _events("Hillary Clinton won in Iowa. She has begun to attack Donald Trump in her campaign appearances.") \
        == [("ACCUSE", "attack")]
    assert _events("Taliban fighters attacked President Ashraf Ghani's convoy.") == [("ASSAULT", "attacked")]


def test_a_pattern_preposition_is_the_one_that_opens_its_noun_s_phrase():
    """"(OF VIOLATION)": "condemned … as a violation | of UN resolutions" has no "of violation" (the "of" opens
    the next phrase), and a sentence for a crime had made the condemnation an arrest (173)."""
    assert _events("The United States condemned North Korea's missile launch as a violation of UN resolutions.") \
        == [("ACCUSE", "condemned")]


def test_a_pattern_word_is_never_a_preposition_cut_from_a_compound():
    """"SPEAK * IDEA_OF [014]" had become the word "of", which every "of" of the clause held, and which came
    before "(WITH +)": the White House readout's call was no CONSULT."""
    text = "President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia about the build-up."
    assert _events(text) == [("CONSULT", "spoke")]

