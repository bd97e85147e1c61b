"""An event's parties: the noun phrase of an actor or recipient resolved to a country and a sector.

A phrase codes by its head first — a name ("Putin", "Moskau", "die NATO"), an institution ("der
Kreml"), a person the name resolver knows ("der russische Präsident" → Wladimir Putin), a sector
noun or a German compound ending in one ("Regierungskabinett") — then by what qualifies the head:
the country from an adjective, a genitive, a "von" owner or a hyphenated prefix ("Russlands
Botschaft", "US-Präsident", "der Fraktionschef der Grünen"), the subject of the clause for a
possessive ("ihre Staatsbürger"), the sector from the role noun. A side named only by its sector
takes the country of the place the sentence names ("in der Hauptstadt Kenias") or, for a sector
of society, of the state organ it acts on ("Mönche … gegen die Militärdiktatur Myanmars").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from wortlaut.events.actors import ActorEntry, fold
from wortlaut.events.codes import DOMESTIC_SECTORS, STATE_SECTORS, actor_code
from wortlaut.events.context import EventContext
from wortlaut.events.roles import clause_subject, preposition
from wortlaut.events.triggers import names_an_event
from wortlaut.model import Party, Source
from wortlaut.nlp.entities import PERSON_LABELS
from wortlaut.nlp.grammar import is_time_word
from wortlaut.nlp.quotes import QUOTE_MARKS
from wortlaut.nlp.syntax import (ADVERBIAL, ATTRIBUTIVE, CASE_MARKER, COORDINATION, DESCRIPTOR, NAME_CONTINUATION,
                                 NAME_PART, NOMINAL, OWNER, POSSESSIVE, RELATIVE, SUBJECT, VERBAL, trim, window_start)
from wortlaut.nlp.titles import bare_name, naming_facts

QUALIFIERS = ATTRIBUTIVE | POSSESSIVE | NAME_PART | DESCRIPTOR


@dataclass(frozen=True)
class Codes:
    country: str | None = None
    agent: str | None = None
    role: bool = False  # a role noun ("Präsident", "Amtskollege"): what qualifies it says whose

    def __bool__(self) -> bool:
        return bool(self.country or self.agent)

    def over(self, other: "Codes") -> "Codes":
        """These codes, with ``other``'s filling what is missing."""
        return Codes(self.country or other.country, self.agent or other.agent, self.role or other.role)


def party(head: Token, ctx: EventContext, speaker: Party | None = None) -> Party | None:
    """The party a noun phrase headed by ``head`` stands for; None when it codes to nothing.
    Inside a quotation, first-person words ("gegen unser Land") are its ``speaker``. Any noun
    is coded by a country's adjective or genitive that qualifies it ("zwei deutsche Ingenieure
    wurden entführt", "russische Stellungen", "der Fraktionschef der Grünen")."""
    key = (head.i, speaker)
    if key not in ctx.parties:
        ctx.parties[key] = _party_of(head, ctx, speaker)
    return ctx.parties[key]


def _party_of(head: Token, ctx: EventContext, speaker: Party | None) -> Party | None:
    if speaker is not None and head.lower_ in ctx.events_grammar.first_person:
        return speaker
    if head.pos_ in {"PRON", "DET"} and ("Prs" in head.morph.get("PronType") or _is_possessive_pronoun(head, ctx)):
        return _pronoun_party(head, ctx)
    if is_time_word(head, ctx.grammar):
        return None  # "am 7. Mai 2014" is a date, whoever else is called Mai
    codes = phrase_codes(head, ctx, any_head=True)
    if not codes:
        counted = _counted_noun(head, ctx)
        if counted is None:
            return None
        head, codes = counted, phrase_codes(counted, ctx, any_head=True)
        if not codes:
            return None
    if codes.country is None:
        codes = codes.over(Codes(next((country for _, country in _places(head, ctx)), None)))
    start, end = _phrase_range(head)
    referent = ctx.names.resolve(start, end)
    text = ctx.doc[start:end]
    return _coded(text.text, text.start_char, referent.canonical, referent.entity, codes)


