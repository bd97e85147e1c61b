"""Addressees: to whom a verb cue's words were said. The listener is a party of the report, never
its speaker: "sagte Peskow am Samstag der Nachrichtenagentur Tass", "told NBC", "machte Putin
gegenüber deutlich", "warnte die Regierung vor …".

A listener is found, in this order, as
- a noun of the verb with a determiner that is only dative ("teilte dem Sender mit"), or whose
  form is only a dative plural ("sagte Reportern"),
- an indirect object (``iobj``: "told the BBC that"; German GSD has no such label, and its
  case-less ``obl:arg`` named no listener in 3 of 3 on SpkAtt news train),
- the direct object of a verb whose object is the listener ("told NBC", "warnte die
  Regierung"; ``listener_object_verbs`` in ``grammar.json``),
- a prepositional phrase with a listener preposition ("gegenüber der Zeitung", "der Zeitung
  gegenüber", "said to reporters"; ``addressee_prepositions``), or one of the verb's own ("appellierte
  an die Regierung"; ``verb_listener_prepositions``), the partner of an interview, the addressee of a
  letter ("in einer Videobotschaft an seine Unterstützer"; ``letter_nouns``), an audience
  ("sagte vor Journalisten"; ``audience_prepositions``), media words were said to ("sagte zur
  Sportschau"; ``media_listener_prepositions``), or the phrase of a participle that names whom
  words are turned to ("An die Gewerkschaften gewandt sagte …"; ``addressing_participles``),
- a case-less noun phrase that the parser hung on the verb's time adjunct ("am Samstag | der
  Nachrichtenagentur Tass": a time has no genitive owner, so it is the verb's dative),
- an object that noun and determiner mark as dative ("erklärt den Mitarbeitern", where "den"
  alone could be accusative), or its determiner alone where the noun has one ("hat den
  Abgeordneten mitgeteilt", the noun read as nominative),
- for a verb whose object is the listener, a noun its determiner marks accusative, also where the
  parser made it a second subject or an attribute of another noun of the verb ("in ihrer
  Videobotschaft | die einheimischen Autohersteller dazu aufgefordert"), or the first of two
  subjects of the reported clause ("assured | investors | the company was …"),
- a noun opened by "der" that the parser made a second subject after the verb ("Steinmeier sagte |
  der Presse, …"), left unlabelled right after it ("erzählte | der Nachrichtenagentur Reuters"), or
  hung on the speaker's name ("sagte Georg Ratzinger | der Nachrichtenagentur dpa"), and media hung
  as a genitive where none can stand ("ein Sprecher der Befreiungsarmee | der Presse mitteilte"),
- for a verb whose object is the listener and which has none, a common noun without a case marker that
  the parser hung on a name of the verb ("hatte Biden in der Ukraine | lebende US-Bürger | dazu
  aufgerufen": a name has no such attribute),
- a pronoun that is only dative ("Ihm wird vorgeworfen", "Kritiker hatten ihm vorgeworfen"), a name
  after a verb whose dative is its listener ("Kritiker werfen Obama vor"), or the first of two bare
  objects of such a verb ("werfen Luna | Menschenhandel vor"),
- media named right after the speaker's phrase ("sagte ein Sprecher der Stadt Köln | der Deutschen
  Presse-Agentur"; ``media_nouns``), or at its end where the parser made them part of it ("sagte
  ein Polizeisprecher | der dpa"; ``media_names``).

A listener's phrase ends before a phrase that tells where ("told supporters | at a rally"), and a
listener inside the speaker's phrase ends the speaker ("sagte er | der Deutschen Presse-Agentur").
A time is no listener ("am Freitag | vergangener Woche").
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from wortlaut.attribution.context import SentenceContext
from wortlaut.attribution.cues import verb_cue
from wortlaut.attribution.sources import (MAX_BRACKETED, after_quotation, dative_plural, feminine_oblique, finite_of,
                                         first_of_two_objects, in_open_quotation, interposed_commas, is_name,
                                         is_passive, is_time, juxtaposed_object, marked_oblique,
                                         noun_before_postposition, noun_phrase_after, object_for_subject,
                                         oblique_by_gender, opening_anaphor, opens_another_phrase, source_phrase)
from wortlaut.nlp.entities import LABELS, PERSON_LABELS, TIME_LABELS
from wortlaut.nlp.grammar import is_time_word, listed_word
from wortlaut.nlp.lexicon import CueEntry
from wortlaut.nlp.quotes import CLOSING_QUOTES, QUOTE_MARKS
from wortlaut.nlp.syntax import (ADJUNCT, ANY_AUX, APPOSITION, ATTRIBUTIVE, CASELESS_ARGUMENT, CASE_MARKER, CLAUSAL,
                                 CONJUNCT, DATIVE_OBJECT, DEPENDENT_VERB, DETERMINER, DIRECT_OBJECT, MARKER, NAME_PART,
                                 NOMINAL, OBLIQUE, OWNER, PASSIVE_SUBJECT, POSSESSIVE, RELATIVE, SUBJECT, UNLABELLED,
                                 VERBAL, children, first_word, is_gerund, phrase, subject_of, trim, verb_group)


def addressee_of(verb: Token, entry: CueEntry, source: tuple[int, int] | None,
                 ctx: SentenceContext) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Whom ``verb`` (a cue with lexicon entry ``entry``) addresses, and its source: both token
    ranges or None. Listener and speaker never overlap: a listener the verb's own frame marks
    (its object, a listener preposition) removes a source found on the same words ("…," the
    pollster told NBC); a dative read from the parse alone gives way to the source."""
    for finder, marked in FINDERS:
        found = finder(verb, entry, ctx)
        if found is None or found.ent_type_ in TIME_LABELS or not found.ent_type_ and is_time(found, ctx):
            continue  # "am Freitag | vergangener Woche", "von Mitte April", "Im April | letzten Jahres": when, not
            # whom (but "dem Bundestag")
        if "Yes" in found.morph.get("Reflex"):
            continue  # "Viele fragen sich: „…?“": one asks oneself; the speaker is no listener
        start, end = _without_clauses(found, *source_phrase(found, ctx))
        end = _before_setting(found, start, _past_quoted_compound(_with_closing_quote(start, end, ctx), ctx), ctx)
        # ("dem Kanzler | Untätigkeit": a noun the parser made the listener's adjective; "reporters | Thursday")
        end = next((t.i for t in ctx.doc[start + 1: end] if opens_another_phrase(t)
                    or is_time_word(t, ctx.grammar) and not in_open_quotation(ctx.doc, start, t.i)), end)
        # (not in „Bild am Sonntag“)
        end = min([end, *(c.left_edge.i for c in found.children if juxtaposed_object(c, ctx) and c.i > start)])
        opening = start
        while start < end - 1 and ctx.doc[start].dep_ in CASE_MARKER:
            start += 1  # "gegenüber | der Zeitung", "to | reporters"
        start, end = trim(ctx.doc, start, _with_bracket_closed(start, _with_conjunct_on_verb(verb, end, ctx), ctx))
        # ("gegenüber der Presse | , nach neuesten Erkenntnissen …")
        if end <= start:
            continue  # the phrase trimmed to nothing (a lone quotation mark)
        if _after_lost_preposition(start, found, ctx):
            continue  # "In | einem … geführten Telefonat": the parser lost the preposition
        if source is not None and source[0] < start < source[1]:
            return (start, end), (source[0], trim(ctx.doc, source[0], opening)[1])  # "sagte er | der dpa"
        if source is not None and start < source[1] and source[0] < end:
            return ((start, end), None) if marked else (None, source)
        return (start, end), source
    after = _phrase_after_source(entry, source, ctx)
    if after is None:
        media = _media_ending_source(verb, entry, source, ctx)
        if media is not None:
            return media, (source[0], media[0])
    return after, source


