"""Rules that turn a cue in a parsed sentence into a candidate attribution.

Each kind of cue has its rule, chosen from a registry by the cue's part of speech and
frame (see ``lexicons/README.md``): verbs of saying take a clause or a quotation, object
verbs ("kritisieren", "warnen vor") a noun phrase, deny verbs what they reject,
prepositions ("laut", "zufolge", "according to") and the reportage "…, so Putin." the
clause around them, and utterance nouns ("Zusammenfassung", "statement") a clause or a
quotation introduced by a colon.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from spacy.tokens import Doc, Span, Token

from wortlaut.attribution.candidates import Candidate
from wortlaut.attribution.lexicon import CueEntry, CueLexicon, Grammar
from wortlaut.attribution.quotes import Quote
from wortlaut.attribution.syntax import (
    AGENT, CLAUSAL, OBJECTS, QUOTE_MARKS, children, is_finite_verb, mood_of_clause, particle_of, phrase,
    subject_of, trim,
)

NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP", "CCONJ", "X"}
MIN_QUOTE_WORDS = 3


@dataclass
class SentenceContext:
    """What a rule may look at besides the sentence itself."""

    doc: Doc
    sentence: Span
    lexicon: CueLexicon
    grammar: Grammar
    quotes: list[Quote]
    text: str  # doc.text, which spaCy rebuilds on every access


# ---------------------------------------------------------------- cue detection

def verb_cue(token: Token, ctx: SentenceContext) -> tuple[CueEntry, list[Token]] | None:
    """The lexicon entry of a verb cue and its words (verb, particle, fixed parts)."""
    if token.pos_ not in {"VERB", "AUX"} and not (
            "Fin" in token.morph.get("VerbForm") and token.pos_ in {"ADJ", "NOUN", "ADV"}
            or token.is_alpha and token.is_lower and token.pos_ in {"PUNCT", "X", "SYM"}):
        return None  # the morphology may know a verb the tagger missed ("wies" as ADJ)
    lemmas = _lemma_candidates(token, ctx)
    multiword = [entry for lemma in lemmas for entry in ctx.lexicon.multiword_verbs.get(lemma, ())]
    if multiword:
        clause = [t for t in ctx.sentence if t.head == token or t.head.head == token]
        for entry in multiword:
            parts = _find_words(entry.words[:-1], clause)
            if parts is not None:
                return entry, sorted([token, *parts], key=lambda t: t.i)
    parsed = particle_of(token)
    particle = parsed or _clause_final_particle(token, ctx)
    for lemma in lemmas:
        if particle is not None:
            for prefix in _particle_prefixes(particle.lower_, ctx.grammar):
                entry = ctx.lexicon.verb(prefix + lemma) or ctx.lexicon.verb(f"{lemma} {prefix}")
                if entry is not None:
                    return entry, [token, particle]
    if parsed is not None or particle is not None and particle.lower_ in ctx.grammar.particles:
        return None  # "fand … statt" is not "finden": a particle makes another verb
    for lemma in lemmas:
        entry = ctx.lexicon.verb(lemma)
        if entry is not None:
            return entry, [token]
    return None


def _lemma_candidates(token: Token, ctx: SentenceContext) -> list[str]:
    """The pipeline's lemma first, then guesses from the form for verbs it did not learn."""
    found = [token.lemma_.lower()]
    if ctx.grammar.verb_endings:
        form = token.lower_
        stems = {form[: -len(s)] for s in ctx.grammar.verb_endings if form.endswith(s) and len(form) - len(s) >= 3}
        stems |= {s[2:] for s in stems if s.startswith("ge") and len(s) > 5}
        found += [s + ending for s in sorted(stems) for ending in ("en", "n")]
    return found


def _particle_prefixes(word: str, grammar: Grammar) -> list[str]:
    """A separated particle, also when fused with a pronominal adverb ("daraufhin" → "hin")."""
    return [word] + [p for p in grammar.particles if word.endswith(p) and word != p]


def _clause_final_particle(verb: Token, ctx: SentenceContext) -> Token | None:
    """The last word before the clause ends, when it may be a separated particle."""
    for token in ctx.doc[verb.i + 1: ctx.sentence.end]:
        if token.is_punct and token.text in ",.;:!?" or token.is_space:
            previous = ctx.doc[token.i - 1]
            if previous.i > verb.i and previous.pos_ in {"ADP", "ADV", "PART", "ADJ"}:
                return previous
            return None
    return None


def _find_words(words: tuple[str, ...], clause: list[Token]) -> list[Token] | None:
    found = []
    for word in words:
        match = next((t for t in clause if t.lemma_.lower() == word or t.lower_.endswith(word)), None)
        if match is None:
            return None
        found.append(match)
    return found


# ---------------------------------------------------------------- content finders

