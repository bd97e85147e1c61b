"""A narrower German parser taught by the shipped one, in a copy of the shipped pipeline.

Why: the parser is ~40 % of the German pipeline's time (hidden width 128, maxout pieces 3: its
precomputed lower layer is 8 x 128 x 3 values per token from the 96-wide tok2vec). spaCy's
small pipelines use width 64 and 2 pieces, a third of that work. Retrained from scratch on the
gold treebank alone, a new parser would parse differently from the one the attribution and event
rules were developed on; taught by the shipped parser instead (its parses of the recipe's ~1 M
words of training text, plus the gold treebank docs), on the shipped tok2vec frozen, it learns
to parse as the rules expect, and every other annotation stays byte for byte as it was.

Measured on 2026-12-03 it is not shipped: it agrees with its teacher on 85 % of heads (81 % with
the label), which is close enough for SpkAtt news but not for the rules' finer cases (the founding
article's attributions 0.962 -> 0.816); see ``training/README.md``.

``silver_corpus`` writes the teacher's parses; ``configs/de-parser.cfg`` trains the student;
``swap_parser`` puts it into a copy of the shipped pipeline and checks the result.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Callable

import spacy
from spacy.tokens import DocBin

import wortlaut.nlp.components  # noqa: F401  (the shipped pipeline's own components)
from package_model import replace_pipeline

PARSER = "parser"
MORPH_RULES = "wortlaut_de_morph_rules"  # reads the parse, so its output may change with it
HELD_OUT = 200  # teacher-parsed documents kept out of training, to measure agreement
SAMPLE = [
    "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Bundesregierung werde "
    "der Europäischen Union einen Vorschlag machen.",
    "Die Deutsche Bank und Siemens kündigten an, in München 500 Stellen zu streichen, "
    "teilte ein Sprecher der IG Metall mit.",
]


def silver_corpus(shipped: Path, raw_text: Path, gold: Path, target: Path, log: Callable[..., None] = print) -> None:
    """``target/{train,dev,agree}.spacy``: the shipped parser's parses of ``raw_text`` (the
    recipe's ``raw.jsonl``) plus the gold-parsed docs of ``gold/train.spacy`` for training; the
    gold-parsed docs of ``gold/dev.spacy`` to monitor; ``HELD_OUT`` teacher-parsed docs to
    measure how often the student agrees with its teacher."""
    texts = [json.loads(line)["text"] for line in raw_text.read_text(encoding="utf-8").splitlines() if line]
    random.Random(0).shuffle(texts)
    nlp = spacy.load(shipped)
    with nlp.select_pipes(enable=["tok2vec", PARSER]):
        silver = list(nlp.pipe(texts, batch_size=64))
    blank = spacy.blank("de")
    gold_train = [d for d in DocBin().from_disk(gold / "train.spacy").get_docs(blank.vocab) if d.has_annotation("DEP")]
    gold_dev = [d for d in DocBin().from_disk(gold / "dev.spacy").get_docs(blank.vocab) if d.has_annotation("DEP")]
    splits = {"train": silver[HELD_OUT:] + gold_train, "dev": gold_dev, "agree": silver[:HELD_OUT]}
    target.mkdir(parents=True, exist_ok=True)
    for split, docs in splits.items():
        out = DocBin(attrs=["ORTH", "HEAD", "DEP", "SENT_START"], store_user_data=False)
        for doc in docs:
            out.add(doc)
        out.to_disk(target / f"{split}.spacy")
        log(f"{split}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")


def swap_parser(shipped: Path, trained: Path, target: Path, log: Callable[..., None] = print) -> None:
    """Write the shipped pipeline with the trained parser to ``target`` (which may be ``shipped``),
    after checking that the trained parser listens to a tok2vec identical to the shipped one."""
    nlp, new = spacy.load(shipped), spacy.load(trained)
    if new.pipe_names != ["tok2vec", PARSER] or \
            new.get_pipe("tok2vec").model.to_bytes() != nlp.get_pipe("tok2vec").model.to_bytes():
        raise SystemExit(f"{trained}: not the shipped tok2vec with a parser ({new.pipe_names})")
    before = _trained_annotations(nlp)
    width = new.get_pipe(PARSER).model.get_ref("lower").get_dim("nO")
    order = list(nlp.pipe_names)
    nlp.remove_pipe(PARSER)
    nlp.add_pipe(PARSER, source=new, after=order[order.index(PARSER) - 1])
    replace_pipeline(nlp, target, {"parser": {
        "trained": f"training/configs/de-parser.cfg: hidden width {width}, taught by the first-round parser "
                   "on the recipe's training text (training/parser_distillation.py)",
        "data": "the first-round parser's parses of training/corpus/de/raw.jsonl and the gold treebank docs"}},
        lambda written: _check(written, order, before, new, log))
    log(f"{target}: {' > '.join(nlp.pipe_names)} (parser from {trained})")


def _trained_annotations(nlp: spacy.Language) -> list[list[tuple]]:
    """The annotations of the trained components on ``SAMPLE``, without the rule component that
    reads the parse."""
    with nlp.select_pipes(disable=[MORPH_RULES] if MORPH_RULES in nlp.pipe_names else []):
        return [_annotations(doc) for doc in nlp.pipe(SAMPLE)]


def _check(built_path: Path, names: list[str], before: list[list[tuple]], new: spacy.Language,
           log: Callable[..., None]) -> None:
    built = spacy.load(built_path)
    if built.pipe_names != names:
        raise SystemExit(f"{built_path}: components {built.pipe_names}, not {names}")
    if _trained_annotations(built) != before:
        raise SystemExit(f"{built_path}: annotations other than the parse changed")
    ours = [[(t.dep_, t.head.i) for t in doc] for doc in built.pipe(SAMPLE)]
    if ours != [[(t.dep_, t.head.i) for t in doc] for doc in new.pipe(SAMPLE)]:
        raise SystemExit(f"{built_path}: its parses are not the trained parser's")
    log(f"checked {built_path}: every component in place, other annotations unchanged, parses from the trained parser")


def _annotations(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_) for t in doc]


def agreement(student: Path, held_out: Path) -> dict[str, float]:
    """Share of tokens of the teacher-parsed held-out docs whose head (and label) the student gives."""
    nlp = spacy.load(student)
    docs = list(DocBin().from_disk(held_out).get_docs(nlp.vocab))
    same_head = same_both = total = 0
    for gold, doc in zip(docs, nlp.pipe([spacy.tokens.Doc(nlp.vocab, words=[t.text for t in d]) for d in docs])):
        for g, t in zip(gold, doc):
            total += 1
            same_head += g.head.i == t.head.i
            same_both += g.head.i == t.head.i and g.dep_ == t.dep_
    return {"head": same_head / total, "head_and_label": same_both / total}
