"""Events: who did what to whom, coded in PLOVER and CAMEO, each tied to its trigger in the text
and to the modality a reader needs (asserted by the outlet, reported or claimed by a source,
denied, conditional, future, negated).

The ``events`` stage reads the parse and the attribution and framing layers: a speech act that
is an event ("drohte", "forderte", "wies … zurück") takes the attribution's source as actor and
its addressee as recipient; an event told inside what a source says is that source's account.
"""
from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Span, Token

from wortlaut.events.codes import FORCE_SECTORS, HOME_SECTORS, POSTURES, REQUIRES_RECIPIENT, cameo_entry
from wortlaut.events.context import EventContext
from wortlaut.events.dates import article_day, event_date
from wortlaut.events.governed import ASKING_ROOTS, announced_intent, governing
from wortlaut.events.lexicon import TriggerEntry
from wortlaut.events.mentions import merge_mentions
from wortlaut.events.modality import modality_of
from wortlaut.events.parties import (at_home, compound_party, names_a_party, party, phrase_codes, place_of,
                                     source_party)
from wortlaut.events.roles import clause_words, is_passive, noun_roles, preposition, preposition_of, verb_roles
from wortlaut.events.triggers import (Found, Once, codes_the_verb, cue_entry, find_trigger, names_an_event,
                                      possible_triggers, verb_by_its_arguments, word_is)
from wortlaut.model import Attribution, Event, Party, Readout, Trigger
from wortlaut.nlp.entities import PERSON_LABELS, PLACE_LABELS
from wortlaut.nlp.syntax import (ANY_AUX, CASE_MARKER, CLAUSAL, COMPOUND, CONJUNCT, COPULA, DEPENDENT_VERB,
                                 DIRECT_OBJECT, EXPLETIVE, MARKER, NOMINAL, OWNER, PASSIVE_SUBJECT, POSSESSIVE, SUBJECT,
                                 VERBAL)
from wortlaut.nlp.titles import naming_facts
from wortlaut.stages import register_stage

__all__ = ["find_events"]

# CAMEO roots of cooperation (make a statement … provide aid), and of fighting: two sides acting together
# ("China und Russland unterzeichneten ein Abkommen") or against each other ("The Congolese army and M23
# rebels clashed near Goma") are each other's recipient where no other is named.
MUTUAL = frozenset({"01", "02", "03", "04", "05", "06", "07", "19"})
# CAMEO roots of appeals and demands: the infinitive such a verb governs is what was asked for.
REQUESTING = frozenset({"02", "10"})
MAX_TRIGGER_GAP = 2  # words between a trigger's first and last word that its span may cover
# A denial the framing layer paired with its claim ("…, was Moskau als Falschinformation
# bezeichnete") is a rejection, whatever its verb: CAMEO 12, PLOVER REJECT.
DENIAL = TriggerEntry(lemma="", pos="VERB", cameo="12")
# CAMEO roots of violence (assault, fight, mass violence): such a verb aimed at a person may tell
# words, not blows ("Clinton blasted her Republican rival"): criticism, CAMEO 111 (PLOVER ACCUSE).
VIOLENCE = frozenset({"18", "19", "20"})
CRITICISM = "111"


@register_stage("events", requires=("segments", "entities", "attributions", "markers", "claims"),
                assigns=("events",))
def find_events(doc: Doc, readout: Readout) -> None:
    """Fill ``readout.events`` from the sentences of reportage: first the speech acts the
    attribution layer found, then every other trigger word."""
    readout.events = []
    if not doc.has_annotation("DEP"):
        return
    ctx = EventContext.build(doc, readout)
    day = article_day(readout.doc.published)
    told: list[Event] = []
    used: set[int] = set()
    for att, cue in speech_acts(ctx):
        held = governing(cue, cue.token, ctx)
        found, inner = (held.found, held.inner) if held is not None else (cue, None)
        used.update(t.i for t in (*found.words, *(inner.words if inner is not None else ())))
        event = read_event(found, ctx, said=att, inner=inner)
        if event is not None:
            told.append(event)
    possible = possible_triggers(doc, ctx)
    for sentence in doc.sents:
        if not ctx.reportage.overlapping(sentence.start_char, sentence.end_char):
            continue
        for found, inner in _sentence_triggers(sentence, possible, used, ctx):
            event = read_event(found, ctx, inner=inner)
            if event is not None:
                told.append(event)
    for event in told:
        sentence = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand").sent
        event.date = event_date(sentence, day, ctx.events_grammar)
    told.sort(key=lambda e: e.trigger.start)
    readout.events = merge_mentions(told)


