"""Verbs of a clause that the parser made modifiers of the noun after them, or nouns.

English news parses badly where a name or a noun stands right before a past verb and its object:
"In response, Trump | assured | voters that he would win" and "the prime minister | admitted |
mistakes had been made" were parsed as noun phrases, "Trump assured voters" with "assured" an
adjective of "voters" and the clause a relative one on it, so the verb of saying had no subject, no
object and no clause. In a language whose subject stands before its verb
(``Grammar.subject_precedes_verb``), a verb labelled a modifier (``ATTRIBUTIVE``) between a noun before it
and its head noun after it is the clause's verb when the tagger says it is finite, or when it is a
verb of saying (no participle of saying stands between two nouns of one phrase; "a Kremlin | funded
| channel" stays a phrase). The head noun becomes its object, the noun before its subject; where
the head noun was the root the verb takes its place, and a clause the parser hung on the noun as a
relative one ("voters | that he would win") becomes the verb's complement; where the head noun was
the subject of a verb after it ("mistakes | had been made") that verb's clause becomes the
complement, and a verb joined to it without a subject of its own joins the repaired verb ("but
rejected calls to resign"). A lower-case word tagged a noun that heads a clause with a direct
object is a verb too ("says more than a million people | face | catastrophic hunger"), as is a gerund of saying
tagged a noun after a comma, with a clause opened by a conjunction (", | warning | that Russia …"), and a
verb of saying taken for a plural noun with its subject as compound ("The Kremlin | denies | planning …").
A past verb joined to an infinitive under a modal goes on with the clause above ("said that the US would
not send troops, but | warned | Moscow"). In a sentence with no verb at all, a past form between a noun and
the object after it is the verb, whatever its tag ("Israeli warplanes | bombed | targets in the Gaza Strip").
Runs right after the parser, in the languages whose grammar says so.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from wortlaut.nlp.grammar import is_time_word, load_grammar, verb_lemmas
from wortlaut.nlp.lexicon import load_lexicon
from wortlaut.nlp.syntax import (ANY_AUX, APPOSITION, ATTRIBUTIVE, CASE_MARKER, CONJUNCT, DETERMINER, DIRECT_OBJECT, MARKER,
                                 NOMINAL, PASSIVE_SUBJECT, POSSESSIVE, RELATIVE, SUBJECT, VERBAL)

NAME = "wortlaut_finite_modifiers"
CLAUSE_SUBJECT = SUBJECT | PASSIVE_SUBJECT
CLAUSE_HEADS = frozenset({"advcl", "ccomp", "parataxis"})  # relations that only a clause's verb holds
NOUN_OPENERS = DETERMINER | POSSESSIVE | ATTRIBUTIVE | CASE_MARKER | {"nummod"}  # what opens a noun phrase
OBJECT_OPENERS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})  # parts of speech that open an object


@Language.component(NAME)
def repair_finite_modifiers(doc: Doc) -> Doc:
    if not doc.has_annotation("DEP"):
        return doc
    for verb in doc:
        if _finite_modifier(verb):
            _make_clause_verb(verb)
        elif _noun_with_object(verb):
            verb.pos_ = "VERB"  # "The United Nations says more than a million people | face | catastrophic hunger"
            if verb.dep_ == "advcl" and _says(verb.head) and not any(c.dep_ in MARKER for c in verb.children):
                verb.dep_ = "ccomp"  # (no conjunction makes it adverbial: it is what was said)
        elif _saying_verb_read_as_plural(verb):
            _make_root_verb(verb)
        elif _finite_conjunct_of_infinitive(verb):
            verb.head = verb.head.head  # "said that the US would not send troops, | but warned | Moscow …": said
        elif _saying_noun_after_comma(verb):
            verb.pos_ = "VERB"  # "urged allies to speed up deliveries, | warning | that Russia …"
            verb.set_morph("VerbForm=Ger")
            verb.head, verb.dep_ = verb.sent.root, "advcl"
        elif _verb_of_verbless_sentence(verb):
            _make_sentence_verb(verb)
    return doc


def _verb_of_verbless_sentence(word: Token) -> bool:
    """A past form that the tagger took for an adjective of the noun after it, in a sentence with no verb
    ("Israeli warplanes | bombed | targets in the Gaza Strip", "Washington | praised | Qatar for its role",
    "The US Treasury | imposed | sanctions on …", each read as one noun phrase): between a noun and the
    word that opens an object, it is the sentence's verb. Not where an article before the noun is the next
    noun's ("a Kremlin | funded | channel"), nor a participle before a preposition or a date ("Protesters
    killed in Iran", "A report published Monday": headlines in the passive)."""
    sent, doc = word.sent, word.doc
    if not word.is_lower or word.pos_ not in {"VERB", "ADJ"} or word.dep_ not in ATTRIBUTIVE | {"ROOT"} \
            or not sent.start < word.i < sent.end - 1:
        return False
    grammar = load_grammar(doc.lang_)
    after = doc[word.i + 1]
    if doc[word.i - 1].pos_ not in NOMINAL or after.pos_ not in OBJECT_OPENERS or is_time_word(after, grammar) \
            or not ("Past" in word.morph.get("Tense") or word.lower_.endswith(grammar.past_endings)):
        return False
    if any(t != word and t.pos_ in VERBAL and (t.dep_ == "ROOT" or "Fin" in t.morph.get("VerbForm")) for t in sent):
        return False
    if any(t.i < word.i < t.head.i and t.dep_ in DETERMINER | POSSESSIVE for t in sent):
        return False
    return _verbless_subject(word) is not None


