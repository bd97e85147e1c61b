"""How sure an attribution is: the probability that its content and its source are both right.

The rules that found a candidate leave evidence of how reliable it is: a report with no source,
a source far from its cue, a message of two words or one nested in another's words are often
wrong. ``features`` turns that evidence into numbers; a logistic model (``confidence.json``,
fitted by ``training/confidence.py`` on SpkAtt-2023 Task 1 train, the only attribution data
free to train on) turns them into a probability. How well that holds on news is measured in
``benchmarks/results/reliability.txt``.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from wortlaut.attribution.candidates import Candidate

MODEL_FILE = "confidence.json"
UNCERTAIN_BELOW = 0.5  # the CLI and the web app show attributions scored lower as uncertain
MAX_GAP = 48  # tokens between cue and source; farther says nothing more


def features(candidate: Candidate, doc: Doc) -> dict[str, float]:
    """The evidence about one candidate, as named values (a name the model does not know counts
    nothing). Only evidence that means the same in parliament and in news is used: which rule
    fired, a Konjunktiv message or a pronoun source are right far more often in news than in
    Bundestag speeches, and a model fitted on the speeches would mislead on news. The set was
    chosen by log loss on SpkAtt news *train* (the model itself never sees news)."""
    out: dict[str, float] = {}
    if candidate.source is None:
        out["source=inherited" if candidate.follows is not None and candidate.canonical else "source=none"] = 1.0
    else:
        if candidate.canonical:
            out["source_resolved"] = 1.0
        if candidate.cue:
            gap = min(abs(i - candidate.cue[0].i) for i in range(*candidate.source))
            out["source_gap_log"] = math.log1p(min(gap, MAX_GAP))
    content = doc.char_span(*candidate.content, alignment_mode="expand")
    words = sum(not t.is_punct for t in content) if content is not None else 0
    out["content_words_log"] = math.log1p(words)
    if candidate.nested_in is not None:
        out["nested"] = 1.0
    return out


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model over ``features``: weights by name and an intercept."""

    weights: dict[str, float]
    intercept: float

    def score(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * v for name, v in values.items())
        return round(1.0 / (1.0 + math.exp(-z)), 3)


@cache
def load_model() -> ConfidenceModel:
    data = json.loads(resources.files("wortlaut.attribution").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return ConfidenceModel(weights=data["weights"], intercept=data["intercept"])
