"""Scare quotes: short quoted fragments with which the outlet keeps its distance.

A quotation is a *fragment* when it is a term, not a statement or a name: at most
``MAX_WORDS`` words, no sentence punctuation, no finite verb, no first/second person, not a
name or title (see ``NOT_A_TERM``) and not a word mentioned as a word ("das Wort „X“").
A fragment is a scare quote when

1. a hedge or naming word stands right before it ("sogenannte „Experten“", "angeblich
   drohenden „Invasion“"), or
2. no attribution's content holds it, no reporting word governs it (on the parse, or a
   reporting verb in its clause) and its sentence is not reported speech by mood (German
   Konjunktiv): the outlet's own sentence puts the marks
   ("Spekulationen über „Invasion“" is governed by "Spekulationen", so rule 2 leaves it to
   rule 3), or
3. the same term (by stem) is a scare quote by rule 1 or 2 elsewhere in the article: the
   outlet keeps its distance from the term wherever it quotes it.

Otherwise the marks reproduce a speaker's words ("als „Falschinformation“ bezeichnet").
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Token

from wortlaut.framing.context import WORD, Context
from wortlaut.model import Marker
from wortlaut.nlp.quotes import QUOTE_MARKS, Quote
from wortlaut.nlp.syntax import ARGUMENT, mood_of_clause

MAX_WORDS = 4
GOVERNING_STEPS = 2  # fragment -> preposition/"als" -> cue
QUOTED = "[" + re.escape("".join(QUOTE_MARKS)) + "][^" + re.escape("".join(QUOTE_MARKS)) + "]*[" + re.escape("".join(QUOTE_MARKS)) + "]"
DOMAIN = re.compile(r"(?:^|\w)\.[a-z]{2,}\b|www\.")
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VBD", "VBZ", "VBP", "MD"})


def scare_quotes(ctx: Context) -> list[Marker]:
    fragments = [q for q in ctx.quotes if _fragment(ctx, q)]
    distanced = [q for q in fragments if _hedged(ctx, q) or _unattributed(ctx, q)]
    stems = {_stem(ctx, q) for q in distanced}
    chosen = [q for q in fragments if q in distanced or _stem(ctx, q) in stems]
    return [_marker(ctx, q) for q in chosen]


def _marker(ctx: Context, q: Quote) -> Marker:
    """``attributed_to``: whose term it is, when an attribution's content holds it."""
    holder = next(iter(ctx.holders(q.start, q.end)), None)
    return Marker("scare_quote", ctx.text[q.start:q.end], q.start, q.end, attributed_to=holder.speaker if holder else None,
                  attribution=holder.id if holder else None)


def _inner(ctx: Context, q: Quote) -> str:
    return ctx.text[q.inner_start:q.inner_end]


def _words(ctx: Context, q: Quote) -> list[str]:
    return WORD.findall(_inner(ctx, q))


def _fragment(ctx: Context, q: Quote) -> bool:
    return (q.closed and q.depth == 0 and ctx.reporting(q.start, q.end)
            and 0 < len(_words(ctx, q)) <= MAX_WORDS
            and not any(test(ctx, q) for test in NOT_A_TERM))


def _statement(ctx: Context, q: Quote) -> bool:
    """Sentence punctuation inside the marks; a closing period or comma does not count where
    the style puts it inside the quotation marks anyway (American English: “reform.”)."""
    inner = _inner(ctx, q)
    if ctx.lexicon.punctuation_inside_quotes:
        inner = inner.rstrip(".,")
    return bool(re.search(r"[.!?;:]\s*$|[.!?;]\s", inner))


def _speaker_words(ctx: Context, q: Quote) -> bool:
    return any(w.lower() in ctx.lexicon.speaker_words for w in _words(ctx, q))


def _finite_verb(ctx: Context, q: Quote) -> bool:
    """A clause: a finite verb with at least one more word (a lone verb, „demontierte“, is a
    word the outlet sets apart, not a statement)."""
    span = ctx.tokens(q.inner_start, q.inner_end)
    return ctx.tagged and span is not None and len(_words(ctx, q)) > 1 and any(
        t.tag_ in FINITE_TAGS or "Fin" in t.morph.get("VerbForm") for t in span)


