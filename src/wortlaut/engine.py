"""One document in, one readout out: the flow from text to every analyser."""
from __future__ import annotations

from dataclasses import dataclass

from wortlaut.attribution import attribute
from wortlaut.framing import frame
from wortlaut.ingest import IngestedText, ReadOptions, read_input, segment_article
from wortlaut.ingest.text import require_content
from wortlaut.model import Document, Readout
from wortlaut.nlp import check_language, detect_language, load_pipeline
from wortlaut.nlp.entities import collect_entities

NEWS_SEGMENTS = {"title", "lead", "body"}


@dataclass(frozen=True)
class AnalyzeOptions:
    lang: str | None = None
    model: str | None = None
    read: ReadOptions = ReadOptions()


def analyze_text(text: str, lang: str | None = None, *, model: str | None = None,
                 doc_id: str | None = None, title: str | None = None, url: str | None = None,
                 outlet: str | None = None, published: str | None = None,
                 author: str | None = None) -> Readout:
    """Analyse ``text`` as it is (offsets in the readout index into exactly this string).

    ``lang`` is "de", "en" or None to detect it.
    """
    require_content(text)
    lang = check_language(lang) if lang else detect_language(text)
    nlp = load_pipeline(lang, model)
    segments = segment_article(text, lang, title)
    if title is None:
        title = next((text[s.start:s.end] for s in segments if s.kind == "title"), None)
    doc = nlp(text)
    entities = collect_entities(doc)
    news = [(s.start, s.end) for s in segments if s.kind in NEWS_SEGMENTS]
    readout = Readout(
        doc=Document(text=text, lang=lang, id=doc_id or "", title=title, url=url, outlet=outlet,
                     published=published, author=author),
        segments=segments,
        entities=entities,
        attributions=attribute(doc, entities, news),
    )
    frame(doc, readout)
    return readout


def analyze_ingested(item: IngestedText, options: AnalyzeOptions = AnalyzeOptions()) -> Readout:
    return analyze_text(item.text, options.lang, model=options.model, title=item.title, url=item.url,
                        outlet=item.outlet, published=item.published, author=item.author)


def analyze_input(name: str, options: AnalyzeOptions = AnalyzeOptions()) -> Readout:
    """Read a file, URL or ``-`` and analyse it."""
    return analyze_ingested(read_input(name, options.read), options)
