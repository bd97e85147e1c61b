"""Readouts built by hand from gold attributions, so that framing is tested on its own."""
import json
import re
from pathlib import Path

import pytest
import spacy

from wortlaut.framing import frame
from wortlaut.nlp.structure import segment_article
from wortlaut.model import Attribution, Content, Cue, Document, Readout, Source

HERE = Path(__file__).parent
SEED_GOLD = HERE.parents[1].parent / "shared" / "fixtures" / "seed" / "gold.json"
# the seed's cues by gold wording -> lemma (what the attribution stage would give)
SEED_LEMMAS = {"wies ... zurück": "zurückweisen", "als ... bezeichnete": "bezeichnen", "behaupten": "behaupten",
               "Warnungen": "Warnung", "drohen ... mit": "drohen"}


def nearest(text: str, words: list[str], at: int) -> tuple[int, int] | None:
    """The occurrence of any of ``words`` closest to ``at`` (gold gives texts, not offsets)."""
    found = [(m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), text)]
    return min(found, key=lambda s: abs(s[0] - at), default=None)


def gold_readout(text: str, lang: str, gold: list[dict]) -> Readout:
    """A readout holding gold attributions (``start`` = content start), framed on a blank
    pipeline: what framing makes of perfect attributions without a parse."""
    atts = []
    for n, g in enumerate(gold, start=1):
        start = g["start"]
        content = Content.of(text, start, start + len(g["content"]))
        assert content.text == g["content"], g
        where = nearest(text, [g["source"], *g.get("source_aliases", [])], start)
        source = Source(text[where[0]:where[1]], *where, canonical=g["source"]) if where else None
        cue = None
        if g.get("cue"):
            first = g["cue"].split(" ... ")[0]
            at = nearest(text, [first], start)
            cue = Cue(first, at[0], at[1], SEED_LEMMAS.get(g["cue"], first.lower()))
        nested = g.get("nested_in")
        atts.append(Attribution(f"a{n}", g["type"], source, cue, content,
                                nested_in=f"a{nested + 1}" if nested is not None else None,
                                stance="distancing" if g.get("cue") == "behaupten" else "neutral"))
    readout = Readout(doc=Document(text=text, lang=lang), segments=segment_article(text, lang, None),
                      attributions=atts)
    frame(spacy.blank(lang)(text), readout)
    return readout


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads((HERE / "seed_markers.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_gold_readout(seed_text) -> Readout:
    if not SEED_GOLD.is_file():
        pytest.skip("the seed's gold attributions are not beside the repo")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return gold_readout(seed_text, "de", gold["attributions"])
