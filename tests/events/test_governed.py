"""A verb of intent, threat, refusal or demand codes the event its infinitive governs, once, as
CAMEO does; the governed event has not happened and is no event of its own."""
from __future__ import annotations

import pytest

from wortlaut import analyze_text
from wortlaut.events.governed import listed_code


def coded(text: str, lang: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.type, e.cameo, e.actor.country if e.actor else None, e.recipient.country if e.recipient else None,
             e.trigger.text) for e in analyze_text(text, lang).events]


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkey threatened to attack Kurdish militias in Syria.", "en",
     ("THREATEN", "138", "TUR", "SYR", "threatened")),
    ("China vowed to retaliate against the United States.", "en", ("THREATEN", "138", "CHN", "USA", "vowed")),
    ("Hamas refused to release the hostages.", "en", ("REJECT", "1243", "PSE", None, "refused")),
    ("Russia refused to withdraw its troops from Georgia.", "en", ("REJECT", "1246", "RUS", "GEO", "refused")),
    ("Iran agreed to resume talks with the European Union.", "en", ("AGREE", "036", "IRN", "EUR", "agreed")),
    ("The United Nations demanded that Israel withdraw its troops from Gaza.", "en",
     ("REQUEST", "1056", "IGOUNO", "ISR", "demanded")),
    ("Russland drohte, die Ukraine anzugreifen.", "de", ("THREATEN", "138", "RUS", "UKR", "drohte")),
    ("Die Regierung in Minsk weigerte sich, die polnischen Journalisten freizulassen.", "de",
     ("REJECT", "1243", "BLR", "POL", "weigerte")),
    ("Israel erklärte sich bereit, mit der Hamas zu verhandeln.", "de",
     ("AGREE", "036", "ISR", "PSE", "erklärte sich bereit")),
])
def test_a_governing_verb_codes_the_whole_and_the_governed_event_is_none_of_its_own(text, lang, expected):
    assert coded(text, lang) == [expected]


@pytest.mark.parametrize("text", [
    "The EU urged Serbia to recognise Kosovo.",
    # the infinitive the parser hung on the one asked
    "The Arab League asked the United Nations to send peacekeepers to Gaza.",
])
def test_an_appeal_governs_what_it_asks_for_and_codes_no_event(text):
    """CAMEO's appeals (02) are no PLOVER events, and the EU did not recognise Kosovo."""
    assert coded(text, "en") == []


def test_what_a_warning_is_against_is_no_event_and_gives_no_code():
    """The gerund is the other side's act ("against declaring"), not a threat of the warning side's."""
    assert coded("China warned Taiwan against declaring independence.", "en") == [
        ("THREATEN", "130", "CHN", "TWN", "warned")]


def test_the_most_specific_combined_code_else_the_governing_verb_s_own():
    assert listed_code("13", "1951") == "1384"  # a conventional attack threatened
    assert listed_code("12", "190") is None  # "refused to attack": a refusal, no finer code
    assert coded("Hamas refused to attack Israel.", "en")[0][:2] == ("REJECT", "120")
    # (an accusation's own code, 112: no pair of 11 with a sanction is listed)
    assert coded("Mexico accused the United States of trying to impose tariffs on steel.", "en")[0][:2] == (
        "ACCUSE", "112")


def test_an_invitation_tells_no_visit():
    """"invited his Brazilian counterpart | to visit | Beijing": the visit is what was offered, no event."""
    text = "Chinese President Xi Jinping invited his Brazilian counterpart to visit Beijing next year."
    assert coded(text, "en") == [("CONSULT", "040", "CHN", "BRA", "invited")]


def test_a_demand_governs_a_clause_without_tense():
    """"demanded that | Kyiv recognise |": "recognise" was tagged with no verb form, and the demand was read as
    Kyiv's recognition of Crimea, reported."""
    assert coded("Moscow demanded that Kyiv recognise the annexation of Crimea.", "en") == [
        ("REQUEST", "102", "RUS", "UKR", "demanded")]


def test_a_governed_verb_that_tells_no_event_passes_on_to_its_infinitive():
    """"accused the West of | trying | to destroy Russia": "destroy" had been a claimed ASSAULT of Putin's on
    Russia."""
    text = "Russian President Vladimir Putin accused the West of trying to destroy Russia."
    assert [e[:2] for e in coded(text, "en")] == [("ACCUSE", "112")]


def test_what_an_accusation_charges_is_no_event_of_its_own():
    """The gerund the parser hung on the accused ("accused Israel | of committing war crimes") is what
    is charged: CAMEO codes the accusation once, and the war crimes were a spurious claimed assault."""
    assert coded("Turkey accused Israel of committing war crimes in Gaza.", "en") == [
        ("ACCUSE", "112", "TUR", "ISR", "accused")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU said it would impose new sanctions on Iran.", "en", ("THREATEN", "1312", "EUR", "IRN", "impose")),
    ("Die Bundesregierung erklärte, sie werde der Ukraine weitere Panzer liefern.", "de",
     ("AGREE", "0332", "DEU", "UKR", "liefern")),
    # another side's act told is no intent of the speaker's
    ("Officials said Russia would attack Kyiv.", "en", ("ASSAULT", "190", "RUS", "UKR", "attack")),
])
def test_a_sources_own_act_it_says_it_will_do_is_an_intent_or_a_threat(text, lang, expected):
    assert coded(text, lang) == [expected]


def test_force_announced_is_a_threat_and_another_act_announced_stays_its_own():
    assert coded("Die spanische Regierung hat außerdem angekündigt, den Notstand auszurufen.", "de") == [
        ("THREATEN", "132", "ESP", None, "angekündigt")]
    assert coded("Britain announced it would impose sanctions on Russia.", "en") == [
        ("THREATEN", "1312", "GBR", "RUS", "announced")]
    withdrawal = analyze_text("Italien kündigte an, seine Truppen aus dem Irak abzuziehen.", "de").events
    assert [(e.type, e.modality) for e in withdrawal] == [("RETREAT", "future")]
