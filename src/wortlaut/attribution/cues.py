"""Cue detection: whether a token is a verb of the lexicon, with its separated particle or
the fixed words of a multiword cue ("in Abrede stellen"), also when the tagger or the
lemmatizer missed the verb."""
from __future__ import annotations

from spacy.tokens import Token

from wortlaut.attribution.context import SentenceContext
from wortlaut.attribution.sources import name_after_quote, share_before
from wortlaut.nlp.grammar import Grammar, verb_lemmas
from wortlaut.nlp.lexicon import CueEntry
from wortlaut.nlp.quotes import QUOTE_MARKS
from wortlaut.nlp.syntax import (ANY_AUX, ATTRIBUTIVE, CASE_MARKER, CLAUSAL, CONJUNCT, COPULA, DETERMINER,
                                 FINITE_HELPER, NOMINAL, POSSESSIVE, SEPARATED_PARTICLE, SUBJECT, VERBAL,
                                 is_finite_verb, particle_of)

# Frames whose message may be the verb's prepositional object (content.FRAME_FINDERS).
PREPOSITIONAL_MESSAGE_FRAMES = frozenset({"object", "oblique"})


def verb_cue(token: Token, ctx: SentenceContext) -> tuple[CueEntry, list[Token]] | None:
    """The lexicon entry of a verb cue and its words (verb, particle, fixed parts); worked out once
    per token and sentence (the rules, the message finders and the listener finders all ask)."""
    if token.i not in ctx.cues:
        ctx.cues[token.i] = _verb_cue(token, ctx)
    return ctx.cues[token.i]


def _verb_cue(token: Token, ctx: SentenceContext) -> tuple[CueEntry, list[Token]] | None:
    pos = token.pos_
    if _noun_after_preposition(token, ctx) or _gerund_with_article(token) or _attributive_participle(token):
        return None
    if pos not in VERBAL and not (
            pos in {"ADJ", "NOUN", "ADV"} and "Fin" in token.morph.get("VerbForm")
            or pos in {"PUNCT", "X", "SYM"} and token.is_alpha and token.is_lower
            or pos == "NOUN" and (_closes_reporting_tail(token) or _root_before_complementizer(token, ctx)
                                  or _root_with_subject_and_clause(token))
            or pos == "ADJ" and _conjunct_before_complementizer(token, ctx)):
        return None  # the morphology may know a verb the tagger missed ("wies" as ADJ)
    lemmas = verb_lemmas(token, ctx.grammar)
    multiword = [(lemma, entry) for lemma in lemmas for entry in ctx.lexicon.multiword_verbs.get(lemma, ())]
    if multiword:
        clause = [t for t in ctx.sentence if (t.head == token or t.head.head == token
                  or token.dep_ in FINITE_HELPER and token.head in (t, t.head) and t != token)
                  and not (t.head == token and t.dep_ in SUBJECT)]  # "it | puts in conflict": not "put it"
        for lemma, entry in multiword:
            verb = entry.words.index(lemma)
            parts = _find_words(entry.words[:verb] + entry.words[verb + 1:], clause, whole=verb == 0)
            if parts is not None and verb == 0 and any(p.pos_ in {"ADP", "PART"} for p in parts) \
                    and not _opens_its_object(token, parts, entry):
                continue  # a verb and its particle ("point out", "write in") are read from the parse below
            if parts is not None:
                return entry, sorted([token, *parts, *_noun_openers(parts)], key=lambda t: t.i)
    parsed = particle_of(token)
    if parsed is not None and _stands_apart(token, parsed):
        parsed = None  # "rief: „Lasst mich raus!“": "raus" is the quotation's
    particle = parsed or clause_final_particle(token, ctx)
    for lemma in lemmas:
        if particle is not None:
            for prefix in _particle_prefixes(particle.lower_, ctx.grammar):
                entry = ctx.lexicon.verb(prefix + lemma) or ctx.lexicon.verb(f"{lemma} {prefix}")
                if entry is not None:
                    return entry, [token, particle]
        before = _prefix_written_apart(token)
        if before is not None and (entry := ctx.lexicon.verb(before.lower_ + lemma)) is not None:
            return entry, [before, token]
    if particle is not None and particle.lower_ in ctx.grammar.particles \
            and particle.lower_ not in ctx.grammar.adverbial_particles \
            and not _preposition_before_name(particle, lemmas, ctx):
        return None  # "fand … statt" is not "finden": a particle makes another verb ("sagte weiter" does not;
        # nor does a word the parser took for one: "antwortete Rolfes | ausweichend")
    for lemma in lemmas:
        entry = ctx.lexicon.verb(lemma)
        if entry is not None:
            return entry, [token]
    return None


