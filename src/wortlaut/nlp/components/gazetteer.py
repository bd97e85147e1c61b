"""wortlaut_gazetteer: add entities from a name list that the statistical
NER missed. Never overwrites or splits an entity the NER found.

The list is the language's data file `lang/<code>/gazetteer.tsv`
(LABEL<TAB>phrase per line), built by training/build.py from ../shared/data
(country and city names, actor names from the PETRARCH2 dictionaries with
German transliteration variants). Matching is case-sensitive on the token text.

The phrases are held as token sequences indexed by their first token, not as a spaCy
PhraseMatcher: that needs a Doc of every phrase, and tokenizing the ~41,000 German ones made up
most of the time to load the pipeline (about 2.5 of 3.5 s). A phrase of plain words is split at
its spaces, which is how the tokenizer splits it unless a word is one of its special cases (checked
for every phrase by
``tests/nlp/test_pipelines.py``); only the others (with "/", "(", ".", digits, ...) are tokenized.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokenizer import Tokenizer
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


def phrase_words(phrase: str, tokenizer: Tokenizer, special_cases: frozenset[str]) -> Tuple[str, ...]:
    """The tokens of a gazetteer phrase: its words where it has only plain ones that are no special
    case of the tokenizer (English "Im" is "I" "m"), else the tokenizer's."""
    words = phrase.split(" ")
    if all(word.isalpha() and word not in special_cases for word in words):
        return tuple(words)
    return tuple(t.text for t in tokenizer(phrase))


class Gazetteer:
    def __init__(self, nlp: Language, name: str, labels: List[str]):
        self.name = name
        self.phrases: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}  # first token -> (tokens, label)
        special_cases = frozenset(nlp.tokenizer.rules)
        for label, phrases in load_gazetteer(nlp.lang).items():
            if labels and label not in labels:
                continue
            for phrase in phrases:
                words = phrase_words(phrase, nlp.tokenizer, special_cases)
                self.phrases.setdefault(words[0], []).append((words, label))

    def _matches(self, doc: Doc) -> List[Tuple[str, int, int]]:
        words = [t.text for t in doc]
        found = []
        for start, word in enumerate(words):
            for phrase, label in self.phrases.get(word, ()):
                end = start + len(phrase)
                if tuple(words[start:end]) == phrase:
                    found.append((label, start, end))
        return found

    def __call__(self, doc: Doc) -> Doc:
        matches = self._matches(doc)
        if not matches:
            return doc
        taken = set()
        for e in doc.ents:
            taken.update(range(e.start, e.end))
        new = []
        for label, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            # do not start inside a capitalised run ("New" + "York Times")
            if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                    and doc[start - 1].ent_type == 0 and doc[start - 1].pos_ == "PROPN":
                continue
            new.append(Span(doc, start, end, label=label))
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
