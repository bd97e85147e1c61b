"""Runs of spaces inside a line are read as one space, and kept in the Doc as spaces.

spaCy keeps the second and later spaces of a run as a token of its own, which the treebanks the
parsers learnt from never have: in "''What the Americans did is try to deceive us,'' said  Yaakov
Amidror, …" (two spaces, as 164 of 840 PolNeAR train articles have somewhere) the English parser
ended the sentence at the space token, and the quotation lost its speaker. So the pipeline reads
the text with every such run cut to one space, and the Doc it returns is rebuilt on the text as
given: each run's extra spaces are one whitespace token, tagged as spaces and hung on the word
before, and every other token keeps what the pipeline gave it (tensor rows too). Offsets into the
Doc stay offsets into the text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import SPACE
from spacy.tokens import Doc, Span

RUN = re.compile(r"(?<=\S) {2,}(?=\S)")  # two or more plain spaces between words of one line
COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, NORM]


def parse_single_spaced(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, its runs of spaces read as one space."""
    runs = _runs(text)
    return _spaced_again(nlp(RUN.sub(" ", text)), text, runs) if runs else nlp(text)


def pipe_single_spaced(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe(texts)``, their runs of spaces read as one space."""
    runs = [_runs(text) for text in texts]
    docs: Iterable[Doc] = nlp.pipe([RUN.sub(" ", text) for text in texts], batch_size=batch_size)
    for doc, text, text_runs in zip(docs, texts, runs):
        yield _spaced_again(doc, text, text_runs) if text_runs else doc


def _runs(text: str) -> dict[int, int]:
    """The runs of spaces in ``text``, as the offset of the one space left of each in the text read
    and the number of spaces it stands for."""
    runs: dict[int, int] = {}
    removed = 0
    for match in RUN.finditer(text):
        runs[match.start() - removed] = match.end() - match.start()
        removed += match.end() - match.start() - 1
    return runs


def _spaced_again(read: Doc, text: str, runs: dict[int, int]) -> Doc:
    """The Doc of ``text`` with the annotation of ``read``, the Doc of its single-spaced copy."""
    words: list[str] = []
    spaces: list[bool] = []
    position: list[int] = []  # where each token of ``read`` stands in the new Doc
    for token in read:
        position.append(len(words))
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
        run = runs.get(token.idx + len(token.text), 1) if token.whitespace_ else 1
        if run > 1:
            words.append(" " * (run - 1))
            spaces.append(False)
    doc = Doc(read.vocab, words=words, spaces=spaces)
    old = read.to_array(COPIED)
    new = numpy.zeros((len(doc), len(COPIED)), dtype=numpy.uint64)
    at = numpy.array(position, dtype=numpy.int64)
    new[at] = old
    head = COPIED.index(HEAD)
    heads = at[numpy.arange(len(read)) + old[:, head].astype(numpy.int64)] - at
    new[at, head] = heads.astype(numpy.uint64)
    extra = numpy.setdiff1d(numpy.arange(len(doc)), at)
    for column, value in ((TAG, "_SP"), (DEP, "dep")):
        new[extra, COPIED.index(column)] = read.vocab.strings.add(value)
    new[extra, COPIED.index(POS)] = SPACE
    new[extra, COPIED.index(MORPH)] = read.vocab.morphology.add("")
    new[extra, head] = numpy.array(-1, dtype=numpy.int64).astype(numpy.uint64)  # on the word before the run
    for i in extra:
        new[i, COPIED.index(LEMMA)] = new[i, COPIED.index(NORM)] = read.vocab.strings.add(words[i])
    doc.from_array(COPIED, new)
    if read.tensor.size:  # (``Doc.from_docs`` joins pieces' tensors, which must all be as wide)
        doc.tensor = numpy.zeros((len(doc), read.tensor.shape[1]), dtype=read.tensor.dtype)
        doc.tensor[at] = read.tensor
    doc.ents = [Span(doc, int(at[e.start]), int(at[e.end - 1]) + 1, label=e.label, kb_id=e.kb_id, span_id=e.id)
                for e in read.ents]
    return doc
