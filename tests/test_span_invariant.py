"""The span invariant text[start:end] == span.text, on random and adversarial text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wortlaut import analyze_text, span_problems

ADVERSARIAL = st.sampled_from([
    "„", "“", "”", "\"", "»", "«", "‚", "‘", "'", "–", "…", "\n", "\n\n", "\r", "\x00", "\u200b",
    "\u202e", "שלום", "مرحبا", "👩‍👩‍👧", "🇩🇪", "e\u0301", "ﬁ", "\ufeff", " ", "\u00a0",
    "sagte", "Putin", "Die Regierung", ", so ", "Quelle: AFP ©", "Mehr zum Thema - ", ".", "Euch unsere Artikel",
])
TEXTS = st.lists(st.one_of(st.text(min_size=1, max_size=12), ADVERSARIAL), min_size=1, max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=st.sampled_from(["de", "en"]))
def test_every_span_matches_the_text(text, lang):
    if not text.strip():
        return
    readout = analyze_text(text, lang)
    assert readout.doc.text == text
    assert span_problems(readout) == []