def _sentence_triggers(sentence: Span, possible: set[int], used: set[int],
                       ctx: EventContext) -> list[tuple[Found, Found | None]]:
    """The triggers of a sentence of reportage, each with the event it governs (``governing``): a
    governed event ("threatened | to attack") is no trigger of its own."""
    found: list[tuple[Found, Found | None]] = []
    for i in range(sentence.start, sentence.end):
        if i not in possible or i in used:
            continue
        token = ctx.doc[i]
        trigger = find_trigger(token, ctx)
        held = governing(trigger, token, ctx) if token.pos_ in VERBAL or trigger is not None else None
        if held is not None and ctx.in_reportage(token):
            used.update(t.i for t in held.found.words)
            found.append((held.found, held.inner))
        elif trigger is not None and ctx.in_reportage(token):
            used.update(t.i for t in trigger.words)
            found.append((trigger, None))
    governed = {t.i for _, inner in found if inner is not None for t in inner.words}
    return [(f, inner) for f, inner in found if f.token.i not in governed]


def read_event(found: Found, ctx: EventContext, said: Attribution | None = None,
               inner: Found | None = None) -> Event | None:
    """The event a trigger tells, or None when it is not one (no party it can name, a noun that
    is only the topic of talk, a code PLOVER does not count). ``said`` is the attribution whose
    cue the trigger is: a speech act; ``inner`` the event the trigger governs."""
    code = cameo_entry(found.entry.cameo)
    if code is None or code.plover is None:
        return None
    token = found.token
    verbal = token.pos_ in VERBAL or said is not None or verb_by_its_arguments(token)
    if not verbal and _topic_only(token, ctx) or verbal and _asked_for(token, ctx):
        return None
    holder = ctx.holder(token)
    speaker = source_party(holder.source, ctx) if holder is not None and holder.source is not None else None
    actor, recipient = _parties(found, ctx, speaker, said, inner, verbal)
    if actor is None and verbal and code.cameo[:2] in VIOLENCE:
        actor = _striking_side(token, ctx)  # "were killed in | an Israeli air strike |"
    actor = at_home(actor, recipient)
    if code.cameo[:2] not in VIOLENCE:  # (a blow is often dealt abroad: "Russian forces … | killing three civilians")
        recipient = at_home(recipient, actor, HOME_SECTORS)
    intent = announced_intent(code.cameo, token, actor, speaker, ctx) if inner is None else None
    if intent is not None:
        code = cameo_entry(intent)  # "Israel said it would retaliate": a threat made, no blow
    elif code.cameo[:2] in VIOLENCE and _words_not_blows(found, actor, recipient, said, ctx):
        code = cameo_entry(CRITICISM)
    if found.entry.lemma in ctx.events_grammar.contest_verbs and _a_contest(actor, recipient, ctx):
        return None
    if not any(p is not None and p.country for p in (actor, recipient)):
        return None  # event data codes sides by country: "a campaign operative decided" is no event
    if actor is None and not (verbal and recipient is not None and (said is not None or is_passive(token, ctx))):
        return None  # only a passive ("wurden aus der Ukraine abgezogen") may leave its actor unsaid
    if recipient is None and (code.plover in REQUIRES_RECIPIENT or inner is None and _needs_recipient(found, ctx)
                              or not verbal and "none" not in found.entry.recipient):
        return None  # a noun without its recipient is mostly a topic ("russische Forderungen waren Thema"),
    # unless it never has one ("gab seinen Rücktritt bekannt")
    first, last = found.words[0], found.words[-1]
    if last.i - first.i > MAX_TRIGGER_GAP:
        first = last = token  # "wies … die US-Warnungen … zurück": the verb stands for the whole
    text = ctx.doc[first.i: last.i + 1]
    trigger = Trigger(text.text, text.start_char, text.end_char, found.entry.lemma or _cue_lemma(said))
    place = place_of(token, ctx)
    return Event(id="", type=code.plover, cameo=code.cameo, quad=code.quad, trigger=trigger, actor=actor,
                 recipient=recipient, modality=modality_of(token, ctx, holder),
                 attribution=holder.id if holder is not None else None, mode=code.mode,
                 context=list(code.context), location=_place_name(place, ctx) if place is not None else None)


