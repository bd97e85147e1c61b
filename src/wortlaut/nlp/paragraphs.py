"""Line breaks end sentences, and so do a dateline and a quotation closed after a full stop.

Headlines, credits and paragraphs are separate lines; a statistical sentence splitter may
run a headline into the lead. This component marks the first token after a line break as a
sentence start before the parser runs (the parser keeps boundaries already set). A dateline
that opens a paragraph ("RENO, Nev. (AP) — Donald Trump says …", "Berlin (dpa) – Die
Regierung …") is a sentence of its own: parsed with the lead, the place became its subject
and the speaker of what followed. A capitalised word after a quotation that ends with a full
stop starts a sentence ("„Der Bär ist außer Rand und Band.“ Der Abschuss soll laut Schnappauf
…": run together, "laut Schnappauf" took the quotation as its message), and so does a mark that only
opens („) before a capitalised word after a full stop; after "?" or "!" it
may be the speaker ("“Is it true?” Trump asked"), except where a report after its quotation
opens with the verb (``inverted_report_verb_first``: "„…?“ fragte er"), so that a capitalised
word opens a new sentence ("„Was spricht dagegen …?“ Greenpeace fordert …": run together, the
parser hung "Greenpeace" on the question and the demand lost its speaker). A paragraph's opening
quotation mark stays with the word after it, and no sentence starts right after a word or a comma
on the same line.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from wortlaut.nlp.grammar import Grammar, listed_word, load_grammar
from wortlaut.nlp.quotes import AMBIGUOUS, OPENING_ONLY_QUOTES, QUOTE_MARKS

NAME = "wortlaut_paragraphs"


# dashes that set off an aside ("said — on Twitter, as it happens — that …"); a lone "-" may be a hyphen the
# tokenizer split off ("non - partisan")
ASIDE_DASHES = frozenset({"—", "–"})
DASHES = ASIDE_DASHES | {"-", "--"}
DATELINE_WORDS = 10  # a dateline's most tokens before its dash: "WASHINGTON, Dec. 8 (UPI) —"
FULL_STOP = frozenset({"."})
SENTENCE_STOPS = frozenset({".", "?", "!"})
PLACE_WORDS = 2  # a place alone before a spaced dash: "Berlin - Die Union …", "Bad Homburg – Der …"
MAX_ABBREVIATION = 4  # letters of a word the tokenizer may not know as an abbreviation ("Brig.", "Sgt.", "dt.")
LOWER_ABBREVIATION = re.compile(r"(?<!\w)[^\W\d_A-ZÄÖÜ]{1,4}\. [^\W\d_A-ZÄÖÜ]")  # "dt. etwa"


def spaced_dash(token: Token) -> bool:
    """A dash with a space on both sides, which joins no words: "HEADING - Name", not "Jean-Pierre"."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


@Language.component(NAME)
def mark_paragraph_starts(doc: Doc) -> Doc:
    grammar = load_grammar(doc.lang_)
    _split_one_letter_names(doc, grammar)
    _join_abbreviations(doc)
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        lead = dateline_end(doc, start)
        if lead is not None:
            doc[lead].is_sent_start = True
        elif _opening_mark_before_word(doc, start):
            doc[start + 1].is_sent_start = False
    stops = quotation_stops(grammar)
    for token in doc[2:]:
        if _after_closed_quotation(token, stops) or _after_full_stop(token, grammar):
            token.is_sent_start = True
    _keep_sentences_whole(doc, grammar)
    return doc


def _after_full_stop(token: Token, grammar: Grammar) -> bool:
    """A capitalised word after a full stop of its own, which follows a word in lower case, one longer
    than an abbreviation or a name of one letter, starts a sentence: "… entschieden die Richter in
    Karlsruhe. | CSU-Chef Markus Söder sprach …" had been parsed as one sentence, and the judges' report
    took Söder's words; "wrote on X. | Healey, who …" (``_split_one_letter_names``). (The tokenizer keeps
    the period of the abbreviations it knows; "Brig. | Gen." is too short to be read so.)"""
    stop, word = token.nbor(-1), token.nbor(-2)
    opened = _opened_capital(token)
    return stop.text == "." and bool(stop.whitespace_) and (token.text[:1].isupper() or opened) and word.is_alpha \
        and (word.is_lower or len(word.text) > MAX_ABBREVIATION or word.text in grammar.one_letter_names)