def colon_quote(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"X betonte:" followed by a quotation, in the same or the next paragraph."""
    last = _last_word(ctx.sentence)
    if last is None or last.text != ":" or last.i < verb.i:
        return None
    text = ctx.text
    at = last.idx + 1
    while at < len(text) and text[at].isspace():
        at += 1
    quote = next((q for q in ctx.quotes if q.start == at and q.depth == 0), None)
    return (quote.start, quote.end) if quote else None


def adjacent_quote(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A quotation next to the cue: „…“, sagte X / X sagte: „…“ / X said, "…". Adjacency is
    read on the text, so a sentence splitter that cut at the quotation does no harm."""
    quotes = [q for q in ctx.quotes if q.depth == 0 and not (q.start <= verb.idx < q.end)
              and q.words(ctx.text) >= MIN_QUOTE_WORDS]
    before = [q for q in quotes if q.end <= verb.idx
              and _only_punct_between(ctx.text, q.end, _subject_start(verb, q.end))]
    if before:
        return before[-1].start, before[-1].end
    after = [q for q in quotes if q.start > verb.idx
             and _introduces(ctx.text[verb.idx + len(verb.text):q.start])]
    if after:
        return after[0].start, after[0].end
    return None


def _introduces(between: str) -> bool:
    """'said: "…"', 'told reporters, "…"': a short stretch ending in a colon or comma. A longer
    one means the quotation is a fragment inside a reported clause (mixed speech)."""
    stripped = between.strip()
    return not stripped or stripped[-1] in ":," and len(stripped.split()) <= 3


def _subject_start(verb: Token, after: int) -> int:
    """Where the cue's clause starts after a quotation: "…," she said / "…," the minister said."""
    subject = subject_of(verb)
    if subject is None:
        return verb.idx
    words = [t.idx for t in subject.subtree if not (t.is_punct or t.is_space)]
    first = min(words) if words else verb.idx
    return first if after <= first < verb.idx else verb.idx


def _only_punct_between(text: str, start: int, end: int) -> bool:
    return all(ch in " ,\u00a0–-" for ch in text[start:end])


def report_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Wie X mitteilte, …" / "As X said, …": the rest of the sentence is the message."""
    marker = next((c for c in verb.children if c.dep_ in {"mark", "cp"}
                   and c.lower_ in ctx.grammar.report_markers), None)
    first = next((t for t in ctx.sentence if not (t.is_punct or t.is_space)), None)
    comma = next((t for t in ctx.doc[verb.i: ctx.sentence.end] if t.text == ","), None)
    if marker is None and first is not None and first.lower_ in ctx.grammar.report_markers \
            and comma is not None and first.i < verb.i:
        marker = first
    if marker is None:
        return None
    clause_end = comma.i if comma is not None else max(t.i for t in verb.subtree) + 1
    start, end = trim(ctx.doc, clause_end, ctx.sentence.end)
    if end - start < 2:
        start, end = trim(ctx.doc, ctx.sentence.start, marker.i)
    return _chars(ctx.doc, start, end) if end - start >= 2 else None


def clausal_complement(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A dass/that-clause, zu-infinitive or reported clause the parser attached to the cue."""
    for child in children(verb, CLAUSAL):
        first = min(t.i for t in child.subtree)
        if any(is_finite_verb(t) and t.morph.get("Mood") and t.head.i not in {child.i, verb.i}
               and t.i != child.i for t in ctx.doc[verb.i + 1: first]):
            continue  # another clause stands between: "räumte ein, es könnten …, sprach aber …"
        if child.i < verb.i and (child.dep_ == "parataxis" or not _comma_before(verb, ctx)):
            continue  # before the cue only as "…, sagte X"
        if any(c.dep_ in {"cc", "cd"} for c in child.children) or \
                any(t.pos_ == "CCONJ" for t in ctx.doc[verb.i + 1: first]):
            continue  # a coordinated clause ("…, sondern … genannt") is not the message
        start, end = phrase(child, ctx.sentence, cut_relative=False)
        end = _before_sentential_relative(ctx, start, end)
        if end - start >= 2:
            return _chars(ctx.doc, start, end)
    return None


def _comma_before(verb: Token, ctx: SentenceContext) -> bool:
    previous = _previous_word(ctx.doc, verb.i, ctx.sentence.start)
    return previous is not None and previous.text in {",", "–"}


def _before_sentential_relative(ctx: SentenceContext, start: int, end: int) -> int:
    """Cut ", was Moskau als Falschinformation bezeichnete": a comment on the message."""
    for token in ctx.doc[start + 1: end - 1]:
        if token.text == "," and ctx.doc[token.i + 1].lower_ in ctx.grammar.sentential_relatives:
            return trim(ctx.doc, start, token.i)[1]
    return end


def complementizer_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The parser missed it: the first "dass"/"that" after the cue opens the message, as does
    a wh-word right after a comma ("erklärte, warum …")."""
    previous = verb
    for token in ctx.doc[verb.i + 1: ctx.sentence.end]:
        opens = token.lower_ in ctx.grammar.declarative_complementizers and token.pos_ in {"SCONJ", "ADP", "PRON", "DET"}
        opens = opens or token.lower_ in ctx.grammar.complementizers and previous.text == ","
        if opens:
            start, end = trim(ctx.doc, token.i, ctx.sentence.end)
            end = _before_sentential_relative(ctx, start, end)
            return _chars(ctx.doc, start, end) if end - start >= 3 else None
        if token.pos_ == "VERB" or is_finite_verb(token) and token.dep_ not in {"aux", "cop"} \
                or verb_cue(token, ctx) is not None:
            return None  # another clause begins: "sagte, Putin habe erklärt, dass …"
        previous = token
    return None


def comma_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """German reported clause after a comma: "Die USA behaupten, Russland bereite … vor, …";
    in the indicative too when the comma closes the cue's clause ("hatte berichtet, 200
    Mitarbeiter sollen entlassen werden"). It ends before a sentential relative or a
    coordinated clause with its own finite verb ("…, sprach aber …")."""
    if not ctx.grammar.speech_continues_by_mood:
        return None
    tokens = list(ctx.doc[verb.i + 1: ctx.sentence.end])
    comma = next((t for t in tokens if t.text == ","), None)
    if comma is None or comma.i + 1 >= ctx.sentence.end or ctx.doc[comma.i + 1].pos_ == "CCONJ":
        return None  # "…, sondern …" coordinates; it does not report
    end = ctx.sentence.end
    for token in ctx.doc[comma.i + 2: ctx.sentence.end]:
        following = ctx.doc[token.i + 1] if token.i + 1 < ctx.sentence.end else None
        if token.text == "," and following is not None and (
                following.lower_ in ctx.grammar.clause_stoppers or is_finite_verb(following)
                and following.pos_ == "VERB"):
            end = token.i
            break
    clause = ctx.doc[comma.i + 1: end]
    closes_cue = all(t.i == comma.i or t.dep_ in {"compound:prt", "svp"} or t.is_space
                     for t in ctx.doc[verb.i + 1: comma.i + 1])
    subjunctive = any(t.pos_ in {"VERB", "AUX"} and "Sub" in t.morph.get("Mood") for t in clause)
    finite = any(is_finite_verb(t) and t.morph.get("Mood") for t in clause[:8])
    if not (subjunctive or closes_cue and finite and clause[0].pos_ in {"NUM", "DET", "NOUN", "PROPN", "PRON"}):
        return None
    start, stop = trim(ctx.doc, comma.i + 1, end)
    return _chars(ctx.doc, start, stop) if stop - start >= 3 else None


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
    for token in ctx.doc[first + 1: ctx.sentence.end]:
        if token.text in {",", ";", ":"} and token.i + 1 < ctx.sentence.end and (
                ctx.doc[token.i + 1].lower_ in ctx.grammar.clause_stoppers or token.text != ","):
            end = token.i
            break
    start, stop = trim(ctx.doc, first, end)
    clause = list(ctx.doc[start:stop])
    if len(clause) < 3 or clause[0].pos_ not in {"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"}:
        return None
    subject_at = next((i for i, t in enumerate(clause) if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    finite_at = next((i for i, t in enumerate(clause) if is_finite_verb(t) and t.morph.get("Mood")), None)
    if subject_at is None or finite_at is None or finite_at <= subject_at:
        return None
    return _chars(ctx.doc, start, stop)


def inverted_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"…, sagte er." / "…, teilte das Ministerium mit." / "…, the minister said.": the message
    precedes the cue (and, in English, its subject)."""
    subject = subject_of(verb)
    before = verb.i
    if subject is not None and subject.i < verb.i:
        before = min(t.i for t in subject.subtree if not (t.is_punct or t.is_space))
    previous = _previous_word(ctx.doc, before, ctx.sentence.start)
    if previous is None or previous.text not in {",", "–", "-"}:
        return None
    start, end = trim(ctx.doc, ctx.sentence.start, previous.i)
    return _chars(ctx.doc, start, end) if end - start >= 3 else None


def predicative_phrase(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"bezeichnete X als „Falschinformation“", "als unrealistisch bezeichnet": what the
    source calls it, between "als" and the verb, or from "als" to the end of the clause."""
    doc, sentence = ctx.doc, ctx.sentence
    i = verb.i - 1
    while i > sentence.start and doc[i].text not in {",", ";", ":"}:
        if doc[i].lower_ in ctx.grammar.predicative:
            start, end = trim(doc, i + 1, verb.i)
            return _chars(doc, start, end) if end > start else None
        i -= 1
    for j in range(verb.i + 1, sentence.end):
        if doc[j].is_punct and doc[j].text not in QUOTE_MARKS:
            return None
        if doc[j].lower_ in ctx.grammar.predicative:
            end = j + 1
            while end < sentence.end and not (doc[end].is_punct and doc[end].text not in QUOTE_MARKS):
                end += 1
            if end - 1 > j and doc[end - 1].pos_ in {"ADP", "ADV", "PART"} and doc[end - 1].dep_ in {"compound:prt", "svp"}:
                end -= 1
            start, stop = trim(doc, j + 1, end)
            return _chars(doc, start, stop) if stop > start else None
    return None


def object_phrase(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The message of an object cue: its prepositional object when it has one ("warnte X vor
    einem Einmarsch", "drohen Russland mit Konsequenzen" — then the noun object is the
    addressee), else its objects ("kritisierte den Austritt")."""
    subject = subject_of(verb)
    objects, prepositional, weak = [], [], []
    for child in children(verb, OBJECTS):
        if subject is not None and child.i == subject.i or child.is_punct:
            continue
        first = min(child.subtree, key=lambda t: t.i).lower_
        span = phrase(child, ctx.sentence, cut_relative=False)
        if _is_time(child, ctx) or span[0] == ctx.sentence.start and child.i < verb.i:
            continue  # "Vor einigen Monaten stellten … fest": a fronted or time phrase is no message
        if child.dep_ not in {"obl", "mo", "prep", "pobj", "obl:arg"}:
            objects.append(span)
        elif first in ctx.grammar.frame_prepositions and first not in ctx.grammar.predicative:
            prepositional.append(span)
        elif first in ctx.grammar.weak_frame_prepositions:
            weak.append(span)
    picked = prepositional or objects or weak
    if not picked:
        return _middle_field_message(verb, ctx)
    start, end = min(p[0] for p in picked), max(p[1] for p in picked)
    if start <= verb.i < end:
        start = verb.i + 1
    return _chars(ctx.doc, *trim(ctx.doc, start, end)) if end > start else None


def _middle_field_message(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The parse lost the objects of a clause-final cue ("hat X … vor einem Einmarsch
    gewarnt"): the prepositional phrase before the verb carries the message."""
    after = ctx.doc[verb.i + 1] if verb.i + 1 < ctx.sentence.end else None
    if after is not None and not (after.is_punct or after.is_space):
        return None
    finite = _finite_of(verb, ctx)
    start = finite.i + 1 if finite is not None and finite.i < verb.i else ctx.sentence.start
    for token in ctx.doc[start: verb.i]:
        if token.lower_ in ctx.grammar.frame_prepositions and token.lower_ not in ctx.grammar.predicative \
                and not _is_time(token.head, ctx):
            first, end = trim(ctx.doc, token.i, verb.i)
            return _chars(ctx.doc, first, end) if end - first >= 2 else None
    return None


def denied_phrase(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """What a deny cue rejects: its objects with the verdict ("wies die Warnungen als haltlos
    zurück"), or, when the parse lost them, the words between cue and particle."""
    subject = subject_of(verb)
    picked = [phrase(c, ctx.sentence, cut_relative=False) for c in children(verb, OBJECTS)
              if not c.is_punct and (subject is None or c.i != subject.i)]
    if picked:
        start, end = min(p[0] for p in picked), max(p[1] for p in picked)
        start = max(start, verb.i + 1) if start <= verb.i < end else start
        return _chars(ctx.doc, *trim(ctx.doc, start, end)) if end > start else None
    particle = _clause_final_particle(verb, ctx)
    if particle is None:
        return None
    source = verb_source(verb, ctx)
    start = source[1] if source is not None and source[0] == verb.i + 1 else verb.i + 1
    start, end = trim(ctx.doc, start, particle.i)
    return _chars(ctx.doc, start, end) if end - start >= 2 else None


ContentFinder = Callable[[Token, SentenceContext], "tuple[int, int] | None"]

FRAME_FINDERS: dict[str, tuple[ContentFinder, ...]] = {
    "say": (colon_quote, adjacent_quote, report_clause, complementizer_clause, clausal_complement,
            comma_clause, inverted_clause, bare_clause, object_phrase),
    "object": (colon_quote, adjacent_quote, report_clause, predicative_phrase, clausal_complement,
               object_phrase, complementizer_clause),
    "deny": (colon_quote, report_clause, denied_phrase, clausal_complement, complementizer_clause),
}


# ---------------------------------------------------------------- sources

def verb_source(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """Who speaks: the subject, unless the parse gave one that cannot be a subject (inside a
    prepositional phrase, or marked accusative/dative); then the nominative phrase of the
    clause."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in ctx.grammar.expletives:
        return _utterance_owner(verb, ctx)  # "In einer Mitteilung der Stadt heißt es, …"
    if subject is not None and "Rel" in subject.morph.get("PronType"):
        if verb.dep_ in {"acl:relcl", "acl", "relcl", "rc"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            return source_phrase(verb.head, ctx)  # "Putin, der sagte, …"
        subject = None  # "…, was Moskau bezeichnete": not the source
    if subject is not None:
        found = source_phrase(subject, ctx, verb)
        if ctx.doc[found[0]].pos_ not in {"ADP", "SCONJ"} and not _oblique(subject) \
                and not _in_later_clause(verb, subject, ctx) and _agrees(verb, subject, ctx):
            return found
    if verb.dep_ in {"advcl", "xcomp"} and verb.head is not verb and verb.head.pos_ in {"VERB", "AUX"} \
            and not set(verb.morph.get("VerbForm")) & {"Fin"} and subject is None:
        return verb_source(verb.head, ctx)  # "he told lawmakers, adding that …"
    nominative = _nominative(verb, ctx)
    if nominative is not None:
        return source_phrase(nominative, ctx, verb)
    return _preverbal_subject(verb, ctx) or _inverted_subject(verb, ctx) or _agent(verb, ctx)


def _agrees(verb: Token, subject: Token, ctx: SentenceContext) -> bool:
    """A subject agrees with its finite verb in number ("USA drohen Russland": not Russland)."""
    if not ctx.grammar.subject_agreement:
        return True
    finite = _finite_of(verb, ctx)
    verb_number = set(finite.morph.get("Number")) if finite is not None else set()
    subject_number = set(subject.morph.get("Number"))
    return not (verb_number and subject_number) or bool(verb_number & subject_number)


def _in_later_clause(verb: Token, subject: Token, ctx: SentenceContext) -> bool:
    """"aufgerufen, …, da das Militär …": a subject behind a comma after the verb belongs to
    another clause."""
    return subject.i > verb.i and any(t.text == "," for t in ctx.doc[verb.i + 1: subject.i])


def _utterance_owner(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"In einer Mitteilung der Stadt heißt es", "hieß es aus der Fraktion": the owner of the
    utterance noun, or the phrase the words came from."""
    for child in verb.children:
        if child.dep_ not in {"obl", "mo", "nmod", "prep"}:
            continue
        if ctx.lexicon.noun(child.lemma_) or ctx.lexicon.noun(child.text):
            return _noun_owner(child, ctx, through_verb=False)
        first = min(child.subtree, key=lambda t: t.i)
        if first.lower_ in ctx.grammar.origin_prepositions:
            return _without_preposition(phrase(child, ctx.sentence), ctx)
    return None


def _oblique(token: Token) -> bool:
    """Marked accusative or dative by its article (names carry no reliable case)."""
    article = next((c for c in token.children if c.dep_ == "det" and c.pos_ == "DET"), None)
    cases = set(article.morph.get("Case")) if article is not None else set()
    return bool(cases) and "Nom" not in cases


def _nominative(verb: Token, ctx: SentenceContext) -> Token | None:
    """The parser missed the subject: take the nearest noun in the nominative that heads its
    phrase ("Am Donnerstag hatte Biden …", "was Moskau … bezeichnete")."""
    clause = {verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "aux:pass", "cop"}}
    found = []
    for token in ctx.sentence:
        if token.pos_ not in {"NOUN", "PROPN"} or token.head.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
            continue
        if any(c.dep_ == "case" for c in token.children) or token.lower_ in ctx.grammar.time_nouns:
            continue
        cases = set(token.morph.get("Case"))
        if cases and "Nom" not in cases or not cases and token.pos_ != "PROPN":
            continue
        if (token.head.i in clause or token.i in clause) and not _in_later_clause(verb, token, ctx):
            found.append(token)
    if found:
        return min(found, key=lambda t: abs(t.i - verb.i))
    return _clause_initial_name(verb, ctx)


def _preverbal_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"USA drohen Russland …": a name opening the clause right before the finite verb is its
    subject (the parser may even have split the sentence after it)."""
    finite = _finite_of(verb, ctx)
    if finite is None or finite.i == 0:
        return None
    doc = ctx.doc
    end = finite.i
    start = end
    while start > 0 and doc[start - 1].pos_ in {"PROPN", "DET"} and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    opening = start == 0 or doc[start - 1].is_space or doc[start - 1].text in {"–", ":", "-"}
    if start == end or not opening or doc[end - 1].pos_ != "PROPN":
        return None
    return start, end


def _finite_of(verb: Token, ctx: SentenceContext) -> Token | None:
    """The finite verb of the cue's clause: the cue itself, or the auxiliary before it."""
    if "Fin" in verb.morph.get("VerbForm"):
        return verb
    return next((t for t in ctx.doc[ctx.sentence.start: verb.i] if t.pos_ == "AUX"
                 and "Fin" in t.morph.get("VerbForm")), None)


def _inverted_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Am Samstag wies Russlands Botschaft … zurück", "In dem Telefonat hat Joe Biden …
    gewarnt": after a fronted phrase the subject follows the finite verb."""
    finite = _finite_of(verb, ctx)
    if finite is None or finite.i == ctx.sentence.start:
        return None
    span = noun_phrase_after(ctx.doc, finite.i + 1, ctx.sentence)
    if span is None or ctx.doc[span[0]].pos_ not in {"DET", "PROPN", "NOUN"}:
        return None
    return span


def _clause_initial_name(verb: Token, ctx: SentenceContext) -> Token | None:
    """In a verb-final clause ("…, was Moskau wiederholt als … bezeichnete") the name right
    after the clause's first word is its subject."""
    start = verb.i
    while start > ctx.sentence.start and ctx.doc[start - 1].text != ",":
        start -= 1
    if start + 1 < verb.i and ctx.doc[start].pos_ in {"PRON", "SCONJ"} and ctx.doc[start + 1].pos_ == "PROPN":
        return ctx.doc[start + 1]
    if start < verb.i and ctx.doc[start].pos_ == "PROPN":  # "…, Putin habe erklärt, …"
        end = start
        while end < verb.i and ctx.doc[end].pos_ == "PROPN":
            end += 1
        if end == verb.i or ctx.doc[end].pos_ == "AUX" and "Fin" in ctx.doc[end].morph.get("VerbForm"):
            return ctx.doc[start]
    return None


def _agent(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The agent of a passive: "wurde von der Polizei mitgeteilt", "was said by the police".
    Parsers often hang "von X" on the auxiliary, so its children count too."""
    heads = {verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "aux:pass", "auxpass"}}
    for agent in children(verb, AGENT):
        return _without_preposition(phrase(agent, ctx.sentence), ctx)
    for token in ctx.sentence:
        if token.lower_ in ctx.grammar.agent_prepositions and token.head.head.i in heads \
                and token.head.i != token.i:
            return _without_preposition(phrase(token.head, ctx.sentence), ctx)
    return None


def _without_preposition(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int] | None:
    start, end = span
    if ctx.doc[start].pos_ == "ADP":
        start += 1
    return (start, end) if end > start else None


def source_phrase(token: Token, ctx: SentenceContext, verb: Token | None = None) -> tuple[int, int]:
    """A source's noun phrase without what parsers hang on it: a leading "wie", a trailing
    time phrase ("die Ministerin am Montag"), a prepositional phrase on a name ("Moskau von
    Washington"), what follows a name ("Biden | in der Ukraine lebende US-Bürger"); with the
    name that closes it when the parser cut it off ("Der Berater des Präsidenten | Juri
    Uschakow sagte"), and quotation marks only in pairs („Süddeutsche Zeitung“)."""
    doc = ctx.doc
    start, end = phrase(token, ctx.sentence)
    for child in token.children:
        if child.i > token.i and child.dep_ in {"nmod", "obl", "prep", "mo"} and (
                _is_time(child, ctx) or token.pos_ == "PROPN" and
                min(child.subtree, key=lambda t: t.i).pos_ == "ADP"):
            end = min(end, min(t.i for t in child.subtree))
    if _is_name(token):
        run_end = token.i + 1
        while run_end < end and (_is_name(doc[run_end]) or doc[run_end].text in QUOTE_MARKS
                                 or doc[run_end].text == "-" and run_end + 1 < end and _is_name(doc[run_end + 1])):
            run_end += 1  # "Karine Jean-Pierre"
        end = run_end
    if verb is not None and end <= verb.i:
        while end < verb.i and doc[end].pos_ == "PROPN":
            end += 1
    stop = next((t.i for t in doc[token.i + 1: end] if t.pos_ in {"PART", "ADV", "VERB", "AUX"}), end)
    end = trim(doc, start, stop)[1] if stop < end else end
    while start < end - 1 and doc[start].pos_ in {"SCONJ", "CCONJ", "ADV", "PART"}:
        start += 1
    return _paired_marks(doc, start, end, ctx.sentence.end)


def _paired_marks(doc: Doc, start: int, end: int, limit: int) -> tuple[int, int]:
    marks = sum(1 for t in doc[start:end] if t.text in QUOTE_MARKS)
    if marks % 2 == 0:
        return start, end
    if end < limit and doc[end].text in QUOTE_MARKS:
        return start, end + 1
    if doc[start].text in QUOTE_MARKS and start + 1 < end:
        return start + 1, end
    if doc[end - 1].text in QUOTE_MARKS and end - 1 > start:
        return start, end - 1
    return start, end


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in {"PER", "ORG", "LOC", "PERSON", "GPE"}


def _is_time(token: Token, ctx: SentenceContext) -> bool:
    return token.ent_type_ in {"DATE", "TIME"} or any(
        token.lower_.endswith(word) for word in ctx.grammar.time_nouns)


def noun_phrase_after(doc: Doc, start: int, sentence: Span) -> tuple[int, int] | None:
    """The noun phrase that begins at token ``start`` (a fallback when the parse is poor)."""
    end = start
    while end < sentence.end and doc[end].pos_ in NP_POS and doc[end].text not in {",", "."}:
        if doc[end].pos_ == "ADP" and end > start and doc[end - 1].pos_ not in {"NOUN", "PROPN"}:
            break
        if doc[end].pos_ in {"DET", "PRON"} and end > start and doc[end - 1].pos_ in {"NOUN", "PROPN"} \
                and ("Gen" not in doc[end].morph.get("Case") or "Yes" in doc[end].morph.get("Poss")):
            break  # "Russlands Botschaft in den USA | die US-Warnungen"
        end += 1
    start, end = trim(doc, start, end)
    return (start, end) if end > start else None


# ---------------------------------------------------------------- rules by cue kind

def verb_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    found = verb_cue(token, ctx)
    if found is None:
        return []
    entry, cue = found
    for finder in FRAME_FINDERS.get(entry.frame, FRAME_FINDERS["say"]):
        content = finder(token, ctx)
        if content is not None and not _overlaps_tokens(content, cue):
            break
    else:
        return []
    passive = _passive(token, ctx)
    source = _agent(token, ctx) if passive else verb_source(token, ctx)
    if source is None and passive:
        return []  # "In den USA werde Alarmismus verbreitet": no one is reported here
    content = _within_quote(content, token, ctx)
    if source is not None and ctx.doc[source[0]].idx <= content[0] < ctx.doc[source[1] - 1].idx + 1:
        after = trim(ctx.doc, source[1], ctx.doc.char_span(content[0], content[1], alignment_mode="expand").end)
        if after[1] - after[0] < 1:
            return []
        content = _chars(ctx.doc, *after)
    return [Candidate(content, cue, entry.lemma, entry.stance, source, rule=f"verb:{entry.frame}",
                      sentence=ctx.sentence.start_char)]


def _passive(verb: Token, ctx: SentenceContext) -> bool:
    """Passive voice: its subject is what was said, not who said it. Read on the surface (a
    participle with a form of "werden"/"be" before it in its clause): parsers label passive
    subjects where there is no passive."""
    if "Part" not in verb.morph.get("VerbForm"):
        return any(c.dep_ in {"aux:pass", "auxpass"} and c.lemma_.lower() in ctx.grammar.passive_auxiliaries
                   for c in verb.children)
    start = verb.i
    while start > verb.sent.start and verb.doc[start - 1].text != ",":
        start -= 1
    return any(t.lemma_.lower() in ctx.grammar.passive_auxiliaries and t.pos_ == "AUX"
               for t in verb.doc[start: verb.i])


def _within_quote(content: tuple[int, int], cue: Token, ctx: SentenceContext) -> tuple[int, int]:
    """A report inside a quotation ends where the quotation ends."""
    around = [q for q in ctx.quotes if q.start < cue.idx < q.end]
    if not around:
        return content
    inner = min(around, key=lambda q: q.end - q.start)
    start, end = max(content[0], inner.inner_start), min(content[1], inner.inner_end)
    return (start, end) if end > start else content


def noun_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    entry = ctx.lexicon.noun(token.lemma_) or ctx.lexicon.noun(token.text)
    if entry is None:
        return []
    content = colon_quote(token, ctx) or _noun_clause(token, ctx)
    if content is None:
        return []
    cue = [token]
    source = _noun_owner(token, ctx)
    if source is None and token.head is not token and token.head.pos_ in {"VERB", "AUX"}:
        source = verb_source(token.head, ctx)
        if source is not None:
            cue = [token.head, token]
    return [Candidate(content, cue, entry.lemma, entry.stance, source, rule="noun",
                      sentence=ctx.sentence.start_char)]


def _noun_clause(noun: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    for child in noun.children:
        first = min(child.subtree, key=lambda t: t.i)
        if child.i > noun.i and first.lower_ in ctx.grammar.declarative_complementizers and first.pos_ == "SCONJ":
            # "claims that circulate online" is a relative clause, not what was claimed
            start, end = phrase(child, ctx.sentence, cut_relative=False)
            return _chars(ctx.doc, start, end)
    return None


def _noun_owner(noun: Token, ctx: SentenceContext, through_verb: bool = True) -> tuple[int, int] | None:
    """"die Erklärung des Ministeriums", "seine Zusammenfassung", "a statement by X"."""
    for child in noun.children:
        possessive = child.dep_ in {"nmod:poss", "det:poss", "poss"} or \
            child.pos_ == "DET" and "Yes" in child.morph.get("Poss")
        if child.i < noun.i and possessive:
            governor = noun.head if through_verb and noun.head.pos_ in {"VERB", "AUX"} else None
            owner = verb_source(governor, ctx) if governor is not None else None
            return owner or (child.i, child.i + 1)  # "Das Weiße Haus veröffentlichte seine …"
    for child in noun.children:
        if child.i > noun.i and child.dep_ in {"nmod", "ag", "pg", "prep", "obl"} and \
                any(t.pos_ == "PROPN" or t.ent_type_ for t in child.subtree):
            start, end = phrase(child, ctx.sentence)
            if ctx.doc[start].pos_ == "ADP":
                start += 1
            return start, end
    return None


def prep_rule(token: Token, ctx: SentenceContext) -> list[Candidate]:
    """"laut X", "X zufolge", "nach Angaben X", "according to X", ", so X.", "reportedly"."""
    nouns = ctx.lexicon.noun_prepositions.get(token.lower_)
    if nouns is not None and token.pos_ == "ADP":
        return _noun_preposition_rule(token, nouns, ctx)
    words = ctx.doc[token.i: ctx.sentence.end]
    for key, entry in ctx.lexicon.phrases.items():
        if len(key) > len(words) or tuple(t.lower_ for t in words[: len(key)]) != key:
            continue
        cue = list(words[: len(key)])
        if key == ("so",):
            return _so_rule(token, entry, ctx)
        if entry.pos == "ADV":
            return _adverb_rule(cue, entry, ctx)
        return _preposition_rule(cue, entry, ctx)
    return []


def _noun_preposition_rule(token: Token, nouns: dict[str, CueEntry], ctx: SentenceContext) -> list[Candidate]:
    """"nach Angaben der Polizei", "nach eigenen Angaben", "seiner Meinung nach",
    "nach Polizeiangaben": the preposition is a cue when its noun is one of the lexicon's."""
    doc, sentence = ctx.doc, ctx.sentence
    after = noun_phrase_after(doc, token.i + 1, sentence)
    if after is not None:
        entry = _info_noun(doc[after[0]: after[1]], nouns)
        if entry is not None:
            return [replace(c, speaker=_owner_after_noun(doc, after)) for c in _around(token, after, entry, ctx)]
    start = token.i
    while start > sentence.start and doc[start - 1].pos_ in {"DET", "ADJ", "NOUN", "PRON"}:
        start -= 1
    if start < token.i:
        entry = _info_noun(doc[start: token.i], nouns)
        if entry is not None:
            return _around(token, (start, token.i), entry, ctx)
    return []


def _owner_after_noun(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """"Angaben der Polizei" names the police: the phrase after the first noun."""
    noun = next((t.i for t in doc[span[0]: span[1]] if t.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None or noun + 1 >= span[1]:
        return None
    start = noun + 1
    if doc[start].pos_ == "ADP":
        start += 1
    return (start, span[1]) if start < span[1] else None


def _info_noun(words: Span, nouns: dict[str, CueEntry]) -> CueEntry | None:
    """The first noun of the phrase, also as the last part of a compound ("Polizeiangaben")."""
    noun = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None:
        return None
    lower = noun.lower_
    return next((entry for word, entry in nouns.items() if lower == word or
                 len(lower) > len(word) + 2 and lower.endswith(word)), None)


def _around(cue: Token, source: tuple[int, int], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    """The message of a sentence-level cue: the larger part of the sentence beside it."""
    doc, sentence = ctx.doc, ctx.sentence
    before = trim(doc, sentence.start, min(source[0], cue.i))
    after = trim(doc, max(source[1], cue.i + 1), sentence.end)
    start, end = after if after[1] - after[0] >= before[1] - before[0] else before
    if end - start < 3:
        return []
    return [Candidate(_chars(doc, start, end), [cue], entry.lemma, entry.stance, source, rule="prep",
                      sentence=sentence.start_char)]


def _so_rule(token: Token, entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    previous = _previous_word(ctx.doc, token.i, ctx.sentence.start)
    if previous is None or previous.text != ",":
        return []
    rest = [t for t in ctx.doc[token.i + 1: ctx.sentence.end] if not (t.is_punct or t.is_space)]
    if not rest or any(t.pos_ in {"VERB", "AUX"} for t in rest) or \
            not any(t.pos_ in {"NOUN", "PROPN"} for t in rest):
        return []
    source = trim(ctx.doc, token.i + 1, ctx.sentence.end)
    start, end = trim(ctx.doc, ctx.sentence.start, previous.i)
    if end - start < 3:
        return []
    return [Candidate(_chars(ctx.doc, start, end), [token], entry.lemma, entry.stance, source, rule="so",
                      sentence=ctx.sentence.start_char)]


def _adverb_rule(cue: list[Token], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    start, end = trim(ctx.doc, ctx.sentence.start, ctx.sentence.end)
    return [Candidate(_chars(ctx.doc, start, end), cue, entry.lemma, entry.stance, None, rule="adverb",
                      sentence=ctx.sentence.start_char)]


def _preposition_rule(cue: list[Token], entry: CueEntry, ctx: SentenceContext) -> list[Candidate]:
    doc, sentence = ctx.doc, ctx.sentence
    first, last = cue[0], cue[-1]
    if len(cue) == 1 and first.pos_ not in {"ADP", "ADV", "PART"}:
        return []
    if first.lower_ in ctx.grammar.postpositions:  # "ihm zufolge", "dem Bericht zufolge"
        start = first.i
        while start > sentence.start and doc[start - 1].pos_ in NP_POS - {"ADP", "CCONJ"}:
            start -= 1
        source = (start, first.i) if start < first.i else None
    else:
        source = noun_phrase_after(doc, last.i + 1, sentence)
    if source is None:
        return []
    return _around(first, source, entry, ctx) if len(cue) == 1 else [
        replace(c, cue=cue) for c in _around(first, source, entry, ctx)]


RULES: tuple[Callable[[Token, SentenceContext], list[Candidate]], ...] = (verb_rule, noun_rule, prep_rule)


def candidates_in(ctx: SentenceContext) -> list[Candidate]:
    found: list[Candidate] = []
    for token in ctx.sentence:
        for rule in RULES:
            made = rule(token, ctx)
            if made:
                found.extend(made)
                break
    return found


# ---------------------------------------------------------------- small helpers

def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _overlaps_tokens(content: tuple[int, int], tokens: list[Token]) -> bool:
    return any(content[0] <= t.idx < content[1] for t in tokens)


def _last_word(sentence: Span) -> Token | None:
    for token in reversed(sentence):
        if not token.is_space:
            return token
    return None


def _previous_word(doc: Doc, i: int, floor: int) -> Token | None:
    j = i - 1
    while j >= floor and doc[j].is_space:
        j -= 1
    return doc[j] if j >= floor else None


def clause_mood(sentence: Span) -> str | None:
    """The mood of the sentence's main clause; when the parse hung the auxiliary elsewhere,
    the first finite verb of a sentence that does not open with a subordinate clause."""
    mood = mood_of_clause(sentence.root)
    if mood is not None:
        return mood
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None or first.pos_ == "SCONJ":
        return None
    finite = next((t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.morph.get("Mood")), None)
    return finite.morph.get("Mood")[0] if finite is not None else None
