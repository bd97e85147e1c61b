"""Rules that turn a cue in a parsed sentence into a candidate attribution.

Each kind of cue has its rule, chosen from a registry by the cue's part of speech and
frame (see ``lexicons/README.md``): verbs of saying take a clause or a quotation, object
verbs ("kritisieren", "warnen vor") a noun phrase, deny verbs what they reject,
prepositions ("laut", "zufolge", "according to") and the reportage "…, so Putin." the
clause around them, and utterance nouns ("Zusammenfassung", "statement") a clause or a
quotation introduced by a colon.

A rule finds its cue with ``cues``, the message with the finders of ``content`` and the
speaker with ``sources``; ``candidates_in`` runs the rules over a sentence.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Doc, Span, Token

from wortlaut.attribution.addressees import addressee_of
from wortlaut.attribution.candidates import Candidate
from wortlaut.attribution.content import (CLAUSE_FINDERS, FRAME_FINDERS, after_colon, colon_quote, object_relative,
                                         participle_on_report_noun, past_relative_clause, report_noun_entry)
from wortlaut.attribution.context import SentenceContext
from wortlaut.attribution.cues import verb_cue
from wortlaut.attribution.sources import (NP_POS, in_attribute_before_noun, is_name, is_passive, is_time,
                                         juxtaposed_object, listener_in_phrase, name_after_quote, noun_owner,
                                         noun_phrase_after, opens_another_phrase, opens_modifier_complement,
                                         passive_agent, passive_subject, quoted_name_start, quoted_speaker,
                                         relative_antecedent, source_phrase, stray_word, utterance_owner,
                                         verb_source, wording_at)
from wortlaut.attribution.tokens import chars, previous_word
from wortlaut.nlp.grammar import is_possessive, verb_lemmas, zu_infinitive
from wortlaut.nlp.lexicon import CueEntry
from wortlaut.nlp.names import SENTENCE_ENDS
from wortlaut.nlp.paragraphs import DASHES
from wortlaut.nlp.quotes import BRACKETS, CLOSING_QUOTES, QUOTE_MARKS
from wortlaut.nlp.syntax import (ANY_AUX, ATTRIBUTIVE, AUX_OR_COPULA, CASE_MARKER, CLAUSAL, COMPOUND, CONJUNCT,
                                 DEPENDENT_VERB, DIRECT_OBJECT, EXPLETIVE, FINITE_HELPER, MARKER, NAME_PART, NOMINAL,
                                 OWNER, PARTICLE, PASSIVE_SUBJECT, POSSESSIVE, SUBJECT, SUBORDINATE, VERBAL, children,
                                 is_finite_verb, own_reflexive, phrase, subject_of, trim)

MAX_REFERENCE_WORDS = 5  # "(wie Wikinews bereits berichtete)": a bracketed pointer to earlier coverage
MAX_BARE_LISTENER_WORDS = 6  # "Klien", "Der frühere Präsident": a longer passive subject is more likely a misparse


def verb_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    found = verb_cue(token, ctx)
    if found is None:
        return []
    entry, cue = found
    if _intended(token, ctx) or _other_sense(token, entry, ctx) or _in_discourse_phrase(token, ctx) \
            or _naming_participle(token, entry, ctx) or _only_possible(token, ctx) or _cross_reference(token, ctx) \
            or _asked_of_listener(token, ctx) or participle_on_report_noun(token, ctx) or _part_of_compound(token):
        return []
    token = _argument_holder(token, cue)
    causative = _causative_of(token, ctx)
    if causative is not None:
        cue = sorted([causative, *cue], key=lambda t: t.i)
        token = causative
    for finder in FRAME_FINDERS.get(entry.frame, FRAME_FINDERS["say"]):
        content = _before_final_particle(_after_cue_words(finder(token, ctx), cue, ctx), cue, ctx)
        if content is not None and not _overlaps_tokens(content, cue):
            break
    else:
        return []
    if finder in CLAUSE_FINDERS:
        content = _with_reported_clause_after(content, ctx)
    quoting = entry.lemma in ctx.grammar.quoting_verbs
    if quoting and _says_itself(token, ctx):
        return []
    passive = is_passive(token, ctx)
    quoted = quoted_speaker(token, passive, ctx) if quoting else None
    source = quoted or (passive_agent(token, ctx) if passive
                        else verb_source(token, ctx) or _part_subject(cue, token, ctx))
    if source is None and passive and finder in CLAUSE_FINDERS:
        source = utterance_owner(token, ctx)  # "In einer Pressemitteilung der Organisation wird gefordert, dass …"
    if quoted is not None:
        addressee = None
    elif passive:
        says_a_clause = finder in CLAUSE_FINDERS
        addressee, source = _passive_listener(token, entry, says_a_clause, source, ctx)
        if source is None and addressee is None and not says_a_clause:
            return []  # "In den USA werde Alarmismus verbreitet": no one is reported here
    else:
        addressee, source = addressee_of(token, entry, source, ctx)
        addressee = addressee or _labelled(token, content, source, ctx)
    if addressee is not None and _overlaps_tokens(content, list(ctx.doc[addressee[0]:addressee[1]])):
        opened = _after_opening_listener(content, addressee, ctx)
        if opened is not None:
            content = opened
            if _overlaps_tokens(content, list(ctx.doc[addressee[0]:addressee[1]])):
                addressee = _before_message(addressee, content, ctx)  # ("der Nachrichtenagentur AFP, | Hilfskonvois")
        else:
            addressee = _before_message(addressee, content, ctx)  # words inside the message are not its listener
    addressee = _before_cue(addressee, cue)
    content = _within_quote(content, token, ctx)
    if content is None:
        return []
    content = _through_quotation(_before_opening_mark(_before_colon_quotation(content, ctx), ctx), ctx)
    if source is not None and content[0] <= ctx.doc[source[0]].idx < content[1] and ctx.text[content[0]] in QUOTE_MARKS \
            and token.idx >= content[1]:
        source = name_after_quote(token)  # the parser took words of the quotation for the subject: "''Uncontrolled
        # migration, … come with enormous dangers,'' | Mr. Kosa | told …"
        if source is not None and content[0] < ctx.doc[source[0]].idx < content[1]:
            words = ctx.doc.char_span(content[0], content[1], alignment_mode="expand")
            content = chars(ctx.doc, *trim(ctx.doc, words.start, source[0]))  # (and the quotation's clause took the
            # speaker's first words: '"…," former State policy planning director | Anne | -Marie Slaughter wrote')
    if source is not None and ctx.doc[source[0]].idx <= content[0] < ctx.doc[source[1] - 1].idx + 1:
        after = trim(ctx.doc, source[1], ctx.doc.char_span(content[0], content[1], alignment_mode="expand").end)
        if after[1] - after[0] < 1:
            return []
        content = chars(ctx.doc, *_after_wording(after, ctx))
    elif source is not None and token.dep_ in CONJUNCT and token.idx < content[0] < ctx.doc[source[0]].idx \
            and ctx.doc[source[1] - 1].idx < content[1]:
        source = None  # a second verb's message speaks for no one; its subject is the first's: "Die Opposition
        # kritisierte … und sprach von | einem „Skandal“"
    one_word = source is not None and source[1] - source[0] == 1
    speaker = relative_antecedent(ctx.doc[source[0]], ctx) if one_word else None  # "…, der sagte": whom "der" names
    cue = _with_helpers(cue, token, content, source, ctx)
    return [Candidate(content, cue, entry.lemma, entry.stance, source, rule=f"verb:{entry.frame}",
                      sentence=ctx.sentence.start_char, addressee=addressee, speaker=speaker)]


def _argument_holder(verb: Token, cue: list[Token]) -> Token:
    """"Am Montag wurde bekannt, dass …", "Er ist der Meinung, dass …": where the verb of a cue in
    several words only helps another of its words, the parser hung the subject and the message on
    that word."""
    return verb.head if verb.dep_ in FINITE_HELPER and verb.head in cue else verb


def _with_helpers(cue: list[Token], verb: Token, content: tuple[int, int], source: tuple[int, int] | None,
                  ctx: SentenceContext) -> list[Token]:
    """The cue with the words of the verb that only help it say, where the language's cue takes them
    (``cue_includes_helpers``): its auxiliaries ("hat … gewarnt", "war berichtet worden"), its
    expletive subject or object ("heißt es", "hält es für möglich, dass …"), its reflexive pronoun
    ("äußerte sich", "hat sich … bereit erklärt"), the adverb that announces its clause ("geht davon
    aus, dass …"; ``correlative_adverbs``) and the word that opens its predicate ("bezeichnete … als");
    none inside the message or the source."""
    grammar = ctx.grammar
    if not grammar.cue_includes_helpers:
        return cue
    expletives = grammar.expletives - grammar.anaphoric_demonstratives - grammar.generic_pronouns
    reflexive = own_reflexive(verb)
    helpers = [c for c in verb.children if c.dep_ in ANY_AUX and c.pos_ == "AUX"
               or c.lower_ in grammar.correlative_adverbs
               or c.pos_ == "PRON" and c.lower_ in expletives and c.dep_ in SUBJECT | EXPLETIVE | DIRECT_OBJECT
               or c == reflexive]
    opener = _report_marker(verb, ctx)
    if opener is not None:
        helpers.append(opener)
    helpers += _wording_phrase(verb, ctx) + _predicate_marker(content, ctx)
    added = [t for t in helpers if t not in cue and not content[0] <= t.idx < content[1]
             and not (source is not None and source[0] <= t.i < source[1])]
    return sorted([*cue, *added], key=lambda t: t.i) if added else cue


def _wording_phrase(verb: Token, ctx: SentenceContext) -> list[Token]:
    """"zitierte ihn | mit den Worten | …": the words of a ``wording_phrases`` phrase whose noun hangs
    on the verb."""
    for child in verb.children:
        for words in ctx.grammar.wording_phrases:
            start = child.i - len(words) + 1
            if child.lower_ == words[-1] and start >= ctx.sentence.start \
                    and tuple(t.lower_ for t in ctx.doc[start: child.i + 1]) == words:
                return list(ctx.doc[start: child.i + 1])
    return []


def _after_wording(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """A message after its speaker starts past a ``wording_phrases`` phrase that opens it ("zitierte
    einen Insider | mit den Worten, | der Aufsichtsrat habe …"): those words belong to the cue."""
    start, end = span
    words = wording_at(ctx.doc, start, ctx.grammar)
    return trim(ctx.doc, start + words, end) if words else span


def _predicate_marker(content: tuple[int, int], ctx: SentenceContext) -> list[Token]:
    """"bezeichnete den Plan | als | unrealistisch": the ``predicative`` word that opens a message which
    is the verb's predicate (SpkAtt-2023 marks the cue "bezeichnete … als")."""
    words = ctx.doc.char_span(*content, alignment_mode="expand")
    if words is None or words.start <= ctx.sentence.start:
        return []
    before = ctx.doc[words.start - 1]
    return [before] if before.lower_ in ctx.grammar.predicative and words.start <= before.head.i < words.end else []


def _report_marker(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Wie der Vorsitzende Richter ausführte, …": the ``report_markers`` word that opens the verb's
    clause, at the sentence's start or after a comma, whatever the parser hung it on."""
    first = verb.left_edge
    before = ctx.doc[first.i - 1] if first.i > ctx.sentence.start else None
    return first if first.lower_ in ctx.grammar.report_markers and first.i < verb.i \
        and (before is None or before.text == ",") else None


def _intended(verb: Token, ctx: SentenceContext) -> bool:
    """A verb of saying in a to-infinitive under a verb that is not one says nothing yet: "officials,
    not authorized to discuss the matter"; nor does one under a verb that tells its listener what
    to do (``listener_object_verbs``): "urged Americans to reject …"; under a refusal ("declined to
    comment", frame ``refuse``) the refusal is the report; nor does one that a verb keeps from being said
    (``prevention_markers``: "a gag order barring Trump from commenting on court staff"; not after a comma,
    where it opens a range: "accusations that he exaggerated details of his life story, | from claiming …
    to recounting …")."""
    if any(c.dep_ in MARKER and c.lower_ in ctx.grammar.prevention_markers and c.i > 0 and c.nbor(-1).text != ","
           for c in verb.children):
        return True
    if not _marked_infinitive(verb) or verb.head == verb:
        return False
    governing = verb_cue(verb.head, ctx)
    return governing is None or governing[0].lemma in ctx.grammar.listener_object_verbs \
        or governing[0].frame == "refuse"


def _other_sense(verb: Token, entry: CueEntry, ctx: SentenceContext) -> bool:
    """A phrase of the verb opened by one of its ``other_sense_prepositions`` makes it no verb of
    saying: "Das Landgericht hat einen früheren Manager … zu drei Jahren Haft verurteilt", "The judge
    has not yet ruled on the request" (not a time: "ruled on Monday that …"); so does a noun object
    of one of its ``other_sense_objects`` ("The company will appeal the ruling"), a noun object ending
    in one of its ``other_sense_object_nouns`` ("Überschwemmungen haben 100 Todesopfer gefordert") or
    a reflexive pronoun of one of its ``other_sense_reflexives`` ("Die Befürchtung bestätigte sich"); and a
    subject other than an expletive of one of its ``impersonal_verbs`` ("Das heißt, …": "heißt es" reports)."""
    if entry.lemma in ctx.grammar.impersonal_verbs and _personal_subject(verb, ctx):
        return True  # ``impersonal_verbs``: "Der Musiker heißt mit bürgerlichem Namen …", "Das heißt, …"
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECT and c.pos_ in NOMINAL | {"PRON"}
               and "Yes" not in c.morph.get("Reflex")]
    if entry.lemma in ctx.grammar.other_sense_objects and objects:
        return True  # ``other_sense_objects``: "will appeal the ruling"
    if entry.lemma in ctx.grammar.other_sense_reflexives and own_reflexive(verb) is not None:
        return True  # ``other_sense_reflexives``: "Die Befürchtung bestätigte sich", "der sich … nennt"
    endings = ctx.grammar.other_sense_object_nouns.get(entry.lemma, ())
    if any(o.lemma_.lower().endswith(endings) or o.lower_.endswith(endings) for o in objects):
        return True  # ``other_sense_object_nouns``: "Das Erdbeben hat 65 Menschenleben gefordert"
    if _modal_passive(verb, ctx):
        return True  # ``modal_passive_auxiliaries``: "Mit einer Entscheidung ist erst im Herbst zu rechnen"
    if entry.lemma in ctx.grammar.raising_verbs and _infinitive_without_comma(verb, ctx):
        return True  # ``raising_verbs``: "Ohne Investitionen drohe Deutschland den Anschluss zu verlieren"
    prepositions = ctx.grammar.other_sense_prepositions.get(entry.lemma)
    if not prepositions:
        return False
    phrases = [t for t in ctx.doc[ctx.sentence.start: ctx.sentence.end]
               if t.pos_ == "ADP" and (verb in (t.head, t.head.head)
                                       or verb == t.head.head.head and t.head.head.pos_ not in VERBAL)]
    # (also one the parser hung on a time phrase of the verb: "verurteilte … am Dienstag | zu sieben Jahren Haft")
    return any(t.lower_ in prepositions and not _time_phrase(t.head, ctx) and not _after_message_phrase(t, verb, ctx)
               for t in phrases)


def _marked_infinitive(verb: Token) -> bool:
    """An infinitive with its particle among its words ("zu rechnen", "to discuss")."""
    return "Inf" in verb.morph.get("VerbForm") and any(c.dep_ in MARKER and c.pos_ == "PART" for c in verb.children)


def _modal_passive(verb: Token, ctx: SentenceContext) -> bool:
    """A zu-infinitive with one of the ``modal_passive_auxiliaries`` tells what must or can be done ("Es ist
    nicht damit zu rechnen, …"), no one's words; not with a predicative adjective between them, whose
    clause the infinitive is ("Den Unterstützern der Vorlage war es wichtig zu betonen, dass …")."""
    return _marked_infinitive(verb) and any(
        c.dep_ in AUX_OR_COPULA and c.lemma_ in ctx.grammar.modal_passive_auxiliaries
        and not any(t.pos_ == "ADJ" for t in ctx.doc[c.i + 1: verb.i]) for c in verb.children)


def _personal_subject(verb: Token, ctx: SentenceContext) -> bool:
    """The verb has a subject and no expletive among its words: "Das | heißt", not "hieß | es"."""
    expletive = any(c.pos_ == "PRON" and c.lower_ in ctx.grammar.expletives
                    and c.lower_ not in ctx.grammar.anaphoric_demonstratives for c in verb.children)
    return not expletive and any(c.dep_ in SUBJECT for c in verb.children)


def _infinitive_without_comma(verb: Token, ctx: SentenceContext) -> bool:
    """An infinitive with its particle hangs on ``verb`` and no comma stands between them ("drohen zu
    scheitern", "droht am Great Barrier Reef auseinanderzubrechen", not "drohte, die Lieferungen
    einzustellen")."""
    for clause in children(verb, CLAUSAL | DEPENDENT_VERB):
        if not (_marked_infinitive(clause) or zu_infinitive(clause, ctx.grammar)):
            continue
        between = ctx.doc[min(verb.i, clause.i) + 1: max(verb.i, clause.i)]  # ("droht damit, | das … zu akzeptieren")
        if not any(t.text == "," for t in between):
            return True
    return False


def _after_message_phrase(preposition: Token, verb: Token, ctx: SentenceContext) -> bool:
    """A phrase of a ``weak_frame_prepositions`` word before it holds what was said, the
    parser having hung a phrase inside it on the verb: "hatten von der Notwendigkeit eines
    Krieges | gegen die Aufrührer | gesprochen" (not a passive's agent: "wurde vom Gericht zu
    drei Jahren verurteilt")."""
    return not is_passive(verb, ctx) and any(
        t.lower_ in ctx.grammar.weak_frame_prepositions and t.pos_ == "ADP"
        for t in ctx.doc[ctx.sentence.start: preposition.i])


def _only_possible(verb: Token, ctx: SentenceContext) -> bool:
    """A verb of saying that one of the ``ability_modals`` helps tells what someone can or could
    say, not what they said: "Die Journalisten hätten das durch einen Anruf herausfinden können",
    "Bürger können sich beim Büro beschweren" (the parser hangs the modal on the verb or the verb
    on the modal)."""
    modals = ctx.grammar.ability_modals
    return bool(modals) and (any(c.lemma_ in modals for c in verb.children if c.dep_ in ANY_AUX)
                             or verb.dep_ in DEPENDENT_VERB and verb.head.lemma_ in modals)


def _asked_of_listener(verb: Token, ctx: SentenceContext) -> bool:
    """A question put to the one addressed asks what they think or said, it reports no words: "Do you think
    Donald Trump has campaigned as a racial healer?", "Who do you think will win the Super Bowl?" (PolNeAR
    train, 150 articles: 9 reports fewer, 1 of them annotated; SpkAtt news train: 2 fewer, none). The verb's
    subject is in the second person and its clause ends with a question mark; "You said the plan would
    work." reports."""
    subject = subject_of(verb)
    if subject is None or "2" not in subject.morph.get("Person"):
        return False
    end = next((t for t in ctx.doc[verb.i + 1: ctx.sentence.end] if t.text in SENTENCE_ENDS), None)
    return end is not None and end.text == "?"


def _part_of_compound(word: Token) -> bool:
    """"According to | state | law": a noun tagged a verb that the parser made the first part of the
    compound noun after it says nothing (not one made part of a name: "to | portray | Halvorson as …")."""
    return word.dep_ in COMPOUND and word.head.i > word.i and word.head.pos_ == "NOUN"


def _naming_participle(verb: Token, entry: CueEntry, ctx: SentenceContext) -> bool:
    """A participle of a ``naming_verbs`` verb with no auxiliary names what stands beside it ("Ted
    Stevens, „Uncle Ted“ genannt, …", "a group called Friends of the Earth"); with one it reports
    ("Als Grund wurde genannt, dass …"). A participle prefix the lemma lacks marks the form where the
    tagger made it finite ("genannt" tagged VVFIN; no finite form of "nennen" opens with "ge")."""
    participle = "Part" in verb.morph.get("VerbForm") or any(
        verb.lower_.startswith(p) and not entry.lemma.startswith(p) for p in ctx.grammar.participle_prefixes)
    return entry.lemma in ctx.grammar.naming_verbs and participle and not children(verb, AUX_OR_COPULA) \
        and not is_passive(verb, ctx)


def _time_phrase(noun: Token, ctx: SentenceContext) -> bool:
    """A time that ends its phrase ("ruled on Monday | that …"), not one a noun follows ("verurteilte
    den Mann zu vier Jahren | Haft", "Haft" parsed apart)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < ctx.sentence.end else None
    return is_time(noun, ctx) and not (after is not None and after.pos_ == "NOUN")


def _cross_reference(verb: Token, ctx: SentenceContext) -> bool:
    """"( Wikinews berichtete )", "(wir berichteten)": a verb of saying in brackets with nothing but
    its subject and adverbs points to earlier coverage; it reports nothing of the sentence around."""
    brackets = _brackets_around(verb, ctx)
    if brackets is None:
        return False
    inside = ctx.doc[brackets[0] + 1: brackets[1]]
    return len(inside) <= MAX_REFERENCE_WORDS and all(
        t == verb or t.pos_ in NOMINAL | {"PRON", "DET", "ADV", "AUX"} for t in inside)


def _brackets_around(word: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The opening and closing brackets of the sentence around ``word`` (their indices), if any."""
    doc = ctx.doc
    opening = next((t for t in reversed(doc[ctx.sentence.start: word.i]) if t.text in BRACKETS), None)
    closing = next((t.i for t in doc[word.i + 1: ctx.sentence.end] if t.text in BRACKETS.values()), None)
    if opening is None or closing is None or BRACKETS[opening.text] != doc[closing].text:
        return None
    return opening.i, closing


def _relative_clause_around(first: int, ctx: SentenceContext) -> tuple[int, int] | None:
    """Where the relative clause that holds token ``first`` starts (its pronoun after a comma, or the
    pronoun's preposition: "unter denen") and ends (the last word under the clause's verb), if there is one."""
    doc = ctx.doc
    comma = next((t.i for t in reversed(doc[ctx.sentence.start: first]) if t.text == ","), None)
    if comma is None or comma + 1 >= first:
        return None
    pronoun = doc[comma + 2] if doc[comma + 1].pos_ == "ADP" else doc[comma + 1]
    verb = pronoun.head
    if "Rel" not in pronoun.morph.get("PronType") or pronoun.i >= first or verb.i <= first:
        return None
    return comma + 1, min(verb.right_edge.i + 1, ctx.sentence.end)


def _in_discourse_phrase(verb: Token, ctx: SentenceContext) -> bool:
    """The verb is a word of a set phrase that reports nothing (``discourse_phrases``): "Ehrlich
    gesagt hat mich das überrascht", "That said, the company expects growth"."""
    for words in ctx.grammar.discourse_phrases:
        for at, word in enumerate(words):
            start = verb.i - at
            if word == verb.lower_ and start >= ctx.sentence.start and start + len(words) <= ctx.sentence.end \
                    and tuple(t.lower_ for t in ctx.doc[start: start + len(words)]) == words:
                return True
    return False


def _causative_of(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Er habe niemanden töten wollen, ließ der 51-Jährige über seinen Verteidiger erklären": the
    causative the verb of saying is the infinitive of passes the words on for its own subject, and
    its clause holds them (``causative_verbs``; also where the parser made the infinitive its
    auxiliary: "Sein Anwalt ließ | mitteilen, …"); not with a reflexive ("Anders ließen sich die
    Passagen nicht erklären")."""
    head = verb.head if verb.dep_ in DEPENDENT_VERB | ANY_AUX else _causative_before(verb, ctx)
    if head is None or head.lemma_.lower() not in ctx.grammar.causative_verbs:
        return None
    reflexive = any("Yes" in c.morph.get("Reflex") for t in (verb, head) for c in t.children)
    return None if reflexive else head


def _causative_before(verb: Token, ctx: SentenceContext) -> Token | None:
    """The finite verb before an infinitive with only a phrase between, which the parser hung
    elsewhere: "Der Beschuldigte ließ über seinen Anwalt | erklären, er weise …" (made punctuation of
    the reported clause)."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return None
    for token in reversed(ctx.doc[ctx.sentence.start: verb.i]):
        if token.is_punct or token.pos_ in VERBAL:
            return token if is_finite_verb(token) else None
    return None


def _says_itself(verb: Token, ctx: SentenceContext) -> bool:
    """"Reuters quoted a spokesman as saying that …": the verb of saying under the quoting verb
    reports the message, with the one quoted as its speaker."""
    return any(verb_cue(child, ctx) is not None for child in verb.children
               if child.dep_ in DEPENDENT_VERB and child.pos_ == "VERB")


def _passive_listener(verb: Token, entry: CueEntry, says_a_clause: bool, source: tuple[int, int] | None,
                      ctx: SentenceContext) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Whom a passive speech act addresses, and its source (the agent, or None): the subject of a
    verb whose object is the listener ("Die Männer werden beschuldigt, …", "Die Bewohner wurden von
    der Polizei aufgefordert, …"), or of any verb whose message is a clause, where the subject
    cannot be what was said and the parser made the fronted dative one ("Klien wurde vorgeworfen,
    an der Schlägerei beteiligt gewesen zu sein"; not an expletive: "Es wird vermutet, dass …"), or
    a dative ("Ihm wird vorgeworfen, …"). Without an agent the report is kept, with no source."""
    if entry.lemma in ctx.grammar.listener_object_verbs or says_a_clause and not _raised(verb, ctx):
        subject = passive_subject(verb, ctx)
        if subject is not None and (source is None or not (subject[0] < source[1] and source[0] < subject[1])) \
                and (entry.lemma in ctx.grammar.listener_object_verbs or _names_a_party(subject, ctx)
                     or _dative_made_subject(subject, entry, ctx)):
            return subject, source
    return addressee_of(verb, entry, source, ctx)


def _raised(verb: Token, ctx: SentenceContext) -> bool:
    """"Blinken is expected | to travel to the region": an infinitive with its particle right after
    the passive verb has the passive subject as its own; no one was spoken to (unlike "X was urged
    to …", whose verb takes its listener as object, or "Klien wurde vorgeworfen, | an der Schlägerei
    beteiligt gewesen zu sein")."""
    after = verb.i + 1
    return after < ctx.sentence.end and any(
        c.i == after and c.dep_ in MARKER and c.pos_ == "PART" for child in verb.children
        if child.dep_ in DEPENDENT_VERB for c in child.children)


def _dative_made_subject(phrase: tuple[int, int], entry: CueEntry, ctx: SentenceContext) -> bool:
    """The passive of a verb whose listener is its dative and whose message a clause has no subject of
    its own ("Klien wurde vorgeworfen, …", with the name tagged a common noun; ``dative_listener_verbs``):
    what the parser made its subject is the listener, but for a pronoun that stands for the thing said
    ("Das wurde ihm vorgeworfen")."""
    first = ctx.doc[phrase[0]]
    return entry.lemma in ctx.grammar.dative_listener_verbs and phrase[1] - phrase[0] <= MAX_BARE_LISTENER_WORDS \
        and not (first.pos_ == "PRON"
                 and first.lower_ in ctx.grammar.expletives | ctx.grammar.anaphoric_demonstratives)


def _names_a_party(phrase: tuple[int, int], ctx: SentenceContext) -> bool:
    """A phrase that can be spoken to: a name (its head, or a name set beside the head: not "Die Zahl der
    Roma in Frankreich wird … geschätzt"), or a noun phrase opened by a dative-only determiner ("Dem
    Orden"), or by an ``oblique_determiners`` word where the noun is not read as nominative ("Der
    Regierung wird vorgeworfen, …"); not a thing ("Das gute Gesamtergebnis wurde bestätigt, …")."""
    words = ctx.doc[phrase[0]:phrase[1]]
    oblique = words[0].lower_ in ctx.grammar.oblique_determiners and "Nom" not in words.root.morph.get("Case")
    named = any(is_name(t) for t in words if t == words.root or t.head == words.root and t.dep_ in NAME_PART)
    return named or words[0].lower_ in ctx.grammar.dative_determiners or oblique


def _labelled(verb: Token, content: tuple[int, int], source: tuple[int, int] | None,
              ctx: SentenceContext) -> tuple[int, int] | None:
    """Whom a label is given: the object of "würdigte den Komponisten als großen Künstler",
    when the message is what follows "als" (SpkAtt annotates it as the addressee)."""
    first = ctx.doc.char_span(content[0], content[1], alignment_mode="expand")
    before = previous_word(ctx.doc, first.start, ctx.sentence.start) if first is not None else None
    if before is None or before.lower_ not in ctx.grammar.predicative:
        return None
    target = next((c for c in verb.children if c.dep_ in DIRECT_OBJECT and c.pos_ in NOMINAL), None)
    if target is None or not any(is_name(t) and t.dep_ not in POSSESSIVE for t in target.subtree):
        return None  # a thing labelled is no listener: "bezeichnete die Pläne als „Wortbruch“", "described
        # Britain's vote as …" (a name that owns the thing names no one labelled)
    found = source_phrase(target, ctx)
    if source is not None and found[0] < source[1] and source[0] < found[1]:
        return None
    return found


def _before_cue(listener: tuple[int, int] | None, cue: list[Token]) -> tuple[int, int] | None:
    """A listener ends before the words of its cue: "dem Bundestagspräsidenten | Auskunft geben"."""
    if listener is None:
        return None
    end = min([t.i for t in cue if listener[0] <= t.i < listener[1]], default=listener[1])
    return (listener[0], end) if end > listener[0] else None


def _within_quote(content: tuple[int, int], cue: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A report inside a quotation ends where the quotation ends; one whose message lies wholly
    outside it is none ("“… that we have found.” He added, “…”": not what "found" found)."""
    around = ctx.quotes_around.containing(cue.idx, cue.idx + 1)
    if not around:
        return content
    inner = min(around, key=lambda q: q.end - q.start)
    start, end = max(content[0], inner.inner_start), min(content[1], inner.inner_end)
    return (start, end) if end > start else None


def _before_opening_mark(content: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """A message ends before the mark that opens the next quotation, which the parser may have
    hung on it ("questioned the central bank's patience. | \"The Fed is behind the curve\"")."""
    start, end = content
    if end - start < 2 or not any(q.start == end - 1 for q in ctx.quotes):
        return content
    end -= 1
    while end > start + 1 and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in SENTENCE_ENDS):
        end -= 1
    return start, end


def _before_colon_quotation(content: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """A message that is no quotation ends at a colon that opens one, which the parser may have hung
    on it ("glaubt, dass das Team gestärkt aus der Saison hervorgegangen sei | : „Wir haben gelernt …“":
    the quotation is a report of its own)."""
    start, end = content
    opened = [q.start for q in ctx.quotes if start < q.start < end]
    for at in opened:
        before = at - 1
        while before > start and ctx.text[before].isspace():
            before -= 1
        if ctx.text[before] == ":":
            while before > start + 1 and ctx.text[before - 1].isspace():
                before -= 1
            return start, before
    return content


def _through_quotation(content: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """A message that opens a quotation runs to its closing mark, where that closes in the same
    sentence, however the parse ended the clause inside it ("der Bericht sei „ein grundlegendes
    Dokument, | das den Weg ebnen wird …“": the relative clause had been cut off), also where the closing
    mark stands after the sentence's full stop ('were "still waiting for help that was promised."')."""
    start, end = content
    limit = ctx.sentence.end_char
    while limit < len(ctx.text) and ctx.text[limit] in CLOSING_QUOTES:
        limit += 1
    closing = max((q.end for q in ctx.quotes_around.containing(end - 1, end)
                   if start <= q.start < end < q.end <= limit and q.closed), default=end)
    return start, closing


def _part_subject(cue: list[Token], verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Wie das Polizeipräsidium Westpfalz bekannt gab, …": the subject the parser hung on another word
    of a cue in several words ("bekannt" of "bekannt geben") speaks."""
    subject = next((c for part in cue if part != verb for c in part.children if c.dep_ in SUBJECT
                    and c.pos_ in NP_POS and c.i < verb.i), None)
    return source_phrase(subject, ctx, verb) if subject is not None else None


def _with_reported_clause_after(content: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """"Struck sagte, die Kritik müsse hingenommen werden, | der Zapfenstreich selbst sei aber für die Mehrheit
    „ein gutes Ereignis“": where reported speech goes on by mood (``speech_continues_by_mood``), the rest of
    the sentence after the message's comma goes on with it when every finite verb there is in the subjunctive,
    or there is none ("…, die Gesetze seien ausreichend, | zum Teil sogar überzogen"), and none of them is a
    verb of saying of its own; so does a relative clause on the message's last noun, whatever its mood ("…, der
    Hubschrauber gehöre einem Waffenfabrikanten, | der … festgenommen wurde"; not a sentential one, ", was …",
    which comments on the message)."""
    if not ctx.grammar.speech_continues_by_mood:
        return content
    comma = next((t for t in ctx.sentence if t.idx >= content[1]), None)
    if comma is None or comma.text != "," or comma.idx != content[1]:
        return content
    start, end = trim(ctx.doc, comma.i + 1, ctx.sentence.end)
    if end <= start:
        return content
    finite = [t for t in ctx.doc[start:end] if is_finite_verb(t)]
    opener = ctx.doc[start]
    if any(verb_cue(t, ctx) is not None for t in finite) or opener.lower_ in ctx.lexicon.noun_prepositions \
            or any(ctx.lexicon.phrases_at(ctx.doc[start:end])) \
            or any(t.lower_ in ctx.grammar.postpositions for t in ctx.doc[start:end]):
        return content  # (", so Hisbollah-Chef Hassan Nasrallah im libanesischen Fernsehen": a report of its own)
    if not finite or all("Sub" in t.morph.get("Mood") for t in finite):
        return content[0], chars(ctx.doc, start, end)[1]
    if "Rel" in opener.morph.get("PronType") and opener.lower_ not in ctx.grammar.sentential_relatives \
            and start + 1 < end and not is_finite_verb(ctx.doc[start + 1]):  # (not a main clause: ", das kommt …")
        closing = past_relative_clause(comma.i, ctx)  # (the comma after the relative clause, or none)
        return content[0], chars(ctx.doc, start, closing - 1 if closing > comma.i else end)[1]
    return content


def _after_opening_listener(content: tuple[int, int], listener: tuple[int, int], ctx: SentenceContext
                            ) -> tuple[int, int] | None:
    """"Thaksin beschuldigte | den ehemaligen Ministerpräsidenten Samak, | ihn fallen gelassen zu
    haben": a listener the parse ran into the message's start, closed by a comma, opens it; the
    message is the clause after the comma. So too a noun phrase right after the listener, which the
    parser made its apposition ("Die Behörden werfen | dem Minister | Korruption vor"); also with the
    listener's preposition ("sagte | zum „Algemeen Dagblad“, | nach dem Spiel hätten …")."""
    doc = ctx.doc
    opening = listener[0] - 1 if listener[0] > 0 and doc[listener[0] - 1].pos_ == "ADP" else listener[0]
    if doc[opening].idx != content[0] or listener[1] >= len(doc):
        return None
    listener = (listener[0], next((t.i for t in doc[listener[0]: listener[1]] if t.text == ","), listener[1]))
    start, end = trim(doc, listener[1], doc.char_span(content[0], content[1], alignment_mode="expand").end)
    if doc[listener[1]].text == ",":
        return chars(doc, start, end) if end - start >= 2 else None
    rest = doc[start:end]
    juxtaposed = end > start and juxtaposed_object(rest.root, ctx) and rest.root.head.i < start \
        and all(t.pos_ in NOMINAL | {"DET", "ADJ", "NUM"} or t.is_punct for t in rest)
    prepositional = _prepositional_message(rest, doc[listener[0]: listener[1]], ctx)
    return chars(doc, start, end) if juxtaposed or prepositional else None


def _prepositional_message(rest: Span, listener: Span, ctx: SentenceContext) -> bool:
    """"hat | die europäischen Partner | um weitere Luftabwehrsysteme gebeten": a phrase of a frame
    preposition right after the listener's noun, which the parser hung on it, is the message (not one
    after a genitive, which it describes: "die Türken des Völkermordes | an den Armeniern bezichtigten")."""
    return len(rest) > 1 and rest[0].pos_ == "ADP" and rest[0].lower_ in ctx.grammar.frame_prepositions \
        and rest.root.head == listener.root and rest.start == listener.root.i + 1 \
        and all(t.pos_ in NOMINAL | {"DET", "ADJ", "NUM", "ADP"} or t.is_punct for t in rest)


def _before_message(listener: tuple[int, int], content: tuple[int, int], ctx: SentenceContext
                    ) -> tuple[int, int] | None:
    """The listener's words before the message, where the parser ran its phrase on into the message
    ("sagte der Nachrichtenagentur Reuters, | der Deal sei geplatzt", "der Deal" made an apposition);
    none where it starts inside the message."""
    if ctx.doc[listener[0]].idx >= content[0]:
        return None
    inside = next(t.i for t in ctx.doc[listener[0]: listener[1]] if t.idx >= content[0])
    start, end = trim(ctx.doc, listener[0], inside)
    return (start, end) if end > start else None


def _after_cue_words(content: tuple[int, int] | None, cue: list[Token], ctx: SentenceContext
                     ) -> tuple[int, int] | None:
    """A message opened by the cue's own preposition starts after it ("called for | an end to …"),
    whichever finder read it (a cue has one preposition at most), and after a comma there ("wirft dem
    Konzern | vor, | Anbieter … benachteiligt zu haben", the particle parsed as a preposition)."""
    opening = next((t for t in cue if content is not None and t.idx == content[0] and t.dep_ in CASE_MARKER), None)
    if opening is None or opening.i + 1 >= len(ctx.doc):
        return _from_cue_preposition(content, cue, ctx)
    after = opening.i + 1
    while after + 1 < len(ctx.doc) and ctx.doc[after].text in {",", ":", ";"}:
        after += 1
    start = ctx.doc[after].idx
    return (start, content[1]) if start < content[1] else None


def _before_final_particle(content: tuple[int, int] | None, cue: list[Token], ctx: SentenceContext
                           ) -> tuple[int, int] | None:
    """"Die Regierung warf dem Konzern … schwere Versäumnisse | vor.": the cue's separated particle,
    which the parser hung on the object, ends the clause; it is no word of the message (not a
    predicative word, which may be the message's own: "über dessen Identität sei nichts bekannt")."""
    last = next((t for t in cue[1:] if content is not None and t.idx + len(t.text) == content[1]), None)
    if last is None or last.pos_ not in {"ADP", "ADV", "PART"} or last.lower_ not in ctx.grammar.particles \
            or last.dep_ in PARTICLE:
        return content
    start, end = trim(ctx.doc, ctx.doc.char_span(*content, alignment_mode="expand").start, last.i)
    return chars(ctx.doc, start, end) if end > start else None


def _from_cue_preposition(content: tuple[int, int] | None, cue: list[Token], ctx: SentenceContext
                          ) -> tuple[int, int] | None:
    """"called for | more “flexibility” for U.S. military advisers | to assist local forces": the
    object of the cue's own preposition opens the message that a clause after it continues, where
    no punctuation, verb or predicative word stands between (not "referred to him | as “…”")."""
    preposition = next((t for t in cue if t.dep_ in CASE_MARKER), None)
    if content is None or preposition is None or preposition.idx >= content[0]:
        return content
    between = [t for t in ctx.doc[preposition.i + 1: ctx.sentence.end] if t.idx < content[0]]
    if not between or any(t.is_punct and t.text not in QUOTE_MARKS or t.pos_ in VERBAL
                          or t.lower_ in ctx.grammar.predicative for t in between):
        return content
    return between[0].idx, content[1]


def _overlaps_tokens(content: tuple[int, int], tokens: list[Token]) -> bool:
    return any(content[0] <= t.idx < content[1] for t in tokens)


def noun_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    if token.pos_ not in NOMINAL:
        return []
    entry = report_noun_entry(token, ctx)
    if entry is None:
        return []
    content = colon_quote(token, ctx) or _noun_clause(token, ctx)
    if content is None:
        return []
    content = _through_quotation(content, ctx)
    cue = [token]
    source = noun_owner(token, ctx)
    if source is not None and _overlaps_tokens(content, list(ctx.doc[source[0]:source[1]])):
        source = None  # "denied reports | that the president plans …": the clause is what was reported
    if source is None and token.head != token and token.head.pos_ in VERBAL and not _denies(token.head, ctx):
        source = verb_source(token.head, ctx)  # (not who denies the reports: "The White House denied reports …")
        if source is not None and source[0] <= token.i < source[1]:
            source = None  # "There were | reports that …"
        if source is not None:
            cue = [token.head, token]
    return [Candidate(content, cue, entry.lemma, entry.stance, source, rule="noun",
                      sentence=ctx.sentence.start_char)]


def _denies(verb: Token, ctx: SentenceContext) -> bool:
    found = verb_cue(verb, ctx)
    return found is not None and found[0].frame == "deny"


def _noun_clause(noun: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The clause a report noun says, opened by a declarative conjunction ("reports | that …"; "claims
    that circulate online" is a relative clause, not what was claimed), also where the parser hung it on
    the noun's verb ("pushed back against reports | that the president was considering …")."""
    after = ctx.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < ctx.sentence.end else None
    misplaced = [after.head] if after is not None and after.dep_ in MARKER and after.head.head == noun.head \
        and after.head.i > after.i and after.head.dep_ in SUBORDINATE else []
    for child in [*noun.children, *misplaced]:
        first = child.left_edge
        if child.i > noun.i and first.lower_ in ctx.grammar.declarative_complementizers and first.pos_ == "SCONJ" \
                and not object_relative(child, ctx):
            start, end = phrase(child, ctx.sentence, cut_relative=False)
            return chars(ctx.doc, start, end)
    return None


def prep_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    """"laut X", "X zufolge", "nach Angaben X", "according to X", ", so X.", "reportedly"."""
    nouns = ctx.lexicon.noun_prepositions.get(token.lower_)
    if nouns is not None and token.pos_ == "ADP":
        return _noun_preposition_rule(token, nouns, ctx)
    words = ctx.doc[token.i: ctx.sentence.end]
    for key, entry in ctx.lexicon.phrases_at(words):
        cue = list(words[: len(key)])
        if key == ("so",):
            return _so_rule(token, entry, ctx)
        if entry.pos == "ADV":
            return _adverb_rule(cue, entry, ctx)
        return _preposition_rule(cue, entry, ctx)
    return []


def _noun_preposition_rule(token: Token, nouns: dict[str, CueEntry], ctx: SentenceContext) -> list[Candidate]:
    """"nach Angaben der Polizei", "nach eigenen Angaben", "seiner Meinung nach",
    "nach Polizeiangaben": the preposition is a cue when its noun is one of the lexicon's (a noun
    after a preposition of its own is not the postposition's: "In einer Stellungnahme nach dem
    Angriff")."""
    doc, sentence = ctx.doc, ctx.sentence
    relative = doc[token.i + 1] if token.i + 1 < sentence.end else None
    if relative is not None and "Rel" in relative.morph.get("PronType") and not _owner_of_noun(token, relative, ctx) \
            and (_reported_by_mood(relative, ctx) or _after_report_noun(token, ctx)):
        entry = next(iter(nouns.values()))  # "Studien der Charité, nach denen Homöopathie … ebenbürtig sei"
        return _relative_adverb_rule([token, relative], replace(entry, lemma=token.lower_), ctx)
    after = noun_phrase_after(doc, token.i + 1, sentence)
    if after is not None:
        after = _report_source(after, ctx)  # "nach eigenen Angaben | im … Jahr"
        after = (after[0], _before_predicative(after[0] + 1, after[1], ctx))
        after = _own_phrase(doc, after, ctx)
        entry = _info_noun(token, doc[after[0]: after[1]], ctx)
        if entry is not None and _names_a_time(doc[after[0]: after[1]], ctx):
            return []
        if entry is not None:
            speaker = _owner_after_noun(doc, after) or _possessive_owner(doc, after, ctx) or _own_words(doc, after, ctx)
            return [replace(c, speaker=_within(speaker, c.source)) for c in _around(token, after, entry, ctx)]
    if _inside_noun_phrase(token):
        return []
    start = _phrase_start_before(token.i, {"DET", "ADJ", "NOUN", "PROPN", "PRON"}, ctx)
    if start > sentence.start and doc[start - 1].pos_ == "ADP":
        return []  # "In einer Stellungnahme nach dem Angriff": the noun has a preposition of its own
    if start < token.i and doc[start].lower_ not in ctx.grammar.direct_case_articles:
        entry = _info_noun(token, doc[start: token.i], ctx)
        if entry is not None:
            speaker = _possessive_owner(doc, (start, token.i), ctx)
            return [replace(c, speaker=speaker) for c in _around(token, (start, token.i), entry, ctx)]
    return []


def _names_a_time(words: Span, ctx: SentenceContext) -> bool:
    """"Schlussfolgerungen sollen nach | der Auswertung des Flugschreibers | gezogen werden", "nach |
    der Auszählung aller Stimmen": an act (``act_nouns``) with a definite article says when, not
    whose words ("nach Auswertung der Polizei" reports)."""
    noun = next((t for t in words if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lower_ in ctx.grammar.act_nouns and words[0].pos_ == "DET" \
        and "Def" in words[0].morph.get("Definite")


def _within(span: tuple[int, int] | None, outer: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span``, where it starts inside ``outer``, cut to end where ``outer`` ends (a speaker inside a
    source that a listener was cut from); else as it is ("Nach eigenen Angaben hat Tesla …": Tesla)."""
    if span is None or outer is None or not outer[0] <= span[0] < outer[1]:
        return span
    return span[0], min(span[1], outer[1])


def _phrase_start_before(end: int, pos: set[str], ctx: SentenceContext) -> int:
    """Where the phrase of words tagged ``pos`` that ends before ``end`` starts, through a title in
    quotation marks ("einem Bericht des „Spiegel“ | zufolge") and a preposition that joins a noun to the
    noun before it ("Einer Meldung | von | Xinhua zufolge"; ``attribute_prepositions``)."""
    doc, start = ctx.doc, end
    while start > ctx.sentence.start:
        opening = quoted_name_start(doc, start, ctx.sentence)
        if opening is not None:
            start = opening
        elif start < end and start - 2 >= ctx.sentence.start and doc[start - 1].pos_ == "ADP" \
                and doc[start - 2].pos_ in NOMINAL and (doc[start - 1].lower_ in ctx.grammar.attribute_prepositions
                                                        or _hung_on_noun_before(doc[start - 1])):
            start -= 1
        elif doc[start - 1].pos_ in pos and not opens_another_phrase(doc[start]) \
                and not stray_word(doc[start - 1], ctx) and not _unjoined_nouns(doc[start - 1], doc[start], ctx):
            start -= 1  # (not "sich | ersten Angaben zufolge")
        else:
            break
    return start


def _unjoined_nouns(before: Token, noun: Token, ctx: SentenceContext) -> bool:
    """Two common nouns side by side that the parse does not join are two phrases where every noun is
    capitalised (``nouns_capitalised``: no title runs on into a common noun): "nimmt die Organisation |
    Schätzungen zufolge … ein" (the source had been "die Organisation Schätzungen")."""
    return ctx.grammar.nouns_capitalised and before.pos_ == noun.pos_ == "NOUN" and not before.ent_type_ \
        and not noun.ent_type_ and noun.head != before and before.head != noun


def _hung_on_noun_before(preposition: Token) -> bool:
    """The parser hung the preposition's phrase on the noun right before it: "Den Polizeibehörden | in |
    Mombasa zufolge" (the source had been "Mombasa")."""
    noun = preposition.head
    return noun.i > preposition.i and noun.dep_ in OWNER and noun.head.i == preposition.i - 1


def _inside_noun_phrase(postposition: Token) -> bool:
    """"die ihrer Meinung nach verbreiteten Illusionen": a postposed phrase before an attributive
    adjective qualifies that adjective inside a noun phrase; it reports nothing of the sentence."""
    after = postposition.nbor(1) if postposition.i + 1 < len(postposition.doc) else None
    return after is not None and after.pos_ == "ADJ" and after.dep_ in ATTRIBUTIVE and after.head.i > after.i


def _owner_after_noun(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """"Angaben der Polizei" names the police: the phrase after the first noun."""
    noun = next((t.i for t in doc[span[0]: span[1]] if t.pos_ in NOMINAL), None)
    if noun is None or noun + 1 >= span[1]:
        return None
    start = noun + 1
    if doc[start].pos_ == "ADP":
        start += 1
    return (start, span[1]) if start < span[1] else None


def _possessive_owner(doc: Doc, span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int] | None:
    """"Seiner Ansicht nach", "nach ihren Angaben": the possessive stands for whose words they are,
    and resolves as a pronoun does."""
    return (span[0], span[0] + 1) if is_possessive(doc[span[0]], ctx.grammar) else None


def _own_words(doc: Doc, span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int] | None:
    """"Der Konzern hat nach eigenen Angaben … gestrichen": words called the speaker's own
    (``own_adjectives``) are those of the subject of the clause they stand in."""
    if doc[span[0]].lemma_.lower() not in ctx.grammar.own_adjectives:
        return None
    verb, steps = doc[span[0]].head, 0
    while verb.pos_ not in VERBAL and verb.head != verb and steps < 3:
        verb, steps = verb.head, steps + 1
    if verb.pos_ not in VERBAL:
        return None
    subject = subject_of(verb) or next(iter(children(verb, PASSIVE_SUBJECT)), None)  # (passive label, active verb)
    if subject is None or span[0] <= subject.i < span[1]:
        return None
    return source_phrase(subject, ctx)


def _own_phrase(doc: Doc, span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """Words called one's own (``own_adjectives``) have no owner after them: the phrase ends with its
    noun ("Die Ermittler gehen nach eigenen Angaben | von Brandstiftung aus")."""
    if doc[span[0]].lemma_.lower() not in ctx.grammar.own_adjectives:
        return span
    noun = next((t.i for t in doc[span[0]: span[1]] if t.pos_ in NOMINAL), span[1] - 1)
    return span[0], noun + 1


def _info_noun(preposition: Token, words: Span, ctx: SentenceContext) -> CueEntry | None:
    """The entry of the phrase's first noun (``CueLexicon.report_noun``: also a compound's last part,
    "Polizeiangaben"); a name is one only where no common noun follows it, whose owner it is ("nach
    Grupps | Meinung")."""
    noun = next((t for t in words if t.pos_ == "NOUN"), None) or next((t for t in words if t.pos_ == "PROPN"), None)
    return ctx.lexicon.report_noun(preposition.lower_, noun.lower_) if noun is not None else None


def _around(cue: Token, source: tuple[int, int], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    """The message of a sentence-level cue: the larger part of the sentence beside it, or the whole
    sentence where cue and source stand inside its clause ("Die Bundesregierung plant einem Bericht
    des „Spiegel“ zufolge neue Schulden": either part alone says nothing); a relative clause on the
    source is neither ("According to a whistleblower | who testified earlier, | the company …"), nor a
    clause after it that a conjunction joins to the sentence ("Clinton leads Sanders by 271 delegates
    according to a count by The Associated Press, | but the socialist has vowed …"); a cue in brackets
    tells what the brackets hold ("Overwhelmingly white states like Iowa (| 93 percent of 2012 voters there
    were white |, according to exit polls), New Hampshire …"), and one in a relative clause what the clause
    says ("das komplizierte Übergabeverfahren, | das nach Angaben des Ministeriums nicht rechtzeitig
    abgeschlossen werden konnte |")."""
    doc, sentence = ctx.doc, ctx.sentence
    first = min(source[0], cue.i)
    brackets = _brackets_around(cue, ctx)
    lo, hi = (brackets[0] + 1, brackets[1]) if brackets is not None else \
        _relative_clause_around(first, ctx) or (sentence.start, sentence.end)
    opening = first == trim(doc, lo, hi)[0] or first > lo and doc[first - 1].text == ","
    if opening:
        source = _with_apposition(source, ctx)
    qualified = _past_qualifiers(source, ctx) if opening else _to_end_on_source(source, ctx)
    last = max(past_relative_clause(qualified, ctx), cue.i + 1)
    if qualified > source[1] > cue.i and _qualifies(doc[source[1]: qualified]):
        source = trim(doc, source[0], qualified)  # ("according to | people familiar with the matter |")
    before = trim(doc, after_colon(doc, lo, first), first)
    after = trim(doc, last, min(hi, _before_inverted_cue(last, ctx)))
    opener = next((t for t in doc[last: hi] if not (t.is_punct or t.is_space)), None)
    coordinated = opener is not None and opener.pos_ == "CCONJ"  # "…, | but the socialist has vowed …"
    start, end = after if after[1] - after[0] >= before[1] - before[0] and not coordinated else before
    if before[0] < before[1] == first and after[0] == last < after[1] \
            and not (doc[first - 1].is_punct or doc[last].is_punct):
        start, end = before[0], after[1]
    if end - start < 3:
        return []
    source, listener = listener_in_phrase(ctx.doc, source, ctx.grammar)
    return [Candidate(chars(doc, start, end), [cue], entry.lemma, entry.stance, source, rule="prep",
                      sentence=sentence.start_char, addressee=listener)]


def _before_inverted_cue(start: int, ctx: SentenceContext) -> int:
    """The sentence's end, or a comma right before a verb of saying that reports the clause before it
    ("Der Mann soll nach ersten Erkenntnissen … aufgefahren sein, | teilte ein Sprecher … mit"): the
    report preposition's message is that clause, not the verb's report of it."""
    doc, end = ctx.doc, ctx.sentence.end
    return next((t.i for t in doc[start: end - 1] if t.text == "," and doc[t.i + 1].pos_ in VERBAL
                 and is_finite_verb(doc[t.i + 1]) and verb_cue(doc[t.i + 1], ctx) is not None), end)


def _with_apposition(source: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """"Nach Angaben von Peter Beck, | dem Dekan, | befanden sich …": a noun phrase set between commas
    after the source, right before the finite verb of the clause, is the source's apposition (SpkAtt-2023
    marks it part of the source), not the message."""
    doc, end = ctx.doc, source[1]
    if end >= ctx.sentence.end or doc[end].text != ",":
        return source
    comma = next((t.i for t in doc[end + 1: ctx.sentence.end] if t.text == ","), None)
    if comma is None or comma + 1 >= ctx.sentence.end or not is_finite_verb(doc[comma + 1]) \
            or doc[end + 1].pos_ not in NP_POS or any(is_finite_verb(t) for t in doc[end + 1: comma]):
        return source
    return source[0], comma


def _past_qualifiers(source: tuple[int, int], ctx: SentenceContext) -> int:
    """Past the words that qualify the source after it, up to the comma that ends them, where cue and
    source open the sentence or follow a comma: they belong to the source, not the message ("According
    to people familiar with the matter, | the deal …", "The plan, according to people familiar with the
    matter, | would cut …"), or up to the sentence's end (``_to_end_on_source``)."""
    doc, (start, end) = ctx.doc, source
    edge = max(doc[i].right_edge.i for i in range(start, end)) + 1
    while edge > end and doc[edge - 1].is_punct:
        edge -= 1  # (the parser hangs the comma on the phrase)
    if not end < edge <= ctx.sentence.end \
            or edge < ctx.sentence.end and doc[edge].text != "," and edge != _to_end_on_source(source, ctx) \
            or any(t.text == "," or is_finite_verb(t) for t in doc[end: edge]):
        return _to_comma_on_source(source, ctx)
    return edge


def _qualifies(words: Span) -> bool:
    """Words after a source that say which one it is, opened by an adjective or participle ("familiar with
    the matter", "released last month"); not a time or place ("at the time", "on Wednesday") nor an addition
    after a dash ("the Tax Policy Center | - half a percentage point …")."""
    return words[0].pos_ in {"ADJ", "VERB"} and not any(t.text in DASHES for t in words)


def _to_end_on_source(source: tuple[int, int], ctx: SentenceContext) -> int:
    """Past the words that qualify the source after it where they run to the sentence's end: "…, according
    to early results of exit polls | conducted for the Associated Press … by Edison Research." (not the
    rest of the message: they hang on the source's words and hold no finite verb). Only where the subject
    precedes its verb (``subject_precedes_verb``): a German verb-final clause goes on after a source inside
    it ("Die Brandursache ist nach Angaben der Polizei | unklar")."""
    doc, (start, end) = ctx.doc, source
    edge = max(doc[i].right_edge.i for i in range(start, end)) + 1
    last = trim(doc, start, ctx.sentence.end)[1]
    if ctx.grammar.subject_precedes_verb and edge >= last > end \
            and not any(t.text == "," or is_finite_verb(t) for t in doc[end: last]):
        return last
    return end


def _to_comma_on_source(source: tuple[int, int], ctx: SentenceContext) -> int:
    """Past the words up to the first comma where the word right after the source hangs on it (or it
    on that word) and no finite verb comes before the comma, whatever the parser made of the rest
    ("According to a Pew Research Center survey | released last month, | 62 percent …", "survey"
    made the root; "according to people | familiar with the matter, |", "people" hung on "familiar")."""
    doc, (start, end) = ctx.doc, source
    comma = next((t.i for t in doc[end: ctx.sentence.end] if t.text == ","), None)
    if comma is None or comma == end or any(is_finite_verb(t) for t in doc[end: comma]):
        return end
    qualifies = start <= doc[end].head.i < end or any(doc[i].head.i == end for i in range(start, end))
    return comma if qualifies else end


def _so_rule(token: Token, entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    """"Der Westen übe nicht genug Druck aus, so Putin." and, set inside the clause it tells, "Die
    Lage, so der Minister, sei ernst" (then the message is the whole sentence, as for a preposition
    inside its clause: either part alone says nothing); a colon ends the speaker's phrase ("…, so
    Elshorst weiter: | „Das ist …“")."""
    doc = ctx.doc
    previous = previous_word(doc, token.i, ctx.sentence.start)
    if previous is None or previous.text != "," or token.i + 1 < ctx.sentence.end and is_finite_verb(doc[token.i + 1]):
        return []  # ("…, so sagte Romney selbst": the verb after it reports)
    cue = [token, doc[token.i + 1]] if token.i + 1 < ctx.sentence.end and _verb_read_as_adjective(doc[token.i + 1]) \
        else [token]
    closing = next((t.i for t in doc[cue[-1].i + 1: ctx.sentence.end] if t.text in {",", ":"}), ctx.sentence.end)
    after = _clause_going_on(closing, ctx) if closing < ctx.sentence.end and doc[closing].text == "," else None
    first = cue[-1].i + 1
    if after is None and _names_a_speaker(doc[first: ctx.sentence.end]):
        closing = ctx.sentence.end  # "…, so der Sprecher des Vereins, Frank Müller." (an apposition)
    if not _names_a_speaker(doc[first: closing]):
        return []
    source = trim(doc, first, _before_unnamed_setting(first + 1, _before_time_phrase(first + 1, closing, ctx), ctx))
    while source[1] - source[0] > 1 and doc[source[1] - 1].pos_ in {"ADV", "ADP", "ADJ"}:
        source = (source[0], source[1] - 1)  # "so Obama | weiter", "so Guttenberg | wörtlich"
    before = trim(doc, after_colon(doc, ctx.sentence.start, previous.i), previous.i)  # ("Kritik kam: | …, so X")
    start, end = (before[0], after[1]) if after is not None else before
    if end - start < 3:
        return []
    source, listener = listener_in_phrase(ctx.doc, source, ctx.grammar)
    return [Candidate(chars(ctx.doc, start, end), cue, entry.lemma, entry.stance, source, rule="so",
                      sentence=ctx.sentence.start_char, addressee=listener)]


def _verb_read_as_adjective(word: Token) -> bool:
    """The word after "so" is a verb the tagger took for an adjective, one that qualifies no noun after
    it ("…, so | urteilte | Romney selbst", "urteilte" hung on the noun before the comma): part of the
    cue, as SpkAtt-2023 marks it; not "…, so | jüngste | Umfragen"."""
    return word.pos_ == "ADJ" and word.head.i < word.i and word.is_lower


def _before_time_phrase(start: int, end: int, ctx: SentenceContext) -> int:
    """Where a phrase that dates or sets the words begins, which no speaker's name goes on into:
    "so der Trainer | nach der Niederlage gegen Leverkusen", "so der Sprecher | am Montag", "nach
    eigenen Angaben | im vergangenen Jahr"; not a date the words come from ("Planungen aus dem Jahr
    2005", "Informationen der Stadtverwaltung vom gestrigen Dienstagabend")."""
    origin = ctx.grammar.origin_prepositions | ctx.grammar.agent_prepositions
    return next((t.i for t in ctx.doc[start: end] if t.pos_ == "ADP" and t.lower_ not in origin
                 and not in_attribute_before_noun(t)  # "laut einer | am Dienstag | veröffentlichten Mitteilung"
                 and (t.lower_ in ctx.grammar.time_prepositions or is_time(t.head, ctx))), end)


def _report_source(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """The source phrase after a report preposition, ended before a phrase that dates the words or
    belongs to the reported clause."""
    end = _before_time_phrase(span[0] + 1, span[1], ctx)
    end = _before_unnamed_setting(span[0] + 1, end, ctx)
    return span[0], _before_clause_phrase(span[0] + 1, end, ctx)


def _before_unnamed_setting(start: int, end: int, ctx: SentenceContext) -> int:
    """Where a phrase of a preposition that joins no owner (not ``attribute_prepositions``) and names no
    place or body begins: it tells how or where the clause happens, not whose words they are ("laut
    Gericht | im Zuge der Beweisaufnahme", "nach Angaben der EU-Kommission | in schriftlicher Form";
    not "nach Angaben der Polizei | in Berlin")."""
    doc = ctx.doc
    for token in doc[start:end]:
        if token.pos_ != "ADP" or token.lower_ in ctx.grammar.attribute_prepositions or token.head.i < token.i \
                or token.ent_iob_ == "I" or opens_modifier_complement(token) or in_attribute_before_noun(token):
            continue  # (inside a name: "Ärzte | ohne | Grenzen"; "a person familiar | with the matter")
        words = doc[token.i + 1: token.head.right_edge.i + 1]
        if not any(t.ent_type_ or t.text in QUOTE_MARKS for t in words):
            return trim(doc, start - 1, token.i)[1]
    return end


def _before_clause_phrase(start: int, end: int, ctx: SentenceContext) -> int:
    """Where a phrase of the reported clause begins, which the source of a report preposition never
    goes on into (``report_clause_prepositions``): "laut Polizei | zu Straftaten aufgerufen", "nach
    Angaben der Polizei | zu kleineren Rangeleien", "laut Augenzeugen | mit Sicherheit"."""
    return next((t.i for t in ctx.doc[start: end] if t.pos_ == "ADP"
                 and t.lower_ in ctx.grammar.report_clause_prepositions), end)


def _before_predicative(start: int, end: int, ctx: SentenceContext) -> int:
    """Where the predicative of the clause begins, which no source's phrase goes on into: "gilt nach
    Aussagen des Auswärtigen Amtes | als die „weltweit häufigste … Virusinfektion“"."""
    return next((t.i for t in ctx.doc[start: end] if t.lower_ in ctx.grammar.predicative), end)


def _clause_going_on(comma: int, ctx: SentenceContext) -> tuple[int, int] | None:
    """The rest of the clause after the comma that closes "so X" set inside it, which goes on with its
    finite verb, past a relative clause on X ("Die Lage, so der Minister, | sei ernst"; "so die
    Ergebnisse eines Richters, der …, | seien …"); None where the sentence does not go on so."""
    doc, end = ctx.doc, ctx.sentence.end
    after = trim(doc, comma + 1, end) if comma < end else (end, end)
    while after[1] > after[0] and "Rel" in doc[after[0]].morph.get("PronType"):
        end_of_relative = next((t.i for t in doc[after[0]: end] if t.text == ","), None)
        after = trim(doc, end_of_relative + 1, end) if end_of_relative is not None else (end, end)
    return after if after[1] > after[0] and is_finite_verb(doc[after[0]]) else None


def _names_a_speaker(words: Span) -> bool:
    """Words after "so" that name a speaker: nouns and no verb, not opened by a conjunction or an
    adverb ("…, so dass …", "…, so auch Herta Müllers Mutter")."""
    rest = [t for t in words if not (t.is_punct or t.is_space)]
    return bool(rest) and rest[0].pos_ not in {"SCONJ", "ADV", "PART"} and \
        not any(t.pos_ in VERBAL for t in rest) and any(t.pos_ in NOMINAL for t in rest)


def _adverb_rule(cue: list[Token], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    if cue[0].lower_ in ctx.grammar.relative_report_adverbs:
        return _relative_adverb_rule(cue[:1], entry, ctx)
    start, end = trim(ctx.doc, ctx.sentence.start, ctx.sentence.end)
    source = None
    if cue[0].lower_ in ctx.grammar.anaphoric_report_adverbs:
        source = (cue[0].i, cue[0].i + 1)  # "Demnach steht der Kopilot in der Schusslinie": it stands for the report before
        if start == cue[0].i:
            start, end = trim(ctx.doc, cue[0].i + 1, end)
    return [Candidate(chars(ctx.doc, start, end), cue, entry.lemma, entry.stance, source, rule="adverb",
                      sentence=ctx.sentence.start_char)]


def _reported_by_mood(relative: Token, ctx: SentenceContext) -> bool:
    """The relative clause the pronoun opens (read on the surface, up to the next comma) is in the
    mood of reported speech (Konjunktiv)."""
    words = []
    for token in ctx.doc[relative.i + 1: ctx.sentence.end]:
        if token.text == ",":
            break
        words.append(token)
    return ctx.grammar.speech_continues_by_mood and any(
        t.pos_ in VERBAL and "Sub" in t.morph.get("Mood") for t in words)


def _owner_of_noun(preposition: Token, relative: Token, ctx: SentenceContext) -> bool:
    """A relative that owns the preposition's noun after it is part of the source, not the clause's
    opener: "die Tasche, die | nach dessen Angaben | die Bombe enthalten sollte" (whose words, not a
    report the clause is)."""
    after = relative.nbor(1) if relative.i + 1 < len(relative.doc) else None
    return after is not None and _report_noun_of(preposition, after, ctx)


def _after_report_noun(preposition: Token, ctx: SentenceContext) -> bool:
    """"Es gab Berichte, nach denen Barrett an Krebs litt": the noun before the comma is a report, so
    the relative clause it opens reports in any mood ("die Kriterien, nach denen entschieden wird" does
    not)."""
    doc = ctx.doc
    if preposition.i - 2 < ctx.sentence.start or doc[preposition.i - 1].text != ",":
        return False
    return _report_noun_of(preposition, doc[preposition.i - 2], ctx)


def _report_noun_of(preposition: Token, noun: Token, ctx: SentenceContext) -> bool:
    """``noun`` is a common noun whose form or lemma is one of the preposition's report nouns
    (``CueLexicon.report_noun``: "nach" + "Angaben", "Berichte")."""
    return noun.pos_ == "NOUN" and any(ctx.lexicon.report_noun(preposition.lower_, form) is not None
                                       for form in (noun.lower_, noun.lemma_.lower()))


def _relative_adverb_rule(cue: list[Token], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    """"Es gibt eine Schätzung der Vereinten Nationen, wonach in diesem Jahr 53.000 Kinder ermordet
    wurden", "Studien der Berliner Charité, nach denen Homöopathie … ebenbürtig sei": the relative
    clause is the report, the phrase it hangs on its source."""
    doc, sentence = ctx.doc, ctx.sentence
    first, last = cue[0], cue[-1]
    comma = previous_word(doc, first.i, sentence.start)
    if comma is None or comma.text != ",":
        return []
    start = comma.i
    while start > sentence.start and (doc[start - 1].pos_ in NP_POS - {"CCONJ"} or doc[start - 1].text in QUOTE_MARKS
                                      or doc[start - 1].is_alpha and doc[start - 1].pos_ == "PUNCT") \
            and not doc[start - 1].pos_ == doc[start].pos_ == "NOUN":  # ("seit Tagen | Berichte")
        start -= 1  # (a name in quotation marks may be tagged as punctuation: "der Agentur „Interfax“")
    while start < comma.i and (doc[start].pos_ == "ADP" or doc[start].text in QUOTE_MARKS
                               or stray_word(doc[start], ctx)):
        start += 1  # "in einem Bericht, wonach …": the report, not where it stood; "gibt es | eine Schätzung"
    end = next((t.i for t in doc[last.i + 1: sentence.end] if t.text == "," and doc[t.i - 1].pos_ in VERBAL),
               sentence.end)
    content = trim(doc, last.i + 1, end)
    if start == comma.i or content[1] - content[0] < 3:
        return []  # "…, zurückgewiesen, wonach …": the verb before reports the clause
    return [Candidate(chars(doc, *content), [first], entry.lemma, entry.stance, (start, comma.i), rule="relative",
                      sentence=sentence.start_char)]


def _preposition_rule(cue: list[Token], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    doc, sentence = ctx.doc, ctx.sentence
    first, last = cue[0], cue[-1]
    if len(cue) == 1 and first.pos_ not in {"ADP", "ADV", "PART"}:
        return []
    if first.lower_ in ctx.grammar.postpositions:  # "ihm zufolge", "dem Bericht zufolge"
        start = _phrase_start_before(first.i, NP_POS - {"ADP", "CCONJ"}, ctx)
        source = (start, first.i) if start < first.i else None
    else:
        source = noun_phrase_after(doc, last.i + 1, sentence)
        if source is not None:
            source = _report_source(source, ctx)  # "laut Augenzeugen | nach dem Spiel"
    if source is None:
        return []
    speaker = _owner_of_report(doc, source, ctx)
    return [replace(c, cue=cue if len(cue) > 1 else c.cue, speaker=_within(speaker, c.source))
            for c in _around(first, source, entry, ctx)]


def _owner_of_report(doc: Doc, span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int] | None:
    """"Laut einem Bericht | des „Spiegel“", "according to a statement | from the ministry": whose report
    or statement (a report noun of the lexicon) it is says who speaks."""
    noun = next((t for t in doc[span[0]: span[1]] if t.pos_ == "NOUN"), None)
    if noun is None or report_noun_entry(noun, ctx) is None or noun.i + 1 >= span[1]:
        return None
    after = doc[noun.i + 1]
    if not (after.lower_ in ctx.grammar.attribute_prepositions or "Gen" in after.morph.get("Case")):
        return None  # (not "a … report | released by the governor's office")
    return _owner_after_noun(doc, (noun.i, span[1]))  # (not "the National Academies | report": none after it)


DENIAL = "verb:deny"  # the rule of a deny cue's candidates (``verb_rule``: "verb:" and the frame)
RELATIVE_DENIAL = "relative_denial"  # its one-word message, the relative, is substantial: it stands for a clause


def relative_denial_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    """A verb that denies, closing a clause opened by a sentential relative after a comma: "Die USA
    behaupten, Russland bereite einen Angriff vor, | was Moskau bestreitet", "… an attack, | which
    Moscow denies". What is denied is the clause before, which the relative stands for (the
    framing layer pairs claim and denial through it); the words between pronoun and verb speak. Read
    on the surface, as parsers hang the pronoun or the name anywhere and tag "denies" after a name a
    plural noun."""
    doc = ctx.doc
    end = token.i + 1
    if token.is_punct or end < ctx.sentence.end and not doc[end].is_punct:
        return []
    pronoun = next((t for t in reversed(doc[ctx.sentence.start: token.i]) if t.is_punct
                    or t.lower_ in ctx.grammar.sentential_relatives), None)
    if pronoun is None or pronoun.is_punct or pronoun.i == ctx.sentence.start or doc[pronoun.i - 1].text != "," \
            or token.i - pronoun.i < 2:
        return []
    entry = next((e for lemma in verb_lemmas(token, ctx.grammar) if (e := ctx.lexicon.verb(lemma)) is not None), None)
    if entry is None or entry.frame != "deny":
        return []
    words = [t for t in doc[pronoun.i + 1: token.i] if t.pos_ not in {"AUX", "ADV", "PART"}]
    if not words or not any(t.pos_ in NOMINAL or t.pos_ == "PRON" for t in words) \
            and not (len(words) == 1 and words[0].pos_ == "DET"):  # ("was dieser jedoch zurückweist")
        return []
    source = (words[0].i, words[-1].i + 1)
    return [Candidate(chars(doc, pronoun.i, pronoun.i + 1), [token], entry.lemma, entry.stance, source,
                      rule=RELATIVE_DENIAL, sentence=ctx.sentence.start_char)]


RULES: tuple[Callable[[Token, SentenceContext], list[Candidate]], ...] = (
    relative_denial_rule, verb_rule, noun_rule, prep_rule)


def candidates_in(ctx: SentenceContext) -> list[Candidate]:
    found: list[Candidate] = []
    for token in ctx.sentence:
        for rule in RULES:
            made = rule(token, ctx)
            if made:
                found.extend(made)
                break
    return found
