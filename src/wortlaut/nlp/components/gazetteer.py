"""wortlaut_gazetteer: add entities from a name list that the statistical
NER missed. Never overwrites or splits an entity the NER found.

The list is the language's data file `lang/<code>/gazetteer.tsv`
(LABEL<TAB>phrase per line), built by training/build.py from ../shared/data
(country and city names, actor names from the PETRARCH2 dictionaries with
German transliteration variants). Matching is case-sensitive on the token text.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Dict, List, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


def load_gazetteer(lang: str, path: Optional[Path] = None) -> Dict[str, List[str]]:
    path = path or Path(str(resources.files("wortlaut.lang") / lang / "gazetteer.tsv"))
    out: Dict[str, List[str]] = {}
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            label, phrase = line.split("\t", 1)
            out.setdefault(label, []).append(phrase)
    return out


class Gazetteer:
    def __init__(self, nlp: Language, name: str, labels: List[str]):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        gaz = load_gazetteer(nlp.lang)
        tokenizer = nlp.tokenizer
        for label, phrases in gaz.items():
            if labels and label not in labels:
                continue
            self.matcher.add(label, [tokenizer(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if not matches:
            return doc
        taken = set()
        for e in doc.ents:
            taken.update(range(e.start, e.end))
        new = []
        for match_id, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            # do not start inside a capitalised run ("New" + "York Times")
            if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                    and doc[start - 1].ent_type == 0 and doc[start - 1].pos_ == "PROPN":
                continue
            new.append(Span(doc, start, end, label=match_id))
        if new:
            doc.ents = list(doc.ents) + filter_spans(new)
        return doc

    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self


@Language.factory(
    "wortlaut_gazetteer",
    default_config={"labels": []},
    assigns=["doc.ents"],
)
def make_gazetteer(nlp: Language, name: str, labels: List[str]):
    return Gazetteer(nlp, name, labels)
