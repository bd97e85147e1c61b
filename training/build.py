#!/usr/bin/env python
"""Rebuild wortlaut's shipped spaCy pipelines from ../shared/data.

    python training/build.py --shared ../shared            # everything
    python training/build.py --shared ../shared --lang de  # one language
    python training/build.py --shared ../shared --stage prep|pretrain|train|package [--use-pretrained]
    python training/build.py --shared ../shared --lang de --stage prep ner prune  # the shipped German NER, lemmatizer
    python training/build.py --shared ../shared --lang de --stage parser  # a faster parser candidate (not shipped)
    python training/build.py --shared ../shared --lang en --stage gazetteer  # English names into the shipped pipeline

Stages per language: prep (corpora -> training/corpus/<lang>/*.spacy),
pretrain (optional: spacy pretrain of the tok2vec on the training text, where
the language's config has a [pretraining] block -> training/pretrain/<lang>),
train (spacy train, one thread, fixed seed -> training/output/<lang>; with
--use-pretrained it starts from the pretrained tok2vec: measured on German dev
it lifted tags and lemmas but cost NER and LAS, so the shipped model does not),
package (add wortlaut's rule components, meta -> src/wortlaut/models/<lang>),
ner (German, named only: a NER with a small tok2vec of its own, trained alone and swapped into
the pipeline in --models, ``ner_on_shipped``), parser (German, named only: a narrower parser taught
by the one in --models on the training text, put into a copy of that pipeline ->
training/output/<lang>-parser-candidate, not shipped, ``parser_distillation``), prune (named only: the lemmatizer of the pipeline
in --models keeps the edit trees it chooses on the training text, ``lemmatizer_pruning``), gazetteer
(named only: the language's name list rebuilt, and the rule components the pipeline in --models lacks added).
See training/README.md for which data trains what.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

import corpora as C  # noqa: E402

SEED = 0
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
PRETRAIN = HERE / "pretrain"
MODELS = ROOT / "src" / "wortlaut" / "models"


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def save(docs, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(path)
    log(f"wrote {path} ({len(docs)} docs, {sum(len(d) for d in docs)} tokens)")


# ------------------------------------------------------------------ English


def prep_en(shared: Path):
    data = shared / "data"
    vocab = spacy.blank("en").vocab
    out = CORPUS / "en"
    for split, conllu, uner in [
        ("train", "en_ewt-ud-train.conllu.xz", "en_ewt-ud-train.DRAFT-20221202.clean.iob2"),
        ("dev", "en_ewt-ud-dev.conllu", "en_ewt-ud-dev.iob2"),
    ]:
        docs = C.conllu_docs(vocab, data / "ud_english_ewt" / conllu, merge_mwt=False)
        ok, bad = C.add_uner(docs, C.read_uner(data / "ner_english_uner_ewt" / uner))
        log(f"en {split}: UNER aligned {ok}, unaligned (entities missing) {bad}")
        save(C.group([d for _, d in docs]), out / f"{split}.spacy")


# ------------------------------------------------------------------ German

def prep_de(shared: Path):
    from german_silver import prep_de as _prep
    _prep(shared, CORPUS / "de", save, log)


# ------------------------------------------------------------------ train


ONE_THREAD = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
                  OPENBLAS_NUM_THREADS="1", PYTHONHASHSEED="0")


def config(lang: str) -> Path:
    return HERE / "configs" / f"{lang}.cfg"


def pretrained_tok2vec(lang: str) -> Path:
    """The last epoch's weights of ``spacy pretrain`` (it writes model0.bin, model1.bin, ...)."""
    weights = sorted(PRETRAIN.joinpath(lang).glob("model*.bin"),
                     key=lambda p: int(p.stem[5:]) if p.stem[5:].isdigit() else -1)
    return weights[-1] if weights else Path()


def pretrain(lang: str):
    if "[pretraining]" not in config(lang).read_text(encoding="utf-8"):
        log(f"{lang}: no [pretraining] block in its config, nothing to pretrain")
        return
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(config(lang)), str(PRETRAIN / lang),
           "--paths.raw_text", str(CORPUS / lang / "raw.jsonl"), "--system.seed", str(SEED)]
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, env=ONE_THREAD)


def train(lang: str, use_pretrained: bool = False):
    cmd = [sys.executable, "-m", "spacy", "train", str(config(lang)),
           "--output", str(OUTPUT / lang), "--paths.train", str(CORPUS / lang / "train.spacy"),
           "--paths.dev", str(CORPUS / lang / "dev.spacy"), "--system.seed", str(SEED)]
    if use_pretrained:
        if not pretrained_tok2vec(lang).is_file():
            sys.exit(f"{lang}: no pretrained tok2vec under {PRETRAIN / lang}; run the pretrain stage first")
        cmd += ["--paths.init_tok2vec", str(pretrained_tok2vec(lang))]
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, env=ONE_THREAD)


