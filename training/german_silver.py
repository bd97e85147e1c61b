"""German training corpus: gold UD (GSD dev + PUD converted to GSD
conventions), gold NER (GermEval train + dev, SmartData v1 train, Europeana, LER, UNER PUD)
and silver STTS tags + lemmas from HanTa on every German sentence.

The tagger is trained on a combined label "STTS__UPOS" (e.g. "VVFIN__VERB"):
gold UPOS where a treebank has it, otherwise UPOS from a (STTS, word) ->
UPOS table fitted on the gold treebank tokens tagged by HanTa. The wortlaut
component `wortlaut_de_morph_rules` splits the label again into token.tag_
and token.pos_ and adds Mood/VerbForm rules.
"""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import spacy

import corpora as C

SEP = "__"
N_DEV_GSD = 100       # last GSD-dev sentences held out for monitoring
N_DEV_GERMEVAL = 300  # last GermEval-dev sentences held out for monitoring
GOLD_REPEAT = 3       # gold treebank sentences are repeated to outweigh silver
GERMEVAL_REPEAT = 1   # GermEval sentences (the NER test convention); 3 was not tried for lack of time
LER_NEG_FRACTION = 0.1
GERMEVAL_TRAIN = "NER-de-train.outer.bio.tsv.xz"


def hanta_stts(tag: str) -> str:
    tag = tag.replace("(", "").replace(")", "")
    return {"PROAV": "PAV"}.get(tag, tag)


class Silver:
    def __init__(self):
        import HanTa.HanoverTagger as ht
        self.t = ht.HanoverTagger("morphmodel_ger.pgz")
        self.n = 0

    def tag(self, words):
        self.n += len(words)
        return [(lem, hanta_stts(tag)) for _, lem, tag in self.t.tag_sent(list(words), taglevel=1)]


def fit_upos_table(pairs):
    """pairs: (stts, lower, upos) -> {"by_form": {stts: {lower: upos}}, "by_tag": {stts: upos}}"""
    by_tag, by_form = defaultdict(Counter), defaultdict(Counter)
    for stts, low, upos in pairs:
        by_tag[stts][upos] += 1
        by_form[(stts, low)][upos] += 1
    tag_major = {t: c.most_common(1)[0][0] for t, c in by_tag.items()}
    form_table = defaultdict(dict)
    for (t, low), c in by_form.items():
        best, n = c.most_common(1)[0]
        if n >= 2 and best != tag_major[t]:
            form_table[t][low] = best
    return {"by_tag": tag_major, "by_form": form_table}


def map_upos(table, stts, low):
    return table["by_form"].get(stts, {}).get(low) or table["by_tag"].get(stts) or "X"


