"""Package a trained pipeline: add wortlaut's rule components, write meta
(sources, licence), save to src/wortlaut/models/<lang>.
Performance figures are added to meta.json by
`benchmarks/models.py --write-meta`."""
from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any, Callable

import spacy

import wortlaut.nlp.components  # noqa: F401  (registers the factories)

SOURCES = {
    "de": [
        {"name": "UD German-GSD (dev split)", "url": "https://github.com/UniversalDependencies/UD_German-GSD",
         "license": "CC BY-SA 4.0", "used_for": "tagger, morphologizer, lemmatizer, parser"},
        {"name": "UD German-PUD (converted to GSD conventions)", "url": "https://github.com/UniversalDependencies/UD_German-PUD",
         "license": "CC BY-SA 3.0", "used_for": "morphologizer, lemmatizer, parser, UPOS"},
        {"name": "Universal NER German-PUD", "url": "https://github.com/UniversalNER/UNER_German-PUD",
         "license": "CC BY-SA 3.0", "used_for": "ner"},
        {"name": "GermEval 2014 NER (train and dev splits, outer labels; OTH as MISC)",
         "url": "https://sites.google.com/site/germeval2014ner/",
         "license": "CC BY 4.0", "used_for": "ner; text for silver tags and tok2vec pretraining",
         "citation": "Benikova, Biemann, Reznicek: NoSta-D Named Entity Annotation for German, LREC 2014"},
        {"name": "DFKI SmartData corpus v1 (train split)", "url": "https://github.com/DFKI-NLP/smartdata-corpus",
         "license": "CC BY 4.0", "used_for": "ner; text for silver tags",
         "citation": "Schiersch et al., A German Corpus for Fine-Grained Named Entity Recognition and Relation Extraction of Traffic and Industry Events, LREC 2018"},
        {"name": "Europeana Newspapers NER (German)", "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
         "license": "CC0", "used_for": "ner; text for silver tags"},
        {"name": "LER German legal NER (dev+test, coarse PER/ORG/LOC)", "url": "https://github.com/elenanereiss/Legal-Entity-Recognition",
         "license": "CC BY 4.0", "used_for": "ner; text for silver tags"},
        {"name": "SpkAtt-2023 Task 1 (train, text only)", "url": "https://github.com/umanlp/SpkAtt-2023",
         "license": "CC BY-SA 4.0", "used_for": "text for silver tags"},
        {"name": "HanTa (Hanover Tagger) as silver annotator", "url": "https://github.com/wartaal/HanTa",
         "license": "LGPL-3.0 (tool; only its output is used, not shipped)", "used_for": "silver STTS tags and lemmas"},
    ],
    "en": [
        {"name": "UD English-EWT (train)", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
         "license": "CC BY-SA 4.0", "used_for": "tagger, morphologizer, lemmatizer, parser"},
        {"name": "Universal NER English-EWT (draft train of 2022-12-02)", "url": "https://github.com/UniversalNER/UNER_English-EWT",
         "license": "CC BY-SA 4.0", "used_for": "ner",
         "citation": "Mayhew et al., Universal NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark, NAACL 2024"},
        {"name": "PETRARCH2 Phoenix actor dictionary (persons' full names, for the gazetteer)",
         "url": "https://github.com/openeventdata/petrarch2", "license": "MIT", "used_for": "gazetteer"},
    ],
}

DESCRIPTION = {
    "de": "wortlaut German news pipeline (tok2vec CNN, STTS+UPOS tagger, morphologizer, "
          "edit-tree lemmatizer, parser, NER PER/ORG/LOC/MISC, rule layer for VerbForm and "
          "Konjunktiv I/II). Trained offline from freely licensed data; see training/README.md.",
    "en": "wortlaut English pipeline (tok2vec CNN, PTB tagger, morphologizer, edit-tree "
          "lemmatizer, parser, NER PER/ORG/LOC, person gazetteer) trained on UD English-EWT and UNER English-EWT.",
}


# The rule components each language's pipeline gets after training: (factory, where, config).
RULE_COMPONENTS: dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]] = {
    # gazetteer: +1.0 micro F1 on the 300 held-out GermEval-dev sentences (PER+LOC)
    "de": [("wortlaut_gazetteer", {"after": "ner"}, {"labels": ["PER", "LOC"]}),
           ("wortlaut_de_morph_rules", {"last": True}, {})],
    # persons' full names the web-trained NER misses in news ("Olaf Scholz"); UNER EWT test unchanged
    "en": [("wortlaut_gazetteer", {"after": "ner"}, {"labels": ["PER"]})],
}


def add_rule_components(nlp: spacy.Language, lang: str) -> list[str]:
    """Add the language's ``RULE_COMPONENTS`` that ``nlp`` lacks; their names."""
    added = []
    for factory, where, config in RULE_COMPONENTS.get(lang, []):
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, config=config, **where)
            added.append(factory)
    return added


def package(lang: str, shared: Path, trained: Path, target: Path, log):
    nlp = spacy.load(trained)
    add_rule_components(nlp, lang)
    nlp.meta["name"] = f"core_news_{lang}" if lang == "de" else f"core_web_{lang}"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = DESCRIPTION[lang]
    nlp.meta["author"] = "wortlaut"
    nlp.meta["license"] = "CC BY-SA 4.0"
    nlp.meta["sources"] = SOURCES[lang]
    nlp.meta["requirements"] = ["wortlaut (for the wortlaut_* components)"] if RULE_COMPONENTS.get(lang) else []
    nlp.meta.setdefault("performance", {})
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    log(f"packaged {lang} -> {target}")


def replace_pipeline(nlp: spacy.Language, target: Path, changes: dict[str, Any],
                     check: Callable[[Path], None]) -> None:
    """Write ``nlp`` over ``target`` with ``changes`` recorded in its meta and its test figures
    cleared (``benchmarks/models.py --write-meta`` measures them again), through a staging
    folder that ``check`` reads first: a failed check leaves the shipped pipeline as it was."""
    meta = copy.deepcopy(nlp.meta)
    meta.update(changes)
    meta["performance"] = {}
    nlp.meta.clear()
    nlp.meta.update(meta)
    staging = target.with_name(target.name + ".new")
    if staging.exists():
        shutil.rmtree(staging)
    nlp.to_disk(staging)
    check(staging)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