def _noun_after_preposition(token: Token, ctx: SentenceContext) -> bool:
    """"won in earlier | states": a present singular form after a preposition and only attributive
    words is the plural noun of the prepositional phrase the tagger took for a verb, where no capital
    marks nouns (not ``nouns_capitalised``; not after an infinitive's marker, nor after a numeral:
    "Six in 10 | say"; a past form is no noun: "Less than a third | said")."""
    if ctx.grammar.nouns_capitalised or token.morph.get("Tense") != ["Pres"] or token.morph.get("Number") != ["Sing"]:
        return False
    before = token.i - 1
    while before >= ctx.sentence.start and ctx.doc[before].pos_ in {"ADJ", "DET"}:
        before -= 1
    return before >= ctx.sentence.start and ctx.doc[before].pos_ == "ADP" and ctx.doc[before].dep_ in CASE_MARKER


def _gerund_with_article(token: Token) -> bool:
    """"Worker advocates called | the ruling | a blow": a gerund with an article is a noun the tagger
    took for a verb."""
    return "Ger" in token.morph.get("VerbForm") and any(
        c.dep_ in DETERMINER and "Art" in c.morph.get("PronType") and c.i < token.i for c in token.children)


def _attributive_participle(token: Token) -> bool:
    """"arguing that the | proposed | rule would let banks …": a participle between an article and the
    noun it describes tells what the thing is, not what anyone said (not "President Obama | expressed
    frustration", nor "Er hatte versprochen, stärker Gewinne …", where the parser made a verb so)."""
    head = token.head
    return token.dep_ in ATTRIBUTIVE and "Part" in token.morph.get("VerbForm") and head.i > token.i \
        and head.pos_ in {"NOUN", "PROPN"} and all(t.pos_ in {"ADJ", "ADV"} for t in token.doc[token.i + 1: head.i]) \
        and any(c.dep_ in DETERMINER | POSSESSIVE and c.i < token.i for c in head.children) \
        and not any(c.dep_ in SUBJECT | ANY_AUX for c in token.children)


def _noun_openers(parts: list[Token]) -> list[Token]:
    """"ist der Meinung", "sind der gegenteiligen Auffassung", "kam zu dem Schluss": the preposition,
    article and adjectives of a cue's noun belong to the cue (as SpkAtt-2023 marks it)."""
    return [c for p in parts if p.pos_ in NOMINAL for c in p.children
            if c.dep_ in DETERMINER | ATTRIBUTIVE | CASE_MARKER and c.i < p.i]


def _opens_its_object(verb: Token, parts: list[Token], entry: CueEntry) -> bool:
    """"called for an end to the filibuster", "referred to him as …", "pointed to his record": the
    preposition of a verb whose prepositional object is its message, right after the verb, is the
    cue's second word, though the parser makes it the case marker of that object, not a particle."""
    return entry.frame in PREPOSITIONAL_MESSAGE_FRAMES and all(
        p.i == verb.i + 1 + k and p.dep_ in CASE_MARKER and p.head.head == verb for k, p in enumerate(parts))


def _preposition_before_name(particle: Token, lemmas: list[str], ctx: SentenceContext) -> bool:
    """"wrote on | X that …": a word the parser made the particle of a verb of saying, with a name or
    symbol right after it, is the preposition of a place or medium, when the two make no cue of their
    own (not "calling out Clinton", "call on Mr. Sanders to withdraw": "call" names, it does not say)."""
    after = particle.i + 1
    return after < len(particle.doc) and particle.doc[after].pos_ in {"PROPN", "SYM"} \
        and any((entry := ctx.lexicon.verb(lemma)) is not None and entry.frame == "say" for lemma in lemmas)