def _name(ctx: Context, q: Quote) -> bool:
    """A name or title: an entity mention spanning it, camel case, a number or a domain in it
    ("iPod", "Do 228", "montagsdemo.net"), title case in English, a capitalised adjective in German ("Süddeutsche
    Zeitung"), or a proper noun as its head where the text is tagged."""
    words = _words(ctx, q)
    if ctx.in_entity(q.inner_start, q.inner_end) or _source(ctx, q):
        return True
    if any(re.search(r"\d|[a-zäöü][A-ZÄÖÜ]", w) for w in words) or DOMAIN.search(_inner(ctx, q)):
        return True
    content = [w for w in words if w.lower() not in ctx.lexicon.title_small_words]
    capitalised = [w for w in content if w[0].isupper()]
    if ctx.lexicon.nouns_capitalised:
        if len(words) > 1 and words[0][0].isupper() and _adjective(ctx, q, words):
            return True
        # an article marks a description ("Pitbull des Vatikans"), not a name ("Volksallianz für Demokratie")
        described = bool(ctx.lexicon.determiners & {w.lower() for w in words})
        if len(content) > 1 and len(capitalised) == len(content) and not described:
            return True
    elif content and len(capitalised) == len(content) and not _sentence_start(ctx, q):
        return True
    span = ctx.tokens(q.inner_start, q.inner_end)
    return ctx.tagged and span is not None and span.root.pos_ == "PROPN"


def _source(ctx: Context, q: Quote) -> bool:
    """The fragment names who speaks ("schreibt die „Computerwoche“", "laut „Spiegel“"): an
    attribution's source, the subject of a reporting verb, or after a reporting preposition."""
    if ctx.sources_overlapping(q.inner_start, q.inner_end):
        return True
    before = tuple(w.lower() for w in WORD.findall(ctx.text[max(0, q.start - 30):q.start]))
    if any(before[-len(p):] == p for p in ctx.cues.phrases):
        return True
    span = ctx.tokens(q.inner_start, q.inner_end)
    return ctx.parsed and span is not None and span.root.dep_.startswith("nsubj") and ctx.is_cue(span.root.head)


def _adjective(ctx: Context, q: Quote, words: list[str]) -> bool:
    span = ctx.tokens(q.inner_start, q.inner_end)
    if ctx.tagged and span is not None:
        return span[0].pos_ == "ADJ"
    return bool(re.search(r"(e|en|er|es|em)$", words[0])) and words[1][0].isupper()


def _sentence_start(ctx: Context, q: Quote) -> bool:
    before = ctx.text[:q.start].rstrip()
    return not before or before[-1] in ".!?:\n"


def _mention(ctx: Context, q: Quote) -> bool:
    """A word mentioned as a word or a name given: "das Wort „X“", "the slogan 'X'", "des Typs
    „X“", also as the head of a German compound ("Codenamen: „X“", "Schlagwort „X“")."""
    before = [w.lower() for w in WORD.findall(ctx.text[max(0, q.start - 40):q.start])[-2:]]
    nouns = ctx.lexicon.mention_nouns
    return any(w in nouns or ctx.lexicon.nouns_capitalised and any(len(n) >= 4 and w.endswith(n) for n in nouns)
               for w in before)


NOT_A_TERM: tuple[Callable[[Context, Quote], bool], ...] = (
    _statement, _speaker_words, _finite_verb, _name, _mention,
)


def _hedged(ctx: Context, q: Quote) -> bool:
    window_start = max(0, q.start - 60)
    window = ctx.text[window_start:q.start]
    return any(ctx.quote_after(window_start + m.end()) == q
               for pattern in (ctx.lexicon.hedges, ctx.lexicon.naming) for m in pattern.finditer(window))