def _with_conjunct_on_verb(verb: Token, end: int, ctx: SentenceContext) -> int:
    """"forderte Mussawi | und dessen Anhänger | dazu auf": a noun phrase joined to the listener by a
    conjunction, which the parser made a conjunct of the verb, is a listener too."""
    doc = ctx.doc
    if end + 1 >= ctx.sentence.end or doc[end].pos_ != "CCONJ":
        return end
    conjunct = next((c for c in verb.children if c.dep_ in CONJUNCT and c.pos_ in NOMINAL
                     and c.left_edge.i in (end, end + 1)), None)
    return conjunct.right_edge.i + 1 if conjunct is not None else end


def _with_bracket_closed(start: int, end: int, ctx: SentenceContext) -> int:
    """A listener never ends inside brackets: past the closing one of a short aside ("seinem Amtskollegen
    Schimon Peres (Awoda, dt. | etwa Arbeiterpartei)", cut where the parser began another phrase), else
    before the opening one."""
    doc = ctx.doc
    depth, opening = 0, None
    for token in doc[start:end]:
        if token.text == "(":
            depth, opening = depth + 1, opening if depth else token.i
        elif token.text == ")" and depth:
            depth -= 1
    if not depth or opening is None:
        return end
    rest = doc[end: min(end + MAX_BRACKETED + 1, ctx.sentence.end)]
    close = next((t.i for t in rest if t.text == ")"), None)
    if close is not None and not any(t.pos_ in VERBAL for t in doc[end: close]):
        return close + 1
    return opening


def _with_closing_quote(start: int, end: int, ctx: SentenceContext) -> int:
    """Past the quotation mark that closes a quoted name in the phrase: "sagte der „Berliner
    Zeitung“ | , dass …"."""
    if end < ctx.sentence.end and ctx.doc[end].text in CLOSING_QUOTES and in_open_quotation(ctx.doc, start, end):
        return end + 1
    return end


def _past_quoted_compound(end: int, ctx: SentenceContext) -> int:
    """Past the rest of a compound whose quoted first part ends the phrase: "sagte der „Bild“ |
    -Zeitung" (the tagger made the split-off "-Zeitung" punctuation, and the parser another phrase)."""
    doc = ctx.doc
    mark = end - 1 if doc[end - 1].text in QUOTE_MARKS else end
    rest = mark + 1
    if rest < ctx.sentence.end and doc[mark].text in QUOTE_MARKS and doc[rest].text.startswith("-") \
            and doc[rest].text[1:].isalpha() and doc[mark].idx + len(doc[mark].text) == doc[rest].idx:
        return rest + 1
    return end


def _before_setting(head: Token, start: int, end: int, ctx: SentenceContext) -> int:
    """A listener's phrase ends before a prepositional phrase after its noun that does not belong to
    it (not an ``attribute_prepositions`` one): "told supporters | at a rally in Wisconsin", "sagte
    Journalisten | in Berlin"; "told members of Congress" keeps its "of", and a quoted name its
    words ("der „Bild am Sonntag“")."""
    return next((t.i for t in ctx.doc[head.i + 1: end] if t.pos_ == "ADP" and t.dep_ in CASE_MARKER
                 and t.lower_ not in ctx.grammar.attribute_prepositions and t.lower_ not in ctx.grammar.postpositions
                 and not in_open_quotation(ctx.doc, start, t.i)), end)


def _after_lost_preposition(start: int, head: Token, ctx: SentenceContext) -> bool:
    """The listener phrase of ``head``, starting at ``start``, follows a preposition the parser
    did not give to ``head`` ("In | einem … Telefonat", "In" hung on "einem"), so the phrase is
    that preposition's, not the verb's listener. A listener's preposition ("met with | Assad",
    "gegenüber | der Zeitung"), a postposition, which belongs to the phrase before it ("ihm
    zufolge | seinen US-Kollegen"), and the conjunction of an infinitive ("um | die Junta
    aufzufordern") do not count."""
    before = ctx.doc[start - 1] if start > ctx.sentence.start else None
    return before is not None and before.pos_ == "ADP" and before.head != head and before.dep_ not in MARKER \
        and before.lower_ not in ctx.grammar.addressee_prepositions | ctx.grammar.postpositions


def _phrase_after_source(entry: CueEntry, source: tuple[int, int] | None,
                         ctx: SentenceContext) -> tuple[int, int] | None:
    """"hat US-Präsident Joe Biden | seinen russischen Kollegen Wladimir Putin erneut … gewarnt":
    where the parse lost the verb's object, the noun phrase right after the speaker is its
    listener when its determiner says so: accusative for a verb whose object is the listener,
    only dative (``dative_determiners``) for any verb of saying; or, opened by an
    ``oblique_determiners`` word, when it names media (``media_nouns``: "sagte ein Sprecher der Stadt
    Köln | der Deutschen Presse-Agentur", not the speaker's genitive)."""
    if source is None or source[1] >= ctx.sentence.end:
        return None
    first = ctx.doc[source[1]]
    if not opens_another_phrase(first):
        return None
    listening = entry.lemma in ctx.grammar.listener_object_verbs and "Acc" in first.morph.get("Case") \
        or first.lower_ in ctx.grammar.dative_determiners
    phrase_after = noun_phrase_after(ctx.doc, first.i, ctx.sentence)
    if not listening and entry.says and phrase_after is not None and first.lower_ in ctx.grammar.oblique_determiners:
        listening = _names_media(*phrase_after, ctx)
    return phrase_after if listening else None