def prep_de(shared: Path, out: Path, save, log):
    rng = random.Random(0)
    data = shared / "data"
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    vocab = nlp.vocab
    silver = Silver()

    gsd = C.conllu_docs(vocab, data / "ud_german_gsd" / "de_gsd-ud-dev.conllu", merge_mwt=True)
    pud = C.conllu_docs(vocab, data / "ud_german_pud" / "de_pud-ud-test.conllu", merge_mwt=True,
                        pud=True, xpos=False)
    ok, bad = C.add_uner(pud, C.read_uner(data / "ner_german_uner_pud" / "de_pud-ud-test.iob2", surface=True, key="text"), by_text=True)
    log(f"UNER PUD aligned {ok}, unaligned {bad}")
    gsd_train, gsd_dev = gsd[:-N_DEV_GSD], gsd[-N_DEV_GSD:]

    # HanTa on the gold treebank sentences: fit the STTS->UPOS table
    pairs = []
    gold_docs = []
    for name, docs in (("gsd", gsd_train), ("pud", pud)):
        for _, d in docs:
            sil = silver.tag([t.text for t in d])
            for t, (lem, stts) in zip(d, sil):
                pairs.append((stts, t.text.lower(), t.pos_))
                gold_stts = t.tag_ if t.tag_ else stts
                t.tag_ = gold_stts + SEP + t.pos_
            gold_docs.append(d)
    table = fit_upos_table(pairs)
    (out).mkdir(parents=True, exist_ok=True)
    (out / "upos_table.json").write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True))
    hit = sum(map_upos(table, s, l) == u for s, l, u in pairs) / len(pairs)
    log(f"HanTa STTS->UPOS table: {len(table['by_tag'])} tags, "
        f"{sum(len(v) for v in table['by_form'].values())} word exceptions, fit acc {hit:.4f}")
    # held-out check of HanTa + table on the GSD dev part we do not train on
    n = c = 0
    for _, d in gsd_dev:
        for t, (lem, stts) in zip(d, silver.tag([t.text for t in d])):
            n += 1
            c += map_upos(table, stts, t.text.lower()) == t.pos_
    log(f"HanTa+table UPOS on held-out GSD dev: {c / n:.4f}")
    for _, d in gsd_dev:
        for t in d:
            t.tag_ = (t.tag_ or "X") + SEP + t.pos_

    def silver_doc(sent, ents=True):
        words = [w for w, _ in sent]
        d = C.words_doc(vocab, words)
        sil = silver.tag(words)
        for t, (lem, stts) in zip(d, sil):
            t.tag_ = stts + SEP + map_upos(table, stts, t.text.lower())
            t.lemma_ = lem
        d[0].is_sent_start = True
        for t in d[1:]:
            t.is_sent_start = False
        if ents:
            C.set_iob(d, [tag for _, tag in sent])
        return d

    def silver_from_doc(d):
        return silver_doc([(t.text, (t.ent_iob_ + "-" + t.ent_type_) if t.ent_type_ else "O") for t in d])

    ner_docs, ner_dev = [], []
    germeval = data / "ner_german_germeval2014"
    ge = C.read_germeval(germeval / "NER-de-dev.tsv")
    ge_train, ge_dev = C.read_germeval(germeval / GERMEVAL_TRAIN) + ge[:-N_DEV_GERMEVAL], ge[-N_DEV_GERMEVAL:]
    ner_docs += [silver_doc(s) for s in ge_train] * GERMEVAL_REPEAT
    for s in ge_dev:
        d = C.words_doc(vocab, [w for w, _ in s])
        C.set_iob(d, [t for _, t in s])
        ner_dev.append(d)
    log(f"GermEval train + dev: {len(ge_train)} train / {len(ge_dev)} monitoring sentences")
    n0 = len(ner_docs)
    for d in C.smartdata_docs(nlp, data / "ner_german_smartdata" / "v1_20180119" / "train.json.gz"):
        ner_docs.append(silver_from_doc(d))
    log(f"SmartData v1 train: {len(ner_docs) - n0} sentences")
    n0 = len(ner_docs)
    ner_docs += [silver_doc(s) for s in C.read_europeana(data)]
    log(f"Europeana: {len(ner_docs) - n0} sentences")
    n0 = len(ner_docs)
    for split in ("dev", "test"):
        for s in C.read_ler(data / "ner_german_ler" / f"ler_{split}.conll"):
            if any(t != "O" for _, t in s) or rng.random() < LER_NEG_FRACTION:
                ner_docs.append(silver_doc(s))
    log(f"LER: {len(ner_docs) - n0} sentences")
    spk = [silver_doc([(w, "O") for w in s], ents=False) for s in C.spkatt_sentences(data, "train")]
    log(f"SpkAtt-2023 train (silver tags only): {len(spk)} sentences")
    log(f"HanTa tagged {silver.n} tokens")

    gold_docs = C.group(gold_docs)
    ner_docs = C.group(ner_docs)
    spk = C.group(spk)
    train = gold_docs * GOLD_REPEAT + ner_docs + spk
    rng.shuffle(train)
    save(train, out / "train.spacy")
    save(C.group([d for _, d in gsd_dev]) + C.group(ner_dev), out / "dev.spacy")
    write_raw_text(out / "raw.jsonl", [[t.text for t in d] for d in gold_docs + ner_docs + spk], log)


def write_raw_text(path: Path, docs, log) -> None:
    """The words of every training document, once each, as ``spacy pretrain`` input:
    pretraining may only see text the supervised run may see too (no test split)."""
    seen = set()
    with path.open("w", encoding="utf-8") as out:
        for words in docs:
            key = " ".join(words)
            if key not in seen:
                seen.add(key)
                out.write(json.dumps({"text": key}, ensure_ascii=False) + "\n")
    log(f"wrote {path} ({len(seen)} distinct docs, {sum(len(k.split()) for k in seen)} words)")

