#!/usr/bin/env python3
"""Attribution benchmark: wortlaut's attributions against the gold data in ../shared/data.

One command per data set (run from the repository root)::

    .venv/bin/python benchmarks/attribution.py spkatt-news --split dev     # German news (report)
    .venv/bin/python benchmarks/attribution.py spkatt-news --split train   # German news (develop)
    .venv/bin/python benchmarks/attribution.py gepade                      # German parliament (dev)
    .venv/bin/python benchmarks/attribution.py polnear --split dev|test    # English news
    .venv/bin/python benchmarks/attribution.py seed                        # the founding article
    .venv/bin/python benchmarks/attribution.py all --out FILE              # all four, reporting splits
    .venv/bin/python benchmarks/attribution.py reliability                 # is the confidence calibrated?

Common options: ``--limit N`` (first N documents), ``--out FILE`` (figures as JSON),
``--errors FILE`` (missed and spurious attributions per document, JSON Lines, for error
study), ``--model NAME`` or ``--model de=PATH`` (spaCy pipeline handed to
``wortlaut.analyze_text``, for every language or for one).

Everything goes through the Python API: ``wortlaut.analyze_text(text, lang=...).to_dict()``;
offsets in the readout are ``str`` indices into the text we pass.

How each data set is scored
===========================

SpkAtt-2023 Task 2, German WikiNews (``spkatt-news``)
-----------------------------------------------------
The data (``../shared/data/spkatt2023_news``, see its SOURCE.md) gives tokenised sentences and,
per annotation, token sets for ``Cue``, ``Source``, ``Message`` and ``Addr``. The task is
scored at token level per role ("precision/recall/F1 of role tokens of matched cues"); no
official scorer for Task 2 is available, so this is our reading of that definition:

1. The document text is rebuilt from its tokens (single spaces, none before closing
   punctuation and closing quotes, none after opening brackets and quotes) with a
   token -> character-offset map. wortlaut analyses that text. Each predicted span (cue
   parts, source, content) becomes the set of tokens it overlaps by at least one character;
   content is scored as the Message role, source as Source, the cue (all its parts) as Cue.
   SpkAtt annotates a quotation inside reported speech twice: with the reported speech and
   again as direct speech of its own, with the same cue and source (guidelines 3.1 a). So a
   `mixed` attribution also gives one direct frame per quotation in its content (not for a
   quotation of capitalised words only, a name or title such as „Full Metal Jacket“);
   ``--one-frame`` scores one frame per attribution, as this benchmark did until 2026-12-04.
2. Gold and predicted attributions are paired one-to-one, greedily, best pair first:
   first pairs whose cues share tokens (more shared cue tokens first, then more shared
   message tokens); then, among the rest, pairs where one side has no cue (30% of the gold
   annotations have none: free indirect speech, "Reported" speech, continuations) and the
   messages share tokens (more shared first). Two attributions with different cues are
   never paired: roles count only for matched cues.
3. Per role R (Cue, Source, Message, Addr): TP = sum over pairs of |gold_R & pred_R|;
   precision = TP / all predicted R tokens; recall = TP / all gold R tokens (unpaired
   attributions contribute all their tokens as false positives or false negatives).
4. Joint = the same counts pooled over Cue, Source, Message and Addr (gold Addr tokens are
   about 1% of role tokens).
All annotations are scored, nested ones included (``--top-level`` keeps only gold with
``IsNested: false`` and predictions without ``nested_in``, the task's simplified subtask).
Punctuation tokens count like any token (quote marks are part of gold direct messages).
The published rule-based baseline (QUiTE, test set) reached message F1 0.479, joint 0.391.
Also reported: attribution-level counts (gold, predicted, paired, paired by cue).

GePaDe / SpkAtt-2023 Task 1 dev, Bundestag speeches (``gepade``)
---------------------------------------------------------------
``../shared/data/spkatt_german_gepade/dev.json`` (the SpkAtt-2023 Task 1 dev material in
SRL format): one entry per sentence with per-candidate-token frames. Speeches are rebuilt
from their sentences and analysed whole. Two sets of figures:

* the token-level figures above (gold cue = V tokens plus PTC, roles Source, Message, Addr);
* the GePaDe evaluation (logic described in the data's SOURCE.md, reimplemented here): one
  instance per gold candidate frame; our predicted frame for candidate token i has B-V at i
  when a predicted cue covers i (I-V on its other tokens in the sentence, PTC for a trailing
  verb particle) and B-/I- role tags for the source and content tokens in that sentence.
  "cue accuracy" is the official cue figure (frames whose B-V positions agree, both-empty
  included; the official script never counts misses, so its recall is 1 and its precision
  is this accuracy); "event P/R/F1" counts real events (frames with a gold or predicted
  B-V); "strict" and "overlap" role scores follow the official counting, micro-averaged
  over Source, Message, Addr, Topic, Medium, Evidence, PTC and V.

PolNeAR, English political news (``polnear``)
---------------------------------------------
brat ``.ann`` files with Source / Cue / Content spans tied by ``E`` relations (one
annotator's file per article: the first by name). Word tokens are ``\\w+`` matches, as in
``../shared/tools/score_attributions.py``.

* content P/R/F1: a gold and a predicted attribution match when the Dice overlap of their
  content word tokens is >= 0.5 (one-to-one, best pairs first);
* source accuracy on matches: the predicted source span shares a word token with the gold
  source span (or both are absent); cue accuracy on matches likewise; "by name" also counts a
  source right that names the gold source's speaker as ``score_attributions.py`` judges it (the
  resolved name or the words share a capitalised word: "he", resolved to Kevin D. Williamson, for a
  gold "Williamson" mentioned elsewhere), reported beside the span figure since 2026-12-06;
* token-level content P/R/F1: per document, the set of word tokens inside any gold content
  span against the set inside any predicted content span (PolNeAR is univocal: a token
  belongs to at most one attribution role, so the sets are well defined).

Because of that univocality a report inside a quotation ("I think …" within a quoted
statement) is rarely annotated on its own; ``--top-level`` drops predictions that carry
``nested_in`` to show how much of the precision loss comes from nesting. PolNeAR annotates a
quotation split by its cue ("“A,” Trump said. “B.”") as one attribution with a content of two
pieces; the readout gives the second piece as an attribution with no cue and the same source
mention, so such a piece right after the one it continues, in the same paragraph, is joined to its
content before scoring (``--split-quotes`` scores the pieces apart, as this benchmark did until
2026-12-05).

Founding article (``seed``)
---------------------------
Runs ``../shared/tools/score_attributions.py`` (imported as a module) on
``../shared/fixtures/seed/gold.json`` with readouts produced through the Python API.

Confidence (``reliability``)
---------------------------
Every predicted attribution is right when it is paired with a gold one (by cue as above; by
content Dice >= 0.5 on PolNeAR), its content has Dice >= 0.5 with the gold message and its
source is right as above. Grouped in ten bins of ``confidence``, the share right should be
the bin's mean confidence; ECE is the count-weighted mean gap, Brier the mean squared error.
The confidence model is fitted on SpkAtt-2023 Task 1 train (``training/confidence.py``), so
Task 1 dev is in its domain and both news sets are not.

Never tune on dev or test: develop on ``--split train``.
"""
from __future__ import annotations

