import pytest

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