def _opened_capital(mark: Token) -> bool:
    """A mark that only opens, glued to a capitalised word: "… übertragbar sei. | „Aber das Virus hat …“" (run
    together, the speaker's Konjunktiv sentence before took half the quotation). Not a mark that also
    closes: "… said. ''We run people …''" is parsed well, and split there, lost its pairing with the cue."""
    after = mark.nbor(1) if mark.i + 1 < len(mark.doc) else None
    return mark.text in OPENING_ONLY_QUOTES and not mark.whitespace_ \
        and after is not None and after.text[:1].isupper()


def _split_one_letter_names(doc: Doc, grammar: Grammar) -> None:
    """"wrote on X. Healey, who …": the tokenizer keeps "X." as an initial or a Roman ordinal, and the
    sentence ran on into the next; after a lower-case word or a noun naming a platform ("auf der Plattform
    X. | Niedersachsens …", ``platform_nouns``) and before a capitalised one, a name of one
    letter (``one_letter_names``) and its full stop are two tokens (the next word then starts a sentence:
    ``_after_full_stop``)."""
    names = {name + "." for name in grammar.one_letter_names}
    if not any(name in doc.text for name in names):
        return  # (most texts: no word of the doc is read)
    found = [t for t in doc[1:-1] if t.text in names and t.nbor(1).text[:1].isupper() and t.nbor(-1).is_alpha
             and (t.nbor(-1).is_lower or listed_word(t.nbor(-1).lower_, grammar.platform_nouns))]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for token in found:
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])


def _keep_sentences_whole(doc: Doc, grammar: Grammar) -> None:
    """Marks every token inside a sentence (``_inside_sentence``) that no rule above made a start as
    no start, in one array write: token by token, the setter cost 5 % of the pipeline's time."""
    if len(doc) < 2:
        return
    starts = doc.to_array([SENT_START]).astype("int64")
    numbered = grammar.number_abbreviations
    inside = numpy.fromiter((_inside_sentence(t, numbered) for t in doc[1:]), dtype=bool, count=len(doc) - 1)
    starts[1:][inside & (starts[1:] == 0)] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))


def _inside_sentence(token: Token, numbered: frozenset[str]) -> bool:
    """A word right after a word or a comma on the same line continues its sentence: the parser had
    ended sentences inside a noun phrase ("Manchester City manager | Pep Guardiola insisted …") and
    after a comma ("Guardiola, | however, declined …"), and the speaker lost its title or its verb; so
    does a numeral after an abbreviation of "number" (``number_abbreviations``: "the No. | 2 Republican"),
    and a word in lower case after an abbreviation ``_join_abbreviations`` made one word."""
    previous = token.nbor(-1)
    return not token.is_space and not previous.is_space and "\n" not in previous.whitespace_ \
        and (previous.is_alpha or previous.text == "," or abbreviated_number(previous, numbered)
             or token.is_lower and _lower_abbreviation(previous.text))


def _join_abbreviations(doc: Doc) -> None:
    """"Schimon Peres (Awoda, dt. | etwa Arbeiterpartei) bekräftigt, …": a word of at most
    ``MAX_ABBREVIATION`` letters in lower case, its full stop and a word in lower case after it (no
    sentence opens in lower case) make an abbreviation the tokenizer did not know; split from its stop,
    the parser ended the sentence there, and the speaker had been "Arbeiterpartei"."""
    if LOWER_ABBREVIATION.search(doc.text) is None:
        return  # (most texts: no token is read)
    found = [t for t in doc[:-2] if t.is_alpha and t.is_lower and len(t.text) <= MAX_ABBREVIATION
             and not t.whitespace_ and t.nbor(1).text == "." and t.nbor(1).whitespace_ == " "
             and t.nbor(2).is_lower and t.nbor(2).is_alpha]
    if found:
        with doc.retokenize() as retokenizer:
            for token in found:
                retokenizer.merge(doc[token.i: token.i + 2])