def _media_ending_source(verb: Token, entry: CueEntry, source: tuple[int, int] | None,
                         ctx: SentenceContext) -> tuple[int, int] | None:
    """"sagte ein Polizeisprecher | der Deutschen Presse-Agentur", "sagte ein Sprecher der
    Staatsanwaltschaft | der dpa", "sagte ein Sprecher | SPIEGEL ONLINE": the parser read the media
    after the speaker as part of the speaker's phrase. After the verb of saying, or before it in a clause
    its conjunction opens ("Wie ein Sprecher des Auswärtigen Amts | der Deutschen Presse-Agentur
    bestätigte"; not before the finite verb of a main clause, where one phrase stands), a phrase that ends
    the speaker's and names media is the listener (the phrase up to it the speaker) when an
    ``oblique_determiners`` word after a noun opens it, or when it is a ``media_names`` name right
    after a common noun: a news outlet reports its own spokesman by name, not as "ein Sprecher der
    dpa"."""
    if source is None or not entry.says:
        return None
    fronted = source[0] < verb.i
    if fronted and not any(c.dep_ in MARKER and c.i < source[0] for c in verb.children):
        return None
    for token in ctx.doc[source[0] + 1: source[1]]:
        before = ctx.doc[token.i - 1]
        if not all(t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT", "X"} for t in ctx.doc[token.i + 1: source[1]]):
            continue
        if token.lower_ in ctx.grammar.oblique_determiners and before.pos_ in NOMINAL \
                and _names_media(token.i, source[1], ctx):
            return token.i, source[1]
        if not fronted and token.pos_ == "PROPN" and before.pos_ == "NOUN" \
                and _name_of(token.i, source[1], ctx) in ctx.grammar.media_names:  # (not "Wie die Presseagentur AFP")
            return token.i, source[1]
    return None


def _name_of(start: int, end: int, ctx: SentenceContext) -> str:
    return " ".join(t.lower_ for t in ctx.doc[start:end] if t.is_alpha and t.pos_ != "DET")


def _names_media(start: int, end: int, ctx: SentenceContext) -> bool:
    """The phrase names media: its first or last noun ends in a ``media_nouns`` word ("der Deutschen
    Presse-Agentur", "der Nachrichtenagentur AFP"), or its name is a ``media_names`` one ("der dpa",
    "SPIEGEL ONLINE")."""
    nouns = [t for t in ctx.doc[start:end] if t.pos_ in {"NOUN", "PROPN", "X"}]
    if not nouns:
        return False
    return any(n.lower_.endswith(ctx.grammar.media_nouns) or n.lower_ in ctx.grammar.media_names
               for n in (nouns[0], nouns[-1])) or _name_of(start, end, ctx) in ctx.grammar.media_names


def _dative(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    return next((c for c in verb.children if c.dep_ in DATIVE_OBJECT and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)


def _listener_object(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """The object of a verb whose object is its listener, also where the parser made it the passive
    subject of an active verb ("Scholz hat die Bundesländer zu … aufgefordert"), a second subject
    after it ("Der Botschafter warnte | die Bundesregierung | vor …") or a second subject of its
    auxiliary ("Die Vereinten Nationen hatten | die Europäische Union | darum gebeten"), also where the
    verb's finite auxiliary stands between ("Der Präsident hat | die Partner | um weitere Systeme gebeten")."""
    if entry.lemma not in ctx.grammar.listener_object_verbs or _inverted_after_quotation(verb, ctx):
        return None
    found = _object(verb, ctx)
    if found is None and not is_passive(verb, ctx):
        subject = subject_of(verb)
        finite = finite_of(verb, ctx) or verb
        found = next((c for c in verb.children if c.pos_ in {"NOUN", "PROPN", "PRON"} and subject not in (None, c)
                      and (c.dep_ in PASSIVE_SUBJECT or c.dep_ in SUBJECT and subject.i < min(verb.i, finite.i) < c.i)),
                     None) or _noun_on_auxiliary(verb, subject)
    return found


def _inverted_after_quotation(verb: Token, ctx: SentenceContext) -> bool:
    """Where the subject precedes its verb, a verb without one right after a quotation has its speaker
    after it, whatever the parser made of it: '“How big is that wall?” asked | the boy' (labelled the
    object)."""
    return ctx.grammar.subject_precedes_verb and subject_of(verb) is None and after_quotation(verb) \
        and not is_gerund(verb)  # (not '"…," Fiorina told "Fox and Friends," | reminding | the co-hosts that …')


def _name_before_that(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """A name (or acronym) right after a verb whose object is its listener, followed by the
    complementizer that opens the message, is the listener wherever the parser hung it: "A UN
    spokesman told | AFP | that aid convoys had been blocked" ("AFP" made the passive subject of
    "blocked", "that" a determiner)."""
    if entry.lemma not in ctx.grammar.listener_object_verbs:
        return None
    end = verb.i + 1
    while end < ctx.sentence.end and ctx.doc[end].pos_ in NOMINAL \
            and (is_name(ctx.doc[end]) or ctx.doc[end].is_upper and len(ctx.doc[end]) > 1):
        end += 1  # (an acronym the tagger took for a common noun: "AFP")
    if end == verb.i + 1 or end >= ctx.sentence.end \
            or ctx.doc[end].lower_ not in ctx.grammar.declarative_complementizers:
        return None
    return ctx.doc[end - 1]


def _noun_on_auxiliary(verb: Token, subject: Token | None) -> Token | None:
    """A noun after the verb's auxiliary that the parser made the auxiliary's subject or object, where
    the verb has its subject ("Die Vereinten Nationen hatten | die Europäische Union | darum gebeten",
    "Die Gemeinde hat | Papst Benedikt XVI. | gebeten")."""
    if subject is None:
        return None
    return next((c for aux in verb.children if aux.dep_ in ANY_AUX for c in aux.children
                 if c.dep_ in SUBJECT | DIRECT_OBJECT and c.i > aux.i and c.pos_ in NOMINAL
                 and c != subject), None)


def _dative_determiner(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """A noun of the verb's clause whose determiner is only dative ("teilte dem Fernsehsender CNN
    mit"), whatever the parser labelled it; ``dative_determiners`` in ``grammar.json``."""
    for child in verb.children:
        if (child.pos_ in NOMINAL or _nominalised(child)) and child.dep_ not in CLAUSAL and _caseless(child) \
                and _opened_by(child, ctx.grammar.dative_determiners) and not _before_postposition(child, ctx):
            return child
    return None


def _nominalised(adjective: Token) -> bool:
    """An adjective that heads its phrase stands for a noun: "wirft dem 32-Jährigen vor"."""
    return adjective.pos_ == "ADJ" and adjective.dep_ not in ATTRIBUTIVE and any(
        c.dep_ in DETERMINER for c in adjective.children)


def nominalised_listener_before(noun: Token, ctx: SentenceContext) -> Token | None:
    """A capitalised word right before the noun that the parser made its modifier, where nouns
    alone are capitalised (``nouns_capitalised``): it stands for a person, the listener, and the
    noun is the thing charged ("Die Staatsanwaltschaft wirft | dem 45-Jährigen | Betrug in 20 Fällen
    vor", "wirft | dem Angeklagten | Mord vor", read as one phrase: the listener's, and no message)."""
    if not ctx.grammar.nouns_capitalised or noun.pos_ != "NOUN" or noun.i <= ctx.sentence.start + 1:
        return None
    before, article = ctx.doc[noun.i - 1], ctx.doc[noun.i - 2]
    capitalised = next((c for c in before.text if c.isalpha()), "").isupper()  # ("45-Jährigen")
    if article.pos_ != "DET":
        return None  # (the word has its own article: not "in den am meisten betroffenen Gebieten | Seuchen")
    return before if before.pos_ in {"ADJ", "NOUN"} and before.dep_ in ATTRIBUTIVE and before.head == noun \
        and capitalised and not before.ent_type_ else None  # (not "die Europäische Kommission")


def _nominalised_object_listener(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    if entry.lemma not in ctx.grammar.dative_listener_verbs:
        return None
    return next((found for c in children(verb, DIRECT_OBJECT) if (found := nominalised_listener_before(c, ctx))), None)


def _dative_by_case(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"erklärt den 18 Mitarbeitern, dass …": an object whose noun and determiner the
    morphologizer both read as dative, where the determiner alone ("den") could be accusative; also
    one the parser made a second subject ("Den Rebellen werfen die Vereinten Nationen vor, …").
    (Trusting the noun alone found 13 more listeners on SpkAtt news train, 4 of them right.)"""
    for child in verb.children:
        second_subject = child.dep_ in SUBJECT and _second_subject(verb, child)
        if child.pos_ in NOMINAL and _caseless(child) and (
                child.dep_ in DIRECT_OBJECT | CASELESS_ARGUMENT or second_subject) \
                and (child.morph.get("Case") == ["Dat"] or any(d.dep_ in DETERMINER for d in child.children)) \
                and (all(d.morph.get("Case") == ["Dat"] for d in child.children if d.dep_ in DETERMINER)
                     or _plural_dative(child)):
            return child
    return None


def _plural_dative(noun: Token) -> bool:
    """"schlug den entlassenen Mitarbeitern vor", "erklärte den 18 Mitarbeitern": a plural noun read
    as dative, with its adjectives read so or counted by a number, outvotes a determiner read as
    accusative (a plural's dative ends in -n, which "den" shares with the accusative singular; a
    counted plural is never accusative after "den")."""
    adjectives = [c for c in noun.children if c.pos_ == "ADJ" and c.i < noun.i]
    counted = any(c.pos_ == "NUM" and c.i < noun.i and c.text.isdigit() and c.text != "1" for c in noun.children)
    return noun.morph.get("Case") == ["Dat"] and "Plur" in noun.morph.get("Number") and (bool(adjectives) or counted) \
        and all(a.morph.get("Case") == ["Dat"] for a in adjectives)


def _dative_plural_noun(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"sagte Reportern, dass …", "erklärte Medienvertretern in Berlin": a noun of a verb of saying
    whose form is only a dative plural (``sources.dative_plural``), whatever the parser labelled it."""
    if not entry.says:
        return None
    return next((c for c in verb.children if c.dep_ not in CLAUSAL and _caseless(c) and dative_plural(c, ctx)), None)


def _accusative_by_case(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Der russische Präsident wies ihm zufolge seinen US-Kollegen darauf hin": the noun of a
    verb whose object is its listener, marked accusative by its determiner, whatever relation
    the parser gave it (here "zufolge" was hung on it), also where it was hung on a noun of the
    verb as its attribute, which an accusative cannot be ("in ihrer Videobotschaft | die
    einheimischen Autohersteller dazu aufgefordert")."""
    if entry.lemma not in ctx.grammar.listener_object_verbs:
        return None
    attributes = [g for c in verb.children if c.pos_ in NOMINAL for g in c.children
                  if g.dep_ in OWNER and g.i > c.i]
    for child in [*verb.children, *attributes]:
        determiners = [d for d in child.children if d.dep_ in DETERMINER | POSSESSIVE]
        if child.pos_ in NOMINAL and (child.dep_ not in SUBJECT or _second_subject(verb, child)) and determiners \
                and all(d.morph.get("Case") == ["Acc"] for d in determiners) \
                and all(c.lower_ in ctx.grammar.postpositions for c in child.children if c.dep_ in CASE_MARKER):
            return child
    return None


def _second_subject(verb: Token, child: Token) -> bool:
    """The parser gave the verb two subjects ("Die Bundeskanzlerin hat die einheimischen
    Autohersteller aufgefordert"): the one that is not its subject may be its object."""
    subject = subject_of(verb)
    return subject is not None and subject != child


def _oblique_second_subject(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Steinmeier sagte | der Presse, …", "Ein Sprecher sagte | SPIEGEL ONLINE, sie hätten …":
    where the subject stands before the finite verb, the one place before it is taken (V2, not
    ``subject_precedes_verb``), so a noun after it that the parser made a second subject, opened by
    an ``oblique_determiners`` word or by none, is the verb's dative listener, when a comma after it
    opens the reported clause, or a colon after media ("Tourmanager Michael Cohl sagte | der
    US-Zeitschrift: „…“"). (Without these it may be the speaker after a fronted object: "Die
    Anwendung … stellte | der SPD-Vorsitzende … in Frage: …", "Die Vorwürfe wies Merkel zurück".)
    Not after a demonstrative that stands for the message ("Das sagte der Minister, …")."""
    subject, finite = subject_of(verb), finite_of(verb, ctx)
    if ctx.grammar.subject_precedes_verb or not entry.says or subject is None or finite is None \
            or subject.i > finite.i or subject.pos_ not in {"NOUN", "PROPN", "PRON"} \
            or subject.lower_ in ctx.grammar.anaphoric_demonstratives | ctx.grammar.expletives \
            or ctx.in_quotation(subject) or interposed_commas(verb, ctx):
        return None  # (no word of a quotation before "…“, sagte der Papst", nor "Die Lage, | sagte …")
    for child in verb.children:
        determiners = [d for d in child.children if d.dep_ in DETERMINER]
        if child.dep_ in SUBJECT and child.i > finite.i and child != subject and child.pos_ in NOMINAL \
                and _caseless(child) and _opens_message_after(child, ctx) \
                and (_opened_by(child, ctx.grammar.oblique_determiners) or not determiners):
            return child
    return None


def _oblique_subject_after_verb(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Ein mit den Verhandlungen vertrauter Diplomat sagte | der Nachrichtenagentur Reuters, …": the
    parser made the listener after the finite verb its subject (and the speaker before it an
    oblique); a subject there that its article or noun marks oblique, before the comma that opens
    the reported clause, is the listener (V2 only, not ``subject_precedes_verb``)."""
    subject, finite = subject_of(verb), finite_of(verb, ctx)
    if ctx.grammar.subject_precedes_verb or not entry.says or subject is None or finite is None \
            or subject.i < finite.i or subject.pos_ != "NOUN":
        return None
    opens_message = _punctuation_after(subject, ctx) in {",", ":"}
    return subject if (marked_oblique(subject) or oblique_by_gender(subject, ctx)) and opens_message else None


def _opens_message_after(noun: Token, ctx: SentenceContext) -> bool:
    """A comma follows the noun's phrase, or a colon the noun where it names media: a speaker may
    stand before a colon, a newspaper speaks only through its own reports (the parser may have hung
    the quotation after the colon on the noun)."""
    if _punctuation_after(noun, ctx) == ",":
        return True
    mark = next((t for t in ctx.doc[noun.i + 1: ctx.sentence.end] if t.is_punct and t.text not in QUOTE_MARKS), None)
    return mark is not None and mark.text == ":" and _names_media(phrase(noun, ctx.sentence)[0], mark.i, ctx)


def _punctuation_after(noun: Token, ctx: SentenceContext) -> str | None:
    """The first punctuation mark after the noun's phrase (without a clause the parser hung on it)."""
    end = phrase(noun, ctx.sentence)[1]
    return next((t.text for t in ctx.doc[end: ctx.sentence.end] if t.is_punct), None)


def _fronted_listener(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Die Bürgerinnen und Bürger forderte er auf, …", "Der Politik schlug er vor, …": the parser made
    the phrase before the finite verb the subject and the pronoun after it, which is only nominative
    (``nominative_pronouns``), the object; the pronoun speaks, so the phrase before is the object,
    the listener of a verb whose object is the listener, or of a verb of saying where its article
    marks a dative (``dative_determiners``, or "der" before a feminine singular)."""
    fronted = fronted_object(verb, ctx)
    if fronted is None:
        return None
    if entry.lemma in ctx.grammar.listener_object_verbs or _opened_by(fronted, ctx.grammar.dative_determiners):
        return fronted
    feminine = fronted.morph.get("Gender") == ["Fem"] and fronted.morph.get("Number") == ["Sing"]
    return fronted if entry.says and feminine and _opened_by(fronted, ctx.grammar.oblique_determiners) else None


def _fronted_feminine_listener(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Der Zeitung | sagte der CSU-Chef, …", "Der Nachrichtenagentur AFP | sagte ein Sprecher": the
    phrase before the finite verb of a verb of saying, whose noun is dative or genitive by its ending
    (``feminine_oblique``), is its listener where a noun after the verb can speak."""
    finite = finite_of(verb, ctx)
    if finite is None or not entry.says:
        return None
    fronted = next((c for c in verb.children if c.dep_ in SUBJECT and c.i < finite.i and feminine_oblique(c, ctx)), None)
    speaker = any(c.i > finite.i and c.pos_ in NOMINAL and not any(m.dep_ in CASE_MARKER for m in c.children)
                  for c in verb.children)  # (whatever its label: "der CSU-Chef" parsed as an oblique argument)
    return fronted if fronted is not None and speaker else None


def feminine_listener_made_subject(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Der Verband warf | der Bundesregierung | mangelnde Unterstützung vor": of a verb whose dative is
    its listener (``dative_listener_verbs``), a second subject after the finite verb, the first before
    it, whose noun is dative or genitive by its ending (``feminine_oblique``), is that listener."""
    subject, finite = subject_of(verb), finite_of(verb, ctx)
    if finite is None or subject is None or subject.i > finite.i or entry.lemma not in ctx.grammar.dative_listener_verbs:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT and c.i > finite.i and feminine_oblique(c, ctx)), None)


def _oblique_after_name(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"sagte Georg Ratzinger | der Nachrichtenagentur dpa", "sagte er | der Deutschen
    Presse-Agentur", "wirft die OSZE | der georgischen Wahlkommission vor": a name (also one in
    capitals) or a personal pronoun has no genitive attribute after it, so a noun
    opened by an ``oblique_determiners`` word that the parser hung on the speaker's name right after
    it is the verb's dative listener."""
    subject = subject_of(verb)
    if not entry.says or subject is None:
        return None
    name = [subject]
    while name[-1].i + 1 < ctx.sentence.end and ctx.doc[name[-1].i + 1].dep_ in NAME_PART \
            and ctx.doc[name[-1].i + 1].head in name:
        name.append(ctx.doc[name[-1].i + 1])
    if not all(_name_word(t) for t in name) and not _personal_pronoun(subject):
        return None
    last = name[-1].i
    for token in name:
        for child in token.children:
            first = min(t.i for t in child.subtree)
            if child.dep_ in OWNER and first == last + 1 and child.pos_ in NOMINAL and _caseless(child) \
                    and _opened_by(child, ctx.grammar.oblique_determiners):
                return child
    return None


def _object_hung_on_name(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"hatte Biden in der Ukraine | lebende US-Bürger | dazu aufgerufen": a person's name has no
    attribute noun without a preposition after it, so a common noun without a case marker (and not
    genitive) that the parser hung on a name of the verb is the verb's lost object, and for a verb
    whose object is the listener its listener; only where the verb has no object, and with nothing
    between name and noun but what hangs on the name."""
    if entry.lemma not in ctx.grammar.listener_object_verbs or _object(verb, ctx) is not None:
        return None
    for name in verb.children:
        if name.i > verb.i or not (name.ent_type_ in PERSON_LABELS or name.pos_ == "PROPN"):
            continue
        for child in name.children:
            first = min(t.i for t in child.subtree)
            if child.dep_ in OWNER and child.pos_ == "NOUN" and child.i > name.i and _caseless(child) \
                    and "Gen" not in child.morph.get("Case") \
                    and all(t.head == name or t.head.i in range(name.i + 1, first) for t in ctx.doc[name.i + 1: first]
                            if t.dep_ not in NAME_PART) \
                    and not any(t.text == "," for t in ctx.doc[name.i: child.i]):
                return child
    return None


def _impossible_media_genitive(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"sagte in Juba | der Presse", "wie X, ein Sprecher der Befreiungsarmee | der Presse mitteilte":
    media opened by an ``oblique_determiners`` word that the parser hung as a genitive on a name (a
    name has no genitive after it), on a noun that has its genitive already or on one that is a
    genitive itself ("Wie ein Sprecher der Stadt | der Deutschen Presse-Agentur bestätigte") are the
    listener of a verb of saying ("ein Sprecher der Zeitung" keeps its paper)."""
    if not entry.says:
        return None
    for token in _clause(verb, ctx):
        owner = token.head
        if token.dep_ not in OWNER or owner.i > token.i or not _caseless(token) or token.pos_ not in NOMINAL \
                or not _opened_by(token, ctx.grammar.oblique_determiners) \
                or not _names_media(*_before_comma(*phrase(token, ctx.sentence), ctx), ctx):
            continue
        earlier = [c for c in owner.children if c.dep_ in OWNER and c.i < token.i and _caseless(c)
                   and _opened_by(c, ctx.grammar.oblique_determiners)]
        genitive_itself = owner.dep_ in OWNER and owner.head.pos_ in NOMINAL and owner.head.i < owner.i \
            and _opened_by(owner, ctx.grammar.oblique_determiners)  # ("ein Sprecher der Stadt | der dpa")
        if _name_word(owner) or owner.ent_type_ or earlier or genitive_itself:
            return token
    return None


def _media_right_after(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """Media opened by an ``oblique_determiners`` word right after a verb of saying whose subject
    stands before it are its listener wherever the parser hung them: "Ein UN-Sprecher sagte | der
    Nachrichtenagentur AFP | , Hilfskonvois seien … blockiert worden" ("Nachrichtenagentur" made the
    passive subject of the reported clause)."""
    subject = subject_of(verb)
    following = verb.doc[verb.i + 1] if verb.i + 1 < ctx.sentence.end else None
    if not entry.says or subject is None or subject.i > verb.i or following is None \
            or following.lower_ not in ctx.grammar.oblique_determiners:
        return None
    _, end = _before_comma(following.i, ctx.sentence.end, ctx)
    phrase_words = ctx.doc[following.i + 1: end]
    nouns = [t for t in phrase_words if t.pos_ in NOMINAL]
    if end == ctx.sentence.end or not nouns or not all(t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT", "X"}
                                                       for t in phrase_words) \
            or not _names_media(following.i, end, ctx):
        return None  # (no comma: the phrase does not close before a message)
    return nouns[0]


def _before_comma(start: int, end: int, ctx: SentenceContext) -> tuple[int, int]:
    """A phrase up to its first comma: "der Presse | , die SPLA werde …" (the parser made the
    reported clause's subject an apposition of the media)."""
    return start, next((t.i for t in ctx.doc[start:end] if t.text == ","), end)


def _dative_pronoun(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Ihm wird vorgeworfen, …", "Kritiker hatten ihm vorgeworfen" (with "ihm" parsed as a second
    subject): a pronoun of the verb that is only dative (not "ihm zufolge", which names the source
    of the report), and one parsed as the subject only outside a quotation, where "mir" is the
    quoted speaker's own ("„… die mir gestellten Fragen belegen oder mir … aufzeigen“")."""
    return next((c for c in verb.children if c.lower_ in ctx.grammar.dative_pronouns
                 and not _before_postposition(c, ctx)
                 and (c.dep_ not in SUBJECT or not ctx.in_quotation(c))), None)


def _oblique_object(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Er sagte der BBC, …": a noun object opened by "der", of a verb of saying that has its
    subject already (also one it shares with the verb it is joined to: "wies die Darstellung zurück und
    warf | der Gewerkschaft | vor, …"), is its dative; ``oblique_determiners`` in ``grammar.json``. (A
    demonstrative standing for the message is no subject: "Dies bestätigte der Parteivorsitzende".)"""
    anaphor = opening_anaphor(verb, ctx)
    shared = verb.dep_ in CONJUNCT and subject_of(verb) is not None
    if not entry.says or not (shared or any(c.dep_ in SUBJECT and c != anaphor for c in verb.children)):
        return None
    for child in verb.children:
        # (also labelled an adjunct, or nothing right after the verb: "erzählte | der Nachrichtenagentur")
        labelled = child.dep_ in DIRECT_OBJECT | CASELESS_ARGUMENT | ADJUNCT
        if (labelled or child.dep_ in UNLABELLED and first_word(child).i == verb.i + 1) \
                and child.pos_ in NOMINAL and _caseless(child) \
                and _opened_by(child, ctx.grammar.oblique_determiners):
            return child
    return None


def _named_dative(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Kritiker werfen Obama vor, er habe …": a person's name after a ``dative_listener_verbs`` verb
    that has its subject is its listener, which no article marks as dative; so is a bare plural before
    the clause it reports."""
    if entry.lemma not in ctx.grammar.dative_listener_verbs:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    return next((c for c in verb.children if c.dep_ in DIRECT_OBJECT | DATIVE_OBJECT and c.i > verb.i and c != subject
                 and (c.pos_ == "PROPN" and c.ent_type_ == "PER" or _bare_plural_before_clause(c, verb))), None)


def _bare_plural_before_clause(noun: Token, verb: Token) -> bool:
    """"Die Verbraucherzentrale rät | Kunden |, ihre Verträge genau zu prüfen": a plural noun with no
    article before the clause the verb reports is its listener; what it recommends is the clause."""
    return noun.pos_ == "NOUN" and noun.morph.get("Number") == ["Plur"] \
        and not any(d.dep_ in DETERMINER for d in noun.children) \
        and any(c.dep_ in CLAUSAL and c.i > noun.i for c in verb.children)


def _named_dative_of_passive(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"Kony wird unter anderem vorgeworfen, dass …": a ``dative_listener_verbs`` verb keeps its
    listener in the dative in the passive, and a person named before its finite auxiliary, whatever
    the parser labelled it, is that listener (what is charged would be a thing)."""
    finite = finite_of(verb, ctx)
    if entry.lemma not in ctx.grammar.dative_listener_verbs or finite is None or finite == verb \
            or not is_passive(verb, ctx):
        return None
    first = ctx.doc[trim(ctx.doc, ctx.sentence.start, finite.i)[0]] if finite.i > ctx.sentence.start else None
    if first is None or first.pos_ != "PROPN" or first.ent_type_ not in ("", *PERSON_LABELS):
        return None
    return _head_in_phrase(ctx.doc[finite.i - 1]) if all(
        t.pos_ == "PROPN" for t in ctx.doc[first.i: finite.i]) else None


def fronted_object(verb: Token, ctx: SentenceContext) -> Token | None:
    """The noun before the finite verb that the parser made the subject, where it made a pronoun that
    is only nominative (``nominative_pronouns``) after it the object: "Kritik aus den eigenen Reihen
    wies | er | zurück" — the pronoun speaks, the noun is the object."""
    finite = finite_of(verb, ctx)
    if finite is None or not any(c.lower_ in ctx.grammar.nominative_pronouns and c.i > finite.i
                                 and c.dep_ in DIRECT_OBJECT for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT and c.i < finite.i and c.pos_ == "NOUN"), None)


def _first_of_two_objects(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    finite = finite_of(verb, ctx)
    hosts = (verb,) if finite is None or finite == verb else (verb, finite)  # ("hat | Deutschland | … vorgeworfen")
    return next((c for h in hosts for c in h.children if first_of_two_objects(c, verb, entry.lemma, ctx)), None)


def _object(verb: Token, ctx: SentenceContext) -> Token | None:
    """The verb's noun object; not a pronoun that is only nominative, which the parser may make the object
    after a fronted one ("Die Regierung forderte | er | auf"; ``nominative_pronouns``)."""
    speaker = object_for_subject(verb, ctx)  # ("warnte | Kluncker | vor …": the one who warned)
    return next((c for c in verb.children if c.dep_ in DIRECT_OBJECT and c.pos_ in {"NOUN", "PROPN", "PRON"}
                 and _caseless(c) and not _before_postposition(c, ctx)
                 and c.lower_ not in ctx.grammar.nominative_pronouns and c != speaker), None)


def _listener_preposition(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"gegenüber der Zeitung", "to reporters". ("fordert von Washington Garantien" is left out:
    on SpkAtt news train "von" after a cue with an object named no listener in 3 of 3.)"""
    listening = ctx.grammar.addressee_prepositions
    for child in verb.children:
        if child.dep_ in OBLIQUE and any(c.dep_ in CASE_MARKER and c.lower_ in listening and c.pos_ == "ADP"
                                         for c in child.children):
            return child  # (not an infinitive's "to" the parser made a case marker: "called for X | to resign")
        if child.lower_ in listening and not any(child.children) and child.i > 0:
            before = ctx.doc[child.i - 1]  # "Putin gegenüber", parsed as a particle or an adverb
            if before.pos_ in {"NOUN", "PROPN", "PRON"} and before.i >= ctx.sentence.start:
                return _head_in_phrase(before)
    subject = subject_of(verb)
    # the words of a speaker before the cue, where it precedes its verb (not German: "wie X gegenüber Medien sagte")
    speaking = {t.i for t in subject.subtree if t.i < verb.i} \
        if subject is not None and ctx.grammar.subject_precedes_verb else set()
    speaking |= _on_speaker_description(verb, subject)
    for token in _clause(verb, ctx):  # "sagte heute Abend gegenüber der Presse", hung on the time
        if token.dep_ in CASE_MARKER and token.lower_ in listening and token.pos_ == "ADP" and token.head != verb \
                and token.i not in speaking and not _in_apposition_of(token, subject):
            # (not "A source close | to the negotiations said", nor "said John Smith, an adviser | to the president")
            owner = token.head.head
            object_phrase = owner.dep_ in DIRECT_OBJECT and token.head.dep_ not in APPOSITION \
                and entry.lemma in ctx.grammar.dative_listener_verbs
            if owner.pos_ in NOMINAL and owner.head == verb and (object_phrase or owner.i < verb.i and (
                    owner.dep_ in SUBJECT and subject_of(verb) not in (None, owner))):
                continue  # "Deren Haltung | gegenüber der PKK | bezeichnete er als …": an object's, also after a
                # verb whose object is what it says ("warf der Partei mangelnde Abgrenzung | gegenüber der PKK | vor";
                # ``dative_listener_verbs``; not a phrase set off by commas)
            if token.head.pos_ not in VERBAL:
                return token.head
            before = noun_before_postposition(token, ctx)  # "Ihr gegenüber | hat er angegeben"
            return _head_in_phrase(before) if before is not None else None
    for token in verb.children:  # "Gegenüber Spiegel Online berichtete …": the preposition parsed as an argument
        if token.pos_ == "ADP" and token.dep_ not in CASE_MARKER and token.lower_ in listening:
            return next((t for t in ctx.doc[token.i + 1: min(token.i + 4, ctx.sentence.end)]
                         if t.pos_ in NOMINAL), None)
    return _postposition_before_verb(verb, ctx)


def _on_speaker_description(verb: Token, subject: Token | None) -> set[int]:
    """The prepositions of a speaker's description after the verb: "said a person close | to | the
    Clintons" (not a name's: "said Smith | to | reporters", where the parser may hang the listener on the
    name)."""
    if subject is None or subject.i < verb.i:
        return set()
    return {t.i for t in subject.subtree if t.i > subject.i and t.pos_ == "ADP"
            and t.doc[t.i - 1].pos_ in {"NOUN", "ADJ"}}


def _postposition_before_verb(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Dem Sender gegenüber | erklärte der Sprecher, …": a listener preposition right before the verb
    follows its noun, wherever the parser hung the two (it made "Sender" the sentence's root)."""
    first = min(t.i for t in verb_group(verb))
    noun = noun_before_postposition(ctx.doc[first - 1], ctx) if first - 1 > ctx.sentence.start else None
    return _head_in_phrase(noun) if noun is not None else None


def _in_apposition_of(token: Token, subject: Token | None) -> bool:
    """``token`` stands in a phrase set beside the subject after a comma ("said John Smith, | an
    adviser to the president", also where the parser labelled it an attribute): it tells who the
    speaker is, not whom he told."""
    if subject is None or token.i < subject.i:
        return False
    head = token.head
    while head != head.head and head != subject:
        head = head.head
    return head == subject and any(t.text == "," for t in token.doc[subject.i + 1: token.i])


def _verb_listener_preposition(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"appellierte an die Regierung", "forderte er vom Gemeinsamen Bundesausschuss": a preposition that
    marks the listener of this verb only (``verb_listener_prepositions``; "erinnerte an die Opfer" names
    no listener); in the passive not the agent's ("wurde von der Opposition gefordert")."""
    marks = ctx.grammar.verb_listener_prepositions.get(entry.lemma)
    if marks and is_passive(verb, ctx):
        marks = marks - ctx.grammar.agent_prepositions
    if not marks:
        return None
    thing = _object(verb, ctx)
    return next((t.head for t in _clause(verb, ctx) if t.dep_ in CASE_MARKER and t.lower_ in marks
                 and t.head.pos_ in {"NOUN", "PROPN", "PRON"} and t.head.head == verb
                 and (thing is None or t.i < thing.i)), None)  # "fordert eine Rücknahme | von X": the thing's


def _addressed_by_participle(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"An die Gewerkschaften gewandt sagte Köhler, …": the phrase of a participle that names whom
    words are turned to (``addressing_participles``), standing with the verb of saying."""
    for child in verb.children:
        marks = ctx.grammar.addressing_participles.get(child.lower_)
        if not marks or child.pos_ not in {"VERB", "ADJ"}:
            continue
        before = [c for c in verb.children if c.right_edge.i == child.left_edge.i - 1]  # (hung on the verb)
        return next((c for c in [*child.children, *before] if c.pos_ in {"NOUN", "PROPN", "PRON"} and any(
            m.dep_ in CASE_MARKER and m.lower_ in marks for m in c.children)), None)
    return None


def _audience(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"sagte vor Journalisten", "sagte der Minister vor der Presse": people before whom words were
    said (``audience_prepositions``), or media or an organisation they were said to ("sagte er zur
    Sportschau"; ``media_listener_prepositions``), wherever the parser hung the phrase in the cue's
    clause, or right after the verb where the parser hung it in the reported clause ("sagte | zum „Algemeen
    Dagblad“ |, nach dem Spiel hätten …"); not a time or an occasion ("sagte vor zwei Wochen", "vor den
    Wahlen")."""
    grammar = ctx.grammar
    if not entry.says or not grammar.audience_prepositions | grammar.media_listener_prepositions:
        return None
    after = [ctx.doc[verb.i + 1]] if verb.i + 1 < ctx.sentence.end else []
    for token in [*_clause(verb, ctx), *after]:
        noun = token.head
        if token.dep_ not in CASE_MARKER or noun.pos_ not in NOMINAL:
            continue
        if token.lower_ in grammar.audience_prepositions and _names_people(noun, ctx) \
                or token.lower_ in grammar.media_listener_prepositions and _names_media_or_body(noun, ctx):
            return noun
    return None


def _names_media_or_body(noun: Token, ctx: SentenceContext) -> bool:
    """Media ("der Sportschau", "dem „Algemeen Dagblad“") or an organisation, never a time."""
    start, end = phrase(noun, ctx.sentence)
    return not is_time(noun, ctx) and (_names_media(start, end, ctx) or LABELS.get(noun.ent_type_) == "ORG")


def _names_people(noun: Token, ctx: SentenceContext) -> bool:
    """A plural whose lemma ends like a person noun ("Journalisten", "Reportern"), media ("der
    Presse") or an organisation; never a time."""
    if is_time(noun, ctx):
        return False
    lemma = noun.lower_[:-1] if dative_plural(noun, ctx) else noun.lemma_.lower()  # ("Medienvertretern", cut wrong)
    return "Plur" in noun.morph.get("Number") and ctx.grammar.person_noun(lemma) \
        or lemma.endswith(ctx.grammar.media_nouns) or LABELS.get(noun.ent_type_) == "ORG"


def _name_word(token: Token) -> bool:
    """A word of a name: tagged so, or in capitals, which the tagger may take for a common noun
    ("die OSZE")."""
    return token.pos_ == "PROPN" or token.is_upper and token.is_alpha and len(token) > 1


def _personal_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType")


def _conversation_partner(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    """"sagte in einem Interview mit einem Fernsehsender", "said in an interview with CNN": the
    partner of a talk in the cue's clause (``conversation_nouns``, ``partner_prepositions``), and the
    addressee of a letter ("hat in einer Videobotschaft an seine Unterstützer angekündigt";
    ``letter_nouns``, ``letter_prepositions``, not a dative "an", which says where), also where the
    parser hung the partner on the verb right after the talk ("hat in einem Gespräch | mit seinem
    Amtskollegen | bekräftigt"); not of a talk that only dates the words ("sagte nach einem Treffen
    mit den Ministerpräsidenten", ``time_prepositions``)."""
    grammar = ctx.grammar
    marking = grammar.partner_prepositions | grammar.letter_prepositions
    for token in _clause(verb, ctx):
        if token.dep_ not in CASE_MARKER or token.lower_ not in marking:
            continue
        partner = token.head
        talk = partner.head if partner.head != verb else _phrase_before(partner, verb)
        if talk is None or partner.dep_ not in ADJUNCT or any(
                c.dep_ in CASE_MARKER and c.lower_ in grammar.time_prepositions for c in talk.children):
            continue
        noun = talk.lemma_.lower()
        if token.lower_ in grammar.partner_prepositions and noun in grammar.conversation_nouns \
                or token.lower_ in grammar.letter_prepositions and listed_word(noun, grammar.letter_nouns) \
                and not _says_where(partner, ctx):
            return partner
    return None


def _phrase_before(partner: Token, verb: Token) -> Token | None:
    """The noun of the verb whose phrase ends right before ``partner``'s."""
    return next((c for c in verb.children if c.dep_ in ADJUNCT and c.pos_ in NOMINAL
                 and c.right_edge.i + 1 == partner.left_edge.i), None)


def _says_where(noun: Token, ctx: SentenceContext) -> bool:
    """A letter's "an" phrase in the dative tells where it was written or given ("in einer Rede an der
    Universität Regensburg"): its determiner is only dative, or tagged so ("der")."""
    return only_dative(noun, ctx) or any(c.dep_ in DETERMINER and c.morph.get("Case") == ["Dat"]
                                         for c in noun.children)


def takes_listener_object(verb: Token, ctx: SentenceContext) -> bool:
    """The cue's object is its listener (``listener_object_verbs``; the lexicon's lemma joins a
    separated particle: "rief den Westen zu … auf")."""
    found = verb_cue(verb, ctx)
    return (found[0].lemma if found else verb.lemma_.lower()) in ctx.grammar.listener_object_verbs


def listener_made_subject(verb: Token, ctx: SentenceContext) -> Token | None:
    """"He assured | investors | the company was in good shape": the listener of a verb whose object
    is its listener (``listener_object_verbs``), which the parser made the first of two subjects of
    the reported clause right after the verb."""
    if not takes_listener_object(verb, ctx):
        return None
    for clause in verb.children:
        if clause.dep_ not in CLAUSAL or clause.i < verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT]
        if len(subjects) >= 2 and subjects[0].pos_ in NOMINAL \
                and min(t.i for t in subjects[0].subtree) == verb.i + 1:
            return subjects[0]
    return None


def _made_subject(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    return listener_made_subject(verb, ctx)


def _dative_on_time(verb: Token, entry: CueEntry, ctx: SentenceContext) -> Token | None:
    for child in verb.children:
        if child.dep_ in ADJUNCT and is_time(child, ctx):
            for owner in child.children:
                if owner.dep_ == "nmod" and owner.i > child.i and _caseless(owner) and owner.pos_ in NOMINAL:
                    return owner
    return None


FINDERS: tuple[tuple[Callable[[Token, CueEntry, SentenceContext], Token | None], bool], ...] = (
    (_dative_determiner, True), (_dative_plural_noun, True), (_dative, False), (_listener_object, True),
    (_accusative_by_case, True), (_made_subject, True), (_listener_preposition, True),
    (_verb_listener_preposition, True), (_addressed_by_participle, True), (_conversation_partner, True),
    (_audience, True),
    (_dative_on_time, False),
    (_fronted_feminine_listener, True), (feminine_listener_made_subject, True), (_oblique_object, True),
    (_oblique_second_subject, True),
    (_oblique_subject_after_verb, False),
    (_oblique_after_name, True), (_object_hung_on_name, True), (_impossible_media_genitive, True),
    (_fronted_listener, True),
    (_dative_pronoun, True), (_named_dative, True), (_named_dative_of_passive, True), (_first_of_two_objects, True),
    (_name_before_that, True), (_media_right_after, True), (_nominalised_object_listener, True),
    (_dative_by_case, False))


def _without_clauses(head: Token, start: int, end: int) -> tuple[int, int]:
    """The listener's phrase ends before a clause the parser hung on it: "erklärte einem
    Angestellten, | dass er eine Bombe trage" (the reported clause is the message)."""
    for child in head.children:
        if child.dep_ in CLAUSAL and child.i > head.i:
            first = min(t.i for t in child.subtree)
            while first > head.i + 1 and head.doc[first - 1].is_punct:
                first -= 1
            end = min(end, first)
    return start, end


def _clause(verb: Token, ctx: SentenceContext) -> list[Token]:
    """The verb's own clause: its subtree without the clauses in it, adverbial ones and those on its
    nouns too ("defended his decision to withdraw troops, | telling the nation that he would not pass
    the war on to a fifth president"), and a verb hung on it with no name for the link ("the National
    Hurricane Center said, bringing winds of up | to | 120 mph"; worked out once per verb: several
    finders read it)."""
    found = ctx.clauses.get(verb.i)
    if found is None:
        heads = [t for t in verb.subtree if t != verb and (t.dep_ in CLAUSAL | RELATIVE | DEPENDENT_VERB
                                                           or t.dep_ in UNLABELLED and t.pos_ in VERBAL)]
        inner = {t.i for head in heads for t in head.subtree}
        found = ctx.clauses[verb.i] = [t for t in verb.subtree if t.i not in inner]
    return found


def _before_postposition(token: Token, ctx: SentenceContext) -> bool:
    """"ihm zufolge", "dem „Figaro“ zufolge": the phrase belongs to the cue preposition after it, not to
    the verb."""
    after = token.right_edge.i + 1
    while after < ctx.sentence.end and ctx.doc[after].text in CLOSING_QUOTES:
        after += 1
    return after < ctx.sentence.end and ctx.doc[after].lower_ in ctx.grammar.postpositions


def only_dative(noun: Token, ctx: SentenceContext) -> bool:
    """A noun phrase opened by a determiner that is only dative ("dem", "einem"; ``dative_determiners``)
    or a pronoun that is ("ihm"; ``dative_pronouns``): a listener, never what was said."""
    return noun.lower_ in ctx.grammar.dative_pronouns or _opened_by(noun, ctx.grammar.dative_determiners)


def _opened_by(noun: Token, determiners: frozenset[str]) -> bool:
    """The noun has one of ``determiners`` ("dem Sender", "der BBC")."""
    return any(c.dep_ in DETERMINER and c.lower_ in determiners for c in noun.children)


def _caseless(token: Token) -> bool:
    return not any(c.dep_ in CASE_MARKER for c in token.children)


def _head_in_phrase(token: Token) -> Token:
    """The head of the noun phrase ``token`` ends: "Präsident Putin" -> the token the
    appositions hang on."""
    while token.dep_ in {"appos", "flat", "flat:name", "compound"} and token.head.i < token.i:
        token = token.head
    return token
