"""The story corpus the story tests ingest: the founding article (RT DE on the Biden–Putin call
of 12 February 2022), two reports of the same call from other sides (tests/fixtures/stories:
a White House–style readout in English, a public broadcaster–style report in German), the
founding article republished by another outlet with a new title and a paragraph cut, and a
report of a different Biden–Putin contact nine days later."""
from __future__ import annotations

from pathlib import Path

from wortlaut.engine import analyze_text
from wortlaut.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "stories"
CUT_PARAGRAPH = 7  # the White House readout the article quotes


def republished(seed_text: str) -> str:
    """The founding article as another outlet ran it: a new headline, one paragraph left out."""
    paragraphs = seed_text.split("\n\n")
    kept = [p for n, p in enumerate(paragraphs) if n != CUT_PARAGRAPH]
    kept[1] = "Telefonat im Schatten der Ukraine-Krise: Biden warnt, Putin klagt über NATO"
    return "\n\n".join(kept)


def ingest_story_corpus(path: Path, seed_text: str) -> dict[str, str]:
    """Analyse and store the corpus in ``path``; the document ids by name."""
    articles = (
        ("seed", seed_text, "de", "RT DE", "2022-02-12"),
        ("whitehouse", (FIXTURES / "whitehouse-readout.txt").read_text(encoding="utf-8"), "en", "White House",
         "2022-02-12"),
        ("broadcaster", (FIXTURES / "oeffentlich-rechtlich.txt").read_text(encoding="utf-8"), "de", "Tagesschau",
         "2022-02-13"),
        ("republished", republished(seed_text), "de", "Freie Presse", "2022-02-13"),
        ("summit", (FIXTURES / "gipfel-eine-woche-spaeter.txt").read_text(encoding="utf-8"), "de", "Tagesschau",
         "2022-02-21"),
    )
    ids = {}
    with Store.open(path) as store:
        for name, text, lang, outlet, published in articles:
            readout = analyze_text(text, lang, outlet=outlet, published=published)
            store.add(readout, name)
            ids[name] = readout.doc.id
    return ids