def _parties(found: Found, ctx: EventContext, speaker: Party | None, said: Attribution | None,
             inner: Found | None, verbal: bool) -> tuple[Party | None, Party | None]:
    """Actor and recipient: a speech act's source and addressee, else the trigger's roles, else
    those of the event it governs. The actor's party is worked out only when the event may stand:
    where every event needs a recipient, most verbs have none, and coding their subjects was a
    third of the stage. ``verbal``: ``read_event`` reads the trigger as a verb."""
    token = found.token
    default = ctx.events_grammar.recipient_slots if verbal else ctx.events_grammar.noun_recipient_slots
    # the row's own slots first ("ausliefern an"), then the language's ("liefert ihn in die USA aus")
    # a row without a recipient ("none") may have one in its pattern word's phrase: "lehnte den | französischen |
    # Vorschlag ab", "froren das Vermögen | dreier iranischer Banken | ein"
    none = "none" in found.entry.recipient
    slots = (("obj",) if found.entry.pattern else ("none",)) if none else (*found.entry.recipient, *default)
    roles = verb_roles(token, slots, ctx) if verbal else noun_roles(token, slots, ctx)
    actor = Once(partial(_actor, roles.actor, verbal, ctx, speaker, said))
    # never the trigger itself ("Zusammenarbeit von X und Y"), nor the actor by a reflexive ("prepare herself");
    # after the phrase of a pattern word its owner ("froze the assets | of three Iranian banks")
    candidates = [o for c in roles.recipients if c != token and "Yes" not in c.morph.get("Reflex")
                  and (not none or _pattern_phrase(c, found.entry))
                  for o in (c, *(_phrase_owners(c, ctx) if _pattern_phrase(c, found.entry) else ()))]
    if said is not None:
        told_to = _said_to(said, ctx)
        if told_to is not None:
            return actor(), told_to
        candidates += _content_heads(said, ctx)
    mutual = found.entry.cameo[:2] in MUTUAL and roles.actor is not None
    partners = [c for c in roles.actor.children if c.dep_ in CONJUNCT] if mutual else []
    # ("China und Russland unterzeichneten": each other's recipient, also where the actor is a speech act's
    # source that holds both, "Greece and Turkey welcomed …, the agency said")
    partner_named = Once(partial(_partner_named, partners, ctx, speaker))
    for candidate in [*candidates, *partners]:
        recipient = _party(candidate, ctx, speaker)
        if recipient is not None and (candidate in partners or not _same_words(actor(), recipient)) \
                and not _actors_country(recipient, candidate, roles.actor, actor()) \
                and not _actors_own(recipient, candidate, actor()) and not _owned_thing(candidate, ctx) \
                and not (_moved(recipient, candidate, actor(), ctx) and _pattern_phrase(candidate, found.entry)) \
                and not (recipient.country is None and partner_named()) \
                and not (candidate not in partners and partner_named() and _same_country(recipient, actor())):
            return actor(), recipient  # (not a thing of a party's: "defended | his government's plan")
    if found.entry.cameo[:2] in VIOLENCE:
        struck = next((place for c in candidates if (place := _thing_place(c, ctx)) is not None), None)
        if struck is not None:
            return actor(), _party(struck, ctx, speaker)
    if inner is not None:
        return actor(), _governed_recipient(inner, found, actor(), ctx, speaker)
    if verbal and _needs_recipient(found, ctx):
        return None, None  # no recipient, no event (``read_event``): the actor does not matter
    if verbal and "none" not in found.entry.recipient:
        return actor(), _infinitive_target(token, default, actor(), ctx, speaker)
    recipient = None if verbal else compound_party(token, ctx)
    return actor(), recipient if recipient is not None and not _same_words(actor(), recipient) else None


def _striking_side(verb: Token, ctx: EventContext) -> Party | None:
    """The side a blow is told of by its phrase of place, when the verb names no actor: a violent event
    noun whose qualifier gives a country ("Three Palestinians were killed | in an Israeli air strike |";
    not "killed | in a Russian city |", which is no blow)."""
    return next((side for phrase, side in _placed_sides(verb, ctx)
                 if phrase.pos_ == "NOUN" and _violent_noun(phrase, ctx)), None)


