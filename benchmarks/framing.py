#!/usr/bin/env python3
"""Framing benchmark: scare quotes, hedges and loaded words against a hand-labelled set.

    .venv/bin/python benchmarks/framing.py                 # both languages, figures to stdout
    .venv/bin/python benchmarks/framing.py --out benchmarks/results/framing.txt
    .venv/bin/python benchmarks/framing.py --model de=training/output/de/model-best   # another pipeline

The data are ``benchmarks/data/framing_eval_{de,en}.jsonl``: single sentences from the train
splits of ``../shared/data`` corpora (German: SpkAtt-2023 Task 2 WikiNews, for evaluation
only; English: PolNeAR), each with every scare quote, hedge and loaded word in it labelled
by hand (labelling rules in ``src/wortlaut/lang/framing.md``; borderline calls
carry a ``note``). Each sentence goes through ``wortlaut.analyze_text`` as a document of its
own, so scare quotes depend on the attributions the shipped pipeline finds.

A predicted marker is right when kind, start and end equal a gold marker's. Per kind:
precision = right / predicted, recall = right / gold. Errors are listed after the figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from wortlaut import analyze_text
from wortlaut.nlp import shipped_model_path

DATA = Path(__file__).resolve().parent / "data"
KINDS = ("scare_quote", "hedge", "loaded")
LANGS = ("de", "en")


@dataclass
class Score:
    right: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    def line(self, name: str) -> str:
        return (f"{name:<24} P {self.precision:.2f} ({self.right}/{self.predicted})   "
                f"R {self.recall:.2f} ({self.right}/{self.gold})")


def evaluate(lang: str, model: str | None = None) -> tuple[dict[str, Score], int]:
    scores = {kind: Score() for kind in KINDS}
    rows = [json.loads(line) for line in (DATA / f"framing_eval_{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        readout = analyze_text(row["text"], lang, model=model)
        predicted = {(m.kind, m.start, m.end) for m in readout.markers if m.kind in KINDS}
        gold = {(m["kind"], m["start"], m["end"]) for m in row["markers"]}
        for kind in KINDS:
            score = scores[kind]
            mine = {p for p in predicted if p[0] == kind}
            theirs = {g for g in gold if g[0] == kind}
            score.right += len(mine & theirs)
            score.predicted += len(mine)
            score.gold += len(theirs)
            for tag, spans in (("spurious", mine - theirs), ("missed", theirs - mine)):
                score.errors += [f"{tag} {row['text'][s:e]!r} in {row['id']}: {row['text'][:90]}…"
                                 for _, s, e in sorted(spans)]
    return scores, len(rows)


def report(models: dict[str, str]) -> str:
    lines = [__doc__.strip().splitlines()[0], ""]
    errors = []
    for lang in LANGS:
        scores, n = evaluate(lang, models.get(lang))
        pipeline = models.get(lang) or ("shipped model" if shipped_model_path(lang)
                                        else "blank tokenizer (no shipped model)")
        lines.append(f"[{lang}] {n} sentences, pipeline: {pipeline}")
        lines += [scores[kind].line(kind) for kind in KINDS]
        lines.append("")
        errors += [f"[{lang}] {kind}: {e}" for kind in KINDS for e in scores[kind].errors]
    return "\n".join(lines + ["Errors:", *errors]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--model", action="append", default=[], metavar="LANG=PIPELINE",
                        help="a spaCy pipeline to use for one language instead of the shipped one")
    args = parser.parse_args(argv)
    text = report(dict(m.split("=", 1) for m in args.model))
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
