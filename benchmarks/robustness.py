#!/usr/bin/env python
"""Robustness: many generated inputs through the whole analysis, counting what goes wrong.

Each input is a random mix (fixed seed) of slices of real news text (the founding article and the
bundled example), quotation marks of every style, unbalanced and nested, line breaks, control and
invisible characters, right-to-left and combining scripts, emoji, and cue words. Each is analysed
in German or English; an input may be refused (``InputError``, e.g. nothing but white space), but
never raise anything else, and every span of its readout must satisfy ``text[start:end] ==
span.text``. CI runs the same check at a smaller size (``tests/test_span_invariant.py``).

    .venv/bin/python benchmarks/robustness.py [--inputs 10000] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import random
import time
import traceback
from collections import Counter
from pathlib import Path

from wortlaut import InputError, analyze_text, span_problems

ROOT = Path(__file__).resolve().parents[1]
PIECES = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "'", "‹", "›", "–", "—", "…", "\n", "\n\n", "\r\n",
          "\t", "\x00", "\x0b", "\u200b", "\u200e", "\u202e", "\ufeff", "\u00a0", "שלום", "مرحبا", "👩‍👩‍👧",
          "🇩🇪", "e\u0301", "ﬁ", "ß", "İ", " ", ".", ",", ":", ";", "?", "!", "(", ")", "[", "]",
          "sagte", "sagte:", "behauptete", "laut", "zufolge", ", so ", "said", "according to", "told",
          "Putin", "Die Regierung", "the minister", "Quelle: AFP ©", "Mehr zum Thema - ", "Read more:",
          "Euch unsere Artikel", "Foto: dpa"]


def generated(rng: random.Random, corpus: str) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        kind = rng.random()
        if kind < 0.35:
            start = rng.randrange(len(corpus))
            parts.append(corpus[start:start + rng.randint(1, 400)])
        elif kind < 0.85:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 12))))
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    corpus = (Path(args.shared) / "fixtures" / "seed" / "article.txt").read_text(encoding="utf-8") + "\n\n" + \
        (ROOT / "examples" / "wikinews-rtl-stellenabbau.txt").read_text(encoding="utf-8")
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    examples: dict[str, str] = {}
    started = time.perf_counter()
    for n in range(args.inputs):
        text, lang = generated(rng, corpus), rng.choice(["de", "en"])
        try:
            readout = analyze_text(text, lang)
        except InputError:
            outcomes["refused with a reason"] += 1
            continue
        except Exception:  # what this benchmark is for
            outcomes["exception"] += 1
            examples.setdefault("exception", f"{text[:200]!r}\n{traceback.format_exc(limit=3)}")
            continue
        problems = span_problems(readout)
        outcomes["span error" if problems else "analysed"] += 1
        if problems:
            examples.setdefault("span error", f"{text[:200]!r}: {problems[:3]}")
    seconds = time.perf_counter() - started
    print(f"{args.inputs:,} generated inputs (seed {args.seed}) in {seconds:.0f} s")
    for outcome in ("analysed", "refused with a reason", "exception", "span error"):
        print(f"  {outcome:<22} {outcomes[outcome]:>7,}")
    for outcome, example in examples.items():
        print(f"first {outcome}: {example}")


if __name__ == "__main__":
    main()