def compound_party(noun: Token, ctx: EventContext) -> Party | None:
    """The side or place the first part of a hyphenated event noun names: "des Hannover-Besuchs",
    "die Moskau-Reise", "nach dem Gaza-Angriff"."""
    first = noun.text.split("-")[0]
    if not first or first == noun.text:
        return None
    entry = ctx.actors.lookup([first])
    codes = _entry_codes(entry)
    if not codes.country:
        return None
    return _coded(first, noun.idx, first, None, codes)


def at_home(side: Party | None, other: Party | None, sectors: frozenset[str] = DOMESTIC_SECTORS) -> Party | None:
    """``side`` with the country of the state organ on the event's other side, when it is a sector of
    society (of ``sectors``) named without a country, as actor ("Buddhistische Mönche setzten ihre Proteste
    gegen die Militärdiktatur Myanmars fort" — Myanmar's monks) or recipient ("Venezuelan security forces
    arrested | an opposition leader |" — Venezuela's; ``HOME_SECTORS``)."""
    if side is None or side.country or side.agent not in sectors or other is None \
            or not other.country or other.agent not in STATE_SECTORS:
        return side
    return replace(side, country=other.country, code=actor_code(other.country, side.agent))


def place_of(word: Token, ctx: EventContext) -> Token | None:
    """The place the sentence of ``word`` names with a preposition of place that codes to a
    country ("… eröffnete die Polizei in Addis Abeba das Feuer", "in der Hauptstadt Äthiopiens"): where the event happened, and
    the country of a party named only by its sector, as event coders give it."""
    return next((token for token, _ in _places(word, ctx)), None)


def _places(word: Token, ctx: EventContext) -> list[tuple[Token, str]]:
    """The places of ``word``'s sentence that code to a country, with that country."""
    sentence = word.sent
    if sentence.start not in ctx.places:
        ctx.places[sentence.start] = list(_sentence_places(sentence, ctx))
    return ctx.places[sentence.start]


def _sentence_places(sentence: Span, ctx: EventContext):
    places = ctx.events_grammar.location_prepositions
    for token in sentence:
        if token.pos_ in NOMINAL and any(
                c.dep_ in CASE_MARKER and ctx.events_grammar.contractions.get(c.lower_, c.lower_) in places
                for c in token.children):
            country = phrase_codes(token, ctx, any_head=True).country
            if country is not None:
                yield token, country


def _pronoun_party(pronoun: Token, ctx: EventContext) -> Party | None:
    """A personal or possessive pronoun as the person it refers to ("Er kritisierte …", "bei
    seinem Treffen mit …"), when that person is in the actor tables."""
    owner = _possessor(pronoun, ctx) if _is_possessive_pronoun(pronoun, ctx) else None
    if owner is not None:
        found = party(owner, ctx)
        if found is not None:
            return _coded(pronoun.text, pronoun.idx, found.canonical, found.entity, Codes(found.country, found.agent))
    referent = ctx.names.resolve(pronoun.i, pronoun.i + 1)
    if not referent.canonical:
        return _reported_speaker(pronoun, ctx)
    codes = _entry_codes(ctx.actors.lookup(referent.canonical.split()) or _surname(referent.canonical, ctx))
    if not codes:
        return None
    return _coded(pronoun.text, pronoun.idx, referent.canonical, referent.entity, codes)


def _reported_speaker(pronoun: Token, ctx: EventContext) -> Party | None:
    """The source of a reported clause whose subject is a pronoun agreeing with it, before any noun
    of the clause: "Iran said | it | would support Syria", "The Saudis have warned | they | could
    sell off …", "Die russische Regierung erklärte, | sie | werde …" ("it" never stands for a person)."""
    holder = ctx.holder(pronoun)
    if holder is None or holder.source is None or not (pronoun.dep_ in SUBJECT or "Nom" in pronoun.morph.get("Case")):
        return None  # (a nominative the parser made an object: "Russland erklärte, | es | werde …")
    content = ctx.doc.char_span(holder.content.start, holder.content.end, alignment_mode="expand")
    source = ctx.doc.char_span(holder.source.start, holder.source.end, alignment_mode="expand")
    if content is None or source is None or pronoun.head != content.root or not _agree(pronoun, source.root) \
            or any(t.pos_ in NOMINAL for t in content if t.i < pronoun.i):
        return None  # a noun before it may be what it stands for: "Als Kämpfer … einnahmen, töteten | sie …"
    if "Neut" in pronoun.morph.get("Gender") and source.root.ent_type_ in PERSON_LABELS:
        return None
    found = source_party(holder.source, ctx)
    return replace(found, text=pronoun.text, start=pronoun.idx, end=pronoun.idx + len(pronoun)) if found else None


