#!/usr/bin/env python
"""Benchmark the SHIPPED pipelines (src/wortlaut/models/<lang>) on test
splits that no shipped model was trained on:

  German  syntax/morphology/lemma: UD German-GSD test (gold tokens)
          NER: GermEval 2014 test, outer level (OTH reported as MISC); second
          opinions: SmartData v1 test and MobIE test, mapped to PER/ORG/LOC
  English syntax/morphology/lemma: UD English-EWT test (gold tokens)
          NER: Universal NER English-EWT test

Run from the repository root:
    .venv/bin/python benchmarks/models.py --shared ../shared [--write-meta] [--models DIR]

Accuracy figures use gold tokenisation (one sentence per Doc); UAS/LAS count
every token including punctuation and compare the universal part of the
relation (CoNLL 2018 style). Speed: whole pipeline (loaded as wortlaut loads it, its matrix
products by numpy's BLAS; and once more with thinc's default BLIS) on raw test text, one
thread, nlp.pipe over paragraphs of ~10 sentences, twice; words per CPU-second
of this process (= one core, robust to other load on the machine).
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

import corpora as C  # noqa: E402
import wortlaut.nlp.components  # noqa: F401,E402
from wortlaut.nlp import use_numpy_blas  # noqa: E402

MODELS = ROOT / "src" / "wortlaut" / "models"


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_gold_tokens(nlp, gold_docs):
    out = []
    for g in gold_docs:
        d = Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
        out.append(nlp(d))
    return out


def syntax_scores(nlp, gold_docs):
    pred = run_gold_tokens(nlp, gold_docs)
    c = Counter()
    rel = {"nsubj": Counter(), "ccomp": Counter()}
    for g, p in zip(gold_docs, pred):
        for gt, pt in zip(g, p):
            c["n"] += 1
            c["upos"] += gt.pos_ == pt.pos_
            if gt.tag_:
                c["tag_n"] += 1
                c["tag"] += gt.tag_ == pt.tag_
            c["lemma"] += gt.lemma_ == pt.lemma_
            c["morph"] += gt.morph.to_dict() == pt.morph.to_dict()
            gh = gt.head.i if gt.head.i != gt.i else -1
            ph = pt.head.i if pt.head.i != pt.i else -1
            gdep = "root" if gt.dep_ == "ROOT" else gt.dep_.split(":")[0].lower()
            pdep = "root" if pt.dep_ == "ROOT" else pt.dep_.split(":")[0].lower()
            c["uas"] += gh == ph
            c["las"] += gh == ph and gdep == pdep
            for r in rel:
                if gdep == r and pdep == r and gh == ph:
                    rel[r]["tp"] += 1
                else:
                    if gdep == r:
                        rel[r]["fn"] += 1
                    if pdep == r:
                        rel[r]["fp"] += 1
            gm = gt.morph.get("Mood")
            if gm:
                pm = pt.morph.get("Mood")
                c["mood_n"] += 1
                c["mood"] += gm == pm
                if gm == ["Sub"]:
                    c["sub_n"] += 1
                    c["sub_tp"] += pm == ["Sub"]
            if pt.morph.get("Mood") == ["Sub"]:
                c["sub_pred"] += 1
    n = c["n"]
    res = {
        "tokens": n,
        "upos_acc": c["upos"] / n,
        "tag_acc": c["tag"] / c["tag_n"] if c["tag_n"] else None,
        "morph_acc": c["morph"] / n,
        "lemma_acc": c["lemma"] / n,
        "uas": c["uas"] / n,
        "las": c["las"] / n,
        "mood_acc_finite": c["mood"] / c["mood_n"] if c["mood_n"] else None,
        "mood_n": c["mood_n"],
        "subj_recall": c["sub_tp"] / c["sub_n"] if c["sub_n"] else None,
        "subj_precision": c["sub_tp"] / c["sub_pred"] if c["sub_pred"] else None,
        "sub_n": c["sub_n"],
    }
    for r, cc in rel.items():
        res[f"{r}_labelled_f1"] = prf(cc["tp"], cc["fp"], cc["fn"])[2]
    return res


def ner_scores(nlp, sents, labels, micros):
    vocab = nlp.vocab
    gold_docs = []
    for s in sents:
        d = C.words_doc(vocab, [w for w, _ in s])
        C.set_iob(d, [t for _, t in s])
        gold_docs.append(d)
    pred = run_gold_tokens(nlp, gold_docs)
    cnt = {lab: Counter() for lab in labels}
    for g, p in zip(gold_docs, pred):
        gs = {(e.start, e.end, e.label_) for e in g.ents}
        ps = {(e.start, e.end, e.label_) for e in p.ents}
        for lab in labels:
            gl = {x for x in gs if x[2] == lab}
            pl = {x for x in ps if x[2] == lab}
            cnt[lab]["tp"] += len(gl & pl)
            cnt[lab]["fp"] += len(pl - gl)
            cnt[lab]["fn"] += len(gl - pl)
    res = {}
    for lab in labels:
        p, r, f = prf(cnt[lab]["tp"], cnt[lab]["fp"], cnt[lab]["fn"])
        res[lab] = {"p": p, "r": r, "f": f, "n": cnt[lab]["tp"] + cnt[lab]["fn"]}
    for micro_labels in micros:
        tot = Counter()
        for lab in micro_labels:
            tot.update(cnt[lab])
        p, r, f = prf(tot["tp"], tot["fp"], tot["fn"])
        res["micro_" + "_".join(micro_labels)] = {"p": p, "r": r, "f": f, "n": tot["tp"] + tot["fn"]}
    return res


def doc_sentences(docs):
    """(token, IOB) sentences of Docs whose entities are set."""
    return [[(t.text, f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O") for t in d] for d in docs]


def second_opinions(data: Path):
    """Held-out German NER sets in other domains (traffic and industry news, mobility tweets),
    mapped to PER/ORG/LOC the way SmartData v1 train is mapped for training."""
    tokenizer = spacy.blank("de")
    tokenizer.add_pipe("sentencizer")
    smartdata = C.smartdata_docs(tokenizer, data / "ner_german_smartdata" / "v1_20180119" / "test.json.gz")
    return [("SmartData v1 test", doc_sentences(smartdata)),
            ("MobIE test", C.read_mobie(data / "ner_german_mobie" / "test.conll2003.xz"))]


def speed(nlp, texts, repeats=1):
    # warm-up
    list(nlp.pipe(texts[:20]))
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(repeats):
        for d in nlp.pipe(texts, batch_size=64):
            n += len(d)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    # CPU time of this single-threaded process = time on one core, even when
    # other processes share the machine; wall-clock figure for reference
    return n / dc, n, n / dt


def paragraphs(gold_docs, k=10):
    texts = []
    for i in range(0, len(gold_docs), k):
        texts.append(" ".join(d.text for d in gold_docs[i:i + k]))
    return texts


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def bench_lang(lang, shared: Path, models: Path = MODELS):
    data = shared / "data"
    nlp = use_numpy_blas(spacy.load(models / lang))  # as wortlaut loads it
    vocab = spacy.blank(lang).vocab
    if lang == "de":
        gold = [d for _, d in C.conllu_docs(vocab, data / "ud_german_gsd" / "de_gsd-ud-test.conllu", merge_mwt=True)]
        ner_sents = C.read_germeval(data / "ner_german_germeval2014" / "NER-de-test.tsv", misc=True)
        syn_name, ner_name = "UD German-GSD test", "GermEval 2014 test (outer)"
        labels, micro = ["PER", "ORG", "LOC", "MISC"], [["PER", "ORG", "LOC"], ["PER", "ORG", "LOC", "MISC"]]
        others = second_opinions(data)
    else:
        gold = [d for _, d in C.conllu_docs(vocab, data / "ud_english_ewt" / "en_ewt-ud-test.conllu", merge_mwt=False)]
        uner = C.read_uner(data / "ner_english_uner_ewt" / "en_ewt-ud-test.iob2")
        ner_sents = list(uner.values())
        syn_name, ner_name = "UD English-EWT test", "UNER English-EWT test"
        labels, micro = ["PER", "ORG", "LOC"], [["PER", "ORG", "LOC"]]
        others = []
    syn = syntax_scores(nlp, gold)
    ner = ner_scores(nlp, ner_sents, labels, micro)
    also = {name: ner_scores(nlp, sents, ["PER", "ORG", "LOC"], [["PER", "ORG", "LOC"]]) for name, sents in others}
    wps, nw, wall = speed(nlp, paragraphs(gold), repeats=2)
    blis_wps, _, _ = speed(spacy.load(models / lang), paragraphs(gold), repeats=2)
    return {"words_per_second_blis": blis_wps,"syntax_data": syn_name, "ner_data": ner_name, "syntax": syn, "ner": ner, "ner_second_opinions": also,
            "words_per_second_1_thread": wps, "speed_tokens": nw, "words_per_second_wall": wall,
            "pipeline": nlp.pipe_names}


def render(lang, r):
    s = r["syntax"]
    lines = [f"== {lang}: pipeline {' > '.join(r['pipeline'])}",
             f"-- {r['syntax_data']} ({s['tokens']} tokens, gold tokenisation)",
             f"   UPOS {fmt(s['upos_acc'])}   XPOS/STTS {fmt(s['tag_acc'])}   morph(all feats) {fmt(s['morph_acc'])}   lemma {fmt(s['lemma_acc'])}",
             f"   UAS {fmt(s['uas'])}   LAS {fmt(s['las'])}   nsubj F1 {fmt(s['nsubj_labelled_f1'])}   ccomp F1 {fmt(s['ccomp_labelled_f1'])}",
             f"   Mood acc on finite verbs {fmt(s['mood_acc_finite'])} (n={s['mood_n']})   "
             f"Mood=Sub recall {fmt(s['subj_recall'])} precision {fmt(s['subj_precision'])} (n={s['sub_n']})",
             f"-- {r['ner_data']}: strict span P / R / F1 (n gold)"]
    for lab, v in r["ner"].items():
        lines.append(f"   {lab:18s} {v['p']:.3f} / {v['r']:.3f} / {v['f']:.3f}  (n={v['n']})")
    for name, scores in r["ner_second_opinions"].items():
        lines.append(f"-- {name} (held out, other domain; PER/ORG/LOC): strict span P / R / F1 (n gold)")
        for lab, v in scores.items():
            lines.append(f"   {lab:18s} {v['p']:.3f} / {v['r']:.3f} / {v['f']:.3f}  (n={v['n']})")
    lines.append(f"-- speed: {r['words_per_second_1_thread']:.0f} words per CPU-second, whole pipeline, 1 thread "
                 f"({r['speed_tokens']} tokens of raw test text; wall clock {r['words_per_second_wall']:.0f} words/s "
                 f"on a shared machine)")
    lines.append(f"   the same pipeline with thinc's default BLIS ops (plain spacy.load): "
                 f"{r['words_per_second_blis']:.0f} words per CPU-second")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--lang", nargs="*", default=["de", "en"])
    ap.add_argument("--write-meta", action="store_true", help="store the figures in the shipped meta.json")
    ap.add_argument("--models", default=str(MODELS), help="folder of the pipelines to measure (one per language)")
    a = ap.parse_args()
    models = Path(a.models).resolve()
    shared = Path(a.shared).resolve()
    print(f"wortlaut model benchmark  spaCy {spacy.__version__}  {time.strftime('%Y-%m-%d')}")
    for lang in a.lang:
        r = bench_lang(lang, shared, models)
        print(render(lang, r), flush=True)
        if a.write_meta:
            mp = models / lang / "meta.json"
            meta = json.loads(mp.read_text())
            s = r["syntax"]
            perf = {
                "benchmark": "benchmarks/models.py (gold tokens; untouched test splits)",
                "syntax_data": r["syntax_data"], "ner_data": r["ner_data"],
                "upos_acc": round(s["upos_acc"], 4), "tag_acc": s["tag_acc"] and round(s["tag_acc"], 4),
                "morph_acc": round(s["morph_acc"], 4), "lemma_acc": round(s["lemma_acc"], 4),
                "dep_uas": round(s["uas"], 4), "dep_las": round(s["las"], 4),
                "mood_acc_finite_verbs": s["mood_acc_finite"] and round(s["mood_acc_finite"], 4),
                "mood_sub_recall": s["subj_recall"] and round(s["subj_recall"], 4),
                "ents_per_type": {k: {m: round(v[m], 4) for m in ("p", "r", "f")} for k, v in r["ner"].items()},
                "ents_second_opinions": {name: {k: {m: round(v[m], 4) for m in ("p", "r", "f")}
                                                for k, v in scores.items()}
                                         for name, scores in r["ner_second_opinions"].items()},
                "words_per_second_1_thread": round(r["words_per_second_1_thread"]),
            }
            micro = [k for k in r["ner"] if k.startswith("micro")][0]  # PER/ORG/LOC, comparable across sets
            perf["ents_f"] = round(r["ner"][micro]["f"], 4)
            meta["performance"] = perf
            mp.write_text(json.dumps(meta, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
