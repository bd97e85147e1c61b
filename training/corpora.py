"""Readers for the corpora in ../shared/data, turning them into spaCy Docs.

Used by training/build.py (training data) and benchmarks/models.py (test
splits), so that both see the same tokenisation and label conventions.
"""
from __future__ import annotations

import gzip
import json
import lzma
import re
import tarfile
from pathlib import Path
from typing import Iterator, List, Tuple

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

# ---------------------------------------------------------------- CoNLL-U


def read_conllu(path: Path) -> Iterator[Tuple[dict, List[List[str]]]]:
    """Yield (comments, rows) per sentence; rows are 10-column lists."""
    opener = lzma.open if str(path).endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        meta, rows = {}, []
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield meta, rows
                meta, rows = {}, []
            elif line.startswith("#"):
                if " = " in line:
                    k, v = line[1:].split(" = ", 1)
                    meta[k.strip()] = v
            else:
                rows.append(line.split("\t"))
        if rows:
            yield meta, rows


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc


def _feats(feats: str) -> str:
    return "" if feats == "_" else feats


def _stts_fix(tag: str) -> str:
    return tag


# German UD-PUD -> GSD conventions (see shared/data/NOTES-german-training.md)
_MONTHS = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
}


def pud_to_gsd(rows: List[List[str]]) -> None:
    """Convert UD German-PUD word rows in place to UD German-GSD conventions."""
    for r in rows:
        if not r[0].isdigit():
            continue
        form, upos, xpos, feats, deprel = r[1], r[3], r[4], r[5], r[7]
        fd = dict(f.split("=", 1) for f in feats.split("|")) if feats != "_" else {}
        if upos in ("VERB", "AUX"):
            if "Mood" in fd or "Person" in fd:
                fd["VerbForm"] = "Fin"
            elif xpos == "VBN":
                fd["VerbForm"] = "Part"
                fd.pop("Tense", None)
                fd.pop("Aspect", None)
            elif "VerbForm" not in fd and xpos == "VB":
                fd["VerbForm"] = "Inf"
        if upos == "ADV":
            fd.pop("Degree", None)
        if form.lower() in _MONTHS and upos == "NOUN":
            upos = "PROPN"
        if form.lower() in ("als", "wie") and upos == "CCONJ":
            upos = "ADP"
        if form.lower() == "um" and upos == "SCONJ":
            upos = "ADP"
        if deprel == "acl:relcl":
            deprel = "acl"
        r[3] = upos
        r[5] = "|".join(f"{k}={v}" for k, v in sorted(fd.items(), key=lambda x: x[0].lower())) or "_"
        r[7] = deprel


def conllu_to_doc(vocab: Vocab, rows: List[List[str]], merge_mwt: bool,
                  xpos: bool = True) -> Doc:
    """Build a Doc with tags, POS, morph, lemma, heads and deps.

    merge_mwt=True (German): a multiword token ("im" = in + dem) becomes one
    token with the first word's head/deprel/UPOS, the second word's
    morphology, the first word's lemma and STTS tag APPRART for ADP+DET.
    merge_mwt=False (English): syntactic words are tokens (spaCy's English
    tokenizer splits "don't", "cannot", "gonna" the same way).
    """
    words_rows = [r for r in rows if r[0].isdigit()]
    id2row = {int(r[0]): r for r in words_rows}
    # token groups: list of (surface, [word ids], space_after)
    groups = []
    skip_until = 0
    for r in rows:
        if "." in r[0]:
            continue
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            if merge_mwt:
                groups.append((r[1], list(range(a, b + 1)), _space_after(r[9])))
                skip_until = b
            else:
                # words inherit the range's SpaceAfter on the last word
                for i in range(a, b + 1):
                    sa = _space_after(r[9]) if i == b else False
                    groups.append((id2row[i][1], [i], sa))
                skip_until = b
            continue
        i = int(r[0])
        if i <= skip_until:
            continue
        groups.append((r[1], [i], _space_after(r[9])))
    word2tok = {}
    for t, (_, ids, _) in enumerate(groups):
        for i in ids:
            word2tok[i] = t
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    for t, (surface, ids, sa) in enumerate(groups):
        first = id2row[ids[0]]
        # the word of the group whose head lies outside the group
        main = first
        for i in ids:
            h = int(id2row[i][6])
            if h == 0 or h not in ids:
                main = id2row[i]
                break
        words.append(surface)
        spaces.append(sa)
        if len(ids) > 1:
            ups = [id2row[i][3] for i in ids]
            tag = "APPRART" if ups[:2] == ["ADP", "DET"] else id2row[ids[0]][4]
            morph = "|".join(_feats(id2row[i][5]) for i in ids[1:] if _feats(id2row[i][5]))
            upos = first[3]
            lemma = first[2]
            h = int(main[6])
            dep = main[7]
        else:
            tag = first[4]
            morph = _feats(first[5])
            upos = first[3]
            lemma = first[2]
            h = int(first[6])
            dep = first[7]
        tags.append(tag if xpos and tag != "_" else "")
        pos.append(upos)
        morphs.append(morph)
        lemmas.append(lemma)
        heads.append(t if h == 0 else word2tok[h])
        deps.append("ROOT" if h == 0 else dep)
        starts.append(t == 0)
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags or None, pos=pos,
              morphs=morphs, lemmas=lemmas, heads=heads, deps=deps,
              sent_starts=starts)
    doc.user_data["words_per_token"] = [len(ids) for _, ids, _ in groups]
    return doc


