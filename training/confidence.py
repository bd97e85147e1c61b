#!/usr/bin/env python3
"""Fit the attribution confidence model (``src/wortlaut/attribution/confidence.json``).

wortlaut reads SpkAtt-2023 Task 1 train (Bundestag speeches, CC BY-SA 4.0: free to train on;
SpkAtt news and PolNeAR are evaluation-only) with the shipped pipeline; every attribution it
finds is labelled right when its content and source match a gold one (the benchmark's
``right_predictions``), and a logistic regression over the evidence the rules leave
(``wortlaut.attribution.confidence.features``) is fitted to those labels. Task 1 dev is the
check that the fit generalises across speeches; news is measured by
``benchmarks/attribution.py reliability``.

    .venv/bin/python training/confidence.py --shared ../shared

Needs scikit-learn (training only; the shipped model is a table of weights).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wortlaut" / "attribution" / "confidence.json"
REGULARISATION = 0.1  # sklearn's C; decided by log loss on SpkAtt news train (see --sweep)


def _benchmark():
    spec = importlib.util.spec_from_file_location("wortlaut_bench_attribution", ROOT / "benchmarks" / "attribution.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def labelled_evidence(split: str, bench, limit: int | None = None) -> tuple[list[dict[str, float]], list[bool]]:
    """(features, right) for every attribution wortlaut finds in Task 1 ``split``."""
    from dataclasses import asdict

    from wortlaut.attribution.extract import attribute_with_evidence
    from wortlaut.engine import planned_stages
    from wortlaut.model import REPORTAGE, Document, Readout
    from wortlaut.nlp import load_pipeline
    from wortlaut.nlp.pieces import parse

    nlp = load_pipeline("de")
    before = [s for s in planned_stages(("entities",))]
    xs: list[dict[str, float]] = []
    ys: list[bool] = []
    docs = bench.spkatt_task1_docs(split)[:limit]
    for n, (name, data) in enumerate(docs, start=1):
        text, offsets, gold = bench.spkatt_doc(data, extra_cue_roles=("PTC",))
        doc = parse(nlp, text)
        readout = Readout(doc=Document(text=text, lang="de"))
        for stage in before:
            stage(doc, readout)
        found = attribute_with_evidence(doc, readout.entities, readout.ranges(REPORTAGE))
        frames = bench.readout_frames({"attributions": [asdict(a) for a, _ in found]}, bench.TokenIndex(offsets))
        xs.extend(evidence for _, evidence in found)
        ys.extend(bench.right_predictions(gold, frames))
        print(f"\r{split}: {n}/{len(docs)} speeches, {len(xs)} attributions", end="", file=sys.stderr)
    print(file=sys.stderr)
    return xs, ys


def calibration_figures(probabilities, labels) -> dict[str, float]:
    """Brier score, expected calibration error over ten bins, log loss and the share right."""
    from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

    bins: dict[int, list[tuple[float, bool]]] = {}
    for p, y in zip(probabilities, labels):
        bins.setdefault(min(int(p * 10), 9), []).append((p, y))
    ece = sum(abs(sum(p for p, _ in b) - sum(y for _, y in b)) for b in bins.values()) / len(labels)
    return {"n": len(labels), "right": sum(labels) / len(labels), "brier": brier_score_loss(labels, probabilities),
            "log_loss": log_loss(labels, probabilities, labels=[False, True]), "ece": ece,
            "auc": roc_auc_score(labels, probabilities) if 0 < sum(labels) < len(labels) else float("nan")}


def fit(xs: list[dict[str, float]], ys: list[bool], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vectorizer.fit_transform(xs), ys)
    return vectorizer, model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, help="first N speeches of each split (a quick check)")
    ap.add_argument("--sweep", action="store_true", help="report Task 1 dev figures for several C, write nothing")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    import os

    os.environ["WORTLAUT_SHARED"] = str(Path(args.shared).resolve())
    sys.path.insert(0, str(ROOT / "src"))
    bench = _benchmark()
    train_x, train_y = labelled_evidence("train", bench, args.limit)
    dev_x, dev_y = labelled_evidence("dev", bench, args.limit)
    for c in ((0.01, 0.1, 1.0, 10.0) if args.sweep else (REGULARISATION,)):
        vectorizer, model = fit(train_x, train_y, c)
        dev = calibration_figures(model.predict_proba(vectorizer.transform(dev_x))[:, 1], dev_y)
        train = calibration_figures(model.predict_proba(vectorizer.transform(train_x))[:, 1], train_y)
        print(f"C={c}: dev " + ", ".join(f"{k} {v:.3f}" for k, v in dev.items() if k != "n")
              + f" (n {dev['n']}); train brier {train['brier']:.3f}, ece {train['ece']:.3f}")
    if args.sweep:
        return 0
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])}
    Path(args.out).write_text(json.dumps({
        "about": "Logistic model of P(content and source right) for an attribution, over the evidence named in "
                 "wortlaut.attribution.confidence.features; fitted by training/confidence.py.",
        "trained_on": "SpkAtt-2023 Task 1 train (Bundestag speeches, CC BY-SA 4.0), attributions found by the "
                      "shipped German pipeline, labelled by benchmarks/attribution.py right_predictions",
        "date": date.today().isoformat(),
        "regularisation_C": REGULARISATION,
        "train": {k: round(v, 4) for k, v in train.items()},
        "task1_dev": {k: round(v, 4) for k, v in dev.items()},
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
