"""Who said what: from a parsed document to its attributions.

The flow: cue rules per sentence (``rules``), quotations no cue claimed (attributed to the
speaker of the sentence before), German reported speech that continues in Konjunktiv
without a new cue, nesting by containment, then sources resolved in text order.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from wortlaut.attribution.candidates import Candidate
from wortlaut.attribution.content import MIN_QUOTE_WORDS
from wortlaut.attribution.confidence import features, load_model
from wortlaut.attribution.context import SentenceContext
from wortlaut.attribution.rules import DENIAL, RELATIVE_DENIAL, candidates_in
from wortlaut.attribution.sources import (NAME_PHRASE_POS, is_name, listener_in_phrase, noun_phrase_after,
                                          person_after_opening_word)
from wortlaut.attribution.speakers import resolve_sources
from wortlaut.model import Attribution, Content, Cue, Entity, Source
from wortlaut.model import Span as TextSpan
from wortlaut.nlp.entities import PLACE_LABELS, name_key
from wortlaut.nlp.grammar import Grammar, is_possessive, is_time_word, load_grammar
from wortlaut.nlp.lexicon import CueLexicon, load_lexicon
from wortlaut.nlp.names import NameResolver
from wortlaut.nlp.paragraphs import spaced_dash
from wortlaut.nlp.quotes import CLOSING_QUOTES, QUOTE_MARKS, Quote, QuoteIndex, find_quotes
from wortlaut.nlp.span_index import SpanIndex
from wortlaut.nlp.syntax import (ANY_AUX, APPOSITION, AUX, CLAUSAL, DIRECT_OBJECT, MARKER, NOMINAL, PASSIVE_SUBJECT,
                                 SUBJECT, VERBAL, clause_mood, first_finite, is_finite_verb, is_quantity_word,
                                 mood_of_clause, phrase, reports_by_mood, subject_of, trim, verb_group)

MIN_LONE_QUOTE_WORDS = 5
MAX_ANNOUNCED_SPEAKER_WORDS = 12  # a subject phrase longer than this is no one's name
RECENT_REPORT_SENTENCES = 3  # a Konjunktiv I sentence this many sentences after a report may still be its speaker's
SPOKEN_ENDINGS = frozenset(",!?")  # (a full stop ends American-style quoted terms too: called it “absurd.”)
MAX_SPLIT_CUE = 80  # characters of ", said Sen. Susan Collins, R-Maine," between the halves of a quotation
MAX_BARE_REPORT_WORDS = 8  # "Trump said.", "Prime Minister Keir Starmer told reporters on Monday."
MAX_HEADING_NAME_WORDS = 5  # "FDP-Finanzexperte Jürgen Koppelin wörtlich:"
MIN_HEADLINE_WORDS = 3  # "Lynch: No outside influence …"; "Foto: Reuters" names a credit, not a claim
MIN_CONTENT_WORDS = 2
YEAR_DIGITS = 4  # a lone source of four digits is a year ("2012"), no one
MIN_UNATTRIBUTED_QUOTE_WORDS = 8
PUNCTUATION = ",.;:!?–-()\u00a0"
CLAUSE_LIST_MARKS = frozenset(";(")  # what ends a clause or an item after a semicolon
ASIDE_MARKS = ",–—"  # a comma or dash before a cue inside a message opens an aside that the same mark closes
CLOSING_PUNCTUATION = ".,!?;"  # what may stand inside a quotation before its closing mark
CONTENT_WORD_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X"})  # what a message must hold


def attribute(doc: Doc, entities: list[Entity], news: list[tuple[int, int]] | None = None) -> list[Attribution]:
    """The attributions of ``doc``. ``news`` limits the search to these character ranges
    (the article's title, lead and body; credits and reader appeals are not reportage)."""
    return [attribution for attribution, _ in attribute_with_evidence(doc, entities, news)]


def attribute_with_evidence(doc: Doc, entities: list[Entity], news: list[tuple[int, int]] | None = None
                            ) -> list[tuple[Attribution, dict[str, float]]]:
    """The attributions of ``doc``, each with the evidence its confidence was scored on (what
    ``training/confidence.py`` fits the confidence model to)."""
    lang = doc.lang_
    lexicon, grammar = load_lexicon(lang), load_grammar(lang)
    text = doc.text
    ranges = _reportage(news if news is not None else [(0, len(text))])
    quotes = [q for q in find_quotes(text) if ranges.containing(q.start, q.end)]
    speech = QuoteIndex.of([q for q in quotes if q.depth == 0 and _speech(q, text)])
    sentences = [s for s in _sentences(doc, lexicon) if s.text.strip() and ranges.containing(*_words_of(s))]
    found: list[Candidate] = []
    per_sentence: list[list[Candidate]] = []
    around = SpanIndex((q.inner_start, q.end, q) for q in quotes)
    for sentence in sentences:
        made = candidates_in(SentenceContext(doc, sentence, lexicon, grammar, quotes, text, speech, around))
        for candidate in made:
            candidate.content = _with_closing_mark(candidate.content, around, text)
            if grammar.speech_continues_by_mood:
                candidate.content = _before_indicative_after_semicolon(candidate.content, doc, around)
        made = [c for c in _dedupe(made)
                if (c.rule == RELATIVE_DENIAL or _substantial(doc, text, c.content, quotes, grammar, c.rule == DENIAL))
                and not _own_aside(c, doc, around)]
        _share_coordinated_subjects(made, doc)
        per_sentence.append(made)
        found.extend(made)
    starts = [s.start_char for s in sentences]
    found.extend(_lone_quotes(doc, text, quotes, around, sentences, starts, per_sentence, found, grammar))
    found.extend(_headline_claims(doc, text, sentences, per_sentence, found, grammar))
    if grammar.speech_continues_by_mood:
        found.extend(_continuations(doc, sentences, per_sentence, found, lexicon, grammar))
    _anaphor_antecedents(doc, sentences, starts, per_sentence, grammar)
    found.sort(key=lambda c: (c.content[0], c.anchor))
    _nest(found, doc, text)
    resolve_sources(NameResolver(doc, entities, grammar), found)
    for candidate in found:
        if candidate.source is not None and (_generic(doc, candidate.source, grammar)
                                             or not _names_someone(doc, candidate.source, grammar)):
            candidate.source = None  # "You had a lot of people saying …": nobody in particular
    return _to_attributions(doc, text, found, quotes)


def _own_aside(candidate: Candidate, doc: Doc, quotes: SpanIndex[Quote]) -> bool:
    """"„Ich denke, er verdient viel Anerkennung dafür“": a speaker's "I think" inside their own
    quotation hedges what they say; it is no report of its own."""
    if candidate.source is None or candidate.source[1] - candidate.source[0] != 1 or not candidate.cue:
        return False
    speaker = doc[candidate.source[0]]
    return speaker.pos_ == "PRON" and "1" in speaker.morph.get("Person") \
        and bool(quotes.containing(candidate.cue[0].idx, candidate.cue[0].idx + 1))


def _speech(quote: Quote, text: str) -> bool:
    """A quotation that may be words spoken: three words or more, or fewer that end with their own
    comma or sentence mark inside the closing mark ("“No,” he said.", "“Not now!”"), which a
    quoted name or term does not, or that open their sentence before a comma ("„Nein“, sagte er.")."""
    inner = text[quote.inner_start:quote.inner_end].rstrip()
    if quote.words(text) >= MIN_QUOTE_WORDS or quote.closed and inner[-1:] in SPOKEN_ENDINGS:
        return True
    at = quote.start  # (read back from the quotation, not by copying the text before it: a long text has many)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return quote.closed and text[quote.end:quote.end + 1] == "," and (at == 0 or text[at - 1] in ".!?:")


def _sentences(doc: Doc, lexicon: CueLexicon) -> list[Span]:
    """The parser's sentences, where one it ended at a comma or a word in mid-line goes on into the
    next: "Das Feuer sei gelöscht, | sagte ein Polizeisprecher." (it made the verb of saying a second
    root), "Reform UK leader Nigel | Farage described …" (it made "Nigel" a root), and where the next
    opens in mid-line with a word in lower case: "Graham called both … “crazy” | and said …"."""
    joined: list[Span] = []
    for sentence in doc.sents:
        last = next((t for t in reversed(joined[-1]) if not t.is_space), None) if joined else None
        first = next((t for t in sentence if not t.is_space), None)
        same_line = last is not None and "\n" not in doc[last.i: sentence.start].text_with_ws
        mid_line = same_line and (last.is_alpha or first is not None and first.is_alpha and first.is_lower)
        tail = same_line and last.text in CLOSING_QUOTES and _bare_report(sentence, lexicon)
        if last is not None and (last.text == "," or mid_line or tail):
            joined[-1] = doc[joined[-1].start: sentence.end]
        else:
            joined.append(sentence)
    return joined


def _bare_report(sentence: Span, lexicon: CueLexicon) -> bool:
    """"“…, I hope you’re able to find the 30,000 emails that are missing.” | Trump said.": a
    sentence that is only a subject and its verb of saying, with nothing said of its own, reports
    the quotation it follows (the full stop inside the closing mark ended the sentence for the
    parser); not "„…“ | Der Abschuss soll laut Schnappauf erfolgen"."""
    root = sentence.root
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    entry = lexicon.verb(root.lemma_) if root.pos_ == "VERB" else None
    return entry is not None and entry.says and len(words) <= MAX_BARE_REPORT_WORDS \
        and subject_of(root) is not None and not any(c.dep_ in DIRECT_OBJECT | CLAUSAL for c in root.children)


def _words_of(sentence: Span) -> tuple[int, int]:
    """The characters of a sentence without the whitespace around it (a text may open with a space
    that the tokenizer gives to its first sentence, and the reportage ranges leave out)."""
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, sentence.start_char + len(text.rstrip())


def _generic(doc: Doc, tokens: tuple[int, int], grammar: Grammar) -> bool:
    """A source that is one generic pronoun ("you", "man"; not a numeral that counts those named before:
    "Several donors said … . | One, | who spoke on the condition of anonymity, said …")."""
    words = [t for t in doc[tokens[0]:tokens[1]] if not t.is_punct]
    return len(words) == 1 and words[0].lower_ in grammar.generic_pronouns and words[0].pos_ != "NUM"


def _names_someone(doc: Doc, tokens: tuple[int, int], grammar: Grammar) -> bool:
    """A source that is a date or a span of time ("Anfang Oktober", ``period_parts``; "One month"), or of one
    word that is a time ("gestrigen Mittwoch", a year), an adjective or adverb that opens its sentence
    ("Besorgt äußerte sich …", "Gestern berichtete …"), an indefinite article ("a") or a determiner in the
    accusative or dative ("Den … sicherte Präsident Gusmão zu") names nobody. (Lone words the tagger got
    wrong are kept: "Milinkewitsch" as an adjective, "Diese" as an article.)"""
    words = [t for t in doc[tokens[0]:tokens[1]] if not t.is_punct]
    times = [t for t in words if is_time_word(t, grammar)]
    if len(words) != 1:
        counted = bool(words) and words[-1] in times  # "One month" (not "the 46-year-old")
        return not (times and all(t in times or t.pos_ in {"ADP", "DET", "ADJ"} or t.pos_ == "NUM" and counted
                                  or t.lower_ in grammar.period_parts for t in words)
                    or all(t.pos_ in {"ADP", "DET"} for t in words))
    word = words[0]
    if word.lower_ in grammar.anaphoric_report_adverbs:
        return True  # "Demnach …" stands for the report before, as a pronoun for a speaker
    if times or word.pos_ in {"ADJ", "ADV", "VERB", "AUX"} and word.is_sent_start and word.lemma_.islower() \
            and not word.ent_type_ and not is_quantity_word(word) and not _subject_mistagged(word, grammar):
        return False  # (a name the tagger took for an adjective keeps its capital or its entity)
    if word.is_digit and len(word.text) == YEAR_DIGITS:
        return False  # "… on September 11th. 2012 on CNN’s show … that …": a year ("Nine in 10 voters" may be cut to "Nine")
    possessive = is_possessive(word, grammar)  # "In seiner Erklärung"
    indefinite = "Ind" in word.morph.get("Definite")  # "he, once again, pledged a …" (a lone "Die" is cut from a name)
    return possessive or not (word.pos_ == "DET" and (indefinite or set(word.morph.get("Case")) & {"Acc", "Dat"}))


def _subject_mistagged(word: Token, grammar: Grammar) -> bool:
    """The subject, whatever its tag, names someone where it cannot be a verb ("Serafinowicz, who’s starred
    in …, posted the clip", the name tagged a verb) or, where nouns are not capitalised, is a quantifier
    ("Many said …", "Several said …"); a capitalised adverb opening a German sentence is no subject
    whatever its label ("Indes musste …"), but one right before the verb where the subject precedes it is a
    name ("Jolly | said he has worked …")."""
    return word.dep_ in SUBJECT and (word.pos_ in VERBAL or not grammar.nouns_capitalised) \
        or grammar.subject_precedes_verb and word.is_title and not word.is_stop and word.i + 1 < len(word.doc) \
        and word.nbor().pos_ in VERBAL  # (not "When | asked whom she supported", "So")


def _reportage(ranges: list[tuple[int, int]]) -> SpanIndex[tuple[int, int]]:
    """The ranges to read, indexed; a span may end one character past its range (its closing
    mark or full stop)."""
    return SpanIndex((a, b + 1, (a, b)) for a, b in ranges)


def _with_closing_mark(content: tuple[int, int], around: SpanIndex[Quote], text: str) -> tuple[int, int]:
    """A content that opens a quotation and stops right before its closing mark takes the mark:
    "warnt Italien vor „gefährlichen Alleingängen“", whose mark the parser hung elsewhere, and the
    stop or comma inside it ('said it was "a vote for American leadership."')."""
    start, end = content
    for quote in around.containing(end - 1, end):
        rest = text[end:quote.end].strip()
        if start <= quote.start and end < quote.end and quote.width <= len(rest) <= quote.width + 1 and \
                all(c in CLOSING_PUNCTUATION for c in rest[:len(rest) - quote.width]):
            return start, quote.end
    return content


def _before_indicative_after_semicolon(content: tuple[int, int], doc: Doc, around: SpanIndex[Quote]
                                       ) -> tuple[int, int]:
    """"Die Töchter hatten angegeben, dass der Vater sie geschlagen hatte | ; es wird momentan geprüft, …": where
    mood marks reported speech, a clause in the indicative after a semicolon outside a quotation is the
    outlet's again, and the message ends before it (a clause in Konjunktiv goes on with it)."""
    span = doc.char_span(*content, alignment_mode="contract")
    if span is None:
        return content
    for mark in span:
        if mark.text != ";" or around.containing(mark.idx, mark.idx + 1):
            continue
        clause = takewhile(lambda t: t.text not in CLAUSE_LIST_MARKS, doc[mark.i + 1: span.end])
        finite = next((t for t in clause if is_finite_verb(t) and t.morph.get("Mood")), None)
        if finite is None:
            continue  # an item of a list: "Große Koalition 59 Prozent ; Jamaika 55,6 Prozent ; …"
        if "Ind" in finite.morph.get("Mood"):
            start, end = trim(doc, span.start, mark.i)
            return (content[0], doc[end - 1].idx + len(doc[end - 1].text)) if end > start else content
        return content
    return content


def _share_coordinated_subjects(candidates: list[Candidate], doc: Doc) -> None:
    """"X hat … kritisiert und den Westen … mitverantwortlich gemacht": the second verb of a
    coordination speaks with the first one's subject."""
    for before, after in zip(candidates, candidates[1:]):
        if after.source is None and before.source is not None and before.cue and after.cue and \
                any(t.pos_ == "CCONJ" for t in doc[before.cue[0].i: after.cue[0].i]):
            after.source = before.source


def _substantial(doc: Doc, text: str, content: tuple[int, int], quotes: list[Quote], grammar: Grammar,
                 denial: bool = False) -> bool:
    """A message of one word ("that", "it", "the show") is not a report, unless quoted
    ("bezeichnete es als „Falschinformation“"), the label after "als" ("bezeichnete die
    Anschläge als Selbstverteidigung"), what a ``denial`` denies ("has denied wrongdoing") or, where a
    language reports so (``noun_object_messages``), a noun object; nor is one of function words alone
    ("exactly what", "it was not", "about this"), unless it holds a quotation ("nannte dies einen
    „Militärputsch“", whose quoted word the tagger may not read as a noun)."""
    if any(c in QUOTE_MARKS for c in text[content[0]:content[1]]):
        return True
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is not None and not any(t.pos_ in CONTENT_WORD_POS or _has_auxiliary(t) for t in span):
        return False
    if denial and span is not None and any(t.pos_ in {"NOUN", "VERB"} for t in span):
        return True
    if len(text[content[0]:content[1]].split()) >= MIN_CONTENT_WORDS:
        return True
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in grammar.predicative:
        return True
    if grammar.noun_object_messages and span is not None and len(span) == 1 and span[0].pos_ == "NOUN" \
            and span[0].dep_ in DIRECT_OBJECT | APPOSITION:
        return True  # the thing charged: "Merz warf der Regierung Versagen vor", "dem Minister | Korruption" (appos)
    return any(q.start <= content[0] and content[1] <= q.end for q in quotes)


def _has_auxiliary(word: Token) -> bool:
    """A word with an auxiliary is a verb, whatever its tag: "said they would | appeal" (tagged an adverb)."""
    return any(c.dep_ in ANY_AUX for c in word.children)


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per content span: a verb and its object noun ("veröffentlichte … seine
    Zusammenfassung:") report the same quotation once, with both as its cue; a report preposition in
    the message tells whose knowledge the speaker passes on, a report of its own ("Der Mann soll
    nach ersten Erkenntnissen … aufgefahren sein, teilte ein Sprecher … mit")."""
    kept: dict[tuple[int, int, bool], Candidate] = {}
    for candidate in candidates:
        key = (*candidate.content, candidate.rule == "prep")
        same = kept.get(key)
        if same is None:
            kept[key] = candidate
        else:
            same.cue = sorted({t.i: t for t in same.cue + candidate.cue}.values(), key=lambda t: t.i)
            same.source = same.source or candidate.source
    return [c for c in kept.values() if not any(_told_better(other, c) for other in kept.values())]


def _told_better(other: Candidate, candidate: Candidate) -> bool:
    """``other`` has all of the candidate's cue words and more, and its message inside the
    candidate's: "expressed | concern that the nominee could cost them the Senate" is "expressed
    concern | that …"."""
    words, more = {t.i for t in candidate.cue}, {t.i for t in other.cue}
    return bool(words) and words < more and candidate.content[0] <= other.content[0] \
        and other.content[1] <= candidate.content[1]


def _lone_quotes(doc: Doc, text: str, quotes: list[Quote], around: SpanIndex[Quote], sentences: list[Span],
                 starts: list[int], per_sentence: list[list[Candidate]], found: list[Candidate],
                 grammar: Grammar) -> list[Candidate]:
    """Quotations that no cue claimed: after a colon, the words of the subject before it ("Kaine
    has adopted the stance common among some Catholics: “I’m pro-life …”"); else the speaker of
    the sentence before goes on speaking. A quotation without a finite verb is a name or a title
    („Große Goldene Ehrenzeichen …“)."""
    made: list[Candidate] = []
    contents = SpanIndex((c.content[0], c.content[1], c) for c in found)
    cues = SpanIndex((c.anchor, c.anchor + 1, c) for c in found if c.cue)
    closing: dict[int, Candidate] = {}  # the latest quotation with a speaker that ends at each character

    def add(candidate: Candidate) -> None:
        made.append(candidate)
        _note_closing(candidate, text, closing)

    for candidate in found:
        _note_closing(candidate, text, closing)
    for quote in quotes:
        words = quote.words(text)
        if quote.depth > 0 or _claimed(quote, contents, cues, doc):
            continue  # (a top-level quotation made here never overlaps another)
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        previous = _quotation_right_before(quote, text, closing) \
            or _speaker_before(quote.start, sentences, starts, per_sentence, quoting_in=text)
        if span is not None and _resumes(quote, previous, text):
            add(Candidate((quote.start, quote.end), source=previous.source, follows=previous, rule="quote"))
            continue
        if span is None or not any(t.pos_ in VERBAL and "Fin" in t.morph.get("VerbForm") for t in span):
            continue
        announcer = _colon_speaker(doc, text, quote, sentences, starts, grammar)
        if previous is None and announcer is None:
            announcer = _subject_before_quotation(quote, around, sentences, starts, grammar)
        if words < MIN_LONE_QUOTE_WORDS and not (previous is not None and text[previous.content[0]] in QUOTE_MARKS):
            continue  # a short quotation continues only a quoted speaker: "“We have won,” she said. “Now we govern.”"
        if previous is None and announcer is None and words < MIN_UNATTRIBUTED_QUOTE_WORDS:
            continue
        if announcer is not None:
            add(Candidate((quote.start, quote.end), source=announcer, rule="quote"))
            continue
        add(Candidate((quote.start, quote.end), source=previous.source if previous else None,
                      follows=previous, rule="quote"))
    return made


def _note_closing(candidate: Candidate, text: str, closing: dict[int, Candidate]) -> None:
    """Index ``candidate`` by where it ends, where it has a speaker and ends with a closing mark."""
    if candidate.source is not None and text[candidate.content[1] - 1] in CLOSING_QUOTES:
        closing[candidate.content[1]] = candidate


def _quotation_right_before(quote: Quote, text: str, closing: dict[int, Candidate]) -> Candidate | None:
    """“… They’ve become like Fox News.” | “And it’s become sad that our company has sold its soul.”: a
    quotation with only white space between it and a quotation before, whose speaker is known, goes on
    with that speaker (the sentence right before is the earlier quotation's own). Looked up by position
    in ``closing`` (``_note_closing``), not among all of a long text's reports."""
    at = quote.start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return closing.get(at)


def _subject_before_quotation(quote: Quote, around: SpanIndex[Quote], sentences: list[Span], starts: list[int],
                              grammar: Grammar) -> tuple[int, int] | None:
    """"Um die Zeit dafür zu gewinnen, will Oettinger die Naturwissenschaften straffen. | „Nicht jede
    Formel … ist für das Erwachsenenleben notwendig.“": a quotation that opens its sentence right
    after one without a report gives the words of that sentence's subject, where it names someone (not
    "Ich" of a quotation before)."""
    index = bisect_right(starts, quote.start) - 1
    if index < 1 or sentences[index].start_char != quote.start:
        return None
    found = _announced_speaker(sentences[index - 1], sentences[index], grammar)
    doc = sentences[index].doc
    if found is None or any(person in doc[found[0]].morph.get("Person") for person in ("1", "2")) \
            or around.containing(doc[found[0]].idx, doc[found[0]].idx + 1):
        return None  # ("They’ve become like Fox News.”": a subject inside a quotation is no one announced)
    return found


def _headline_claims(doc: Doc, text: str, sentences: list[Span], per_sentence: list[list[Candidate]],
                     found: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """"Lynch: No outside influence on FBI probe into Clinton emails", "Lawrow: Russland plant keinen
    Angriff": a line that opens with a name and a colon, with no verb before it, tells what the one
    named says, as headlines attribute; the rest of the line is the message. A place before the
    colon is a dateline ("Berlin: Die Polizei …"), unless the article's reports have a speaker of
    that name ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance …" over "Graham
    said, …", where the recogniser took the surname for a place); and a quotation after it was read
    already: the one named is its speaker where it has none."""
    made: list[Candidate] = []
    contents = SpanIndex((c.content[0], c.content[1], c) for c in found)
    speakers = [set(name_key(doc[c.source[0]:c.source[1]].text)) for c in found if c.source is not None]
    for sentence, own in zip(sentences, per_sentence):
        line = text.rfind("\n", 0, sentence.start_char) + 1
        colon = next((t for t in sentence if t.text == ":"), None)
        if colon is None or text[line:sentence.start_char].strip() \
                or any(c.anchor < colon.idx or c.content[0] < colon.idx for c in own):
            continue
        name = _heading_name(doc, colon.i, sentence.start, grammar)
        if name is None or doc[name[1] - 1].ent_type_ in PLACE_LABELS \
                and not any(set(name_key(doc[name[0]:name[1]].text)) <= words for words in speakers):
            continue
        end = text.find("\n", colon.idx)
        end = len(text) if end < 0 else end
        start = colon.idx + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < MIN_HEADLINE_WORDS:
            continue
        speaker, listener = listener_in_phrase(doc, name, grammar)
        read = contents.overlapping(start, end)
        for candidate in read:  # "Dr. Ben Carson: Hillary Clinton ‘Not Fit …’": the quotation's speaker
            if candidate.source is None and not candidate.cue:
                candidate.source = speaker
        if read and not any(c.cue and _first_person(doc, c.source) for c in read):
            continue  # (the named one's own report inside: "FALLIN: Well, I think the whole nation needs …")
        made.append(Candidate((start, end), source=speaker, rule="headline", sentence=sentence.start_char,
                              addressee=listener))
    return made


def _first_person(doc: Doc, source: tuple[int, int] | None) -> bool:
    return source is not None and "1" in doc[source[0]].morph.get("Person")


def _resumes(quote: Quote, previous: Candidate | None, text: str) -> bool:
    """The second half of a quotation split by its cue: "“Yes,” said Smith, | “but not now.”",
    "„Wir werden“, sagte er, | „alles tun.“" — the quotation before ends with a comma (inside or
    after its closing mark), and only the cue's clause and a comma stand between."""
    if previous is None or text[previous.content[0]] not in QUOTE_MARKS or previous.content[1] >= quote.start:
        return False
    between = text[previous.content[1]:quote.start]
    closing = text[previous.content[0]:previous.content[1]].rstrip()
    return len(between) <= MAX_SPLIT_CUE and between.rstrip().endswith(",") and not any(
        mark in between for mark in ".!?:;") and (closing[-2:-1] == "," or between.startswith(","))


def _claimed(quote: Quote, contents: SpanIndex[Candidate], cues: SpanIndex[Candidate], doc: Doc) -> bool:
    """A candidate covers more than half the quotation, or has its cue inside it, unless it is
    speech within the quotation: "„… Ich weiß, dass wir uns in einer schwierigen Situation
    befinden.“" is the quoted speaker's own "ich weiß", which the quotation holds."""
    if any(not _speaks_within(c, quote, doc) for c in cues.overlapping(quote.start, quote.end)):
        return True
    return any(min(c.content[1], quote.end) - max(c.content[0], quote.start) > 0.5 * (quote.end - quote.start)
               and not _speaks_within(c, quote, doc) for c in contents.overlapping(quote.start, quote.end))


def _speaks_within(candidate: Candidate, quote: Quote, doc: Doc) -> bool:
    """Cue and content lie inside the quotation, and the speaker is nobody named but a pronoun of the
    quoted one's words ("Wir hoffen, dass …", "Sie haben uns nicht alles gesagt"), or its message
    follows the cue ("“… I saw in the news today that Trump said his approval was 41 percent.”": the
    quoted one tells what another said; the quotation had gone unattributed); not a narrator's
    "erklärte der Minister" after words of the quotation, inside marks the scanner paired too widely."""
    if not candidate.cue or not (quote.start < candidate.content[0] and candidate.content[1] <= quote.end):
        return False
    if any(not (quote.start < t.idx < quote.end) for t in candidate.cue):
        return False
    if candidate.source is None:
        return True
    words = doc[candidate.source[0]:candidate.source[1]]
    return len(words) == 1 and words[0].pos_ == "PRON" or max(t.idx for t in candidate.cue) < candidate.content[0]


def _anaphor_antecedents(doc: Doc, sentences: list[Span], starts: list[int], per_sentence: list[list[Candidate]],
                         grammar: Grammar) -> None:
    """"Das Nachrichtenmagazin Focus berichtete über neue Zwischenfälle. Demnach haben …": the
    adverb that is a report's source stands for the source of the report before it, whom it
    resolves to."""
    for made in per_sentence:
        for candidate in made:
            if candidate.source is None or doc[candidate.source[0]].lower_ not in grammar.anaphoric_report_adverbs:
                continue
            earlier = _speaker_before(doc[candidate.source[0]].idx, sentences, starts, per_sentence)
            if earlier is not None:
                candidate.speaker = earlier.speaker or earlier.source


def _speaker_before(at: int, sentences: list[Span], starts: list[int], per_sentence: list[list[Candidate]],
                    quoting_in: str | None = None) -> Candidate | None:
    """The last report with a speaker before ``at``, in its sentence or the one before; given the text
    (``quoting_in``), the last one that quotes, where one does: a quotation on its own goes on with the
    quoted speaker ("''There is a greater goal here,'' said Representative Raúl M. Grijalva, … who sent a
    letter to Mr. Castro criticizing the mortgage sales. | ''The contribution of Bernie …''": not Castro)."""
    index = bisect_right(starts, at) - 1
    if index < 0 or at >= sentences[index].end_char:
        return None
    for i in (index, index - 1):
        if i >= 0:
            earlier = [c for c in per_sentence[i] if c.source is not None and c.anchor < at]
            quoting = [c for c in earlier if quoting_in is not None and quoting_in[c.content[0]] in QUOTE_MARKS]
            if earlier:
                return (quoting or earlier)[-1]
    return None


def _continuations(doc: Doc, sentences: list[Span], per_sentence: list[list[Candidate]],
                   found: list[Candidate], lexicon: CueLexicon, grammar: Grammar) -> list[Candidate]:
    """German reportage goes on in Konjunktiv without a new verb of saying: "Grund sei die
    NATO-Osterweiterung." belongs to the speaker before, until the indicative returns (a
    reportative "soll" aside); a Konjunktiv I sentence with no report before it starts one, and so does
    a reportative "soll" with a past infinitive ("Ein heute 80-Jähriger soll seine Töchter missbraucht
    haben": what others say happened; "Die Taufe soll am 15. Juni erfolgen" may be a plan), whose speaker
    is the subject of the sentence before only where that sentence speaks (``_speaks``). A Konjunktiv I
    sentence whose sentence before names no one goes on with a report at most ``RECENT_REPORT_SENTENCES``
    back ("Nach Angaben der Nachrichtenagentur … wurden 40 Menschen verletzt. Die Stadtverwaltung richtete
    einen Krisenstab ein. Unter den Verletzten seien auch drei Kinder.")."""
    made: list[Candidate] = []
    running: Candidate | None = None
    contents = SpanIndex((c.content[0], c.content[1] + 1, c) for c in found)
    previous: Span | None = None
    recent: tuple[int, Candidate] | None = None
    for index, (sentence, own) in enumerate(zip(sentences, per_sentence)):
        before, previous = previous, sentence
        if running is not None and running.source is not None:
            recent = index - 1, running
        if own and _told_on_in_konjunktiv(own, sentence, running) is not None:
            running = own[0]
            continue
        if own:
            _go_on_with(own, running, grammar)
            running = max(own, key=lambda c: (c.content[1], c.rule.startswith("verb")))
            after_colon = _konjunktiv_after_report(sentence, running, grammar)
            if after_colon is not None and not contents.overlapping(*after_colon.content):
                made.append(after_colon)
                running = after_colon
            continue
        covering = contents.containing(sentence.start_char, sentence.end_char)
        if covering:
            running = _quotation_going_on(covering, running, doc.text) or running
            continue
        after_colon = _konjunktiv_after_colon(sentence, grammar)
        if after_colon is not None:
            made.append(after_colon)
            running = after_colon
            continue
        told = _reportative_verb(sentence, grammar)
        sourced = running is not None and running.source is not None
        reportative = (told is not None and (sourced or not _passive_plan(told, sentence, grammar))
                       and (running is not None or _past_infinitive(told, sentence)))
        if clause_mood(sentence) != "Sub" and not reportative or sentence.text.lstrip()[:1].islower():
            running = None
            continue
        start, end = trim(doc, sentence.start, sentence.end)
        if end <= start:
            continue
        chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        if running is None:
            if reports_by_mood(sentence) or reportative:
                speaker = _announced_speaker(before, sentence, grammar) \
                    if reports_by_mood(sentence) or _speaks(before, lexicon) else None
                earlier = recent if speaker is None and reports_by_mood(sentence) and recent is not None \
                    and index - recent[0] <= RECENT_REPORT_SENTENCES else None
                running = Candidate(chars, source=speaker, rule="continuation") if earlier is None else \
                    Candidate(chars, source=earlier[1].source, follows=earlier[1], rule="continuation")
                made.append(running)
            continue
        if running.rule == "continuation" and running is made[-1]:
            running.content = (running.content[0], chars[1])  # one report over several sentences
            continue
        candidate = Candidate(chars, source=running.source, follows=running, rule="continuation")
        made.append(candidate)
        running = candidate
    return made


def _quotation_going_on(covering: list[Candidate], running: Candidate | None, text: str) -> Candidate | None:
    """A quotation on its own right after a speaker's Konjunktiv goes on with that speaker: "Aktuell
    bestehe diese Gefahr zwar noch nicht, weil das Virus noch nicht … übertragbar sei. | „Aber das
    Virus hat alle Potenzen …“" (the quotation was read before the Konjunktiv sentence had its speaker)."""
    quote = next((c for c in covering if c.rule == "quote" and c.source is None and c.follows is None), None)
    if quote is None or running is None or running.rule != "continuation" or running.source is None \
            or text[running.content[1]:quote.content[0]].strip(" .\n") or running.content[1] > quote.content[0]:
        return None
    quote.source, quote.follows = running.source, running
    return quote


def _speaks(sentence: Span | None, lexicon: CueLexicon) -> bool:
    """The sentence's main verb is a verb of saying, so its subject may be whom a reportative "soll"
    right after it quotes ("Vona Gábor erklärte die Auflösung der Garde. Bago soll … gewesen sein"),
    not one the sentence is only about ("Dulmatin galt als der meistgesuchte Terrorist. Er soll …")."""
    return sentence is not None and sentence.root.pos_ == "VERB" and lexicon.verb(sentence.root.lemma_) is not None


def _konjunktiv_after_colon(sentence: Span, grammar: Grammar) -> Candidate | None:
    """"Sportvorstand Max Eberl stellte sich hinter den Trainer: Es gebe „keine Diskussion“": a main
    clause in Konjunktiv I after the colon that ends a clause with a named subject gives that
    subject's words."""
    doc = sentence.doc
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or not grammar.speech_continues_by_mood or colon.i + 1 >= sentence.end:
        return None
    clause = doc[sentence.start: colon.i]
    speaker = _named_subject(clause, grammar) if any(is_finite_verb(t) for t in clause) else None
    words = _konjunktiv_clause_after(colon, sentence)
    if speaker is None or speaker[1] > colon.i or words is None:
        return None
    return Candidate(words, source=speaker, rule="continuation")


def _konjunktiv_clause_after(colon: Token, sentence: Span) -> tuple[int, int] | None:
    """The characters of the main clause in Konjunktiv I, of three words or more, after ``colon``."""
    doc = sentence.doc
    start, end = trim(doc, colon.i + 1, sentence.end)
    if end - start < 3 or not reports_by_mood(doc[start:end]):
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _told_on_in_konjunktiv(own: list[Candidate], sentence: Span, running: Candidate | None) -> Candidate | None:
    """"Behördenpräsident Klaus Müller sagte …, die Versorgung sei … unzureichend. | Wer die Auflagen nicht
    erfülle, müsse mit Bußgeldern rechnen": a Konjunktiv sentence whose one report has no speaker and a cue
    that is itself in Konjunktiv, part of the reported words, goes on with the speaker before; the report
    becomes that speaker's continuation over the whole sentence (it had been a speakerless "rechnen mit")."""
    if running is None or running.source is None or len(own) != 1 or clause_mood(sentence) != "Sub":
        return None
    candidate = own[0]
    verb = next((t for t in candidate.cue if t.pos_ in VERBAL), None)
    if candidate.source is not None or verb is None or mood_of_clause(verb) != "Sub":
        return None
    doc = sentence.doc
    start, end = trim(doc, sentence.start, sentence.end)
    candidate.content = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    candidate.cue, candidate.lemma, candidate.stance, candidate.addressee = [], None, "neutral", None
    candidate.source, candidate.follows, candidate.rule = running.source, running, "continuation"
    return candidate


def _go_on_with(own: list[Candidate], running: Candidate | None, grammar: Grammar) -> None:
    """A report without a source whose cue goes on with the report before (``continuing_adverbs``:
    "Das teilte das Unternehmen … mit. | Betriebsbedingte Kündigungen solle es nicht geben, hieß es |
    weiter") has that report's speaker, the nearest before it ("Seibert schrieb bei Twitter: „…“, weiter
    hieß es, dass …")."""
    for candidate in own:
        if candidate.source is not None or not any(c.lower_ in grammar.continuing_adverbs
                                                   for word in candidate.cue for c in word.children):
            continue
        before = [c for c in own if c.source is not None and c.content[1] <= candidate.anchor]
        report = max(before, key=lambda c: c.content[1]) if before else running
        if report is not None and report.source is not None:
            candidate.source, candidate.follows = report.source, report


def _konjunktiv_after_report(sentence: Span, report: Candidate, grammar: Grammar) -> Candidate | None:
    """"Regierungssprecher Steffen Hebestreit wies die Kritik zurück: | Die Regierung arbeite „mit
    Hochdruck“ an Lösungen": a main clause in Konjunktiv I after the colon that ends a report's clause
    gives that report's speaker's words (unless another report holds words of it: "Er habe „nicht den
    Eindruck, dass sie es kann“", whose quotation is one already)."""
    colon = next((t for t in sentence if t.text == ":" and t.idx >= report.content[1]), None)
    if colon is None or report.source is None or not grammar.speech_continues_by_mood or colon.i + 1 >= sentence.end:
        return None
    words = _konjunktiv_clause_after(colon, sentence)
    if words is None or sentence.doc.text[words[0]] in QUOTE_MARKS:
        return None
    return Candidate(words, source=report.source, follows=report, rule="continuation")


def _reportative_verb(sentence: Span, grammar: Grammar) -> Token | None:
    """"Juventus soll in die 3. Liga absteigen": the present of "sollen" tells what others say
    (``reportative_verbs`` in ``grammar.json``), also where the parser did not make it the main
    verb's auxiliary ("Auch die Hauptakteure sollen bestraft werden", "sollen" as an adverb), hung it
    on the subject ("Ali Samani | soll | … verteilt haben") or made a noun the root ("Ein mutmaßlicher
    vierter Mann libanesischer Herkunft | soll …": the sentence's first finite verb is its own)."""
    root = sentence.root
    subject = subject_of(root)
    stray = [c for head in (root, subject) if head is not None for c in head.children
             if c.pos_ == "AUX" and c.dep_ not in AUX]
    first = first_finite(sentence)
    if first is not None and any(t.pos_ == "SCONJ" or t.dep_ in MARKER
                                 for t in sentence.doc[sentence.start: first.i]):
        first = None  # "Ob der Nordpol … benutzt werden soll, ist noch unklar": a subordinate clause's
    helpers = [*verb_group(root), *stray, *([first] if first is not None else [])]
    return next((v for v in helpers if v.lemma_ in grammar.reportative_verbs and "Pres" in v.morph.get("Tense")
                 and "Ind" in v.morph.get("Mood")), None)


def _past_infinitive(verb: Token, sentence: Span) -> bool:
    """The clause of the reportative ``verb`` ends in a past infinitive, a participle and an
    infinitive auxiliary ("soll … missbraucht haben", "sollen … getötet worden sein", "soll … im
    Gefängnis gewesen sein"), read from the words up to the clause's first punctuation mark, as the
    parser may hang them anywhere. On SpkAtt news train a present "soll"/"sollen" outside quotations
    with one was a message 59 times in 73, without one 180 times in 358."""
    return any("Part" in a.morph.get("VerbForm") and (b.pos_ == "AUX" or b.dep_ in AUX)
               and "Inf" in b.morph.get("VerbForm") for a, b in _word_pairs_after(verb, sentence))  # ("haben" a verb)


def _passive_plan(verb: Token, sentence: Span, grammar: Grammar) -> bool:
    """The clause of the reportative ``verb`` ends in a present passive infinitive, which tells a plan
    or a duty, not what others say ("Der Verdächtige soll nach Bangkok gebracht werden", "Die A1 soll
    in diesem Abschnitt sechsspurig ausgebaut werden"; "soll … gebracht worden sein" reports)."""
    return any("Part" in a.morph.get("VerbForm") and b.lemma_.lower() in grammar.passive_auxiliaries
               and "Inf" in b.morph.get("VerbForm") for a, b in _word_pairs_after(verb, sentence))


def _word_pairs_after(verb: Token, sentence: Span) -> list[tuple[Token, Token]]:
    """Each two neighbouring words of the reportative ``verb``'s clause after it, up to the clause's
    first punctuation mark (the parser may hang its participle and infinitive anywhere)."""
    words = list(takewhile(lambda t: not t.is_punct, sentence.doc[verb.i + 1: sentence.end]))
    return list(zip(words, words[1:]))


def _announced_speaker(before: Span | None, sentence: Span, grammar: Grammar) -> tuple[int, int] | None:
    """"Das Robert-Koch-Institut sieht gegenwärtig keine besondere Gefahr. Lediglich Personen, die
    … Umgang mit Geflügel hätten, seien gefährdet.": a main clause in Konjunktiv I (not II, which
    also says what would be) right after a sentence without a report gives the words of that
    sentence's subject."""
    if before is None or before.end != sentence.start:
        return None
    return _named_subject(before, grammar)


def _colon_speaker(doc: Doc, text: str, quote: Quote, sentences: list[Span], starts: list[int],
                   grammar: Grammar) -> tuple[int, int] | None:
    """The subject that names someone in the clause a colon right before the quotation ends."""
    at = quote.start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    colon = doc.char_span(at, at + 1) if at >= 0 and text[at] == ":" else None
    index = bisect_right(starts, at) - 1
    if colon is None or index < 0 or at >= sentences[index].end_char:
        return None
    sentence = sentences[index]
    found = _named_subject(sentence, grammar) or _heading_name(doc, colon.start, sentence.start, grammar)
    return found if found is not None and found[1] <= colon.start else None


def _heading_name(doc: Doc, colon: int, start: int, grammar: Grammar) -> tuple[int, int] | None:
    """"Koppelin wörtlich: „…“", "Bundeskanzlerin Merkel: „…“": a name with no verb before the colon;
    where a capital marks no noun (not ``nouns_capitalised``), also a capitalised noun, as headlines
    name a source ("Report: Half Clinton’s State meetings were with donors", the tagger's "Issa" a
    noun); in German "Strafen bzw. Suspendierungen:" heads a list. A heading may stand before a spaced dash:
    "VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE - | Frank Newport and Jim Harter: “We found …”"."""
    dash = next((t.i for t in reversed(doc[start:colon]) if spaced_dash(t)), None)
    words = [t for t in doc[start if dash is None else dash + 1: colon] if not t.is_space]
    while words and words[-1].pos_ == "ADV":
        words.pop()  # "wörtlich", "dazu"
    headed = bool(words) and not grammar.nouns_capitalised and words[-1].pos_ in NOMINAL \
        and words[-1].text[:1].isupper()
    if not words or len(words) > MAX_HEADING_NAME_WORDS or any(t.pos_ in VERBAL or t.is_punct for t in words) \
            or not (is_name(words[-1]) or headed):
        return None
    return words[0].i, words[-1].i + 1


def _named_subject(sentence: Span, grammar: Grammar) -> tuple[int, int] | None:
    """The subject of the sentence's main verb, when it names someone: a name, a pronoun or a noun that
    names a person by its ending ("Der Minister reagierte gelassen. Man werde …")."""
    subject = subject_of(sentence.root)
    if subject is None:
        return _name_by_the_finite(sentence)
    subject = person_after_opening_word(subject, sentence.root, grammar, sentence) or subject  # (not "Besorgt")
    if subject.dep_ in PASSIVE_SUBJECT or subject.lower_ in grammar.expletives | grammar.generic_pronouns:
        return None  # "Die Forderungen … wurden von Stolpe als unrealistisch bezeichnet": not who spoke
    start, end = phrase(subject, sentence)
    words = sentence.doc[start:end]
    if not (subject.pos_ == "PRON" or any(is_name(t) for t in words)
            or subject.pos_ == "NOUN" and grammar.person_noun(subject.lemma_)) \
            or len(words) > MAX_ANNOUNCED_SPEAKER_WORDS \
            or any(t.pos_ in VERBAL for t in words):
        return None  # "Besondere Probleme traten … auf": a thing, not a speaker
    return start, end


def _name_by_the_finite(sentence: Span) -> tuple[int, int] | None:
    """Where the parser found no subject (it made "Nationen" the root of "Die Deutsche Welle berichtet
    in ihrer Nachricht von 50 teilnehmenden Nationen"): a phrase of nouns with a name that opens the
    sentence right before its main clause's finite verb, or a name right after that verb ("An die
    Adresse der Stabilitätswächter hatte | Steinbrück | Positives zu vermelden")."""
    finite = first_finite(sentence)
    if finite is None:
        return None
    doc = sentence.doc
    start, end = trim(doc, sentence.start, finite.i)
    words = doc[start:end]
    if words and end == finite.i and all(t.pos_ in NAME_PHRASE_POS for t in words) and any(is_name(t) for t in words):
        return start, end
    if finite.i + 1 < sentence.end and is_name(doc[finite.i + 1]):
        found = noun_phrase_after(doc, finite.i + 1, sentence)
        if found is not None and found[1] - found[0] <= MAX_ANNOUNCED_SPEAKER_WORDS \
                and all(is_name(t) for t in doc[found[0]:found[1]]):
            return found
    return None


def _nest(found: list[Candidate], doc: Doc, text: str) -> None:
    """A report inside another's content is nested in it ("Uschakow sagte, Putin habe …");
    a continuation shares the nesting of the report it continues; a "laut X" or "X zufolge"
    over a sentence whose verb reports someone else's words holds that report (not one whose
    message is a noun: "Nach Informationen des „Spiegel“ will das Kabinett | den Entwurf | noch im
    April beschließen"); a nested report ends before its holder's cue. Holders are looked up by
    position (a span index), not among all reports."""
    verbs: dict[int, list[Candidate]] = {}
    for c in found:
        if c.rule.startswith("verb"):
            verbs.setdefault(c.sentence, []).append(c)
    for candidate in found:
        if candidate.rule == "prep":
            inner = [c for c in verbs.get(candidate.sentence, []) if c is not candidate and _tells_a_clause(c, doc)]
            if inner:
                candidate.content = inner[0].content
                inner[0].nested_in = candidate
    contents = SpanIndex((c.content[0], c.content[1], c) for c in found)
    for candidate in found:
        if candidate.nested_in is not None:
            continue
        if candidate.follows is not None and candidate.rule == "continuation":
            candidate.nested_in = candidate.follows.nested_in
            continue
        length = candidate.content[1] - candidate.content[0]
        holders = [c for c in contents.containing(candidate.anchor, candidate.anchor + 1) if c is not candidate
                   and (c.content[1] - c.content[0]) > length and c.nested_in is not candidate]
        if holders:
            candidate.nested_in = min(holders, key=lambda c: c.content[1] - c.content[0])
            candidate.content = _before_holder_cue(candidate, candidate.nested_in, text)


def _before_holder_cue(candidate: Candidate, holder: Candidate, text: str) -> tuple[int, int]:
    """A nested report ends before the verb cue of the report that holds it: "Er gehe davon aus, dass
    die Verhandlungen … abgeschlossen werden|, sagte Lindner" (the dass-clause ran to the sentence
    end); not before a preposition cue, which stands inside what it holds ("dass nach technischer
    Analyse … eine Sperre erlassen wurde")."""
    start, end = candidate.content
    cues = [t.idx for t in holder.cue if start < t.idx < end and t.idx > candidate.anchor]
    if not cues or not holder.rule.startswith("verb"):
        return start, end
    end = min(cues)
    while end > start and (text[end - 1].isspace() or text[end - 1] in PUNCTUATION):
        end -= 1
    return (start, end) if end > start else candidate.content


def _tells_a_clause(candidate: Candidate, doc: Doc) -> bool:
    """The message holds a finite verb or a quotation mark: words, not a thing."""
    span = doc.char_span(*candidate.content, alignment_mode="expand")
    return span is not None and any(t.text in QUOTE_MARKS or "Fin" in t.morph.get("VerbForm") for t in span)


def _type(text: str, content: tuple[int, int], quotes: SpanIndex[Quote], parties: tuple[Source | None, ...]) -> str:
    """direct: the content is a quotation (a leading preposition aside: "mit „ernsten
    Konsequenzen“"); mixed: it holds quoted words; indirect: none. A title in quotation marks that
    names the source or listener is not quoted speech ("Die Bundesregierung plant einem Bericht
    des „Spiegel“ zufolge neue Schulden")."""
    inside = [q for q in quotes.overlapping(*content) if content[0] <= q.start and q.end <= content[1]
              and not any(p is not None and p.start <= q.start and q.end <= p.end for p in parties)]
    if not inside:
        return "indirect"
    widest = max(inside, key=lambda q: q.end - q.start)
    outside = (text[content[0]:max(content[0], widest.start)] + " "
               + text[min(content[1], widest.end):content[1]])
    words = [w for w in (w.strip(PUNCTUATION) for w in outside.split()) if w]
    if not words or len(words) == 1 and len(words[0]) <= 4 and words[0].islower():
        return "direct"
    return "mixed"


def _to_attributions(doc: Doc, text: str, found: list[Candidate], quotes: list[Quote]
                     ) -> list[tuple[Attribution, dict[str, float]]]:
    ids = {id(c): f"a{n}" for n, c in enumerate(found, start=1)}
    indexed = SpanIndex((q.start, q.end, q) for q in quotes)
    model = load_model()
    out = []
    for candidate in found:
        source = None
        if candidate.source is not None:
            source = _mention(doc, text, candidate.source, candidate.canonical, candidate.entity)
        addressee = None
        if candidate.addressee is not None:
            listener = candidate.addressee_referent
            addressee = _mention(doc, text, candidate.addressee, listener.canonical if listener else None,
                                 listener.entity if listener else None)
        cue = None
        if candidate.cue:
            parts = tuple(TextSpan.of(text, t.idx, t.idx + len(t.text))
                          for t in sorted(candidate.cue, key=lambda t: t.i))
            cue = Cue(text[parts[0].start:parts[-1].end], parts[0].start, parts[-1].end,
                      candidate.lemma, parts if len(parts) > 1 else ())
        evidence = features(candidate, doc)
        out.append((Attribution(
            id=ids[id(candidate)],
            type=_type(text, candidate.content, indexed, (source, addressee)),
            source=source,
            cue=cue,
            content=_content(text, candidate.content, (cue, source)),
            nested_in=ids.get(id(candidate.nested_in)) if candidate.nested_in is not None else None,
            stance=candidate.stance if candidate.cue else "neutral",
            addressee=addressee,
            confidence=model.score(evidence),
        ), evidence))
    return out


def _content(text: str, content: tuple[int, int], own: tuple[Cue | None, Source | None]) -> Content:
    """The message, and where the attribution's own cue and source stand inside it, the pieces
    around them ("Ein Tatverdacht bestehe | nach Angaben der Bundesanwaltschaft | nicht mehr", "Die
    Lage, | so der Minister, | sei ernst"): the message is without cue and source (``SCHEMA.md``).
    SpkAtt-2023 marks such a message so (news train: 207 gold messages have such a gap)."""
    start, end = content
    words = [w for w in own if w is not None]
    if words:
        gap = (min(w.start for w in words), max(w.end for w in words))
        mark = text[start:gap[0]].rstrip()[-1:]
        closing = text.find(mark, gap[1], end) if mark in ASIDE_MARKS else -1
        if closing > 0:
            gap = (gap[0], closing)  # "McCain, | so Obama weiter, | würde …"
        before = text[start:gap[0]].rstrip(PUNCTUATION + " \n")
        after = text[gap[1]:end].lstrip(PUNCTUATION + " \n")
        if start < gap[0] and gap[1] < end and before and after:
            return Content(text[start:end], start, end,
                           (TextSpan.of(text, start, start + len(before)), TextSpan.of(text, end - len(after), end)))
    return Content(text[start:end], start, end)


def _mention(doc: Doc, text: str, tokens: tuple[int, int], canonical: str | None, entity: str | None) -> Source:
    first, last = doc[tokens[0]], doc[tokens[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    return Source(text[start:end], start, end, canonical, entity)
