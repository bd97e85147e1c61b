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