def _unattributed(ctx: Context, q: Quote) -> bool:
    return not ctx.holders(q.start, q.end) and not _governed(ctx, q) and not _reported_mood(ctx, q)


def _reported_mood(ctx: Context, q: Quote) -> bool:
    """German reportage in Konjunktiv is someone's speech even where the attribution stage
    lost the speaker ("Eine „offene Frage“ sei der Grund."): the marks are not the outlet's.
    The mood comes from the morphology, or from the commonest Konjunktiv I forms (sei, habe,
    könne …) in the fragment's clause, which taggers often read as indicative."""
    span = ctx.tokens(q.inner_start, q.inner_end)
    if not ctx.grammar.speech_continues_by_mood or span is None:
        return False
    if any(t.lower_ in ctx.lexicon.reported_forms for t in _clause(ctx, q, span.start, span.end)):
        return True
    if not ctx.tagged:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return mood_of_clause(verb) == "Sub"


def _governed(ctx: Context, q: Quote) -> bool:
    """A reporting word governs the fragment ("als „X“ bezeichnen", "mit „X“ drohen"): on the
    parse, through argument relations; or, since a parse can miss it, a reporting verb
    stands in the fragment's clause (between the nearest punctuation marks or line breaks)."""
    span = ctx.tokens(q.inner_start, q.inner_end)
    if span is None:
        return False
    return (_cue_above(ctx, q, span.root) or _cue_in_clause(ctx, q, span.start, span.end)
            or _labelled(ctx, q, span.root))


def _cue_above(ctx: Context, q: Quote, token: Token) -> bool:
    if not ctx.parsed:
        return False
    for _ in range(GOVERNING_STEPS):
        if token.head == token or token.dep_ not in ARGUMENT:
            return False
        token = token.head
        if not q.start <= token.idx < q.end and ctx.is_cue(token):
            return True
    return False


def _labelled(ctx: Context, q: Quote, token: Token) -> bool:
    """A label given by a reporting verb anywhere in the sentence: "beschrieb die Mönche, unter
    Berufung auf …, als „aggressiv“", "described them as “reckless”"."""
    before = WORD.findall(_uncoordinated(ctx, ctx.text[max(0, q.start - 80):q.start]))[-2:]
    if not ctx.lemmatized or not any(w.lower() in ctx.lexicon.labelling for w in before):
        return False
    return any(t.pos_ == "VERB" and ctx.is_cue(t) for t in token.sent if not q.start <= t.idx < q.end)


def _uncoordinated(ctx: Context, before: str) -> str:
    """The text before a fragment without the quotations coordinated with it: "als „aggressiv“
    und „herausfordernd“" labels both."""
    words = "|".join(map(re.escape, ctx.lexicon.coordinators))
    pattern = re.compile(rf"{QUOTED}\s*(?:,|{words})\s*$")
    while (shorter := pattern.sub("", before)) != before:
        before = shorter
    return before


def _cue_in_clause(ctx: Context, q: Quote, start: int, end: int) -> bool:
    return ctx.lemmatized and any(t.pos_ == "VERB" and ctx.is_cue(t) for t in _clause(ctx, q, start, end))


def _clause(ctx: Context, q: Quote, start: int, end: int) -> list[Token]:
    """The tokens around the fragment up to the nearest punctuation marks or line breaks."""
    left = start
    while left > 0 and not _boundary(ctx.doc[left - 1]):
        left -= 1
    right = end
    while right < len(ctx.doc) and not _boundary(ctx.doc[right]):
        right += 1
    return [t for t in ctx.doc[left:right] if not q.start <= t.idx < q.end]


def _boundary(token: Token) -> bool:
    """Punctuation other than quotation marks, or a line break: the parser's sentence
    boundaries are not trusted here, since a broken split is what this check is for."""
    return token.is_punct and token.text not in QUOTE_MARKS or "\n" in token.text


def _stem(ctx: Context, q: Quote) -> str:
    words = [w for w in _words(ctx, q) if w[0].isalpha()]
    return ctx.lexicon.stem(words[-1].split("-")[-1]) if words else ""