# ------------------------------------------------------------------ package


GAZETTEERS = {"de": "build", "en": "build_english"}  # the gazetteer_build function of each language


def build_gazetteer(lang: str, shared: Path) -> None:
    import gazetteer_build
    getattr(gazetteer_build, GAZETTEERS[lang])(shared, ROOT / "src" / "wortlaut" / "lang" / lang / "gazetteer.tsv", log)


def package(lang: str, shared: Path, models: Path = MODELS):
    from package_model import package as _package
    build_gazetteer(lang, shared)
    _package(lang, shared, OUTPUT / lang / "model-best", models / lang, log)


def gazetteer(lang: str, shared: Path, models: Path):
    """Rebuild the language's name list and give the shipped pipeline the rule components it lacks
    (the English gazetteer came after its training), every other annotation unchanged."""
    from package_model import add_rule_components, replace_pipeline
    build_gazetteer(lang, shared)
    nlp = spacy.load(models / lang)
    added = add_rule_components(nlp, lang)
    if not added:
        log(f"{lang}: the shipped pipeline has its rule components already")
        return
    probe = "Olaf Scholz met Joe Biden in Washington on Monday."

    def check(staging: Path) -> None:
        if [t.pos_ for t in spacy.load(staging)(probe)] != [t.pos_ for t in spacy.load(models / lang)(probe)]:
            sys.exit(f"{lang}: adding {added} changed the tags")

    replace_pipeline(nlp, models / lang, {"rule_components_added": added}, check)
    log(f"{lang}: added {', '.join(added)} to the shipped pipeline")


def ner_with_own_tok2vec(lang: str, models: Path):
    from ner_on_shipped import ner_only_corpus, swap_ner
    corpus, output = CORPUS / f"{lang}-ner", OUTPUT / f"{lang}-ner"
    ner_only_corpus(CORPUS / lang, corpus, log)
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "configs" / f"{lang}-ner.cfg"),
           "--output", str(output), "--paths.train", str(corpus / "train.spacy"),
           "--paths.dev", str(corpus / "dev.spacy"), "--system.seed", str(SEED)]
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, env=ONE_THREAD)
    swap_ner(models / lang, output / "model-best", models / lang, log)


def distil_parser(lang: str, models: Path):
    from parser_distillation import agreement, silver_corpus, swap_parser
    corpus, output = CORPUS / f"{lang}-parser", OUTPUT / f"{lang}-parser"
    silver_corpus(models / lang, CORPUS / lang / "raw.jsonl", CORPUS / lang, corpus, log)
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "configs" / f"{lang}-parser.cfg"),
           "--output", str(output), "--paths.train", str(corpus / "train.spacy"),
           "--paths.dev", str(corpus / "dev.spacy"), "--paths.shipped", str(models / lang),
           "--system.seed", str(SEED), "--code", str(HERE / "wortlaut_factories.py")]
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, env=ONE_THREAD)
    log(f"student agrees with its teacher on held-out text: {agreement(output / 'model-best', corpus / 'agree.spacy')}")
    swap_parser(models / lang, output / "model-best", OUTPUT / f"{lang}-parser-candidate", log)


def prune(lang: str, models: Path):
    from lemmatizer_pruning import prune_lemmatizer
    prune_lemmatizer(models / lang, CORPUS / lang / "raw.jsonl", models / lang, log=log)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="path of the shared folder (contains data/)")
    ap.add_argument("--lang", nargs="*", default=["de", "en"])
    ap.add_argument("--stage", nargs="*", default=["prep", "train", "package"],
                    help="prep, pretrain, ner, parser, prune and gazetteer (not run unless named), train, package")
    ap.add_argument("--use-pretrained", action="store_true", help="train from the pretrain stage's tok2vec weights")
    ap.add_argument("--models", default=str(MODELS), help="where package writes the pipelines (default: the shipped ones)")
    a = ap.parse_args()
    shared = Path(a.shared).resolve()
    random.seed(SEED)
    for lang in a.lang:
        if "prep" in a.stage:
            {"en": prep_en, "de": prep_de}[lang](shared)
        if "pretrain" in a.stage:
            pretrain(lang)
        if "train" in a.stage:
            train(lang, a.use_pretrained)
        if "package" in a.stage:
            package(lang, shared, Path(a.models).resolve())
        if "ner" in a.stage:
            ner_with_own_tok2vec(lang, Path(a.models).resolve())
        if "parser" in a.stage:
            distil_parser(lang, Path(a.models).resolve())
        if "prune" in a.stage:
            prune(lang, Path(a.models).resolve())
        if "gazetteer" in a.stage:
            gazetteer(lang, shared, Path(a.models).resolve())


if __name__ == "__main__":
    main()