def _violent_noun(noun: Token, ctx: EventContext) -> bool:
    """A noun the lexicon knows as a violent event, as a noun or by its verb's row without a pattern
    ("strike", "attack", "raid")."""
    entries = ctx.triggers.noun(noun.lemma_, ctx.events_grammar.compounds) \
        or tuple(e for e in ctx.triggers.verb(noun.lemma_) if not e.pattern)
    return bool(entries) and entries[0].cameo[:2] in VIOLENCE


def _thing_place(thing: Token, ctx: EventContext) -> Token | None:
    """Where a thing struck that names no party stands, a place of a country: the side struck, as event
    coders give it ("Ukrainian drones attacked an oil refinery | in Russia's Volgograd region", "Israeli
    warplanes bombed targets | in the Gaza Strip")."""
    if _party(thing, ctx, None) is not None:
        return None
    return next((phrase for phrase, _ in _placed_sides(thing, ctx)), None)


def _placed_sides(word: Token, ctx: EventContext):
    """The phrases of place on ``word`` ("in Gaza", "in an Israeli air strike") whose party has a country,
    with that party."""
    places = ctx.events_grammar.location_prepositions
    for phrase in word.children:
        if phrase.dep_ not in CASE_MARKER and preposition_of(phrase, ctx) in places:
            side = _party(phrase, ctx, None)
            if side is not None and side.country:
                yield phrase, side


def _governed_recipient(inner: Found, found: Found, actor: Party | None, ctx: EventContext,
                        speaker: Party | None) -> Party | None:
    """Whom a governed event concerns: for a demand the side asked to act ("demanded that | Israel
    withdraw"), else the governed event's recipient ("threatened to attack | Kurdish militias")."""
    slots = () if "none" in inner.entry.recipient else (*inner.entry.recipient, *ctx.events_grammar.recipient_slots)
    roles = verb_roles(inner.token, slots, ctx)
    asked = [roles.actor] if found.entry.cameo[:2] in ASKING_ROOTS and roles.actor is not None else []
    for candidate in [*asked, *roles.recipients]:
        recipient = _party(candidate, ctx, speaker)
        if recipient is not None and recipient.country and not _same_words(actor, recipient):
            return recipient
    return None


def _needs_recipient(found: Found, ctx: EventContext) -> bool:
    """Where the language's lexicon presumes a target (``needs_recipient``), a trigger tells no event
    without one ("Clinton thinks"), unless its row's pattern is the verb's object, which names the event
    whole ("The United States eased | sanctions": RETREAT, whoever they were eased for; not "has begun to
    | attack", nor "needs to … prepare herself for a tough general | election")."""
    if not ctx.events_grammar.needs_recipient or not found.entry.pattern:
        return ctx.events_grammar.needs_recipient
    code = cameo_entry(found.entry.cameo)
    if code is not None and code.plover in POSTURES:
        return False  # a posture its pattern names is whole: "put its armed forces | on high alert"
    words, nouns = found.entry.pattern[0]
    return nouns is not None or not any(c.dep_ in DIRECT_OBJECT | PASSIVE_SUBJECT and word_is(c, words)
                                        for c in found.token.children)  # (also "The proposal | was rejected")


def _actor(head: Token | None, verbal: bool, ctx: EventContext, speaker: Party | None,
           said: Attribution | None) -> Party | None:
    """The party of a speech act's source, else of the actor's phrase."""
    spoken = source_party(said.source, ctx) if said is not None and said.source is not None else None
    if spoken is not None:
        return spoken
    doer = _doer(head, ctx) if verbal else head
    if verbal and doer is not None and _owned_thing(doer, ctx):
        return None
    return _party(doer, ctx, speaker)


def _partner_named(partners: list[Token], ctx: EventContext, speaker: Party | None) -> bool:
    """A partner of the actor's with a country, who is the recipient before a side of no country: "France
    and | Germany | agreed to cooperate on | a new fighter jet"."""
    return any((p := _party(c, ctx, speaker)) is not None and p.country for c in partners)


