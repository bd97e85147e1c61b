"""Questions about a parsed sentence that the attribution rules ask: subject, complements,
mood, separable particles. Labels follow Universal Dependencies, with the German TIGER labels
of spaCy's own German pipelines accepted as well, so that any UD-style pipeline works."""
from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECT = {"nsubj", "sb", "csubj", "nsubjpass"}
AGENT = {"obl:agent", "agent", "sbp"}
CLAUSAL = {"ccomp", "xcomp", "oc", "parataxis"}
OBJECTS = {"obj", "dobj", "iobj", "oa", "da", "op", "obl", "dative", "prep", "pobj", "mo", "obl:arg"}
PARTICLE = {"compound:prt", "svp", "prt"}
AUX = {"aux", "aux:pass", "cop", "auxpass"}
RELATIVE = {"acl:relcl", "acl", "relcl", "rc"}
QUOTE_MARKS = set("„“”\"»«‚‘’'")


def is_finite_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", ["Fin"])


def mood_of_clause(head: Token) -> str | None:
    """'Sub' or 'Ind' for the finite verbs of the clause headed by ``head`` (None if unknown)."""
    verbs = [head, *(c for c in head.children if c.dep_ in AUX)]
    moods = {m for v in verbs if v.pos_ in {"VERB", "AUX"} for m in v.morph.get("Mood")}
    if "Sub" in moods:
        return "Sub"
    if "Ind" in moods or "Imp" in moods:
        return "Ind"
    return None


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited along coordination ("hat kritisiert und … gemacht")."""
    seen = 0
    while verb is not None and seen < 4:
        found = sorted((c for c in children(verb, SUBJECT) if not (c.is_punct or c.is_space)),
                       key=lambda t: "Rel" in t.morph.get("PronType"))
        if found:
            return found[0]
        between = verb.doc[min(verb.i, verb.head.i): max(verb.i, verb.head.i)]
        if verb.dep_ in {"conj", "cj"} and verb.head is not verb and any(t.pos_ == "CCONJ" for t in between):
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def particle_of(verb: Token) -> Token | None:
    found = children(verb, PARTICLE)
    return found[0] if found else None


def phrase(token: Token, sentence: Span, cut_relative: bool = True) -> tuple[int, int]:
    """Token range [start, end) of ``token``'s subtree inside ``sentence``, without relative
    clauses and surrounding punctuation."""
    skip: set[int] = set()
    if cut_relative:
        for child in token.children:
            if child.dep_ in RELATIVE:
                skip.update(t.i for t in child.subtree)
    indices = [t.i for t in token.subtree if t.i not in skip and sentence.start <= t.i < sentence.end]
    if not indices:
        return token.i, token.i + 1
    start, end = min(indices), max(indices) + 1
    return trim(sentence.doc, start, end)


def trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, spaces and stray conjunctions at both ends (quote marks stay)."""
    while start < end and _edge_junk(doc[start], leading=True):
        start += 1
    while end > start and _edge_junk(doc[end - 1], leading=False):
        end -= 1
    return start, end


def _edge_junk(token: Token, leading: bool) -> bool:
    if token.is_space:
        return True
    if token.is_punct and token.text not in QUOTE_MARKS:
        return True
    return leading and token.pos_ == "CCONJ"
