"""Who acts and on whom: the actor and recipient phrases of a trigger.

A verb's actor is its subject, found also across auxiliaries and coordination ("hat … kritisiert
und den Westen dafür mitverantwortlich gemacht"), or the agent of a passive. Its recipient sits
in the slots its lexicon row names, else in the language's default order ("drohen Russland mit"
→ dative; "fordert … von Washington" → ``prep:von``); when the object itself is not a party,
its owner is ("kritisierte den Austritt der Ukraine"). A noun's actor is its owner or adjective
("russischer Einmarsch", "Angriff Russlands") or the subject of the verb that carries it ("sollte
Russland eine Invasion durchführen"); "Telefonat zwischen Putin und Biden" has both parties in
its pair preposition.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wortlaut.events.context import EventContext
from wortlaut.nlp.grammar import is_time_word, participle_on_object, verb_lemmas
from wortlaut.nlp.syntax import (AGENT, ATTRIBUTIVE, AUX, CASE_MARKER, CASELESS_ARGUMENT, CLAUSAL, CLAUSE_LINK,
                                 CONJUNCT, COORDINATOR, DATIVE_OBJECT, DEPENDENT_VERB, DETERMINER, DIRECT_OBJECT,
                                 NOMINAL, NOUN_OF_PREPOSITION, OBLIQUE, OWNER, PARTICLE, PASSIVE_AUX, PASSIVE_SUBJECT,
                                 POSSESSIVE, RELATIVE, SUBJECT, SUBORDINATE, UNMARKED_OBLIQUE, VERBAL,
                                 agrees_in_number, clause_dependents, is_gerund, subject_of)


BARE_OBLIQUE = CASELESS_ARGUMENT | OBLIQUE  # without a preposition, an object the parser mislabelled


@dataclass(frozen=True)
class Roles:
    """The actor's phrase head and the recipient's candidates, best first: the first that
    names a party is the recipient."""

    actor: Token | None
    recipients: tuple[Token, ...] = ()


def verb_roles(verb: Token, slots: tuple[str, ...], ctx: EventContext) -> Roles:
    passive = is_passive(verb, ctx)
    subject = clause_subject(verb, ctx) or (None if passive else first_argument(verb, ctx) or _labelled_passive(verb))
    if passive:
        shared = _shares_auxiliary(verb)
        agent = _agent(verb, ctx) or (_agent(verb.head, ctx) if shared else None)
        actor = _noun_under(agent) if agent is not None else None  # "von serbischen Polizisten verhaftet"
        theme = subject or _passive_subject(verb) or (_passive_subject(verb.head) if shared else None)
    else:
        actor, theme = subject, None
    return Roles(actor, _candidates(verb, slots, theme, actor, ctx))


def _agent(verb: Token, ctx: EventContext) -> Token | None:
    """The by-phrase of a passive verb: its agent dependent, or a phrase of an agent preposition,
    also one the parser hung on a noun of the verb before it ("wurden … Städte | von der
    EU-Kommission … verwarnt": a by-phrase between the noun and the participle)."""
    agents = ctx.grammar.agent_prepositions
    return next((c for c in verb.children if c.dep_ in AGENT), None) or next(
        (c for c in verb.children if preposition_of(c, ctx) in agents), None) or next(
        (g for c in verb.children if c.pos_ in NOMINAL and c.i < verb.i for g in c.children
         if g.dep_ in OWNER and g.i > c.i and preposition_of(g, ctx) in agents and g.i < verb.i), None)


def _shares_auxiliary(verb: Token) -> bool:
    """A participle coordinated with another and without an auxiliary of its own shares the
    other's: "wurde … von serbischen Sicherheitskräften gefunden und verhaftet"."""
    return (verb.dep_ in CONJUNCT and verb.head != verb and "Part" in verb.morph.get("VerbForm")
            and not any(c.dep_ in AUX for c in verb.children))


def _labelled_passive(verb: Token) -> Token | None:
    """In a clause with no passive auxiliary, a noun the parser labelled a passive subject is the
    subject: "Den … vorgeschlagenen Einsatz … hat | die Gewerkschaft der Polizei | abgelehnt" (both
    labelled so); of two, the one no case marks accusative or dative."""
    nouns = sorted(clause_dependents(verb, PASSIVE_SUBJECT, helpers=AUX), key=lambda t: t.i)
    return next((noun for noun in nouns if noun.pos_ in NOMINAL and _may_be_nominative(noun)), None)


def _passive_subject(verb: Token) -> Token | None:
    """What a passive is done to: "Die Ukraine | wurde von Russland angegriffen" (parsers label it
    ``nsubj:pass``, which is no subject of the deed), also where it hangs on the auxiliary."""
    return next(iter(clause_dependents(verb, PASSIVE_SUBJECT, helpers=AUX)), None)


def noun_roles(noun: Token, slots: tuple[str, ...], ctx: EventContext) -> Roles:
    grammar = ctx.events_grammar
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    paired = [c for c in noun.children if preposition(c) in grammar.pair_prepositions]
    if after is not None and after.lower_ in grammar.pair_prepositions:
        paired.append(after)  # "Telefonat zwischen …", wherever the parser hung the phrase
    for child in paired:
        first = _noun_under(child)
        if first is not None:
            second = _second_conjunct(first)
            return Roles(first, (second,) if second is not None else ())
    actor = next((c for c in noun.children if c.dep_ in POSSESSIVE or c.dep_ in ATTRIBUTIVE and _names_a_side(c, ctx)
                  or c.dep_ in OWNER and preposition(c) in (None, *grammar.owner_prepositions)), None)
    if actor is not None and preposition(actor) is not None:
        actor = _noun_under(actor)
    if noun.dep_ in DIRECT_OBJECT and verb_forms(noun.head, ctx) & (grammar.light_verbs | grammar.future_verbs):
        actor = clause_subject(noun.head, ctx) or actor  # "kündigte Hilfen an", "carried out an attack"
    elif actor is None and noun.dep_ in DIRECT_OBJECT and noun.head.pos_ == "VERB" \
            and ctx.attribution_of_cue(noun.head) is None:  # (not what is said about: "verurteilte | den Angriff")
        actor = clause_subject(noun.head, ctx)  # "Die Mönche setzten ihre Proteste fort"
    elif actor is None and preposition_of(noun, ctx) in grammar.occasion_prepositions and noun.head.pos_ == "VERB":
        actor = clause_subject(noun.head, ctx)  # "Der Außenminister hat bei einem Besuch in Bagdad … angekündigt"
    found = _candidates(noun, slots, None, actor, ctx)
    if noun.dep_ in DIRECT_OBJECT | SUBJECT | OBLIQUE:  # "kündigte Hilfen für die Ukraine an": the phrase on the verb
        found += tuple(t for t in _candidates(noun.head, slots, None, actor, ctx) if t.i > noun.i and t not in found)
    return Roles(actor, found)


def _names_a_side(adjective: Token, ctx: EventContext) -> bool:
    """An adjective that may be a noun's actor: a country's ("russischer Einmarsch"), not a
    measure or a manner ("einstündiges Treffen", "erneuter Angriff"), which would hide the
    genitive that names the side ("Treffen des Kreises der G7-Staatenlenker")."""
    return adjective.pos_ != "DET" and (adjective.pos_ != "ADJ" or ctx.actors.lookup([adjective.lemma_]) is not None
                                        or ctx.actors.lookup([adjective.lower_]) is not None)


def clause_subject(verb: Token, ctx: EventContext) -> Token | None:
    """The subject of ``verb``, also when it hangs on the verb's auxiliary ("hat … gewarnt")."""
    seen = 0
    while verb is not None and seen < 4 and not participle_on_object(verb, ctx.grammar):
        found = subject_of(verb) or next(
            (s for a in verb.children if a.dep_ in AUX and (s := subject_of(a)) is not None), None)
        if found is not None:
            return _agreeing(verb, found, ctx)
        if verb.dep_ in RELATIVE and verb.head.pos_ in NOMINAL and (
                verb.head.dep_ == "ROOT" or any(c.dep_ in DIRECT_OBJECT for c in verb.children)):
            return verb.head  # "Russian troops shelled areas": a sentence parsed as a noun with a modifier
        if verb.dep_ not in CLAUSE_LINK and verb.dep_ not in CONJUNCT and not _adverbial_gerund(verb) \
                or verb.head == verb:
            return None
        verb = verb.head
        seen += 1
    return None


def _adverbial_gerund(verb: Token) -> bool:
    """A gerund that says how or what else the verb above it did shares that verb's subject: "The United
    States responded … | by easing stiff sanctions and providing … aid", "…, | killing at least 80 people"."""
    return verb.dep_ in DEPENDENT_VERB and is_gerund(verb)


def _agreeing(verb: Token, subject: Token, ctx: EventContext) -> Token:
    """"…, dass die Vereinigten Staaten, sollte Russland eine weitere Invasion durchführen, …":
    the parser gave the inner clause the outer one's subject. A subject that disagrees in number
    with the clause's finite verb gives way to a nominative noun of the verb that agrees."""
    if not ctx.grammar.subject_agreement:
        return subject
    finite = next((t for t in (verb, *(c for c in verb.children if c.dep_ in AUX))
                   if "Fin" in t.morph.get("VerbForm")), None)
    if finite is None or agrees_in_number(finite, subject):
        return subject
    return next((c for c in verb.children if c is not subject and c.pos_ in NOMINAL
                 and "Nom" in c.morph.get("Case") and agrees_in_number(finite, c)
                 and not any(x.dep_ in CASE_MARKER for x in c.children)), subject)


def verb_forms(verb: Token, ctx: EventContext) -> frozenset[str]:
    """A verb's lemmas (the pipeline's and those read from its form: "kündigten" lemmatised "kündigt"
    is "kündigen"), and with its particle joined the way either language writes it ("kündigte … an"
    → "ankündigen", "carried out" → "carry out")."""
    lemmas = verb_lemmas(verb, ctx.grammar)
    particle = next((c for c in verb.children if c.dep_ in PARTICLE), None)
    if particle is None:
        return frozenset(lemmas)
    joined = particle.lower_
    return frozenset(form for lemma in lemmas for form in (lemma, joined + lemma, f"{lemma} {joined}"))


def first_argument(verb: Token, ctx: EventContext) -> Token | None:
    """The subject where the parser labelled it an object, or an oblique without a preposition: the
    first noun before the verb among its arguments that is not marked accusative or dative ("Sollte
    Russland die Ukraine angreifen" with "Russland" as object; "Israel und die Hamas haben sich auf
    eine Waffenruhe geeinigt", "Israel" an ``obl:arg``; "Hungary | summoned the Ukrainian ambassador",
    "Hungary" tagged an adverb, an ``obl:unmarked``, and no time). In the unmarked order the subject
    comes first."""
    deps = DIRECT_OBJECT | DATIVE_OBJECT | OBLIQUE | UNMARKED_OBLIQUE
    arguments = sorted((c for c in clause_dependents(verb, deps, helpers=AUX)
                        if c.i < verb.i and (c.pos_ in NOMINAL or c.dep_ in UNMARKED_OBLIQUE and c.is_title)
                        and not (c.dep_ in UNMARKED_OBLIQUE and is_time_word(c, ctx.grammar))
                        and (c.dep_ not in OBLIQUE or not any(g.dep_ in CASE_MARKER for g in c.children))),
                       key=lambda t: t.i)
    return next((argument for argument in arguments if _may_be_nominative(argument)), None)


def _unlabelled_dative(noun: Token) -> bool:
    """A second subject of the parser's, or an oblique or a noun's modifier on a verb without a preposition,
    whose case is the dative: "Deutschland wird | der Ukraine | Panzer liefern", "Pakistan warf | Indien |
    vor, …", "Die EU hat | der Ukraine | weitere Finanzhilfen zugesagt" (an ``nmod`` of "hat"); a name
    without an article so hung on the verb has no case to show, whatever the morphologizer guessed ("Die
    Türkei hat | Schweden | vorgeworfen", "Schweden" read as a nominative)."""
    on_verb = noun.dep_ in OBLIQUE | OWNER and noun.head.pos_ in VERBAL
    bare = noun.dep_ in SUBJECT or on_verb and not any(c.dep_ in CASE_MARKER for c in noun.children)
    determiners = [d for d in noun.children if d.dep_ in DETERMINER]
    return bare and ("Dat" in noun.morph.get("Case") or any("Dat" in d.morph.get("Case") for d in determiners)
                     or on_verb and noun.pos_ == "PROPN" and not determiners)


def _may_be_nominative(noun: Token) -> bool:
    """No case of the noun or its determiner rules out the nominative."""
    cases = set(noun.morph.get("Case")) | {c for d in noun.children if d.dep_ in DETERMINER
                                           for c in d.morph.get("Case")}
    return not cases or "Nom" in cases


def is_passive(verb: Token, ctx: EventContext) -> bool:
    """A participle under a passive auxiliary; an infinitive under one is a future the parser
    mislabelled ("Deutschland | wird | der Ukraine Panzer | liefern")."""
    if any(c.dep_ in PASSIVE_AUX for c in verb.children):
        return "Inf" not in verb.morph.get("VerbForm")
    head = verb.head
    if _shares_auxiliary(verb):
        return is_passive(head, ctx)
    return (verb.dep_ == "oc" and head != verb and head.lemma_.lower() in ctx.grammar.passive_auxiliaries
            and "Part" in verb.morph.get("VerbForm"))


def _candidates(word: Token, slots: tuple[str, ...], theme: Token | None, actor: Token | None,
                ctx: EventContext) -> tuple[Token, ...]:
    """The recipient candidates of ``word`` slot by slot, each once, without the actor."""
    phrases: dict[str, list[Token]] = {}
    if any(slot.startswith("prep:") for slot in slots):
        for token in sorted(clause_words(word), key=lambda t: abs(t.i - word.i)):
            preposition = preposition_of(token, ctx)
            if preposition is not None:
                phrases.setdefault(preposition, []).append(token)
    found = [t for slot in slots for t in _slot_tokens(word, slot, theme, phrases, ctx)]
    return tuple(t for t in dict.fromkeys(found) if t != actor)


def _unlabelled_object(child: Token, verb: Token, ctx: EventContext) -> bool:
    """A bare noun that the parser made the verb's clausal complement after it, or an oblique without a
    preposition that is no time, or a passive subject beside the subject of an active verb, is its object:
    "The Russians attacked | Kiev" ("Kiev" labelled ``xcomp``), "Venezuela hat den spanischen | Botschafter |
    ausgewiesen" (``obl:arg``), "nahm mehr als 100 | Demonstranten | fest" (``obl``), "Die Ukraine hat
    russische | Stellungen | … beschossen" (``nsubj:pass``)."""
    if child.pos_ not in NOMINAL or any(c.dep_ in CASE_MARKER for c in child.children):
        return False
    return child.dep_ in CLAUSAL and child.i > verb.i \
        or child.dep_ in BARE_OBLIQUE and not is_time_word(child, ctx.grammar) \
        or child.dep_ in PASSIVE_SUBJECT and not is_passive(verb, ctx) and clause_subject(verb, ctx) is not None


def _slot_tokens(word: Token, slot: str, theme: Token | None, phrases: dict[str, list[Token]], ctx: EventContext):
    """The nouns that may fill ``slot`` of ``word``: its own dependents, and for a preposition
    any phrase of that preposition in the word's clause (``phrases``, nearest first: parsers
    often hang "von Washington" on the wrong noun)."""
    if slot == "none":
        return
    if slot == "obj" and theme is not None:
        yield theme
    deps = {"obj": DIRECT_OBJECT, "dat": DATIVE_OBJECT | DIRECT_OBJECT, "dative": DATIVE_OBJECT}.get(slot)
    if deps is not None:
        # the objects of a verb, also where the parser hung them on its auxiliary ("hat … gewarnt")
        around = [c for c in word.children if c.dep_ in deps or slot == "obj" and _unlabelled_object(c, word, ctx)
                  or slot != "obj" and _unlabelled_dative(c)]
        around += [c for a in word.children if a.dep_ in AUX for c in a.children
                   if c.dep_ in deps or slot != "obj" and _unlabelled_dative(c)]
        # and on a resultative adjective the parser gave the object: "shot | dead | three protesters"
        around += [c for a in word.children if a.dep_ in CLAUSAL and a.pos_ == "ADJ" and a.i > word.i
                   for c in a.children if c.dep_ in deps]
        for child in sorted(around, key=lambda c: c.dep_ not in DATIVE_OBJECT):
            yield child
            yield from owners(child)
        return
    if slot == "poss":
        yield from owners(word)
        return
    if slot.startswith("prep:"):
        for token in phrases.get(slot.removeprefix("prep:"), ()):
            noun = _noun_under(token)
            if noun is not None:
                yield noun
                yield from owners(noun)


def clause_words(head: Token) -> list[Token]:
    """The words of ``head``'s clause: its subtree without subordinate clauses."""
    found, todo = [], list(head.children)
    while todo:
        token = todo.pop()
        if token.dep_ in SUBORDINATE:
            continue
        found.append(token)
        if token.n_lefts or token.n_rights:  # (most words are leaves: asking a leaf for its children costs)
            todo.extend(token.children)
    return found


def _second_conjunct(first: Token) -> Token | None:
    """"zwischen Putin und Biden": the second party, coordinated with the first (UD), under its
    "und" (TIGER), deeper in its phrase, or beside it where the parser hung both on the noun
    ("Treffen zwischen Russland und US-Vertretern")."""
    for token in first.subtree:
        if token.dep_ in CONJUNCT and token != first:
            return token
        if token.dep_ in COORDINATOR:
            found = next((c for c in token.children if c.dep_ in CONJUNCT), None)
            if found is not None:
                return found
    return next((c for c in first.head.children if c.dep_ in CONJUNCT and c.i > first.i), None)


def owners(noun: Token):
    """The owner of an object that is not itself a party: "den Austritt der Ukraine"."""
    for child in noun.children:
        if child.dep_ in POSSESSIVE or child.dep_ in OWNER and preposition(child) is None:
            yield child


def preposition_of(token: Token, ctx: EventContext) -> str | None:
    """The preposition a token is or heads, fused articles undone ("im" → "in")."""
    found = preposition(token)
    return ctx.events_grammar.contractions.get(found, found) if found is not None else None


def preposition(token: Token) -> str | None:
    """The preposition of a prepositional phrase headed by its preposition (TIGER, ClearNLP)
    or by its noun (UD's ``case``), else None."""
    if token.pos_ == "ADP":
        return token.lower_
    if not (token.n_lefts or token.n_rights):
        return None
    case = next((c for c in token.children if c.dep_ in CASE_MARKER), None)
    return case.lower_ if case is not None else None


def _noun_under(token: Token) -> Token | None:
    """The noun of a prepositional phrase (the token itself where the noun heads it)."""
    if token.pos_ != "ADP":
        return token
    found = next((c for c in token.children if c.dep_ in NOUN_OF_PREPOSITION), None)
    if found is None and token.head.pos_ in NOMINAL and token.dep_ in CASE_MARKER:
        return token.head  # UD: the preposition hangs on its noun
    return found
