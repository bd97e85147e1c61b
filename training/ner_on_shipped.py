"""A German NER with a small tok2vec of its own, swapped into the shipped pipeline.

Why: the second-round candidate (this recipe's ``train`` stage) has a much better NER, but its
parser and tagger make the attribution rules lose. Its NER alone, with the candidate's full
tok2vec, costs ~17 % of the pipeline's speed; a NER head on the shipped, frozen tok2vec costs
nothing but learns little (GermEval test F1 0.585). A NER trained on the same entity data with
a narrow, shallow tok2vec of its own (width 64, depth 2) reaches 0.697 at ~7 % of the speed, and
leaves every other annotation byte for byte as it was (``training/README.md``).

``ner_only_corpus`` keeps the prepared docs that carry entity annotation; ``configs/de-ner.cfg``
trains the NER alone; ``swap_ner`` puts it into the shipped pipeline and checks the result.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import spacy
from spacy.tokens import DocBin

import wortlaut.nlp.components  # noqa: F401  (the shipped pipeline's own components)
from package_model import replace_pipeline

NER = "ner"
SAMPLE = [
    "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Bundesregierung werde "
    "der Europäischen Union einen Vorschlag machen.",
    "Die Deutsche Bank und Siemens kündigten an, in München 500 Stellen zu streichen, "
    "teilte ein Sprecher der IG Metall mit.",
]


def ner_only_corpus(source: Path, target: Path, log: Callable[..., None] = print) -> None:
    """``train.spacy`` and ``dev.spacy`` of ``source`` with only the docs that carry entity
    annotation (the tagging-only silver docs would teach the NER that nothing is an entity)."""
    nlp = spacy.blank("de")
    for split in ("train", "dev"):
        docs = list(DocBin().from_disk(source / f"{split}.spacy").get_docs(nlp.vocab))
        kept = [d for d in docs if any(t.ent_iob != 0 for t in d)]
        out = DocBin(store_user_data=False)
        for doc in kept:
            out.add(doc)
        target.mkdir(parents=True, exist_ok=True)
        out.to_disk(target / f"{split}.spacy")
        log(f"{split}: {len(kept)} of {len(docs)} docs carry entities ({sum(len(d) for d in kept)} tokens)")


def swap_ner(shipped: Path, trained: Path, target: Path, log: Callable[..., None] = print) -> None:
    """Write the shipped pipeline with the trained NER to ``target`` (which may be ``shipped``),
    after checking that the trained pipeline is a NER alone with a tok2vec of its own."""
    nlp, new = spacy.load(shipped), spacy.load(trained)
    if new.pipe_names != [NER] or any(node.name == "tok2vec-listener" for node in new.get_pipe(NER).model.walk()):
        raise SystemExit(f"{trained}: not a NER alone with its own tok2vec ({new.pipe_names})")
    before = [_annotations(doc) for doc in nlp.pipe(SAMPLE)]
    order = list(nlp.pipe_names)
    nlp.remove_pipe(NER)
    nlp.add_pipe(NER, source=new, after=order[order.index(NER) - 1])
    replace_pipeline(nlp, target, {"ner": {
        "trained": "training/configs/de-ner.cfg: a NER with a tok2vec of its own (width 64, depth 2)",
        "data": "the entity-annotated docs of the recipe's prep stage (training/README.md)"}},
        lambda written: _check(written, before, new, log))
    log(f"{target}: {' > '.join(nlp.pipe_names)} (ner from {trained})")


def _check(built_path: Path, before: list[list[tuple]], new: spacy.Language, log: Callable[..., None]) -> None:
    built = spacy.load(built_path)
    if NER in built.get_pipe("tok2vec").listening_components:
        raise SystemExit(f"{built_path}: the ner listens to the shared tok2vec")
    if [_annotations(doc) for doc in built.pipe(SAMPLE)] != before:
        raise SystemExit(f"{built_path}: annotations other than entities changed")
    with built.select_pipes(disable=["wortlaut_gazetteer"]):
        ours = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in built.pipe(SAMPLE)]
    if ours != [[(e.start, e.end, e.label_) for e in doc.ents] for doc in new.pipe(SAMPLE)]:
        raise SystemExit(f"{built_path}: its entities are not the trained ner's")
    log(f"checked {built_path}: other annotations unchanged, entities from the trained ner")


def _annotations(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, str(t.morph)) for t in doc]