def conllu_docs(vocab: Vocab, path: Path, merge_mwt: bool, pud: bool = False,
                xpos: bool = True) -> List[Tuple[str, Doc]]:
    out = []
    for meta, rows in read_conllu(path):
        if pud:
            pud_to_gsd(rows)
        out.append((meta.get("sent_id", ""), conllu_to_doc(vocab, rows, merge_mwt, xpos=xpos)))
    return out


# ---------------------------------------------------------------- IOB NER


def read_uner(path: Path, surface: bool = False, key: str = "sent_id") -> dict:
    """sent_id -> list of (token, iob). surface=True: multiword-token range
    lines become one token carrying the first word's tag (German "im");
    surface=False: syntactic words (range lines skipped)."""
    opener = lzma.open if str(path).endswith(".xz") else open
    out, sid, rows = {}, None, []

    def flush():
        toks, skip = [], 0
        for c in rows:
            if "-" in c[0]:
                if surface:
                    a, b = (int(x) for x in c[0].split("-"))
                    first = next((r for r in rows if r[0] == str(a)), None)
                    toks.append((c[1], _tag(first)))
                    skip = b
                continue
            if "." in c[0]:
                continue
            if surface and int(c[0]) <= skip:
                continue
            toks.append((c[1], _tag(c)))
        return toks

    def _tag(c):
        tag = c[2] if c is not None and len(c) > 2 else "O"
        return tag if re.match(r"^[BI]-(PER|ORG|LOC|MISC)$", tag) else "O"

    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows and sid:
                    out[sid] = flush()
                rows, sid = [], None
            elif line.startswith("#"):
                if line.startswith(f"# {key} = "):
                    sid = line.split(" = ", 1)[1].strip()
            else:
                rows.append(line.split("\t"))
        if rows and sid:
            out[sid] = flush()
    return out


def iob_to_spans(doc: Doc, tags: List[str]) -> List[Span]:
    spans, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and (label is None or t[2:] != label)):
            if start is not None:
                spans.append(Span(doc, start, i, label=label))
                start, label = None, None
            if t.startswith("B-") or t.startswith("I-"):
                start, label = i, t[2:]
    return spans


def set_iob(doc: Doc, tags: List[str]) -> None:
    doc.set_ents(iob_to_spans(doc, tags), default="outside")


def add_uner(docs: List[Tuple[str, Doc]], uner: dict, by_text: bool = False) -> Tuple[int, int]:
    """Attach UNER entities to UD docs with the same sent_id (or, by_text,
    the same sentence text: UNER PUD renumbers the sentences) and words.
    Docs that do not align keep their entities missing. Returns (ok, failed)."""
    ok = bad = 0
    for sid, doc in docs:
        u = uner.get(doc.text.strip()) if by_text else uner.get(sid)
        wpt = doc.user_data.get("words_per_token")
        if u is not None and wpt and len(u) == sum(wpt) and len(u) != len(doc):
            # UNER lists syntactic words ("in", "dem"); merge to surface tokens ("im")
            merged, j = [], 0
            for t, n in zip(doc, wpt):
                merged.append((t.text if n > 1 else u[j][0], u[j][1]))
                j += n
            u = merged
        if u is None or [w for w, _ in u] != [t.text for t in doc]:
            bad += 1
            continue
        set_iob(doc, [t for _, t in u])
        ok += 1
    return ok, bad


def words_doc(vocab: Vocab, words: List[str]) -> Doc:
    spaces = [True] * len(words)
    if spaces:
        spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces)


_GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


def read_germeval(path: Path, misc: bool = True) -> List[List[Tuple[str, str]]]:
    """Sentences of (token, IOB) from the outer GermEval column.
    OTH -> MISC (or O when misc=False); *deriv and *part -> O.
    Reads the official files (index, token, outer, nested) and the recovered
    train split (``*.xz``: token, outer)."""
    sents, toks = [], []
    opener = lzma.open if str(path).endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    sents.append(toks)
                    toks = []
            elif not line.startswith("#\t"):
                cols = line.split("\t")
                tok, outer = (cols[0], cols[1]) if len(cols) == 2 else (cols[1], cols[2])
                tag = "O"
                if outer != "O":
                    bio, lab = outer.split("-", 1)
                    lab = _GERMEVAL_MAP.get(lab)
                    if lab and (misc or lab != "MISC"):
                        tag = f"{bio}-{lab}"
                toks.append((tok, tag))
    if toks:
        sents.append(toks)
    return sents


