"""Claim/denial pairs, the balance of voices, and their place in the readout."""
import io

import pytest
import spacy
from rich.console import Console

from wortlaut import Readout, analyze_text, span_problems
from wortlaut.cli.analyze import print_report
from wortlaut.framing import frame
from wortlaut.model import Attribution, Content, Cue, Document, Source


def att(text: str, n: int, source: str, cue: str, lemma: str, content: str, kind: str = "indirect") -> Attribution:
    s, c, b = text.index(source), text.index(cue), text.index(content)
    return Attribution(f"a{n}", kind, Source(source, s, s + len(source), source),
                       Cue(cue, c, c + len(cue), lemma), Content.of(text, b, b + len(content)))


def framed(text: str, lang: str, *atts: Attribution) -> Readout:
    readout = Readout(doc=Document(text=text, lang=lang), attributions=list(atts))
    frame(spacy.blank(lang)(text), readout)
    assert span_problems(readout) == []
    return readout


def test_relative_clause_links_a_claim_to_its_denial():
    text = "Die Opposition behauptet, die Wahl sei manipuliert worden, was die Regierung als „Lüge“ bezeichnete."
    readout = framed(text, "de",
                     att(text, 1, "Die Opposition", "behauptet", "behaupten", "die Wahl sei manipuliert worden"),
                     att(text, 2, "die Regierung", "bezeichnete", "bezeichnen", "„Lüge“", "direct"))
    [pair] = readout.claims
    assert (pair.claim.text, pair.link, pair.claim_attribution, pair.denial) == (
        "die Wahl sei manipuliert worden", "relative", "a1", "a2")
    assert (pair.claimant, pair.denier) == ("Die Opposition", "die Regierung")


def test_a_rejected_claim_noun_is_the_claim():
    text = "The Kremlin dismissed the allegations of election meddling as baseless."
    readout = framed(text, "en", att(text, 1, "The Kremlin", "dismissed", "dismiss",
                                     "the allegations of election meddling as baseless"))
    [pair] = readout.claims
    assert pair.link == "object" and pair.claim.text == "allegations of election meddling"


def test_a_denial_without_a_linked_claim_denies_its_own_content():
    text = "Der Konzern bestritt, dass Daten verkauft worden seien."
    readout = framed(text, "de", att(text, 1, "Der Konzern", "bestritt", "bestreiten",
                                     "dass Daten verkauft worden seien"))
    assert [(p.link, p.claim.text) for p in readout.claims] == [("content", "dass Daten verkauft worden seien")]


def test_a_labelling_cue_without_a_rejection_is_no_denial():
    text = "Der Minister nannte das Treffen „konstruktiv“."
    readout = framed(text, "de", att(text, 1, "Der Minister", "nannte", "nennen", "das Treffen „konstruktiv“"))
    assert readout.claims == []


def test_balance_counts_per_source_and_side():
    text = ("Der russische Botschafter Anatoli Antonow sagte: „Das ist eine Kampagne gegen uns.“ "
            "Das Weiße Haus behauptet, Moskau plane einen Angriff.")
    readout = framed(text, "de",
                     att(text, 1, "Anatoli Antonow", "sagte", "sagen", "„Das ist eine Kampagne gegen uns.“", "direct"),
                     Attribution("a2", "indirect", Source("Das Weiße Haus", text.index("Das Weiße"),
                                                          text.index("Das Weiße") + 14, "Das Weiße Haus"),
                                 None, Content.of(text, text.index("Moskau"), len(text) - 1), stance="distancing"))
    by_name = {t.name: t for t in readout.balance.sources}
    assert by_name["Anatoli Antonow"].side == "Russland" and by_name["Anatoli Antonow"].quoted_words == 6
    assert by_name["Das Weiße Haus"].side == "USA" and by_name["Das Weiße Haus"].by_stance == {"distancing": 1}
    assert [s.name for s in readout.balance.sides] == ["Russland", "USA"]
    assert readout.balance.total.by_type == {"direct": 1, "indirect": 1}


def test_every_readout_carries_markers_claims_and_balance_and_round_trips():
    readout = analyze_text("Police arrested the alleged gunman, the so-called \"lone wolf\", on Monday.", "en")
    data = readout.to_dict()
    assert {"markers", "claims", "balance"} <= set(data) and data["balance"]["total"]["name"] == "article"
    again = Readout.from_dict(data)
    assert again.to_dict() == data
    assert span_problems(again) == []


def test_rejecting_a_plan_denies_no_claim():
    text = "Die Regierung lehnte den Vorschlag der Opposition ab."
    readout = framed(text, "de", att(text, 1, "Die Regierung", "lehnte", "ablehnen", "den Vorschlag der Opposition"))
    assert readout.claims == []


def test_the_text_report_shows_the_balance_table():
    readout = analyze_text("Der Kreml wies die Vorwürfe als haltlos zurück, sagte ein Sprecher in Moskau.", "de")
    out = io.StringIO()
    print_report(readout, Console(file=out, width=160))
    report = out.getvalue()
    assert "Balance" in report and "article" in report


@pytest.mark.parametrize("text, lang, claim, denier", [
    ("Die USA behaupten, Russland bereite einen Angriff vor, was Moskau bestreitet.", "de",
     "Russland bereite einen Angriff vor", "Moskau"),
    ("The US claims that Russia is preparing an attack, which Moscow denies.", "en",
     "that Russia is preparing an attack", "Moscow"),
])
def test_a_verb_that_denies_what_a_relative_stands_for_is_paired_with_the_claim_before(text, lang, claim, denier):
    """"…, was Moskau bestreitet": the relative is what is denied, whatever the parser made of it
    ("denies" after a name tagged a plural noun, "Moskau" the object)."""
    readout = analyze_text(text, lang)
    [pair] = readout.claims
    assert (pair.claim.text, pair.link, pair.denier) == (claim, "relative", denier)


def test_a_relative_with_no_claim_before_it_is_no_claim_of_its_own():
    text = "He faces allegations that he assaulted his former wife, which he has denied."
    readout = framed(text, "en", att(text, 1, "he", "has denied", "deny", "which"))
    assert readout.claims == []