def _moved(recipient: Party, head: Token, actor: Party | None, ctx: EventContext) -> bool:
    """A thing or forces of no country, or the actor's own forces or envoys, named so by their own phrase: what
    is sent ("| 1,000 police officers |", "| its troops |", "recalled | its ambassador | from Canberra", "den
    Abzug | der italienischen Truppen |"), not the actor's citizens evacuated ("Britain evacuated | its
    citizens | from Sudan"), nor forces of the country where the actor acts ("Gunmen ambushed | a police
    convoy | in northwestern Pakistan", the convoy Pakistani by the place alone), nor a side of society
    ("arrested | an opposition leader |")."""
    if recipient.country is None:
        return recipient.agent is None or recipient.agent in FORCE_SECTORS
    return actor is not None and recipient.country == actor.country \
        and recipient.agent in FORCE_SECTORS and (any(c.dep_ in POSSESSIVE for c in head.children)
                                                  or phrase_codes(head, ctx, any_head=True).country is not None)


def _pattern_phrase(candidate: Token, entry: TriggerEntry) -> bool:
    """The phrase of the row's pattern word, what is done and not to whom where it is ``_moved``: "Kenya will
    send | 1,000 police officers | to Haiti", "Russia deployed | its troops | to Belarus"."""
    words = (candidate, *(c for c in candidate.children if c.dep_ in COMPOUND))
    return any(word_is(t, slot_words if nouns is None else nouns) for slot_words, nouns in entry.pattern
               for t in words)


def _phrase_owners(noun: Token, ctx: EventContext) -> list[Token]:
    """Whose a pattern word's thing is: "Iran's | assets", "the assets | of three Iranian banks" (a
    phrase of a partitive preposition, "of", "von"; not "a peace agreement | in Jeddah")."""
    partitive = ctx.events_grammar.partitive_prepositions
    return [c for c in noun.children if c.dep_ in POSSESSIVE or c.dep_ in OWNER and (
        preposition(c) is None or preposition_of(c, ctx) in partitive)]


def _owned_thing(subject: Token, ctx: EventContext) -> bool:
    """A thing of a party's, not a party: a common noun that names no one itself and is coded only
    by its owner ("Donald Trump's big win in the Florida primary is helping him", "Bush's
    full-throated support for ethanol helped him win"; not "Russia's leader", "its army", "Trump's
    campaign chairman", a title)."""
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not names_a_party(subject, ctx) \
        and not naming_facts(ctx.doc.lang_).is_title(subject.text) \
        and any(c.dep_ in POSSESSIVE for c in subject.children)


def _infinitive_target(verb: Token, slots: tuple[str, ...], actor: Party | None, ctx: EventContext,
                       speaker: Party | None) -> Party | None:
    """The country an infinitive clause of ``verb`` acts on: "hat sich bereit erklärt, weitere
    Soldaten nach Mali zu entsenden" (only where events may lack a recipient: in PETRARCH's
    English coding every event needs one, and an infinitive's phrase would make events it does
    not code)."""
    for clause in (c for c in verb.children if c.dep_ in DEPENDENT_VERB and c.pos_ == "VERB"
                   and "Inf" in c.morph.get("VerbForm")):
        for candidate in verb_roles(clause, slots, ctx).recipients:
            found = _party(candidate, ctx, speaker)
            if found is not None and found.country and not _same_words(actor, found):
                return found
    return None


def _words_not_blows(found: Found, actor: Party | None, recipient: Party | None, said: Attribution | None,
                     ctx: EventContext) -> bool:
    """A verb of violence aimed at a person tells words where the attribution layer read it as a
    report ("Clinton blasted her Republican rival Donald Trump"), or where it is a verb of saying
    between named persons ("She has begun to attack Donald Trump in her campaign appearances",
    "Rubio has been attacked from several sides"); not "Russia attacked Ukraine", "a man attacked a
    woman", nor "Die Taliban attackierten einen Polizeiposten", read as a report too."""
    if recipient is None or not (_named_person(recipient, ctx) or _titled(recipient, ctx)):
        return False
    if said is not None:
        return True
    return ctx.cues.verb(found.entry.lemma) is not None and (actor is None or _named_person(actor, ctx))


def _titled(party: Party, ctx: EventContext) -> bool:
    """A person named by a title: "her Republican rival", "the senator"."""
    facts = naming_facts(ctx.doc.lang_)
    return any(facts.is_title(word) for word in party.text.split())


