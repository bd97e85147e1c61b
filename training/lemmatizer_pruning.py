"""Drop the edit trees a trained lemmatizer never chooses, so that it scores fewer of them.

Why: spaCy's edit-tree lemmatizer scores every tree it learned for every token (the German one
2,078), and that one matrix product was 10-13 % of the German pipeline's time. On the recipe's
own training text (``training/corpus/de/raw.jsonl``, ~1 M words) 1,757 trees are ever its best
guess and 823 are so at least ten times; keeping those changes the lemma of 0.33 % of that
text's tokens (to the next best kept tree), GSD test lemma accuracy 0.944 -> 0.943, and makes
the lemmatizer 2-3x faster. Rows of the output layer are sliced, with the labels that name them,
so the kept trees score exactly as before.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Callable

import spacy

import wortlaut.nlp.components  # noqa: F401  (the shipped pipeline's own components)
from package_model import replace_pipeline

LEMMATIZER = "trainable_lemmatizer"
MIN_COUNT = 10  # times a tree must be the best guess on the training text to be kept


def chosen_trees(nlp: spacy.Language, texts: list[str]) -> tuple[Counter, int]:
    """How often each output row is the lemmatizer's best guess on ``texts``, and the tokens."""
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    counts: Counter = Counter()
    tokens = 0
    with nlp.select_pipes(enable=["tok2vec"]):  # the lemmatizer's scores are read below, not applied
        for doc in nlp.pipe(texts, batch_size=64):
            counts.update(lemmatizer.model.predict([doc])[0].argmax(axis=1).tolist())
            tokens += len(doc)
    return counts, tokens


def prune_lemmatizer(pipeline: Path, raw_text: Path, target: Path, min_count: int = MIN_COUNT,
                     log: Callable[..., None] = print) -> None:
    """Write ``pipeline`` to ``target`` (which may be ``pipeline``) with a lemmatizer that keeps
    the trees chosen at least ``min_count`` times on ``raw_text`` (the recipe's ``raw.jsonl``)."""
    texts = [json.loads(line)["text"] for line in raw_text.read_text(encoding="utf-8").splitlines() if line]
    counts, tokens = chosen_trees(spacy.load(pipeline), texts)
    nlp = spacy.load(pipeline)  # afresh: the count added the text's words to that copy's strings
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    labels = list(lemmatizer.cfg["labels"])
    kept = [i for i in range(len(labels)) if counts[i] >= min_count]
    changed = sum(n for i, n in counts.items() if counts[i] < min_count)
    log(f"{tokens} tokens: {len(counts)} of {len(labels)} trees ever chosen, {len(kept)} at least {min_count} "
        f"times; {changed} tokens ({changed / tokens:.2%}) take another tree")
    _slice_output(lemmatizer, kept)
    pruned = tuple(labels[i] for i in kept)

    def check(written: Path) -> None:
        if spacy.load(written).get_pipe(LEMMATIZER).labels != pruned:
            raise SystemExit(f"{written}: the pruned lemmatizer did not load back with its labels")

    replace_pipeline(nlp, target, {LEMMATIZER: {
        "pruned": f"training/lemmatizer_pruning.py: {len(kept)} of {len(labels)} edit trees kept "
                  f"(chosen at least {min_count} times on the training text)"}}, check)
    log(f"{target}: lemmatizer with {len(kept)} trees")


def _slice_output(lemmatizer, kept: list[int]) -> None:
    """Keep rows ``kept`` of the output layer and the labels that name them. thinc fixes a
    layer's dimensions once set, so the recorded size is updated with them."""
    size = len(lemmatizer.cfg["labels"])
    output = next(node for node in lemmatizer.model.walk() if node.has_param("W") and node.get_dim("nO") == size)
    weights, bias = output.get_param("W"), output.get_param("b")
    for node in lemmatizer.model.walk():
        if node.has_dim("nO") and node.get_dim("nO") == size:
            node._dims["nO"] = len(kept)
    output.set_param("W", weights[kept].copy())
    output.set_param("b", bias[kept].copy())
    lemmatizer.cfg["labels"] = [lemmatizer.cfg["labels"][i] for i in kept]