def _verbless_subject(verb: Token) -> Token | None:
    """The noun that heads what stands before ``verb`` in its sentence, not one with a preposition ("In
    Gaza, | Israeli warplanes | bombed …")."""
    start = verb.sent.start
    heads = [t for t in verb.doc[start: verb.i] if t.head == t or not start <= t.head.i < verb.i]
    nouns = [t for t in heads if t.pos_ in NOMINAL and not any(c.dep_ in CASE_MARKER for c in t.children)]
    return nouns[-1] if nouns else None


def _make_sentence_verb(verb: Token) -> None:
    """The past form made the root: the phrase before it its subject, the phrases after it its object (the
    first without a preposition) and obliques, everything else where the parser put it."""
    doc, start, end = verb.doc, verb.sent.start, verb.sent.end
    subject = _verbless_subject(verb)
    before = [t for t in doc[start: verb.i] if t != subject and (t.head == t or not start <= t.head.i < verb.i)]
    after = [t for t in doc[verb.i + 1: end] if t.head != verb and (t.head == t or not verb.i < t.head.i < end)]
    verb.pos_, verb.tag_ = "VERB", "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    verb.head, verb.dep_ = verb, "ROOT"
    for word in before:
        word.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
    has_object = any(c.dep_ in DIRECT_OBJECT for c in verb.children)
    for word in after:  # (their phrases are read once the words before the verb have left them)
        word.head = verb
        if word.pos_ == "PUNCT":
            word.dep_ = "punct"
        elif word.left_edge.pos_ == "ADP":
            word.dep_ = "obl"
        elif not has_object and word.pos_ in NOMINAL | {"PRON", "NUM"}:
            word.dep_, has_object = "obj", True
        elif word.dep_ == "ROOT":
            word.dep_ = "dep"


def _saying_verb_read_as_plural(word: Token) -> bool:
    """A verb of saying in the third person that the tagger took for a plural noun, the root, with the
    subject made its compound: "The Kremlin | denies | planning an invasion and accuses NATO of …"."""
    return word.dep_ == "ROOT" and word.pos_ == "NOUN" and word.is_lower and word.i > 0 \
        and word.nbor(-1).head == word and word.nbor(-1).dep_ == "compound" and word.nbor(-1).pos_ in NOMINAL \
        and any(c.i > word.i and c.pos_ in {"VERB", "NOUN", "PROPN", "PRON"} for c in word.children) and _says(word)


def _make_root_verb(verb: Token) -> None:
    """The noun made the finite verb: the compound before it its subject, the verbs hung on it its
    complements, and a finite verb without a subject joined to one of them joined to it."""
    subject = verb.nbor(-1)
    verb.pos_ = "VERB"
    verb.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    for word in verb.doc[verb.sent.start: subject.i]:
        if word.head == verb:
            word.head = subject  # ("The | Kremlin": the article was the noun's)
    subject.head, subject.dep_ = verb, "nsubj"
    for clause in [c for c in verb.children if c.i > verb.i and c.dep_ in RELATIVE and c.pos_ == "VERB"]:
        clause.dep_ = "ccomp" if any(d.dep_ in CLAUSE_SUBJECT for d in clause.children) else "xcomp"
        for conjunct in [c for c in clause.children if c.dep_ in CONJUNCT and "Fin" in c.morph.get("VerbForm")
                         and not any(d.dep_ in CLAUSE_SUBJECT for d in c.children)]:
            conjunct.head = verb  # "… and | accuses | NATO of provoking the crisis"