def _lower_abbreviation(text: str) -> bool:
    """A word in lower case with its full stop: "dt.", "rd." (``_join_abbreviations``)."""
    return len(text) > 1 and text[-1] == "." and text[:-1].isalpha() and text[:-1].islower()


def abbreviated_number(stop: Token, abbreviations: frozenset[str]) -> bool:
    """A full stop of an abbreviation of "number" (``number_abbreviations``) right before its numeral: "the
    No. | 2 Republican" (the English tokenizer splits the period off), which ends neither a sentence nor a
    phrase."""
    return stop.text == "." and 0 < stop.i < len(stop.doc) - 1 and stop.nbor(1).is_digit \
        and stop.nbor(-1).text in abbreviations


def _opening_mark_before_word(doc: Doc, start: int) -> bool:
    """A paragraph that opens with a quotation mark right before a word ('"This is a tragedy for our
    nation," President Zelensky wrote'): the parser made the lone mark a sentence of its own, so the
    quotation lost its opening mark and the reporting clause after it its speaker."""
    mark = doc[start]
    return mark.text in QUOTE_MARKS - AMBIGUOUS and not mark.whitespace_ and start + 1 < len(doc) \
        and not doc[start + 1].is_space


def quotation_stops(grammar: Grammar) -> frozenset[str]:
    """The marks that, last inside a quotation, end its sentence: a full stop; also "?" and "!"
    where a report after its quotation opens with the verb ("„…?“ fragte er"), so that a
    capitalised word after them opens a new sentence."""
    return SENTENCE_STOPS if grammar.inverted_report_verb_first else FULL_STOP


def _after_closed_quotation(token: Token, stops: frozenset[str]) -> bool:
    """A capitalised word, or a quotation mark that opens one, after a quotation closed by a stop: 'said
    the administration had "no strategy." | "We're going to lose this war," said …' (parsed as one
    sentence, the second quotation had become the first speaker's)."""
    mark, stop = token.nbor(-1), token.nbor(-2)
    word = token.nbor(1) if token.text in QUOTE_MARKS - AMBIGUOUS and not token.whitespace_ \
        and token.i + 1 < len(token.doc) else token
    return stop.text in stops and not stop.whitespace_ and mark.text in QUOTE_MARKS - AMBIGUOUS \
        and bool(mark.whitespace_) and word.is_alpha and word.text[:1].isupper()


def dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after the dateline that opens a paragraph at ``start``: capitalised
    words (a place, its region) with a bracketed agency, or a place in capitals, or one or two
    capitalised words alone, and a spaced dash before a capital ("Berlin - Die Union …"; "ISIS —
    the terror group — said" is no dateline)."""
    agency = capitals = False
    for token in doc[start: start + DATELINE_WORDS + 1]:
        if token.text in DASHES:
            after = token.i + 1
            if token.i == start or after >= len(doc) or doc[after].is_space:
                return None
            place = token.i - start <= PLACE_WORDS and all(t.is_title for t in doc[start: token.i]) \
                and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_) \
                and not any(t.text in DASHES for t in doc[after: after + DATELINE_WORDS])  # ("X – … – sagte")
            return after if agency or (capitals or place) and doc[after].text[:1].isupper() else None
        if token.text == "(":
            agency = agency or _agency(doc, token.i + 1)
        elif token.is_upper and token.is_alpha and len(token) > 1:
            capitals = True
        elif not (token.is_title or token.is_upper or token.is_digit or token.text in {",", ".", ")", "/"}
                  or token.text.endswith(".") or agency):
            return None
    return None


def _agency(doc: Doc, start: int) -> bool:
    """"(AP)", "(dpa)", "(dpa/AFP)": short words, slashes between, then the closing bracket."""
    for token in doc[start: start + 4]:
        if token.text == ")":
            return token.i > start
        if not (token.is_alpha and len(token) <= 8 or token.text == "/"):
            return False
    return False