def _agree(pronoun: Token, noun: Token) -> bool:
    """Number and gender, where the tagger gives both words one; a subject's number is its finite
    verb's ("Die Regierung erklärte, sie | werde …": "sie" is singular or plural)."""
    verb = pronoun.head
    finite = next((w for w in (verb, *verb.children) if "Fin" in w.morph.get("VerbForm") and w.morph.get("Number")),
                  None)
    number = (finite or pronoun).morph.get("Number")
    return all(not a or not b or a == b for a, b in (
        (number, noun.morph.get("Number")), (pronoun.morph.get("Gender"), noun.morph.get("Gender"))))


def _counted_noun(head: Token, ctx: EventContext) -> Token | None:
    """The noun a quantity stands before, where the parser split them: "Tausende Demonstranten",
    "thousands of protesters" — not the target of an event noun ("Israels Angriff auf Gaza")."""
    if names_an_event(head, ctx):
        return None
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ctx.events_grammar.partitive_prepositions:
        # "thousands of protesters", "dozens of | Muslim Brotherhood | supporters", not "an agreement in Canberra"
        after = next((c for c in head.children if c.i > after.i and after in c.children), None)
    if after is None or after.pos_ not in NOMINAL or not head.like_num and head.pos_ != "NOUN" \
            or is_time_word(after, ctx.grammar):
        return None  # "am 7. | Mai 2014" counts no one
    return after


def source_party(source: Source, ctx: EventContext) -> Party | None:
    """The party of an attribution's source (or addressee): the codes of its head."""
    key = (source.start, source.end)
    if key not in ctx.source_parties:
        ctx.source_parties[key] = _source_party_of(source, ctx)
    return ctx.source_parties[key]


def _source_party_of(source: Source, ctx: EventContext) -> Party | None:
    span = ctx.doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    codes = phrase_codes(span.root, ctx, any_head=True)  # a source is someone: "der Geschäftsführer der Grünen"
    if not codes and source.canonical:
        codes = _entry_codes(ctx.actors.lookup(source.canonical.split()) or _surname(source.canonical, ctx))
    if not codes:
        return None
    if codes.country is None:  # "Die Regierung | in Washington | lobte Katar": a place of the source's own phrase
        codes = codes.over(Codes(next((country for place, country in _places(span.root, ctx)
                                       if span.start <= place.i < span.end), None)))
    return _coded(source.text, source.start, source.canonical, source.entity, codes)


def _coded(text: str, start: int, canonical: str | None, entity: str | None, codes: Codes) -> Party:
    return Party(text, start, start + len(text), canonical, codes.country, codes.agent, entity,
                 actor_code(codes.country, codes.agent))