def read_europeana(shared: Path) -> List[List[Tuple[str, str]]]:
    fix = {"PEr": "PER", "ER": "PER", "LOCer": "LOC", "OLOC": "LOC", "ORg": "ORG", "BER": "PER"}
    sents = []
    for p in sorted((shared / "ner_german_europeana").glob("*.bio")):
        cur = []
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                if line.startswith("#") and cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            tok, tag = parts[0], parts[-1]
            if tag != "O":
                if "-" in tag:
                    bio, lab = tag.split("-", 1)
                else:
                    bio, lab = "B", tag
                lab = fix.get(lab, lab)
                tag = f"{bio}-{lab}" if lab in ("PER", "LOC", "ORG") and bio in ("B", "I") else "O"
            cur.append((tok, tag))
            # pseudo-sentences: cut at sentence-final punctuation or 60 tokens
            if (tok in (".", "!", "?") and len(cur) > 3) or len(cur) >= 60:
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
    return sents


_LER_MAP = {"PER": "PER", "RR": "PER", "AN": "PER", "ORG": "ORG", "UN": "ORG",
            "INN": "ORG", "GRT": "ORG", "MRK": "ORG", "LD": "LOC", "ST": "LOC",
            "STR": "LOC", "LDS": "LOC"}


def read_ler(path: Path) -> List[List[Tuple[str, str]]]:
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split()
        tok, tag = parts[0], parts[-1]
        if tag != "O":
            bio, lab = tag.split("-", 1)
            lab = _LER_MAP.get(lab)
            tag = f"{bio}-{lab}" if lab else "O"
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def read_smartdata(path: Path) -> Iterator[dict]:
    s = gzip.open(path, "rt", encoding="utf-8").read()
    dec, i = json.JSONDecoder(), 0
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s):
            break
        doc, i = dec.raw_decode(s, i)
        yield doc


_SMART_MAP = {"person": "PER", "organization": "ORG", "organization-company": "ORG",
              "location": "LOC", "location-city": "LOC", "location-street": "LOC"}


def smartdata_docs(nlp, path: Path) -> List[Doc]:
    """Tokenise SmartData v1 texts with `nlp` (tokenizer + sentencizer) and
    project the character-offset PER/ORG/LOC mentions onto the tokens.
    Lower-case mentions ("deutschen") are dropped (NOTES: +1 F1)."""
    out = []
    for d in read_smartdata(path):
        text = (d.get("text") or {}).get("string") if isinstance(d.get("text"), dict) else d.get("text")
        if not text:
            continue
        doc = nlp(text)
        spans = []
        cms = d.get("conceptMentions") or {}
        cms = cms.get("array", []) if isinstance(cms, dict) else cms
        for m in cms:
            lab = _SMART_MAP.get(str(m.get("type", "")).lower())
            if not lab:
                continue
            sp = doc.char_span(m["span"]["start"], m["span"]["end"], label=lab, alignment_mode="expand")
            if sp is None or not sp.text[:1].isupper():
                continue
            spans.append(sp)
        spans = sorted(spans, key=lambda s: (s.start, -len(s)))
        keep, last = [], -1
        for sp in spans:
            if sp.start >= last:
                keep.append(sp)
                last = sp.end
        doc.set_ents(keep, default="outside")
        for sent in doc.sents:
            if len(sent) >= 3:
                out.append(sent.as_doc())
    return out


def spkatt_sentences(shared: Path, split: str = "train") -> List[List[str]]:
    p = shared / "spkatt_german_spkatt2023" / f"spkatt2023_{split}.tar.xz"
    sents = []
    with tarfile.open(p) as t:
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            if m.isfile() and "/task1/" in m.name and m.name.endswith(".json"):
                d = json.load(t.extractfile(m))
                for s in d.get("Sentences", []):
                    if s.get("Tokens"):
                        sents.append(s["Tokens"])
    return sents


def group(docs: List[Doc], n: int = 10) -> List[Doc]:
    """Join consecutive sentence Docs into Docs of n sentences, so that the
    parser learns sentence boundaries (it never sees one in 1-sentence Docs)."""
    out = []
    for i in range(0, len(docs), n):
        chunk = docs[i:i + n]
        for d in chunk:
            d.user_data.pop("words_per_token", None)
        out.append(chunk[0] if len(chunk) == 1 else Doc.from_docs(chunk, ensure_whitespace=True))
    return out


def read_mobie(path: Path) -> List[List[Tuple[str, str]]]:
    """Sentences of (token, IOB) from a MobIE CoNLL-2003 file, mapped to PER/ORG/LOC as
    SmartData v1 is (the same DFKI label scheme): stops, routes, dates, triggers -> O."""
    sents, toks = [], []
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if toks:
                    sents.append(toks)
                    toks = []
                continue
            tag = "O"
            if cols[-1] != "O":
                bio, lab = cols[-1].split("-", 1)
                mapped = _SMART_MAP.get(lab.lower())
                tag = f"{bio}-{mapped}" if mapped else "O"
            toks.append((cols[0], tag))
    if toks:
        sents.append(toks)
    return [_repair_iob(s) for s in sents]


def _repair_iob(sent: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """An I- tag whose B- was mapped away (or differs in type) starts a new entity."""
    out, prev = [], "O"
    for tok, tag in sent:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((tok, tag))
        prev = tag
    return out
