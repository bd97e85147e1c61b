"""Content finders: where the message of a verb cue lies (a quotation next to it, a
dass/that-clause, a reported clause after a comma, the clause before "sagte er", an object
or predicative phrase), and the finders each verb frame tries, in order (``FRAME_FINDERS``)."""
from __future__ import annotations

import re
from itertools import takewhile
from typing import Callable

from spacy.tokens import Doc, Span, Token

from wortlaut.attribution.addressees import (feminine_listener_made_subject, fronted_object, listener_made_subject,
                                             nominalised_listener_before, only_dative, takes_listener_object)
from wortlaut.attribution.context import SentenceContext
from wortlaut.attribution.cues import PREPOSITIONAL_MESSAGE_FRAMES, clause_final_particle, verb_cue
from wortlaut.attribution.sources import (NAME_PHRASE_POS, NP_POS, after_clause, finite_of, first_of_two_objects,
                                         fronted_adverbs, in_clause_before, interposed_commas, is_passive, is_time,
                                         juxtaposed_object, marker_after_comma, name_after_quote, noun_before_comma,
                                         opening_anaphor, opening_participle, participle_after_noun,
                                         relative_report_speaker, verb_source)
from wortlaut.attribution.tokens import chars, previous_word
from wortlaut.nlp.entities import PERSON_LABELS
from wortlaut.nlp.grammar import zu_infinitive
from wortlaut.nlp.lexicon import CueEntry
from wortlaut.nlp.names import SENTENCE_ENDS
from wortlaut.nlp.paragraphs import ASIDE_DASHES, dateline_end, quotation_stops
from wortlaut.nlp.quotes import BRACKETS, CLOSING_QUOTES, QUOTE_MARKS, Quote
from wortlaut.nlp.syntax import (ADJUNCT, ADVERBIAL, ATTRIBUTIVE, AUX, AUX_OR_COPULA, CASE_MARKER, CLAUSAL, CONJUNCT,
                                 COORDINATOR, COPULA, DATIVE_OBJECT, DEPENDENT_VERB, DETERMINER, DIRECT_OBJECT, MARKER,
                                 NOMINAL, OBJECTS, OBLIQUE, PASSIVE_SUBJECT, POSSESSIVE, REDUCED_RELATIVE, RELATIVE,
                                 SEPARATED_PARTICLE, SUBJECT, UNLABELLED, VERBAL, children, first_word, inner_hyphen,
                                 is_finite_verb, is_gerund, particle_of, phrase, subject_of, trim, verb_group)

MIN_QUOTE_WORDS = 3
MAX_NAME_WORDS = 6  # "Google's chief human resources executive Laszlo Bock": a speaker's phrase after a quotation
PUNCTUATION_RUN = re.compile("[ ,\u00a0–-]*")
MORE_THAN_THREE_WORDS = re.compile(r"\s*(?:\S+\s+){3}\S")
TITLE_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # "CEO", "Apple CEO", "former"
NOUN_MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})  # the words before a noun in its phrase
NAMED_SETTING_LABELS = frozenset({"ORG", "LOC", "GPE", "FAC"})  # "im Bundestag", "in Berlin"


