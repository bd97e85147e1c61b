"""wortlaut_de_morph_rules: German POS/morphology post-processing.

1. The shipped German tagger predicts a joint label "STTS__UPOS" (trained on
   gold UD tokens plus HanTa silver tags); this splits it into token.tag_
   (STTS) and token.pos_ (UPOS), overriding the morphologizer's POS.
2. VerbForm from the STTS tag (V*FIN -> Fin, V*INF/V*IZU -> Inf, V*PP -> Part), after three
   repairs: a lower-case word tagged foreign or punctuation that the lemmatizer read as a verb
   is one, a subject's clause gets a finite verb, and a verb with a finite perfect auxiliary
   is a participle.
3. Mood on finite verbs from lemma + form (tables in morphology.json):
   Konjunktiv I  - distinct forms of "sein" (sei, seien) and the pattern
                   stem(lemma) + "e" (habe, werde, übe, könne) unless the
                   subject is "ich";
   Konjunktiv II - listed forms (würde, hätte, könnte, ginge ...) and forms
                   with an umlaut the lemma lacks (käme/kommen, wäre/sein);
   forms such as "sollte"/"wollte" keep the morphologizer's decision;
   all other finite verbs are Indicative (or Imperative if so predicted).

Self-contained: imports nothing else from wortlaut.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

DATA = Path(__file__).parent / "morphology.json"
FOREIGN_RUN = 4  # words after a foreign-tagged word read to tell a foreign sentence from a name
AUXILIARY_REACH = 8  # words before a verb read for the auxiliary the parser hung elsewhere
WEAK_PAST_ENDINGS = ("te", "ten", "test", "tet")  # a weak verb's past, Konjunktiv II only as listed
CLAUSE_REACH = 40  # words before a clause's head read for its finite verb (bounded: inputs without punctuation)


def _word_of_letters(text: str) -> bool:
    """Letters, joined by hyphens to letters or digits ("EU-Erweiterungskommissar", "Su-27")."""
    return text[:1].isalpha() and all(part.isalnum() for part in text.split("-"))


def _load(path: Path = DATA) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class GermanMorphRules:
    def __init__(self, nlp: Language, name: str, set_pos: bool = True, set_mood: bool = True):
        self.name = name
        self.set_pos = set_pos
        self.set_mood = set_mood
        t = _load()
        self.sep = t["tag_separator"]
        self.konj1 = set(t["konj1_forms"])
        self.konj2 = set(t["konj2_forms"])
        self.konj2_suffixes = tuple(sorted(t["konj2_suffixes"], key=len, reverse=True))
        self.model_decides = set(t["model_decides"])
        self.first_sg = set(t["first_person_singular"])
        self.umlaut = t["umlaut_map"]
        self.infinitive_endings = tuple(t["infinitive_endings"])
        self.perfect_auxiliaries = set(t["perfect_auxiliaries"])
        self.participle_auxiliaries = self.perfect_auxiliaries | set(t["passive_auxiliaries"])

    # ------------------------------------------------------------ helpers
    def _first_person_subject(self, tok: Token) -> bool:
        """Is the subject "ich" (dependency child, or the subject of the verb it is coordinated
        with: "Ich trage … und fühle mich …"; else "ich" within 3 tokens)?"""
        for c in tok.children:
            if c.dep_.startswith("nsubj") or c.dep_ == "sb":
                return c.lower_ in self.first_sg
        if tok.dep_ in ("conj", "cj") and tok.head != tok:
            return self._first_person_subject(tok.head)
        doc = tok.doc
        sent = tok.sent if doc.has_annotation("SENT_START") else doc[:]
        lo, hi = max(sent.start, tok.i - 3), min(sent.end, tok.i + 4)
        return any(doc[j].lower_ in self.first_sg for j in range(lo, hi))

    def mood(self, tok: Token, predicted: Optional[str]) -> tuple[str, Optional[str]]:
        """The mood of a finite verb, and for a Konjunktiv its tense: Konjunktiv I is formed on
        the present stem ("sei", "diene": Tense=Pres), Konjunktiv II on the past ("wäre", "käme",
        "sollte": Tense=Past). Only Konjunktiv I marks reported speech on its own."""
        form = tok.lower_
        lemma = tok.lemma_.lower() if tok.lemma_ else form
        if lemma == form and form.endswith("e") and not form.endswith("te"):
            lemma = form + "n"  # the lemmatizer missed the verb ("funktioniere" → "Funktioniere"): stem + e
        if form in self.konj1:
            return "Sub", "Pres"
        if form in self.konj2:
            return "Sub", "Past"
        if form.endswith(self.konj2_suffixes) and len(form) >= 4:
            return "Sub", "Past"
        if form in self.model_decides:
            return (predicted or "Ind"), None
        # Konjunktiv II by umlaut: käme/kommen, wäre/sein, hätte/haben; also where the lemmatizer
        # kept the umlaut in a lemma that is no infinitive ("aufbrächten" → "aufbrächn")
        umlaut_lemma = any(ch in "äöü" for ch in lemma) and lemma.endswith(self.infinitive_endings)
        if form.endswith(("e", "en", "est", "et")) and any(ch in "äöü" for ch in form) and not umlaut_lemma \
                and lemma != form and not form.endswith(WEAK_PAST_ENDINGS):  # ("kündigten": a weak past)
            return "Sub", "Past"
        # Konjunktiv I, 3rd person singular: stem + e
        if form.endswith("e") and len(form) >= 3:
            stem = form[:-1]
            if lemma != form and (lemma.endswith(stem + "en") or lemma.endswith(stem + "n")):
                return ("Ind", None) if self._first_person_subject(tok) else ("Sub", "Pres")
        if predicted == "Imp":
            return "Imp", None
        return "Ind", None

    # ------------------------------------------------------------ finiteness
    _FINITE_OF = {"VVINF": "VVFIN", "VVPP": "VVFIN", "VAINF": "VAFIN", "VAPP": "VAFIN",
                  "VMINF": "VMFIN", "VMPP": "VMFIN"}

    def _repair_finiteness(self, doc: Doc) -> None:
        """A clause with a subject has a finite verb. If the tagger tagged
        none of a subject-bearing head and its aux/cop children finite
        ("Sie haben" as VAINF, "er besucht" as VVPP), the verb in finite
        position (leftmost aux/cop before the head, else the rightmost aux
        after it, else the head) is re-tagged finite. Not where a finite verb the parser hung
        elsewhere stands in the clause before the head, far as it may be ("Bei der Änderung seien einige
        Empfehlungen berücksichtigt worden": "seien" on the subject, and "worden" is no finite verb;
        "Diese könnten täglich nur 24 Tonnen Hilfsgüter … transportieren"), nor where the head is a
        participle that no present form shares ("Rita hatte … Kurs auf Texas genommen": its
        auxiliary stood outside the clause the parser gave it)."""
        for h in doc:
            if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in h.children):
                continue
            group = [c for c in h.children if c.dep_ in ("aux", "aux:pass", "cop")
                     and c.tag_.startswith(("VA", "VM", "VV"))]
            if h.tag_.startswith(("VA", "VM", "VV")):
                group.append(h)
            earlier = self._clause_before(h, reach=CLAUSE_REACH, past_full_verbs=True)
            if not group or any(t.tag_.endswith(("FIN", "IMP")) for t in (*group, *earlier)):
                continue
            before = sorted((t for t in group if t.i < h.i), key=lambda t: t.i)
            after = sorted((t for t in group if t.i > h.i), key=lambda t: t.i)
            cand = before[0] if before else (after[-1] if after else h)
            no_present_form = cand.lower_.startswith("ge") or cand.lower_.endswith("en")  # ("besucht" may be one)
            if cand == h and cand.tag_.endswith("PP") and no_present_form:
                continue  # "genommen", "gestartet": its auxiliary stands outside the parser's clause
            if cand.i > 0 and doc[cand.i - 1].tag_ == "PTKZU":
                continue  # "der Drahtzieher … gewesen zu sein": an infinitive after "zu" is never finite
            if cand.i + 1 < len(doc) and doc[cand.i + 1].tag_ in ("VAFIN", "VMFIN"):
                continue  # "ob ein Verbot angestrebt | werden | solle", "aufgerufen | haben | soll": the finite
                # verb that ends the cluster follows, hung elsewhere
            if cand.tag_ in self._FINITE_OF and cand.text.lower().endswith(("n", "t")):
                cand.tag_ = self._FINITE_OF[cand.tag_]

    def _repair_participles(self, doc: Doc) -> None:
        """A full verb whose own auxiliary is a finite form of "haben"/"sein" is its
        participle: "Putin habe erklärt" tagged "erklärt" VVFIN (a form both share). So is one right
        before "zu" and the infinitive of such an auxiliary: "bestreitet, in den Zwischenfall
        verwickelt zu sein"."""
        for h in doc:
            if h.tag_ == "VVFIN" and h.lower_.endswith("t") and (any(
                    self._perfect_auxiliary(c) for c in (*(c for c in h.children if c.dep_ == "aux"),
                                                         *self._clause_before(h)) if c.i < h.i)
                    or self._before_zu_auxiliary(h)):
                h.tag_ = "VVPP"

    def _before_zu_auxiliary(self, tok: Token) -> bool:
        doc = tok.doc
        return tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ == "PTKZU" \
            and doc[tok.i + 2].lemma_.lower() in self.participle_auxiliaries

    def _repair_foreign_verbs(self, doc: Doc) -> None:
        """A lower-case word the tagger took for a foreign word or punctuation, and the
        lemmatizer for a German verb, is that verb: "Putin habe erklärt" tagged "erklärt"
        FM/PUNCT. A participle after its perfect auxiliary or with "ge-", else finite. So is one
        with a German verb's ending that neither knew but the parser gave a subject or object, which
        no punctuation mark has ("sagte, man erwäge, …" tagged "erwäge" FM/PUNCT, lemma "erwäge"):
        its lemma is rebuilt from the form."""
        for tok in doc:
            form, lemma = tok.text, tok.lemma_
            if tok.tag_ not in ("FM", "XY", "$(") and tok.pos_ not in ("PUNCT", "X") or not form.isalpha() \
                    or not form.islower():
                continue
            after_auxiliary = any(self._perfect_auxiliary(w) for w in self._clause_before(tok))
            participle = form.endswith(("t", "en")) and (form.startswith("ge") or after_auxiliary)
            verb = lemma.lower() != form and lemma.endswith(("en", "ern", "eln"))
            arguments = form.endswith(("e", "n", "t")) and any(
                c.dep_ in ("nsubj", "obj", "iobj") and c.pos_ in ("PRON", "NOUN", "PROPN") for c in tok.children)
            if verb or participle and after_auxiliary or arguments:  # "habe erklärt", lemma left "erklärt"
                tok.tag_ = "VVPP" if participle else "VVFIN"
                tok.pos_ = "VERB"
                if not verb and form.endswith("e") and not participle:
                    tok.lemma_ = form + "n"

    @staticmethod
    def _repair_punctuation_names(doc: Doc) -> None:
        """A word of letters with a capital that the tagger took for punctuation is a name: surnames it
        did not know ("Fritz Tack", "de Maizière", "Aguer Panynag" tagged FM/PUNCT), which no
        punctuation mark is, also one joined by a hyphen ("So sagte Olli Rehn, | EU-Erweiterungskommissar |:";
        the speaker's description had ended before it); not a word of a foreign sentence, which goes on
        in lower-case foreign words ("„However, I would hope …“"). Foreign material keeps its STTS tag."""
        for tok in doc:
            if tok.pos_ != "PUNCT" or not _word_of_letters(tok.text) or tok.text.islower():
                continue
            following = [t for t in doc[tok.i + 1: tok.i + 1 + FOREIGN_RUN] if t.is_alpha]
            if any(t.is_lower and t.tag_ in ("FM", "XY") for t in following):
                continue
            tok.pos_ = "PROPN"
            if tok.tag_ not in ("FM", "XY"):
                tok.tag_ = "NE"

    @staticmethod
    def _repair_adjective_verbs(doc: Doc) -> None:
        """A lower-case word the tagger took for an attributive adjective, but the morphologizer for
        a finite verb and the parser for the head of a subject, is that verb: "sie bereue nichts",
        "Das Forscherteam analysierte Mahlsteine" tagged ADJA; also where the morphologizer agreed
        with the tagger, when a pronoun subject stands right before it, which no attributive adjective
        follows ("Es gebe Hinweise auf einen islamistischen Hintergrund"), or when, in the past tense
        and with a verb's lemma, it opens a clause after a comma without qualifying a noun ("…, |
        antwortete Rolfes ausweichend"). Its lemma is rebuilt from
        the form and the morphologizer's tense ("bereu" → "bereuen", "analysiert" → "analysieren"), so
        that its mood can be read. (A predicative adjective, ADJD, stays one: "der Flug ist live".)"""
        for tok in doc:
            if tok.tag_ != "ADJA" or not tok.text.isalpha() or not tok.text.islower():
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "expl") and c.pos_ in ("PRON", "NOUN", "PROPN")]
            pronoun_before = any(c.i == tok.i - 1 and c.tag_ == "PPER" for c in subjects)
            finite = "Fin" in tok.morph.get("VerbForm") and any(c.dep_ == "nsubj" for c in subjects)
            opening = tok.i > 0 and doc[tok.i - 1].text == "," and tok.dep_ != "amod" and tok.lower_.endswith("te") \
                and tok.lemma_.endswith("en")
            if not (pronoun_before or finite or opening):
                continue
            tok.tag_, tok.pos_ = "VVFIN", "VERB"
            form = tok.lower_
            if opening:
                continue  # (its lemma is a verb's already)
            if "Past" in tok.morph.get("Tense") and form.endswith("ete"):
                tok.lemma_ = form[:-3] + "en"  # "meldete" → "melden"
            elif "Past" in tok.morph.get("Tense") and form.endswith("te"):
                tok.lemma_ = form[:-2] + "en"
            elif form.endswith("e"):
                tok.lemma_ = form + "n"

    def _perfect_auxiliary(self, tok: Token) -> bool:
        return tok.tag_ == "VAFIN" and tok.lemma_.lower() in self.perfect_auxiliaries

    @staticmethod
    def _clause_before(tok: Token, reach: int = AUXILIARY_REACH, past_full_verbs: bool = False) -> list[Token]:
        """The words before ``tok`` back to a comma, a conjunction, the sentence's start or (unless
        ``past_full_verbs``) another full verb, at most ``reach`` of them: where its auxiliary stands
        when the parser hung it elsewhere ("Putin habe erklärt"); a finite verb may stand far before
        its infinitive ("Diese könnten täglich nur 24 Tonnen Hilfsgüter … transportieren"), also
        before a bracketed aside ("Der CDRM werde sich … (Council for National Security) (CNS)
        umbenennen")."""
        start = max(tok.sent.start if tok.doc.has_annotation("SENT_START") else 0, tok.i - reach)
        found = []
        for word in reversed(tok.doc[start: tok.i]):
            if word.is_punct and not (word.is_quote or word.is_bracket) or word.pos_ in ("CCONJ", "SCONJ") \
                    or word.tag_.startswith("VV") and not past_full_verbs:
                break
            found.append(word)
        return found

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if self.sep in tok.tag_:
                stts, upos = tok.tag_.split(self.sep, 1)
                tok.tag_ = stts
                if self.set_pos and upos:
                    tok.pos_ = upos
        self._repair_foreign_verbs(doc)
        self._repair_punctuation_names(doc)
        if doc.has_annotation("DEP"):
            self._repair_adjective_verbs(doc)
            self._repair_finiteness(doc)
            self._repair_participles(doc)
        for tok in doc:
            tag = tok.tag_
            if self.sep in tag:
                stts, upos = tag.split(self.sep, 1)
                tok.tag_ = stts
                if self.set_pos and upos:
                    tok.pos_ = upos
            stts = tok.tag_
            if not stts.startswith(("VV", "VA", "VM")):
                continue  # other words keep the morphologizer's features: "wies" tagged ADJA is still finite
            feats: Dict[str, str] = tok.morph.to_dict()
            predicted = feats.get("Mood")
            if stts.endswith(("FIN", "IMP")):
                feats["VerbForm"] = "Fin"
                if self.set_mood:
                    mood, tense = ("Imp", None) if stts.endswith("IMP") else self.mood(tok, predicted)
                    feats["Mood"] = mood
                    if tense is not None:
                        feats["Tense"] = tense
            else:
                feats.pop("Mood", None)
                feats.pop("Person", None)
                feats["VerbForm"] = "Part" if stts.endswith("PP") else "Inf"
            tok.set_morph(feats)
        return doc

    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self


@Language.factory(
    "wortlaut_de_morph_rules",
    default_config={"set_pos": True, "set_mood": True},
    assigns=["token.tag", "token.pos", "token.morph"],
    requires=["token.tag", "token.lemma", "token.morph"],
)
def make_german_morph_rules(nlp: Language, name: str, set_pos: bool, set_mood: bool):
    return GermanMorphRules(nlp, name, set_pos=set_pos, set_mood=set_mood)