def _prefix_written_apart(verb: Token) -> Token | None:
    """The word right before a verb that it hangs on, which may be the verb's first part written
    apart ("hat bekannt gegeben", "wie die Bank bekannt gab": ``bekanntgeben``); the lexicon decides."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.head == verb and before.pos_ in {"ADJ", "ADV"} and before.is_alpha and before.is_lower \
        else None  # (not the infinitive's "zu": "um die Versorgung zu sichern" is no "zusichern")


def _stands_apart(verb: Token, particle: Token) -> bool:
    """Between the verb and the word the parser made its particle stands a quotation mark ("rief:
    „Lasst mich raus!“") or a comma and another finite verb ("hieß es, eine Einigung sei nahe"):
    the word belongs to the quotation or the reported clause."""
    low, high = sorted((verb.i, particle.i))
    between = verb.doc[low + 1: high]
    return any(t.text in QUOTE_MARKS for t in between) or (
        any(t.text == "," for t in between) and any(is_finite_verb(t) for t in between))


def _closes_reporting_tail(token: Token) -> bool:
    """"“Cruz could win the general election in a landslide,” Viguerie concludes.", "“…,” the club's
    president conceded.": a lower-case word that ends its clause right after a quotation and a name
    or short description is the reporting verb, whatever the tagger made of it ("concludes" as a
    plural noun, "conceded" as a singular one)."""
    if not token.is_lower or token.i == 0 or token.doc[token.i - 1].pos_ not in NOMINAL:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (after is None or after.text in {".", ",", ";"}) and name_after_quote(token) is not None


def _root_before_complementizer(token: Token, ctx: SentenceContext) -> bool:
    """"The lawsuit alleges | that the company misled investors": a lower-case word the parser made
    the root of a sentence without a verb, right before a complementizer, after a noun, is the
    sentence's verb ("alleges" tagged a plural noun)."""
    if not token.is_lower or token.dep_ != "ROOT" or token.i == ctx.sentence.start or token.i + 1 >= ctx.sentence.end:
        return False
    return token.nbor(1).lower_ in ctx.grammar.declarative_complementizers and token.nbor(-1).pos_ in NOMINAL


def _conjunct_before_complementizer(token: Token, ctx: SentenceContext) -> bool:
    """"said sirens had sounded at 3 a.m. but | conceded | that some residents may not have heard them":
    a lower-case word the tagger read as an adjective, joined to a verb and right before a
    complementizer, is a verb of its own (not a predicate: "was surprised and pleased that")."""
    return token.is_lower and token.dep_ in CONJUNCT and token.head.pos_ in VERBAL \
        and not any(c.dep_ in COPULA for c in token.children) and token.i + 1 < ctx.sentence.end \
        and token.nbor(1).lower_ in ctx.grammar.declarative_complementizers


def _root_with_subject_and_clause(token: Token) -> bool:
    """"Six in 10 | say | he's at least somewhat decisive": a lower-case root the tagger read as a
    noun, with a subject before it (or the numeral of a share the parser hung on it: "About 4 in 10 |
    say") and a clause after it, is the sentence's verb; so is such a conjunct ("…, but majorities in
    all five | say | they want …")."""
    return token.is_lower and (token.dep_ == "ROOT" or token.dep_ in CONJUNCT) \
        and (any(c.dep_ in SUBJECT and c.i < token.i for c in token.children) or share_before(token) is not None) \
        and any(c.dep_ in CLAUSAL and c.i > token.i for c in token.children)


def _particle_prefixes(word: str, grammar: Grammar) -> list[str]:
    """A separated particle, also when fused with a pronominal adverb ("daraufhin" → "hin")."""
    return [word] + [p for p in grammar.particles if word.endswith(p) and word != p]


def clause_final_particle(verb: Token, ctx: SentenceContext) -> Token | None:
    """The last word before the clause ends, when it may be a separated particle; not one the parser
    gave to a verb or a predicate after the cue ("informed the families that the search had been called |
    off", "said the country was worse | off"), nor an adverb it gave to one ("said she wanted to move |
    forward": no "say forward")."""
    for token in ctx.doc[verb.i + 1: ctx.sentence.end]:
        if token.is_punct and token.text in ",.;:!?" or token.is_space:
            previous = ctx.doc[token.i - 1]
            owner = previous.head
            if (previous.dep_ in SEPARATED_PARTICLE or previous.pos_ in {"ADV", "ADJ"}) and owner.pos_ == "VERB" \
                    and verb.i < owner.i < previous.i:
                return None  # ("said she wanted to move | forward": the adverb of a verb after the cue)
            if previous.dep_ in SEPARATED_PARTICLE and owner.pos_ == "ADJ" and verb.i < owner.i < previous.i \
                    and any(c.dep_ in COPULA for c in owner.children):
                return None  # ("said the country was worse | off": the particle of a predicate after the cue)
            if any(c.dep_ in SUBJECT for c in previous.children) and not previous.is_ancestor(verb):
                return None  # ("adding that jobs are | up": the predicate of a clause with its own subject; not
                # "Das kündigte Konzernchef Richard Lutz am Mittwoch … | an", the particle made the root above it)
            if previous.i > verb.i and previous.pos_ in {"ADP", "ADV", "PART", "ADJ"}:
                return previous
            return None
    return None


def _find_words(words: tuple[str, ...], clause: list[Token], whole: bool = False) -> list[Token] | None:
    """The clause's words of a multiword cue; after a verb that comes first ("make clear"), whole
    words only, else also a noun as the end of a compound ("Vorwurf erheben": "erhob den
    Betrugsvorwurf"; not "unbekannt" for "bekannt werden")."""
    found = []
    for word in words:
        match = next((t for t in clause if t.lemma_.lower() == word or t.lower_ == word
                      or not whole and t.pos_ in NOMINAL and t.lower_.endswith(word)), None)
        if match is None:
            return None
        found.append(match)
    return found