def phrase_codes(head: Token, ctx: EventContext, depth: int = 0, any_head: bool = False) -> Codes:
    """Country and sector of the phrase headed by ``head``; its qualifiers count for a role,
    a name, or with ``any_head`` any noun."""
    own = _head_codes(head, ctx)
    if own.country or depth > 1:
        return own
    if not (own.role or head.pos_ == "PROPN" or head.ent_type_ or any_head and head.pos_ == "NOUN"):
        return own
    sector = Codes()  # of a name before the noun, where none gives a country: "25 suspected | Islamic State | members"
    # a possessive pronoun last: the phrase's own country first ("his | Turkish | counterpart")
    for child in sorted(head.children, key=lambda c: c.dep_ in POSSESSIVE and _is_possessive_pronoun(c, ctx)):
        if child.dep_ in POSSESSIVE and _is_possessive_pronoun(child, ctx):
            owner = _possessor(child, ctx)
            found = phrase_codes(owner, ctx, depth + 1) if owner is not None else Codes()
        elif child.dep_ in ATTRIBUTIVE and child.lower_ in ctx.events_grammar.leader_participles:
            # the leader's country: "the | US-led | coalition"
            found = next((c for g in child.children if (c := _head_codes(g, ctx)).country), Codes())
        elif child.dep_ in QUALIFIERS or child.dep_ in OWNER and preposition(child) in (
                None, *ctx.events_grammar.owner_prepositions):  # "die Regierung von Robert Mugabe"
            # ("Yemeni | security | forces", "The | British capital's | new mayor")
            found = _head_codes(child, ctx) if child.dep_ in ATTRIBUTIVE else \
                phrase_codes(child, ctx, depth + 1, any_head=child.dep_ in NAME_PART | POSSESSIVE | DESCRIPTOR)
        else:
            continue
        if found.country:
            return own.over(found)
        if child.dep_ in NAME_PART and child.i < head.i and not sector:
            sector = found
    name = _name_after(head) if own.role else None
    named = _head_codes(name, ctx) if name is not None else Codes()
    return own.over(named) if named.country else own.over(sector)


def _name_after(role: Token) -> Token | None:
    """The last word of the person's name right after a role noun, wherever the parser hung it:
    "die Regierung von Amtsinhaber | Robert Mugabe" (here "Robert" hung on the verb)."""
    doc = role.doc
    if role.i + 1 >= len(doc) or doc[role.i + 1].ent_iob_ != "B" or doc[role.i + 1].ent_type_ not in PERSON_LABELS:
        return None
    end = role.i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[end - 1]


def _is_possessive_pronoun(token: Token, ctx: EventContext) -> bool:
    """"seinen Rücktritt", also where the tagger left the word without features."""
    return token.lower_ in ctx.grammar.possessive_pronouns or (
        "Yes" in token.morph.get("Poss") and "Prs" in token.morph.get("PronType"))


def _possessor(pronoun: Token, ctx: EventContext) -> Token | None:
    """Whom a possessive pronoun stands for, first of all the subject of its clause: "dass die
    USA ihre Staatsbürger … aufgefordert hätten", "hat … seinen Rücktritt bekannt gegeben"."""
    word, steps = pronoun.head, 0
    while word.pos_ not in VERBAL and word.head != word and steps < 4:
        word, steps = word.head, steps + 1
    if word.pos_ not in VERBAL:
        return None
    subject = clause_subject(word, ctx)
    if subject is None or subject.pos_ == "PRON" or pronoun in subject.subtree:
        return None
    return subject


def names_a_party(token: Token, ctx: EventContext) -> bool:
    """The word itself names a party (a name, a sector, a role), not only what qualifies it."""
    codes = _head_codes(token, ctx)
    return bool(codes) or codes.role


def _head_codes(token: Token, ctx: EventContext) -> Codes:
    """Codes of one word: its name (with the words of its name before it), its entity, a person
    known by surname, or the parts of a hyphenated compound ("US-Präsident", "NATO-Vertretern")."""
    codes = ctx.word_codes.get(token.i)
    if codes is None:
        codes = ctx.word_codes[token.i] = _word_codes(token, ctx)
    return codes