import argparse
import bisect
import functools
import importlib.util
import json
import os
import re
import sys
import tarfile
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from wortlaut.nlp.quotes import find_quotes

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WORTLAUT_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"

Predictor = Callable[[str, str], dict]  # (text, lang) -> readout dict as in SCHEMA.md

NEWS_ROLES = ("Source", "Message", "Addr")
GEPADE_ROLES = ("Source", "Message", "Addr", "Topic", "Medium", "Evidence", "PTC", "V")
VERB_PARTICLES = {
    "ab", "an", "auf", "aus", "bei", "dar", "ein", "entgegen", "fest", "fort", "heraus", "hervor",
    "hin", "hinzu", "klar", "los", "mit", "nach", "vor", "vorbei", "weg", "weiter", "wieder", "zu",
    "zurück", "zusammen", "bekannt", "kund", "nahe", "um", "durch", "über",
}


# --------------------------------------------------------------------------- text and tokens

# opening quote -> the closing quote that pairs with it
QUOTE_PAIRS = {"„": "“", "‚": "‘", "«": "»", "»": "«", "“": "”", "‘": "’", "``": "''", '"': '"', "'": "'"}
STRAY_CLOSERS = {"”", "’", "''"}
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "…", "...", "):", "'s", "’s", "n't"}
NO_SPACE_AFTER = {"(", "[", "{"}


