"""Each attribution's confidence: a probability, lower where the rules had less to go on, and
a filter that keeps the readout consistent."""
from wortlaut import analyze_text, span_problems


def test_every_attribution_of_the_founding_article_is_scored(seed_text):
    readout = analyze_text(seed_text, "de")
    assert readout.attributions
    assert all(a.confidence is not None and 0.0 <= a.confidence <= 1.0 for a in readout.attributions)


def test_a_report_with_a_named_speaker_is_surer_than_a_quotation_nobody_is_named_for():
    named = analyze_text("Der Sprecher der Regierung sagte am Montag, dass die Gespräche über den Vertrag "
                         "im kommenden Monat in Genf fortgesetzt würden.", "de").attributions
    unnamed = analyze_text("„Die Gespräche über den Vertrag werden im kommenden Monat in Genf ohne jede "
                           "Vorbedingung fortgesetzt.“", "de").attributions
    assert len(named) == 1 and named[0].source is not None
    assert len(unnamed) == 1 and unnamed[0].source is None
    assert named[0].confidence > unnamed[0].confidence


def test_a_minimum_confidence_drops_the_rest_before_framing_and_events_read_them(seed_text):
    everything = analyze_text(seed_text, "de")
    threshold = sorted(a.confidence for a in everything.attributions)[len(everything.attributions) // 2]
    kept = analyze_text(seed_text, "de", min_confidence=threshold)
    assert 0 < len(kept.attributions) < len(everything.attributions)
    assert all(a.confidence >= threshold for a in kept.attributions)
    assert {a.id for a in kept.attributions} <= {a.id for a in everything.attributions}
    ids = {a.id for a in kept.attributions}
    assert all(a.nested_in is None or a.nested_in in ids for a in kept.attributions)
    assert all(m.attribution is None or m.attribution in ids for m in kept.markers)
    assert all(e.attribution is None or e.attribution in ids for e in kept.events)
    assert kept.balance.total.attributions == len(kept.attributions)
    assert span_problems(kept) == []