def sentence_before(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Die Enten waren mit H5N1 infiziert. Das erklärte gestern ein Sprecher …": the sentence
    before is the message when a demonstrative opening the cue's sentence stands for it (one
    opening a later clause stands for the clause before: ``inverted_clause``), or its words after a
    colon ("Linnemann wies den Vorwurf zurück: | Eine Zusammenarbeit … werde es nicht geben. | Das habe
    der Parteitag klar beschlossen")."""
    anaphor = opening_anaphor(verb, ctx)
    if anaphor is None or any(not t.is_space for t in ctx.doc[ctx.sentence.start: anaphor.i]):
        return None
    last = ctx.sentence.start - 1
    while last >= 0 and ctx.doc[last].is_space:
        last -= 1
    if last < 0:
        return None
    before = ctx.doc[last].sent
    start, end = trim(ctx.doc, after_colon(ctx.doc, _sentence_start(before), before.end), before.end)
    return chars(ctx.doc, start, end) if end - start >= 3 else None


def _sentence_start(sentence: Span) -> int:
    """Where the sentence begins that the parser may have cut in two: after the mark that ends the
    one before, a line break or a dateline ("Bund und Kommunen | haben sich … geeinigt", parsed as
    two)."""
    doc, start = sentence.doc, sentence.start
    while start > 0:
        previous = start - 1
        while previous > 0 and doc[previous].is_space:
            previous -= 1
        gap = doc[previous: start].text_with_ws
        dateline = dateline_end(doc, doc[previous].sent.start) == start  # "Potsdam (dpa) - | Bund und Kommunen …"
        if doc[previous].text in SENTENCE_ENDS | {":"} or "\n" in gap or doc[previous].is_space or dateline:
            break
        start = doc[previous].sent.start
    return start


def _announces(verb: Token, markers: frozenset[str]) -> bool:
    """"wie folgt", "as follows": a finite verb without a subject right after a report marker."""
    return verb.i > 0 and verb.nbor(-1).lower_ in markers and subject_of(verb) is None


def colon_quote(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"X betonte:" followed by a quotation, in the same or the next paragraph; also where the
    sentence splitter did not cut at the colon ("Ali bekannte sich in ihrer Rede … zu einem
    Dialog mit dem Islam: „Ich begrüße, …“"), when no other finite verb stands between cue and
    colon (then the colon is another clause's)."""
    colon = _colon_after(verb, ctx.sentence, ctx.grammar.report_markers)
    if colon is None:
        return None
    text = ctx.text
    at = colon.idx + 1
    while at < len(text) and text[at].isspace():
        at += 1
    quote = next((q for q in ctx.quotes if q.start == at and q.depth == 0), None)
    return (quote.start, quote.end) if quote else None


def _colon_after(verb: Token, sentence: Span, markers: frozenset[str]) -> Token | None:
    """The colon that ends the sentence after ``verb``, or else, for a verb cue, the first colon
    after it when no finite verb outside the cue's verb group comes first (a noun cue's colon ends
    its sentence: "veröffentlichte … seine Zusammenfassung:", not "die ihrer Meinung nach …: „…“"),
    but for one without a subject right after a report marker, which announces the words ("begründete
    seine Entscheidung wie | folgt |: „…“", "as follows")."""
    last = _last_word(sentence)
    if last is not None and last.text == ":" and last.i > verb.i:
        return last
    if verb.pos_ not in VERBAL:
        return None
    own = {t.i for t in verb_group(verb)}
    for token in sentence.doc[verb.i + 1: sentence.end]:
        if token.text == ":":
            return token
        if token.i not in own and is_finite_verb(token) and not _announces(token, markers):
            return None
    return None


def _last_word(sentence: Span) -> Token | None:
    for token in reversed(sentence):
        if not token.is_space:
            return token
    return None


def adjacent_quote(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A quotation next to the cue: „…“, sagte X / X sagte: „…“ / X said, "…". Adjacency is
    read on the text, so a sentence splitter that cut at the quotation does no harm. Only the
    quotations nearest the cue are read: the stretch between grows with each one further."""
    before = None if is_gerund(verb) else _quote_before(verb, ctx)  # ("… “all the way,” | calling the case …")
    finished = before is not None and _ends_a_sentence(before, ctx)
    if finished and (_subject_before(verb) or _noun_phrase_between(before, verb)
                     or _opening_verb(verb, before, ctx)) \
            and ctx.text[before.end: before.end + 1] != "," \
            and not (_ends_its_sentence(verb, ctx) and _only_speaker_between(before, verb)):
        before = None  # "„… wo immer sie können.“ Er forderte die SPD auf, …": a new sentence (not "“….” Trump
        # said."), also one a verb without a subject opens ('"But we have players …" | Asked | whether …, he said: …')
    if before is None or _says_that(verb, ctx):
        quote = _quote_after(verb, ctx)
    else:  # the quotation after is read only for a cue that adds to the one before, or after a finished one
        quote = (_quote_after(verb, ctx) if _adds(verb) or finished else None) or before
    if quote is None:
        return None
    return (_clause_start_before(quote, ctx) if quote is before else quote.start), quote.end


def _opening_verb(verb: Token, quote: Quote, ctx: SentenceContext) -> bool:
    """A verb without a subject that opens the sentence right after a quotation that ends its own ('"…." |
    Asked | whether the club would sign a replacement, he said: …', a participle tagged a past): it opens
    a clause of its own and is no cue of the quotation before."""
    return verb.is_title and subject_of(verb) is None and not ctx.text[quote.end: verb.idx].strip()


def _only_speaker_between(quote: Quote, verb: Token) -> bool:
    """Between the quotation and the cue stand only the cue's subject and auxiliaries ("“….” Trump has
    said."), not a clause of its own ("„Aber wir mussten handeln.“ Die Mannschaft habe in den
    vergangenen Wochen nicht die nötige Stabilität gezeigt."; a comma right after the quotation
    joins the cue's clause to it: "„Wo ist meine Stimme?“, wollen die Demonstranten … wissen")."""
    subject = subject_of(verb)
    words = {t.i for t in subject.subtree} if subject is not None else set()
    at = verb.i - 1
    while at >= 0 and verb.doc[at].idx >= quote.end:
        word = verb.doc[at]
        if not (word.i in words or word.dep_ in AUX or word.is_punct or word.is_space):
            return False
        at -= 1
    return True


def _ends_its_sentence(verb: Token, ctx: SentenceContext) -> bool:
    """Nothing but punctuation follows the verb in its sentence: "“….” Trump said."."""
    return all(t.is_punct or t.is_space for t in ctx.doc[verb.i + 1: ctx.sentence.end])


def _clause_start_before(quote: Quote, ctx: SentenceContext) -> int:
    """A quotation before its cue that ends a clause begun before it is part of that clause's message:
    "Die Erklärung sei „ein Schlag ins Gesicht der Hinterbliebenen“, sagte Anwältin Petra Klein" (a
    mixed report), when the words before it hold a verb, but no verb of saying, other sentence or
    quotation of words spoken (a quoted term is none: "Jetzt gibt es eine Umsetzung der
    „Alfvenwellen“, die „eine neue Ära … einleiten könnte“, erklärte …")."""
    doc = ctx.doc
    opening = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if opening is None or opening.start <= ctx.sentence.start:
        return quote.start
    start = after_colon(doc, ctx.sentence.start, opening.start)
    words = [t for t in doc[start: opening.start] if not t.is_space]
    spoken = next((q for q in ctx.speech.ending_by(quote.start) if q is not quote), None)
    if not words or words[0].pos_ == "SCONJ" or not any(t.pos_ in VERBAL for t in words) \
            and not _subject_of_quoted_verb(words, opening) \
            or spoken is not None and spoken.end > words[0].idx \
            or any(t.is_sent_end or t.text in SENTENCE_ENDS for t in words) \
            or any(t.pos_ == "VERB" and verb_cue(t, ctx) is not None and not _controlled(t, words) for t in words):
        return quote.start  # ("describing their meeting as a “very positive step”, …": another cue's words)
    return words[0].idx


def _subject_of_quoted_verb(words: list[Token], opening: Span) -> bool:
    """The words before the quotation are the subject of a verb inside it: "Mrs. Clinton, with her
    service in the administration, | ''is seen as having a more instinctive identification with
    Obama,'' he said"."""
    return any(t.dep_ in SUBJECT | PASSIVE_SUBJECT and opening.start <= t.head.i < opening.end for t in words)


def _controlled(verb: Token, words: list[Token]) -> bool:
    """A verb of saying that is the open complement of another verb before the quotation names no act
    of saying: "Belgium failed | to discover | a Salafist cell … and ''should possibly have acted
    sooner,'' said Ralf Jäger"."""
    return verb.dep_ == "xcomp" and verb.head in words


def _noun_phrase_between(quote: Quote, verb: Token) -> bool:
    """Words of a noun phrase stand between the quotation and the cue ("„…“ | Leverkusens Coach Xabi Alonso
    | gestand Fehler ein", the speaker parsed as an oblique): the cue's clause opens with them."""
    between = [t for t in verb.doc[verb.sent.start: verb.i] if t.idx >= quote.end and not (t.is_punct or t.is_space)]
    return bool(between) and all(t.pos_ in NAME_PHRASE_POS for t in between) \
        and any(t.pos_ in NOMINAL for t in between)


def _subject_before(verb: Token) -> bool:
    """The cue's clause opens with its subject ("Er forderte …"), not with what was said."""
    subject = subject_of(verb)
    return subject is not None and subject.i < verb.i


def _ends_a_sentence(quote: Quote, ctx: SentenceContext) -> bool:
    """The quotation ends with a full stop (in German also "?" or "!", see ``quotation_stops``):
    the cue after it opens a new sentence, whose own quotation comes after it ("Brafman said,
    “… that we have found.” He added, “In this case …”")."""
    return ctx.text[quote.inner_start:quote.inner_end].rstrip().endswith(tuple(quotation_stops(ctx.grammar)))


def _quote_after(verb: Token, ctx: SentenceContext) -> Quote | None:
    """The quotation the cue introduces, if any: the nearest one after a short stretch ending in a colon or
    comma, unless a gerund of saying between introduces it ('Spicer said, | adding, | "They need to talk."'; not
    "She said she was thinking, ''Oh my God …''")."""
    end = verb.idx + len(verb.text)
    for quote in ctx.speech.starting_after(verb.idx):
        if MORE_THAN_THREE_WORDS.match(ctx.text, end, quote.start):
            return None  # and further on, more still
        if _introduces(ctx.text[end:quote.start]):
            return None if _cue_between(verb, quote, ctx) else quote
    return None


def _cue_between(verb: Token, quote: Quote, ctx: SentenceContext) -> bool:
    """A gerund of saying without a subject stands between the cue and the quotation."""
    words = takewhile(lambda t: t.idx < quote.start, ctx.doc[verb.i + 1: ctx.sentence.end])
    return any(t.pos_ == "VERB" and _adds(t) and verb_cue(t, ctx) is not None for t in words)


def _adds(verb: Token) -> bool:
    """A gerund without a subject adds to the report before it: in "…,” adding, “He lost …”"
    its words are the quotation after it."""
    return is_gerund(verb) and subject_of(verb) is None


def _says_that(verb: Token, ctx: SentenceContext) -> bool:
    """The cue opens its own reported clause after it ("…,” claiming that he is responsible …",
    "„… Abpfeifen!“ Verteidigungsminister Peter Struck sagte, die grundsätzliche Kritik … müsse
    hingenommen werden"): the quotation before belongs to the report before. (A quotation after a
    comma is not such a clause: "“…,” he said, “and soon.”")"""
    for clause in children(verb, CLAUSAL):
        if clause.i < verb.i:
            continue
        first = min((t for t in clause.subtree if not t.is_punct or t.text in QUOTE_MARKS), key=lambda t: t.i,
                    default=clause)
        if first.lower_ in ctx.grammar.declarative_complementizers:
            return True
        if _relative_on_speaker(first, verb) or any(_relative_on_speaker(c, verb) for head in verb_group(clause)
                                                        for c in children(head, SUBJECT)):
            continue  # "“…,” said Sarah Jones, 52, | who has lived in the neighborhood …": the speaker's clause;
            # "“…, so be it,” said Deb Kline, a leader of …, one of the groups | that | will march" ("a leader"
            # made the subject of the relative clause the parser made the cue's complement, "that" its auxiliary's)
        before = previous_word(ctx.doc, first.i, verb.i)
        if first.text not in QUOTE_MARKS and before is not None and before.text == "," and not is_gerund(first) \
                and any(is_finite_verb(t) for t in verb_group(clause)):
            return True  # (a gerund after the comma is no reported clause: "“…,” Clinton said, referencing …",
            # nor one that opens it: "“…,” Mrs. Clinton added, | reflecting the … advantage she | has …")
    return False


def _relative_on_speaker(pronoun: Token, verb: Token) -> bool:
    """A relative pronoun after the subject that follows the cue opens a clause on the speaker, not
    the message: "“We're not going anywhere,” said Sarah Jones, 52, | who has lived …" (the parser made
    the relative clause the cue's complement); so does one after a noun and a comma where the cue
    follows the words it reports, has no subject and only a noun phrase stands between it and the
    pronoun, the parser having lost the subject ("Nor are tariffs likely …, said David Autor, a professor
    of economics at M.I.T., | who is one of …", "Autor" made a clause; not "shows Sanders … versus
    Clinton, who has …")."""
    if "Rel" not in pronoun.morph.get("PronType") or pronoun.i <= verb.i:
        return False
    subject = subject_of(verb)
    if subject is not None and verb.i < subject.i < pronoun.i:
        return True
    doc = verb.doc
    between = doc[verb.i + 1: pronoun.i]
    inverted = subject is None and verb.i > 0 and (doc[verb.i - 1].text == ","
                                                   or doc[verb.i - 1].text in CLOSING_QUOTES)
    return inverted and len(between) > 1 and between[-1].text == "," and between[-2].pos_ in NOMINAL \
        and all(t.pos_ in NP_POS or t.is_punct for t in between)


def _quote_before(verb: Token, ctx: SentenceContext) -> Quote | None:
    """The nearest quotation that only punctuation separates from the cue's clause. Past the
    subject's first word the stretch only grows, so the first one that fails ends the search."""
    first = _subject_first(verb)
    for quote in ctx.speech.ending_by(verb.idx):
        start = first if quote.end <= first < verb.idx else verb.idx
        if quote.end >= start or PUNCTUATION_RUN.match(ctx.text, quote.end, start).end() == start:
            if start == verb.idx and _names_a_thing(quote, ctx) \
                    or subject_of(verb) is None and _in_a_phrase(_inner_span(quote, ctx)):
                continue  # "im Fachblatt „La Gazetta dello Sport“ zitiert", 'In an interview with "Fox and Friends,"
                # | Donald Trump | pointed to …' (the name the parser made an apposition in the quotation)
            return quote
        if start == verb.idx and first < quote.end and _name_between(quote, verb, ctx):
            return quote  # the parser took words of the quotation for the subject: "''Uncontrolled migration, …
            # come with enormous dangers,'' | Mr. Kosa | told a plenary session …"
        if start == verb.idx and first < verb.idx and quote.end > first:
            continue  # between the subject's start and the cue: an earlier one may still be adjacent
        return None
    return None


def _name_between(quote: Quote, verb: Token, ctx: SentenceContext) -> bool:
    """Between the quotation and the cue stand only the words of a name's phrase (and its auxiliaries)."""
    words, at = [], verb.i - 1
    while at >= 0 and ctx.doc[at].idx >= quote.end and len(words) <= MAX_NAME_WORDS:
        if ctx.doc[at].dep_ not in AUX:
            words.append(ctx.doc[at])
        at -= 1
    return 0 < len(words) <= MAX_NAME_WORDS and all(t.pos_ in NAME_PHRASE_POS for t in words)


def _names_a_thing(quote: Quote, ctx: SentenceContext) -> bool:
    """The parser hung the quotation's words on a noun outside it, or an article or a preposition opens
    them: a title or name in quotation marks ("im Fachblatt „La Gazetta dello Sport“", "Gegenüber der |
    „Bild am Sonntag“ | betonte Kanzler Scholz, …"), not the words the cue reports."""
    span = _inner_span(quote, ctx)
    if span is None:
        return False
    head = span.root.head
    return not (span.start <= head.i < span.end) and head.pos_ in NOMINAL or _in_a_phrase(span)


def _inner_span(quote: Quote, ctx: SentenceContext) -> Span | None:
    """The words between a quotation's marks."""
    return ctx.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")


def _in_a_phrase(span: Span | None) -> bool:
    """An article or a preposition right before the opening mark: the quotation names something."""
    before = span.doc[span.start - 2] if span is not None and span.start >= 2 else None  # (the word before the mark)
    return before is not None and before.pos_ in {"DET", "ADP"} and before.sent == span[0].sent


def _introduces(between: str) -> bool:
    """'said: "…"', 'told reporters, "…"': a short stretch ending in a colon or comma. A longer
    one means the quotation is a fragment inside a reported clause (mixed speech)."""
    stripped = between.strip()
    return not stripped or stripped[-1] in ":," and len(stripped.split()) <= 3


def _subject_first(verb: Token) -> int:
    """Where the cue's clause starts after a quotation before it: its subject ("…," she said / "…,"
    the minister said) or its finite auxiliary ("„…“ wird der Franzose … zitiert"), whichever
    comes first; the cue itself when it has neither (a conjunct's subject is the first verb's: "“This
    Week,” | Carson admitted that …, but | said his campaign had found …")."""
    subject = subject_of(verb)
    if subject is not None and verb.dep_ in CONJUNCT and subject.head != verb and subject.head not in verb.children:
        subject = None
    words = [_phrase_start(subject).idx] if subject is not None else []
    tail = name_after_quote(verb) if subject is None else None
    if tail is not None:
        words = [verb.doc[tail[0]].idx]  # "“…,” Viguerie concludes."
    return min([*words, *(t.idx for t in verb_group(verb) if t.i < verb.i)], default=verb.idx)


def _phrase_start(subject: Token) -> Token:
    """The first word of the subject's phrase, going left from it over its words only (not into a
    quotation before it that the parser hung on it: '"Nobody is above the law," Rep. Adam Schiff
    said', with "law" made a compound of "Schiff")."""
    inside = {t.i for t in subject.subtree}
    first = word = subject
    while word.i > 0 and word.i - 1 in inside and word.nbor(-1).text not in QUOTE_MARKS:
        word = word.nbor(-1)
        if not (word.is_punct or word.is_space):
            first = word
    return first


def report_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Wie X mitteilte, …" / "As X said, …" (also after a conjunction: "Denn wie X berichtete, …"):
    the rest of the sentence is the message. Not a gerund: "quoted a spokesman as saying that …"
    says its message itself."""
    form = verb.morph.get("VerbForm")
    if "Ger" in form or "Part" in form and "Pres" in verb.morph.get("Tense"):
        return None
    marker = next((c for c in verb.children if c.dep_ in MARKER
                   and c.lower_ in ctx.grammar.report_markers), None)
    first = next((t for t in ctx.sentence if not (t.is_punct or t.is_space)), None)
    if first is not None and first.pos_ in {"CCONJ", "SCONJ"} and first.i + 1 < verb.i:
        first = ctx.doc[first.i + 1]  # "Denn wie die „Bild“-Zeitung … berichtete, …"
    comma = next((t for t in ctx.doc[verb.i: ctx.sentence.end] if t.text == ","), None)
    if marker is None and first is not None and first.lower_ in ctx.grammar.report_markers \
            and comma is not None and first.i < verb.i:
        marker = first
    if marker is None:
        marker = marker_after_comma(verb, ctx)
    if marker is None:
        return None
    clause_end = comma.i if comma is not None else max(t.i for t in verb.subtree) + 1
    clause_end = past_relative_clause(clause_end, ctx)
    start, end = trim(ctx.doc, clause_end, ctx.sentence.end)
    if end - start < 2:
        if any(c.i > verb.i and c.pos_ != "PRON" for c in children(verb, CLAUSAL | DIRECT_OBJECT)):
            return None  # "Clinton beamed as she noted | how happy she was …": the cue says its own clause (not
            # "as she put | it", a word of the cue)
        start, end = trim(ctx.doc, ctx.sentence.start, marker.i)
    return chars(ctx.doc, start, end) if end - start >= 2 else None


def past_relative_clause(at: int, ctx: SentenceContext) -> int:
    """Past the comma that closes a relative clause opening at token ``at`` (after a comma or not,
    and after a comma with its preposition: "…, in dem es heißt, …"), or ``at``: it is neither
    source nor message ("Laut einem Zeugen, | der anonym bleiben wollte, | hatte …", "Wie aus einem
    Schreiben hervorgeht, | das dem „Spiegel“ vorliegt, | will das Amt …")."""
    doc, end = ctx.doc, ctx.sentence.end
    opening = at + 1 if at + 1 < end and doc[at].text == "," else at
    if opening > at and opening + 1 < end and doc[opening].pos_ == "ADP":
        opening += 1
    if opening >= end or "Rel" not in doc[opening].morph.get("PronType"):
        return at
    comma = next((t.i for t in doc[opening: end] if t.text == ","), None)
    return comma + 1 if comma is not None else at


def interposed_report(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"The economy, the minister said, would recover next year." / "Die Lage, sagte der Minister,
    sei ernst.": a report set between commas inside the clause it tells; the message is the clause
    after it, or the words before it where those are more (the cue stays outside the message)."""
    commas = interposed_commas(verb, ctx)
    if commas is None:
        return None
    doc, sentence = ctx.doc, ctx.sentence
    before = trim(doc, after_colon(doc, sentence.start, commas[0].i), commas[0].i)
    aside = _gerund_aside_end(commas[1], verb, ctx)  # ("Earlier, Axios reported, | citing …, | that …")
    after = trim(doc, (aside if aside is not None else commas[1].i) + 1, sentence.end)
    fronted = doc[before[0]].pos_ == "ADP" or fronted_adverbs(list(doc[before[0]:before[1]]), verb, ctx)
    # ("In the three years since …, Barden says, | far too many lives …", "Still, he said, | officials have to …")
    start, end = after if fronted else max(after, before, key=lambda span: span[1] - span[0])
    return chars(doc, start, end) if end - start >= 2 else None


def _reflexive_predicate(verb: Token, child: Token) -> bool:
    """"Der Trainer zeigte sich | zufrieden mit der Leistung": an adjective after a reflexive cue tells
    how the speaker appeared, not what was said; so does a participle without a clause of its own
    ("Hänel zeigte sich | enttäuscht")."""
    participle = child.pos_ == "VERB" and child.morph.get("VerbForm") == ["Part"] \
        and not any(c.dep_ in SUBJECT | OBJECTS and "Yes" not in c.morph.get("Reflex") for c in child.children)
    return (child.pos_ == "ADJ" or participle) and any("Yes" in c.morph.get("Reflex") and c.i < child.i
                                       for c in (*verb.children, *child.children))  # (or hung on the adjective)


def clausal_complement(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A dass/that-clause, zu-infinitive or reported clause the parser attached to the cue, also
    under a pronoun that opens it ("aufgefordert, | sich auf sparsame Modelle zu konzentrieren",
    where the parser made "sich" the cue's dependent and the infinitive its own)."""
    opened = [g for c in verb.children if c.pos_ == "PRON" and c.i > verb.i
              for g in children(c, CLAUSAL | DEPENDENT_VERB) if "Inf" in g.morph.get("VerbForm")]
    untagged = [c for c in verb.children if c.i > verb.i and c.pos_ not in VERBAL
                and zu_infinitive(c, ctx.grammar)]
    contact = _contact_clauses(verb, ctx) + _clauses_on_time(verb, ctx) + _infinitive_after_listener(verb, ctx)
    conjoined = [c for c in children(verb, CONJUNCT) if c.i > verb.i
                 and (_infinitive_with_particle(c) or _clause_after_object(verb, c, ctx))]
    clauses = children(verb, CLAUSAL)
    infinitives = [c for c in children(verb, DEPENDENT_VERB) if _infinitive_object(c) or _gerund_object(verb, c)]
    after = sorted([c for c in clauses if c.i > verb.i] + [c for c in infinitives if c.i > verb.i], key=lambda c: c.i)
    # (the clause after the cue first: "Paul Huntley, a Sanders delegate from California, said | he wanted …",
    # the apposition made a clause before it; the nearest first: "urged Congress | to approve additional aid …,
    # warning that …", "warning" tagged a noun and made a clause)
    for child in [*after, *(c for c in clauses if c.i < verb.i), *(c for c in infinitives if c.i < verb.i),
                  *opened, *untagged, *contact, *conjoined]:
        child = _clause_under_manner_word(child)
        if _opened_as_adverbial(child, ctx) or _conditional_verb_first(child, ctx):
            continue  # "sagte das, um die Partei zu schützen"
        if _gerund_after_comma(verb, child, ctx) or _report_of_words_before(verb, child, ctx):
            continue  # "…, she said, | adding that jobs are up": the gerund's own report
        if (child.pos_ in NOMINAL or _title_read_as_adjective(verb, child, ctx) or _reflexive_predicate(verb, child)) \
                and not any(t.pos_ in VERBAL and t != child for t in child.subtree) or _time_made_clause(child, ctx):
            continue  # a noun the parser made a clause: "warf | Verkehrsminister Volker Wissing | vor, …"
        first = min(t.i for t in child.subtree)
        if any(is_finite_verb(t) and t.morph.get("Mood") and t.head.i not in {child.i, verb.i}
               and t.i != child.i and RELATIVE.isdisjoint({t.dep_, t.head.dep_}) for t in ctx.doc[verb.i + 1: first]):
            continue  # another clause stands between: "räumte ein, es könnten …, sprach aber …" (not a
            # relative clause on the subject the parser made the cue's object: "said the suspect, who was …, had")
        if child.i < verb.i and (child.dep_ == "parataxis" or not _comma_before(verb, ctx)
                                 or _relative_on_noun(first, ctx) or _subordinate_order(child, ctx)
                                 or _message_after(verb, ctx)):
            continue  # before the cue only as "…, sagte X"; not "An official, | who briefed reporters …, said"
        if child.i > verb.i and _relative_on_noun(first_word(child).i, ctx):
            continue  # "erklärte, in den Bundesländern, | in denen Studiengebühren erhoben würden, | sei …"
        if any(c.dep_ in COORDINATOR for c in child.children) or \
                any(t.pos_ == "CCONJ" for t in ctx.doc[verb.i + 1: first]):
            continue  # a coordinated clause ("…, sondern … genannt") is not the message
        start, end = phrase(child, ctx.sentence, cut_relative=False)
        end = _through_infinitive_after(verb, child, end, ctx)
        end = _through_words_hung_before(verb, end, ctx)
        end = _with_coordinated_complement(verb, child, end, ctx)
        end = _before_finite_conjunct(child, start, end)
        end = _before_participle_cue(start, end, ctx)
        end = _before_conjoined_cue(start, end, ctx, gerund=is_gerund(verb))
        if child in contact or _runs_into_next_parse(child, end, ctx):
            end = trim(ctx.doc, start, ctx.sentence.end)[1]  # what the parser hung elsewhere goes on to the end
        start = _with_modifiers_hung_on_cue(verb, _from_comma(verb, start, ctx), ctx)
        start = _past_setting_phrase(verb, start, end, ctx)
        start = _past_phrase_before_subject(verb, child, start, ctx)
        start = _after_listener(verb, start, ctx)
        start = _with_subject_made_object(verb, child, start, ctx)
        start = _from_colon(verb, start, ctx)
        start = _with_opening_mark(start, end, ctx)
        if end <= verb.i:  # "…, sagte Lutz": all of the sentence before, whatever the parser hung on the clause
            start = after_colon(ctx.doc, ctx.sentence.start, end)
            end = _to_comma_before(verb, end, ctx)
        end = _before_sentential_relative(ctx, start, end)
        end = _past_dangling_complementizer(start, end, ctx)
        if end - start >= 2:
            return chars(ctx.doc, start, end)
    return None


def _past_dangling_complementizer(start: int, end: int, ctx: SentenceContext) -> int:
    """A reported clause never ends in the word that opens the next ("say it is only fitting | that |,
    having overcome so many obstacles before, she now faces …": the parser made "that" an object and
    the clause after the aside a clause of its own): it goes on to the sentence's end; not a pronoun
    after a verb ("he would accomplish that, …")."""
    if ctx.doc[end - 1].lower_ not in ctx.grammar.declarative_complementizers or end >= ctx.sentence.end \
            or end - 2 < start or ctx.doc[end - 2].pos_ in VERBAL:
        return end
    return trim(ctx.doc, start, ctx.sentence.end)[1]


def _to_comma_before(verb: Token, end: int, ctx: SentenceContext) -> int:
    """A clause before "…, sagte X" runs to the comma, whatever the parser hung on the comma ("Niedrigere
    Zinsen seien | gut für Investitionen, schrieb der FDP-Chef", "gut" made the comma's dependent), where
    no other finite verb and no bracket stands between."""
    comma = previous_word(ctx.doc, verb.i, ctx.sentence.start)
    words = ctx.doc[end: comma.i]
    if any(is_finite_verb(t) or t.text in BRACKETS or t.text in BRACKETS.values() for t in words):
        return end
    return max(end, trim(ctx.doc, end, comma.i)[1])


def _with_coordinated_complement(verb: Token, clause: Token, end: int, ctx: SentenceContext) -> int:
    """A second reported clause right after the first, opened by a ``declarative_complementizers``
    word (after a conjunction or none), is the message's too, though the parser made it a conjunct
    or a clause of its own of the cue: "says he opposes gun violence | but that the president’s plans
    won’t help", "sagte, die Lage sei ernst, | und dass man handeln müsse", "said it was “absolutely
    clear” | that Clinton’s … server was vulnerable" (the subject clause of "clear"); so is a clause the
    parser hung on the cue right after it, with no mark between: "says he wishes | he could have spent
    more time …, but that …"."""
    found = verb_cue(verb, ctx)
    after_cue_word = clause in (found[1] if found is not None else [verb])  # (not after the "clear" of "made clear")
    following = _complement_at(verb, end, after_cue_word, ctx)
    while following is not None:
        end = trim(ctx.doc, end, min(max(t.i for t in following.subtree) + 1, ctx.sentence.end))[1]
        following = _complement_at(verb, end, after_cue_word, ctx)
    return end


def _complement_at(verb: Token, end: int, after_cue_word: bool, ctx: SentenceContext) -> Token | None:
    """The conjunct or clause of the cue that starts at ``end`` and goes on with the message: opened by
    a complementizer (after a comma and a conjunction or not), or a clause with no mark before it."""
    for clause in children(verb, CONJUNCT | CLAUSAL):
        words = sorted(clause.subtree, key=lambda t: t.i)
        if words[0].i != end:
            continue
        joined = clause.dep_ in CLAUSAL or not any(c.dep_ in COORDINATOR for c in clause.children)
        bare = joined and not after_cue_word and not words[0].is_punct and words[0].pos_ != "CCONJ"
        words = words[1:] if words[0].text == "," else words  # ("…, | und dass …")
        words = words[1:] if words and words[0].pos_ == "CCONJ" else words
        if words and (bare or words[0].lower_ in ctx.grammar.declarative_complementizers):
            return clause
    return None


def _runs_into_next_parse(clause: Token, end: int, ctx: SentenceContext) -> bool:
    """The clause ends where the parser ended its sentence in mid-line, with no mark, and the sentence
    goes on ("say she’s shifting her tack toward rival | Bernie Sanders with the argument that …":
    the parser opened a sentence at "Bernie"); the rest is the clause's too."""
    parsed = clause.sent
    return parsed.end < ctx.sentence.end and trim(ctx.doc, parsed.start, parsed.end)[1] <= end \
        and ctx.doc[parsed.end - 1].is_alpha


def _second_argument(word: Token, verb: Token) -> bool:
    """"Analysts at Goldman Sachs said the cuts could save the company | $400 million a year": a subject
    or object the parser gave a cue that has its subject before it already is the clause's."""
    return word.dep_ in SUBJECT | DIRECT_OBJECT and any(c.dep_ in SUBJECT and c.i < verb.i for c in verb.children)


def _through_words_hung_before(verb: Token, end: int, ctx: SentenceContext) -> int:
    """A reported clause goes on through the phrases after it, up to a mark, that the parser hung on a
    word before the clause of the cue, across it, or on the cue with no name for the link: "…, which
    he believes will make it impossible | for a Republican to win the presidency in 2016" ("for a
    Republican" hung on "called out", or on "believes" as ``dep``). A clause is never interrupted
    so; phrases the parser named as the cue's may tell when it was said ("said … on Monday"), except where
    the verb comes second (not ``subject_precedes_verb``): there the cue's phrases stand before its clause
    ("behauptet, die neuen Oberstufen kämen nur | durch „Trickserei“ zustande"). Quotation marks go on."""
    opening = min(t.i for t in verb.subtree)
    run = []
    for token in ctx.doc[end: ctx.sentence.end]:
        if token.is_punct and token.pos_ != "SYM" and token.text not in QUOTE_MARKS or token.is_space:
            break  # (a mark, not "%")
        run.append(token)
    inside = {t.i for t in run}
    tops = [t for t in run if t.head.i not in inside]
    verb_second = not ctx.grammar.subject_precedes_verb
    if not tops or any(t.head.i >= opening and not (t.head == verb and (
            verb_second or t.dep_ in UNLABELLED or _clause_without_verb(t) or _second_argument(t, verb)))
                       for t in tops) \
            or any(is_finite_verb(t) or t.pos_ == "SCONJ" or t.head == t for t in run):
        return end  # (a clause of its own: "…, most in both states supported Sanders")
    return run[-1].i + 1


def _clause_without_verb(token: Token) -> bool:
    """A clause the parser hung on the cue that holds no verb is no clause of its own but the rest of the
    reported one: "said gross domestic product rose | 0.4% from the previous quarter" ("%" made an
    adverbial clause of "said")."""
    return token.dep_ in DEPENDENT_VERB and not any(t.pos_ in VERBAL for t in token.subtree)


def _through_infinitive_after(verb: Token, clause: Token, end: int, ctx: SentenceContext) -> int:
    """A reported clause goes on through a zu-infinitive after its comma, or a to-infinitive right
    after it, that the parser hung on the cue as a clause of its own: it completes the reported
    clause ("sagte, man erwäge, | rechtliche Schritte einzuleiten", "said the onus was on the Chinese
    | to deal with North Korea"), never the verb of saying, which has its clause already."""
    if end >= ctx.sentence.end or ctx.doc[end].text != "," and not _infinitive_with_particle(ctx.doc[end].head):
        return end
    if ctx.doc[end].text == "," and not is_finite_verb(clause):
        return end
    for other in children(verb, CLAUSAL | DEPENDENT_VERB):
        first, last = min(t.i for t in other.subtree), max(t.i for t in other.subtree)
        infinitive = _infinitive_with_particle(other) or zu_infinitive(other, ctx.grammar)
        if first in (end, end + 1) and infinitive and not _opened_as_adverbial(other, ctx) and other.i > clause.i:
            return trim(ctx.doc, end, min(last + 1, ctx.sentence.end))[1]
    return end


def _relative_on_noun(first: int, ctx: SentenceContext) -> bool:
    """The clause starting at ``first`` opens with a relative or wh-pronoun (after its preposition)
    right after a noun and a comma: a relative clause on that noun ("A senior administration
    official, | who briefed reporters …", "in den Bundesländern, | in denen …"), whatever the parser
    made of it."""
    word = ctx.doc[first]
    pronoun = ctx.doc[first + 1] if word.pos_ == "ADP" and first + 1 < ctx.sentence.end else word  # "…, | in denen"
    relative = "Rel" in pronoun.morph.get("PronType") \
        or pronoun.pos_ == "PRON" and pronoun.lower_ in ctx.grammar.complementizers
    return relative and noun_before_comma(word, ctx) is not None


def _before_finite_conjunct(clause: Token, start: int, end: int) -> int:
    """An infinitive's message ends before a finite verb the parser coordinated with it, which goes
    on with the cue's subject: "urged the warring parties to allow safe passage | and accused both
    sides of obstructing deliveries"; so it does before a conjunction and a past form whatever the
    parser hung them on ("pledged to become carbon neutral by 2030 | and promised billions …")."""
    if not _infinitive_with_particle(clause):
        return end
    for conjunct in children(clause, CONJUNCT):
        if "Fin" in conjunct.morph.get("VerbForm") and conjunct.i > clause.i:
            end = min(end, min(t.i for t in conjunct.subtree))
    if not children(clause, AUX_OR_COPULA):  # (a perfect infinitive coordinates participles: "to have seen and heard")
        end = next((w.i for w in clause.doc[clause.i + 1: end - 1]
                    if w.pos_ == "CCONJ" and w.nbor(1).pos_ == "VERB" and "Past" in w.nbor(1).morph.get("Tense")
                    and not _in_relative_clause_under(w.nbor(1), clause)), end)
    return trim(clause.doc, start, end)[1] if end > start else end


def _in_relative_clause_under(word: Token, clause: Token) -> bool:
    """``word`` stands in a relative clause inside ``clause``: "agreed to pay $20 million to settle charges
    that it illegally collected | and kept | the personal information …" goes on past the conjunction."""
    while word != clause and word.head != word:
        if word.dep_ in RELATIVE:
            return True
        word = word.head
    return False


def _contact_clauses(verb: Token, ctx: SentenceContext) -> list[Token]:
    """"Neighbours told the BBC | they had heard shouting": where a reported clause may follow without
    a conjunction (``bare_complement_clauses``), a clause the parser hung on the listener as a relative
    one, opened by its own subject and no relative pronoun, is what was told."""
    if not ctx.grammar.bare_complement_clauses or not takes_listener_object(verb, ctx):
        return []
    found = []
    for listener in children(verb, OBJECTS):
        for clause in children(listener, RELATIVE):
            subject = subject_of(clause)
            first = min(t.i for t in clause.subtree)
            told = any(t.dep_ in MARKER and t.lower_ in ctx.grammar.declarative_complementizers for t in clause.subtree)
            if clause.i > listener.i and subject is not None and subject.i == first and subject.pos_ == "PRON" \
                    and "Rel" not in subject.morph.get("PronType") and subject.lower_ in ctx.grammar.personal_pronouns \
                    and not told:  # ("told the man she had met | that she was leaving": that is what she told)
                found.append(clause)
            elif clause.i > listener.i and subject is not None and _opened_by_complementizer(clause, first, ctx):
                found.append(clause)  # "informed the families | that the search had been called off"
    return found


def _infinitive_after_listener(verb: Token, ctx: SentenceContext) -> list[Token]:
    """"sent a letter urging | lawmakers | to pass the bill": the infinitive right after the listener of a verb
    whose object is its listener (``listener_object_verbs``) is what was asked, though the parser hung it on
    another verb."""
    if not takes_listener_object(verb, ctx):
        return []
    found = []
    for listener in (c for c in children(verb, DIRECT_OBJECT) if c.i > verb.i):
        after = listener.right_edge.i + 1
        marker = ctx.doc[after] if after < ctx.sentence.end else None
        if marker is not None and marker.dep_ in MARKER and marker.head.i > marker.i \
                and "Inf" in marker.head.morph.get("VerbForm") and marker.head.head.i < verb.i:
            found.append(marker.head)
    return found


def _clauses_on_time(verb: Token, ctx: SentenceContext) -> list[Token]:
    """"Gesundheitsexperten warnten am Montag, | die Fallzahlen könnten sich … verdoppeln": a clause
    after a comma that the parser hung on the cue's time phrase, opened by no relative pronoun ("am
    Montag, an dem …"), is what was said."""
    found = []
    for time in (c for c in verb.children if c.i > verb.i and is_time(c, ctx)):
        for clause in (c for c in time.children if c.i > time.i and c.pos_ in VERBAL and c.dep_ in RELATIVE):
            first = next(t for t in clause.subtree if not t.is_punct)
            before = ctx.doc[first.i - 1]
            if before.text == "," and "Rel" not in first.morph.get("PronType") and first.pos_ != "ADP":
                found.append(clause)
    return found


def _opened_by_complementizer(clause: Token, first: int, ctx: SentenceContext) -> bool:
    """The clause opens with a declarative complementizer that is its marker, not a relative pronoun
    standing for a part of it: "informed the families | that the search had been called off"."""
    opener = clause.doc[first]
    return opener.dep_ in MARKER and opener.head == clause and opener.lower_ in ctx.grammar.declarative_complementizers


def _from_colon(verb: Token, start: int, ctx: SentenceContext) -> int:
    """A clause after a colon is said whole, whatever the parser hung its first words on: "Die
    Kanzlerin bekräftigte ihre Haltung: | Deutschland | werde die Ukraine weiter unterstützen"."""
    colon = next((t for t in reversed(ctx.doc[verb.i + 1: start]) if t.text == ":"), None)
    if colon is None or any(t.pos_ in VERBAL or t.is_punct for t in ctx.doc[colon.i + 1: start]):
        return start
    return colon.i + 1


def _with_opening_mark(start: int, end: int, ctx: SentenceContext) -> int:
    """From the quotation mark right before the clause, where the quotation it opens closes by the
    clause's end: "said at a news conference, | '' | Given the gaps of trust …, that's a tough
    negotiation.''" (the parser hung the mark on the verb of saying)."""
    doc = ctx.doc
    if start == 0 or doc[start - 1].text not in QUOTE_MARKS:
        return start
    closing = doc[end - 1].idx + len(doc[end - 1].text)
    opened = any(q.end <= closing for q in _opened_by(doc[start - 1], ctx))
    return start - 1 if opened else start


def _opened_by(mark: Token, ctx: SentenceContext) -> list[Quote]:
    """The quotations that quotation mark ``mark`` opens (the index files a quotation from its first
    inner character, one past a mark of one or two)."""
    return [q for q in ctx.quotes_around.overlapping(mark.idx, mark.idx + len(mark.text) + 1) if q.start == mark.idx]


def _after_listener(verb: Token, start: int, ctx: SentenceContext) -> int:
    """The reported clause starts after the listener the parser made its first subject ("assured
    investors | the company was in good shape")."""
    listener = listener_made_subject(verb, ctx)
    if listener is None:
        return start
    first, last = phrase(listener, ctx.sentence)
    return last if first == start else start


def _clause_after_object(verb: Token, conjunct: Token, ctx: SentenceContext) -> bool:
    """"Police said the suspect, who was arrested Tuesday, | had no prior record": where the subject
    precedes its verb, a finite verb without a subject that the parser made a conjunct of the cue,
    right after the cue's noun object and what commas set off after it, is the reported clause whose
    subject the parser made the object."""
    if not ctx.grammar.subject_precedes_verb or not is_finite_verb(conjunct) \
            or any(c.dep_ in SUBJECT for c in conjunct.children):
        return False
    start = min(t.i for t in conjunct.subtree if not t.is_punct)
    ends = [phrase(o, ctx.sentence, cut_relative=False)[1] for o in children(verb, DIRECT_OBJECT)]
    return any(verb.i < end <= start and all(t.text == "," for t in ctx.doc[end:start]) for end in ends)


def _with_subject_made_object(verb: Token, clause: Token, start: int, ctx: SentenceContext) -> int:
    """Where the subject precedes its verb, a clause without a subject right after a noun object of
    the cue has it as its subject: 'saying | the aid | would "save thousands of lives."', "Police said
    | the suspect, a 34-year-old man, | was arrested" (the parser made the subject the object); not the
    listener before an infinitive of a verb whose object is its listener ("are urging | residents | to
    stay indoors")."""
    if not ctx.grammar.subject_precedes_verb or clause.i < verb.i or any(c.dep_ in SUBJECT for c in clause.children):
        return start  # (its own subject: one a conjunct shares with the cue is the speaker)
    if "Inf" in clause.morph.get("VerbForm") and takes_listener_object(verb, ctx):
        return start
    for child in children(verb, DIRECT_OBJECT):
        first, last = phrase(child, ctx.sentence, cut_relative=False)
        if verb.i < first and (last == start or last < start and all(t.text == "," or t.text in QUOTE_MARKS
                                                                      for t in ctx.doc[last: start])):
            return first  # (also before a quotation: 'called the use of executive orders | "quite dangerous."')
    return start


def _infinitive_object(clause: Token) -> bool:
    """"hat am Donnerstag angekündigt, von seinem Amt zurückzutreten": an infinitive clause the
    parser made an adverbial clause of the cue is its object (unless ``_opened_as_adverbial``)."""
    return clause.dep_ not in CLAUSAL and "Inf" in clause.morph.get("VerbForm")


def _gerund_object(verb: Token, clause: Token) -> bool:
    """"Moscow denied | targeting civilian infrastructure": a gerund right after the cue, which the
    parser made an adverbial clause, is its object; after a comma it is a clause of its own ("…,
    adding that …")."""
    return "Ger" in clause.morph.get("VerbForm") and min(t.i for t in clause.subtree) == verb.i + 1


def _infinitive_with_particle(clause: Token) -> bool:
    """An infinitive with its particle before it ("zu bewerben", "to allow"): coordinated with the cue
    by the parser, it is the cue's object ("schlug den entlassenen Mitarbeitern vor, | sich bei der
    neuen Tochterfirma zu bewerben"; a coordinated clause has a conjunction, which
    ``clausal_complement`` rules out); the particle also where the tagger read it as a preposition
    right before the verb ("Zivilisten als Schutzschilder | zu | missbrauchen")."""
    return "Inf" in clause.morph.get("VerbForm") and any(
        c.dep_ in MARKER and (c.pos_ == "PART" and c.i < clause.i or c.pos_ == "ADP" and c.i == clause.i - 1)
        for c in clause.children) or _past_infinitive_read_as_finite(clause)


def _past_infinitive_read_as_finite(clause: Token) -> bool:
    """A past infinitive whose particle and auxiliary the parser hung on its participle, read as a finite
    verb: "beschuldigte Thaksin, den ehemaligen Ministerpräsidenten | fallen | gelassen | zu haben"."""
    particle = next((c for c in clause.children if c.dep_ in MARKER and c.pos_ == "PART" and c.i > clause.i), None)
    return particle is not None and any(c.dep_ in AUX and "Inf" in c.morph.get("VerbForm") and c.i == particle.i + 1
                                        for c in clause.children)


def _opened_as_adverbial(clause: Token, ctx: SentenceContext) -> bool:
    """A conjunction that is no complementizer opens the clause: "um … zu", "ohne … zu" tell
    why or how, not what was said (``infinitive_conjunctions``, tagged as prepositions; not a
    preposition the parser made the marker: "kündigte an, | gegen das Gesetz … zu klagen"). (The
    infinitive's own particle stands right before it: "ihn zu durchsuchen", which taggers may read
    as a preposition.)"""
    return any(c.dep_ in MARKER and (c.pos_ == "SCONJ" or c.lower_ in ctx.grammar.infinitive_conjunctions)
               and c.lower_ not in ctx.grammar.complementizers and c.i != clause.i - 1 for c in clause.children)


def _clause_under_manner_word(child: Token) -> Token:
    """"kritisierte scharf, | dass der Haushalt …": the parser made the manner word the verb's complement and
    hung the clause on it; the clause after the comma is the message, not the word."""
    doc = child.doc
    if child.pos_ != "ADJ" or child.i + 2 >= len(doc) or doc[child.i + 1].text != ",":
        return child  # (not a correlative adverb, whose clauses are the message: "kritisierte ihn dafür, …")
    after_comma = (child.i + 1, child.i + 2)  # (the comma hung on the clause or not)
    return next((c for c in children(child, CLAUSAL) if c.pos_ in VERBAL and c.left_edge.i in after_comma), child)


def _conditional_verb_first(clause: Token, ctx: SentenceContext) -> bool:
    """A clause opened by one of the ``conditional_inversion_verbs``, its subject after it, is a
    condition, not what was said: "drohte mit „ernsten Konsequenzen“, | sollte die Nato weiter nach
    Osten expandieren", "warned of “serious consequences” | should NATO expand" (not "…, sei er
    „enttäuscht“", where the parser hung the words before the verb elsewhere)."""
    first = first_word(clause)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT), None)  # (a passive label
    # on an active verb too: "sollte | der Westen | weitere Sanktionen verhängen")
    return first.lower_ in ctx.grammar.conditional_inversion_verbs and (first == clause or first.head == clause) \
        and subject is not None and subject.i > first.i


def _condition_alone(clause: Span, ctx: SentenceContext) -> bool:
    """A clause opened by one of the ``conditional_inversion_verbs`` with no main clause after it is the
    cue's condition, not its message: "warnte vor Konsequenzen, | sollte die Nato weiter nach Osten
    expandieren" (not "sagte, sollte Russland angreifen, | werde die Nato reagieren",
    "haben angekündigt, sollte Bouterse die Macht übernehmen, | ihre Unterstützung auszusetzen")."""
    return clause[0].lower_ in ctx.grammar.conditional_inversion_verbs and not any(
        word.text == "," and word.i + 1 < clause.end for word in clause)


def _from_comma(verb: Token, start: int, ctx: SentenceContext) -> int:
    """A reported clause after the cue starts right after the comma that follows the cue, also
    where the parser hung its first words on the cue ("teilte mit, | Putin werde nicht reisen")."""
    if start <= verb.i:
        return start
    comma = next((t for t in ctx.doc[verb.i + 1: start] if t.text == ","), None)
    if comma is None or any(t.is_punct and not (comma.i == verb.i + 1 and _hung_on_cue_after(t, verb, comma))
                            for t in ctx.doc[comma.i + 1: start]):
        return start
    return comma.i + 1


def _with_modifiers_hung_on_cue(verb: Token, start: int, ctx: SentenceContext) -> int:
    """The words before a reported clause's subject that the parser hung on the cue are the
    subject's ("investigators believe | faulty | wiring may have been to blame")."""
    at = start
    while at - 1 > verb.i and ctx.doc[at - 1].pos_ in NOUN_MODIFIER_POS and ctx.doc[at - 1].head == verb \
            and ctx.doc[at].pos_ in NOMINAL | NOUN_MODIFIER_POS:
        at -= 1
    return at


def _past_setting_phrase(verb: Token, start: int, end: int, ctx: SentenceContext) -> int:
    """A reported clause does not open with a prepositional phrase right after the cue that a comma
    closes before the clause's own finite verb: the parser hung the phrase that tells where the cue
    was said on the clause ("betonte | bei einer Pressekonferenz in Brüssel, | Deutschland werde seine
    Klimaziele erreichen"); not a phrase whose noun a relative clause after the comma describes
    ("erklärte, in den Bundesländern, | in denen …, | sei die Zahl gestiegen")."""
    doc = ctx.doc
    if start <= verb.i or start >= end or doc[start].pos_ != "ADP" or any(t.is_punct for t in doc[verb.i + 1: start]):
        return start
    comma = next((t for t in doc[start:end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= end or any(is_finite_verb(t) or t.is_punct for t in doc[start: comma.i]):
        return start
    after = doc[comma.i + 1]
    opens_relative = "Rel" in after.morph.get("PronType") or after.pos_ == "ADP" and comma.i + 2 < end \
        and "Rel" in doc[comma.i + 2].morph.get("PronType")
    if opens_relative or is_finite_verb(after) or not any(is_finite_verb(t) for t in doc[comma.i + 1: end]):
        return start
    return comma.i + 1


def _past_phrase_before_subject(verb: Token, clause: Token, start: int, ctx: SentenceContext) -> int:
    """Where the subject precedes its verb, a prepositional phrase right after the cue and right before
    the reported clause's subject tells where or when the words were said ("said | in a statement | it
    would strike"), though the parser hung it on the clause."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT), None)
    if not ctx.grammar.subject_precedes_verb or subject is None or start != verb.i + 1 or start >= subject.i:
        return start
    opening = subject.left_edge.i
    words = ctx.doc[start: opening]
    if not len(words) or words[0].pos_ != "ADP" or any(t.is_punct or t.pos_ in VERBAL for t in words):
        return start
    return opening


def _hung_on_cue_after(word: Token, verb: Token, comma: Token) -> bool:
    """``word`` belongs to a phrase after ``comma``, the one right after the cue, that the parser hung
    on the cue: the start of the reported clause ("erklärte, | in den Bundesländern, in denen …, | sei
    die Zahl … gestiegen")."""
    while word.head != verb and word.head != word:
        word = word.head
    return word.head == verb and word.i > comma.i and word.dep_ not in SUBJECT


def after_colon(doc: Doc, start: int, end: int) -> int:
    """A message before its cue starts after the last colon in it: "Kritik kam von der Union: | Die
    Maßnahmen reichten nicht aus, sagte CDU-Chef Friedrich Merz"."""
    colon = next((t.i for t in reversed(doc[start:end]) if t.text == ":"), None)
    return colon + 1 if colon is not None else start


def _title_read_as_adjective(verb: Token, child: Token, ctx: SentenceContext) -> bool:
    """An adjective after a report that follows its message, with a comma after it, is the speaker's title
    the tagger misread ("…, said the company's chief | executive |, John J. Ferriola"), not what was said."""
    after = child.right_edge.i + 1
    return child.pos_ == "ADJ" and child.i > verb.i and _comma_before(verb, ctx) \
        and after < ctx.sentence.end and ctx.doc[after].text == ","


def _comma_before(verb: Token, ctx: SentenceContext) -> bool:
    previous = previous_word(ctx.doc, verb.i, ctx.sentence.start)
    return previous is not None and previous.text in {",", "–"}


def _before_sentential_relative(ctx: SentenceContext, start: int, end: int) -> int:
    """Cut ", was Moskau als Falschinformation bezeichnete": a comment on the message; and a clause
    after a comma and a conjunction in which someone else reports ("told the BBC that there was
    "no justification" …, | while British Foreign Secretary David Cameron said …"); the outlet's
    note on it ("said the strikes hit military targets, | a claim that could not be independently
    verified"); and a cue preposition that says where the report itself comes from ("Biden said the
    United States would not send troops, | according to a transcript"), also after a quotation closed
    with the comma ('remained "too high for comfort," | according to a transcript')."""
    for token in ctx.doc[start + 1: end - 1]:
        if token.text in ASIDE_DASHES and _gloss_after_dash(token, end):
            return trim(ctx.doc, start, token.i)[1]
        if token.text != ",":
            continue
        after = token.i + 1
        while after < end - 1 and ctx.doc[after].text in CLOSING_QUOTES and ctx.in_quotation(token):
            after += 1  # ('remained "too high for comfort," | according to …')
        if after > token.i + 1 and _opens_cue_preposition(ctx.doc[after], ctx):
            return after
        following = ctx.doc[token.i + 1]
        if following.lower_ in ctx.grammar.sentential_relatives and _inserted_relative(following, end):
            continue  # "said the merger, | which was announced in May, | would close next year"
        if following.lower_ in ctx.grammar.sentential_relatives or following.lower_ in ctx.grammar.clause_stoppers \
                and _reports_with_own_speaker(ctx, token.i + 2, end) or _note_on_the_words(following, end, ctx) \
                or _opens_cue_preposition(following, ctx):
            return trim(ctx.doc, start, token.i)[1]
    return end


def _gloss_after_dash(dash: Token, end: int) -> bool:
    """A dash and a noun phrase with an indefinite article, up to the message's end with no dash to
    close it, is the outlet's gloss on the words before: "… the “anchor (not) baby” | — a play on words
    with the phrase “anchor baby,” which …"."""
    following = dash.doc[dash.i + 1]
    return following.pos_ == "DET" and "Ind" in following.morph.get("Definite") \
        and not any(t.text in ASIDE_DASHES for t in dash.doc[dash.i + 1: end])


def _inserted_relative(pronoun: Token, end: int) -> bool:
    """The relative pronoun opens a clause on a noun that commas set into the message, which goes on
    after it: a relative clause, not a comment on the whole message."""
    clause = pronoun.head
    if clause.dep_ not in RELATIVE or clause.head.pos_ not in NOMINAL:
        return False
    last = max(t.i for t in clause.subtree if not t.is_punct)
    return last + 2 < end and pronoun.doc[last + 1].text == ","


def _report_preposition(marker: Token, noun: Token, ctx: SentenceContext) -> bool:
    """``marker`` and its ``noun`` make a report preposition of the lexicon ("nach Angaben", "nach
    eigenen Angaben", "laut", "according to"), which is a cue of its own."""
    if marker.lower_ in ctx.lexicon.noun_prepositions:
        return ctx.lexicon.report_noun(marker.lower_, noun.lower_) is not None
    return _opens_cue_preposition(marker, ctx)


def _opens_cue_preposition(first: Token, ctx: SentenceContext) -> bool:
    """``first`` opens a prepositional cue of the lexicon ("according to", "laut")."""
    return any(entry.pos == "ADP" for _, entry in ctx.lexicon.phrases_at(ctx.doc[first.i: ctx.sentence.end]))


def _note_on_the_words(first: Token, end: int, ctx: SentenceContext) -> bool:
    """A phrase opened by a determiner whose noun is an utterance noun of the lexicon with a
    relative clause of its own: "a claim that could not be independently verified", "eine Angabe,
    die sich nicht überprüfen ließ"; also one that ends the message with no comma after its noun,
    whatever the parser made of the words after it ("…, | an allegation the firm rejects", "rejects"
    tagged a noun)."""
    if first.pos_ != "DET":
        return False
    noun = next((t for t in ctx.doc[first.i + 1: end] if t.pos_ not in {"ADJ", "ADV"}), None)
    if noun is None or ctx.lexicon.noun(noun.lemma_) is None or noun.pos_ != "NOUN":
        return False
    relative = first.head == noun and any(c.dep_ in RELATIVE for c in noun.children)
    return relative or "Ind" in first.morph.get("Definite") and not ctx.in_quotation(first) \
        and not any(t.text == "," for t in ctx.doc[noun.i: end])  # (not "that, ''At this point, any estimates …")


def _reports_with_own_speaker(ctx: SentenceContext, start: int, end: int) -> bool:
    """A verb cue in ``start:end`` whose subject (no relative pronoun) stands there before it."""
    return any(t.pos_ == "VERB" and (subject := subject_of(t)) is not None and start <= subject.i < t.i
               and "Rel" not in subject.morph.get("PronType") and verb_cue(t, ctx) is not None
               for t in ctx.doc[start:end])  # (the lexicon lookup last: German relative pronouns stop clauses often)


def participle_on_report_noun(verb: Token, ctx: SentenceContext) -> bool:
    """"in a statement | posted | on its website": a past participle right after a report noun of the
    lexicon tells what became of the report; it reports nothing itself (the statement was posted)."""
    return participle_after_noun(verb) and report_noun_entry(verb.head, ctx) is not None


def report_noun_entry(noun: Token, ctx: SentenceContext) -> CueEntry | None:
    """The lexicon entry of a report noun ("statement", "Bericht"), by lemma or by form."""
    return ctx.lexicon.noun(noun.lemma_) or ctx.lexicon.noun(noun.text)


def complementizer_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The parser missed it: the first "dass"/"that" after the cue opens the message, as does
    a wh-word right after a comma ("erklärte, warum …"); not one that a preposition or conjunction
    before it makes part of an adverbial ("verbreitet, ohne dass Beweise vorgelegt würden")."""
    previous = verb
    aside_end = -1
    for token in ctx.doc[verb.i + 1: ctx.sentence.end]:
        if token.i <= aside_end:
            continue
        if token.text in ASIDE_DASHES:  # "said — on Twitter, as it happens — that …": an aside between dashes
            aside_end = next((t.i for t in ctx.doc[token.i + 1: ctx.sentence.end] if t.text in ASIDE_DASHES), -1)
            previous = ctx.doc[aside_end] if aside_end > 0 else token
            continue
        aside = _gerund_aside_end(token, verb, ctx)
        if aside is not None:  # "reported, | citing two administration officials, | that …"
            aside_end, previous = aside, ctx.doc[aside]
            continue
        opens = token.lower_ in ctx.grammar.declarative_complementizers \
            and token.pos_ in {"SCONJ", "ADP", "PRON", "DET"} and previous.pos_ not in {"ADP", "SCONJ", "CCONJ"} \
            and ("Rel" not in token.morph.get("PronType") or _after_listener_object(previous, verb, ctx)
                 or is_time(previous, ctx) or _after_own_oblique(previous, token, verb))
        # (not the relative "that": "said cities that refused …"; but "told The Times | that he had …",
        # "tweeted Friday | that …", "posted on Instagram | that she had …")
        opens = opens or token.lower_ in ctx.grammar.complementizers and previous.text == "," \
            and token.head.dep_ not in RELATIVE and not _relative_on_speaker(token, verb) \
            and not _opens_report_of_its_own(token, ctx)
        # (not "said the suspect, | who was not named, had been …", "said Sarah Jones, 52, | who has lived …")
        if opens:
            start, end = trim(ctx.doc, token.i, _before_main_clause(verb, token, ctx))
            end = trim(ctx.doc, start, _before_conjoined_cue(start, end, ctx, gerund=is_gerund(verb)))[1]
            end = _before_participle_cue(start, end, ctx)  # "warned that …, | adding that …"
            end = _before_reporting_head(verb, start, _before_sentential_relative(ctx, start, end), ctx)
            return chars(ctx.doc, start, end) if end - start >= 3 else None
        if participle_on_report_noun(token, ctx) and verb.i < token.head.i:
            previous = token
            continue  # "said in a statement | posted | on its website that …": the statement's, no clause
        if token.pos_ == "VERB" or is_finite_verb(token) and (token.dep_ not in AUX_OR_COPULA or token.head != verb) \
                or verb_cue(token, ctx) is not None:
            return None  # another clause begins: "sagte, Putin habe erklärt, dass …", "…, es sei unklar, wer …",
        # "sagte, er sei zuversichtlich, dass …"
        previous = token
    return None


def _gerund_aside_end(comma: Token, verb: Token, ctx: SentenceContext) -> int | None:
    """The comma that closes a gerund phrase set off right after the cue, before a complementizer
    ("Axios reported, | citing two administration officials, | that …"): an aside on how it was said."""
    doc = ctx.doc
    if comma.text != "," or comma.i != verb.i + 1 or comma.i + 1 >= ctx.sentence.end \
            or not is_gerund(doc[comma.i + 1]):
        return None
    closing = next((t.i for t in doc[comma.i + 2: ctx.sentence.end] if t.text == ","), None)
    if closing is None or closing + 1 >= ctx.sentence.end \
            or doc[closing + 1].lower_ not in ctx.grammar.declarative_complementizers:
        return None
    return closing


def _opens_report_of_its_own(marker: Token, ctx: SentenceContext) -> bool:
    """"nahm die Beschwerde nicht zur Entscheidung an, | wie | eine Gerichtssprecherin … bestätigte": a
    ``report_markers`` word whose clause's verb is a verb of saying with nothing said of its own opens a
    report of the sentence, not a message of the verb before it (not "berichtet, wie der Mann die
    Abgeordnete attackierte", which tells what happened)."""
    verb = marker.head
    return marker.lower_ in ctx.grammar.report_markers and verb.i > marker.i and verb_cue(verb, ctx) is not None \
        and not any(c.dep_ in DIRECT_OBJECT | CLAUSAL and marker.i < c.i < verb.i for c in verb.children)


def _before_reporting_head(verb: Token, start: int, end: int, ctx: SentenceContext) -> int:
    """"Man habe gezeigt, dass man auch in München bestehen könne, | erklärte der Schweizer": the
    message of a cue inside a clause that a verb of saying after it reports ends at the comma before
    that verb."""
    head = verb.head
    if head == verb or not start < head.i < end or verb_cue(head, ctx) is None:
        return end
    comma = next((t.i for t in reversed(ctx.doc[start: head.i]) if t.text == ","), None)
    return trim(ctx.doc, start, comma)[1] if comma is not None else end


def _before_main_clause(verb: Token, opening: Token, ctx: SentenceContext) -> int:
    """Where the cue stands in an adverbial clause before the main clause, its message ends where the
    main clause begins (its subject or its verb): "While Ramos said that journalists cannot have any
    political affiliation, | he appears somewhat uneasy …"."""
    main = verb.head
    if verb.dep_ != "advcl" or main.i < verb.i or not any(c.dep_ in MARKER for c in verb.children):
        return _before_clause_made_complement(verb, opening, ctx)
    subject = subject_of(main)
    boundary = min(main.i, subject.i if subject is not None else main.i)
    return boundary if boundary > opening.i else ctx.sentence.end


def _before_clause_made_complement(verb: Token, opening: Token, ctx: SentenceContext) -> int:
    """The same where the parser made the adverbial clause the sentence's root and the main clause
    its complement: "While Clinton wrongly claimed that the videos exist, | foreign policy experts
    affirm …" — the cue's clause opens the sentence with a subordinating conjunction, and the main
    clause is the cue's next clause after a comma; also a participle's clause ("Having announced that
    he would not send me to prison, | Judge Berman proceeded …")."""
    first = ctx.doc[trim(ctx.doc, ctx.sentence.start, ctx.sentence.end)[0]]
    marked = first.head == verb and first.dep_ in MARKER and first.lower_ not in ctx.grammar.declarative_complementizers
    if not (marked or opening_participle(verb, ctx)):
        return ctx.sentence.end
    starts = [min(t.i for t in c.subtree) for c in children(verb, CLAUSAL) if c.i > opening.i]
    return next((i for i in sorted(starts) if i > opening.i and ctx.doc[i - 1].text == ","), ctx.sentence.end)


def _after_own_oblique(word: Token, that: Token, verb: Token) -> bool:
    """``word`` ends a prepositional phrase of the cue (where or how it was said) and the "that" after
    it is no subject of its clause: "posted on Instagram | that she had tested positive" ("that"
    tagged a relative pronoun, the object of "tested"); not "in a statement | that was released". A
    "that" the parser made the subject of a noun phrase after it is none ("wrote in a note to clients |
    that demand for electric vehicles was slowing", the noun "demand" read as its verb and the subject
    of "slowing"): a word that is itself a subject heads no relative clause."""
    subject = that.dep_ in SUBJECT | PASSIVE_SUBJECT and that.head.dep_ not in SUBJECT
    return word.dep_ in OBLIQUE and word.head == verb and not subject


def _after_listener_object(word: Token, verb: Token, ctx: SentenceContext) -> bool:
    """``word`` ends the object of a verb whose object is its listener: "told The Times | that …"."""
    return takes_listener_object(verb, ctx) and word.head == verb and word.dep_ in OBJECTS | DATIVE_OBJECT


def comma_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """German reported clause after a comma: "Die USA behaupten, Russland bereite … vor, …";
    in the indicative too when the comma closes the cue's clause ("hatte berichtet, 200
    Mitarbeiter sollen entlassen werden"). It ends before a sentential relative or a
    coordinated clause with its own finite verb ("…, sprach aber …")."""
    if not ctx.grammar.speech_continues_by_mood:
        return None
    tokens = list(ctx.doc[verb.i + 1: ctx.sentence.end])
    comma = next((t for t in tokens if t.text == ","), None)
    comma = _past_apposition(comma, ctx) if comma is not None else None
    if comma is None or comma.i + 1 >= ctx.sentence.end or ctx.doc[comma.i + 1].pos_ == "CCONJ":
        return None  # "…, sondern …" coordinates; it does not report
    end = ctx.sentence.end
    for token in ctx.doc[comma.i + 2: ctx.sentence.end]:
        following = ctx.doc[token.i + 1] if token.i + 1 < ctx.sentence.end else None
        if token.text == "," and following is not None and (
                following.lower_ in ctx.grammar.clause_stoppers or is_finite_verb(following)
                and following.pos_ == "VERB" or _opens_finite_conjunct(following, ctx)):
            end = token.i
            break
    end = _speaker_goes_on(ctx.doc[comma.i + 1: end]) or end
    clause = ctx.doc[comma.i + 1: end]
    if _opens_relative(clause) or _relative_on_object(verb, comma, clause):
        return None  # "… die Unterstützung der Länder, | aus denen die meisten Einwanderer kämen": a relative clause
    if clause[0].lower_ in ctx.grammar.infinitive_conjunctions or \
            clause[0].pos_ == "SCONJ" and clause[0].lower_ not in ctx.grammar.complementizers:
        return None  # "… verbreitet, | ohne dass Beweise vorgelegt würden": how, not what was said
    if _coordinated_clause_start(verb, ctx) == comma.i or _condition_alone(clause, ctx):
        return None  # "bestätigten den Zwischenfall, teilten jedoch mit, …": a clause sharing the subject
    subjunctive = any(t.pos_ in VERBAL and "Sub" in t.morph.get("Mood") for t in clause)
    finite = any(is_finite_verb(t) and t.morph.get("Mood") for t in clause[:8])
    opens_main_clause = clause[0].pos_ in {"NUM", "DET", "NOUN", "PROPN", "PRON"} \
        and "Rel" not in clause[0].morph.get("PronType")
    infinitive = not finite and _zu_infinitive_clause(clause, ctx)
    closes = _closes_cue_clause(verb, comma) or _particle_before(verb, comma, ctx)
    if not (subjunctive or closes and (finite and opens_main_clause or infinitive)) \
            or not subjunctive and _prepositional_message_before(verb, comma, ctx):
        return None
    start, stop = trim(ctx.doc, comma.i + 1, end)
    return chars(ctx.doc, start, stop) if stop - start >= 3 else None


def _prepositional_message_before(verb: Token, comma: Token, ctx: SentenceContext) -> bool:
    """"Die Veranstalter sprachen | von rund 8000 Teilnehmern|, die Polizei zählte 3500": a verb that says
    with a prepositional object has said it before the comma; an indicative clause after it is the
    writer's next one."""
    cue = verb_cue(verb, ctx)
    if cue is None or cue[0].frame not in PREPOSITIONAL_MESSAGE_FRAMES:
        return False
    prepositions = ctx.grammar.frame_prepositions | ctx.grammar.weak_frame_prepositions
    return any(verb.i < c.i < comma.i and c.left_edge.lower_ in prepositions and c.left_edge.dep_ in CASE_MARKER
               for c in verb.children)


def _opens_relative(clause: Span) -> bool:
    """The clause opens with a preposition and a relative pronoun ("aus denen"; a pronoun alone may be an
    article the morphologizer misread: "berichtete, | der Hubschrauber gehöre …")."""
    return len(clause) > 1 and clause[0].pos_ == "ADP" and "Rel" in clause[1].morph.get("PronType")


def _relative_on_object(verb: Token, comma: Token, clause: Span) -> bool:
    """"Merz nannte es ein „Bürokratiemonster“, | das Hausbesitzer überfordere": a clause whose finite verb
    comes last and which the parser hung on the cue's object right before the comma is a relative clause
    on that object, not what the cue reports (its relative pronoun may be tagged an article)."""
    words = [t for t in clause if not t.is_punct]
    if not words or not is_finite_verb(words[-1]) or words[-1].dep_ not in RELATIVE:
        return False
    noun = words[-1].head
    return noun.head == verb and noun.dep_ in DIRECT_OBJECT and noun.i < comma.i \
        and all(t.is_punct for t in comma.doc[noun.i + 1: comma.i])


def _speaker_goes_on(clause: Span) -> int | None:
    """Where a conjunction joins, after a reported clause in Konjunktiv, a finite verb in the indicative
    without a subject of its own: the speaker's sentence goes on ("sagte Köhler, sie müssten ihre
    Zurückhaltung aufgeben | und bemühte hier das Bild vom „gemeinsamen Boot“")."""
    for token in clause[1:-1]:
        verb = token.nbor(1)
        if token.pos_ == "CCONJ" and verb.pos_ == "VERB" and "Ind" in verb.morph.get("Mood") \
                and not any(c.dep_ in SUBJECT for c in verb.children) \
                and any("Sub" in t.morph.get("Mood") for t in clause[: token.i - clause.start]):
            return token.i
    return None


def _opens_finite_conjunct(word: Token, ctx: SentenceContext) -> bool:
    """A conjunction right before a finite verb opens a clause of its own that shares the subject:
    "kündigte an, bis 2030 klimaneutral zu werden, | und versprach Investitionen"."""
    verb = _finite_verb_after(word)
    return word.pos_ == "CCONJ" and verb is not None and verb.i < ctx.sentence.end and verb.pos_ == "VERB"


def _past_apposition(comma: Token, ctx: SentenceContext) -> Token:
    """The comma after an apposition that ``comma`` opens after a noun, where the reported clause
    begins: "schrieb … in der „Correio da Manhã“, einem Boulevardblatt, | die spanische Gesellschaft
    sei …", "erklärte der Vorsitzende der Partei, Max Müller, | die Lage sei ernst" (a name)."""
    before = previous_word(ctx.doc, comma.i, ctx.sentence.start)
    closing = next((t for t in ctx.doc[comma.i + 1: ctx.sentence.end] if t.text == ","), None)
    if before is None or closing is None or before.pos_ not in NOMINAL and before.text not in QUOTE_MARKS:
        return comma
    between = ctx.doc[comma.i + 1: closing.i]
    nominal = len(between) > 0 and between[0].pos_ == "DET" and all(
        t.pos_ in NAME_PHRASE_POS for t in between)
    named = len(between) > 0 and all(t.pos_ == "PROPN" or t.ent_type_ in PERSON_LABELS for t in between)
    return closing if nominal or named else comma


def _zu_infinitive_clause(clause: Span, ctx: SentenceContext) -> bool:
    """"appellierte an beide Seiten, | rasch an den Verhandlungstisch zurückzukehren": the words after
    the comma are a zu-infinitive clause (which the parser may have hung on anything), not one that
    says why or how ("um … zu")."""
    verbs = [t for t in clause if zu_infinitive(t, ctx.grammar) or _infinitive_with_particle(t)]
    opener = clause[0]
    adverbial = opener.pos_ in {"SCONJ", "CCONJ"} \
        or opener.dep_ in MARKER and opener.lower_ not in ctx.grammar.complementizers
    return bool(verbs) and not adverbial and not _opened_as_adverbial(verbs[-1], ctx)


def _particle_before(verb: Token, comma: Token, ctx: SentenceContext) -> bool:
    """The cue's own separated particle stands right before the comma, which so ends the cue's
    clause whatever the parser hung on what: "Katharina Dröge warf der Koalition vor, | bei den
    Schwächsten zu sparen" (the verb parsed as an apposition of the name)."""
    found = verb_cue(verb, ctx)
    return found is not None and comma.i > 0 and ctx.doc[comma.i - 1] in found[1] and ctx.doc[comma.i - 1] != verb


def _closes_cue_clause(verb: Token, comma: Token) -> bool:
    """The comma ends the cue's clause: only its particle, subject, listener and adverbials stand
    between ("teilte mit, …", "erklärte am Mittwoch in Berlin, man beobachte die Lage"; an object
    whose article is only dative is a listener: "empfahl | den Bürgern, | das Land zu verlassen", and a
    name the parser made the object of a verb left without a subject is its speaker: "In seiner Rede
    erklärte | Johnson, | die Rechte … schützen zu wollen"), no object that would be the message and no
    other verb."""
    doc = verb.doc
    for token in doc[verb.i + 1: comma.i]:
        if token.is_space or token.dep_ in SEPARATED_PARTICLE and token.head.i == verb.i:
            continue
        link = token
        while link.head.i != verb.i and link.head.i != link.i and verb.i < link.head.i < comma.i:
            link = link.head
        listener = link.dep_ in DATIVE_OBJECT or link.dep_ in DIRECT_OBJECT and _article_only_dative(link)
        speaker = link.dep_ in DIRECT_OBJECT and link.pos_ == "PROPN" and subject_of(verb) is None
        if link.head.i != verb.i or not (listener or speaker or link.dep_ in SUBJECT | ADJUNCT | ADVERBIAL) \
                or link.pos_ in VERBAL:
            return False
    return True


def _article_only_dative(noun: Token) -> bool:
    return any(d.dep_ in DETERMINER and d.morph.get("Case") == ["Dat"] for d in noun.children)


def relative_report(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Trump cited policies, which he said | had harmed the economy", "displaying what many analysts
    said | was a sign of Iran's improving relations": a report inside a relative clause (its speaker
    ``relative_report_speaker``); the message is the rest of the clause, up to a comma or the sentence's
    end."""
    if relative_report_speaker(verb, ctx) is None:
        return None
    doc, start = ctx.doc, verb.i + 1
    end = next((t.i for t in doc[start: ctx.sentence.end] if t.text in {",", ";", ":"} or t.text in ASIDE_DASHES),
               ctx.sentence.end)
    start, end = trim(doc, start, end)
    return chars(doc, start, end) if end - start >= 2 else None


def small_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """An object with a gerund right after it, which tells what the object does, is a clause without
    a finite verb, and the message of a ``display_verbs`` verb: "A CNN/ORC poll showed | Mr. Trump
    leading Mr. Cruz nationally |" (as "showed that Mr. Trump led"); the parser hangs the gerund on the
    verb or on the object."""
    if verb.lemma_.lower() not in ctx.grammar.display_verbs:
        return None
    doc = ctx.doc
    for child in children(verb, DIRECT_OBJECT | DATIVE_OBJECT):
        if child.i < verb.i or child.pos_ not in NOMINAL | {"PRON"}:
            continue
        start, end = phrase(child, ctx.sentence)
        gerund = doc[end] if end < ctx.sentence.end else None
        if gerund is not None and gerund.pos_ == "VERB" and is_gerund(gerund) and gerund.head in (verb, child) \
                and gerund.dep_ not in CONJUNCT:
            return chars(doc, start, phrase(gerund, ctx.sentence)[1])
    return None


def bare_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A reported clause right after the cue without "that": "X claimed the government had
    lost control"."""
    if not ctx.grammar.bare_complement_clauses:
        return None
    first = verb.i + 1
    particle = particle_of(verb)
    if particle is not None and particle.i == first:
        first += 1
    end = ctx.sentence.end
    relative = verb.i > 0 and "Rel" in verb.nbor(-1).morph.get("PronType")
    for token in ctx.doc[first + 1: ctx.sentence.end]:
        if token.text in {",", ";", ":"} and token.i + 1 < ctx.sentence.end and (
                ctx.doc[token.i + 1].lower_ in ctx.grammar.clause_stoppers or token.text != ","
                or relative and is_finite_verb(ctx.doc[token.i + 1])):  # "The company, which reports | results
            # next month, | did not give …": the main clause goes on after the relative one
            end = token.i
            break
    start, stop = trim(ctx.doc, first, end)
    stop = _before_participle_cue(start, stop, ctx)  # "clarified her remarks | , saying she had been misquoted"
    clause = list(ctx.doc[start:stop])
    if len(clause) < 3 or clause[0].pos_ not in {"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"} \
            or "Rel" in clause[0].morph.get("PronType") and ctx.doc[start - 1].text == ",":
        return None  # (a relative clause: "led to the Paris attacks, | which was seen as an intelligence failure")
    subject_at = next((i for i, t in enumerate(clause) if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    finite_at = next((i for i, t in enumerate(clause) if t.pos_ in VERBAL
                      and ("Fin" in t.morph.get("VerbForm") or t.morph.get("Mood"))  # "would" has no mood
                      and not _in_relative_clause(t, verb)), None)
    if subject_at is None or finite_at is None or finite_at <= subject_at \
            or _report_of_words_before(verb, clause[finite_at], ctx):
        return None
    if _goes_on_with_a_verb(clause[finite_at - 1]):
        return None  # "confirmed the arrests | but gave no further details": the cue's own subject goes on
    if clause[finite_at].is_ancestor(verb):
        return None  # "officers found the weapon …, police | said": the verb that reports the cue's clause
    return chars(ctx.doc, start, _before_conjoined_cue(start, stop, ctx))


def _in_relative_clause(word: Token, verb: Token) -> bool:
    """"found | the victim, whose name | was | not released, with …": a finite verb of a relative clause
    set off by a comma on the object is no verb of a clause the cue reports (one without a comma may
    tell what the object is: "described an incident … that left her friend in tears")."""
    while word != verb and word.head != word and word.i > verb.i:
        if word.dep_ in RELATIVE and word.head.pos_ in NOMINAL and word.head.i > verb.i:
            opening = word.left_edge  # (the parser may hang the comma on the clause)
            return opening.text == "," or opening.i > 0 and opening.nbor(-1).text == ","
        word = word.head
    return False


def inverted_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"…, sagte er." / "…, teilte das Ministerium mit." / "…, the minister said.": the message
    precedes the cue (and, in English, its subject; in German the cue or its auxiliary opens the
    report, or a demonstrative that stands for the message: "…, das teilte das Institut mit";
    ``inverted_report_verb_first``; where the subject precedes the verb, a cue without one reports
    nothing before it)."""
    subject = subject_of(verb)
    if subject is not None and in_clause_before(verb, subject, ctx):
        subject = None  # "Das sei … vereinbar, erklärte Fraktionschefin Katharina Dröge"
    elif subject is None and ctx.grammar.subject_precedes_verb:
        return None  # "A second official, who spoke on condition of anonymity, confirmed the account"
    if _message_after(verb, ctx):
        return None  # "Downplaying the importance of television ratings …, Zucker said | CNN’s business …"
    before = verb.i
    if subject is not None and subject.i < verb.i:
        if any(c.dep_ in COORDINATOR and c.i < subject.i for c in subject.children):
            return None  # "…, but Cruz’s fusillade in Colorado underscored …": a clause coordinated, not a report
        before = after_clause(min(t.i for t in subject.subtree if not (t.is_punct or t.is_space)), subject)
        before = _with_title_hung_elsewhere(before, subject, ctx)
    previous = previous_word(ctx.doc, before, ctx.sentence.start)
    if previous is None or previous.text not in {",", "–", "-"}:
        return None
    opening = [t for t in ctx.doc[previous.i + 1: min(t.i for t in verb_group(verb))] if not t.is_space]
    if ctx.grammar.inverted_report_verb_first and opening and not (
            len(opening) == 1 and opening[0].lower_ in ctx.grammar.anaphoric_demonstratives):
        return None  # "Scholz sagte der Zeitung, er halte an dem Ziel fest": "er" opens a clause of its own
    start, end = trim(ctx.doc, after_colon(ctx.doc, ctx.sentence.start, previous.i), previous.i)
    opener = next((t for t in ctx.doc[start:end] if t.text not in QUOTE_MARKS), None)  # (past an opening mark:
    # '"As the Russians gradually assumed control …, | Canadian records show, …')
    if opener is not None and (opener.pos_ == "SCONJ" or opener.dep_ in MARKER and not _counts(opener)) \
            and opener.lower_ not in ctx.grammar.declarative_complementizers and opener.head.right_edge.i >= end - 1:
        return None  # "Sobald die Ergebnisse vorliegen, wollen sie … fortfahren", "Als die Zahlen bekannt wurden,
    # erklärte …" ("als" tagged a preposition): a fronted adverbial clause, all of the words (not "With that issue
    # unresolved, | the agency has not …, federal officials said")
    if opener is not None and opener.pos_ == "PRON" and {"Int", "Rel"} & set(opener.morph.get("PronType")) \
            and opener.head.right_edge.i >= end - 1 and opener.head.head == verb:
        return None  # "„Wer mit Rechtsextremen paktiert, | verrät | die Demokratie“": a free relative clause, all of
    # the words, is the verb's subject or object, not its message
    if opener is not None and opener.pos_ == "VERB" and subject_of(opener) is None \
            and not children(opener, OBJECTS) and opener.right_edge.i >= end - 1:
        return None  # "Asked if Sanders is realistic, 72 percent of Democrats said yes": a participle clause, all of
    # the words (not "Acting on a tip, | officers found …, police said"; not "Had their arguments … prevailed")
    if not any(is_finite_verb(t) or _past_read_as_participle(t) or _predicate_with_subject(t)
               for t in ctx.doc[start:end]):
        return None  # "In an interview with Fox News on Sunday, Homan said …", "Acting on a tip, officers found …":
    # a fronted phrase or participle says nothing
    return chars(ctx.doc, start, end) if end - start >= 3 else None


def _counts(word: Token) -> bool:
    """An adverb right before a numeral is the numeral's, whatever the parser made of it: "| Around | 30 to 70
    people would show up …, he said" (made the clause's subordinator)."""
    return word.pos_ == "ADV" and word.i + 1 < len(word.doc) and word.nbor(1).pos_ == "NUM"


def _predicate_with_subject(word: Token) -> bool:
    """The root of the sentence with a subject is its clause's predicate, whatever its tag: "Britain's
    economy | shrank | in October, data showed" ("shrank" tagged an adjective); so is a verb with an
    active subject and no auxiliary, whatever its form: "He later | condensed | those queries into a
    letter, he said" (read as a participle)."""
    has_subject = any(c.dep_ in SUBJECT for c in word.children)
    return has_subject and (word.dep_ == "ROOT" and word.pos_ in {"ADJ", "NOUN"} or word.pos_ == "VERB"
                            and not any(c.dep_ in AUX for c in word.children))


def _past_read_as_participle(word: Token) -> bool:
    """A past form right after a noun that the parser read as a participle modifying it is the clause's
    finite verb: "The number of asylum applications | rose | in the first half of the year, the Federal
    Office said" ("rose" made an ``acl`` of "applications")."""
    return word.pos_ == "VERB" and word.dep_ in RELATIVE and "Past" in word.morph.get("Tense") \
        and word.i > 0 and word.nbor(-1).pos_ in NOMINAL and word.head == word.nbor(-1)


def inverted_object_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Pendler müssten erneut auf das Auto umsteigen, kritisierte der Sprecher des Fahrgastverbands":
    a verb whose message is mostly its object reports the clause before it as ``inverted_clause``
    does, where it has no object and a subject of its own after it (a verb that shares the subject
    of the clause before only goes on with it: "Er verließ den Saal, kritisierte die Regierung")."""
    subject = subject_of(verb)
    if subject is None or subject.i < verb.i or subject.head != verb or children(verb, DIRECT_OBJECT):
        return None
    return inverted_clause(verb, ctx)


def predicative_phrase(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"bezeichnete X als „Falschinformation“", "als unrealistisch bezeichnet": what the
    source calls it, between "als" and the verb, or from "als" to the end of the clause."""
    doc, sentence = ctx.doc, ctx.sentence
    i = verb.i - 1
    while i > sentence.start and doc[i].text not in {",", ";", ":"}:
        if doc[i].lower_ in ctx.grammar.predicative and not _compares(doc[i], ctx):
            start, end = trim(doc, i + 1, verb.i)
            return chars(doc, start, end) if end > start else None
        i -= 1
    for j in range(verb.i + 1, sentence.end):
        if _ends_phrase(doc[j]) or doc[j].pos_ == "VERB" and doc[j].dep_ not in ATTRIBUTIVE:
            return None  # (another verb's "as": "accused Hamas of using civilians | as human shields"; not "the
            # most | engaged | rally-goers as …")
        if doc[j].lower_ in ctx.grammar.predicative and not _compares(doc[j], ctx):
            label = _label_after(j, ctx)
            named = _named_before_predicative(verb, j, ctx)
            return label if label is None or named is None else (named, label[1])
    return None


def _label_after(predicative: int, ctx: SentenceContext) -> tuple[int, int] | None:
    """What follows the predicative word "als"/"as" to the end of its phrase: a quotation whole
    ('described the announcement as "too little, too late."'), else the words before a particle of
    the verb; not a clause ("described scenes of chaos | as people fled the building")."""
    doc, sentence, j = ctx.doc, ctx.sentence, predicative
    quoted = _quotation_from(j + 1, ctx)
    if quoted is not None:
        return quoted
    end = j + 1
    while end < sentence.end and not _ends_phrase(doc[end]):
        end += 1
    if end - 1 > j and doc[end - 1].pos_ in {"ADP", "ADV", "PART"} and doc[end - 1].dep_ in SEPARATED_PARTICLE:
        end -= 1
    start, stop = trim(doc, j + 1, end)
    if doc[j].pos_ == "SCONJ" and _clause_after(start, stop, doc):
        return None  # a clause, not a name
    return chars(doc, start, stop) if stop > start else None


def _named_before_predicative(verb: Token, predicative: int, ctx: SentenceContext) -> int | None:
    """Where the thing a verb calls something begins, in a language that tells the two together
    (``predicative_with_object``): "Ash described | the move as a “major breach of trust,” |"."""
    if not ctx.grammar.predicative_with_object:
        return None
    start = verb.i + 1
    while start < predicative and ctx.doc[start].pos_ in {"ADP", "PART"}:
        start += 1  # the verb's particle ("which her campaign refers to | as a firewall": the object went before)
    start, stop = trim(ctx.doc, start, predicative)
    return ctx.doc[start].idx if stop > start else None


def _preposition_before_comparison(start: int, ctx: SentenceContext) -> Token | None:
    """The preposition of a phrase that opens with a comparison the parser hung elsewhere: "sprachen
    | von mehr als | 100.000 Teilnehmern" ("von" on "mehr", the noun without a preposition)."""
    doc = ctx.doc
    if not 2 <= start < len(doc) or doc[start].lower_ not in ctx.grammar.predicative \
            or not _compares(doc[start], ctx):  # (a phrase cut to nothing starts at the document's end)
        return None
    preposition = doc[start - 2]
    return preposition if preposition.pos_ == "ADP" else None


def _compares(word: Token, ctx: SentenceContext) -> bool:
    """A predicative word after a comparative means "than": "von mehr | als | 100.000 Teilnehmern",
    "größer als" (``comparatives``, or an adjective in the comparative degree)."""
    before = ctx.doc[word.i - 1] if word.i > 0 else None
    return before is not None and (before.lower_ in ctx.grammar.comparatives or "Cmp" in before.morph.get("Degree"))


def _clause_after(start: int, end: int, doc: Doc) -> bool:
    """The words from ``start`` are a noun phrase and a finite verb: a clause ("as | people fled the
    building"), not a name ("as a “step” that recognized …", "als rechtmäßig und forderte …"; its
    "as" is tagged a preposition, where the clause's is a conjunction)."""
    verb = next((t for t in doc[start:end] if is_finite_verb(t)), None)
    return verb is not None and verb.i > start and all(t.pos_ in NP_POS - {"ADP", "CCONJ"} for t in doc[start: verb.i])


def _ends_phrase(token: Token) -> bool:
    """Punctuation that ends a predicative phrase: not a quotation mark, nor a hyphen written
    inside a word ("described the plan as a short-term buzz" had ended at "a short")."""
    if not token.is_punct or token.text in QUOTE_MARKS:
        return False
    return not inner_hyphen(token)


def _quotation_from(i: int, ctx: SentenceContext) -> tuple[int, int] | None:
    """The quotation that opens at token ``i``, whole (a comma inside it does not end it)."""
    if i >= ctx.sentence.end or ctx.doc[i].text not in QUOTE_MARKS:
        return None
    quote = next((q for q in ctx.quotes if q.start == ctx.doc[i].idx), None)
    return (quote.start, quote.end) if quote is not None else None


def object_phrase(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The message of an object cue: its prepositional object when it has one ("warnte X vor
    einem Einmarsch", "drohen Russland mit Konsequenzen" — then the noun object is the
    addressee), else its objects ("kritisierte den Austritt"), with what they are called ('called
    the case a "witch hunt"')."""
    return _object_message(verb, ctx, nouns=True)


def _from_preposition(span: tuple[int, int], markers: list[Token], ctx: SentenceContext) -> tuple[int, int]:
    """"hat Ungarn | erneut | mit Sanktionen gedroht": an adverb the parser hung on the noun before its
    preposition tells of the verb, not of what was said."""
    if markers and span[0] < markers[0].i and all(t.pos_ == "ADV" for t in ctx.doc[span[0]: markers[0].i]):
        return markers[0].i, span[1]
    return span


def prepositional_object(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The message of an oblique cue: its prepositional object only ("drohte mit dem Rückzug"); a
    noun object is what its subject faces, not what was said ("Ihm droht | lebenslange Haft")."""
    return _object_message(verb, ctx, nouns=False)


def _object_message(verb: Token, ctx: SentenceContext, nouns: bool) -> tuple[int, int] | None:
    subject = subject_of(verb)
    if _passive_on_noun(verb, subject):
        return None
    objects, prepositional, weak, things, on_listener, accused = [], [], [], [], [], []
    limit = _coordinated_clause_start(verb, ctx)
    predicates = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN", "ADJ"} and c.i > verb.i]
    if ctx.grammar.subject_precedes_verb:  # a noun after the verb is its object: "criticized | the … policy" (a ccomp)
        predicates += [c for c in children(verb, CLAUSAL) if c.dep_ != "xcomp" and c.pos_ in NOMINAL
                       and c.i > verb.i and not any(t.pos_ in VERBAL for t in c.subtree)]
    cue = verb_cue(verb, ctx)
    cue_words = {t.i for t in cue[1]} if cue is not None else set()
    listener_object = takes_listener_object(verb, ctx)
    dative_listener = cue is not None and cue[0].lemma in ctx.grammar.dative_listener_verbs
    made_subject = feminine_listener_made_subject(verb, cue[0], ctx) if dative_listener else None
    made_adverbs = _nouns_made_adverbs(verb)
    for child in [*children(verb, OBJECTS), *_objects_made_passive_subjects(verb, ctx), *made_adverbs,
                  *_phrases_made_adverbs(verb),
                  *_hung_on_setting(verb, ctx),
                  *(_listeners_made_subjects(verb, subject) if listener_object or dative_listener else ()),
                  *predicates]:
        if subject is not None and child.i == subject.i or child.is_punct or child.i >= limit:
            continue
        markers = [c for c in child.children if c.dep_ in CASE_MARKER and c.i < child.i]
        whole = _after_opening_time(child, phrase(child, ctx.sentence, cut_relative=False), ctx)
        span = _from_preposition(whole, markers, ctx)
        compared = _preposition_before_comparison(span[0], ctx) if not markers else None
        if compared is not None:
            markers, span = [compared], (compared.i, span[1])  # "von mehr als | 100.000 Teilnehmern"
        if any(m.i in cue_words for m in markers):  # the cue's own preposition: "pointed to | his record"
            objects.append(span)
            continue
        marker = markers[0] if markers else None
        if marker is not None and _report_preposition(marker, child, ctx):
            continue  # "rechnet | nach eigenen Angaben | mit Einschränkungen": whose words, not what they say
        first = (marker or child.left_edge).lower_
        quoted = any(t.text in QUOTE_MARKS for t in ctx.doc[span[0]:span[1]])  # "von einem „schwarzen Tag“"
        if is_time(child, ctx) and not quoted or whole[0] == ctx.sentence.start and child.i < verb.i:
            continue  # "Vor einigen Monaten stellten … fest": a fronted or time phrase is no message
        if marker is not None and marker.lower_ in ctx.grammar.agent_prepositions and is_passive(verb, ctx):
            continue  # "dazu wird | von keiner Seite | etwas gesagt": the passive's agent speaks, it is not said
        if (child.dep_ not in OBLIQUE or child in made_adverbs) and marker is None:
            if only_dative(child, ctx) or child == made_subject \
                    or cue is not None and first_of_two_objects(child, verb, cue[0].lemma, ctx):
                # "warf | dem Konzern | … Versäumnisse vor", "werfen | Luna | Menschenhandel vor": the listener
                objects.extend(phrase(c, ctx.sentence) for c in child.children if juxtaposed_object(c, ctx))
                on_listener.extend(phrase(c, ctx.sentence) for c in child.children if c.i > child.i
                                   and _opened_by_frame_preposition(c, ctx))  # "drohte dem Westen | mit Konsequenzen"
                if nominalised_listener_before(child, ctx) is not None:
                    objects.append((child.i, span[1]))  # "dem 45-Jährigen | Betrug in 20 Fällen"
                continue  # ("dem Minister | Korruption": the thing charged, made the listener's apposition)
            if cue is not None and cue[0].lemma in ctx.grammar.dative_listener_verbs \
                    and nominalised_listener_before(child, ctx) is not None:
                span = (child.i, span[1])  # "wirft | dem Angeklagten | Mord vor"
            objects.append(span)  # (with a preposition it is prepositional, whatever its label: "um … gebeten")
            if _no_listener(child):
                things.append(span)
            elif ctx.grammar.predicative_with_object and child.pos_ in {"PRON", "PROPN"}:
                accused.append(span)  # told together with what it is charged with: "accused | him | of sexism"
        elif first in ctx.grammar.frame_prepositions and first not in ctx.grammar.predicative:
            prepositional.append(span)
        if child.i > verb.i and marker is None and listener_object:
            prepositional.extend(phrase(c, ctx.sentence) for c in child.children if c.i > child.i
                                 and c.dep_ in ADJUNCT and _opened_by_frame_preposition(c, ctx))
            # "warnte die Bundesregierung | vor der Lieferung weiterer Waffen", the phrase hung on the listener
        elif first in ctx.grammar.weak_frame_prepositions:
            weak.append(span)
    prepositional = _without_sequence(_after_adjuncts(verb, prepositional + _prepositional_clauses(verb, limit, ctx),
                                                      things), ctx)
    attached = [(o[0], p[1]) for o in things + accused for p in prepositional if p[0] == o[1]]
    if attached and not takes_listener_object(verb, ctx):
        prepositional = attached  # "verurteilte den Angriff | auf das Krankenhaus": the phrase is the object's
    if not objects:  # "sprach | von einem „schwarzen Tag“ | für die Region": one message
        prepositional += [w for w in weak if any(p[0] == w[1] for p in prepositional)]
    picked = prepositional or (objects if nouns else []) or weak or on_listener
    if not picked:
        return _middle_field_message(verb, ctx) if nouns else None
    start, end = min(p[0] for p in picked), max(p[1] for p in picked)
    if start <= verb.i < end:
        start = verb.i + 1
    if picked is prepositional:
        end = _with_phrase_after_object(verb, end, ctx)
    if not any("Yes" in t.morph.get("Reflex") for t in ctx.doc[start:end]):  # ("nennt sich „documenta 12“")
        end = _with_quotation_after(end, ctx)
    end = _before_coordinated_verb(start, end, ctx, gerund=is_gerund(verb))
    return chars(ctx.doc, *trim(ctx.doc, start, end)) if end > start else None


def _objects_made_passive_subjects(verb: Token, ctx: SentenceContext) -> list[Token]:
    """The object the parser took for a passive subject in an active clause that has its subject
    ("Merkel hat | die Angriffe auf Flüchtlinge | scharf kritisiert": "hat" makes no passive)."""
    if is_passive(verb, ctx) or not children(verb, SUBJECT - PASSIVE_SUBJECT):
        return []
    return children(verb, PASSIVE_SUBJECT)


def _report_of_words_before(verb: Token, child: Token, ctx: SentenceContext) -> bool:
    """A clause after a comma whose verb of saying has its subject first and nothing to say after it
    reports the words before it ("Apple reported record revenue, | CEO Tim Cook told analysts"): it is
    not what the first verb says. Only where the subject precedes the verb (a German V2 clause after
    a comma is a report's message: "Er sagte, Merkel habe erklärt, dass …")."""
    if not ctx.grammar.subject_precedes_verb or child.i < verb.i or ctx.lexicon.verb(child.lemma_) is None:
        return False
    subject = subject_of(child)
    if subject is None or subject.i > child.i:
        return False
    first = _with_title_hung_elsewhere(min(t.i for t in child.subtree), subject, ctx)
    return _after_comma(first, ctx) \
        and not any(c.i > child.i and (c.dep_ in CLAUSAL or c.pos_ in VERBAL) for c in child.children)


def _with_title_hung_elsewhere(start: int, subject: Token, ctx: SentenceContext) -> int:
    """The words of a title the parser hung on the clause before rather than on the name after it
    ("The company will cut 500 jobs, | CEO | Tim Cook told analysts"): nouns and adjectives right
    before a named subject, back to a comma, are its own."""
    if subject.pos_ != "PROPN":
        return start
    at = start
    while at > ctx.sentence.start and ctx.doc[at - 1].pos_ in TITLE_WORD_POS and ctx.doc[at - 1].head.i != subject.i \
            and ctx.doc[at - 1].head.i < at - 1:
        at -= 1
    return at if at < start and _after_comma(at, ctx) else start


def _after_comma(at: int, ctx: SentenceContext) -> bool:
    before = previous_word(ctx.doc, at, ctx.sentence.start)
    return before is not None and before.text == ","


def _with_phrase_after_object(verb: Token, end: int, ctx: SentenceContext) -> int:
    """Where the verb comes second (not ``subject_precedes_verb``), adjuncts stand before the
    prepositional object, so a phrase right after it that the parser hung on the verb belongs to its
    noun: "warnte vor einem Fachkräftemangel | in der Pflege" (not a time: "… | am Montag")."""
    if ctx.grammar.subject_precedes_verb:
        return end
    following = next((c for c in verb.children if c.dep_ in OBLIQUE and c.left_edge.i == end), None)
    if following is None or following.left_edge.pos_ != "ADP" or is_time(following, ctx) \
            or _report_preposition(following.left_edge, following, ctx):
        return end
    return phrase(following, ctx.sentence)[1]


def _after_adjuncts(verb: Token, prepositional: list[tuple[int, int]], things: list[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """A prepositional phrase between the verb and its object says when or where, and the object is
    the message: "Die Polizei meldete | nach dem Spiel | mehrere Festnahmen" (not "nach dem Spiel");
    not an object whose first word is genitive, the parser's misreading of the phrase's genitive
    ("bekannte sich … zur Notwendigkeit | solcher Angriffe")."""
    first = min((t[0] for t in things if t[0] > verb.i and "Gen" not in verb.doc[t[0]].morph.get("Case")),
                default=None)
    if first is None:
        return prepositional
    return [p for p in prepositional if not verb.i < p[0] < p[1] <= first]


def _without_sequence(prepositional: list[tuple[int, int]], ctx: SentenceContext) -> list[tuple[int, int]]:
    """Beside another prepositional message, a phrase of the ``sequence_prepositions`` says when:
    "hat | nach dem Streik der Lokführergewerkschaft | vor weiteren Einschränkungen gewarnt" (not "fragte
    nach dem Weg", the only one)."""
    kept = [p for p in prepositional if ctx.doc[p[0]].lower_ not in ctx.grammar.sequence_prepositions]
    return kept or prepositional


def _listeners_made_subjects(verb: Token, subject: Token | None) -> list[Token]:
    """"Der russische Botschafter warnte | die Bundesregierung | vor …": a second subject after the verb
    of one whose object is its listener (``listener_object_verbs``), where the first stands before it,
    is that object."""
    if subject is None or subject.i > verb.i:
        return []
    return [c for c in children(verb, SUBJECT) if c.i > verb.i and c.pos_ in NOMINAL]


def _passive_on_noun(verb: Token, subject: Token | None) -> bool:
    """A passive participle set on a noun has that noun for its object, and its phrases tell where or
    by whom, not what was said: "in a statement | posted | on Telegram" had the message "on Telegram".
    Only on an object or a phrase: on a subject or the root it is a past the parser misread ("a woman |
    asked | for a photo and Clinton said", "The police | appealed | for calm")."""
    return verb.dep_ in REDUCED_RELATIVE and "Pass" in verb.morph.get("Voice") and subject is None \
        and verb.head.pos_ in NOMINAL and verb.head.i < verb.i and verb.head.dep_ in OBJECTS | ADJUNCT


def _opened_by_frame_preposition(noun: Token, ctx: SentenceContext) -> bool:
    """A phrase of one of the ``frame_prepositions`` that the parser hung on the listener, not on the
    verb: "Putin drohte dem Westen | mit Konsequenzen" ("mit Konsequenzen" read as the Westen's)."""
    grammar = ctx.grammar
    return noun.dep_ in ADJUNCT and any(c.dep_ in CASE_MARKER and c.i < noun.i and c.lower_ in grammar.frame_prepositions
                                        and c.lower_ not in grammar.predicative for c in noun.children)


def _prepositional_clauses(verb: Token, limit: int, ctx: SentenceContext) -> list[tuple[int, int]]:
    """A gerund clause after the cue opened by a frame preposition is a prepositional object, though
    the parser made the preposition its marker: "accused him | of preventing Americans from …",
    "criticized Rubio | for opposing legal abortion"."""
    found = []
    clauses = [c for c in children(verb, DEPENDENT_VERB) if verb.i < c.i < limit]
    for clause in clauses:
        marker = next((c for c in clause.children if c.dep_ in MARKER and c.i < clause.i), None)
        if marker is not None and marker.i == clause.left_edge.i \
                and marker.lower_ in ctx.grammar.frame_prepositions and marker.lower_ not in ctx.grammar.predicative:
            end = clause.right_edge.i + 1
            following = next((c for c in clauses if c.left_edge.i == end), None)
            while following is not None:  # "of preventing Americans | from being able to …", hung on the cue
                end = following.right_edge.i + 1
                following = next((c for c in clauses if c.left_edge.i == end), None)
            found.append((marker.i, end))
    return found


def _after_opening_time(noun: Token, span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """"warf dem Konzern | am Montag | schwere Versäumnisse vor": a prepositional time phrase that the
    parser hung before the object's noun tells when it was said; the object starts after it; one hung
    after it closes no message either ("wies die Forderung | am Montag | zurück", "rejected the claims | on
    Monday")."""
    times = [c for c in noun.children if c.pos_ in NOMINAL and _time_phrase(c, ctx)]
    before = [t.right_edge.i + 1 for t in times if t.i < noun.i]
    after = [t.left_edge.i for t in times if t.i > noun.i and t.right_edge.i + 1 == span[1]]
    start = max(before) if before and max(before) < span[1] else span[0]
    end = min(after) if after and min(after) > start else span[1]
    return start, end


def _time_phrase(noun: Token, ctx: SentenceContext) -> bool:
    """A time noun with its preposition: "am Montag", "on Monday" (not "the night’s")."""
    return is_time(noun, ctx) and any(m.dep_ in CASE_MARKER and m.pos_ == "ADP" for m in noun.children)


def _message_after(verb: Token, ctx: SentenceContext) -> bool:
    """"Downplaying the importance of television ratings in an era where … consumers get their news
    online, Zucker said | CNN’s business “is so much broader” …": where the subject stands before its
    verb (``subject_precedes_verb``), a verb of saying with a clause or a noun object after it (not a
    listener's, not a time) says that, not the clause before it that the parser made its complement; not
    where no subject of its own stands before the verb ("… were among the flight's passengers, said |
    Algerian foreign affairs ministry spokesman …": the speaker the parser made a complement)."""
    subject = subject_of(verb)
    if not ctx.grammar.subject_precedes_verb or subject is None or subject.i > verb.i \
            or in_clause_before(verb, subject, ctx):
        return False
    return any(c.i > verb.i and (
        c.dep_ in CLAUSAL and any(t.pos_ in VERBAL for t in c.subtree) and not _gerund_after_comma(verb, c, ctx)
        and not _time_made_clause(c, ctx) and not _opened_as_adverbial(c, ctx)
        or c.dep_ in DIRECT_OBJECT and not takes_listener_object(verb, ctx) and not is_time(c, ctx))
        for c in verb.children)


def _time_made_clause(clause: Token, ctx: SentenceContext) -> bool:
    """A time the parser made the cue's clause tells when it was said, whatever hangs on it: "…, Hollande
    said | Tuesday in Paris, noting that …" ("noting" hung on "Tuesday"); not one with a subject of its
    own, the predicate of the reported clause ("experts say | it may be years | before …")."""
    return clause.pos_ in NOMINAL and is_time(clause, ctx) and not any(c.dep_ in SUBJECT for c in clause.children)


def _gerund_after_comma(verb: Token, clause: Token, ctx: SentenceContext) -> bool:
    """A gerund after a comma that the parser made the cue's complement, or that opens it, is not the
    cue's message: a report of its own ("The economy is strong, she said, | adding that jobs are up";
    "…, Spicer said, | adding, "They need to talk."", the quotation's verb made the complement) or how
    the speaker spoke, a clause with no finite verb ("Sales were great, he said, | wiping sweat off his
    face", "sweat" made the verb)."""
    opening = first_word(clause)
    if clause.i < verb.i or opening.pos_ != "VERB" or not is_gerund(opening) \
            or opening not in {clause, *clause.children} or children(opening, AUX | SUBJECT):
        return False  # (not a progressive: "says, win or lose …, he’s staying in the race")
    if verb_cue(opening, ctx) is None and any(is_finite_verb(t) for t in ctx.doc[opening.i + 1: ctx.sentence.end]):
        return False  # a gerund that is the subject: "she added, | revoking clearances | would be …"
    before = previous_word(ctx.doc, opening.i, ctx.sentence.start)
    return before is not None and before.text == ","


def _subordinate_order(clause: Token, ctx: SentenceContext) -> bool:
    """"Seit dem die Armee Kenias den Kampf … aufnahm, | warnte die US-Botschaft …": a clause before
    the cue whose finite verb stands last, after two or more of its phrases, is a subordinate one,
    which reports nothing without a declarative complementizer (where the reported clause takes the
    verb second: not ``subject_precedes_verb``; "Die Lage sei ernst, sagte er")."""
    if ctx.grammar.subject_precedes_verb or not is_finite_verb(clause):
        return False
    words = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    before = [c for c in clause.children if c.i < clause.i and not c.is_punct and c.dep_ not in AUX_OR_COPULA]
    opener = words[0] if words else None
    return words[-1] == clause and len(before) >= 2 and opener is not None \
        and opener.lower_ not in ctx.grammar.declarative_complementizers


def _with_quotation_after(end: int, ctx: SentenceContext) -> int:
    """A quotation that opens right after the object is what it is called, however the parser hung it:
    'called his executive actions | “a crucial step forward on gun violence.”' (the parser made "step"
    an adverbial, and ended the sentence before the closing mark)."""
    if end >= ctx.sentence.end:
        return end
    closing_after = ctx.sentence.end < len(ctx.doc) and ctx.doc[ctx.sentence.end].text in CLOSING_QUOTES
    limit = ctx.sentence.end + closing_after
    quote = next((q for q in _opened_by(ctx.doc[end], ctx) if q.closed and q.end <= ctx.doc[limit - 1].idx + 1),
                 None)
    if quote is None:
        return end
    return next((t.i + 1 for t in ctx.doc[end: limit] if t.idx + len(t.text) >= quote.end), end)


def _before_coordinated_verb(start: int, end: int, ctx: SentenceContext, gerund: bool = False) -> int:
    """An object's phrase ends before a conjunction that a finite verb follows (or a gerund, where the cue
    is one: ``gerund``), or a comma that a participle follows, which go on with the cue's subject
    whatever the parser hung them on:
    "confirmed the arrests | but gave no further details", 'denied the report, | calling it "fake
    news"'."""
    return next((t.i for t in ctx.doc[start: end - 1] if _goes_on_with_a_verb(t) or _opens_participle_clause(t)
                 or gerund and _joins_a_gerund(t) or _opens_clause_with_subject(t)), end)


def _opens_clause_with_subject(comma: Token) -> bool:
    """A comma right before the subject of a finite verb after it: a clause of its own, however the
    parser hung it on the object ("sprachen von rund 8000 Teilnehmern|, die Polizei zählte 3500"); not
    a relative pronoun, which the morphologizer may read as an article ("…, die am Samstag … beanspruchte"), nor
    a word the parser took for a subject that is not in the nominative ("beschuldigte den Minister, | ihn fallen
    gelassen zu haben")."""
    if comma.text != "," or comma.i + 1 >= len(comma.doc):
        return False
    first = comma.nbor(1)
    subject = first if first.dep_ in SUBJECT else first.head if first.head.dep_ in SUBJECT else None
    return subject is not None and first.i <= subject.i < subject.head.i and "Ind" in subject.head.morph.get("Mood") \
        and "Rel" not in first.morph.get("PronType") and subject.morph.get("Case", ["Nom"]) == ["Nom"] \
        and (subject.pos_ in {"NOUN", "PROPN"} or "Prs" in subject.morph.get("PronType"))


def _joins_a_gerund(token: Token) -> bool:
    """A conjunction right before a gerund: "calling them rapists | and vowing to make Mexico pay"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ == "CCONJ" and following is not None and following.pos_ == "VERB" and is_gerund(following)


def _before_participle_cue(start: int, end: int, ctx: SentenceContext) -> int:
    """A reported clause ends before a comma and a participle that is a cue of its own, which tells
    what the speaker went on to say: "said profits fell 12 percent | , citing higher costs"; after a
    quotation closed after the comma, with its closing mark ('dismissed the report as "fake news," |
    adding that …')."""
    for t in ctx.doc[start: end - 1]:
        if _opens_participle_clause(t) and verb_cue(t.nbor(1), ctx) is not None:
            return t.i
        closing = t.nbor(1)
        if t.text == "," and closing.text in CLOSING_QUOTES and closing.i + 1 < end \
                and _gerund_after(closing) and verb_cue(closing.nbor(1), ctx) is not None:
            return closing.i + 1
    return end


def _before_conjoined_cue(start: int, end: int, ctx: SentenceContext, gerund: bool = False) -> int:
    """A reported clause ends before a conjunction or comma and a cue without a subject of its own,
    which goes on with the speaker: "admitted mistakes had been made | but said she would not
    resign", "räumte ein, dass die Bahn Probleme habe, | wies aber Rücktrittsforderungen zurück"; where the
    cue is a gerund (``gerund``), also before a conjunction and a gerund cue: "calling it “disqualifying”
    | and asserting that …" (not "says Obama is acting unlawfully and showing disregard …")."""
    for t in ctx.doc[start + 1: end - 1]:
        if _clause_joined_before(t, start, ctx):
            return t.i - 1  # (before the comma)
        if _opens_own_report(t, end, ctx) or _opens_circumstance(t, end, ctx):
            return t.i
        if (_goes_on_with_a_verb(t) or _comma_before_verb(t) or gerund and _joins_a_gerund(t)) \
                and not children(t.nbor(1), SUBJECT) and verb_cue(t.nbor(1), ctx) is not None \
                or (t.pos_ == "CCONJ" or _comma_before_verb(t)) and _joined_to_verb_before(t.nbor(1), start) \
                or t.pos_ == "CCONJ" and (_cue_read_as_noun(t.nbor(1), ctx) or _cue_read_as_adjective(t.nbor(1), ctx)):
            return t.i
    return end


def _cue_read_as_adjective(word: Token, ctx: SentenceContext) -> bool:
    """"said sirens had sounded at 3 a.m. | but | conceded | that …": a verb of saying the tagger read as
    an adjective (``cues``) goes on with the speaker."""
    return word.pos_ == "ADJ" and verb_cue(word, ctx) is not None


def _opens_own_report(comma: Token, end: int, ctx: SentenceContext) -> bool:
    """A comma and a conjunction open a report with a subject of its own: "said that production would
    double next year, | though he cautioned that demand remained “uncertain”" (his caution is a report
    of its own, not part of the first)."""
    verb = _clause_after_comma(comma, end, ctx)
    return verb is not None and comma.nbor(1).pos_ in {"CCONJ", "SCONJ"} and verb_cue(verb, ctx) is not None \
        and any(c.dep_ in CLAUSAL and c.i > verb.i for c in verb.children)


def _opens_circumstance(comma: Token, end: int, ctx: SentenceContext) -> bool:
    """A comma and a ``circumstance_conjunctions`` word that opens a clause with a subject of its own tell
    what went on around the words, in the writer's voice: "said on Monday that Europe must take greater
    responsibility for its own defence, | as leaders gathered in London for an emergency summit" (not "as a
    way to …", no clause)."""
    verb = _clause_after_comma(comma, end, ctx)
    return verb is not None and comma.nbor(1).lower_ in ctx.grammar.circumstance_conjunctions \
        and is_finite_verb(verb)


def _clause_after_comma(comma: Token, end: int, ctx: SentenceContext) -> Token | None:
    """The verb of a clause that a comma and the word after it open, with its subject between that word
    and the verb, before ``end``; not inside quoted words ('“…, and I don’t think people want …”')."""
    if comma.text != "," or comma.i + 2 >= end or any(q.start < comma.idx < q.end for q in ctx.quotes):
        return None
    verb = comma.nbor(1).head
    subject = subject_of(verb)
    return verb if subject is not None and comma.i + 1 < subject.i < verb.i < end else None


def _clause_joined_before(conjunction: Token, start: int, ctx: SentenceContext) -> bool:
    """A clause with a noun for its subject after a comma and a conjunction, whose finite verb the parser
    joined to a verb before the message, goes on with that verb's sentence, not with the message:
    "noted that Clinton may have been referring to a hypothetical situation, | and an article cited by her
    campaign quoted a few experts …"; not a second reported clause ("…, and that the two nations …"), nor
    one whose pronoun may be the speaker's ("…, and he had total access …")."""
    if conjunction.pos_ != "CCONJ" or conjunction.doc[conjunction.i - 1].text != ",":
        return False
    verb, after = conjunction.head, conjunction.nbor(1)
    subjects = children(verb, SUBJECT)
    return verb.dep_ in CONJUNCT and verb.head.i < start and is_finite_verb(verb) and bool(subjects) \
        and all(t.pos_ in {"NOUN", "PROPN"} for t in subjects) \
        and after.lower_ not in ctx.grammar.declarative_complementizers


def _joined_to_verb_before(verb: Token, start: int) -> bool:
    """A verb the parser joined to one before the message goes on with that clause, not with the message:
    "told reporters that the alliance would “do more,” | but gave no details"; not a participle before the
    subject it describes: "said the heat and | unsettled | weather could last" (made a conjunct of the cue)."""
    return verb.dep_ in CONJUNCT and verb.head.i < start and verb.pos_ == "VERB" and not children(verb, SUBJECT) \
        and not _describes_subject_after(verb)


def _describes_subject_after(word: Token) -> bool:
    """A participle right before a noun that is a subject is that noun's attribute, not a verb."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return "Part" in word.morph.get("VerbForm") and after is not None and after.pos_ in NOMINAL \
        and after.dep_ in SUBJECT


def _cue_read_as_noun(word: Token, ctx: SentenceContext) -> bool:
    """A verb of saying the tagger read as a noun, right before a complementizer: "she respects Sanders’
    “passion” | but | argues | that he can’t deliver" ("argues" tagged a plural noun); not a word that
    is a noun of saying too ("policies or comments that discriminate")."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.pos_ == "NOUN" and ctx.lexicon.verb(word.lemma_) is not None and ctx.lexicon.noun(word.lemma_) is None \
        and after is not None and after.lower_ in ctx.grammar.declarative_complementizers


def _comma_before_verb(token: Token) -> bool:
    """A comma right before a finite verb: "…, | wies aber … zurück"."""
    verb = _finite_verb_after(token)
    return token.text == "," and verb is not None and verb.pos_ == "VERB"


def _opens_participle_clause(token: Token) -> bool:
    return token.text == "," and _gerund_after(token)


def _gerund_after(token: Token) -> bool:
    """The word right after ``token`` is a gerund (", citing …", '," adding …')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "VERB" and is_gerund(following)


def _goes_on_with_a_verb(token: Token) -> bool:
    """A conjunction right before a finite verb: the clause goes on with its own subject."""
    return token.pos_ == "CCONJ" and _finite_verb_after(token) is not None


def _finite_verb_after(token: Token) -> Token | None:
    """The word right after ``token`` where it is a finite verb or auxiliary, or a past the tagger read
    as a participle (``_past_read_as_conjoined_participle``)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following if following is not None and following.pos_ in VERBAL \
        and ("Fin" in following.morph.get("VerbForm") or _past_read_as_conjoined_participle(following)) else None


def _past_read_as_conjoined_participle(word: Token) -> bool:
    """A past participle joined to a verb that is no participle, with no auxiliary of its own, is a past
    form: "said the bloc was watching developments closely | but declined to comment" ("declined" read as
    a passive sharing "was"; not "was arrested and charged", two participles of one auxiliary)."""
    head = word.head
    return word.dep_ in CONJUNCT and "Part" in word.morph.get("VerbForm") and "Past" in word.morph.get("Tense") \
        and not any(c.dep_ in AUX for c in word.children) and head != word \
        and not ("Part" in head.morph.get("VerbForm") and "Past" in head.morph.get("Tense"))


def _hung_on_setting(verb: Token, ctx: SentenceContext) -> list[Token]:
    """The verb's frame phrase that the parser hung on the time phrase before it ("warnte am Montag |
    vor Glätte"), or its accusative object, which no noun takes as its modifier, hung on a phrase of the
    place or text it was said in ("forderte in einem Brief | höhere Löhne"): the message had been lost; or a
    quoted topic hung deeper in it (``_quoted_topic``). Not a letter's addressee ("in einem Brief | an die
    Regierung")."""
    found = []
    for setting in children(verb, OBLIQUE):
        marker = next((c for c in setting.children if c.dep_ in CASE_MARKER and c.i < setting.i), None)
        if setting.i < verb.i or marker is None or marker.lower_ in ctx.grammar.frame_prepositions:
            continue
        for word in setting.subtree:
            opens = word.left_edge
            if word.i < setting.i or word.dep_ not in ADJUNCT or opens.lower_ in ctx.grammar.letter_prepositions:
                continue
            if word.head != setting:
                if _quoted_topic(word, ctx):
                    found.append(word)
                continue
            accusative = opens in (word, *(c for c in word.children if c.dep_ in DETERMINER or c.pos_ == "ADJ"))
            if is_time(setting, ctx) and _opened_by_frame_preposition(word, ctx) \
                    or accusative and "Acc" in word.morph.get("Case") or _topic_on_named_place(setting, word, ctx):
                found.append(word)
    return found


def _quoted_topic(word: Token, ctx: SentenceContext) -> bool:
    """"sprach gegenüber dem Science Media Center | von einem „vielversprechenden Ansatz“": a phrase opened by
    a weak frame preposition with words in quotation marks, hung deeper in the setting, is what was said."""
    return word.left_edge.lower_ in ctx.grammar.weak_frame_prepositions \
        and any(t.text in QUOTE_MARKS for t in word.subtree)


def _topic_on_named_place(setting: Token, word: Token, ctx: SentenceContext) -> bool:
    """"sprach im Bundestag | von einem „Totalausfall“": a phrase opened by a weak frame preposition,
    hung on the name of the place or body where it was said, which takes no such phrase, or on a text
    whose possessive names its author already ("sprach in seiner Urteilsbegründung | von einer „sinnlosen
    Tat“"; not "in einer Studie | von Forschern", where the phrase names the authors)."""
    owned = any(c.dep_ in POSSESSIVE for c in setting.children)
    return (setting.ent_type_ in NAMED_SETTING_LABELS or owned) \
        and word.left_edge.lower_ in ctx.grammar.weak_frame_prepositions and not is_time(word, ctx)


def _nouns_made_adverbs(verb: Token) -> list[Token]:
    """A noun with an article that the parser labelled an adverb of the verb is its object: "fordert
    erneut | ein generelles Tempolimit | auf Autobahnen"; so is one it labelled an oblique without a
    preposition whose article is accusative ("verlangte aber | den vollständigen Abzug"; not a second
    phrase after the object where no article shows case: "boasts about them …: the Iraq war, | the Wall
    Street bailout")."""
    return [c for c in children(verb, ADVERBIAL | OBLIQUE) if c.pos_ == "NOUN"
            and any(d.dep_ in DETERMINER and (c.dep_ in ADVERBIAL or "Acc" in d.morph.get("Case")) for d in c.children)
            and (c.dep_ in ADVERBIAL or c.i > verb.i and not any(d.dep_ in CASE_MARKER for d in c.children))]


def _phrases_made_adverbs(verb: Token) -> list[Token]:
    """A prepositional phrase after the verb that the parser hung on a quantity word it labelled an adverb:
    "sprachen | von mehr als 20.000 Teilnehmern" ("mehr" the head, "Teilnehmern" its conjunct)."""
    return [c for c in children(verb, ADVERBIAL) if c.i > verb.i and c.pos_ in {"DET", "ADV"}
            and any(d.dep_ in CASE_MARKER and d.pos_ == "ADP" and d.i < c.i for d in c.children)]


def _no_listener(noun: Token) -> bool:
    """A common noun that nothing marks dative ("den Angriff", "schnelle Hilfe") is a thing, not one
    spoken to ("drohte Russland mit Konsequenzen", "dankte den Helfern für …")."""
    cases = [c for t in (noun, *(d for d in noun.children if d.dep_ in DETERMINER)) for c in t.morph.get("Case")]
    return noun.pos_ == "NOUN" and not noun.ent_type_ and "Dat" not in cases


def _coordinated_clause_start(verb: Token, ctx: SentenceContext) -> int:
    """Where a clause coordinated with the cue's begins: a comma and a finite verb of the cue's
    subject ("bestätigten den Zwischenfall, | teilten jedoch mit, es sei unklar"); what the parser
    hung on the cue after it is that clause's."""
    for token in ctx.doc[verb.i + 1: ctx.sentence.end - 1]:
        following = ctx.doc[token.i + 1]
        if token.text == "," and following.dep_ in CONJUNCT and following.head == verb \
                and "Fin" in following.morph.get("VerbForm"):
            return token.i
    return ctx.sentence.end


def _middle_field_message(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The parse lost the objects of a clause-final cue ("hat X … vor einem Einmarsch
    gewarnt"): the prepositional phrase before the verb carries the message."""
    after = ctx.doc[verb.i + 1] if verb.i + 1 < ctx.sentence.end else None
    if after is not None and not (after.is_punct or after.is_space) or ctx.grammar.subject_precedes_verb:
        return None  # (where the subject precedes the verb, the words before it are its subject's and the clause's)
    finite = finite_of(verb, ctx)
    start = finite.i + 1 if finite is not None and finite.i < verb.i else ctx.sentence.start
    if verb.dep_ in CLAUSAL | DEPENDENT_VERB and verb.head.i < verb.i:
        start = max(start, verb.head.i + 1)  # "A spokesman for … declined to comment": the infinitive's own field
    for token in ctx.doc[start: verb.i]:
        if token.lower_ in ctx.grammar.frame_prepositions and token.lower_ not in ctx.grammar.predicative \
                and not is_time(token.head, ctx):
            first, end = trim(ctx.doc, token.i, verb.i)
            return chars(ctx.doc, first, end) if end - first >= 2 else None
    return None


def denied_phrase(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """What a deny cue rejects: its objects with the verdict ("wies die Warnungen als haltlos
    zurück"), or, when the parse lost them, the words between cue and particle. Not the one it was
    said to ("bestritt gegenüber AFP eine solche Absprache", ``addressee_prepositions``)."""
    subject = subject_of(verb)
    fronted = fronted_object(verb, ctx)
    picked = [_after_opening_time(c, phrase(c, ctx.sentence, cut_relative=False), ctx) for c in children(verb, OBJECTS)
              if not c.is_punct and (subject is None or c.i != subject.i) and not _told_to(c, ctx)
              and (fronted is None or c.lower_ not in ctx.grammar.nominative_pronouns) and not _time_phrase(c, ctx)]
    if fronted is not None:
        picked.append(phrase(fronted, ctx.sentence, cut_relative=False))  # "Kritik … | wies er zurück"
    if not picked:  # "has denied | wrongdoing", "denied | leaking the documents": a gerund the parser made a clause
        picked = [phrase(c, ctx.sentence) for c in children(verb, CLAUSAL) if c.i > verb.i and is_gerund(c)]
    if picked:
        picked += [phrase(c, ctx.sentence) for c in _verdicts(verb, ctx)]
        start, end = min(p[0] for p in picked), max(p[1] for p in picked)
        start = max(start, verb.i + 1) if start <= verb.i < end else start
        end = _before_participle_cue(start, _before_coordinated_verb(start, end, ctx), ctx)
        return chars(ctx.doc, *trim(ctx.doc, start, end)) if end > start else None
    particle = clause_final_particle(verb, ctx)
    if particle is None:
        return None
    source = verb_source(verb, ctx)
    start = source[1] if source is not None and source[0] == verb.i + 1 else verb.i + 1
    start, end = trim(ctx.doc, start, particle.i)
    return chars(ctx.doc, start, end) if end - start >= 2 else None


def object_relative(clause: Token, ctx: SentenceContext) -> bool:
    """"a charge | that Colorado Republican leaders strongly denied": a clause on a noun, opened by a
    complementizer word with the clause's subject after it, whose verb of saying has no object of its
    own, is a relative clause whose object is that noun, not the clause the noun reports (also where the
    tagger read the verb as a noun: "a claim that Moscow | denies")."""
    opener = clause.left_edge
    subject = subject_of(clause)
    return opener.lower_ in ctx.grammar.declarative_complementizers and subject is not None \
        and opener.i < subject.i < clause.i \
        and (verb_cue(clause, ctx) is not None or _verb_read_as_noun(clause) and ctx.lexicon.verb(clause.lemma_)) \
        and not any(c.dep_ in OBJECTS | CLAUSAL and c.i > clause.i for c in clause.children)


def _verb_read_as_noun(word: Token) -> bool:
    """A lower-case word tagged a noun with neither article nor copula: "a claim that Moscow | denies"
    (not "that 2016 is now a two-man | contest")."""
    return word.is_lower and word.pos_ == "NOUN" and not any(c.dep_ in COPULA | DETERMINER for c in word.children)


def denied_antecedent(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """What a denial in a relative clause rejects is the noun it hangs on: "complained that the contest
    had been rigged, | a charge | that Colorado Republican leaders strongly denied"."""
    noun = verb.head
    if verb.dep_ not in RELATIVE or noun.pos_ not in NOMINAL or noun.i > verb.i or not object_relative(verb, ctx):
        return None
    start, end = trim(ctx.doc, noun.left_edge.i, verb.left_edge.i)
    return chars(ctx.doc, start, end) if end > start else None


def _verdicts(verb: Token, ctx: SentenceContext) -> list[Token]:
    """What a denial calls what it rejects, which the parser hung on the verb, not on the object: "Der
    Kreml wies die Vorwürfe | als „absurd“ | zurück" (a ``predicative`` word opens it)."""
    return [c for c in verb.children if c.i > verb.i and c.pos_ in {"ADJ", "NOUN", "PROPN"}
            and any(w.i < c.i and w.lower_ in ctx.grammar.predicative for w in c.children)]


def _told_to(noun: Token, ctx: SentenceContext) -> bool:
    """The noun's phrase opens with a listener preposition ("gegenüber AFP")."""
    return any(c.dep_ in CASE_MARKER and c.lower_ in ctx.grammar.addressee_prepositions for c in noun.children)


ContentFinder = Callable[[Token, SentenceContext], "tuple[int, int] | None"]


SAY_CLAUSE: tuple[ContentFinder, ...] = (sentence_before, colon_quote, adjacent_quote, report_clause,
                                         interposed_report, relative_report, complementizer_clause, clausal_complement,
                                         comma_clause, inverted_clause, bare_clause)


# the frames of verbs whose infinitive a refusal to speak takes ("declined to comment", "… to discuss")
SPEAKING_FRAMES = frozenset({"say", "clause", "object", "deny"})


def refused_words(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"The White House declined | to say whether the president had been briefed", "A spokesman
    declined | to comment": a refusal to speak is reported as what was not said, its infinitive of
    a verb of saying (a lexicon cue) with all that hangs on it. Nothing for a refusal to act
    ("declined to attend")."""
    for child in children(verb, DEPENDENT_VERB | CLAUSAL):
        entry = ctx.lexicon.verb(child.lemma_)
        if child.i > verb.i and entry is not None and entry.frame in SPEAKING_FRAMES \
                and "Inf" in child.morph.get("VerbForm"):
            start, end = phrase(child, ctx.sentence, cut_relative=False)
            return chars(ctx.doc, start, end)
    return None


FRAME_FINDERS: dict[str, tuple[ContentFinder, ...]] = {
    "say": (*SAY_CLAUSE, object_phrase),
    # a verb whose object is a thing seen or the one told, never the message: "zeigt einen roten
    # Löwen", "entdeckte die Maschine an einem Berghang", "informierte die Kunden"
    "clause": (*SAY_CLAUSE, small_clause),
    "object": (sentence_before, colon_quote, adjacent_quote, report_clause, predicative_phrase, clausal_complement,
               comma_clause, object_phrase, complementizer_clause, inverted_object_clause),
    # a verb that reports by a prepositional object, never by a noun one: "drohte mit dem Rückzug", not
    # "Ihm droht lebenslange Haft"
    "oblique": (sentence_before, colon_quote, adjacent_quote, report_clause, clausal_complement,
                prepositional_object, complementizer_clause),
    "deny": (sentence_before, colon_quote, report_clause, denied_phrase, clausal_complement, comma_clause,
             complementizer_clause, denied_antecedent),
    "refuse": (refused_words,),
    # a verb that reports only beside a quotation: "He continued: “…”", "“…,” she continued", "The
    # statement read: “…”" (not "continued to rise", "read the report")
    "quote": (colon_quote, adjacent_quote),
}

# The finders whose message is a clause or a quotation: a passive report without a speaker keeps
# it ("Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein", "Es wird vermutet,
# dass …", "Wie am Montag bekannt wurde, …"), where an object alone says nothing was reported ("In den
# USA werde Alarmismus verbreitet").
CLAUSE_FINDERS: frozenset[ContentFinder] = frozenset(
    {colon_quote, adjacent_quote, complementizer_clause, clausal_complement, comma_clause, report_clause})
