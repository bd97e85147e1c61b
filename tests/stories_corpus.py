"""The story corpus the story tests ingest: the founding article (RT DE on the Biden–Putin call
of 12 February 2022), two reports of the same call from other sides (tests/fixtures/stories:
a White House–style readout in English, a public broadcaster–style report in German), the
founding article republished by another outlet with a new title and a paragraph cut, and a
report of a different Biden–Putin contact nine days later.

And the fire corpus, which shows two stories to be one: a local paper's report of a warehouse fire
quoting the fire chief, a wire report of the same fire that shares no text, quotation or person
with it, and a regional site's rewrite of the wire report that adds the fire chief's words."""
from __future__ import annotations

from pathlib import Path

from wortlaut.engine import analyze_text
from wortlaut.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "stories"
Article = tuple[str, str, str, str, str]  # name, text, language, outlet, publication date
CUT_PARAGRAPH = 7  # the White House readout the article quotes
FIRE_CHIEF = ('"The fire spread through the roof within minutes and we had to pull our crews back," '
              "fire chief Maria Lopez told the Harbour Gazette.")


def republished(seed_text: str) -> str:
    """The founding article as another outlet ran it: a new headline, one paragraph left out."""
    paragraphs = seed_text.split("\n\n")
    kept = [p for n, p in enumerate(paragraphs) if n != CUT_PARAGRAPH]
    kept[1] = "Telefonat im Schatten der Ukraine-Krise: Biden warnt, Putin klagt über NATO"
    return "\n\n".join(kept)


def ingest_story_corpus(path: Path, seed_text: str) -> dict[str, str]:
    """Analyse and store the corpus in ``path``; the document ids by name."""
    return ingest(path, (
        ("seed", seed_text, "de", "RT DE", "2022-02-12"),
        ("whitehouse", (FIXTURES / "whitehouse-readout.txt").read_text(encoding="utf-8"), "en", "White House",
         "2022-02-12"),
        ("broadcaster", (FIXTURES / "oeffentlich-rechtlich.txt").read_text(encoding="utf-8"), "de", "Tagesschau",
         "2022-02-13"),
        ("republished", republished(seed_text), "de", "Freie Presse", "2022-02-13"),
        ("summit", (FIXTURES / "gipfel-eine-woche-spaeter.txt").read_text(encoding="utf-8"), "de", "Tagesschau",
         "2022-02-21"),
    ))


def fire_rewrite(wire_text: str) -> str:
    """The wire report as a regional site ran it: a new headline, the fire chief's words added."""
    paragraphs = wire_text.split("\n\n")
    return "\n\n".join(["Millbrook grain store fire: damage put at two million dollars", *paragraphs[1:3], FIRE_CHIEF,
                        *paragraphs[3:]])


def fire_corpus() -> tuple[Article, ...]:
    """The fire corpus in the order it is published: the gazette, the wire report, the rewrite."""
    wire = (FIXTURES / "fire-wire.txt").read_text(encoding="utf-8")
    return (
        ("gazette", (FIXTURES / "fire-gazette.txt").read_text(encoding="utf-8"), "en", "Harbour Gazette", "2024-05-02"),
        ("wire", wire, "en", "Valley Press Agency", "2024-05-03"),
        ("rewrite", fire_rewrite(wire), "en", "Riverside Online", "2024-05-03"),
    )


def ingest(path: Path, articles: tuple[Article, ...]) -> dict[str, str]:
    """Analyse and store ``articles`` (name, text, language, outlet, date) in ``path``, in order;
    the document ids by name."""
    ids = {}
    with Store.open(path) as store:
        for name, text, lang, outlet, published in articles:
            readout = analyze_text(text, lang, outlet=outlet, published=published)
            store.add(readout, name)
            ids[name] = readout.doc.id
    return ids