def _a_contest(actor: Party | None, recipient: Party | None, ctx: EventContext) -> bool:
    """A person who beats a named person (or a passive that names no one beating them) or takes a
    place is winning a vote, not a war: "Trump was defeated in the Iowa caucuses by Senator Ted
    Cruz", "Hillary Clinton captured Virginia" (not "Rebels captured Aleppo", "Aleppo was captured
    on Monday", "ISIS must be defeated")."""
    if recipient is None:
        return False
    if _named_person(recipient, ctx):
        return actor is None or _named_person(actor, ctx)
    return _named(recipient, PLACE_LABELS, ctx) and actor is not None and _named_person(actor, ctx)


def _named(party: Party, labels: frozenset[str], ctx: EventContext) -> bool:
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in labels for t in span)


def _named_person(party: Party, ctx: EventContext) -> bool:
    """A person's name (also one the recogniser missed but the actor tables know: "Trump | was
    defeated"), or a pronoun the names layer resolved to one."""
    if _named(party, PERSON_LABELS, ctx):
        return True
    words = party.text.split()
    if words and words[-1][:1].isupper() and ctx.actors.person(words[-1]) is not None:
        return True
    return party.entity is not None and any(e.id == party.entity and e.label in PERSON_LABELS
                                            for e in ctx.readout.entities)


def _asked_for(verb: Token, ctx: EventContext) -> bool:
    """The infinitive of what an appeal or a demand asks for, which has not happened: "Die USA
    forderten Russland auf, seine Truppen abzuziehen", "called on Russia to withdraw its troops"
    (read as the USA's own withdrawal, told by the USA, the request's subject being taken for the
    infinitive's)."""
    head = verb.head
    if verb.dep_ not in CLAUSAL or head == verb or head.pos_ not in VERBAL \
            or "Inf" not in verb.morph.get("VerbForm"):
        return False
    found = find_trigger(head, ctx)
    return found is not None and found.entry.cameo[:2] in REQUESTING


def _doer(subject: Token | None, ctx: EventContext) -> Token | None:
    """Who acted when the subject of a verb is an event noun: Israel in "Israels Angriff auf Gaza
    tötete zwölf Menschen"."""
    if subject is None or subject.pos_ != "NOUN" or not names_an_event(subject, ctx):
        return subject
    return noun_roles(subject, ctx.events_grammar.noun_recipient_slots, ctx).actor or subject


def _said_to(said: Attribution, ctx: EventContext) -> Party | None:
    """The addressee of a speech act, or for a denial the source of the claim it denies."""
    if said.addressee is not None:
        addressee = source_party(said.addressee, ctx)
        if addressee is not None:
            return addressee
    for pair in ctx.readout.claims:
        if pair.denial == said.id and pair.claim_attribution:
            claim = next((a for a in ctx.readout.attributions if a.id == pair.claim_attribution), None)
            if claim is not None and claim.source is not None:
                return source_party(claim.source, ctx)
    return None


