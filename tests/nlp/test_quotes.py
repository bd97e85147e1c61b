import pytest

from wortlaut.nlp.quotes import QuoteIndex, find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    ("Er sagte: „Wir bleiben.“ Dann ging er.", ["„Wir bleiben.“"]),
    ("She said: “We stay.” Then she left.", ["“We stay.”"]),
    ('He called it "a disaster" and left.', ['"a disaster"']),
    ("Sie nannte es »absurd« und «falsch».", ["»absurd«", "«falsch»"]),
    ("„Er sprach von ‚Verrat‘, das ist neu“, sagte sie.", ["„Er sprach von ‚Verrat‘, das ist neu“", "‚Verrat‘"]),
])
def test_quote_styles(text, expected):
    assert quoted(text) == expected


def test_apostrophes_are_not_quotes():
    assert quoted("Putin’s aides didn’t say it, Ushakov’s office said.") == []


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "Er sagte: „Wir bleiben hier\nNeuer Absatz ohne Anführungszeichen."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and not quotes[0].closed
    assert text[quotes[0].start:quotes[0].end] == "„Wir bleiben hier"


def test_stray_marks_do_not_crash():
    for text in ["\"", "„", "“”", "» « » «", "'''", "\"a\" \"", "„a“ “b”\n\"c"]:
        find_quotes(text)


def test_seed_scare_quotes_and_long_quotes(seed_text):
    texts = quoted(seed_text)
    assert texts.count('"russische Invasion"') == 1
    assert '"ernsten Konsequenzen"' in texts
    assert any(t.startswith('"Präsident Biden machte deutlich') and t.endswith('vorbereitet sind."') for t in texts)


def test_a_quote_index_finds_the_quotations_nearest_a_position():
    text = "„Eins zwei drei“, sagte er. Dann: „vier fünf sechs“ und „sieben acht neun“."
    index = QuoteIndex.of([q for q in find_quotes(text) if q.depth == 0])
    said = text.index("sagte")
    assert [text[q.start:q.end] for q in index.ending_by(said)] == ["„Eins zwei drei“"]
    assert [text[q.start:q.end] for q in index.starting_after(said)] == ["„vier fünf sechs“", "„sieben acht neun“"]
    assert list(index.ending_by(0)) == [] and list(index.starting_after(len(text))) == []


def test_an_inner_quote_closed_with_a_straight_apostrophe_does_not_swallow_the_outer_one():
    """PolNeAR: ‘…' inside “…” left the outer quotation open to the end of the paragraph."""
    text = "“The rule is ‘do no harm' and we follow it,” the minister said. Then she left."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["“The rule is ‘do no harm' and we follow it,”"]


def test_two_apostrophes_are_one_double_quotation_mark():
    """News archives write ''…'' for “…”; a lone apostrophe inside ("Putin's") closes nothing."""
    text = "''We will not let Putin's threats stand,'' Mrs. Clinton said. He said 'no'."
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end] == "''We will not let Putin's threats stand,''"
    assert text[quote.inner_start:quote.inner_end] == "We will not let Putin's threats stand,"


def test_an_opening_mark_typed_for_the_closing_one_closes_after_a_word():
    """'“It's unusual,“ said …': the second “ had opened a quotation that swallowed the rest of the paragraph;
    one after a space still opens a quotation inside ('“We are “very” happy.”')."""
    assert quoted("“It is unusual,“ said Larry Noble. “Apparently not,“ he said.") == [
        "“It is unusual,“", "“Apparently not,“"]
    assert quoted("He said: “We are “very” happy.”") == ["“We are “very” happy.”", "“very”"]


def test_a_straight_mark_and_a_curly_one_make_a_pair():
    """Politico, Huffington Post, Breitbart: '"But Pete Wilson won,” Axelrod said' and 'was “highly
    significant."' were left unpaired, so the quotation had no speaker; a straight mark after a space
    still opens a quotation inside a curly one."""
    text = '"But Pete Wilson won,” Axelrod said. She called it “highly significant." Then she left.'
    assert quoted(text) == ['"But Pete Wilson won,”', '“highly significant."']
    assert quoted('“They said "no" to us,” he said.') == ['“They said "no" to us,”', '"no"']