def build_text(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokenised sentences into one text; return it and each token's (start, end).

    Tokens are copied verbatim, so ``text[start:end] == token`` for every token.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    stack: list[str] = []  # open quotes
    glue_next = True  # no space before the very first token
    for tokens in sentences:
        for tok in tokens:
            kind = None
            if stack and tok == QUOTE_PAIRS.get(stack[-1]):
                stack.pop()
                kind = "close"
            elif tok in QUOTE_PAIRS:
                stack.append(tok)
                del stack[:-4]  # stray openers must not pile up
                kind = "open"
            elif tok in STRAY_CLOSERS:
                kind = "close"
            glue = glue_next or tok in NO_SPACE_BEFORE or kind == "close"
            if not glue:
                parts.append(" ")
                pos += 1
            parts.append(tok)
            offsets.append((pos, pos + len(tok)))
            pos += len(tok)
            glue_next = tok in NO_SPACE_AFTER or kind == "open"
    return "".join(parts), offsets


class TokenIndex:
    """Maps character spans of a text to the indices of the tokens they overlap."""

    def __init__(self, offsets: list[tuple[int, int]]):
        self.offsets = offsets
        self.ends = [e for _, e in offsets]

    def tokens(self, start: int, end: int) -> set[int]:
        out = set()
        i = bisect.bisect_right(self.ends, start)  # first token ending after start
        while i < len(self.offsets) and self.offsets[i][0] < end:
            s, e = self.offsets[i]
            if e > s and s < end and e > start:
                out.add(i)
            i += 1
        return out


WORD = re.compile(r"\w+", re.UNICODE)


def word_offsets(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


# --------------------------------------------------------------------------- frames

@dataclass
class Frame:
    """One attribution as token sets: cue tokens and role tokens."""

    cue: frozenset[int]
    roles: dict[str, frozenset[int]] = field(default_factory=dict)
    nested: bool = False
    info: dict[str, Any] = field(default_factory=dict)

    def role(self, name: str) -> frozenset[int]:
        return self.cue if name == "Cue" else self.roles.get(name, frozenset())


def _span_tokens(span: dict | None, index: TokenIndex) -> frozenset[int]:
    if not span:
        return frozenset()
    parts = span.get("parts") or [span]
    out: set[int] = set()
    for p in parts:
        if isinstance(p.get("start"), int) and isinstance(p.get("end"), int):
            out |= index.tokens(p["start"], p["end"])
    return frozenset(out)


def readout_frames(readout: dict, index: TokenIndex) -> list[Frame]:
    """The attributions of a readout dict as token frames (content -> Message, addressee -> Addr)."""
    frames = []
    for att in readout.get("attributions") or []:
        frames.append(Frame(
            cue=_span_tokens(att.get("cue"), index),
            roles={"Source": _span_tokens(att.get("source"), index),
                   "Message": _span_tokens(att.get("content"), index),
                   "Addr": _span_tokens(att.get("addressee"), index)},
            nested=att.get("nested_in") is not None,
            info={"id": att.get("id"), "type": att.get("type"),
                  "cue": (att.get("cue") or {}).get("text"),
                  "source": (att.get("source") or {}).get("text"),
                  "canonical": (att.get("source") or {}).get("canonical"),
                  "content": (att.get("content") or {}).get("text", ""),
                  "confidence": att.get("confidence")},
        ))
    return frames


def _with_closing_stop(readout: dict, frames: list[Frame], text: str, index: TokenIndex) -> None:
    """SpkAtt-2023 counts the full stop that ends a report told without a frame (free indirect and
    reported speech: "Der Punkt am Ende wird nur bei Free Indirect, reported und indirekte/free
    Indirect Rede annotiert", annotation guidelines, 2); the readout's content never holds it
    (docs/readout.md), so a report without a cue whose content ends right before one gets it here;
    not a quotation, direct speech, whose stop after its closing mark the guidelines leave out."""
    for att, frame in zip(readout.get("attributions") or [], frames):
        content = att.get("content") or {}
        end = content.get("end")
        if att.get("cue") is None and att.get("type") != "direct" and isinstance(end, int) \
                and text[end:end + 1] in {".", "!", "?"}:
            frame.roles["Message"] = frame.roles["Message"] | frozenset(index.tokens(end, end + 1))


def _title_case(words: str) -> bool:
    """Every word capitalised: a name or title in quotation marks ("Full Metal Jacket", "Grupo
    Planeta", "Zeitungsente"), not words a speaker said."""
    alphabetic = [w for w in words.split() if w[:1].isalpha()]
    return all(w[0].isupper() for w in alphabetic)


def spkatt_frames(readout: dict, index: TokenIndex) -> list[Frame]:
    """The readout's attributions as SpkAtt-2023 annotates them: a quotation inside a `mixed`
    attribution's content is also a direct attribution of its own, with the same cue, source
    and addressee (annotation guidelines, 3.1 a: direct speech embedded in indirect speech "is
    annotated with the other form and then marked as direct speech too", using its frame); a
    report without a cue keeps its sentence's closing mark (see ``_with_closing_stop``)."""
    frames = readout_frames(readout, index)
    text = (readout.get("doc") or {}).get("text") or ""
    _with_closing_stop(readout, frames, text, index)
    quotes = [q for q in find_quotes(text)
              if q.closed and q.words(text) and not _title_case(text[q.inner_start:q.inner_end])]
    fragments = []
    for att, frame in zip(readout.get("attributions") or [], frames):
        content = att.get("content") or {}
        if att.get("type") != "mixed" or not isinstance(content.get("start"), int):
            continue
        inside = [q for q in quotes if content["start"] <= q.start and q.end <= content["end"]]
        for q in inside:
            if any(o.start <= q.start and q.end <= o.end and o != q for o in inside):
                continue
            fragments.append(Frame(cue=frame.cue, roles={**frame.roles, "Message": index.tokens(q.start, q.end)},
                                   nested=frame.nested,
                                   info={**frame.info, "type": "direct", "content": text[q.start:q.end]}))
    return frames + fragments


# --------------------------------------------------------------------------- token-level scoring

def match_frames(gold: list[Frame], pred: list[Frame]) -> list[tuple[int, int, str]]:
    """Pair gold and predicted frames one-to-one: (gold index, pred index, how).

    Stage "cue": cues share tokens (most shared cue tokens, then message tokens, first).
    Stage "message": one side has no cue and the messages share tokens (most shared first).
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared_cue = len(g.cue & p.cue)
            if shared_cue:
                pairs.append((shared_cue, len(g.role("Message") & p.role("Message")), gi, pi))
    pairs.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi, "cue"))
    pairs = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, p in enumerate(pred):
            if pi in used_p or (g.cue and p.cue):
                continue
            shared = len(g.role("Message") & p.role("Message"))
            if shared:
                pairs.append((shared, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi, "message"))
    return out


def score_frames(gold: list[Frame], pred: list[Frame], roles: Iterable[str] = NEWS_ROLES) -> Counter:
    """Token counts per role for one document: '<Role>_tp', '<Role>_pred', '<Role>_gold'
    for Cue and each role, plus attribution counts 'att_gold', 'att_pred', 'att_matched',
    'att_matched_cue', 'att_source_right' (a paired attribution whose source shares a token
    with the gold one, or both have none), 'att_source_named' and 'att_named_right' (paired
    attributions that name a source, and those whose source is the gold one's)."""
    c: Counter = Counter()
    names = ("Cue", *roles)
    for name in names:
        c[f"{name}_gold"] += sum(len(g.role(name)) for g in gold)
        c[f"{name}_pred"] += sum(len(p.role(name)) for p in pred)
    pairs = match_frames(gold, pred)
    for gi, pi, how in pairs:
        for name in names:
            c[f"{name}_tp"] += len(gold[gi].role(name) & pred[pi].role(name))
        gold_source, pred_source = gold[gi].role("Source"), pred[pi].role("Source")
        c["att_source_right"] += bool(gold_source & pred_source) if gold_source else not pred_source
        c["att_source_named"] += bool(pred_source)
        c["att_named_right"] += bool(gold_source & pred_source)
        c["att_matched"] += 1
        c["att_matched_cue"] += how == "cue"
    c["att_gold"] += len(gold)
    c["att_pred"] += len(pred)
    return c


def right_predictions(gold: list[Frame], pred: list[Frame], by_cue: bool = True) -> list[bool]:
    """Per predicted attribution: is it right in content and source? It is paired with a gold
    one (by cue, as ``score_frames`` pairs, or by content Dice >= 0.5 for data without cue
    tokens), its message has Dice >= 0.5 with the gold message, and its source shares a token
    with the gold source (or both are absent). What the confidence claims to predict."""
    pairs = [(g, p) for g, p, _ in match_frames(gold, pred)] if by_cue else dice_pairs(gold, pred)
    right = [False] * len(pred)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        gs, ps = g.role("Source"), p.role("Source")
        right[pi] = _dice(g.role("Message"), p.role("Message")) >= 0.5 and (bool(gs & ps) if gs else not ps)
    return right


def prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def token_figures(c: Counter, roles: Iterable[str] = NEWS_ROLES) -> dict[str, Any]:
    names = ("Cue", *roles)
    out: dict[str, Any] = {name: {**prf(c[f"{name}_tp"], c[f"{name}_pred"], c[f"{name}_gold"]),
                                  "tp": c[f"{name}_tp"], "pred": c[f"{name}_pred"], "gold": c[f"{name}_gold"]}
                           for name in names}
    tp = sum(c[f"{n}_tp"] for n in names)
    npred = sum(c[f"{n}_pred"] for n in names)
    ngold = sum(c[f"{n}_gold"] for n in names)
    out["Joint"] = {**prf(tp, npred, ngold), "tp": tp, "pred": npred, "gold": ngold}
    out["attributions"] = {k[4:]: c[k] for k in ("att_gold", "att_pred", "att_matched", "att_matched_cue",
                                                  "att_source_right", "att_source_named", "att_named_right")}
    return out


# --------------------------------------------------------------------------- SpkAtt news

def _tok_ids(ids: list[str], sent_start: dict[int, int]) -> frozenset[int]:
    out = set()
    for ref in ids:
        s, t = ref.split(":")
        out.add(sent_start[int(s)] + int(t))
    return frozenset(out)


def spkatt_doc(data: dict, extra_cue_roles: tuple[str, ...] = ()) -> tuple[str, list[tuple[int, int]], list[Frame]]:
    """Text, token offsets and gold frames of one SpkAtt-2023 JSON document (Task 1 or 2)."""
    sentences = sorted(data["Sentences"], key=lambda s: s["SentenceId"])
    sent_start: dict[int, int] = {}
    n = 0
    for s in sentences:
        sent_start[s["SentenceId"]] = n
        n += len(s["Tokens"])
    text, offsets = build_text([s["Tokens"] for s in sentences])
    frames = []
    for ann in data.get("Annotations", []):
        cue = _tok_ids(ann.get("Cue", []), sent_start)
        for extra in extra_cue_roles:
            cue |= _tok_ids(ann.get(extra, []), sent_start)
        frames.append(Frame(
            cue=cue,
            roles={r: _tok_ids(ann.get(r, []), sent_start) for r in ("Source", "Message", "Addr")},
            nested=bool(ann.get("IsNested")),
            info={"form": ann.get("Form")},
        ))
    return text, offsets, frames


def spkatt_news_docs(split: str) -> list[tuple[str, dict]]:
    if split not in ("train", "dev", "trial"):
        raise SystemExit(f"spkatt-news: split must be train, dev or trial (test is blind), not {split!r}")
    folder = DATA / "spkatt2023_news" / "data" / split
    if split != "trial":
        folder = folder / "task2"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise SystemExit(f"no SpkAtt news documents in {folder}")
    return [(f.stem, json.loads(f.read_text(encoding="utf-8"))) for f in files]


def spkatt_task1_docs(split: str) -> list[tuple[str, dict]]:
    """SpkAtt-2023 Task 1 (Bundestag speeches, CC BY-SA: free to train on) by speech."""
    path = DATA / "spkatt_german_spkatt2023" / f"spkatt2023_{split}.tar.xz"
    with tarfile.open(path) as tar:
        members = sorted((m for m in tar.getmembers()
                          if m.isfile() and "/task1/" in m.name and m.name.endswith(".json")), key=lambda m: m.name)
        return [(Path(m.name).stem, json.load(tar.extractfile(m))) for m in members]


def frame_text(frame: Frame, text: str, offsets: list[tuple[int, int]], name: str) -> str:
    toks = sorted(frame.role(name))
    return " ".join(text[offsets[i][0]:offsets[i][1]] for i in toks)


def doc_errors(doc_id: str, text: str, offsets, gold: list[Frame], pred: list[Frame]) -> dict:
    pairs = match_frames(gold, pred)
    mg = {g for g, _, _ in pairs}
    mp = {p for _, p, _ in pairs}
    show = lambda f: {n: frame_text(f, text, offsets, n)[:300] for n in ("Cue", "Source", "Message", "Addr")}
    return {
        "doc": doc_id,
        "missed": [{**show(g), **g.info} for i, g in enumerate(gold) if i not in mg],
        "spurious": [{**show(p), "type": p.info.get("type")} for i, p in enumerate(pred) if i not in mp],
        "paired": [{"gold": show(gold[g]), "pred": show(pred[p]), "by": how} for g, p, how in pairs],
    }


def run_token_benchmark(docs: Iterable[tuple[str, str, list[tuple[int, int]], list[Frame]]], lang: str,
                        predict: Predictor, *, top_level: bool = False, roles=NEWS_ROLES,
                        errors: list | None = None, progress=None, total: int | None = None,
                        to_frames: Callable[[dict, TokenIndex], list[Frame]] = readout_frames) -> Counter:
    totals: Counter = Counter()
    for doc_id, text, offsets, gold in _progress(docs, progress, total):
        readout = predict(text, lang)
        check_readout(readout, text, doc_id)
        pred = to_frames(readout, TokenIndex(offsets))
        if top_level:
            gold = [g for g in gold if not g.nested]
            pred = [p for p in pred if not p.nested]
        totals.update(score_frames(gold, pred, roles))
        totals["docs"] += 1
        if errors is not None:
            errors.append(doc_errors(doc_id, text, offsets, gold, pred))
    return totals


def check_readout(readout: dict, text: str, doc_id: str) -> None:
    got = (readout.get("doc") or {}).get("text")
    if got is not None and got != text:
        raise RuntimeError(f"{doc_id}: the readout's doc.text is not the text passed in; offsets would not map")


# --------------------------------------------------------------------------- GePaDe

def gepade_speeches(gold: dict) -> dict[str, list[str]]:
    """Sentence keys grouped by speech, in order."""
    speeches: dict[str, list[tuple[int, str]]] = {}
    for key in gold:
        speech, _, n = key.rpartition("-sentence-")
        speeches.setdefault(speech, []).append((int(n), key))
    return {s: [k for _, k in sorted(v)] for s, v in sorted(speeches.items())}


def gepade_gold_frames(gold: dict, keys: list[str]) -> tuple[str, list[tuple[int, int]], list[Frame], dict[str, int]]:
    """Text, offsets, gold frames (speech events only) and each sentence's first token index."""
    text, offsets = build_text([gold[k]["words"] for k in keys])
    starts: dict[str, int] = {}
    n = 0
    for k in keys:
        starts[k] = n
        n += len(gold[k]["words"])
    frames = []
    for k in keys:
        for idx, fr in gold[k]["annotations"].items():
            if fr.get("predicate") != "speech":
                continue
            tags = fr["roles"]
            by_role: dict[str, set[int]] = {}
            for i, tag in enumerate(tags):
                if tag != "_" and "-" in tag:
                    by_role.setdefault(tag.split("-", 1)[1], set()).add(starts[k] + i)
            cue = by_role.get("V", set()) | by_role.get("PTC", set())
            frames.append(Frame(cue=frozenset(cue),
                                roles={r: frozenset(by_role.get(r, ())) for r in ("Source", "Message", "Addr")},
                                info={"sentence": k, "candidate": int(idx)}))
    return text, offsets, frames, starts


def _bio(tags: list[str], positions: Iterable[int], role: str) -> None:
    prev = None
    for i in sorted(positions):
        if tags[i] != "_":
            continue
        tags[i] = ("I-" if prev == i - 1 else "B-") + role
        prev = i


def gepade_pred_frames(gold: dict, keys: list[str], starts: dict[str, int], pred: list[Frame],
                       words_of: Callable[[int], str]) -> dict[str, dict]:
    """Predicted frames in GePaDe's prediction format for every gold candidate frame."""
    out: dict[str, dict] = {}
    for k in keys:
        n = len(gold[k]["words"])
        lo, hi = starts[k], starts[k] + n
        anns = {}
        for idx in gold[k]["annotations"]:
            tags = ["_"] * n
            g = lo + int(idx)
            hit = next((p for p in pred if g in p.cue), None)
            if hit is not None:
                tags[int(idx)] = "B-V"
                for t in sorted(hit.cue):
                    if lo <= t < hi and t != g:
                        particle = t > g and words_of(t).lower() in VERB_PARTICLES
                        tags[t - lo] = "B-PTC" if particle else "I-V"
                for role in ("Source", "Message"):
                    _bio(tags, [t - lo for t in hit.role(role) if lo <= t < hi], role)
            anns[idx] = {"predicate": "speech" if hit is not None else "_", "roles": tags}
        out[k] = {"sentence_id": k, "annotations": anns}
    return out


def _frame_parts(roles: list[str]) -> tuple[list[int], dict[str, list[int]]]:
    cues = [i for i, t in enumerate(roles) if t == "B-V"]
    parts = {}
    for role in GEPADE_ROLES:
        if role == "V":
            parts[role] = [i for i, t in enumerate(roles) if t == "I-V"]
        else:
            parts[role] = [i for i, t in enumerate(roles) if t.endswith("-" + role)]
    return cues, parts


def gepade_frame_scores(gold: dict, pred: dict) -> dict[str, Counter]:
    """The GePaDe evaluation (see SOURCE.md of spkatt_german_gepade): counts for the cue,
    the strict and the token-overlap role scores, pooled ('all') and per role, plus event
    counts. ``gold`` is dev.json's dict; ``pred`` maps sentence keys to
    {"annotations": {idx: {"predicate", "roles"}}}."""
    cue: Counter = Counter()
    strict: dict[str, Counter] = {r: Counter() for r in ("all", *GEPADE_ROLES)}
    overlap: dict[str, Counter] = {r: Counter() for r in ("all", *GEPADE_ROLES)}
    for key, entry in gold.items():
        for idx, gframe in entry["annotations"].items():
            pframe = ((pred.get(key) or {}).get("annotations") or {}).get(idx)
            proles = pframe["roles"] if pframe else ["_"] * len(gframe["roles"])
            gcues, gparts = _frame_parts(gframe["roles"])
            pcues, pparts = _frame_parts(proles)
            cue_ok = gcues == pcues
            cue["tp" if cue_ok else "fp"] += 1
            cue["frames"] += 1
            cue["event_gold"] += bool(gcues)
            cue["event_pred"] += bool(pcues)
            cue["event_tp"] += bool(gcues) and bool(pcues) and cue_ok
            for role in GEPADE_ROLES:
                gl, pl = gparts[role], pparts[role]
                s, o = Counter(), Counter()
                if cue_ok:
                    if gl and gl == pl:
                        s["tp"] += 1
                    elif gl != pl:
                        s["fp"] += 1
                        s["fn"] += bool(gl)
                    gs, ps = set(gl), set(pl)
                    o["tp"] += len(gs & ps)
                    o["fn"] += len(gs - ps)
                    o["fp"] += len(ps - gs)
                else:
                    s["fn"] += bool(gl)
                    s["fp"] += bool(pl)
                    o["fn"] += len(gl)
                    o["fp"] += len(pl)
                for d, c in ((strict, s), (overlap, o)):
                    d[role].update(c)
                    d["all"].update(c)
    return {"cue": cue, **{f"strict_{r}": c for r, c in strict.items()},
            **{f"overlap_{r}": c for r, c in overlap.items()}}


def gepade_figures(c: dict[str, Counter]) -> dict[str, Any]:
    cue = c["cue"]
    out: dict[str, Any] = {
        "cue_accuracy": cue["tp"] / cue["frames"] if cue["frames"] else 0.0,
        "frames": cue["frames"],
        "event": {**prf(cue["event_tp"], cue["event_pred"], cue["event_gold"]),
                  "tp": cue["event_tp"], "pred": cue["event_pred"], "gold": cue["event_gold"]},
    }
    for kind in ("strict", "overlap"):
        out[kind] = {}
        for role in ("all", *GEPADE_ROLES):
            k = c[f"{kind}_{role}"]
            out[kind][role] = {**prf(k["tp"], k["tp"] + k["fp"], k["tp"] + k["fn"]),
                               "tp": k["tp"], "fp": k["fp"], "fn": k["fn"]}
    return out


# --------------------------------------------------------------------------- PolNeAR

def parse_brat(ann: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Attributions of a PolNeAR .ann file: [{"Source": [(s, e), ...], "Cue": [...], "Content": [...]}]."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            label_offsets = cols[1].split(" ", 1)
            if len(label_offsets) < 2:
                continue
            pieces = []
            for piece in label_offsets[1].split(";"):
                s, e = piece.split()
                pieces.append((int(s), int(e)))
            spans[cols[0]] = pieces
        elif cols[0].startswith("E"):
            events.append(cols[1].split())
    out = []
    for args in events:
        att: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for arg in args[1:]:  # args[0] is the trigger
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789")
            if role in att and tid in spans:
                att[role].extend(spans[tid])
        out.append(att)
    return out


def polnear_docs(split: str) -> Iterator[tuple[str, str, str]]:
    """(article, text, ann) per article of a PolNeAR split; the first annotator's file by name."""
    if split not in ("train", "dev", "test"):
        raise SystemExit(f"polnear: split must be train, dev or test, not {split!r}")
    path = DATA / "attribution_english_polnear" / f"polnear_{split}.tar.xz"
    texts: dict[str, str] = {}
    anns: dict[str, dict[str, str]] = {}
    with tarfile.open(path, "r:xz") as tar:  # one sequential pass: seeking in xz is slow
        for member in tar:
            if not member.isfile():
                continue
            name = member.name
            if "/text/" in name and name.endswith(".txt"):
                texts[name.rsplit("/", 1)[1][:-4]] = tar.extractfile(member).read().decode("utf-8")
            elif "/attributions/" in name and name.endswith(".ann"):
                stem = name.rsplit("/", 1)[1][:-4]
                anns.setdefault(stem.rsplit("_", 1)[0], {})[stem] = tar.extractfile(member).read().decode("utf-8")
    for article in sorted(anns):
        if article in texts:
            first = sorted(anns[article])[0]
            yield article, texts[article], anns[article][first]


def _pieces_tokens(pieces: list[tuple[int, int]], index: TokenIndex) -> frozenset[int]:
    out: set[int] = set()
    for s, e in pieces:
        out |= index.tokens(s, e)
    return frozenset(out)


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def dice_pairs(gold: list[Frame], pred: list[Frame], threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one pairs whose content Dice is >= threshold, best pairs first."""
    pairs = sorted(((_dice(g.role("Message"), p.role("Message")), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for d, gi, pi in pairs:
        if d < threshold or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def score_dice(gold: list[Frame], pred: list[Frame], threshold: float = 0.5) -> Counter:
    """Attribution-level counts: content Dice >= threshold, one-to-one, best pairs first;
    source and cue right on a match when they share a token (or both are empty)."""
    c: Counter = Counter(gold=len(gold), pred=len(pred))
    for gi, pi in dice_pairs(gold, pred, threshold):
        g, p = gold[gi], pred[pi]
        c["matched"] += 1
        gs, ps = g.role("Source"), p.role("Source")
        right = bool(gs & ps) if gs else not ps
        c["source_right"] += right
        c["source_named_right"] += right or bool(gs and ps) and _same_speaker(g, p)
        c["cue_right"] += bool(g.cue & p.cue) if g.cue else not p.cue
    union = lambda frames: set().union(*(f.role("Message") for f in frames)) if frames else set()
    gu, pu = union(gold), union(pred)
    c["tok_tp"] += len(gu & pu)
    c["tok_gold"] += len(gu)
    c["tok_pred"] += len(pu)
    return c


def _same_speaker(gold: Frame, pred: Frame) -> bool:
    """The predicted source names the gold one's speaker as ``score_attributions.py`` judges it: a word of
    a name shared by the gold source's words and the predicted source's words or the name it resolves to
    ("he" resolved to "Kevin D. Williamson" for a gold "Williamson" elsewhere in the text)."""
    names = load_score_tool().name_tokens
    gold_names = names(gold.info.get("source") or "")
    return any(gold_names & names(pred.info.get(key) or "") for key in ("canonical", "source"))


def dice_figures(c: Counter) -> dict[str, Any]:
    content = prf(c["matched"], c["pred"], c["gold"])
    jp = c["source_right"] / c["pred"] if c["pred"] else 0.0
    jr = c["source_right"] / c["gold"] if c["gold"] else 0.0
    return {
        "gold": c["gold"], "pred": c["pred"], "matched": c["matched"],
        "content": content,
        "source_acc": c["source_right"] / c["matched"] if c["matched"] else 0.0,
        "source_acc_by_name": c["source_named_right"] / c["matched"] if c["matched"] else 0.0,
        "cue_acc": c["cue_right"] / c["matched"] if c["matched"] else 0.0,
        "joint_f1": 2 * jp * jr / (jp + jr) if jp + jr else 0.0,
        "content_tokens": {**prf(c["tok_tp"], c["tok_pred"], c["tok_gold"]),
                           "tp": c["tok_tp"], "pred": c["tok_pred"], "gold": c["tok_gold"]},
    }


def polnear_frames(text: str, ann: str) -> tuple[TokenIndex, list[Frame]]:
    index = TokenIndex(word_offsets(text))
    frames = [Frame(cue=_pieces_tokens(a["Cue"], index),
                    roles={"Source": _pieces_tokens(a["Source"], index),
                           "Message": _pieces_tokens(a["Content"], index)},
                    info={"content": " ".join(text[s:e] for s, e in a["Content"])[:300],
                          "source": " ".join(text[s:e] for s, e in a["Source"])[:200]})
              for a in parse_brat(ann)]
    return index, frames


def polnear_pred_frames(readout: dict, index: TokenIndex, text: str) -> list[Frame]:
    """The readout's attributions as PolNeAR annotates them: a quotation split by its cue ("“A,” Trump
    said. “B.”") is one attribution whose content has two pieces, where the readout gives the second
    piece as an attribution of its own with no cue and the same source mention (``SCHEMA.md``: a cue is
    null "for a quotation that continues an earlier speaker"); such a piece joins the content of the
    nearest attribution before it in the same paragraph with that source mention (the one it continues:
    "''A,'' said Mr. Ekovich, who noted that …. ''B.''" is one attribution, the relative clause's another)."""
    merged: list[tuple[dict, Frame]] = []
    for att, frame in zip(readout.get("attributions") or [], readout_frames(readout, index)):
        continued = _continued(merged, att, frame, text)
        if continued is not None:
            before = merged[continued]
            joined = replace(before[1], roles={**before[1].roles,
                                               "Message": before[1].roles["Message"] | frame.roles["Message"]})
            merged[continued] = ({**before[0], "content": {**before[0]["content"], "end": att["content"]["end"]}},
                                 joined)
            continue
        merged.append((att, frame))
    return [frame for _, frame in merged]


def _continued(merged: list[tuple[dict, Frame]], att: dict, frame: Frame, text: str) -> int | None:
    """Where in ``merged`` the attribution stands that the cueless quotation ``att`` continues, if any."""
    if att.get("cue") is not None or att.get("type") != "direct" or not frame.roles["Source"]:
        return None
    for at in range(len(merged) - 1, -1, -1):
        before = merged[at]
        if "\n\n" in text[before[0]["content"]["end"]: att["content"]["start"]]:
            return None
        if frame.roles["Source"] == before[1].roles["Source"]:
            return at
    return None


# --------------------------------------------------------------------------- predictor, output

def parse_models(values: list[str] | str | None) -> dict[str, str]:
    """``--model`` values: "NAME" (every language) or "LANG=NAME" (one language)."""
    if isinstance(values, str):
        values = [values]
    models: dict[str, str] = {}
    for value in values or []:
        lang, sep, name = value.partition("=")
        if sep and lang in ("de", "en"):
            models[lang] = name
        else:
            models["*"] = value
    return models


def wortlaut_predictor(model: list[str] | str | None = None) -> Predictor:
    try:
        from wortlaut import analyze_text
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SystemExit(f"cannot import wortlaut ({exc}); install the package into .venv") from exc
    models = parse_models(model)

    def predict(text: str, lang: str) -> dict:
        name = models.get(lang) or models.get("*")
        kwargs = {"model": name} if name else {}
        return analyze_text(text, lang=lang, **kwargs).to_dict()

    return predict


def _progress(items, progress, total):
    if progress is None:
        yield from items
        return
    task = progress.add_task("documents", total=total)
    for item in items:
        yield item
        progress.advance(task)


def _make_progress():
    try:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    except ImportError:  # pragma: no cover
        return None
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=True)


def _print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover
        print(title)
        for row in [header, *rows]:
            print("  ".join(str(x) for x in row))
        return
    table = Table(title=title)
    for i, h in enumerate(header):
        table.add_column(h, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*[f"{x:.3f}" if isinstance(x, float) else str(x) for x in row])
    Console().print(table)


def _token_rows(fig: dict, names: Iterable[str]) -> list[list[Any]]:
    return [[n, fig[n]["p"], fig[n]["r"], fig[n]["f1"], fig[n]["tp"], fig[n]["pred"], fig[n]["gold"]]
            for n in names]


def _limited(items: list, limit: int | None) -> list:
    return items[:limit] if limit else items


# --------------------------------------------------------------------------- commands

def cmd_spkatt_news(args, predict: Predictor) -> dict:
    docs = _limited(spkatt_news_docs(args.split), args.limit)
    prepared = ((name, *spkatt_doc(data)) for name, data in docs)
    errors: list | None = [] if args.errors else None
    started = time.perf_counter()
    with _progress_ctx() as progress:
        counts = run_token_benchmark(prepared, "de", predict, top_level=args.top_level, errors=errors,
                                     progress=progress, total=len(docs),
                                     to_frames=readout_frames if args.one_frame else spkatt_frames)
    seconds = time.perf_counter() - started
    fig = token_figures(counts)
    _print_table(f"SpkAtt-2023 news {args.split}{' (top level)' if args.top_level else ''}: "
                 f"{counts['docs']} docs, token-level", ["role", "P", "R", "F1", "TP", "pred", "gold"],
                 _token_rows(fig, ("Cue", "Source", "Message", "Addr", "Joint")))
    a = fig["attributions"]
    print(f"attributions: gold {a['gold']}, predicted {a['pred']}, paired {a['matched']} "
          f"({a['matched_cue']} by cue); {seconds:.1f} s")
    print(f"source accuracy on paired attributions: {a['source_right'] / max(a['matched'], 1):.3f} "
          f"({a['source_right']} of {a['matched']}: the source shares a token with the gold one, or both are absent)")
    print(f"of the paired attributions that name a source, right: {a['named_right'] / max(a['source_named'], 1):.3f} "
          f"({a['named_right']} of {a['source_named']}; a null source is counted wrong above where gold has one)")
    print("published rule-based baseline (QUiTE, test): message F1 0.479, joint F1 0.391")
    _write_errors(args, errors)
    return {"dataset": "spkatt-news", "split": args.split, "top_level": args.top_level,
            "docs": counts["docs"], "seconds": seconds, "token_level": fig}


def cmd_gepade(args, predict: Predictor) -> dict:
    path = DATA / "spkatt_german_gepade" / "dev.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    speeches = _limited(list(gepade_speeches(gold).items()), args.limit)
    token_counts: Counter = Counter()
    pred_all: dict[str, dict] = {}
    gold_used: dict[str, dict] = {}
    errors: list | None = [] if args.errors else None
    started = time.perf_counter()
    with _progress_ctx() as progress:
        for speech, keys in _progress(speeches, progress, len(speeches)):
            text, offsets, gframes, starts = gepade_gold_frames(gold, keys)
            readout = predict(text, "de")
            check_readout(readout, text, speech)
            pframes = readout_frames(readout, TokenIndex(offsets))
            token_counts.update(score_frames(gframes, pframes))
            token_counts["docs"] += 1
            words = lambda t: text[offsets[t][0]:offsets[t][1]]
            pred_all.update(gepade_pred_frames(gold, keys, starts, pframes, words))
            gold_used.update({k: gold[k] for k in keys})
            if errors is not None:
                errors.append(doc_errors(speech, text, offsets, gframes, pframes))
    seconds = time.perf_counter() - started
    tfig = token_figures(token_counts)
    gfig = gepade_figures(gepade_frame_scores(gold_used, pred_all))
    _print_table(f"GePaDe / SpkAtt-2023 Task 1 dev: {token_counts['docs']} speeches, token-level",
                 ["role", "P", "R", "F1", "TP", "pred", "gold"],
                 _token_rows(tfig, ("Cue", "Source", "Message", "Addr", "Joint")))
    rows = [["cue accuracy (official cue figure)", gfig["cue_accuracy"], "", "", gfig["frames"]],
            ["events (frames with B-V)", gfig["event"]["p"], gfig["event"]["r"], gfig["event"]["f1"], ""]]
    for kind in ("strict", "overlap"):
        for role in ("all", "Source", "Message"):
            f = gfig[kind][role]
            rows.append([f"{kind} {role}", f["p"], f["r"], f["f1"], f"{f['tp']}/{f['fp']}/{f['fn']}"])
    _print_table("GePaDe evaluation (frame-based)", ["figure", "P", "R", "F1", "n / TP/FP/FN"], rows)
    print(f"{seconds:.1f} s")
    _write_errors(args, errors)
    return {"dataset": "gepade", "split": "dev", "docs": token_counts["docs"], "seconds": seconds,
            "token_level": tfig, "gepade": gfig}


def cmd_polnear(args, predict: Predictor) -> dict:
    docs = list(polnear_docs(args.split))
    docs = _limited(docs, args.limit)
    counts: Counter = Counter()
    errors: list | None = [] if args.errors else None
    started = time.perf_counter()
    with _progress_ctx() as progress:
        for article, text, ann in _progress(docs, progress, len(docs)):
            index, gold = polnear_frames(text, ann)
            readout = predict(text, "en")
            check_readout(readout, text, article)
            pred = readout_frames(readout, index) if args.split_quotes else polnear_pred_frames(readout, index, text)
            if args.top_level:
                pred = [p for p in pred if not p.nested]
            counts.update(score_dice(gold, pred))
            counts["docs"] += 1
            if errors is not None:
                pairs = dice_pairs(gold, pred)
                mg, mp = {g for g, _ in pairs}, {p for _, p in pairs}
                errors.append({"doc": article,
                               "missed": [g.info["content"] for i, g in enumerate(gold) if i not in mg],
                               "spurious": [p.info.get("content", "")[:300] for i, p in enumerate(pred) if i not in mp],
                               "paired": [{"gold": gold[g].info["content"], "pred": pred[p].info.get("content", "")[:300],
                                           "gold_source": gold[g].info["source"], "pred_source": pred[p].info.get("source"),
                                           "pred_canonical": pred[p].info.get("canonical")}
                                          for g, p in pairs]})
    seconds = time.perf_counter() - started
    fig = dice_figures(counts)
    ct = fig["content_tokens"]
    _print_table(f"PolNeAR {args.split}{' (top level)' if args.top_level else ''}: {counts['docs']} articles",
                 ["figure", "P", "R", "F1", "n"],
                 [["content (Dice >= 0.5)", fig["content"]["p"], fig["content"]["r"], fig["content"]["f1"],
                   f"{fig['matched']}/{fig['pred']}/{fig['gold']}"],
                  ["content tokens", ct["p"], ct["r"], ct["f1"], f"{ct['tp']}/{ct['pred']}/{ct['gold']}"],
                  ["source accuracy on matches", fig["source_acc"], "", "", fig["matched"]],
                  ["source accuracy, by name", fig["source_acc_by_name"], "", "", fig["matched"]],
                  ["cue accuracy on matches", fig["cue_acc"], "", "", fig["matched"]],
                  ["joint F1 (content + source)", "", "", fig["joint_f1"], ""]])
    print(f"{seconds:.1f} s")
    _write_errors(args, errors)
    return {"dataset": "polnear", "split": args.split, "top_level": args.top_level, "docs": counts["docs"],
            "seconds": seconds, **fig}


@functools.cache
def load_score_tool():
    path = SHARED / "tools" / "score_attributions.py"
    spec = importlib.util.spec_from_file_location("score_attributions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cmd_seed(args, predict: Predictor) -> dict:
    tool = load_score_tool()
    gold_path = Path(args.gold) if args.gold else SHARED / "fixtures" / "seed" / "gold.json"
    items = tool.load_gold(gold_path)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for item in items:
            text = item["text"] if item.get("text") is not None else \
                (gold_path.parent / f"{item['id']}.txt").read_text(encoding="utf-8")
            item["text"] = text
            readout = predict(text, item.get("lang") or "de")
            (Path(tmp) / f"{item['id']}.json").write_text(json.dumps(readout, ensure_ascii=False), encoding="utf-8")
        ns = argparse.Namespace(pred=tmp, run=None, batch=False, texts=None, timeout=120, verbose=args.verbose)
        results = tool.score(items, ns)
    seconds = time.perf_counter() - started
    figs = {name: tool.figures(c) for name, c in results.items()}
    rows = [[name, f["gold"], f["pred"], f["matched"], f["content_p"], f["content_r"], f["content_f1"],
             f["source_acc"], f["type_acc"], f["joint_f1"]] for name, f in figs.items()]
    _print_table(f"founding article ({gold_path.name})",
                 ["set", "gold", "pred", "match", "cont P", "cont R", "cont F1", "src acc", "type acc", "joint F1"],
                 rows)
    f = figs["all"]
    print(f"joint_f1={f['joint_f1']:.3f} content_f1={f['content_f1']:.3f} source_acc={f['source_acc']:.3f}"
          f"  ({seconds:.1f} s)")
    return {"dataset": "seed", "seconds": seconds, **{k: v for k, v in figs.items()}}


class _progress_ctx:
    """A rich progress bar when stderr is a terminal (or forced), otherwise nothing."""

    def __enter__(self):
        self.progress = _make_progress() if (sys.stderr.isatty() or os.environ.get("WORTLAUT_PROGRESS")) else None
        if self.progress is not None:
            self.progress.__enter__()
        return self.progress

    def __exit__(self, *exc):
        if self.progress is not None:
            self.progress.__exit__(*exc)
        return False


def _write_errors(args, errors: list | None) -> None:
    if errors is None:
        return
    with open(args.errors, "w", encoding="utf-8") as fh:
        for row in errors:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"errors written to {args.errors}")


def cmd_speed(args, predict: Predictor) -> dict:
    """What attribution adds to the spaCy pipeline it reads: both timed on the same texts
    (SpkAtt news dev for German, PolNeAR dev for English), one process, one thread."""
    from wortlaut.attribution import attribute
    from wortlaut.nlp import load_pipeline
    from wortlaut.nlp.entities import collect_entities

    texts = {
        "de": [spkatt_doc(data)[0] for _, data in _limited(spkatt_news_docs("dev"), args.limit or 60)],
        "en": [text for _, text, _ in _limited(list(polnear_docs("dev")), args.limit or 30)],
    }
    rows, out = [], {}
    for lang, docs in texts.items():
        nlp = load_pipeline(lang)
        nlp(docs[0])
        started = time.process_time()
        parsed = [nlp(text) for text in docs]
        pipeline = time.process_time() - started
        started = time.process_time()
        for doc in parsed:
            attribute(doc, collect_entities(doc))
        attribution = time.process_time() - started
        words = sum(len(d) for d in parsed)
        out[lang] = {"docs": len(docs), "tokens": words, "pipeline_s": pipeline, "attribution_s": attribution,
                     "ratio": attribution / pipeline}
        rows.append([lang, len(docs), words, pipeline, attribution, f"{attribution / pipeline:.1%}",
                     f"{words / (pipeline + attribution):,.0f}"])
    _print_table("Attribution time over the spaCy pipeline (CPU seconds, one core)",
                 ["lang", "docs", "tokens", "pipeline s", "attribution s", "added", "tokens/s both"], rows)
    return {"dataset": "speed", **out}


RELIABILITY_BINS = 10
THRESHOLDS = (0.3, 0.5, 0.7)


def _reliability_sets(args) -> Iterator[tuple[str, Iterator[tuple[str, str, str, list[Frame], Any]]]]:
    """(name, documents) per data set; a document is (id, text, lang, gold frames, token
    index, pair by cue?): the SpkAtt sets annotate cue tokens, PolNeAR is paired by content."""
    def task1():
        for name, data in _limited(spkatt_task1_docs("dev"), args.limit):
            text, offsets, gold = spkatt_doc(data, extra_cue_roles=("PTC",))
            yield name, text, "de", gold, TokenIndex(offsets), True

    def news():
        for name, data in _limited(spkatt_news_docs("dev"), args.limit):
            text, offsets, gold = spkatt_doc(data)
            yield name, text, "de", gold, TokenIndex(offsets), True

    def polnear():
        for article, text, ann in _limited(list(polnear_docs("test")), args.limit):
            index, gold = polnear_frames(text, ann)
            yield article, text, "en", gold, index, False

    yield "SpkAtt-2023 Task 1 dev (Bundestag; the fit's own domain)", task1()
    yield "SpkAtt-2023 news dev (German WikiNews)", news()
    yield "PolNeAR test (English news)", polnear()


def reliability_figures(scored: list[tuple[float, bool]]) -> dict[str, Any]:
    """A reliability table (ten bins of confidence: count, mean confidence, share right), the
    expected calibration error, the Brier score, and what each --min-confidence keeps."""
    bins = []
    for b in range(RELIABILITY_BINS):
        low, high = b / RELIABILITY_BINS, (b + 1) / RELIABILITY_BINS
        inside = [(c, y) for c, y in scored if low <= c < high or (b == RELIABILITY_BINS - 1 and c == 1.0)]
        bins.append({"bin": f"{low:.1f}-{high:.1f}", "n": len(inside),
                     "confidence": sum(c for c, _ in inside) / len(inside) if inside else None,
                     "right": sum(y for _, y in inside) / len(inside) if inside else None})
    n = len(scored)
    right = sum(y for _, y in scored)
    thresholds = []
    for t in THRESHOLDS:
        kept = [y for c, y in scored if c >= t]
        thresholds.append({"min_confidence": t, "kept": len(kept) / n if n else 0.0,
                           "right_of_kept": sum(kept) / len(kept) if kept else 0.0,
                           "right_kept": sum(kept) / right if right else 0.0})
    return {"n": n, "right": right / n if n else 0.0, "bins": bins,
            "ece": sum(b["n"] * abs(b["confidence"] - b["right"]) for b in bins if b["n"]) / n if n else 0.0,
            "brier": sum((c - y) ** 2 for c, y in scored) / n if n else 0.0, "thresholds": thresholds}


def cmd_reliability(args, predict: Predictor) -> dict:
    """Is the confidence what it says? Every predicted attribution is right (content and
    source, ``right_predictions``) or not; grouped by confidence, the share right should match
    the confidence. The model was fitted on Task 1 train only: news is out of its domain."""
    out = {}
    for name, docs in _reliability_sets(args):
        scored: list[tuple[float, bool]] = []
        with _progress_ctx() as progress:
            for doc_id, text, lang, gold, index, by_cue in _progress(docs, progress, None):
                readout = predict(text, lang)
                check_readout(readout, text, doc_id)
                pred = readout_frames(readout, index)
                scored.extend((p.info["confidence"], y) for p, y in zip(pred, right_predictions(gold, pred, by_cue)))
        fig = reliability_figures(scored)
        print(f"\n{name}: {fig['n']} attributions, {fig['right']:.1%} right; ECE {fig['ece']:.3f}, "
              f"Brier {fig['brier']:.3f}")
        _print_table("reliability", ["confidence", "n", "mean confidence", "share right"],
                     [[b["bin"], b["n"], b["confidence"] if b["n"] else "", b["right"] if b["n"] else ""]
                      for b in fig["bins"]])
        _print_table("--min-confidence", ["threshold", "kept", "right of kept", "right ones kept"],
                     [[t["min_confidence"], t["kept"], t["right_of_kept"], t["right_kept"]] for t in fig["thresholds"]])
        out[name] = fig
    return {"dataset": "reliability", **out}


def cmd_all(args, predict: Predictor) -> dict:
    """Every data set with its reporting split: SpkAtt news dev, GePaDe dev, PolNeAR dev, seed."""
    out = {}
    base = dict(limit=args.limit, out=None, errors=None, model=args.model)
    runs = [("spkatt-news", cmd_spkatt_news, dict(split="dev", top_level=False, one_frame=False)),
            ("gepade", cmd_gepade, {}),
            ("polnear", cmd_polnear, dict(split="dev", top_level=False, split_quotes=False)),
            ("seed", cmd_seed, dict(gold=None, verbose=False))]
    for name, cmd, extra in runs:
        out[name] = cmd(argparse.Namespace(**base, **extra), predict)
    return out


COMMANDS = {"spkatt-news": cmd_spkatt_news, "gepade": cmd_gepade, "polnear": cmd_polnear, "seed": cmd_seed,
            "speed": cmd_speed, "reliability": cmd_reliability, "all": cmd_all}


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description="wortlaut attribution benchmarks (see the module docstring)")
    sub = ap.add_subparsers(dest="dataset", required=True)

    def common(p):
        p.add_argument("--limit", type=int, default=None, help="score only the first N documents")
        p.add_argument("--out", help="write the figures as JSON to this file")
        p.add_argument("--errors", help="write missed/spurious attributions per document (JSON Lines)")
        p.add_argument("--model", action="append",
                       help="spaCy pipeline for wortlaut: NAME (every language) or LANG=NAME; repeatable")
        return p

    p = common(sub.add_parser("spkatt-news", help="SpkAtt-2023 Task 2, German WikiNews"))
    p.add_argument("--split", default="dev", choices=("train", "dev", "trial"))
    p.add_argument("--top-level", action="store_true", help="only non-nested gold and predictions")
    p.add_argument("--one-frame", action="store_true",
                   help="one frame per attribution: no direct frame of its own for a quotation inside mixed "
                        "content (how this benchmark scored before 2026-12-04)")
    common(sub.add_parser("gepade", help="GePaDe / SpkAtt-2023 Task 1 dev, Bundestag"))
    p = common(sub.add_parser("polnear", help="PolNeAR, English political news"))
    p.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    p.add_argument("--top-level", action="store_true",
                   help="drop predictions with nested_in (PolNeAR is univocal: reports inside a quote are rarely annotated)")
    p.add_argument("--split-quotes", action="store_true",
                   help="score a quotation that continues after its cue as an attribution of its own, as the readout "
                        "gives it (how this benchmark scored before 2026-12-05)")
    p = common(sub.add_parser("seed", help="the founding article through score_attributions.py"))
    p.add_argument("--gold", help="gold JSON/JSONL (default: ../shared/fixtures/seed/gold.json)")
    p.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious attributions")
    common(sub.add_parser("speed", help="time attribution against the spaCy pipeline it reads"))
    common(sub.add_parser("reliability", help="calibration of the confidence: Task 1 dev, SpkAtt news dev, "
                                              "PolNeAR test"))
    common(sub.add_parser("all", help="spkatt-news dev, gepade, polnear dev and seed in one run"))
    return ap


def main(argv: list[str] | None = None, predict: Predictor | None = None) -> int:
    args = build_parser().parse_args(argv)
    predict = predict or wortlaut_predictor(args.model)
    result = COMMANDS[args.dataset](args, predict)
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