def _content_heads(said: Attribution, ctx: EventContext) -> list[Token]:
    """What a speech act is about when its content is a noun phrase ("wies die US-Warnungen …
    zurück", "kritisierte den Austritt der Ukraine"): the phrase's head and its owners."""
    span = ctx.doc.char_span(said.content.start, said.content.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in NOMINAL or any(t.pos_ in VERBAL for t in span):
        return []  # a clause ("das Land … zu verlassen") is no noun phrase, whatever its parse
    root = span.root
    return [root, *(c for c in root.children if c.dep_ in OWNER | POSSESSIVE and not any(
        g.dep_ in CASE_MARKER for g in c.children))]


def _actors_country(recipient: Party, head: Token, doer: Token | None, actor: Party | None) -> bool:
    """The recipient's country is the actor's, read from the actor's phrase that the parser hung on
    the recipient's noun: "wurden … Städte | von der EU-Kommission … verwarnt" (not "Dem chinesischen
    Bürgerrechtler … wurde | vom Europäischen Parlament der Preis verliehen", a country of its own)."""
    return doer is not None and doer != head and doer in head.subtree and actor is not None \
        and recipient.country is not None and recipient.country == actor.country


def _actors_own(recipient: Party, head: Token, actor: Party | None) -> bool:
    """The recipient is the actor's own by a possessive pronoun, and has no other country or sector: "the
    U.S. has never formally accused | its | important, oil-rich ally", "The Russians have been pressing |
    their | advantage" (the ally is another country, the advantage no party; "his Russian counterpart"
    is Russia, and "evacuated its citizens" the country's civilians)."""
    return actor is not None and recipient.country is not None and recipient.country == actor.country \
        and recipient.agent in {None, actor.agent} \
        and any(w.dep_ in POSSESSIVE and w.pos_ in {"PRON", "DET"} for w in (head, *head.children))


def _same_country(a: Party, b: Party | None) -> bool:
    """Of one country: the actor's own place is no other side where a partner is named ("North Korea and
    Russia signed a treaty during Putin's visit | to Pyongyang |")."""
    return b is not None and a.country is not None and a.country == b.country


def _same_words(a: Party | None, b: Party) -> bool:
    return a is not None and a.start < b.end and b.start < a.end


def speech_acts(ctx: EventContext) -> list[tuple[Attribution, Found]]:
    """The attributions whose cue is an event ("drohte", "forderte", "wies … zurück"), with the
    lexicon row: the attribution layer has found the verb and its source, also where the
    tagger did not see a verb ("wies" as an adjective)."""
    found = []
    denials = {pair.denial for pair in ctx.readout.claims}
    for att in ctx.readout.attributions:
        if att.cue is None or not att.cue.lemma:
            continue
        span = ctx.doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
        if span is None or not ctx.in_reportage(span[0]):
            continue
        words = tuple(ctx.doc.char_span(p.start, p.end, alignment_mode="expand")[0]
                      for p in att.cue.parts or (att.cue,))
        # the cue's own words, not its content's: "said China plans to …" is no plan of the speaker's
        context = [t for w in words for t in clause_words(w) if not att.content.start <= t.idx < att.content.end]
        content = ctx.doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
        if content is not None and content.root.pos_ in NOMINAL and not any(t.pos_ in VERBAL for t in content):
            context += list(content)  # "als Falschinformation bezeichnete": the label is the pattern's word
        entry = cue_entry(att.cue.lemma, context, ctx)
        if entry is None and att.id in denials:
            entry = DENIAL
        verb = _cue_verb(words)
        if entry is not None and codes_the_verb(entry, verb, ctx):
            found.append((att, Found(verb, entry, words)))
    return found


def _cue_verb(words: tuple[Token, ...]) -> Token:
    """The word of a cue that tells what was done: its verb, else (the tagger took "wies" for an
    adjective) its first word that is no auxiliary, expletive or marker the cue holds too ("hat …
    gewarnt", "Es heißt")."""
    return next((w for w in words if w.pos_ == "VERB"), None) or next(
        (w for w in words if w.dep_ not in ANY_AUX | MARKER | SUBJECT | EXPLETIVE), words[0])


def _place_name(place: Token, ctx: EventContext) -> str:
    """A place by its name: the entity's canonical name, else its words ("Addis Abeba")."""
    span = next((e for e in place.doc.ents if e.start <= place.i < e.end), None)
    return span.text if span is not None else place.text


def _cue_lemma(said: Attribution | None) -> str | None:
    return said.cue.lemma if said is not None and said.cue is not None else None


def _party(token: Token | None, ctx: EventContext, speaker: Party | None) -> Party | None:
    return party(token, ctx, speaker) if token is not None else None


def _topic_only(noun: Token, ctx: EventContext) -> bool:
    """A noun under "vor", "über" … is what was talked about ("warnte vor einem Einmarsch"), as is
    one that was discussed or was the topic ("russische Forderungen waren Thema"), and a noun
    that is the object of a verb trigger is that verb's event ("bereite einen Angriff vor")."""
    head = noun.head
    topics = ctx.events_grammar.topic_prepositions
    if head.pos_ == "ADP" and head.lower_ in topics or any(c.dep_ in CASE_MARKER and c.lower_ in topics
                                                           for c in noun.children):
        return True
    if _talked_about(noun, ctx.events_grammar.topic_words):
        return True
    return head != noun and head.pos_ in VERBAL and find_trigger(head, ctx) is not None


def _talked_about(noun: Token, words: frozenset[str]) -> bool:
    """"Forderungen … waren Thema", "Thema war der Angriff", "die Sanktionen wurden besprochen"."""
    if noun.dep_ in SUBJECT | PASSIVE_SUBJECT | DIRECT_OBJECT and noun.head.lemma_.lower() in words:
        return True
    return any(c.dep_ in SUBJECT and c.lemma_.lower() in words for c in noun.children) and any(
        c.dep_ in COPULA for c in noun.children)