def _word_codes(token: Token, ctx: EventContext) -> Codes:
    table = ctx.actors
    window = ctx.doc[window_start(token, 4): token.i + 1]  # folded once, tried from the longest
    forms, lemmas = tuple(fold(t.lower_) for t in window), tuple(fold(t.lemma_) for t in window)
    punctuation = [t.is_punct for t in window]
    for start in range(len(window)):
        if any(punctuation[start:]):
            continue
        entry = table.lookup_folded(forms[start:]) or table.lookup_folded(lemmas[start:])
        if entry is not None and not _inflected_common_noun(window[start:], entry, forms[start:], lemmas[start:], ctx):
            return _entry_codes(entry)
    spelled = ctx.events_grammar.capitalised_names.get(token.text)  # "a | US | journalist", not "us"
    entry = table.lookup_folded((fold(spelled),)) if spelled is not None else None
    if entry is not None:
        return _entry_codes(entry)
    rest = [c for c in token.children if c.dep_ in NAME_CONTINUATION and c.i > token.i]
    if rest:  # a name whose first word heads it: "Kim | Jong Un", not a "Kim" known by surname
        entry = table.lookup_folded(tuple(fold(t.lower_) for t in ctx.doc[token.i: rest[-1].i + 1]))
        if entry is not None:
            return _entry_codes(entry)
    entry = _entity_entry(token, ctx)
    if entry is not None:
        return _entry_codes(entry)
    if "-" in token.text.strip("-"):
        parts = [p for p in token.text.split("-") if p]
        first = table.lookup([parts[0]])
        last = table.lookup([parts[-1]])
        return _entry_codes(first).over(_entry_codes(last))
    if token.text.endswith("-"):  # "US- sowie NATO-Vertretern"
        return _entry_codes(table.lookup([token.text.rstrip("-")]))
    if ctx.events_grammar.compounds and token.pos_ == "NOUN":
        return _entry_codes(table.agent_tail(token.lemma_) or table.agent_tail(token.text))
    return Codes()


def _inflected_common_noun(words: Span, entry: ActorEntry, forms: tuple[str, ...], lemmas: tuple[str, ...],
                           ctx: EventContext) -> bool:
    """A common noun that names a place only with its ending cut: "Banken" is no "Banke" (Nepal)."""
    return entry.kind == "place" and all(t.pos_ == "NOUN" and not t.ent_type_ for t in words) \
        and ctx.actors.names.get(forms) is None and ctx.actors.names.get(lemmas) is None


def _entity_entry(token: Token, ctx: EventContext) -> ActorEntry | None:
    """A person or organisation the entities layer names, by full name or surname."""
    if not token.ent_type_ and token.pos_ != "PROPN":
        return None
    referent = ctx.names.resolve(token.i, token.i + 1)
    if referent.canonical and referent.canonical.lower() != token.lower_:
        entry = ctx.actors.lookup(referent.canonical.split())
        if entry is not None:
            return entry
    return _surname(referent.canonical or token.text, ctx)


def _surname(name: str, ctx: EventContext) -> ActorEntry | None:
    """The one known person of that surname, unless the name gives another given name: "Ruth Bader
    Ginsburg" is not Luis Liberman Ginsburg (titles aside: "Justice Ginsburg" may be)."""
    words = bare_name(name, naming_facts(ctx.doc.lang_)).split()
    entry = ctx.actors.person(words[-1]) if words else None
    if entry is None or len(words) < 2 or len(entry.name.split()) < 2:
        return entry
    return entry if fold(words[0])[:1] == fold(entry.name.split()[0])[:1] else None  # ("Joe" ~ "Joseph")


def _entry_codes(entry: ActorEntry | None) -> Codes:
    if entry is None:
        return Codes()
    return Codes(entry.country, entry.agent, entry.kind == "agent")


def _phrase_range(head: Token) -> tuple[int, int]:
    """The words around ``head`` that belong to its phrase, without relative clauses,
    prepositional phrases or a coordinated second party at any depth: "Russlands Botschaft"
    of "Russlands Botschaft in den USA", "dem russischen Präsidenten Wladimir Putin" of "…
    Putin und US-Präsident Joe Biden, das …"."""
    kept, todo = {head.i}, list(head.children)
    while todo:
        token = todo.pop()
        if token.dep_ in RELATIVE | COORDINATION | ADVERBIAL or preposition(token) is not None:
            continue
        kept.add(token.i)
        todo.extend(token.children)
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    end += 1
    while end - 1 > head.i and head.doc[end - 1].text in QUOTE_MARKS:
        end -= 1
    start, end = trim(head.doc, start, end)
    return (start, end) if start < end else (head.i, head.i + 1)
