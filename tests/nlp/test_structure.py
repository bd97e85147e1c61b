import pytest

from wortlaut.nlp.structure import segment_article


def _kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in segment_article(text, lang)]


def test_seed_structure(seed_text):
    segments = _kinds(seed_text, "de")
    assert segments[0] == ("kicker", "International")
    assert segments[1][0] == "title" and segments[1][1].startswith("Biden telefoniert mit Putin")
    by_kind = {}
    for kind, text in segments:
        by_kind.setdefault(kind, []).append(text)
    assert len(by_kind["credit"]) == 1 and "Quelle: AFP ©" in by_kind["credit"][0]
    assert by_kind["related"] == [next(t for _, t in segments if t.startswith("Mehr zum Thema"))]
    assert len(by_kind["appeal"]) == 1
    assert by_kind["appeal"][0].startswith("Durch die Sperrung von RT")
    assert by_kind["appeal"][0].endswith("nicht in den Sozialen Medien zu teilen.")
    assert any(t.startswith("Der diplomatische Berater") for t in by_kind["body"])
    assert not any("Quelle:" in t or "Mehr zum Thema" in t for t in by_kind["body"])


def test_english_related_credit_and_appeal():
    text = (
        "Minister resigns after budget row\n\n"
        "The finance minister resigned on Tuesday, officials said.\n"
        "Photo: Jane Doe / Reuters\n\n"
        "The opposition called the move overdue.\n\n"
        "Read more: Budget talks collapse\n\n"
        "If you value our journalism, please subscribe or donate today.\n"
    )
    kinds = [k for k, _ in _kinds(text, "en")]
    assert kinds == ["title", "lead", "credit", "body", "related", "appeal"]


def test_running_text_without_headline_is_all_body():
    text = "Die Regierung hat am Montag neue Regeln beschlossen. Sie gelten ab Juli.\n\nKritiker sprachen von einem Fehler."
    assert [k for k, _ in _kinds(text, "de")] == ["body", "body"]


def test_a_single_mention_of_readers_is_not_an_appeal():
    text = "Titel der Meldung\n\nDie Zeitung schrieb, unsere Redaktion habe nachgefragt. Der Minister schwieg.\n\nMehr folgt."
    assert "appeal" not in [k for k, _ in _kinds(text, "de")]


def _titled(text: str, lang: str, title: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in segment_article(text, lang, title)]


def test_a_title_that_adds_the_kicker_marks_the_headline_line_not_the_kicker():
    """A JSON Lines record or feed entry whose title is "Ukraine-Krise: …" and whose text opens with
    the page's kicker and headline lines."""
    text = ("Ukraine-Krise\nScholz warnt Moskau vor „hohen Kosten“\n"
            "Bei seinem Besuch in Kiew hat Bundeskanzler Olaf Scholz Russland gewarnt.\n"
            "Selenskyj bat erneut um Waffen, sagte ein Sprecher.")
    assert [k for k, _ in _titled(text, "de", "Ukraine-Krise: Scholz warnt Moskau vor „hohen Kosten“")] == [
        "kicker", "title", "lead", "body"]


def test_a_title_put_above_a_text_that_repeats_it_under_its_kicker_is_one_title():
    text = ("Shipping firms halt Red Sea crossings\n\nEXCLUSIVE\nShipping firms halt Red Sea crossings\n"
            "Two container lines have stopped sending ships through the Red Sea, executives said.\n"
            "Analysts warned that prices would rise.")
    assert _titled(text, "en", "Shipping firms halt Red Sea crossings")[:4] == [
        ("title", "Shipping firms halt Red Sea crossings"), ("kicker", "EXCLUSIVE"),
        ("title", "Shipping firms halt Red Sea crossings"),
        ("lead", "Two container lines have stopped sending ships through the Red Sea, executives said.")]


@pytest.mark.parametrize("line, kicker", [
    ("Energiepreise Regierung plant Entlastung für Pendler", "Energiepreise"),
    ("Energiepreise: Regierung plant Entlastung für Pendler", "Energiepreise"),
    ("+++ Eilmeldung +++ Regierung plant Entlastung für Pendler", "Eilmeldung"),
])
def test_kicker_and_headline_on_one_line_are_two_segments(line, kicker):
    text = f"{line}\n\nDie Bundesregierung will Pendler entlasten, sagte der Minister.\n\nDie Grünen widersprachen."
    segments = segment_article(text, "de", "Regierung plant Entlastung für Pendler")
    assert [(s.kind, text[s.start:s.end]) for s in segments[:2]] == [
        ("kicker", kicker), ("title", "Regierung plant Entlastung für Pendler")]


def test_the_headline_quoted_further_down_stays_body():
    text = ("Minister resigns\n\nThe finance minister resigned on Tuesday, officials said.\n\n"
            "Minister resigns\n\nThat was the headline of the ministry's own statement.")
    kinds = [k for k, _ in _titled(text, "en", "Minister resigns")]
    assert kinds == ["title", "lead", "body", "body"]


@pytest.mark.parametrize("lang, dateline", [
    ("de", "Stand: 10.03.2022 12:15 Uhr"),
    ("de", "Aktualisiert am 5. März 2024, 10:01 Uhr"),
    ("en", "Updated 18 December 2023"),
    ("en", "Mon 18 Dec 2023 09.30 GMT"),
])
def test_the_date_line_under_a_headline_is_not_the_lead(lang, dateline):
    text = (f"Regierung plant Entlastung\n{dateline}\n"
            "Die Bundesregierung will Pendler entlasten. The government wants to help commuters.\n"
            "Mehr dazu später.")
    kinds = _kinds(text, lang)
    assert kinds[1] == ("boilerplate", dateline)
    assert kinds[2][0] == "lead"


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Am 14.02.2022 sagte der Minister, die Lage sei ernst."),
    ("en", "On December 18, 2023 the minister said the situation was serious."),
])
def test_a_sentence_that_opens_with_a_date_is_no_date_line(lang, sentence):
    assert ("boilerplate", sentence) not in _kinds(f"Headline\n\n{sentence}\n\nMore.", lang)


@pytest.mark.parametrize("lang, caption", [
    ("de", "Olaf Scholz und Wolodymyr Selenskyj am Montag in Kiew. Foto: Kay Nietfeld/dpa"),
    ("en", "Keir Starmer at the manifesto launch in Manchester. Photograph: Oli Scarff/AFP"),
])
def test_a_caption_ending_in_its_credit_is_a_credit(lang, caption):
    assert ("credit", caption) in _kinds(f"Headline here\n\nA first paragraph, said someone.\n\n{caption}\n\nMore.", lang)
