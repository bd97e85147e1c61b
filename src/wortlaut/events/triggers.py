"""Trigger words: the verb or noun of a sentence that tells an event, with its lexicon entry.

A verb is looked up with its separated particle ("wies … zurück" → ``zurückweisen``; "pulled
out" → ``pull out``) and with the fixed words of a multiword entry ("den Westen dafür
mitverantwortlich gemacht" → ``mitverantwortlich machen``); an entry with a pattern applies
only when the pattern's words are among the trigger's dependents ("verhängte Sanktionen").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Callable, Generic, TypeVar

import numpy as np
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Token

from wortlaut.events.context import EventContext
from wortlaut.events.lexicon import ANY_OBJECT, Slot, TriggerEntry
from wortlaut.nlp.grammar import verb_lemmas, zu_infinitive_lemmas
from wortlaut.events.roles import clause_words, preposition
from wortlaut.nlp.quotes import QUOTE_MARKS
from wortlaut.nlp.syntax import (CASE_MARKER, DIRECT_OBJECT, FIXED, MARKER, NOMINAL, OBLIQUE, PARTICLE,
                                  PASSIVE_AUX, PASSIVE_SUBJECT, PREDICATIVE, REDUCED_RELATIVE, SUBJECT, VERBAL)

UNTAGGED_VERB = frozenset({"ADJ", "ADV", "X", "NOUN", "PUNCT", "SYM"})  # tags a verb the tagger missed may have
NAME_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})  # words that open a name or a description
MIN_SUFFIX = 4  # a pattern word matches the end of a German compound ("Bodentruppen" ~ "truppe")


@dataclass(frozen=True)
class Found:
    token: Token
    entry: TriggerEntry
    words: tuple[Token, ...]  # the trigger's own words: verb, particle, fixed parts


def find_trigger(token: Token, ctx: EventContext) -> Found | None:
    if token.pos_ in VERBAL or _untagged_verb(token, ctx):
        return _verb_trigger(token, ctx)
    if token.pos_ in NOMINAL and token.is_alpha or token.pos_ in NOMINAL and "-" in token.text:
        compounds = ctx.events_grammar.compounds
        entries = next((found for form in _noun_forms(token, ctx) if (found := ctx.triggers.noun(form, compounds))), ())
        entry = _matching(entries, token, ctx)
        return Found(token, entry, (token,)) if entry is not None else None
    return None


def possible_triggers(doc: Doc, ctx: EventContext) -> set[int]:
    """The words whose part of speech lets ``find_trigger`` try them, read from the doc's arrays: the
    other words (in English news more than half) are never made tokens. Words of any tag that head
    both a subject and an object are tried too ("The US Treasury | imposed | sanctions", "imposed"
    tagged an adjective): ``verb_by_its_arguments`` decides."""
    allowed = VERBAL | NOMINAL | (UNTAGGED_VERB if ctx.grammar.nouns_capitalised else frozenset())
    rows = doc.to_array(["POS", "HEAD", "DEP"])  # one read of the arrays, compared in numpy, not word by word
    tagged = np.flatnonzero(np.isin(rows[:, 0], [IDS[name] for name in allowed]))
    return set(tagged.tolist()) | _heads_of_subject_and_object(doc, rows)


def _heads_of_subject_and_object(doc: Doc, rows: np.ndarray) -> set[int]:
    """The indices of the words that head both a subject and a direct object (``rows``: POS, HEAD, DEP)."""
    heads = np.arange(len(rows)) + rows[:, 1].view("int64")  # HEAD is an offset, negative leftwards
    strings = doc.vocab.strings
    subjects, objects = (np.isin(rows[:, 2], np.array([strings.add(label) for label in labels], dtype="uint64"))
                         for labels in (SUBJECT, DIRECT_OBJECT))
    return set(heads[subjects].tolist()) & set(heads[objects].tolist())


def names_an_event(noun: Token, ctx: EventContext) -> bool:
    """A noun the lexicon knows as an event in any of its forms ("Angriff", "Luftangriff")."""
    compounds = ctx.events_grammar.compounds
    return any(ctx.triggers.noun(form, compounds) for form in _noun_forms(noun, ctx))


def _untagged_verb(token: Token, ctx: EventContext) -> bool:
    """A lower-case word the tagger took for an adjective or adverb may be a verb the lexicon
    knows ("entschlossen antworten" with "antworten" tagged ADJ, "bereit erklärt" with "erklärt"
    tagged PUNCT); in a language that capitalises nouns, never a noun. A word with a subject and
    an object is a verb, whatever its tag ("Russia | vetoed | a resolution", "vetoed" tagged a noun)."""
    return verb_by_its_arguments(token) or (ctx.grammar.nouns_capitalised and token.is_lower and token.is_alpha
                                            and token.pos_ in UNTAGGED_VERB)


def verb_by_its_arguments(token: Token) -> bool:
    """A lower-case word with a subject before it and an object after it: a verb, whatever its tag."""
    return token.is_lower and token.n_lefts > 0 and token.n_rights > 0 \
        and any(c.dep_ in SUBJECT for c in token.lefts) and any(c.dep_ in DIRECT_OBJECT for c in token.rights)


def _noun_forms(token: Token, ctx: EventContext) -> list[str]:
    """The lemma, the form, and the form without a plural ending, for nouns the lemmatizer left
    in the plural or cut wrongly ("Hilfen" → "Hilf")."""
    form = token.text
    cut = [form[: -len(e)] for e in ctx.events_grammar.plural_endings if form.lower().endswith(e) and len(form) - len(e) >= 3]
    return [token.lemma_, form, *cut]


def _verb_trigger(token: Token, ctx: EventContext) -> Found | None:
    lemmas = verb_lemmas(token, ctx.grammar) if token.pos_ not in VERBAL or ctx.grammar.verb_endings else \
        [token.lemma_.lower()]
    lemmas += zu_infinitive_lemmas(token.lower_, ctx.grammar)  # "sich weigerte, … | freizulassen"
    particle = next((c for c in token.children if c.dep_ in PARTICLE), None)
    dependents = Once(partial(_dependents, token, ctx))  # read once, whatever the entries tried
    clause = Once(lambda: [t for t in token.subtree if t.head == token or t.head.head == token])
    for lemma in lemmas:
        for entry in ctx.triggers.multiword_verbs.get(lemma, ()):
            parts = _fixed_words(entry.words[:-1], clause(), ctx.events_grammar.compounds)
            if parts is not None and _matching((entry,), token, ctx, dependents):
                return Found(token, entry, tuple(sorted((token, *parts), key=lambda t: t.i)))
        if particle is not None:
            for key in (particle.lower_ + lemma, f"{lemma} {particle.lower_}"):
                entry = _matching(ctx.triggers.verb(key), token, ctx, dependents)
                if entry is not None:
                    return Found(token, entry, (token, particle))
            entry = _matching(ctx.triggers.patterned_verb(lemma, particle.lower_), token, ctx, dependents)
            if entry is not None:  # "broke off | diplomatic relations"
                return Found(token, entry, (token, particle))
            continue  # "fand … statt" is not "finden": a particle makes another verb, only its object may not
        entry = _matching(ctx.triggers.verb(lemma), token, ctx, dependents)
        if entry is not None and codes_the_verb(entry, token, ctx):
            return Found(token, entry, (token,))
    return None


def codes_the_verb(entry: TriggerEntry, verb: Token, ctx: EventContext) -> bool:
    """A row codes its verb unless it is a default row and the verb names its object
    (``names_its_object``)."""
    return bool(entry.pattern) or not names_its_object(verb, ctx)


def names_its_object(verb: Token, ctx: EventContext) -> bool:
    """The verb says what its object is, by a noun phrase or an adjective after it ("calling Trump
    | a fascist"): a naming, not the telephone call its default row codes (a row with a pattern
    still may: "branded the opposition terrorists"). A verb of naming (``naming_verbs``) names
    where the parser hung the name elsewhere: its object holds a quotation ("called both Trump and
    Clinton “crazy”") or is followed by a noun phrase, an adjective or a quotation ("calling him |
    “the most ignorant president …”"; "called Putin | on Tuesday" is a call), and a participle on a
    noun without an object, or a passive, names what it is about ("a group called the “We The People
    Foundation”", "Rubio, who has been called a Republican Obama"; the parser also hangs a finite
    "called" on its subject: "Obama | called Netanyahu after the vote")."""
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECT]
    # (an adjective where it may be the verb's adverb names nothing: "verurteilte den Angriff | scharf")
    adjectives = frozenset() if ctx.events_grammar.adjectives_as_adverbs else frozenset({"ADJ"})
    if objects and any(c.dep_ in PREDICATIVE and c.pos_ in NOMINAL | adjectives for c in verb.children):
        return True
    if verb.lemma_.lower() not in ctx.events_grammar.naming_verbs:
        return False
    if any(c.dep_ in PASSIVE_AUX | PASSIVE_SUBJECT for c in verb.children):
        return True
    first = next((o for o in objects if o.i > verb.i), None)  # "calling him | “the most ignorant president …”"
    if first is None:
        return verb.dep_ in REDUCED_RELATIVE
    if any(t.text in QUOTE_MARKS for t in first.subtree):
        return True
    after = max(t.i for t in first.subtree) + 1
    return after < len(verb.doc) and _opens_a_name(verb.doc[after])


def _opens_a_name(word: Token) -> bool:
    """A quotation, a noun phrase or an adjective begins at ``word`` ("calls it | her
    ‘responsibility gene’")."""
    return word.text in QUOTE_MARKS or word.pos_ in NAME_OPENERS or (
        word.pos_ == "PRON" and "Yes" in word.morph.get("Poss"))


T = TypeVar("T")


class Once(Generic[T]):
    """A value worked out when first asked for, then kept: ``functools.cache`` did the same at
    four times the cost, and every verb of every article makes two."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], T]) -> None:
        self._make: Callable[[], T] = make
        self._value: T | None = None

    def __call__(self) -> T:
        if self._value is None:
            self._value = self._make()
        return self._value


def cue_entry(lemma: str, context: list[Token], ctx: EventContext) -> TriggerEntry | None:
    """The row of an attribution's cue lemma ("zurückweisen", "Forderung"), whose pattern words
    may be anywhere in ``context`` (the cue's phrase and the content)."""
    compounds = ctx.events_grammar.compounds
    entries = ctx.triggers.verb(lemma) or ctx.triggers.noun(lemma, compounds) or _prefixed(lemma, ctx)
    return _first_held(entries, DependentWords.from_tokens(context, compounds), ctx)


def _prefixed(lemma: str, ctx: EventContext) -> tuple[TriggerEntry, ...]:
    """A multiword verb whose first word carries a prefix: "mitverantwortlich machen" is
    "verantwortlich machen"."""
    words = lemma.lower().split()
    if len(words) < 2:
        return ()
    return tuple(e for e in ctx.triggers.multiword_verbs.get(words[-1], ())
                 if len(e.words) == len(words) and words[0].endswith(e.words[0]) and e.words[1:] == tuple(words[1:]))


def _matching(entries: tuple[TriggerEntry, ...], token: Token, ctx: EventContext,
              dependents: Callable[[], DependentWords] | None = None) -> TriggerEntry | None:
    """The first entry whose pattern the trigger's dependents hold (the dependents are read once:
    an English verb has dozens of patterns)."""
    if not entries or not ctx.triggers.row_index(entries).patterned:
        return entries[0] if entries else None
    return _first_held(entries, dependents() if dependents is not None else _dependents(token, ctx), ctx)


def _first_held(entries: tuple[TriggerEntry, ...], words: DependentWords, ctx: EventContext) -> TriggerEntry | None:
    """The first entry whose pattern ``words`` hold; only the rows whose first word is there are
    tried, where words match exactly (a compounding language matches their ends)."""
    if not entries:
        return None
    rows = range(len(entries)) if words.compounds else ctx.triggers.row_index(entries).rows(words.words)
    return next((entries[i] for i in rows if all(words.hold(slot) for slot in entries[i].pattern)), None)


def _dependents(token: Token, ctx: EventContext) -> DependentWords:
    grammar = ctx.events_grammar
    return DependentWords.of(token, grammar.compounds, grammar.patterns_follow_trigger)


def _fixed_words(words: tuple[str, ...], clause: list[Token], compounds: bool) -> list[Token] | None:
    found = []
    for word in words:
        match = next((t for t in clause if word_is(t, frozenset({word}), compounds)), None)
        if match is None:
            return None
        found.append(match)
    return found


@dataclass(frozen=True)
class DependentWords:
    """The words a pattern may name: lemmas and forms of the trigger's clause outside its
    subject, and each preposition with the words under it (read only when a pattern asks for a
    prepositional phrase: most ask for words)."""

    words: frozenset[str]
    tokens: tuple[Token, ...]
    compounds: bool
    _unders: dict[int, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def phrases(self) -> tuple[tuple[Token, frozenset[str]], ...]:
        """Each preposition (or noun with its preposition), and each infinitive with its particle ("ordered
        French troops | to leave |": PETRARCH's "(TO LEAVE)"), with its lemma and form; the words under it
        are read only for those a pattern names (``_under``)."""
        return tuple((t, frozenset({t.lemma_.lower(), t.lower_})) for t in self.tokens
                     if preposition(t) is not None or _infinitive(t))

    def _under(self, token: Token) -> frozenset[str]:
        """The lemmas and forms under a phrase's word (its head's where it has none)."""
        found = self._unders.get(token.i)
        if found is None:
            words = [u for u in token.subtree if u != token] or [token.head]
            found = self._unders[token.i] = frozenset(w for u in words for w in (u.lemma_.lower(), u.lower_))
        return found

    @classmethod
    def of(cls, token: Token, compounds: bool, following: bool = False) -> "DependentWords":
        """``following``: where patterns follow the trigger, only the words after it, and a passive's
        subject, which is its object ("The proposal | was rejected": "REJECT * PROPOSAL")."""
        # (of two subjects the parser gave the verb, the second is its object: "Polen hat | die Grenze | …
        # geschlossen")
        subject = next((c for c in token.children if c.dep_ in SUBJECT), None)
        in_subject = {t.i for t in subject.subtree} if subject is not None else set()
        patient = {t.i for c in token.children if c.dep_ in PASSIVE_SUBJECT for t in c.subtree}
        tokens = [t for t in clause_words(token) if t.i not in in_subject
                  and (not following or t.i > token.i or t.i in patient)
                  and t.dep_ not in FIXED]  # the "to" of "according to" is no "lead … to"
        return cls.from_tokens(tokens, compounds)

    @classmethod
    def from_tokens(cls, tokens: list[Token], compounds: bool) -> "DependentWords":
        return cls(frozenset(w for t in tokens for w in (t.lemma_.lower(), t.lower_)), tuple(tokens), compounds)

    @cached_property
    def content_words(self) -> frozenset[str]:
        """The words without the prepositions under their nouns, which fill only phrase slots: "fired
        several cruise missiles | off | its west coast" is no "FIRE * OFF [110]", a criticism fired off."""
        return frozenset(w for t in self.tokens if t.dep_ not in CASE_MARKER for w in (t.lemma_.lower(), t.lower_))

    def hold(self, slot: Slot) -> bool:
        """"sanktion|embargo": one of the words is there; "(gegen land)": a preposition with
        the noun under it."""
        heads, nouns = slot
        if nouns is None:  # the common case, checked first: English verbs try dozens of patterns
            return not self.content_words.isdisjoint(heads) or self.compounds and _names(self.words, heads, True)
        if nouns is ANY_OBJECT:
            return not self.words.isdisjoint(heads) and any(
                preposition(t) in heads and _on_a_verb(t) for t in self.tokens)
        for token, own in self.phrases:
            if not own.isdisjoint(heads) and _names(self._under(token), nouns, self.compounds):
                return True
            if _names(own, nouns, self.compounds) and not heads.isdisjoint(_opened_by(token)):
                return True  # UD: the preposition hangs on its noun (its own: "as a violation | of UN …" is no "of")
        return False


def _opened_by(word: Token) -> frozenset[str]:
    """The form and lemma of the preposition that opens the phrase ``word`` heads ("im", "in"), or of the
    particle of its infinitive ("to leave")."""
    return frozenset(w for c in word.children if c.dep_ in CASE_MARKER or _infinitive_particle(c)
                     for w in (c.lower_, c.lemma_.lower()))


def _infinitive(verb: Token) -> bool:
    """A verb with an infinitive particle as its marker."""
    return verb.pos_ in VERBAL and any(_infinitive_particle(c) for c in verb.children)


def _infinitive_particle(word: Token) -> bool:
    """"to", "zu": a particle that marks an infinitive."""
    return word.dep_ in MARKER and word.pos_ == "PART"


def _on_a_verb(phrase: Token) -> bool:
    """A prepositional phrase (its preposition or noun) that belongs to a verb, not to a noun:
    "leads | the race for delegates" is no "lead (for)", a journey; a name the parser hung on another
    prepositional phrase of the verb may be the verb's ("reiste | zu Gesprächen | nach Moskau"; not
    "lodged a protest over the incursion | of coast guard vessels")."""
    noun = phrase.head if phrase.pos_ == "ADP" else phrase
    above = noun.head
    return above.pos_ in VERBAL or noun.pos_ == "PROPN" and above.dep_ in OBLIQUE and above.head.pos_ in VERBAL \
        and preposition(above) is not None and above.i < noun.i


def word_is(token: Token, words: frozenset[str], compounds: bool = False) -> bool:
    """The token's lemma or form is one of ``words`` (or, with ``compounds``, ends in one)."""
    return _names(frozenset({token.lemma_.lower(), token.lower_}), words, compounds)


def _names(present: frozenset[str], wanted: frozenset[str], compounds: bool) -> bool:
    """One of ``present`` (lemmas and forms) is one of ``wanted``; in a compounding language also
    a compound ending in one ("Bodentruppen" is a "truppe")."""
    if present & wanted:
        return True
    return compounds and any(len(w) >= MIN_SUFFIX and p.endswith(w) for w in wanted for p in present)