def _finite_conjunct_of_infinitive(verb: Token) -> bool:
    """A past verb joined to an infinitive under a modal cannot share the modal: it goes on with the
    clause that holds the infinitive's ("said that the US would not send troops, but | warned | Moscow …",
    "warned" read as a participle or as finite)."""
    head = verb.head
    return verb.dep_ in CONJUNCT and verb.pos_ == "VERB" and "Past" in verb.morph.get("Tense") \
        and "Inf" in head.morph.get("VerbForm") and head.dep_ in CLAUSE_HEADS and head.head.pos_ == "VERB" \
        and any(c.dep_ in ANY_AUX and c.tag_ == "MD" for c in head.children) \
        and not any(c.dep_ in CLAUSE_SUBJECT | ANY_AUX for c in verb.children)


def _saying_noun_after_comma(word: Token) -> bool:
    """A gerund of saying the tagger took for a noun after a comma, with a clause opened by a conjunction
    ("…, | warning | that Russia was preparing a new offensive", "warning" made an apposition): a
    lower-case word with no determiner, whose verb lemma is a cue, heading a clause with a marker."""
    return word.pos_ == "NOUN" and word.is_lower and word.i > 0 and word.nbor(-1).text == "," \
        and word.dep_ in APPOSITION and word.sent.root.pos_ == "VERB" and word.sent.root.i < word.i \
        and not any(c.dep_ in NOUN_OPENERS for c in word.children) \
        and any(c.dep_ in CLAUSE_HEADS and any(m.dep_ in MARKER for m in c.children) for c in word.children) \
        and _says(word)


def _says(verb: Token) -> bool:
    """A verb of the cue lexicon, by any of its lemmas."""
    return any(load_lexicon(verb.doc.lang_).verb(lemma) for lemma in verb_lemmas(verb, load_grammar(verb.doc.lang_)))


def _noun_with_object(word: Token) -> bool:
    """A lower-case word the tagger took for a noun, which the parser made the head of a clause with a
    direct object and nothing that opens a noun phrase before it, is a verb ("face", "fear", "plan")."""
    return word.pos_ == "NOUN" and word.is_lower and word.dep_ in CLAUSE_HEADS \
        and any(c.dep_ in DIRECT_OBJECT and c.i > word.i for c in word.children) \
        and not any(c.i < word.i and c.dep_ in NOUN_OPENERS for c in word.children)


def _finite_modifier(verb: Token) -> bool:
    if verb.pos_ != "VERB" or verb.dep_ not in ATTRIBUTIVE or verb.i == 0:
        return False
    noun, before = verb.head, verb.doc[verb.i - 1]
    if noun.i <= verb.i or noun.pos_ not in NOMINAL or before.pos_ not in NOMINAL or before.sent != verb.sent:
        return False
    finite = "Fin" in verb.morph.get("VerbForm")
    return (finite or _says(verb)) \
        and (noun.dep_ == "ROOT" or noun.dep_ in CLAUSE_SUBJECT and noun.head.i > noun.i)


def _make_clause_verb(verb: Token) -> None:
    doc, noun = verb.doc, verb.head
    subject = _subject_head(doc[verb.i - 1], noun)
    for token in doc[subject.left_edge.i: verb.i]:
        if token.head == noun and token != subject:
            token.head = subject  # ("the | prime minister": the article was the object's)
    if noun.dep_ == "ROOT":
        clauses = [c for c in noun.children if c.dep_ in RELATIVE and c.i > noun.i
                   and any(d.dep_ in CLAUSE_SUBJECT for d in c.children)]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "obj"
        for word in [c for c in noun.children if c.i < subject.left_edge.i]:
            word.head = verb  # the root's phrases before the subject: '“It’s a historic day,” | Keir Starmer told'
        for clause in clauses:
            clause.head, clause.dep_ = verb, "ccomp"
            for word in clause.children:
                if word.i < clause.i and word.tag_ in {"WDT", "IN"} and word.lower_ == "that":
                    word.dep_ = "mark"
    else:
        clause = noun.head
        shared = [c for c in clause.children if c.dep_ in CONJUNCT and c.i > clause.i
                  and not any(d.dep_ in CLAUSE_SUBJECT for d in c.children)]
        verb.head, verb.dep_ = (verb, "ROOT") if clause.dep_ == "ROOT" else (clause.head, clause.dep_)
        clause.head, clause.dep_ = verb, "ccomp"
        for conjunct in shared:
            conjunct.head = verb  # "… admitted mistakes had been made | but rejected calls to resign"
    subject.head, subject.dep_ = verb, "nsubj"


def _subject_head(before: Token, noun: Token) -> Token:
    """The head of the subject's phrase: the word before the verb, or the name it is part of."""
    word = before
    while word.head != word and word.head.i < noun.i - 1 and word.head.pos_ in NOMINAL \
            and word.dep_ in {"flat", "flat:name", "compound"}:
        word = word.head
    return word
