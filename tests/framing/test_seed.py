"""The founding article: every expected marker found, nothing else of its kind."""
import pytest

from wortlaut import analyze_text, span_problems
from wortlaut.nlp import shipped_model_path

KINDS = ("scare_quote", "hedge", "loaded", "appeal")


def spans(markers) -> set[tuple[str, int, int]]:
    return {(m.kind, m.start, m.end) for m in markers if m.kind in KINDS}


def expected_spans(expected: dict) -> set[tuple[str, int, int]]:
    return {(m["kind"], m["start"], m["end"]) for m in expected["markers"]}


def test_gold_attributions_give_exactly_the_expected_markers(seed_gold_readout, seed_expected):
    assert span_problems(seed_gold_readout) == []
    assert spans(seed_gold_readout.markers) == expected_spans(seed_expected)


def test_attributed_to_names_whose_term_it_is(seed_gold_readout, seed_expected):
    found = {(m.kind, m.start): m.attributed_to for m in seed_gold_readout.markers}
    for m in seed_expected["markers"]:
        assert found[(m["kind"], m["start"])] == m["attributed_to"], m["why"]


def test_speakers_words_and_names_are_not_scare_quotes(seed_gold_readout, seed_expected):
    scare = {(m.start, m.end) for m in seed_gold_readout.markers if m.kind == "scare_quote"}
    for q in seed_expected["not_scare_quotes"]:
        assert (q["start"], q["end"]) not in scare, q["why"]


def test_hedge_is_linked_to_the_claim_it_qualifies(seed_gold_readout):
    hedge = next(m for m in seed_gold_readout.markers if m.kind == "hedge")
    claim = next(a for a in seed_gold_readout.attributions if a.id == hedge.attribution)
    assert claim.source.canonical == "Joe Biden" and "angeblich" in claim.content.text
    assert hedge.target.text == 'drohenden "russischen Invasion"'


def test_claims_are_paired_with_their_denials(seed_gold_readout, seed_expected):
    pairs = seed_gold_readout.claims
    assert len(pairs) == len(seed_expected["claims"])
    for pair, want in zip(pairs, seed_expected["claims"]):
        assert pair.link == want["link"] and pair.denier == want["denier"]
        assert pair.claim.text == want["claim"] if "claim" in want else want["claim_contains"] in pair.claim.text
        if "claimant" in want:
            assert pair.claimant == want["claimant"]


def test_balance_groups_sources_by_side(seed_gold_readout):
    balance = seed_gold_readout.balance
    sides = {t.name: t for t in balance.sides}
    assert set(sides) == {"Russland", "USA"}
    by_source = {t.name: t for t in balance.sources}
    assert by_source["Juri Uschakow"].side == "Russland" and by_source["Joe Biden"].side == "USA"
    assert by_source["Anatoli Antonow"].side == "Russland" and by_source["Wladimir Putin"].side == "Russland"
    assert by_source["Moskau"].denials == 1 and by_source["USA"].denied == 2  # the claim and the warnings
    assert balance.total.attributions == len(seed_gold_readout.attributions)
    assert by_source["Das Weiße Haus"].quoted_words == 84
    assert by_source["Joe Biden"].hedges == 1 and by_source["Joe Biden"].scare_quotes == 1


@pytest.mark.skipif(shipped_model_path("de") is None, reason="the German pipeline is not shipped yet")
def test_seed_through_the_public_api(seed_text, seed_expected):
    readout = analyze_text(seed_text, "de")
    assert span_problems(readout) == []
    assert spans(readout.markers) == expected_spans(seed_expected)
    assert [p.link for p in readout.claims] == [c["link"] for c in seed_expected["claims"]]
    for pair, want in zip(readout.claims, seed_expected["claims"]):
        assert want.get("claim", want.get("claim_contains")) in pair.claim.text
