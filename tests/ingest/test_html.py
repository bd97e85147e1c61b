from pathlib import Path

import pytest

from wortlaut import AnalyzeOptions, analyze_input
from wortlaut.ingest import InputError
from wortlaut.ingest.sources import from_bytes

ARTICLE_HTML = """<!DOCTYPE html><html lang="de"><head><title>Streit um Haushalt | Beispielzeitung</title>
<meta property="og:title" content="Streit um den Haushalt eskaliert">
<meta name="author" content="Erika Mustermann">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<meta property="og:site_name" content="Beispielzeitung"></head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><h1>Streit um den Haushalt eskaliert</h1>
<p>Der Finanzminister hat am Dienstag die Pläne der Opposition scharf kritisiert. Die Vorschläge seien
nicht finanzierbar, sagte er vor Journalisten in Berlin.</p>
<p>Die Opposition wies die Kritik zurück. Der Minister verweigere sich jeder ernsthaften Debatte, erklärte
ihre Sprecherin am Abend. Man werde einen eigenen Entwurf vorlegen.</p>
<p>Die Beratungen sollen in der kommenden Woche fortgesetzt werden, teilte das Ministerium mit.</p>
</article><footer>© Beispielzeitung 2024</footer></body></html>"""


def test_html_gives_article_text_and_metadata():
    item = from_bytes(ARTICLE_HTML.encode(), name="page.html", html=True)
    assert item.title == "Streit um den Haushalt eskaliert"
    lines = item.text.split("\n")
    assert lines[0] == "Streit um den Haushalt eskaliert"
    assert lines[1].startswith("Der Finanzminister hat am Dienstag")
    assert "Start" not in item.text and "© Beispielzeitung" not in item.text
    assert item.author == "Erika Mustermann"
    assert item.published == "2024-03-05"


def test_html_is_sniffed_without_a_suffix():
    item = from_bytes(ARTICLE_HTML.encode(), name="page")
    assert "teilte das Ministerium mit" in item.text


def test_html_without_an_article_is_refused():
    with pytest.raises(InputError, match="no article text"):
        from_bytes(b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                   name="empty.html", html=True)


FIXTURES = Path(__file__).parent / "fixtures"
STRUCTURE_ONLY = AnalyzeOptions(stages=("structure",))


def _segments(page: str) -> list[tuple[str, str]]:
    readout = analyze_input(str(FIXTURES / page), STRUCTURE_ONLY)
    return [(s.kind, readout.doc.text[s.start:s.end]) for s in readout.segments]


@pytest.mark.parametrize("page, head", [
    ("de_regional.html", [("kicker", "Ukraine-Krise"), ("title", "Scholz warnt Moskau vor „hohen Kosten“"),
                          ("boilerplate", "Stand: 14.02.2022, 18:42 Uhr"),
                          ("lead", "Bei seinem Besuch in Kiew hat Bundeskanzler Olaf Scholz Russland vor einem Angriff")]),
    ("de_topline.html", [("kicker", "Energiepreise"), ("title", "Regierung plant Entlastung für Pendler"),
                         ("lead", "Die Bundesregierung will Pendler wegen der hohen Spritpreise entlasten.")]),
    ("de_header_h1.html", [("title", "Streik bei der Bahn: Fahrgastverband kritisiert Gewerkschaft"),
                           ("lead", "Der Fahrgastverband Pro Bahn hat den angekündigten Streik")]),
    ("en_wire.html", [("kicker", "EXCLUSIVE"), ("title", "Shipping firms halt Red Sea crossings after attacks"),
                      ("lead", "Two of the world's largest container lines have stopped sending ships")]),
    ("en_standfirst.html", [("title", "Starmer promises to fix NHS waiting lists within five years"),
                            ("lead", "Keir Starmer has promised that a Labour government would bring")]),
])
def test_a_news_page_reads_kicker_title_and_lead_at_its_top(page, head):
    segments = _segments(page)
    assert [kind for kind, _ in segments[:len(head)]] == [kind for kind, _ in head]
    for (_, text), (_, expected) in zip(segments, head):
        assert text.startswith(expected)


@pytest.mark.parametrize("page", ["de_regional.html", "de_topline.html", "de_header_h1.html", "en_wire.html",
                                  "en_standfirst.html"])
def test_the_headline_is_in_the_text_once_and_never_body(page):
    """The page's <h1> under an og:title that adds the kicker ("Ukraine-Krise: Scholz warnt …") or
    under its kicker in the same <h1> was read as the first body paragraph below a copy of the title."""
    readout = analyze_input(str(FIXTURES / page), STRUCTURE_ONLY)
    headline = next(readout.doc.text[s.start:s.end] for s in readout.segments if s.kind == "title")
    assert readout.doc.text.count(headline) == 1
    assert [s.kind for s in readout.segments].count("title") == 1
    assert headline in (readout.doc.title or "")
    reportage = [readout.doc.text[s.start:s.end] for s in readout.segments if s.kind in ("lead", "body")]
    assert not any(text in readout.doc.title for text in reportage)


def test_captions_and_related_links_in_the_article_are_not_reportage():
    german = {text: kind for kind, text in _segments("de_header_h1.html")}
    assert german["Foto: Rolf Vennenbernd/dpa"] == "credit"
    assert german["Lesen Sie auch: Was Pendler jetzt wissen müssen"] == "related"
    english = _segments("en_standfirst.html") + _segments("en_wire.html")
    assert ("credit", "Supporters at the manifesto launch in Manchester. Photograph: Peter Byrne/PA") in english
    assert ("related", "Read more: Freight rates jump as insurers raise premiums") in english


def test_a_page_whose_headline_the_extractor_drops_gets_it_back_above_the_text():
    """The <h1> inside the article's <header> is not extracted: the title goes in front, once."""
    readout = analyze_input(str(FIXTURES / "de_header_h1.html"), STRUCTURE_ONLY)
    assert readout.doc.text.startswith("Streik bei der Bahn: Fahrgastverband kritisiert Gewerkschaft\n\n")
    assert "Westfalen Echo" not in readout.doc.text and "NRW" not in readout.doc.text
