"""Sources: who speaks for a verb cue (its subject, the nominative the parser missed, the
agent of a passive, the owner of "heißt es" utterances) or owns an utterance noun, and the
noun phrase that names them."""
from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from wortlaut.attribution.context import SentenceContext
from wortlaut.attribution.tokens import previous_word
from wortlaut.nlp.entities import PERSON_LABELS, PLACE_LABELS, TIME_LABELS
from wortlaut.nlp.grammar import Grammar, is_time_word, listed_word, load_grammar, participle_on_object, verb_lemmas
from wortlaut.nlp.names import SENTENCE_ENDS
from wortlaut.nlp.paragraphs import ASIDE_DASHES, DASHES, abbreviated_number
from wortlaut.nlp.quotes import CLOSING_QUOTES, OPENING_ONLY_QUOTES, QUOTE_MARKS, Quote
from wortlaut.nlp.syntax import (ADJUNCT, ADVERBIAL, AGENT, ANY_AUX, APPOSITION, ATTRIBUTIVE, AUX, CASELESS_ARGUMENT,
                                 CASE_MARKER, CLAUSAL, COMPOUND, CONJUNCT, COORDINATOR, COPULA, DATIVE_OBJECT,
                                 DEPENDENT_VERB, DETERMINER, DIRECT_OBJECT, EXPLETIVE, FINITE_HELPER, MARKER,
                                 NAME_CONTINUATION, NOMINAL, OBJECTS, OBLIQUE, OWNER, PARTICLE, PASSIVE_AUX,
                                 PASSIVE_SUBJECT, POSSESSIVE, PREDICATIVE, REDUCED_RELATIVE, RELATIVE, SUBJECT, VERBAL,
                                 agrees_in_number, children, clause_dependents, first_word, inner_hyphen, is_finite_verb,
                                 is_gerund, is_quantity_word, particle_of, phrase, subject_of, trim, verb_group)
from wortlaut.nlp.titles import NamingFacts, naming_facts

MAX_TAIL_NAME = 7  # words of a name between a quotation and its cue ("former State policy planning director
# Anne-Marie Slaughter"; a word split at its hyphens counts once)
MAX_APPOSED_NAME = 4  # words of a name in apposition ("Hans-Jürgen Papier")
MAX_DESCRIPTION_WORDS = 8  # words of a description set off before a name ("Iran's foreign minister, …")
MAX_RELATIVE_SPEAKER_WORDS = 5  # words of a speaker inside a relative clause ("which | the state's top court | said")
MAX_APPOSITION_WORDS = 12  # words of a description set off after a name ("the Republican National Committeeman from …")
MAX_BRACKETED = 4  # words of an aside in brackets after a name ("Klaus Wowereit (SPD)")
MAX_GOVERNORS = 3  # verbs above a gerund searched for its speaker
MAX_QUANTITY_WORDS = 5  # "Less than a third": the words of a share that speaks
QUANTITY_POS = frozenset({"ADV", "ADJ", "DET", "ADP", "NUM"})  # the parts of speech of such words
APOSTROPHES = frozenset("’'")  # the marks that also stand inside a word
MAX_QUOTED_NAME = 4  # words of a title in quotation marks inside a phrase ("des „Wall Street Journal“")
NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP", "CCONJ", "X"}
NAME_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})  # the words of a name's phrase
SET_OFF = ASIDE_DASHES | {","}  # marks that set off an aside: "insiders in two states — Iowa — said"
PHRASE_OPENING_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})  # what a noun phrase may open with
PLACE_OR_BODY_LABELS = PLACE_LABELS | {"ORG"}

CLAUSE_OPENERS = frozenset({",", "–", "-", ":", ";"})  # punctuation a clause may follow


def verb_source(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """Who speaks: the subject, unless the parse gave one that cannot be a subject (inside a
    prepositional phrase, or marked accusative/dative); then the nominative phrase of the
    clause. A report set inside the clause it tells has its speaker after the first comma ("Die
    Verhandlungen, heißt es in Berlin, seien gescheitert": no one), and a participle on an object
    names none ("arrested a Canadian citizen | suspected | of links …")."""
    if _asked(verb, ctx) or participle_on_object(verb, ctx.grammar):
        return None
    relative = relative_report_speaker(verb, ctx)
    if relative is not None:
        return relative
    commas = interposed_commas(verb, ctx)
    found = _subject_source(verb, commas, ctx)
    if found is not None and commas is not None and found[0] < commas[0].i:
        return None
    joined = _verb_joined_before(verb, ctx) if found is None else None
    if joined is not None:
        return verb_source(joined, ctx)
    return _without_opening_phrase(found, ctx) if found is not None else None


def _verb_joined_before(verb: Token, ctx: SentenceContext) -> Token | None:
    """The verb before it whose speaker a verb without a speaker of its own shares as its conjunct: "Trump,
    in a series of posts, lashed out at … | and insisted that …"; where the parser joined it to the verb of a
    clause a verb of saying reports, that verb of saying ("Defense attorneys argued that their client had
    followed his training | and said they would appeal"; not in the subjunctive, which goes on with the
    reported words)."""
    head = verb.head
    if verb.dep_ not in CONJUNCT or head.pos_ not in VERBAL or head.i > verb.i \
            or ctx.grammar.subject_precedes_verb and not _right_after_joint(verb):
        return None
    reporting = head.head
    if head.dep_ in CLAUSAL and reporting.i < head.i and ctx.lexicon.verb(reporting.lemma_.lower()) is not None \
            and "Sub" not in verb.morph.get("Mood"):
        return reporting
    return head


def _right_after_joint(verb: Token) -> bool:
    """Only adverbs stand between the conjunction or comma that joins the verb and the verb (not a subject
    the parser lost: "Valeant was spurned, and | Allergan | then agreed to …"), where the subject precedes
    the verb (a German verb comes last in a joined clause: "hatte Koch-Mehrin gesagt und | auf die
    Beurteilung … | verwiesen")."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV":
        before -= 1
    return verb.doc[before].pos_ == "CCONJ" or verb.doc[before].text == ","


def _without_opening_phrase(found: tuple[int, int], ctx: SentenceContext) -> tuple[int, int] | None:
    """A source never opens with a phrase of its clause: a prepositional one ends at its comma ("At one
    point, | a woman", "In December, | the prince"), and one without a comma names no speaker ("In her
    statement", "With his campaign", "Of Carson": none), unless the preposition's noun qualifies a noun of
    the source ("At least | half of voters") or the phrase names a passive's agent ("by"); a subordinator goes,
    also one the tagger took for a preposition ("As | the Washington Post"), and so does the preposition of
    people a relative clause describes ("For | many who lived through the Cold War era, …"). For languages
    whose subject precedes the verb."""
    doc, first = ctx.doc, ctx.doc[found[0]]
    if not ctx.grammar.subject_precedes_verb:
        return found  # (where a phrase of any kind may precede the verb, the finders pass over it)
    if first.pos_ == "SCONJ" and first.dep_ in MARKER and found[1] - found[0] > 1:
        return found[0] + 1, found[1]
    if first.pos_ != "ADP" or not _opens_with_preposition(found, ctx):
        return found
    commas = [t.i for t in doc[found[0]: found[1] - 1] if t.text == ","]
    if commas:
        return commas[-1] + 1, found[1]
    noun = first.head
    if first.lower_ in ctx.grammar.report_markers or noun.dep_ in SUBJECT \
            or any(c.dep_ in RELATIVE for c in noun.children):
        return found[0] + 1, found[1]  # "As" taken for a preposition; "For | many who lived through …"
    inside = found[0] <= noun.head.i < found[1] and noun.head.i > noun.i
    return found if inside or first.lower_ in ctx.grammar.agent_prepositions else None


def relative_report_speaker(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The speaker of a report inside a relative clause whose pronoun is the reported clause's subject,
    set before the speaker: "policies, which | he | said had harmed the economy", "what | many analysts |
    said was a sign of …" (a language whose reported clause may go without a conjunction:
    ``bare_complement_clauses``). The parser mostly loses this verb of saying, as an auxiliary, a
    subject or a relative clause of the pronoun, so the words decide: a noun phrase of a few words
    between the pronoun and the verb, a finite verb right after it."""
    doc, sentence = ctx.doc, ctx.sentence
    if not ctx.grammar.bare_complement_clauses or verb.i + 1 >= sentence.end or not is_finite_verb(doc[verb.i + 1]) \
            or "Fin" not in verb.morph.get("VerbForm"):
        return None
    start = verb.i
    while start > max(sentence.start, verb.i - MAX_RELATIVE_SPEAKER_WORDS) \
            and doc[start - 1].pos_ in NAME_PHRASE_POS | {"PRON", "NUM"} \
            and not _wh_pronoun(doc[start - 1]):
        start -= 1
    pronoun = doc[start - 1] if start > sentence.start else None
    if pronoun is None or start == verb.i or pronoun.pos_ not in {"PRON", "DET"} \
            or not _wh_pronoun(pronoun):
        return None  # (not an adverb: "when a dozen states held contests")
    return start, verb.i


def _asked(verb: Token, ctx: SentenceContext) -> bool:
    """"Asked about the criticism, | Jen Psaki told reporters …": a participle with no auxiliary that
    opens the sentence is passive, and the subject after it was asked, it did not ask (PolNeAR
    train, 300 articles: 14 such "Asked" without a source, 3 headlines with one)."""
    first = ctx.doc[trim(ctx.doc, ctx.sentence.start, ctx.sentence.end)[0]]
    return first == verb and "Part" in verb.morph.get("VerbForm") and not is_gerund(verb) \
        and not any(c.dep_ in FINITE_HELPER for c in verb.children)  # (not "Angekündigt | hat das der Minister")


def _subject_source(verb: Token, commas: tuple[Token, Token] | None, ctx: SentenceContext) -> tuple[int, int] | None:
    subject = _past_word_part(subject_of(verb), verb)
    if subject is not None and subject.head != verb and (_joined_to_quoted_verb(verb, ctx)
                                                         or _joined_to_reported_verb(verb, ctx)):
        subject = None  # the subject of the quoted or reported words is not the one who goes on
    marked = _marker_clause_subject(verb, ctx)
    if marked is not None and (subject is None or subject.i < marked[0]):
        return marked  # "…, wie Burt Rutan, Chef der Firma …, mitteilte": not the subject of the clause before
    if subject is None and _active_despite_label(verb, ctx):
        subject = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT), None)
    if subject is None:  # "said it expects revenue to fall": "it" parsed as an expletive of an active cue
        subject = next((c for c in verb.children if c.dep_ in EXPLETIVE and c.i < verb.i
                        and _referential(c, verb, ctx)), None)
    polled = _noun_of_participle_before_agent(subject, ctx) if subject is not None else None
    if polled is not None:
        return polled  # "Economists polled by | Reuters | had forecast …": Reuters only polled them
    if subject is not None and subject.pos_ in VERBAL and is_gerund(subject):
        subject = None  # "Speaking on CNN's …, Sen. Lindsey Graham said": a clause the parser made the subject
    if subject is not None and "Art" in subject.morph.get("PronType") and not any(subject.children) \
            and subject.lower_ not in ctx.grammar.anaphoric_demonstratives:  # (not "Das lehnte Abhisit ab")
        opened = noun_phrase_after(ctx.doc, subject.i, ctx.sentence)  # an article made the subject: the phrase
        if opened is not None and opened[1] - opened[0] > 1 and not opened[0] < verb.i < opened[1]:
            return opened  # it opens ("Die | New York Times behauptete"; "So sagte | der | … Koordinator …")
        subject = None
    if subject is not None:
        subject = person_after_opening_word(subject, verb, ctx.grammar, ctx.sentence) \
            or _subject_after_opening_word(subject, verb, ctx) \
            or subject
    fronted_listener = subject is not None and subject.i < verb.i and feminine_oblique(subject, ctx)
    if subject is not None and _listener_in_form(subject, ctx):
        subject = next((c for c in children(verb, SUBJECT) if c != subject), None)
    if subject is not None and in_clause_before(verb, subject, ctx):
        subject = None  # "Das sei … vereinbar, erklärte Fraktionschefin Katharina Dröge": "Das" is of the message
    if subject is not None and _quoted_before(subject, verb, ctx):
        subject = next((c for c in children(verb, SUBJECT) if c.i > verb.i), subject)
    if subject is not None and commas is not None and subject.i < commas[0].i:
        # "Die Lage, sagte der Minister, …": the subject after the verb speaks
        subject = next((c for c in children(verb, SUBJECT) if c.i > verb.i), None)
        between = _phrase_after_opening_comma(commas[0], verb, ctx) if subject is None else None
        if between is not None:
            return between
    if subject is not None and subject == opening_anaphor(verb, ctx):
        # "Das erklärte gestern ein Sprecher …": "Das" is what was said; "Das sagte er …": "er" speaks
        subject = next((c for c in children(verb, SUBJECT) if c.i > verb.i), None)
    if subject is not None and subject.lower_ in ctx.grammar.expletives and not _referential(subject, verb, ctx) \
            and not _counted(subject):
        return utterance_owner(verb, ctx) or _document(verb, ctx)  # "In einer Mitteilung der Stadt heißt es, …"
    if subject is not None and "Rel" in subject.morph.get("PronType"):
        if subject.head == verb and relative_antecedent(subject, ctx) is not None:
            return subject.i, subject.i + 1  # "Putin, der sagte, …": the pronoun, which stands for Putin
        subject = None  # "…, was Moskau bezeichnete": not the source; nor one of a clause before the verb's own
    disagrees = subject is not None and not _agrees(verb, subject, ctx)
    if subject is not None:
        found = _without_conjunction(_after_opening_adjunct(source_phrase(subject, ctx, verb), subject, ctx),
                                     subject, ctx)
        titled = _title_before_apposed_name(verb, subject, found, ctx)
        if titled is not None:
            return titled
        partner = _coordinated_subject(found, verb, ctx)
        if partner is not None:
            other = source_phrase(partner, ctx, verb)
            return min(found[0], other[0]), max(found[1], other[1])
        if not _opens_with_preposition(found, ctx) and not (marked_oblique(subject)
                                                            and not _sole_subject_before(subject, verb, ctx)) \
                and not (subject.i > verb.i and oblique_by_gender(subject, ctx) and not fronted_listener) \
                and not _is_time_word(subject, ctx) \
                and not _in_later_clause(verb, subject, ctx) and not disagrees:
            return found
    if disagrees:
        shared = _subject_of_verb_joined_before(verb, ctx)
        if shared is not None:
            return source_phrase(shared, ctx, verb.head)
    described = _name_before_description(verb, ctx) if subject is None else None
    if described is not None:
        return described
    controller = _controlling_subject(verb, ctx) if subject is None else None
    if controller is not None:
        return source_phrase(controller, ctx, verb.head)
    if _shares_head_subject(verb) and subject is None and not _subordinate(verb.head, ctx):
        if verb.head.lemma_.lower() in ctx.grammar.quoting_verbs:  # "quoted a spokesman as saying that …"
            return quoted_speaker(verb.head, is_passive(verb.head, ctx), ctx) or verb_source(verb.head, ctx)
        return _governing_source(_reporting_verb(verb.head, ctx), ctx)  # "he told lawmakers, adding that …"
    if subject is None:
        pronoun = _relative_subject_of_conjunct(verb, ctx)
        if pronoun is not None:
            return pronoun.i, pronoun.i + 1  # "Sanders, | who | endorsed Canova … and said he would …"
        named = name_after_quote(verb) or _modified_noun(verb, ctx) or _noun_with_adjective_made_clause(verb, ctx) \
            or _noun_of_reporting_participle(verb, ctx) \
            or _quoted_name_after_marker(verb, ctx) or _web_address_after_marker(verb, ctx) \
            or _subject_of_predicative(verb, ctx)
        if named is not None:
            return named
        coordinated = _verb_before_conjunction(verb, ctx)
        if coordinated is not None:
            return source_phrase(subject_of(coordinated), ctx, coordinated)
        main = _main_clause_made_complement(verb, ctx) or _clause_before_made_complement(verb, ctx)
        speaker = subject_of(main) if main is not None else None
        if speaker is not None:
            return source_phrase(speaker, ctx, main)
        interposed = _interposed_clause_subject(verb)
        if interposed is not None:
            return source_phrase(interposed, ctx, verb)
        main = _main_clause_verb(verb, ctx)
        if main is not None:
            return verb_source(main, ctx)
    sole = object_for_subject(verb, ctx)
    if sole is not None:
        return source_phrase(sole, ctx, verb)
    nominative = _nominative(verb, ctx)
    if nominative is not None:
        return source_phrase(nominative, ctx, verb)
    return _auxiliary_subject(verb, ctx) or _subject_of_head_made_copula(verb, ctx) \
        or _subject_before_aside(verb, ctx) or _preverbal_subject(verb, ctx) \
        or _opening_quantity(verb, ctx) or _share_source(verb) or _opening_subject(verb, ctx) \
        or _inverted_subject(verb, ctx) \
        or _set_off_opening_subject(verb, ctx) or passive_agent(verb, ctx) \
        or utterance_owner(verb, ctx)  # "Dies geht aus einer Mitteilung des Konzerns hervor"


def opening_participle(verb: Token, ctx: SentenceContext) -> bool:
    """The cue is a participle that opens the sentence, alone or after its auxiliary ("Promising
    that …", "Having announced that …")."""
    first = ctx.doc[trim(ctx.doc, ctx.sentence.start, ctx.sentence.end)[0]]
    return "Part" in verb.morph.get("VerbForm") and (first == verb or first.head == verb and first.dep_ in ANY_AUX)


def _main_clause_made_complement(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Having announced that he would not send me to prison, | Judge Berman proceeded …": the parser
    made the opening participle the root and the main clause its complement after a comma; the main
    clause's subject speaks."""
    if verb.dep_ != "ROOT" or not opening_participle(verb, ctx):
        return None
    return next((c for c in children(verb, CLAUSAL) if c.i > verb.i and ctx.doc[c.left_edge.i - 1].text == ","), None)


def _clause_before_made_complement(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Kasich jokingly offered the man a job as Secretary of Defense, | then says he'll welcome
    advice": the parser made the main clause before the comma the complement of the finite verb
    after it, which shares its subject. Only for a verb with its own reported clause after it and no
    quotation before (not "“We will win,” said | Trump", a speaker the parser missed), where the
    subject stands before its verb (``subject_precedes_verb``)."""
    doc = ctx.doc
    if not ctx.grammar.subject_precedes_verb or "Fin" not in verb.morph.get("VerbForm") \
            or not any(c.i > verb.i for c in children(verb, CLAUSAL)) \
            or any(t.text in QUOTE_MARKS for t in doc[ctx.sentence.start: verb.i]):
        return None
    for clause in children(verb, CLAUSAL):
        between = doc[clause.right_edge.i + 1: verb.i]
        subject = subject_of(clause) if clause.i < verb.i else None
        if subject is not None and subject.i < clause.i and len(between) and between[0].text == "," \
                and all(t.is_punct or t.pos_ in {"ADV", "CCONJ"} for t in between) \
                and not any(c.dep_ in MARKER for c in clause.children):
            return clause
    return None


def _relative_subject_of_conjunct(verb: Token, ctx: SentenceContext) -> Token | None:
    """The relative pronoun that is the subject of the relative clause a verb is joined to, which it
    shares: "Sanders, who endorsed Canova in late May and | said | he would probably campaign with him"."""
    if verb.dep_ not in CONJUNCT or verb.head.dep_ not in RELATIVE or "Fin" not in verb.morph.get("VerbForm") \
            or not any(c.dep_ in COORDINATOR for c in verb.children):
        return None  # (not the main verb after the clause's comma: "A second official, who spoke …, | confirmed")
    pronoun = subject_of(verb.head)
    if pronoun is None or "Rel" not in pronoun.morph.get("PronType") or relative_antecedent(pronoun, ctx) is None:
        return None
    return pronoun


def _joined_to_quoted_verb(verb: Token, ctx: SentenceContext) -> bool:
    """'Johnson said the president "has the authority to act today" | and accused him of playing
    politics': a verb the parser joined to a verb inside a quotation closed before it goes on with the
    sentence outside the quotation."""
    head = verb.head
    return verb.dep_ in CONJUNCT and head.i < verb.i and any(
        q.start < head.idx < q.end <= verb.idx for q in ctx.quotes)


def _joined_to_reported_verb(verb: Token, ctx: SentenceContext) -> bool:
    """"said sirens had sounded at 3 a.m. but | conceded | that …": a verb of saying with a clause of its
    own, which the parser joined to the verb of a clause another verb of saying reports, goes on with
    that verb's speaker (not in the subjunctive, which goes on with the reported words: "sagte, die
    Regierung plane Kürzungen und | fordere | …")."""
    head = verb.head
    return verb.dep_ in CONJUNCT and head.i < verb.i and head.dep_ in CLAUSAL and head.head.i < head.i \
        and ctx.lexicon.verb(head.head.lemma_.lower()) is not None and "Sub" not in verb.morph.get("Mood") \
        and any(c.dep_ in CLAUSAL and c.i > verb.i for c in verb.children)


def _verb_before_conjunction(verb: Token, ctx: SentenceContext) -> Token | None:
    """The verb that a verb without a subject is joined to by the conjunction before it, which the
    parser did not join them: "The Federal Reserve held rates steady | but | signaled it could cut …"
    ("signaled" hung on the clause it reports); the nearest finite verb with a subject before the
    conjunction, with no other clause opening between, and not one inside a quotation closed before the
    conjunction ('Johnson said the president "has the authority to act today" | and accused him …')."""
    conjunction = next((c for c in verb.children if c.dep_ in COORDINATOR and c.i < verb.i), None)
    if conjunction is None:
        return None
    for word in reversed(ctx.doc[ctx.sentence.start: conjunction.i]):
        if any(q.start < word.idx < q.end <= conjunction.idx for q in ctx.quotes):
            continue
        if word.dep_ in MARKER or "Rel" in word.morph.get("PronType"):
            return None
        subject = subject_of(word) if is_finite_verb(word) and word.pos_ == "VERB" else None
        if subject is not None and subject.i < word.i:
            return word if word.dep_ not in RELATIVE else None  # (not "…, that | needs …": a relative clause's)
    return None


def _noun_with_adjective_made_clause(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Officials familiar with the discussions, | who spoke on condition of anonymity, | said …": the
    parser made the adjective after the subject a clause of its own, the verb's complement, with the
    subject as its subject; the noun with its adjective's phrase, up to the comma, speaks (where the
    subject stands before its verb, ``subject_precedes_verb``)."""
    doc = ctx.doc
    if not ctx.grammar.subject_precedes_verb:
        return None
    for adjective in children(verb, CLAUSAL):
        subject = subject_of(adjective)
        if adjective.pos_ != "ADJ" or adjective.i > verb.i or subject is None or subject.i != adjective.i - 1 \
                or any(c.dep_ in COPULA | MARKER for c in adjective.children) \
                or not all(t.is_punct or t.is_space for t in doc[ctx.sentence.start: subject.left_edge.i]):
            continue  # (opening the sentence: not "Paul Huntley, | a Sanders | delegate …", a noun tagged ADJ)
        end = next((t.i for t in doc[adjective.i: verb.i] if t.is_punct), verb.i)
        return subject.left_edge.i, end
    return None


def name_after_quote(verb: Token) -> tuple[int, int] | None:
    """"“…,” Viguerie concludes.", "“…,” Prime Minister Keir Starmer told parliament", "“…,” the
    club's president conceded.": the name (with its title) or the short description between a
    closing quotation mark and the cue, which the parser may have made a compound of a verb it took
    for a noun, or the subject of a noun it took for the root; its words hang on one another or on
    the cue."""
    doc = verb.doc
    start = verb.i
    while start > 0 and _words(doc[start: verb.i]) < MAX_TAIL_NAME and (
            doc[start - 1].pos_ in {"PROPN", "NOUN", "DET", "ADJ"} or _possessive_marker(doc[start - 1])
            or inner_hyphen(doc[start - 1]) or doc[start - 1].dep_ in COMPOUND):  # ("policy | planning | director")
        start -= 1
    if start == verb.i > 0 and _name_taken_for_verb(doc[verb.i - 1]):
        return verb.i - 1, verb.i  # '“We live in Chicago,” | Ebeling | said.' ("Ebeling" tagged a gerund)
    if start == verb.i or start == 0 or doc[start - 1].text not in CLOSING_QUOTES \
            or not any(t.pos_ in NOMINAL for t in doc[start: verb.i]) \
            or any(t.head.i > verb.i and t.head.i != verb.head.i and t.i != verb.head.i
                   for t in doc[start: verb.i]):  # (the noun the parser hung the cue on: "“…,” the man | shouted";
        # a word of the quotation may be the head: '"…," | spokesman Jeff Bechdel | said', made an apposition in it)
        return _apposed_name_after_quote(verb)
    return start, verb.i


def _words(tokens: Span) -> int:
    """How many words the tokens are, a word split at its hyphens counted once ("Secretary | - | General")."""
    return sum(1 for t in tokens if not inner_hyphen(t) and not (t.i > 0 and inner_hyphen(t.nbor(-1))))


def _name_taken_for_verb(word: Token) -> bool:
    """A capitalised word the tagger read as a verb, where a verb is not capitalised: a name ("Ebeling",
    "Schilling", "Grant") after a quotation that a comma closes."""
    return word.pos_ == "VERB" and word.text[:1].isupper() and word.text[1:].islower() and not word.is_sent_start \
        and word.i > 1 and word.nbor(-1).text in CLOSING_QUOTES and word.nbor(-2).text == ","


def _apposed_name_after_quote(verb: Token) -> tuple[int, int] | None:
    """"“…,” Morton Blackwell, the Republican National Committeeman from Virginia, told …": a name
    right after the closing quotation mark with an apposition set off by commas before the cue; the
    speaker is the name with its apposition (the parser made the cue a sentence of its own)."""
    doc = verb.doc
    comma = verb.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    opening = comma - 1
    while opening > 0 and comma - opening <= MAX_APPOSITION_WORDS and doc[opening].text != "," \
            and doc[opening].pos_ in NP_POS | {"PUNCT"} and doc[opening].text not in QUOTE_MARKS:
        opening -= 1
    if doc[opening].text != ",":
        opening = _participle_aside_opening(doc, comma)
    if opening is None:
        return None
    name_end = opening
    start = name_end
    while start > 0 and name_end - start < MAX_TAIL_NAME and doc[start - 1].pos_ in NAME_PHRASE_POS:
        start -= 1  # a name with its title: "Iowa farmer Tom Miller"
    if doc[opening].text != "," or opening == comma - 1 or not any(t.pos_ == "PROPN" for t in doc[start:name_end]) \
            or start == 0 \
            or doc[start - 1].text not in CLOSING_QUOTES \
            or doc[opening + 1].pos_ not in NAME_PHRASE_POS | {"VERB"}:
        return None
    return start, comma


def _participle_aside_opening(doc: Doc, comma: int) -> int | None:
    """The comma that opens a participle clause set off before the cue ("“…,” Texas delegate Bill Eastland, |
    wearing a cowboy hat and “Ted Cruz” campaign pins, | said"), if one does."""
    for at in range(comma - 1, max(0, comma - MAX_APPOSITION_WORDS * 2), -1):
        if doc[at].text == ",":
            first = doc[at + 1]
            return at if first.pos_ == "VERB" and (is_gerund(first) or "Part" in first.morph.get("VerbForm")) else None
    return None


def _modified_noun(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A gerund that modifies a noun before it speaks with that noun's phrase, when that is a
    mention and not a clause ("with | former Maryland Gov. Martin O’Malley calling Trump a fascist",
    "a petition calling on …"), and so does an active perfect infinitive ("the only top-tier contender
    here | to have pledged to visit every Iowa county"); a participle before its noun ("die angekündigte
    Reform") names what was said instead."""
    if not ((verb.dep_ in RELATIVE and is_gerund(verb) or verb.dep_ in RELATIVE | DEPENDENT_VERB
             and _perfect_infinitive(verb)) and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} and verb.head.i < verb.i):
        return None
    if ctx.doc[verb.i - 1].text == "," and (verb.head.dep_ in OBJECTS or is_time(verb.head, ctx)):
        return None  # "recites the same campaign points, | calling him …", "said Friday in Boston, | noting …": the
        # clause's, not the object's or the time's
    start, end = source_phrase(verb.head, ctx, verb)
    while start < end - 1 and ctx.doc[start].pos_ == "ADP":
        start += 1
    return None if any(t.pos_ in VERBAL or t.is_punct for t in ctx.doc[start:end]) else (start, end)


def _perfect_infinitive(verb: Token) -> bool:
    """A participle under an infinitive auxiliary, not a passive one: "to have pledged"."""
    return "Part" in verb.morph.get("VerbForm") and not any(c.dep_ in PASSIVE_AUX for c in verb.children) \
        and any(c.dep_ in AUX and "Inf" in c.morph.get("VerbForm") for c in verb.children)


def _noun_of_reporting_participle(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"fell 4% after | the company | warned that deliveries … would be delayed": a past form the
    parser made a participle on the noun right before it, with a clause opened by a declarative
    complementizer after it, is that noun's verb (no one is warned that … in a reduced relative)."""
    if not participle_after_noun(verb):
        return None
    told = any(c.dep_ in CLAUSAL and c.i > verb.i and any(
        m.dep_ in MARKER and m.i == verb.i + 1 and m.lower_ in ctx.grammar.declarative_complementizers
        for m in c.children) for c in verb.children)
    if not told:
        return None
    start, end = source_phrase(verb.head, ctx, verb)
    cases = [c.i + 1 for c in verb.head.children if c.dep_ in CASE_MARKER and c.i < verb.head.i]
    return max([start, *cases]), end  # the phrase after its preposition


def _after_opening_adjunct(found: tuple[int, int], subject: Token, ctx: SentenceContext) -> tuple[int, int]:
    """"On Twitter, Former Florida Gov. Jeb Bush called Trump …": where the parser hung an opening
    prepositional phrase on the subject's title, the subject starts after its comma (also where
    the preposition itself stayed outside: "In | a dissent, Justice Sonia Sotomayor warned …")."""
    doc = ctx.doc
    opened = doc[found[0]].pos_ == "ADP" or found[0] > ctx.sentence.start and doc[found[0] - 1].pos_ == "ADP"
    if not opened:
        return found
    commas = [t.i for t in doc[found[0]: subject.i] if t.text == ","]
    return (commas[-1] + 1, found[1]) if commas else found


def marker_after_comma(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Tausende verbrachten die Nacht im Freien, wie Reporter der Nachrichtenagentur AFP
    berichteten.": a report marker right after a comma, with the cue's clause alone between it and
    the cue, whatever the parser hung it on (here the coordinator of "Reporter"), also past an
    apposition set off by commas ("…, wie Burt Rutan, | Chef der Firma Scaled Composites, | mitteilte")."""
    own = {t.i for t in verb_group(verb)}
    at = verb.i - 1
    while at >= ctx.sentence.start:
        token = ctx.doc[at]
        if token.text == ",":
            opening = _apposition_opening(at, ctx)
            if opening is None:
                return None
            at = opening - 1
            continue
        if token.i not in own and is_finite_verb(token):
            return None
        if token.lower_ in ctx.grammar.report_markers and token.i > ctx.sentence.start \
                and ctx.doc[token.i - 1].text == ",":
            return None if _said_before(ctx.doc[token.i - 1], ctx) else token
        at -= 1
    return None


def _apposition_opening(comma: int, ctx: SentenceContext) -> int | None:
    """The comma that opens the apposition the comma at ``comma`` closes: the words between are a noun
    phrase, and a noun stands before it ("Burt Rutan | , Chef der Firma Scaled Composites ,")."""
    doc = ctx.doc
    opening = next((t.i for t in reversed(doc[ctx.sentence.start: comma]) if t.text == ","), None)
    if opening is None or opening == ctx.sentence.start or doc[opening - 1].pos_ not in NOMINAL:
        return None
    words = doc[opening + 1: comma]
    if not words or not all(t.pos_ in NP_POS for t in words) or not any(t.pos_ in NOMINAL for t in words):
        return None
    return opening


def _said_before(comma: Token, ctx: SentenceContext) -> bool:
    """A verb of saying right before the comma takes the clause as its object: "Augenzeugen hatten
    berichtet, wie der Mann die Abgeordnete attackierte" is what they told, not a report of it."""
    word = previous_word(ctx.doc, comma.i, ctx.sentence.start)
    return word is not None and word.pos_ == "VERB" and \
        any(ctx.lexicon.verb(lemma) for lemma in verb_lemmas(word, ctx.grammar))


def _marker_clause_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """", wie Reporter der Nachrichtenagentur AFP berichteten": in a clause opened by a report
    marker after a comma, the noun phrase right after the marker, before the cue, speaks, with the
    description set off by commas after a name (", wie Burt Rutan, Chef der Firma …, mitteilte")."""
    marker = marker_after_comma(verb, ctx) or _opening_marker(verb, ctx)
    if marker is None:
        return None
    span = noun_phrase_after(ctx.doc, marker.i + 1, ctx.sentence)
    if span is None or span[1] > verb.i or not any(ctx.doc[i].pos_ in NOMINAL for i in range(*span)):
        return None
    described = _with_description(span[1], ctx, verb)  # "wie Burt Rutan, | Chef der Firma …, | mitteilte"
    return (span[0], described) if described < verb.i else span


def _opening_marker(verb: Token, ctx: SentenceContext) -> Token | None:
    """The report marker that opens the sentence and the cue's clause: "Wie | die „Süddeutsche Zeitung“
    berichtet, …", where the parser made the name a clause of the verb and the report had had no source."""
    first = min(t.i for t in verb_group(verb))
    marker = ctx.doc[ctx.sentence.start]
    if marker.lower_ not in ctx.grammar.report_markers or marker.i + 1 >= first or ctx.doc[marker.i + 1].pos_ == "ADP" \
            or any(t.text == "," or is_finite_verb(t) for t in ctx.doc[marker.i + 1: first]):
        return None  # ("Wie | aus einem Schreiben hervorgeht": whence, not who)
    return marker


def _subject_of_predicative(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"In der ARD zeigt sich | der Bundestrainer | zufrieden: „…“": the subject the parser hung on
    the verb's predicative adjective is the verb's (not that of an adjective with a copula or a
    conjunction of its own: a reported clause, "führte aus, dass ein System … üblich gewesen sei")."""
    for child in verb.children:
        if child.dep_ in PREDICATIVE and child.pos_ == "ADJ" \
                and not any(c.dep_ in AUX | MARKER for c in child.children):
            subject = next((c for c in children(child, SUBJECT) if c.pos_ in NOMINAL | {"PRON"}), None)
            if subject is not None:
                return source_phrase(subject, ctx, verb)
    return None


def _quoted_name_after_marker(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Wie | „heise online“ | berichtet, …": a quoted name alone between the report marker that opens
    the clause and the finite verb speaks, whatever the tagger made of its words (here an adverb and a
    punctuation mark, and no subject); not in a gerund's clause ("hailed the vote as | “fantastic,” |
    telling reporters …")."""
    doc = ctx.doc
    first = min(t.i for t in verb_group(verb))
    marker = next((c for c in verb.children if c.dep_ in MARKER and c.lower_ in ctx.grammar.report_markers
                   and c.i < first), None)
    if marker is None or first - marker.i < 3 or not is_finite_verb(doc[first]) \
            or doc[marker.i + 1].text not in QUOTE_MARKS \
            or doc[first - 1].text not in CLOSING_QUOTES or not ctx.in_quotation(doc[marker.i + 2]) \
            or any(t.text in QUOTE_MARKS for t in doc[marker.i + 2: first - 1]):
        return None
    return marker.i + 1, first


def _web_address_after_marker(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Wie | t-online.de | berichtet, …": a web address right between the report marker and the finite
    verb names the site that speaks, whatever the tagger made of it (here an adjective, and no subject)."""
    doc = ctx.doc
    first = min(t.i for t in verb_group(verb))
    if first - 2 < ctx.sentence.start or not is_finite_verb(doc[first]) or not doc[first - 1].like_url \
            or doc[first - 2].lower_ not in ctx.grammar.report_markers:
        return None
    return first - 1, first


def _wh_pronoun(word: Token) -> bool:
    """A relative or interrogative word ("which", "what", "der" as a relative)."""
    return bool({"Rel", "Int"} & set(word.morph.get("PronType")))


def _free_relative(word: Token) -> bool:
    """A pronoun that opens a clause standing for a noun: "What | really got under her skin"."""
    return word.pos_ == "PRON" and _wh_pronoun(word)


def interposed_commas(verb: Token, ctx: SentenceContext) -> tuple[Token, Token] | None:
    """The commas around a report set inside the clause it tells ("The economy, the minister said,
    would recover", "Die Lage, sagte der Minister, sei ernst"): before the cue only its subject,
    after it no clause, quotation or finite verb before the second comma; before the first comma
    words without a verb or another comma, after the second the rest of their clause, which opens
    with its finite verb."""
    doc, sentence = ctx.doc, ctx.sentence
    first = min(t.i for t in verb_group(verb))
    opening = next((t for t in reversed(doc[sentence.start: first]) if t.is_punct), None)
    if opening is None or opening.text != "," or any(
            t.pos_ in {"VERB", "AUX", "SCONJ"} or "Rel" in t.morph.get("PronType") for t in doc[opening.i + 1: first]):
        return None  # ("Eine Frau, die … begrüßte, wurde erfasst": a relative clause)
    closing = next((t for t in doc[verb.i + 1: sentence.end] if t.is_punct and t.text not in {".", "-"}), None)
    speaker = subject_of(verb)  # (none between the commas: not "…, Kiedis said his band …, AKA Danger Mouse, wrote")
    if closing is not None and closing.text == "," and verb.i < closing.i - 1 \
            and (speaker is None or not opening.i < speaker.i < verb.i):
        described = _with_description(closing.i, ctx, verb)  # "say experts like Paul Bauman, | a … geophysicist, |"
        closing = doc[described] if described > closing.i and doc[described].text == "," else closing
    if closing is None or closing.text != "," or any(
            is_finite_verb(t) or t.dep_ in CLAUSAL for t in doc[verb.i + 1: closing.i]):
        return None
    before = [t for t in doc[sentence.start: opening.i] if not t.is_space]
    after = next((t for t in doc[closing.i + 1: sentence.end] if t.pos_ not in {"ADV", "PART", "SPACE"}), None)
    clause_subject = bool(before) and (is_gerund(before[0]) or _free_relative(before[0])) \
        and after is not None and is_finite_verb(after)
    # ("Bringing the show back three years later, he said, | feels particularly appropriate", "What really got
    # under her skin, she said, | was a question …")
    if not before or before[0].pos_ in {"SCONJ", "CCONJ"} or any(
            t.pos_ in {"VERB", "AUX"} and not (clause_subject or _participle_on_noun(t))
            or t.pos_ == "SCONJ" and t.dep_ not in CASE_MARKER and not _participle_on_noun(t.head)
            or t.is_punct and not _word_sign(t) or t.lower_ in ctx.grammar.report_markers
            for t in before) \
            or after is None or after.pos_ == "CCONJ":
        return None  # ("Stephen Singer, ein Klimaexperte, erklärte, der Bericht sei …": a clause of its own;
        # "In April, Twitter reported flat user growth …, | and | said …": a second clause joined)
    if before[0].pos_ == "ADP" or fronted_adverbs(before, verb, ctx):
        # (a speaker of its own between the commas: not "…, vertreten durch Alan Jackson, …")
        return (opening, closing) if speaker is not None and opening.i < speaker.i < closing.i \
            and _clause_with_subject(doc[closing.i + 1: sentence.end]) else None
    return (opening, closing) if is_finite_verb(after) else None


def _participle_on_noun(word: Token) -> bool:
    """A participle that modifies a noun is a word of its phrase, not a clause: "The top three most important
    issues | facing | the Latino community, respondents said, are …", also with its marker ("Part of the
    problem | in detecting | tunnels, say experts …, is the ground itself"), or before it ("The | presumed |
    adjustment, they concluded, never happened")."""
    return word.dep_ in REDUCED_RELATIVE | ATTRIBUTIVE and word.head.pos_ in NOMINAL and not is_finite_verb(word)


def _phrase_after_opening_comma(comma: Token, verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The noun phrase between the first comma of an interposed report and its verb, where the parser gave
    the verb the clause's subject instead: "Mrs. Clinton, | analysts | said, has other reasons …"."""
    found = noun_phrase_after(ctx.doc, comma.i + 1, ctx.sentence)
    first = min(t.i for t in verb_group(verb))
    if found is None or found[1] != first or not any(t.pos_ in NOMINAL | {"PRON"} for t in ctx.doc[found[0]:found[1]]):
        return None
    return found


def fronted_adverbs(before: list[Token], verb: Token, ctx: SentenceContext) -> bool:
    """Only adverbs open the clause before a report set between commas, which has no object: "Still, he
    said, | officials have to decide …" (where the subject precedes its verb; not "Instead, he is
    emphasizing his … finish, asserting that …")."""
    return ctx.grammar.subject_precedes_verb and all(t.pos_ == "ADV" for t in before) \
        and not children(verb, DIRECT_OBJECT)


def _clause_with_subject(words: Span) -> bool:
    """The words after a report set between commas after a fronted phrase are a whole clause: "In the
    three years since the Sandy Hook shootings, Barden says, | far too many lives have been lost …"."""
    return any(is_finite_verb(t) and any(c.dep_ in SUBJECT | PASSIVE_SUBJECT and c.i >= words.start for c in
                                         (t, *t.children, *t.head.children)) for t in words)


def opening_anaphor(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Die Enten waren mit H5N1 infiziert. Das erklärte gestern ein Sprecher des Ministeriums.",
    "…, das teilte das Institut mit.", "… – das zumindest meint Rick Homans.": a demonstrative
    that opens the sentence or a clause right before the cue's finite verb (an adverb may come
    between) stands for what was said before it (``anaphoric_demonstratives`` in
    ``grammar.json``). Parsers make it the subject; it is the message."""
    finite = finite_of(verb, ctx)
    if finite is None:
        return None
    at = finite.i - 1
    if at > ctx.sentence.start and ctx.doc[at].pos_ == "ADV":
        at -= 1
    if at < ctx.sentence.start:
        return None
    anaphor = ctx.doc[at]
    opens = at == ctx.sentence.start or ctx.doc[at - 1].is_space or ctx.doc[at - 1].text in CLAUSE_OPENERS
    attached = anaphor.head in (verb, finite) or anaphor.i + 1 == finite.i
    if not opens or anaphor.lower_ not in ctx.grammar.anaphoric_demonstratives or not attached:
        return None
    return anaphor


def is_passive(verb: Token, ctx: SentenceContext) -> bool:
    """Passive voice: its subject is what was said, not who said it. Read on the surface (a
    participle with a form of "werden"/"be" before it in its clause): parsers label passive
    subjects where there is no passive, and hang auxiliaries of the clause before on a cue after a
    comma ("… not believed to | be | life-threatening, police spokesman John Elder said")."""
    if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        return False  # "was quoted … as saying that …": a present participle is never passive
    if "Part" not in verb.morph.get("VerbForm"):
        return any(c.dep_ in PASSIVE_AUX and c.lemma_.lower() in ctx.grammar.passive_auxiliaries
                   and not children(c, MARKER) and not any(t.text == "," for t in verb.doc[c.i + 1: verb.i])
                   for c in verb.children) \
            or _auxiliary_of_finite_read_participle(verb, ctx) is not None  # not "kündigte an, … zu | werden"
    helpers = [c for c in verb.children if c.dep_ in ANY_AUX]
    if any("Inf" in c.morph.get("VerbForm") for c in helpers) \
            and not any(c.lemma_.lower() in ctx.grammar.passive_auxiliaries for c in helpers):
        return False  # a perfect infinitive after a form of "be": "Cruz is the only contender | to have pledged"
    start = verb.i
    while start > verb.sent.start and verb.doc[start - 1].text != ",":
        start -= 1
    return any(t.lemma_.lower() in ctx.grammar.passive_auxiliaries and t.pos_ == "AUX"
               for t in verb.doc[start: verb.i]) or any(
        c.i > verb.i and c.pos_ == "AUX" and c.lemma_.lower() in ctx.grammar.passive_auxiliaries
        for c in verb.children)  # a verb-final clause: "wie sie von Demonstranten gefordert würde"


def _auxiliary_of_finite_read_participle(verb: Token, ctx: SentenceContext) -> Token | None:
    """The finite passive auxiliary before a participle the tagger read as a finite verb
    (``finite_participle_endings``: "In der Meldung wird Musk wie folgt | zitiert"): a main clause
    holds one finite verb, so one after a finite "wird" with no comma or conjunction between is its
    participle; quotation marks and "wie folgt" may stand between."""
    if "Fin" not in verb.morph.get("VerbForm") or not verb.lower_.endswith(ctx.grammar.finite_participle_endings):
        return None  # (none listed: no ending matches)
    for word in reversed(ctx.doc[ctx.sentence.start: verb.i]):
        if word.text in CLAUSE_OPENERS or word.dep_ in COORDINATOR or word.dep_ in MARKER:
            return None
        if word.pos_ == "AUX" and "Fin" in word.morph.get("VerbForm"):
            return word if word.lemma_.lower() in ctx.grammar.passive_auxiliaries else None
    return None


def quoted_speaker(verb: Token, passive: bool, ctx: SentenceContext) -> tuple[int, int] | None:
    """The one a quoting verb quotes is the speaker: its subject in the passive ("Sergei
    Voznyak wird von der Nachrichtenagentur Reuters mit den Worten zitiert, er habe …"), also the
    name right after the auxiliary where the parser hung it elsewhere ("In der Meldung wird Musk wie
    folgt zitiert: …"); its object in the active ("Die Zeitung zitierte einen Sprecher mit den Worten,
    …"). Whoever quotes only passes the words on ("Reuters quoted a spokesman as saying …")."""
    if not passive:
        return _argument_phrase(verb, DIRECT_OBJECT, ctx) or _phrase_before_wording(verb, ctx)
    return passive_subject(verb, ctx) or _name_after_auxiliary(verb, ctx)


def _phrase_before_wording(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"zitierte | einen Insider | mit den Worten, …": the noun phrase between a quoting verb and a
    ``wording_phrases`` phrase is whom it quotes, where the parser made it the subject of the quoted
    clause."""
    doc, start = ctx.doc, verb.i + 1
    at = next((i for i in range(start + 1, ctx.sentence.end) if wording_at(doc, i, ctx.grammar)), None)
    if at is not None and all(t.pos_ in NP_POS or t.text in QUOTE_MARKS for t in doc[start:at]) \
            and any(t.pos_ in NOMINAL | {"PRON"} for t in doc[start:at]):
        return start, at
    return None


def wording_at(doc: Doc, start: int, grammar: Grammar) -> int:
    """How many words of a ``wording_phrases`` phrase open at ``start`` ("mit den Worten": 3), none 0."""
    return next((len(words) for words in grammar.wording_phrases
                 if tuple(t.lower_ for t in doc[start: start + len(words)]) == words), 0)


def _name_after_auxiliary(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    auxiliary = _auxiliary_of_finite_read_participle(verb, ctx)
    if auxiliary is None or not is_name(ctx.doc[auxiliary.i + 1]):
        return None
    found = noun_phrase_after(ctx.doc, auxiliary.i + 1, ctx.sentence)
    return found if found is not None and all(is_name(t) for t in ctx.doc[found[0]:found[1]]) else None


def passive_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The phrase a passive verb is about, also where the parser hung it on the auxiliary: the
    one quoted ("X wird … zitiert"), the one addressed ("Die Männer werden beschuldigt, …")."""
    return _argument_phrase(verb, SUBJECT | PASSIVE_SUBJECT, ctx)


def _argument_phrase(verb: Token, deps: set[str], ctx: SentenceContext) -> tuple[int, int] | None:
    found = next((c for c in clause_dependents(verb, deps) if c.pos_ in NP_POS), None)
    return source_phrase(found, ctx) if found is not None else None


def _governing_source(head: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The source of the verb a gerund hangs on, or of the verb above it where that one has none:
    "Dave Calhoun apologized … of two 737 MAX | crashes, telling senators …" ("crashes" parsed as
    a verb without a subject)."""
    for _ in range(MAX_GOVERNORS):
        found = verb_source(head, ctx)
        if found is not None or head.head == head or head.head.pos_ not in VERBAL:
            return found
        head = head.head
    return None


def _reporting_verb(head: Token, ctx: SentenceContext) -> Token:
    """The verb a gerund's words go back to: the verb of saying whose reported clause the parser
    hung it on ("Officials said the talks had stalled, adding that …": not the talks), else its head."""
    governor = head.head
    if ctx.lexicon.verb(head.lemma_.lower()) is not None and subject_of(head) is not None:
        return head  # "Police believe …, Chief Maria Santos | told | a news conference, adding that …"
    if head.dep_ in CLAUSAL and governor != head and ctx.lexicon.verb(governor.lemma_.lower()) is not None:
        return governor
    return head


def _shares_head_subject(verb: Token) -> bool:
    """A non-finite verb hung on another verb speaks with that verb's subject: "he told
    lawmakers, adding that …", also when the parser made the gerund right after it a clausal
    complement ("the senator said, adding, “…”") or a conjunct ("Trump returned the
    compliment, telling Reuters, “…”"); not one with a finite auxiliary of its own, which makes a
    clause with its own subject ("sagte, sein Mandant werde sich … nicht äußern", "Mandant" parsed
    as the object)."""
    if verb.head == verb or not _verbal(verb.head) or "Fin" in verb.morph.get("VerbForm") \
            or any(c.dep_ in AUX and "Fin" in c.morph.get("VerbForm") for c in verb.children):
        return False
    gerund = is_gerund(verb)
    right_after = verb.i > verb.head.i and all(t.is_punct for t in verb.doc[verb.head.i + 1: verb.i])
    return verb.dep_ in DEPENDENT_VERB or verb.dep_ in CLAUSAL and gerund and right_after or verb.dep_ == "conj" and gerund


def _controlling_subject(verb: Token, ctx: SentenceContext) -> Token | None:
    """The subject of the verb a verb of saying completes, in a subordinate clause too: "… as more
    Republicans | have begun | urging the party to …" (a controlled complement, labelled ``xcomp``;
    not under a verb with an object, which controls it: "asked | him | to explain"). Only where the
    subject precedes its verb: in German the parser's subjects of such verbs were an interrogative
    ("Was würdest du | sagen") or a noun of an opening phrase."""
    head = verb.head
    if not ctx.grammar.subject_precedes_verb or verb.dep_ != "xcomp" or head == verb or head.pos_ not in VERBAL \
            or head.i > verb.i \
            or any(c.dep_ in DIRECT_OBJECT | DATIVE_OBJECT for c in head.children):
        return None
    subject = next(iter(children(head, SUBJECT)), None)  # its own, not one it shares along a conjunction
    return subject if subject is not None and subject.i < head.i and subject.pos_ in NOMINAL | {"PRON"} else None


def _subject_of_verb_joined_before(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Die Rothemden begrüßten die Ankündigung …, fordern aber | die Nennung eines Datums": a subject
    that does not agree in number with a verb joined to the one before it is the parser's mistake for
    the object; the verb before lends its subject where that one agrees."""
    if verb.dep_ not in CONJUNCT or verb.head.i > verb.i or not _verbal(verb.head):
        return None
    shared = subject_of(verb.head)
    return shared if shared is not None and _agrees(verb, shared, ctx) else None


def _verbal(head: Token) -> bool:
    """A verb, or a root with a subject before it that the tagger took for a noun ("He | echoed |
    that promise on Monday, saying …")."""
    return head.pos_ in VERBAL or head.dep_ == "ROOT" and head.is_lower \
        and any(c.dep_ in SUBJECT and c.i < head.i for c in head.children)


def _interposed_clause_subject(verb: Token) -> Token | None:
    """"Marco Rubio, speaking at a rally in Miami, is criticizing …": the parser hung the subject
    on the participle clause set between it and its verb."""
    for clause in verb.children:
        if clause.dep_ in DEPENDENT_VERB and clause.i < verb.i and "Part" in clause.morph.get("VerbForm") \
                and not any(c.dep_ in FINITE_HELPER | MARKER for c in clause.children):
            subjects = children(clause, SUBJECT)
            if subjects and subjects[0].i < clause.i:
                return subjects[0]
    return None


def _main_clause_verb(verb: Token, ctx: SentenceContext) -> Token | None:
    """"Trump insisted that he has “expanded the Republican party,” claiming that he is
    responsible …": a gerund after a comma, without a subject or an auxiliary of its own, speaks
    with the subject of the main clause before it, whatever the parser hung on what (here it
    made the gerund the root). The main clause's verb is the one nearest the root."""
    if not is_gerund(verb) or any(c.dep_ in FINITE_HELPER for c in verb.children):
        return None
    before = verb.i - 1
    while before > ctx.sentence.start and ctx.doc[before].text in QUOTE_MARKS:
        before -= 1
    if ctx.doc[before].text != ",":
        return None
    verbs = [t for t in ctx.doc[ctx.sentence.start: before] if t.pos_ == "VERB" and not _subordinate(t, ctx)
             and ("Fin" in t.morph.get("VerbForm") or any(c.dep_ in FINITE_HELPER for c in t.children))]
    return min(verbs, key=lambda t: (len(list(t.ancestors)), t.i), default=None)


def _subordinate(verb: Token, ctx: SentenceContext) -> bool:
    """A verb with a conjunction ("that Mitt Romney “had …"), or inside a quotation, is no main clause's."""
    return in_open_quotation(ctx.doc, ctx.sentence.start, verb.i) or any(c.dep_ in MARKER for c in verb.children)


def in_open_quotation(doc: Doc, start: int, at: int) -> bool:
    """Token ``at`` stands inside a quotation opened after ``start`` (an odd number of quotation
    marks between them): part of a quoted name or of the words quoted."""
    return sum(1 for t in doc[start:at] if t.text in QUOTE_MARKS) % 2 == 1


def _coordinated_subject(found: tuple[int, int], verb: Token, ctx: SentenceContext) -> Token | None:
    """The other of two subjects of a plural verb that a conjunction joins, which the parser hung on
    the verb each ("Die Polizei und die Feuerwehr teilten mit": "die Feuerwehr" alone had spoken, as
    "Die Polizei" does not agree with the plural; "Die syrische Regierung und die Rebellen einigten
    sich": "die Rebellen" alone); both speak."""
    finite = finite_of(verb, ctx)
    doc, (start, end) = ctx.doc, found
    if finite is None or finite.morph.get("Number") != ["Plur"]:
        return None
    after = end + 1 < ctx.sentence.end and doc[end].pos_ == "CCONJ"
    before = start - 2 >= ctx.sentence.start and doc[start - 1].pos_ == "CCONJ"
    return next((c for c in children(verb, SUBJECT) if not marked_oblique(c)
                 and (after and c.left_edge.i == end + 1 or before and c.right_edge.i == start - 2)), None)


def _agrees(verb: Token, subject: Token, ctx: SentenceContext) -> bool:
    """A subject agrees with its finite verb in number ("USA drohen Russland": not Russland); a
    pronoun or a noun without an article whose form is both numbers agrees with either ("Sie appellierte
    an …", "Medienvertreter … bezeichneten")."""
    if not ctx.grammar.subject_agreement or subject.lower_ in ctx.grammar.number_ambiguous_pronouns:
        return True
    if subject.pos_ == "NOUN" and subject.lower_.endswith(ctx.grammar.number_ambiguous_noun_endings) \
            and "Fem" not in subject.morph.get("Gender") and not children(subject, DETERMINER):
        return True
    finite = finite_of(verb, ctx)
    return finite is None or agrees_in_number(finite, subject)


def _quoted_before(subject: Token, verb: Token, ctx: SentenceContext) -> bool:
    """A subject inside the words quoted right before its verb is one of those words: "“This will be a
    really good | step | forward …,” said Sen. Patty Murray" (the parser gave "said" both subjects; the one
    after the verb speaks, where there is one)."""
    if subject.i > verb.i:
        return False
    quote = next(ctx.speech.ending_by(verb.idx), None)
    return quote is not None and quote.start <= subject.idx < quote.end \
        and not ctx.text[quote.end: verb.idx].strip(" ,")


def in_clause_before(verb: Token, subject: Token, ctx: SentenceContext) -> bool:
    """Where a report after its message opens with the verb (``inverted_report_verb_first``), a
    subject in the clause before the comma that precedes the verb, with a finite verb of its own,
    belongs to that clause ("Das sei … vereinbar, erklärte Fraktionschefin Katharina Dröge"); not
    one a relative clause follows ("Kurt von Figura, der …, begrüßte"). A verb coordinated with the
    one before shares its subject, unless that one is in Konjunktiv and so reported ("Die Inflation
    nähere sich dem Zielwert, begründete Lagarde die Entscheidung")."""
    if not (ctx.grammar.inverted_report_verb_first or _inverted_after_comma(verb, ctx)) or subject.i > verb.i:
        return False
    if verb.dep_ in CONJUNCT and verb.head == subject.head and "Sub" not in verb.head.morph.get("Mood"):
        return False  # shared by coordination: "Die Vereinten Nationen bestätigten …, teilten jedoch mit, …"
    first = min(t.i for t in verb_group(verb))
    comma = previous_word(ctx.doc, first, ctx.sentence.start)
    if comma is None or comma.text != "," or subject.i > comma.i:
        return False
    between = ctx.doc[subject.i + 1: comma.i]
    return any(is_finite_verb(t) for t in between) and not any("Rel" in t.morph.get("PronType") for t in between)


def _inverted_after_comma(verb: Token, ctx: SentenceContext) -> bool:
    """"A Franco-Algerian couple … were also among the flight's passengers, | said | Algerian foreign
    affairs ministry spokesman Benali Cherif Abdelaziz.": where the subject precedes the verb, a verb
    right after a comma with nothing but a noun phrase after it (and what a comma sets off) follows
    its message, and the phrase after it speaks; the parser may have made the clause's subject its."""
    doc = ctx.doc
    if not ctx.grammar.subject_precedes_verb or verb.i <= ctx.sentence.start or doc[verb.i - 1].text != ",":
        return False
    span = noun_phrase_after(doc, verb.i + 1, ctx.sentence)
    if span is None or doc[span[0]].pos_ not in PHRASE_OPENING_POS \
            or span[1] - span[0] == 1 and doc[span[0]].pos_ == "NOUN":
        return False  # (a lone common noun is an object: "He paused, said nothing, and left")
    rest = [t for t in doc[span[1]: ctx.sentence.end] if not t.is_space]
    return not rest or rest[0].text == "," or all(t.is_punct for t in rest)


def _title_before_apposed_name(verb: Token, subject: Token, found: tuple[int, int], ctx: SentenceContext
                               ) -> tuple[int, int] | None:
    """"…, said | the company's chief executive, John J. Ferriola |.": a name the parser made the subject after a
    comma, where only a noun phrase stands between it and the verb and no clause follows it, is apposed to that
    phrase, which the speaker's phrase opens with (the name alone had been taken for another clause's subject)."""
    doc = ctx.doc
    comma = previous_word(doc, subject.i, verb.i)
    if not (subject.i > verb.i and is_name(subject) and comma is not None and comma.text == ","
            and found[0] == subject.i):
        return None
    title = doc[verb.i + 1: comma.i]
    if not title or any(t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or t.is_punct
                        or t.pos_ == "PRON" and "Yes" not in t.morph.get("Poss") for t in title) \
            or not any(t.pos_ in {"NOUN", "ADJ"} for t in title):
        return None
    rest = doc[found[1]: ctx.sentence.end]
    if any(is_finite_verb(t) for t in rest) or rest and not rest[0].is_punct:
        return None
    return verb.i + 1, found[1]


def _in_later_clause(verb: Token, subject: Token, ctx: SentenceContext) -> bool:
    """"aufgerufen, …, da das Militär …": a subject behind a comma after the verb belongs to
    another clause."""
    return subject.i > verb.i and any(t.text == "," for t in ctx.doc[verb.i + 1: subject.i])


def utterance_owner(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"In einer Mitteilung der Stadt heißt es", "hieß es aus der Fraktion": the owner of the
    utterance noun, else the utterance ("In dem Bericht heißt es") or the phrase the words came
    from (of a ``named_origin_prepositions`` word only where it names someone). Also the source of a
    passive report without an agent ("In einer Pressemitteilung der Organisation wird gefordert,
    dass …"). Not words talked about ("Asked about the comments, Rubio said": a phrase of a
    ``frame_prepositions`` word that names no place or origin is the topic)."""
    topic = ctx.grammar.frame_prepositions - ctx.grammar.document_prepositions - ctx.grammar.origin_prepositions
    for child in _adjuncts_of_group(verb):
        first = child.left_edge.lower_
        if first in topic:
            continue
        utterance = ctx.lexicon.noun(child.lemma_) or ctx.lexicon.noun(child.text)
        named = first in ctx.grammar.named_origin_prepositions and any(
            t.pos_ == "PROPN" or t.ent_type_ for t in child.subtree)  # "hieß es bei Russland Aktuell"
        if utterance or first in ctx.grammar.origin_prepositions or named:
            owner = noun_owner(child, ctx, through_verb=False) if utterance else None
            if owner is not None or first in ctx.grammar.predicative:
                return owner  # "Als Begründung heißt es": a kind of words, not where they stand
            return _without_preposition(phrase(child, ctx.sentence), ctx)
    return None


def _adjuncts_of_group(verb: Token) -> list[Token]:
    """The verb's prepositional phrases and those the parser hung on its auxiliaries, in text order: "In
    den anfänglichen Berichten | hatte | es geheißen" (the phrase on the finite auxiliary of a perfect)."""
    return sorted(clause_dependents(verb, ADJUNCT, AUX), key=lambda c: c.i)


def _document(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"In der Vorabversion des Berichts heißt es, …", "Auf der Webseite des Vereins heißt es":
    impersonal words say where they stand, whatever noun names the place."""
    for child in _adjuncts_of_group(verb):
        if child.left_edge.lower_ in ctx.grammar.document_prepositions \
                and not is_time(child, ctx):
            return _without_preposition(phrase(child, ctx.sentence), ctx)
    return None


def noun_owner(noun: Token, ctx: SentenceContext, through_verb: bool = True) -> tuple[int, int] | None:
    """"die Erklärung des Ministeriums", "seine Zusammenfassung", "a statement by X"."""
    for child in noun.children:
        possessive = child.dep_ in POSSESSIVE or \
            child.pos_ == "DET" and "Yes" in child.morph.get("Poss")
        if child.i < noun.i and possessive:
            governor = noun.head if through_verb and noun.head.pos_ in VERBAL else None
            owner = verb_source(governor, ctx) if governor is not None else None
            return owner or (child.i, child.i + 1)  # "Das Weiße Haus veröffentlichte seine …"
    for child in noun.children:
        # a genitive or an agent's phrase, not one of whom it is for ("ein Bericht | an | den Ausschuss")
        case = next((c.lower_ for c in child.children if c.dep_ in CASE_MARKER and c.i < child.i), None)
        if child.i > noun.i and child.dep_ in OWNER and case in (None, *ctx.grammar.agent_prepositions) \
                and any(t.pos_ == "PROPN" or t.ent_type_ for t in child.subtree):
            start, end = phrase(child, ctx.sentence)
            if ctx.doc[start].pos_ == "ADP":
                start += 1
            return start, end
    return None


def _without_conjunction(found: tuple[int, int], subject: Token, ctx: SentenceContext) -> tuple[int, int]:
    """Where the subject precedes its verb and never takes a preposition, a word that is also a
    conjunction (``clause_prepositions``) the parser gave it as one opens its clause: "… fell
    sharply after | the company reported a loss" (not "officials familiar with the discussions")."""
    first = ctx.doc[found[0]]
    if ctx.grammar.subject_precedes_verb and subject.dep_ in SUBJECT and first.head == subject \
            and first.lower_ in ctx.grammar.clause_prepositions and found[1] - found[0] > 1:
        return found[0] + 1, found[1]
    return found


def marked_oblique(token: Token) -> bool:
    """Marked accusative or dative by its article or possessive ("Ihren Widersacher … forderte May auf"; names
    carry no reliable case)."""
    article = _article(token) or next((c for c in token.children if c.dep_ in POSSESSIVE and c.pos_ == "DET"), None)
    cases = set(article.morph.get("Case")) if article is not None else set()
    return bool(cases) and "Nom" not in cases


def _sole_subject_before(subject: Token, verb: Token, ctx: SentenceContext) -> bool:
    """An ``oblique_determiners`` article is also nominative, so its case is the morphologizer's guess:
    before the verb as its only subject, its phrase speaks ("Auch der Betriebsrat meldete sich zu
    Wort", "der" read as genitive)."""
    return _oblique_article(subject, ctx) and subject.i < verb.i \
        and not any(c.dep_ in SUBJECT and c != subject for c in verb.children)


def dative_plural(noun: Token, ctx: SentenceContext) -> bool:
    """"sagte Reportern, dass …", "erklärte Medienvertretern": a noun whose singular ends in -er or -el
    (or a plural in -er) adds -n only in the dative plural (``dative_plural_endings``), so its form says
    its case where no article does; not the words that end so in other cases (``not_dative_plurals``:
    "Konzern", whose lemma the lemmatizer cuts to "Konzer", "Bauern", "Regeln"), nor a name (the
    tagger takes an unknown noun for one, the entities layer does not: "Reportern" tagged NE)."""
    form = noun.lower_
    if not (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and not noun.ent_type_) \
            or not form.endswith(ctx.grammar.dative_plural_endings) \
            or listed_word(form, ctx.grammar.not_dative_plurals):
        return False
    lemma = noun.lemma_.lower()
    return lemma in (form, form[:-1]) or form == f"{lemma}ern"  # (the lemmatizer left "Reportern"; "Mitgliedern")


def _opens_with_preposition(found: tuple[int, int], ctx: SentenceContext) -> bool:
    """The phrase opens with a preposition or conjunction, so it is no subject; not a name's particle
    ("Wie | de Maizière darlegte", "de" tagged a preposition)."""
    first = ctx.doc[found[0]]
    if first.pos_ not in {"ADP", "SCONJ"}:
        return False
    after = ctx.doc[found[0] + 1] if found[0] + 1 < found[1] else None
    return not (first.lower_ in naming_facts(ctx.doc.lang_).name_particles and after is not None
                and after.text[:1].isupper())


def _listener_in_form(subject: Token, ctx: SentenceContext) -> bool:
    """A subject of the parse whose form marks it as the listener, which gives way to another subject
    of the verb or to the speaker the parse missed: "Der Ex-Präsident, der …, sagte | Reportern, …",
    "Medien werfen | ihm Verrat vor", "Ihr gegenüber | hat er angegeben"; inside a quotation a pronoun
    is left to the rules for the quoted speaker's own words ("„… die mir … aufzeigen“")."""
    pronoun = subject.lower_ in ctx.grammar.dative_pronouns and not ctx.in_quotation(subject)
    after = subject.i + 1
    postposed = after < ctx.sentence.end and noun_before_postposition(ctx.doc[after], ctx) == subject
    return pronoun or dative_plural(subject, ctx) or postposed or feminine_oblique(subject, ctx)


def feminine_oblique(noun: Token, ctx: SentenceContext) -> bool:
    """"Der Zeitung | sagte der CSU-Chef": an ``oblique_determiners`` article before a noun that only a
    feminine has the ending of (``feminine_endings``) is dative or genitive, whatever the
    morphologizer guessed."""
    return _oblique_article(noun, ctx) and noun.pos_ == "NOUN" and bool(ctx.grammar.feminine_endings) \
        and noun.lower_.endswith(ctx.grammar.feminine_endings)


def noun_before_postposition(preposition: Token, ctx: SentenceContext) -> Token | None:
    """The noun or pronoun right before a listener preposition that governs no noun after it, so that
    it follows its noun: "Ihr gegenüber | hat er angegeben" ("gegenüber" hung on the auxiliary, "Ihr"
    made a subject)."""
    if preposition.lower_ not in ctx.grammar.addressee_prepositions or preposition.pos_ != "ADP" \
            or preposition.i == ctx.sentence.start \
            or preposition.head.i > preposition.i and preposition.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return None
    before = ctx.doc[preposition.i - 1]
    return before if before.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _article(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET"), None)


def _oblique_article(noun: Token, ctx: SentenceContext) -> bool:
    """The noun's article is one of the ``oblique_determiners`` ("der"), dative or genitive where it
    is not the subject."""
    article = _article(noun)
    return article is not None and article.lower_ in ctx.grammar.oblique_determiners


def oblique_by_gender(token: Token, ctx: SentenceContext) -> bool:
    """An ``oblique_determiners`` article before a singular feminine noun after the verb, when a noun
    phrase opens the sentence (V2: the one place before the verb is taken), which the tagger may
    read as a masculine nominative: "Tourmanager Michael Cohl sagte | der US-Zeitschrift: …" (not
    after an adverb: "Darüber hinaus wirft der „Arbeitskreis …“ der Polizei vor", where the parse
    hung the speaker's article on the wrong noun)."""
    opening = ctx.doc[trim(ctx.doc, ctx.sentence.start, ctx.sentence.end)[0]]
    return _oblique_article(token, ctx) and token.pos_ == "NOUN" and token.morph.get("Gender") == ["Fem"] \
        and token.morph.get("Number") == ["Sing"] \
        and opening.pos_ in PHRASE_OPENING_POS and opening.i < token.i


def _subject_after_opening_word(subject: Token, verb: Token, ctx: SentenceContext) -> Token | None:
    """The verb's other subject, where the parser made the sentence's first word, a bare noun by its tag,
    the subject of an active verb too: "Unterdessen | haben mehrere Abgeordnete der Union angekündigt"
    ("Unterdessen" tagged a noun, the deputies labelled a second or a passive subject)."""
    if subject.i != ctx.sentence.start or subject.pos_ != "NOUN" or any(True for _ in subject.children) \
            or is_passive(verb, ctx):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT and c.i > subject.i
                 and c.lower_ not in ctx.grammar.expletives), None)  # (not "Beobachter halten | es | für …")


def _active_despite_label(verb: Token, ctx: SentenceContext) -> bool:
    """The parser read a passive where no auxiliary stands before the verb in its sentence and no
    agent hangs on it: "Analysts warned that inflation could rise" ("warned" tagged a participle,
    "Analysts" its passive subject)."""
    return not any(t.pos_ == "AUX" for t in ctx.doc[ctx.sentence.start: verb.i]) \
        and not any(c.dep_ in AGENT for c in verb.children)


def object_for_subject(verb: Token, ctx: SentenceContext) -> Token | None:
    """The one noun object of a finite, active verb whose object is its listener (``listener_object_verbs``)
    that has no subject, where the subject may follow the verb (``subject_precedes_verb`` false): the parser
    took the speaker for the object ("Bereits während seiner Amtszeit warnte | Kluncker | vor den
    „Lohnverzichtstheorien“", "In der Urteilsbegründung weisen | die Richter | auf … hin"); not one its
    article or form marks accusative or dative ("baten | ihn", "drohten | dem Mann"), nor that of a verb
    joined to another, whose subject it shares ("und kündigten | weitere Aktionen | an")."""
    if ctx.grammar.subject_precedes_verb or "Fin" not in verb.morph.get("VerbForm") or verb.dep_ in CONJUNCT \
            or not _listener_object_verb(verb, ctx.grammar) or is_passive(verb, ctx) or subject_of(verb) is not None:
        return None
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECT and c.pos_ in NOMINAL]
    if len(objects) != 1:
        return None
    found = objects[0]
    article = _article(found)
    if marked_oblique(found) or found.pos_ == "PRON" and "Nom" not in found.morph.get("Case") \
            or article is not None and article.lower_ in ctx.grammar.dative_determiners:
        return None
    return found


def _listener_object_verb(verb: Token, grammar: Grammar) -> bool:
    """The verb, with its separated particle, is one of the ``listener_object_verbs`` (the lemma test of
    ``addressees.takes_listener_object`` without its lexicon lookup, which lives in ``cues``, a module that
    reads this one)."""
    lemmas = verb_lemmas(verb, grammar)
    particle = particle_of(verb)
    joined = [particle.lower_ + lemma for lemma in lemmas] if particle is not None else []
    return any(lemma in grammar.listener_object_verbs for lemma in (*lemmas, *joined))


def _nominative(verb: Token, ctx: SentenceContext) -> Token | None:
    """The parser missed the subject: take the nearest noun in the nominative that heads its
    phrase ("Am Donnerstag hatte Biden …", "was Moskau … bezeichnete")."""
    clause = {verb.i} | {c.i for c in verb.children if c.dep_ in FINITE_HELPER}
    found = []
    for token in ctx.sentence:
        if token.pos_ not in NOMINAL or token.head.pos_ in NOMINAL and token.head.i != token.i:
            continue
        quoted = ctx.quotes_around.containing(token.idx, token.idx + 1)
        if any(c.dep_ == "case" for c in token.children) or token.lower_ in ctx.grammar.time_nouns \
                or any(_says_something(q, verb, ctx) for q in quoted):
            continue  # a noun of words said ("„Das ist ein Skandal“, kritisierte …"), not of a quoted name
        cases = set(token.morph.get("Case"))
        if cases and "Nom" not in cases or not cases and token.pos_ != "PROPN":
            continue
        if ctx.grammar.subject_precedes_verb and token.i > verb.i and token.dep_ in OBJECTS:
            continue  # "Obama, in his final … address, urged | Americans to reject …": the one urged
        if (token.head.i in clause or token.i in clause) and not _in_later_clause(verb, token, ctx):
            found.append(token)
    if found:
        return min(found, key=lambda t: abs(t.i - verb.i))
    return _clause_initial_name(verb, ctx)


def _says_something(quote: Quote, verb: Token, ctx: SentenceContext) -> bool:
    """A quotation in the cue's sentence before it, with a verb, is words said, not a name or title
    in quotation marks ("„Muslix64“ erwähnte", "die „Rundschau am Sonntag“ berichtete")."""
    if quote.start < ctx.sentence.start_char or quote.end > verb.idx:
        return False
    span = ctx.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    return span is not None and any(t.pos_ in VERBAL for t in span)


def person_after_opening_word(subject: Token, verb: Token, grammar: Grammar, sentence: Span) -> Token | None:
    """"Besorgt äußerte sich Kofi Annan über …": the parser made the predicative that opens the sentence
    (tagged a name, but no entity) the subject and the person after the verb its object; a named person
    in the nominative after the verb speaks (German puts the subject after the verb when another word
    opens the clause)."""
    if grammar.subject_precedes_verb or subject.i > verb.i or subject.ent_type_ or list(subject.children) \
            or subject.pos_ != "PROPN" or subject.i != sentence.start:
        return None
    return next((c for c in verb.children if c.i > verb.i and c.ent_type_ in PERSON_LABELS
                 and c.dep_ in OBJECTS | SUBJECT and "Nom" in c.morph.get("Case", ["Nom"])), None)


def _auxiliary_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Gysi hatte am Donnerstag, den 7.10. in einem Interview … die These vertreten, …": the parser
    hung the participle under a phrase of its auxiliary's clause (here the date) and gave the
    subject to the auxiliary; the auxiliary's subject speaks for the participle it governs."""
    finite = finite_of(verb, ctx)
    if finite is None or finite == verb or finite.pos_ != "AUX" or finite not in verb.ancestors:
        return None
    subject = subject_of(finite)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN", "PRON"} and not is_name(subject) \
            or not _agrees(finite, subject, ctx):
        return None
    return source_phrase(subject, ctx, verb)


def _subject_of_head_made_copula(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """A verb of saying the parser made the copula or auxiliary of a word before it speaks through that
    word's subject: "At times last year, | people | close to the vice president | said |, the mere mention …"
    ("said" made the copula of "close"). Only where the subject precedes the verb (not "… bekannt | geworden
    war", a copula of the cue's own words)."""
    if not ctx.grammar.subject_precedes_verb or verb.pos_ != "VERB" or verb.dep_ not in AUX or verb.head.i > verb.i:
        return None
    subject = subject_of(verb.head)
    if subject is None or subject.i > verb.i or subject.pos_ not in NOMINAL | {"PRON"}:
        return None
    start, end = source_phrase(subject, ctx, verb)
    if all(t.pos_ in NP_POS for t in ctx.doc[end: verb.i]):
        end = verb.i  # with the word the verb was hung on and its phrase
    return start, end


def _subject_before_aside(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"A YouGov poll of American voters has, | however, | revealed that …": the parser made the
    finite verb before an adverb set off by commas a verb of its own (and the participle after the
    aside a finite verb without a subject); its subject speaks."""
    if not ctx.grammar.subject_precedes_verb:
        return None  # (a German finite verb and participle stand apart by the clause, not by an aside)
    doc = ctx.doc
    before = previous_word(doc, verb.i, ctx.sentence.start)
    while before is not None and (before.pos_ == "ADV" or before.text == ","):
        before = previous_word(doc, before.i, ctx.sentence.start)
    if before is None or before.i == verb.i - 1 or not is_finite_verb(before) \
            or not any(t.text == "," for t in doc[before.i + 1: verb.i]):
        return None
    subject = subject_of(before)
    if subject is None or subject.i > before.i or "Rel" in subject.morph.get("PronType"):
        return None
    return source_phrase(subject, ctx, verb)


def _name_before_description(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"…, | Senator Shelley Moore Capito, Republican of West Virginia, | called over her shoulder": a person's
    name that opens a clause, with its description set off by commas or dashes, before a verb the parser left
    without a subject (it made the name a clause of its own, or the apposition of an opening phrase: "On the
    Democratic side, | Mrs. Clinton | -- whose husband signed … -- has publicly derided"). The description holds
    no verb, or is a relative clause, which stays out of the source; the name follows a comma or opens the
    sentence. For languages whose subject precedes the verb."""
    if not ctx.grammar.subject_precedes_verb:
        return None
    doc, first = ctx.doc, ctx.sentence.start
    closing = previous_word(doc, min(t.i for t in verb_group(verb)), first)
    opening = next((t for t in reversed(doc[first: closing.i]) if t.text == closing.text), None) \
        if closing is not None and closing.text in {",", *DASHES} else None
    if opening is None:
        return None
    aside = doc[opening.i + 1: closing.i]
    relative = len(aside) > 0 and "Rel" in aside[0].morph.get("PronType")
    if not relative and any(t.pos_ in VERBAL for t in aside):
        return None  # (not "Clinton, | casting herself as …, |")
    start = opening.i
    while start > first and is_name(doc[start - 1]):
        start -= 1
    if start == opening.i or doc[opening.i - 1].ent_type_ not in PERSON_LABELS \
            or start > first and doc[start - 1].text != ",":
        return None
    return start, opening.i if relative else closing.i


def share_before(verb: Token) -> Token | None:
    """"About 4 in 10 | say they want …": the numeral of a share that the parser hung on the verb
    before it (on a verb it read as a noun: then it is the subject)."""
    return next((c for c in verb.children if c.pos_ == "NUM" and c.i < verb.i), None)


def _share_source(verb: Token) -> tuple[int, int] | None:
    share = share_before(verb) if verb.pos_ == "NOUN" else None
    return (share.left_edge.i, share.right_edge.i + 1) if share is not None else None


def _preverbal_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"USA drohen Russland …": a name opening the clause right before the finite verb is its
    subject (the parser may even have split the sentence after it); a name the tagger did not know
    is read from the entity recogniser ("Selenskyj rief den Westen … auf", "Selenskyj" tagged an adverb), also
    after the stop of the sentence before ("… Glos. | Glos | hatte in einem Interview gesagt")."""
    finite = finite_of(verb, ctx) or _root_past_read_as_participle(verb, ctx)
    if finite is None or finite.i == 0:
        return None
    doc = ctx.doc
    end = _before_bracketed_tag(doc, finite.i)
    while ctx.grammar.subject_precedes_verb and end > 1 and doc[end - 1].pos_ == "ADV":
        end -= 1  # "…, Marco Rubio | still | believes …"
    start = end
    while start > 0 and (doc[start - 1].pos_ == "DET" or is_name(doc[start - 1]) or ctx.grammar.subject_precedes_verb
                         and doc[start - 1].pos_ in {"ADJ", "NOUN"} and start < end
                         or start < end and (inner_hyphen(doc[start - 1]) or _acronym(doc[start - 1]))) \
            and "\n" not in doc[start - 1].whitespace_:
        start -= 1  # (with the title before an English name: "Speaking in Beijing, | Chinese Foreign Ministry
        # spokesman Lu Kang | repeated …", the verb hung on the name; "WHO Director-General Tedros …")
    opening = start == 0 or doc[start - 1].is_space or doc[start - 1].text in {"–", ":", "-"} | SENTENCE_ENDS \
        or ctx.grammar.subject_precedes_verb and (doc[start - 1].text == ","  # "In a fiery takedown …, | Sen. …"
                                                  or start > 1 and doc[start - 1].text in QUOTE_MARKS
                                                  and doc[start - 2].text == ",")  # ('… "State of the Union," | Sen.')
    if start == end:
        opening_plural = _bare_plural_subject(doc[end - 1], finite, ctx)
        if opening_plural is not None:
            return opening_plural, end
    if start == end or not opening or not is_name(doc[end - 1]):
        return None
    return start, finite.i - 1 if doc[end].text == "," else end  # with the tag set off by commas: "John Smith, 45"


def _opening_quantity(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Most | said that …", "Nearly half | said they prefer …", "Less than a third | said …": a share of
    those polled, words of quantity alone before the finite verb that the parser made its modifiers,
    is its subject (where the subject precedes the verb)."""
    finite = finite_of(verb, ctx)
    if not ctx.grammar.subject_precedes_verb or finite is None:
        return None
    start, end = trim(ctx.doc, ctx.sentence.start, finite.i)
    words = ctx.doc[start:end]
    if not 0 < len(words) <= MAX_QUANTITY_WORDS or any(t.pos_ not in QUANTITY_POS for t in words):
        return None
    last = words[-1]
    return (start, end) if is_quantity_word(last) else None


def _root_past_read_as_participle(verb: Token, ctx: SentenceContext) -> Token | None:
    """An English past form the tagger read as a participle with no auxiliary, as the root of its
    sentence, is its finite verb ("Sen. Bernie Sanders (I-Vt.) | called | on Michigan Gov. Rick Snyder
    (R) to resign", "called" tagged VBN, passive); where the subject precedes the verb only (a German
    participle stands apart from its finite)."""
    if not ctx.grammar.subject_precedes_verb or verb.dep_ != "ROOT" or "Part" not in verb.morph.get("VerbForm") \
            or any(c.dep_ in AUX for c in verb.children):
        return None
    return verb


def _before_bracketed_tag(doc: Doc, end: int) -> int:
    """Where a short bracketed tag without a verb ends the words before ``end``, where it opens: "Sen.
    Bernie Sanders | (I-Vt.) | called him divisive"; so for a short tag set off by commas after a name,
    which belongs to the speaker: "While police did not give details, John Smith | , 45, | said …",
    "Rep. Chris Collins | , R-NY, | says …"; else ``end``."""
    if end < 3 or doc[end - 1].text not in {")", ","}:
        return end
    mark = "(" if doc[end - 1].text == ")" else ","
    opening = next((t.i for t in reversed(doc[max(0, end - 8): end - 1]) if t.text == mark), None)
    if opening is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[opening: end]) \
            or mark == "," and (opening == 0 or not is_name(doc[opening - 1])):
        return end
    return opening


def _bare_plural_subject(noun: Token, finite: Token, ctx: SentenceContext) -> int | None:
    """"Freizeitforscher bezweifeln aber, dass …", "Arabische und iranische Medien werfen ihm … vor": a
    plural noun with no article, alone or after adjectives, that opens the sentence right before a plural
    finite verb is its subject where the parser gave it no argument's label ("Freizeitforscher" made an
    adverb, "Medien" an oblique of the verb, and "ihm" its subject); not a fronted object or a phrase of a
    preposition ("Den Flüchtlingen sicherte Gusmão zu"). Where the phrase starts, or None."""
    first = noun.i
    while first > ctx.sentence.start and ctx.doc[first - 1].pos_ in {"ADJ", "CCONJ"}:
        first -= 1
    own = all(ctx.doc[first].i <= c.i < noun.i and c.pos_ in {"ADJ", "CCONJ"} for c in noun.subtree if c != noun)
    opens = noun.pos_ == "NOUN" and first == ctx.sentence.start and finite.morph.get("Number") == ["Plur"] \
        and noun.morph.get("Number") != ["Sing"] and noun.dep_ not in SUBJECT | OBJECTS - OBLIQUE and own \
        and not ctx.in_quotation(noun)
    return first if opens else None


def _opening_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """Where the subject precedes its verb (``subject_precedes_verb``), the noun phrase that opens
    the clause (after an opening adverb and its comma), when only adverbs or a stretch set off by
    commas stand between it and the verb group, or else all the nominal words before the verb
    group: "The minister later told parliament that …" (the parser made "minister" part of
    "later"), "A second official, who spoke on condition of anonymity, confirmed the account",
    "However, officials familiar with the discussions said …"."""
    if not ctx.grammar.subject_precedes_verb:
        return None
    doc = ctx.doc
    first = min(t.i for t in verb_group(verb))
    start = ctx.sentence.start
    if first == start + 1 and doc[start].pos_ in {"ADV", "ADJ"} and doc[start].is_alpha and doc[start].is_title \
            and not doc[start].is_stop:
        return start, first  # "Jolly | said he has worked …": a name the tagger took for an adverb
    while start < first and doc[start].pos_ == "ADV":
        start += 1
    if _opens_adverbial(doc[start], verb):  # "Speaking later on the same show, | Sen. Claire McCaskill, who has
        # endorsed Clinton, said …" (the name made the object of "Speaking"); "Even if Clinton can't catapult …, |
        # insiders …"
        start = next((t.i + 1 for t in doc[start: first] if t.text == ","), ctx.sentence.start)
    else:
        start = start + 1 if ctx.sentence.start < start < first and doc[start].text == "," else ctx.sentence.start
    span = noun_phrase_after(doc, start, ctx.sentence)
    if span is not None and span[0] < first < span[1] and verb.pos_ not in VERBAL:
        span = (span[0], first)  # the verb was tagged a noun and ran on the phrase: "The lawsuit | alleges"
    if span is not None and span[1] == first - 1 and _noun_taken_for_verb(doc[first - 1], verb):
        span = (span[0], first)  # "Bush aides | said …" ("aides" tagged a verb, "said" made its clause)
    if span is None or span[1] > first or not (any(doc[i].pos_ in {"NOUN", "PROPN", "PRON"} for i in range(*span))
                                                or _nominalised_adjective(span, first, doc)):
        return None
    between = [t for t in doc[span[1]: first] if not t.is_space]
    while between and (between[-1].pos_ == "ADV" or between[-1].dep_ in ADVERBIAL and between[-1].head == verb):
        between.pop()
    closing = between[:-1] if len(between) > 1 and between[-1].text in CLOSING_QUOTES else between  # (a comma
    # inside a quotation's closing mark: "…, the NBC executive in charge of ''Today,'' | reminded")
    if not between or len(closing) >= 3 and closing[0].text == closing[-1].text and closing[0].text in SET_OFF:
        return span
    rest = doc[span[1]: between[-1].i + 1]
    return trim(doc, span[0], between[-1].i + 1) if all(t.pos_ in NP_POS or t.text in SET_OFF for t in rest) else None


def _nominalised_adjective(span: tuple[int, int], verb: int, doc: Doc) -> bool:
    """An article and an adjective right before the verb are a noun phrase of their own: "The Belgian |
    posted on Instagram that …" (the parser made both the verb's modifiers)."""
    return span[1] == verb and doc[span[0]].pos_ == "DET" and doc[span[1] - 1].pos_ == "ADJ"


def _opens_adverbial(word: Token, verb: Token) -> bool:
    """``word`` opens a phrase or clause before the verb's subject that hangs on the verb: a participle
    ("Speaking later on the same show, …"), a subordinating conjunction ("if", "when") or a preposition ("In a
    memo on Tuesday, | Noah Oppenheim, …, reminded his staff")."""
    return is_gerund(word) and word.head == verb \
        or word.dep_ in MARKER and word.head.head == verb and word.head.dep_ in DEPENDENT_VERB \
        or word.dep_ in CASE_MARKER and word.head.head == verb and word.head.dep_ in OBLIQUE


def _noun_taken_for_verb(word: Token, verb: Token) -> bool:
    """A word right before the cue that the parser made a finite verb governing the cue as its clause
    is a noun: two finite verbs do not follow each other in a clause ("Bush aides said …")."""
    return word.i == verb.i - 1 and verb.head == word and verb.dep_ in CLAUSAL and word.pos_ == "VERB" \
        and "Fin" in word.morph.get("VerbForm") and word.is_lower


def _past_word_part(subject: Token | None, verb: Token) -> Token | None:
    """"said | co | - | author Maria Garcia": the first part of a word the tokenizer split at its hyphen,
    which the parser made the subject, stands for the verb's last subject after it (the phrase then opens
    with the whole word)."""
    if subject is None or subject.i + 1 >= len(subject.doc) or not inner_hyphen(subject.nbor(1)):
        return subject
    return next((c for c in reversed(children(verb, SUBJECT)) if c.i > subject.i + 1), subject)


def _counted(word: Token) -> bool:
    """A numeral with the words it counts: '"…," | one of them | said' (not the generic "one")."""
    return word.pos_ == "NUM" and any(not c.is_punct for c in word.children)


def _referential(subject: Token, verb: Token, ctx: SentenceContext) -> bool:
    """A personal pronoun among the expletives that stands for someone: the subject of an active cue
    where the language allows no expletive there ("It said it would not appeal"; not "It is said
    that …", nor "This/That said", nor German "Es heißt")."""
    return not ctx.grammar.expletives_with_active_cues and not is_passive(verb, ctx) \
        and "Prs" in subject.morph.get("PronType")


def finite_of(verb: Token, ctx: SentenceContext) -> Token | None:
    """The finite verb of the cue's clause: the cue itself, its own finite auxiliary ("Während die
    Verhandlungen beendet waren, | war | das McCain-Lager … davon ausgegangen", not the other clause's
    "waren"), or else the auxiliary before it."""
    if "Fin" in verb.morph.get("VerbForm"):
        return verb
    own = next((c for c in verb.children if c.dep_ in FINITE_HELPER and c.pos_ == "AUX"
                and "Fin" in c.morph.get("VerbForm")), None)
    return own or next((t for t in ctx.doc[ctx.sentence.start: verb.i] if t.pos_ == "AUX"
                        and "Fin" in t.morph.get("VerbForm")), None)


def _inverted_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Am Samstag wies Russlands Botschaft … zurück", "In dem Telefonat hat Joe Biden …
    gewarnt": after a fronted phrase the subject follows the finite verb; right after a quotation,
    the cue itself whatever its tag ('"…," warned association president Peter Adrian', "warned"
    tagged a participle: the auxiliary before it is the quotation's)."""
    finite = verb if after_quotation(verb) else finite_of(verb, ctx)
    if finite is None or finite.i == ctx.sentence.start:
        return None
    after_comma = _inverted_after_comma(verb, ctx)
    if ctx.grammar.subject_precedes_verb and not after_quotation(finite) and not after_comma:
        return None  # after the verb stands its object, unless a quotation went before: '"…," said X'
    span = noun_phrase_after(ctx.doc, finite.i + 1, ctx.sentence)
    openings = {"DET", "PROPN", "NOUN", "NUM"} | ({"ADJ"} if after_comma or after_quotation(finite) else set())
    # ("said Algerian … spokesman", '"…," said Republican party boss Reince Priebus')
    if span is None or ctx.doc[span[0]].pos_ not in openings:
        return None  # (a numeral counts the speakers: '"…," said one resident, who …')
    return _name_alone(_without_time(_before_relay(span, ctx), ctx), ctx)


def _before_relay(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """A speaker's phrase ends before the phrase that names whom the speaker had the words from ("Das berichten
    Medien | unter Berufung auf Regierungskreise", ``relay_nouns``)."""
    doc = ctx.doc
    relay = next((t.i for t in doc[span[0] + 1: span[1] - 1] if t.pos_ == "ADP"
                  and doc[t.i + 1].lemma_.lower() in ctx.grammar.relay_nouns), None)
    return (span[0], relay) if relay is not None else span


def _set_off_opening_subject(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """"Günther Platter, der Verteidigungsminister Österreichs, der zur Zeit … inne hat, | sagte zum
    Abschluss …": where a clause opens with its verb second (V2, not ``subject_precedes_verb``), the
    one place before the finite verb is the name that opens the sentence with what a comma sets off
    after it (an apposition, a relative clause), when the parse lost the verb's subject (it split the
    sentence after the relative clause) and no noun phrase follows the verb to be its subject. The
    speaker is the name with its apposition, not the relative clause."""
    finite = finite_of(verb, ctx)
    doc = ctx.doc
    if ctx.grammar.subject_precedes_verb or finite is None or finite.i < 2 or doc[finite.i - 1].text != "," \
            or finite.i + 1 >= ctx.sentence.end or doc[finite.i + 1].pos_ in {"DET", "NOUN", "PROPN", "PRON", "NUM"}:
        return None
    span = noun_phrase_after(doc, ctx.sentence.start, ctx.sentence)
    if span is None or not any(is_name(t) for t in doc[span[0]:span[1]]) or span[1] >= finite.i \
            or doc[span[1]].text != ",":
        return None
    described = _with_description(span[1], ctx, verb)  # ("Renate Künast, Fraktionschefin von Bündnis 90 / Die Grünen,")
    if described > span[1]:
        return span[0], described
    apposed = noun_phrase_after(doc, span[1] + 1, ctx.sentence)
    if apposed is not None and apposed[1] < finite.i and doc[apposed[1]].text == "," \
            and doc[apposed[0]].pos_ not in {"PRON", "ADP", "SCONJ"}:
        return span[0], apposed[1]
    return span


def after_quotation(word: Token) -> bool:
    """``word`` follows a closing quotation mark, or one and a comma."""
    doc = word.doc
    return word.i > 0 and (doc[word.i - 1].text in CLOSING_QUOTES
                           or doc[word.i - 1].text == "," and word.i > 1 and doc[word.i - 2].text in CLOSING_QUOTES)


def _name_alone(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """A phrase that opens with a name ends with it before a preposition: "hatte Biden | in der
    Ukraine lebende US-Bürger dazu aufgerufen" (the parser lost the object after the name); so does a
    person's name after a title ("sagte Regierungssprecher Steffen Hebestreit | in Berlin"), but for
    a name's particle ("Ursula von der Leyen") and the body a person speaks for ("Theo Kitz vom
    Bankhaus …", ``affiliation_prepositions``)."""
    doc = ctx.doc
    end = span[0]
    while end < span[1] and is_name(doc[end]):
        end += 1
    if span[0] < end < span[1] and doc[end].pos_ == "ADP":
        return span[0], end
    naming = naming_facts(doc.lang_)
    setting = next((i for i in range(span[0] + 1, span[1]) if doc[i].pos_ == "ADP" and doc[i].ent_iob_ != "I"
                    and _person_word(doc[i - 1]) and doc[i].lower_ not in ctx.grammar.affiliation_prepositions
                    and _particle_name_end(doc, i, span[1], naming) is None), None)
    return (span[0], setting) if setting is not None else span


def _without_time(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int]:
    """The phrase up to a time phrase in it: "der Parteivorsitzende Guido Westerwelle | am Abend"; not
    one inside a quoted name ("berichtet die „Welt am Sonntag“")."""
    doc = ctx.doc
    for i in range(span[0] + 1, span[1]):
        if doc[i].pos_ == "ADP" and not in_open_quotation(doc, span[0], i):
            noun = next((t for t in doc[i + 1: span[1]] if t.pos_ in NOMINAL), None)
            if noun is not None and is_time(noun, ctx):
                return span[0], i
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


def passive_agent(verb: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The agent of a passive: "wurde von der Polizei mitgeteilt", "was said by the police".
    Parsers often hang "von X" on the auxiliary, so its children count too; a verb after the
    preposition says how, it names no one ("accusing Tim Cook of defrauding shareholders | by
    concealing falling demand")."""
    heads = {verb.i} | {c.i for c in verb.children if c.dep_ in ANY_AUX}
    for agent in children(verb, AGENT):
        return _without_preposition(phrase(agent, ctx.sentence), ctx)
    for token in ctx.sentence:
        if token.lower_ in ctx.grammar.agent_prepositions and token.head.head.i in heads \
                and token.head.i != token.i and token.head.pos_ not in VERBAL:
            return _without_preposition(phrase(token.head, ctx.sentence), ctx)
    return None


def _without_preposition(span: tuple[int, int], ctx: SentenceContext) -> tuple[int, int] | None:
    """The phrase without its preposition, nor the report marker the parser hung on it ("Wie | aus
    einem Schreiben hervorgeht")."""
    start, end = span
    if ctx.doc[start].lower_ in ctx.grammar.report_markers and end - start > 1:
        start += 1
    if ctx.doc[start].pos_ == "ADP" and not _opens_name_with_article(ctx.doc, start, end):
        start += 1
    return (start, end) if end > start else None


def _opens_name_with_article(doc: Doc, start: int, end: int) -> bool:
    """"Von der Leyen sagte, …": a name particle with an article after it, before a person's name,
    is the name's first word, not a preposition (the parser had read the sentence's opening "Von" as
    a passive's agent marker, and the speaker had been "der Leyen"); no article goes with a name
    otherwise, so "von Merkel" is a preposition before one."""
    words = doc[start:end]
    return len(words) > 2 and words[0].lower_ in naming_facts(doc.lang_).name_particles \
        and words[1].pos_ == "DET" and all(is_name(t) for t in words[2:]) and words[-1].ent_type_ in PERSON_LABELS


def _after_words_quoted(start: int, token: Token, ctx: SentenceContext) -> int:
    """A source phrase starts after a quotation of someone's words that the parser hung on it:
    '"Nobody is above the law," | Rep. Adam Schiff said' ("law" made a compound of "Schiff")."""
    quote = next(ctx.speech.ending_by(token.idx), None)
    if quote is None or quote.end <= ctx.doc[start].idx:
        return start
    after = next((t.i for t in ctx.doc[start: token.i + 1] if t.idx >= quote.end and not (t.is_punct or t.is_space)),
                 start)
    return after


def relative_antecedent(pronoun: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun stands for: the noun its clause hangs on ("Putin, der
    sagte, …"), or the noun right before its comma where the parser hung the clause elsewhere
    ("vom Vorsitzenden Müller, | der bekräftigte, …"). None for a sentential relative ("…, was
    Moskau bezeichnete"). SpkAtt-2023 marks the pronoun as the source; whom it names is this."""
    if "Rel" not in pronoun.morph.get("PronType"):
        return None
    clause = pronoun.head
    if clause.dep_ in RELATIVE and clause.head.pos_ in NOMINAL:
        noun = clause.head
    elif pronoun.lower_ in ctx.grammar.sentential_relatives:
        return None
    else:
        noun = noun_before_comma(pronoun, ctx) or _agreeing_noun_before(pronoun, ctx)
    if noun is not None and not pronoun.morph.get("Gender") and _common_noun_after_preposition(noun):
        noun = noun.head  # "Officials with | the agency, | who asked …": the officials (a German pronoun's
        # gender tells: "ein Sprecher von der Polizei, | die …")
    return source_phrase(noun, ctx) if noun is not None else None


def _common_noun_after_preposition(noun: Token) -> bool:
    """A common noun in a prepositional phrase on a noun before it ("Officials | with the agency"): a
    relative clause after it is the first noun's ("the chairman of the committee, who …"; not "a friend of
    Trump, who …", whom a name may be)."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.head.pos_ in NOMINAL and noun.head.i < noun.i \
        and any(c.dep_ in CASE_MARKER and c.pos_ == "ADP" for c in noun.children)


def _agreeing_noun_before(pronoun: Token, ctx: SentenceContext) -> Token | None:
    """"…, wurde ein Prediger aus London zugeschaltet, | der alle Nichtmoslems aufforderte, …": a
    relative clause set after the verb stands for the nearest noun before it that agrees with the
    pronoun in gender and number (not "London"), a plural one in number alone."""
    gender, number = pronoun.morph.get("Gender"), pronoun.morph.get("Number")
    plural = number == ["Plur"]  # "Notrufe …, | die von Erschütterungen sprachen": a plural marks no gender
    if not (gender or plural) or not number or pronoun.i == 0 or pronoun.nbor(-1).text != ",":
        return None
    return next((t for t in reversed(ctx.doc[ctx.sentence.start: pronoun.i - 1]) if t.pos_ in NOMINAL
                 and (plural or t.morph.get("Gender") == gender) and t.morph.get("Number") == number), None)


def noun_before_comma(word: Token, ctx: SentenceContext) -> Token | None:
    """The noun or name right before the comma before ``word``, in its sentence: the one a relative
    clause opening at ``word`` hangs on, whatever the parser made of it ("Müller, | der …")."""
    doc = ctx.doc
    if word.i - 2 >= ctx.sentence.start and doc[word.i - 1].text == "," and doc[word.i - 2].pos_ in NOMINAL:
        return doc[word.i - 2]
    return None


def source_phrase(token: Token, ctx: SentenceContext, verb: Token | None = None) -> tuple[int, int]:
    """A source's noun phrase without what parsers hang on it: a leading "wie", a trailing
    time phrase ("die Ministerin am Montag"), a prepositional phrase on a name ("Moskau von
    Washington") or one that names the words ("zitierte einen Sprecher | mit den Worten") or the
    talk they were said in ("die Ministerin | im Interview mit dem Deutschlandfunk"), what follows
    a name ("Biden | in der Ukraine lebende US-Bürger"); with the name that closes it when the
    parser cut it off ("Der Berater des Präsidenten | Juri Uschakow sagte"), and quotation marks
    only in pairs („Süddeutsche Zeitung“), and with the names before a name the parser
    split off ("Reform UK leader Nigel | Farage described …", "Nigel" made the root)."""
    doc = ctx.doc
    naming = naming_facts(doc.lang_)
    start, end = phrase(token, ctx.sentence)
    if _stray_article(token):
        start, end = noun_phrase_after(doc, token.i, ctx.sentence) or (start, end)
    after_stop = _after_full_stop(start, end, verb, ctx)
    if after_stop is not None:
        return after_stop
    start = _after_words_quoted(start, token, ctx)
    start = _after_stray_preposition(start, token)
    start = _with_names_before(_after_finite_auxiliary(after_clause(start, token), token), token, ctx)
    start = _with_title_before(_with_description_before_name(_with_name_before_apposition(start, verb, ctx), verb, ctx),
                               token, ctx)
    start = _with_description_after_verb(start, token, verb, ctx)
    for child in token.subtree:
        opens = child.left_edge
        if child.i <= token.i:
            continue
        if child.dep_ in APPOSITION and opens.text == "," \
                and (first_word(child).pos_ == "ADP" or _subject_of_clause_after(child, verb, ctx)):
            end = min(end, opens.i)  # "der Gouverneur der Region, Oleh Synjehubow, | auf Telegram"; "betonte
            # Kanzler Scholz, | Deutschland werde …"
        elif child.dep_ in ADJUNCT and _particle_name_end(doc, opens.i, end, naming):
            continue  # "Konstantin | von Notz": part of the name
        elif _setting_on_person(child, opens, ctx) and not in_open_quotation(doc, start, opens.i):
            end = min(end, opens.i)  # "gab Manfred Stolpe | in Berlin bekannt"
        elif verb is not None and token.i > verb.i and opens.pos_ == "ADP" and opens.lower_ in \
                ctx.grammar.setting_prepositions | ctx.grammar.audience_prepositions \
                | ctx.grammar.media_listener_prepositions:
            end = min(end, opens.i)  # "sagte die Kanzlerin | bei einem Besuch in Paris", "… | vor Journalisten"
        elif child.dep_ in ADJUNCT and (
                child.head == token and (is_time(child, ctx) and not _genitive_with_article(opens)
                                         or token.pos_ == "PROPN" and opens.pos_ == "ADP"
                                         and not _capital_of_the_first_word(token) and not _joins_a_name(opens)
                                         or opens.pos_ == "ADP" and opens.i > token.i + 1 and is_name(doc[opens.i - 1])
                                         and not _joins_a_name(opens))
                or opens.pos_ == "ADP" and (ctx.lexicon.noun(child.lemma_)
                                            or child.lemma_.lower() in ctx.grammar.conversation_nouns
                                            or is_time(child, ctx))) \
                and not in_open_quotation(doc, start, opens.i):  # not inside „Bild am Sonntag“
            # (a time hung on the speaker's genitive: "ein Sprecher des Innenministeriums | am Abend")
            end = min(end, opens.i)
    if is_name(token) and not _capital_of_the_first_word(token):
        run_end = token.i + 1
        while run_end < end:
            past = _particle_name_end(doc, run_end, end, naming)  # "Konstantin von Notz"
            if past is None and not (is_name(doc[run_end]) or doc[run_end].text in QUOTE_MARKS or doc[run_end].text
                                     == "-" and run_end + 1 < end and is_name(doc[run_end + 1])  # "Jean-Pierre"
                                     or _name_word_mistagged(doc[run_end])  # "Marty | Small" ("Small" an adjective)
                                     or _joins_a_name(doc[run_end]) or doc[run_end].text[:1].isupper()
                                     and run_end > token.i + 1 and _joins_a_name(doc[run_end - 1])):
                break  # ("the Office for National Statistics": "National" tagged an adjective)
            run_end = past or run_end + 1
        end = run_end
    if verb is not None and end <= verb.i:
        opens_sentence = all(t.is_space or t.is_punct for t in doc[ctx.sentence.start: start])  # (not "dass er | Fans")
        while end < verb.i:
            past = _particle_name_end(doc, end, verb.i, naming)  # ("Ursula | von der Leyen")
            if past is None and doc[end].pos_ != "PROPN" and not (opens_sentence and _noun_of_the_name(doc[end], ctx)):
                break
            end = past or end + 1
    end = _with_name_after_title(doc, end, ctx)
    stop = next((t.i for t in doc[token.i + 1: end] if t.pos_ in {"PART", "ADV", "VERB", "AUX"}
                 and (t.dep_ != "amod" or "Fin" in t.morph.get("VerbForm") and doc[t.i - 1].text == ",")
                 and not _possessive_marker(t) or opens_another_phrase(t)), end)  # "US-Präsident Joe Biden | seinen
    # russischen Kollegen" (not "A spokeswoman for the prosecutor | 's | office"); a finite verb after a comma
    # the parser made a modifier ends it: "A senior Hamas official, Osama Hamdan, | accused Israel … and warned"
    end = trim(doc, start, stop)[1] if stop < end else end
    end = _with_participle_phrase(end, token, verb)
    end = _before_relative_clause(doc, start, _to_entity_end(doc, end, verb))
    if verb is not None:
        end = _with_coordinated_name(_with_bracketed(doc, end, ctx.sentence), verb, ctx)
        end = _with_affiliation(end, verb, ctx)
    end = _with_apposed_name(doc, _with_description(_with_bracketed(doc, end, ctx.sentence), ctx, verb), ctx.sentence)
    end = _before_clause_mark(doc, *_before_relay((start, end), ctx))
    end = _with_rest_of_prefield(start, end, verb, ctx)
    while start < end - 1 and (doc[start].pos_ in {"SCONJ", "CCONJ", "ADV", "PART"}
                               or doc[start].lower_ in ctx.grammar.report_markers or stray_word(doc[start], ctx)):
        start += 1  # ("wie" tagged a preposition: "wie | die „Bild“-Zeitung … berichtete"; "musste | Steinbrück")
    if start + 2 < end and doc[start + 1].text == "," and is_time(doc[start], ctx) \
            and doc[start].ent_type_ not in PERSON_LABELS:
        start += 2  # "Friday, | Texas, leading a coalition of 13 states, said …": the day opens the sentence
    return _paired_marks(doc, _whole_word_start(doc, start, ctx.sentence.start), end, ctx.sentence.end)


def _whole_word_start(doc: Doc, start: int, limit: int) -> int:
    """"WHO Director-|General Tedros Adhanom Ghebreyesus said": a source opens with a whole word, not
    inside one the tokenizer split at its hyphens; with the acronym of the body before such a title."""
    at = start
    while at - 2 >= limit and inner_hyphen(doc[at - 1]) and doc[at - 2].text[-1:].isalnum():
        at -= 2
    if at < start and at > limit and _acronym(doc[at - 1]):
        at -= 1  # ("WHO | Director-General")
    return at


def _acronym(word: Token) -> bool:
    """A word in capitals, which before a title names the body ("WHO | Director-General", tagged a
    pronoun), whatever the tagger made of it."""
    return word.is_upper and word.is_alpha and len(word) > 1


def _with_rest_of_prefield(start: int, end: int, verb: Token | None, ctx: SentenceContext) -> int:
    """"Der republikanische Senator Jim DeMint | aus South Carolina | hat … angekündigt": where a
    clause puts its verb second (not ``subject_precedes_verb``), the one place before the finite
    verb holds one phrase, so a subject that opens the sentence keeps the prepositional phrase
    between it and the verb, which the cuts above take for the parser's misplaced adjunct."""
    doc = ctx.doc
    finite = finite_of(verb, ctx) if verb is not None and not ctx.grammar.subject_precedes_verb else None
    if finite is None or not end < finite.i or doc[end].pos_ != "ADP" \
            or any(not (t.is_space or t.is_punct) for t in doc[ctx.sentence.start: start]):
        return end
    if any(t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"} or t.is_punct and t.text not in "()"
           for t in doc[start: finite.i]):  # (not "Verglichen mit den Antworten …", a participle clause)
        return end
    return finite.i


def _genitive_with_article(opens: Token) -> bool:
    """A phrase opened by a genitive article is the owner of the noun it hangs on, also where its noun
    ends like a time: "Die Initiatoren | der Aktionswoche | betonen" (not "die Ministerin | am Montag")."""
    return opens.pos_ == "DET" and "Gen" in opens.morph.get("Case")


def _name_word_mistagged(word: Token) -> bool:
    """A capitalised word the parser joined to the name before it as a later part of it, whatever its tag."""
    return word.dep_ in NAME_CONTINUATION and word.head.i < word.i and word.text[:1].isupper()


def _subject_of_clause_after(apposition: Token, verb: Token | None, ctx: SentenceContext) -> bool:
    """A phrase the parser set beside a speaker after the verb, right before a finite verb of its own, is
    the subject of the reported clause: "betonte Kanzler Scholz, | Deutschland | werde die Ukraine …" (not
    "René Préval, der Präsident des Staates | sagte", the cue's own finite)."""
    after = apposition.right_edge.i + 1
    if verb is None or apposition.i < verb.i or after >= ctx.sentence.end:
        return False
    following = ctx.doc[after]
    return is_finite_verb(following) and following != finite_of(verb, ctx) and following != verb


def _before_clause_mark(doc: Doc, start: int, end: int) -> int:
    """A speaker's phrase ends before a colon, and before a comma that opens a clause, a participle
    clause or a phrase of a preposition, which no apposition opens, however the parser hung them on the
    speaker: "die Kläger |, dass die Bundesregierung …", "Local media, | citing police sources, |
    reported …" ("citing" made an attribute of "sources"), "die Gefängnisse |, aus Sicherheitsgründen",
    "Bundesinnenminister Schily |: „Der heutige Beschluss …“"."""
    for token in doc[start + 1: end - 1]:
        following = token.nbor(1)
        if token.text == "," and is_gerund(following):
            return token.i
        if token.text == ":" or token.text == "," and following.pos_ in {"SCONJ", "ADP", "PART"}:
            return trim(doc, start, token.i)[1]
    return end


def _capital_of_the_first_word(token: Token) -> bool:
    """A word tagged a name for its capital only, opening the sentence outside any entity: "Officials |
    at the health department said" (a name's phrase would end with its words)."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.i == token.sent.start


def _with_participle_phrase(end: int, noun: Token, verb: Token | None) -> int:
    """A participle right after the speaker's phrase, on its last noun, with its own phrase and nothing
    more, says which ones speak: "People | briefed on the situation | said", "said a person | briefed on
    the plans", "A redacted copy of the memo | seen by Reuters | said" (a relative clause, with its
    pronoun, still ends the phrase; so does a participle after a comma)."""
    doc = noun.doc
    participle = doc[end] if end < len(doc) else None
    if participle is None or not noun.left_edge.i <= participle.head.i <= noun.right_edge.i \
            or not _describing_participle(participle):
        return end
    last = _participle_phrase_end(participle)
    closed = last is not None and (last == len(doc) or doc[last].is_punct or verb is not None and last == min(
        t.i for t in verb_group(verb)))  # (not "a woman | asked for a photo | and Clinton said": a verb misread)
    return last if closed else end


def _participle_phrase_end(participle: Token) -> int | None:
    """Where the participle's phrase ends, where it is of one piece and joins nothing (else None: the
    parse hung part of what follows elsewhere, or ran on past a comma or conjunction: "a woman | asked
    for a photo and Clinton | said", a past misread as a participle)."""
    words = sorted(participle.subtree, key=lambda t: t.i)
    whole = words[-1].i - words[0].i + 1 == len(words)
    return words[-1].i + 1 if whole and not any(t.text == "," or t.pos_ == "CCONJ" for t in words) else None


def participle_after_noun(word: Token) -> bool:
    """A past participle set right after the noun it hangs on ("people | briefed", "a statement | posted")."""
    return word.dep_ in REDUCED_RELATIVE and word.head.i == word.i - 1 and word.head.pos_ in NOMINAL \
        and "Part" in word.morph.get("VerbForm") and word.morph.get("Tense") == ["Past"]


def _describing_participle(word: Token) -> bool:
    """A past participle set right after its noun with a phrase of its own ("people | briefed | on the
    situation", "residents | interviewed | by the BBC")."""
    return participle_after_noun(word) and any(c.dep_ in OBLIQUE | AGENT for c in word.children)


def _noun_of_participle_before_agent(subject: Token, ctx: SentenceContext) -> tuple[int, int] | None:
    """The noun phrase with its participle and agent, where the parser made the agent the subject:
    "Economists polled by | Reuters | had forecast growth" (the economists forecast)."""
    doc = ctx.doc
    opening = subject.left_edge.i
    if opening < 3 or doc[opening - 1].lower_ not in ctx.grammar.agent_prepositions:
        return None
    participle = doc[opening - 2]
    noun = participle.head
    if "Part" not in participle.morph.get("VerbForm") or participle.dep_ not in REDUCED_RELATIVE \
            or noun.pos_ not in NOMINAL or noun.i != opening - 3:
        return None
    return noun.left_edge.i, subject.right_edge.i + 1


def _after_stray_preposition(start: int, subject: Token) -> int:
    """A subject takes no preposition: where the parser hung a conjunction it read as one on it, with
    words of another phrase before it ("Shares fell 3% | after | the company warned …", "3% after"
    made part of the subject), the phrase starts after it (one that opens with a preposition is no
    subject at all: "was heard on a microphone telling …")."""
    if subject.dep_ not in SUBJECT:
        return start
    particles = naming_facts(subject.doc.lang_).name_particles
    markers = [c.i for c in subject.children if c.dep_ in CASE_MARKER and c.i < subject.i
               and c.lower_ not in particles]  # (not a name's particle: "de | Maizière")
    return markers[-1] + 1 if markers and markers[-1] > start else start


def _noun_of_the_name(word: Token, ctx: SentenceContext) -> bool:
    """A capitalised noun between a speaker's phrase that opens the sentence and the verb, where nouns
    are capitalised, is part of the speaker's name or title the parser split off (a German main clause
    has one phrase before its verb): "Ihr | Vorsitzender Eberhard Brandt erklärte", "Hilda | Morales
    Trujillo spricht" ("Morales" tagged a noun)."""
    return ctx.grammar.nouns_capitalised and word.pos_ == "NOUN" and word.text[:1].isupper() \
        and not is_time(word, ctx)


def _after_finite_auxiliary(start: int, head: Token) -> int:
    """A source holds no clause: where the parser hung a finite auxiliary before the head on it
    ("Nachdem die Fälschung bekannt wurde, | hat | Frau Hinz … angekündigt", "hat" made an attribute
    of "Frau"), the phrase starts after the last one. (Not a verb, which may be the cue the parser
    hung on a listener: "Keir Starmer told | parliament, adding …".)"""
    finite = [t for t in head.doc[start: head.i] if t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm")]
    return finite[-1].i + 1 if finite else start


def after_clause(start: int, head: Token) -> int:
    """A source holds no clause: where the parser hung a clause that ends with a comma before the head
    on it ("… impact on how much the middle class pays, | analysts say", "pays" made a compound of
    "analysts"), the phrase starts after that comma."""
    doc = head.doc
    commas = [t.i for t in doc[start: head.i] if t.text == ","
              and any(is_finite_verb(w) for w in doc[start: t.i])]
    return commas[-1] + 1 if commas else start


def _after_full_stop(start: int, end: int, verb: Token | None, ctx: SentenceContext) -> tuple[int, int] | None:
    """A source never runs over a full stop: where the parser read two sentences as one and hung the
    speaker on a word of the first ("Die Universität … war bereits 1999 Schauplatz von Unruhen und gilt
    als Mittelpunkt für die Reformkräfte. | EU-Außenkommissarin Benita Ferrero-Waldner teilte mit"), the
    noun phrase after the last full stop before the verb is the speaker; nor over a colon that opens a
    quotation ("Das Weiße Haus veröffentlichte eine Zusammenfassung des Gesprächs: „| Präsident Biden
    machte deutlich, …")."""
    if verb is None or start >= verb.i:
        return None
    stop = next((t for t in reversed(ctx.doc[start: min(end, verb.i)])
                 if (t.text in SENTENCE_ENDS or _opens_quotation(t)) and t.is_punct
                 and not any(not q.start <= verb.idx < q.end for q in ctx.quotes_around.containing(t.idx, t.idx + 1))),
                None)  # (not the mark of a quoted title: "„Wer wird Millionär?“-Moderator")
    if stop is None:
        return None
    first = stop.i + 2 if _opens_quotation(stop) else stop.i + 1
    return noun_phrase_after(ctx.doc, first, ctx.sentence) if first < verb.i else None


def _opens_quotation(token: Token) -> bool:
    """A colon right before an opening quotation mark: the words after it are the quotation's."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text == ":" and after is not None and after.text in OPENING_ONLY_QUOTES


def _stray_article(token: Token) -> bool:
    """An article the parser made the phrase itself, its noun given another role: "Der | russische
    Kinderbeauftragte Pawel Astachow teilte mit" ("Der" the subject, the noun an object); the noun
    phrase it opens is the source."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "DET" and "Art" in token.morph.get("PronType") and not list(token.children) \
        and following is not None and following.pos_ in {"ADJ", "NOUN", "PROPN"} and following.head != token


def _to_entity_end(doc: Doc, end: int, verb: Token | None) -> int:
    """Past the rest of a named entity the phrase ends inside, which the parser hung elsewhere:
    "das Bundesamt | für Migration und Flüchtlinge" ("für Migration" parsed as the verb's phrase);
    never over the cue."""
    stop = verb.i if verb is not None and verb.i >= end else len(doc)
    while end < stop and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _before_relative_clause(doc: Doc, start: int, end: int) -> int:
    """A source ends before a comma, a relative pronoun and a clause with a finite verb, however the
    parser hung them: "The mayor | , who is up for re-election next year, has said" (not before an
    apposition opened by an article: "Houcine Abassi, der Generalsekretär des …", "…, die
    „Koalition für Einheit“")."""
    for comma in (t for t in doc[start + 1: end - 1] if t.text == ","):
        pronoun = comma.nbor(1)
        if "Rel" not in pronoun.morph.get("PronType") or pronoun.dep_ in DETERMINER:
            continue
        limit = end if pronoun.i + 1 < end else pronoun.sent.end  # (a source cut before the clause's verb:
        # "a longtime adviser to Trump, who | declined to be identified", made an advcl:relcl)
        clause_end = next((t.i for t in doc[pronoun.i + 1: limit] if t.text == ","), limit)
        if any(is_finite_verb(t) for t in doc[pronoun.i + 1: clause_end]):
            return comma.i
    return end


def _particle_name_end(doc: Doc, at: int, end: int, naming: NamingFacts) -> int | None:
    """Past the name that a name particle at ``at`` (with an article after it) joins on to a
    person's name before it, before ``end``: "Konstantin | von Notz", "Ursula | von der Leyen"; not
    a preposition between two places ("fordert Moskau | von Washington")."""
    if doc[at].lower_ not in naming.name_particles or at == 0 or doc[at - 1].ent_type_ not in PERSON_LABELS:
        return None
    after = at + 1
    if after < end and doc[after].pos_ == "DET":
        after += 1
    named = after < end and is_name(doc[after]) and doc[after].ent_type_ not in PLACE_OR_BODY_LABELS
    return after + 1 if named else None


def _with_name_after_title(doc: Doc, end: int, ctx: SentenceContext) -> int:
    """A name right after a phrase that ends in a noun is the name the title belongs to, where the
    parser gave it no argument role: "erklärte CDU-Generalsekretär | Carsten Linnemann" (parsed as
    a clause), not "warf der Präsident | Putin vor" (Putin the object). After a title without an
    article ("sagte Innenministerin | Nancy Faeser", "Nancy" parsed as the object) a person's name
    is the title's whatever its tag and role: a bare singular noun names no one by itself; so is a
    title the tagger took for a name, outside any entity ("versprach Innenministerin | Nancy Faeser"); so is
    a person's name after a title that the parser gave no role of the verb's ("empfahl der ehemalige
    Umweltminister | Jürgen Trittin | den Umstieg", the title made a genitive)."""
    if end >= ctx.sentence.end or end == 0:
        return end
    title = doc[end - 1]
    if not (title.pos_ == "NOUN" or title.pos_ == "PROPN" and not title.ent_type_):
        return end
    if end + 1 < ctx.sentence.end and _opens_a_title(doc[end], doc[end + 1]):
        return _title_end(doc, end + 1, ctx)  # "Das Magazin | Der Spiegel | berichtete"
    bare = not any(c.dep_ in DETERMINER | POSSESSIVE for c in title.children) and "Sing" in title.morph.get("Number")
    unplaced = title.dep_ not in SUBJECT | OBJECTS  # ("empfahl der ehemalige Umweltminister | Jürgen Trittin | den
    # Umstieg": the title made a genitive, the name an object; the title speaks only with its name)
    run = end
    while run < ctx.sentence.end and is_name(doc[run]) and (
            doc[run].pos_ == "PROPN" and (doc[run].dep_ not in OBJECTS
                                          or unplaced and doc[run].ent_type_ in PERSON_LABELS)
            or bare and doc[run].ent_type_ in PERSON_LABELS):
        run += 1
    return run


def _with_names_before(start: int, token: Token, ctx: SentenceContext) -> int:
    """Proper nouns right before a name's phrase, opening their clause, belong to it: "Reform UK
    leader Nigel | Farage", "Press Secretary Karine Jean- | Pierre" (hyphened, and, where nouns are
    not capitalised, a title's capitalised nouns; where they are, the one noun right before the
    name: "CDU-Chef | Friedrich Merz"), not "On | Tuesday | Trump", a time, nor "In | Washington |
    Biden"."""
    doc = ctx.doc
    if not is_name(token) or start != token.i:
        return start
    first = start
    while first > ctx.sentence.start and not is_time(doc[first - 1], ctx):
        before = doc[first - 1]
        if before.text == "-" and first - 1 > ctx.sentence.start and doc[first - 2].pos_ == "PROPN":
            first -= 2  # "Jean-Pierre"
        elif before.pos_ == "PROPN" or before.pos_ == "NOUN" and before.is_title and not ctx.grammar.nouns_capitalised:
            first -= 1
        elif before.pos_ == "NOUN" and first == token.i and ctx.grammar.nouns_capitalised:
            first = _title_phrase_start(before)  # a title the parser made an adverb: "CDU-Chef | Friedrich Merz
            # wies … zurück", or the root: "Auch der russische Außenminister | Sergei Lawrow sprach …"
        else:
            break
    opening = first == ctx.sentence.start or doc[first - 1].is_punct or doc[first - 1].is_space \
        or all(t.pos_ in {"ADV", "CCONJ"} for t in doc[ctx.sentence.start: first])  # ("Auch | der …")
    return first if opening else start


def _title_phrase_start(title: Token) -> int:
    """The first of the article and adjectives right before a title that are its own."""
    doc, first = title.doc, title.i
    while first > title.sent.start and doc[first - 1].head == title and doc[first - 1].pos_ in {"DET", "ADJ"}:
        first -= 1
    return first


def _with_description_after_verb(start: int, token: Token, verb: Token | None, ctx: SentenceContext) -> int:
    """"“…,” said | Republican party boss | Reince Priebus": the words of a noun phrase between the verb
    and the name after it, however the parser hung them, are the name's description (not a time:
    "said Tuesday | Reince Priebus")."""
    if verb is None or not is_name(token) or not verb.i < start <= token.i:
        return start
    words = ctx.doc[verb.i + 1: start]
    if words and all(t.pos_ in NAME_PHRASE_POS and t.is_alpha and not is_time(t, ctx) for t in words):
        return verb.i + 1
    return start


def _with_title_before(start: int, token: Token, ctx: SentenceContext) -> int:
    """"Auch der ehemalige FIFA-Schiedsrichter | Urs Meier kritisierte": a name the parser set in
    apposition to the noun right before it, its title, speaks with the title's phrase."""
    head = token.head
    if not is_name(token) or start != token.i or token.dep_ not in APPOSITION or head.i != start - 1 \
            or head.pos_ != "NOUN":
        return start
    return _title_phrase_start(head)


def _with_description_before_name(start: int, verb: Token | None, ctx: SentenceContext) -> int:
    """A description that opens the sentence before a comma belongs to the name after it, set off by
    commas before the verb, whatever the parser made of it: "Iran's foreign minister, | Hossein
    Amir-Abdollahian, warned" ("minister" made a root of its own after a paragraph break)."""
    words = _opening_before_comma(start, verb, ctx) if ctx.doc[start].pos_ == "PROPN" else None
    if not words or len(words) > MAX_DESCRIPTION_WORDS or words[-1].pos_ != "NOUN" \
            or not all(t.pos_ in NP_POS or _possessive_marker(t) for t in words) or words[0].pos_ == "ADP":
        return start
    return words[0].i


def _opening_before_comma(start: int, verb: Token | None, ctx: SentenceContext) -> list[Token] | None:
    """The words that open the sentence before the comma right before ``start``, where the phrase from
    ``start`` is set off by a comma before the verb ("Iran's foreign minister, | Hossein Amir-Abdollahian, |
    warned"; "Elon Musk, | der Milliardär hinter der Firma, | kündigte … an")."""
    doc = ctx.doc
    comma = start - 1
    if verb is None or verb.i < start or comma <= ctx.sentence.start or doc[comma].text != "," \
            or verb.i - 1 <= start or doc[verb.i - 1].text != ",":
        return None
    return [t for t in doc[ctx.sentence.start: comma] if not t.is_space]


def _with_name_before_apposition(start: int, verb: Token | None, ctx: SentenceContext) -> int:
    """A name that opens the sentence before a comma belongs to the phrase after it that the parser
    made the speaker, an apposition set off by commas before the verb: "Elon Musk, | der Milliardär
    hinter der Firma, kündigte … an" (the parser made "Elon" the root), "Christel Happach-Kasan, | die
    ernährungspolitische Sprecherin der FDP-Fraktion, kritisierte", "Craig Minassian, | a spokesman for
    the foundation, said", "Rahm Emanuel, | his chief of staff, urged"."""
    name = _opening_before_comma(start, verb, ctx) if ctx.doc[start].dep_ in DETERMINER | POSSESSIVE else None
    if not name or len(name) > 4 or not (name[-1].pos_ == "PROPN" or _surname_mistagged(name)) \
            or not all(t.pos_ in NOMINAL or t.text == "-" for t in name[:-1]):  # (a title before it: "Christel" a noun)
        return start
    return name[0].i


def _surname_mistagged(name: list[Token]) -> bool:
    """The last word of a person's name, capitalised, that the tagger did not know for a name: "Craig
    | Minassian |, a spokesman for the foundation, said" ("Minassian" tagged an adjective, outside the
    entity of "Craig")."""
    last = name[-1]
    return len(name) > 1 and last.text[:1].isupper() and last.pos_ in {"ADJ", "NOUN", "X"} \
        and name[-2].ent_type_ in PERSON_LABELS


def listener_in_phrase(doc: Doc, span: tuple[int, int], grammar: Grammar
                       ) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """"Nach Angaben der Sprecherin Anja Seugling | gegenüber dem Weser-Kurier | ist …", "…, so der
    Mitarbeiter | gegenüber der Zeitung „Beijing Shibao“", "Clinton | to | Planned Parenthood: …": a
    phrase of a listener preposition (``addressee_prepositions``) after a noun of a speaker's phrase is
    to whom the words were said, not part of the speaker; the speaker's words and the listener's."""
    marker = next((t for t in doc[span[0] + 1: span[1]] if t.pos_ == "ADP"
                   and t.lower_ in grammar.addressee_prepositions and doc[t.i - 1].pos_ in NOMINAL), None)
    if marker is None:
        return span, None
    speaker, listener = trim(doc, span[0], marker.i), trim(doc, marker.i + 1, span[1])
    if speaker[1] <= speaker[0] or listener[1] <= listener[0]:
        return span, None
    return speaker, listener


def juxtaposed_object(noun: Token, ctx: SentenceContext) -> bool:
    """"Die Behörden werfen dem Minister | Korruption vor", "empfiehlt allen Reisenden nach Brasilien |
    „konsequenten Mückenschutz“": a common noun after the listener's, with no comma between, which the
    parser made its apposition, or its genitive though it has no article to be one ("warf der
    Bundesregierung | Versagen vor"), is the verb's second object, where nouns are capitalised
    (``nouns_capitalised``: German sets no apposition without a comma but a name's)."""
    head = noun.head
    bare_owner = noun.dep_ in OWNER and not children(noun, DETERMINER | CASE_MARKER | POSSESSIVE)
    return ctx.grammar.nouns_capitalised and noun.pos_ == "NOUN" and (noun.dep_ in APPOSITION or bare_owner) \
        and head.pos_ == "NOUN" and head.i < noun.i and not noun.ent_type_ \
        and not any(t.text == "," for t in noun.doc[head.i + 1: noun.left_edge.i])


def first_of_two_objects(noun: Token, verb: Token, lemma: str, ctx: SentenceContext) -> bool:
    """"Die Behörden werfen Luna | Menschenhandel vor", "Zapatero hat Deutschland | heute Versagen
    vorgeworfen": a ``dative_listener_verbs`` verb names its dative listener before the thing it
    charges or offers, so of two bare noun phrases after its finite verb (no preposition, no article
    that marks a nominative), which the parser made an object and its apposition or two arguments of
    the verb (the first one may hang on the finite auxiliary), the first is the listener."""
    finite = finite_of(verb, ctx)
    if lemma not in ctx.grammar.dative_listener_verbs or finite is None or noun.head not in (verb, finite) \
            or noun.i < finite.i or noun.pos_ not in NOMINAL \
            or noun.dep_ not in DIRECT_OBJECT | DATIVE_OBJECT | CASELESS_ARGUMENT \
            or any(c.dep_ in CASE_MARKER for c in noun.children) or _nominative_article(noun):
        return False
    if noun.pos_ == "PROPN" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].pos_ == "NOUN":
        return False  # "empfahl der ehemalige Umweltminister | Jürgen Trittin | den Umstieg": the title's name
    return any(juxtaposed_object(c, ctx) for c in noun.children) or any(
        c.i > noun.i and c.dep_ in DIRECT_OBJECT and c.pos_ == "NOUN" and not any(
            d.dep_ in CASE_MARKER for d in c.children) for c in verb.children)


def _nominative_article(noun: Token) -> bool:
    article = _article(noun)
    return article is not None and article.morph.get("Case") == ["Nom"]


def opens_another_phrase(token: Token) -> bool:
    """A determiner right after a noun or name that is not a genitive one ("der Sprecher des
    Ministeriums") opens the next noun phrase of the clause: "Joe Biden | seinen Kollegen"; so do
    an adjective in lower case right after a name ("Dmitri Peskow | russischen Nachrichtenagenturen
    zufolge"), or after any noun in a language that capitalises nouns (``nouns_capitalised``: German
    puts no adjective after its noun), and a numeral before a noun."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.pos_ in NOMINAL and _opens_genitive_by_form(token):
        return False
    if previous is not None and token.pos_ == "ADJ" and token.is_lower and is_name(previous):
        return True
    if previous is not None and previous.pos_ == "NOUN" and load_grammar(token.doc.lang_).nouns_capitalised and (
            token.pos_ == "ADJ" and token.is_lower and not _owner_without_article(token, previous)
            or token.pos_ == "NOUN" and previous.head == token and previous.dep_ == "amod" and not token.ent_type_):
        return True  # (a noun the parser made the next one's adjective: "warf dem Kanzler | Untätigkeit vor")
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if previous is not None and token.pos_ == "NUM" and previous.pos_ in NOMINAL and _counts_a_noun(token):
        return True  # a numeral counting the next noun: "nach Polizeiangaben | zwei (deutsche) Menschen"
    if previous is not None and previous.text in CLOSING_QUOTES and token.i > 1:
        previous = token.doc[token.i - 2]  # a quoted name: "nach Informationen des „Spiegel“ | die Hilfen"
    return token.pos_ in {"DET", "PRON"} and previous is not None and previous.pos_ in NOMINAL \
        and ("Gen" not in token.morph.get("Case")
             or "Yes" in token.morph.get("Poss") and not _opens_owner(token, previous)) \
        and not _opens_a_title(token, following)


def _opens_genitive_by_form(word: Token) -> bool:
    """A determiner that is genitive by its form alone, or adjectives in the genitive plural's ending
    before their noun, open a noun's owner whatever the parse: "nach Angaben | seines Impresario",
    "nach Angaben | libanesischer Sicherheitskreise" (``genitive_determiners``,
    ``genitive_adjective_endings``; the parser had read the noun as dative or made it the subject)."""
    grammar = load_grammar(word.doc.lang_)
    if word.pos_ == "DET":
        return word.lower_ in grammar.genitive_determiners
    if word.pos_ != "ADJ" or not word.is_lower or not grammar.genitive_adjective_endings:
        return False
    run = list(takewhile(lambda t: t.pos_ in {"ADJ", "ADV"} and t.is_lower, word.doc[word.i:]))
    after = word.doc[run[-1].i + 1] if run[-1].i + 1 < len(word.doc) else None
    return after is not None and after.pos_ == "NOUN" and all(
        t.lower_.endswith(grammar.genitive_adjective_endings) and "Cmp" not in t.morph.get("Degree")
        for t in run if t.pos_ == "ADJ")


def _counts_a_noun(numeral: Token) -> bool:
    """The first word after the numeral that is no adjective is a noun."""
    counted = next((t for t in numeral.doc[numeral.i + 1:] if t.pos_ != "ADJ"), None)
    return counted is not None and counted.pos_ == "NOUN"


def _title_end(doc: Doc, start: int, ctx: SentenceContext) -> int:
    """Past the capitalised words of a title from ``start``: "Der | Spiegel", "The | Daily Telegraph"."""
    while start < ctx.sentence.end and doc[start].text[:1].isupper() and not is_finite_verb(doc[start]):
        start += 1
    return start


def _opens_a_title(article: Token, following: Token | None) -> bool:
    """An article written with a capital inside the sentence, before a name's word, opens a title: "Die
    britische Tageszeitung | The Daily Telegraph | berichtete", "Das Magazin | Der Spiegel" (not an
    article of the next phrase, which is written in lower case)."""
    return article.pos_ == "DET" and article.text[:1].isupper() and not article.is_sent_start \
        and following is not None and following.text[:1].isupper()


def _opens_owner(possessive: Token, noun: Token) -> bool:
    """A genitive possessive that opens the noun's genitive by the parse too: "nach Angaben | seines
    Vermögensverwalters" (not "sagte Merkel | ihrer Kollegin", whose case the tagger may read as genitive)."""
    return _opens_owner_phrase(possessive, noun) and "Gen" in possessive.head.morph.get("Case")


def _owner_without_article(adjective: Token, noun: Token) -> bool:
    """An adjective that opens the noun's genitive, which has no article in the plural: "der Verband |
    kommunaler Unternehmen", not "laut ihrem Anführer | starken Zulauf" (the verb's object)."""
    return _opens_owner_phrase(adjective, noun) \
        and all(t.pos_ == "ADJ" for t in adjective.doc[adjective.i: adjective.head.i])


def _opens_owner_phrase(word: Token, noun: Token) -> bool:
    """``word`` stands before the head of a phrase the parser made ``noun``'s owner."""
    owner = word.head
    return owner.head == noun and owner.dep_ in OWNER and owner.i > word.i


def _paired_marks(doc: Doc, start: int, end: int, limit: int) -> tuple[int, int]:
    """Quotation marks in pairs, and a bracket closed: "Movement for Democratic Change (MDC)"; a quoted first
    part keeps the rest of its compound: "die „Bild“-Zeitung" (the tokenizer splits "-Zeitung" off)."""
    words = [t.text for t in doc[start:end]]
    if words.count("(") > words.count(")") and end < limit and doc[end].text == ")":
        end += 1
    marks = sum(1 for t in doc[start:end] if t.text in QUOTE_MARKS and not _inside_word(t))
    if marks % 2 == 0:
        return start, _with_compound_tail(doc, end, limit)
    if end < limit and doc[end].text in QUOTE_MARKS:
        return start, end + 1
    if doc[start].text in QUOTE_MARKS and start + 1 < end:
        return start + 1, end
    if doc[end - 1].text in QUOTE_MARKS and end - 1 > start:
        return start, end - 1
    return start, end


def _inside_word(mark: Token) -> bool:
    """An apostrophe between two letters is part of a name, not a quotation mark: "Mark O | ’ | Keefe" (the
    German tokenizer splits it off), "D’Alema"."""
    doc, at = mark.doc, mark.i
    return mark.text in APOSTROPHES and 0 < at < len(doc) - 1 and not doc[at - 1].whitespace_ \
        and not mark.whitespace_ and doc[at - 1].text[-1:].isalpha() and doc[at + 1].text[:1].isalpha()


def _with_compound_tail(doc: Doc, end: int, limit: int) -> int:
    """Past the rest of a compound written right after a closing quotation mark: "„Bild“ | -Zeitung"."""
    closing = doc[end - 1]
    tail = doc[end] if end < limit else None
    return end + 1 if tail is not None and closing.text in CLOSING_QUOTES and not closing.whitespace_ \
        and tail.text.startswith("-") and tail.text[1:2].isalpha() else end


def is_name(token: Token) -> bool:
    """A name's word; a number word is none, whatever its tag ("Seventy-four percent of …")."""
    return (token.pos_ == "PROPN" or token.ent_type_ in {"PER", "ORG", "LOC", "PERSON", "GPE"}) and not token.like_num


def _is_time_word(subject: Token, ctx: SentenceContext) -> bool:
    """"Gestern berichtete die Zeitung, …", "Anfang Juli hat der Sender berichtet": the parser made the
    opening time word, or a part of a period with its time word (``period_parts``), the subject."""
    nouns = [c for c in subject.children if c.pos_ in NOMINAL]
    if subject.lower_ in ctx.grammar.period_parts:
        return bool(nouns) and all(is_time_word(c, ctx.grammar) for c in nouns)
    return is_time_word(subject, ctx.grammar) and not nouns


def is_time(token: Token, ctx: SentenceContext) -> bool:
    """A date or a time noun, also in the plural ("for years", "seit Jahren") and as the end of a
    compound ("Donnerstagabend"), but for the bodies and events named like one (``not_time_nouns``:
    "der Fraktionsvorsitzende im Landtag", "Bundestag", "Parteitag")."""
    if token.ent_type_ in TIME_LABELS:
        return True
    forms = (token.lower_, token.lemma_.lower())
    return any(form.endswith(word) for form in forms for word in ctx.grammar.time_nouns) and not any(
        form.endswith(word) for form in forms for word in ctx.grammar.not_time_nouns)


def noun_phrase_after(doc: Doc, start: int, sentence: Span) -> tuple[int, int] | None:
    """The noun phrase that begins at token ``start`` (a fallback when the parse is poor)."""
    end = start
    while end < sentence.end and doc[end].text not in {",", "."}:
        quoted = _quoted_name_end(doc, end, sentence)
        if quoted is not None:
            end = quoted  # "Laut einem Bericht des „Spiegel“", "Laut „Welt“"
            continue
        if end > start and _describing_participle(doc[end]):
            end = _participle_phrase_end(doc[end]) or end  # "according to people | briefed on the talks"
            break
        if doc[end].like_url and end == start:
            end += 1  # a web address names itself, whatever its tag: "laut | faz.net | appellierte …"
            break
        if doc[end].pos_ not in NP_POS and not _possessive_marker(doc[end]) and not _modifies_noun_after(doc[end]) \
                and not inner_hyphen(doc[end]):
            break
        if doc[end].pos_ == "ADP" and end > start and not opens_modifier_complement(doc[end]) \
                and not in_attribute_before_noun(doc[end]) \
                and (doc[end - 1].pos_ not in NOMINAL or _argument_of_verb(doc[end]) or _after_name(doc[end])
                     or _before_closing_verb(doc[end])):
            break
        if doc[end].dep_ in PARTICLE:
            break  # "teilte das Institut | mit"
        if end > start and _adverb_tagged_noun(doc[end]):
            break  # "Greenpeace | sharply criticized"
        if end > start and opens_another_phrase(doc[end]) and not _attribute_of_phrase(doc[end], doc[start]):
            break  # "Russlands Botschaft in den USA | die US-Warnungen"
        if end > start and _joined_through_verb(doc[end - 1], doc[end]):
            break  # "Grund waren laut Ministerium | Arbeiten an der Stromübergabestelle"
        end += 1
    start, end = trim(doc, start, end)
    while end - start > 1 and doc[end - 1].pos_ == "ADJ" and doc[end - 2].pos_ in NOMINAL:
        end -= 1  # an adjective after its noun leads into a phrase left out: "(a government official | people) | familiar with"
    return (start, _with_bracketed(doc, _with_apposed_name(doc, end, sentence), sentence)) if end > start else None


def opens_modifier_complement(preposition: Token) -> bool:
    """"a person familiar | with | the matter", "sources close | to | the family", "people briefed | on
    | the talks": the phrase of an adjective or participle set after its noun belongs to the noun
    phrase, as it does where the parse found the speaker as a subject ("People familiar with the plans
    said")."""
    modifier = preposition.doc[preposition.i - 1]
    after_noun = modifier.pos_ == "ADJ" and modifier.dep_ in ATTRIBUTIVE and modifier.head.i < modifier.i \
        and modifier.head.pos_ in NOMINAL or _describing_participle(modifier)
    return after_noun and preposition.head.head == modifier


def _modifies_noun_after(token: Token) -> bool:
    """"Laut | nationalem | statistischen Institut": the tagger took an adjective for an adverb, the
    parser made it the determiner or attribute of the noun after it; or an adverb of such an
    attribute ("According to a | newly | released poll"); or a noun tagged a verb that the parser made the
    first part of a compound ("according to | court | documents")."""
    if token.dep_ in ADVERBIAL and token.head.i > token.i and token.head.dep_ in ATTRIBUTIVE:
        token = token.head
    return token.dep_ in DETERMINER | ATTRIBUTIVE | COMPOUND and token.head.i > token.i \
        and token.head.pos_ in NOMINAL


def _joined_through_verb(before: Token, word: Token) -> bool:
    """A noun and the word after it joined in the parse through a verb stand in two of its phrases:
    "laut Ministerium | Arbeiten an der Stromübergabestelle", "laut Verfassung | der Parlamentspräsident". Only
    where nouns are capitalised (``nouns_capitalised``), as German writes a compound as one word; in English a
    noun after a name is often part of it, whatever the parse ("According to USA | TODAY contributor …")."""
    if not load_grammar(word.doc.lang_).nouns_capitalised or before.pos_ not in NOMINAL \
            or word.pos_ not in {"NOUN", "DET", "PRON", "ADJ"} or "Gen" in word.morph.get("Case"):
        return False  # (a genitive the parser hung on the verb: "nach Angaben | eines neutralen Vermittlers")
    up = [before, *before.ancestors]
    common = next((a for a in up if a == word or a.is_ancestor(word)), None)
    if common is None:
        return False
    below = [] if word == common else list(takewhile(lambda a: a != common, word.ancestors))
    path = [*up[1: up.index(common)], *below, *([common] if common not in (before, word) else [])]
    return any(a.pos_ in VERBAL for a in path)


def _attribute_of_phrase(word: Token, first: Token) -> bool:
    """"einer am Dienstag | veröffentlichten | Pressemitteilung": an attribute of the noun whose article opens
    the phrase, whatever stands between (not "laut Gutachtern | unerwartet geringen Spuren", where
    the phrase is the attribute's own)."""
    return first.pos_ == "DET" and word.dep_ in ATTRIBUTIVE and word.head.i > word.i and first.head == word.head


def in_attribute_before_noun(preposition: Token) -> bool:
    """"Laut einer | am | Dienstag veröffentlichten Pressemitteilung": a preposition whose phrase hangs on
    an attribute set before its noun lies inside the noun phrase."""
    attribute = preposition.head.head
    return preposition.head.i > preposition.i and attribute.i > preposition.head.i \
        and attribute.dep_ in ATTRIBUTIVE and attribute.head.i > attribute.i and attribute.head.pos_ in NOMINAL


def _word_sign(token: Token) -> bool:
    """A sign that opens the word it stands before: "#prayforparis", "@SpeakerRyan"."""
    return token.text in {"#", "@"} and not token.whitespace_


def _adverb_tagged_noun(token: Token) -> bool:
    """An adverb of the verb, whatever its tag: no determiner, preposition or possessive of its own
    ("Greenpeace | sharply criticized"; not "laut ihrem Anführer", a phrase labelled an adverbial)."""
    return token.dep_ in ADVERBIAL and token.head.pos_ in VERBAL and token.head.dep_ not in ATTRIBUTIVE \
        and not children(token, CASE_MARKER | DETERMINER | POSSESSIVE)  # (not "a | newly | released poll")


def _possessive_marker(token: Token) -> bool:
    """"according to the state | 's | disaster management agency": the possessive ending of a noun
    goes on into the noun it belongs to."""
    return token.dep_ in CASE_MARKER and token.head.dep_ in POSSESSIVE and token.head.i < token.i < token.head.head.i


def _before_closing_verb(preposition: Token) -> bool:
    """A phrase right before the infinitive or participle that closes the clause is the verb's, however
    the parser hung it: "nach Angaben des Unternehmens | auf zahlreiche Ausfälle | einstellen" (not "nach
    Angaben der Polizei | in Berlin | wurden …", a finite verb after it; nor one that names whose words
    they are, ``attribute_prepositions``: "einer Schätzung | von spanischen Händlern")."""
    noun = preposition.head
    after = noun.right_edge.i + 1
    if noun == preposition or noun.i < preposition.i or after >= len(preposition.doc) \
            or preposition.lower_ in load_grammar(preposition.doc.lang_).attribute_prepositions:
        return False
    verb = preposition.doc[after]
    return verb.pos_ == "VERB" and not is_finite_verb(verb) and verb.dep_ not in ATTRIBUTIVE \
        and any(c.i < preposition.i and c.dep_ in OBLIQUE for c in verb.children)


def _after_name(preposition: Token) -> bool:
    """A preposition right after the name of an organisation or place, outside it, opens a phrase of
    its own: "nach Angaben der GDL | bis Freitagmorgen" (a person's name may go on with a particle:
    "Ursula | von der Leyen")."""
    name = preposition.doc[preposition.i - 1]
    return name.pos_ == "PROPN" and preposition.ent_iob_ != "I" and name.ent_type_ not in PERSON_LABELS \
        and not _joins_a_name(preposition)


def _joins_a_name(preposition: Token) -> bool:
    """One of the ``name_prepositions`` between capitalised words belongs to the name: "the Office |
    for | National Statistics", "the Bank | of | England" (where common nouns are in lower case)."""
    after = preposition.doc[preposition.i + 1] if preposition.i + 1 < len(preposition.doc) else None
    return preposition.lower_ in load_grammar(preposition.doc.lang_).name_prepositions \
        and after is not None and after.text[:1].isupper() and after.pos_ in {"PROPN", "ADJ"}


def _argument_of_verb(preposition: Token) -> bool:
    """A preposition whose phrase the parser hung on a verb opens the verb's argument, not a part of
    the noun phrase before it: "nach Behördenangaben | auf mehr als 300 gestiegen"."""
    return preposition.head.dep_ in OBLIQUE and preposition.head.head.pos_ in VERBAL \
        or preposition.head.pos_ in VERBAL  # "stieg nach Angaben der Behörden | auf 42", "auf" on "stieg"


def _quoted_name_end(doc: Doc, at: int, sentence: Span) -> int | None:
    """After a quotation mark that opens a short run of words closed by another, the first of them
    capitalised, the index past the closing one: a title or name in quotation marks ("des „Spiegel“",
    "dem „Tagesspiegel“"), whatever the tagger made of its words; not quoted words ("Gall „auch in
    Zukunft bestehen“")."""
    if doc[at].text not in QUOTE_MARKS or at + 1 >= sentence.end or not doc[at + 1].text[:1].isupper():
        return None
    for close in range(at + 2, min(at + 2 + MAX_QUOTED_NAME, sentence.end)):
        if doc[close].text in QUOTE_MARKS:
            return close + 1
        if doc[close].is_punct or doc[close].is_space:
            return None
    return None


def quoted_name_start(doc: Doc, end: int, sentence: Span) -> int | None:
    """Before a quotation mark that closes a short run of words opened by another, the index of the
    opening one ("einem Bericht des „Spiegel“ | zufolge")."""
    if end - 1 <= sentence.start or doc[end - 1].text not in QUOTE_MARKS:
        return None
    for opening in range(end - 3, max(end - 3 - MAX_QUOTED_NAME, sentence.start - 1), -1):
        if doc[opening].text in QUOTE_MARKS:
            return opening
        if doc[opening].is_punct or doc[opening].is_space:
            return None
    return None


def _with_bracketed(doc: Doc, end: int, sentence: Span) -> int:
    """A name keeps the short aside in brackets right after it: "Klaus Wowereit (SPD)", "Bill
    Clinton (D-Ark.)", also a quoted one: "Das „Space Telescope Science Institute“ (STSI)"."""
    opening = end + 1 if end + 1 < sentence.end and doc[end].text in CLOSING_QUOTES else end  # (the mark left out)
    quoted = opening > end or end > sentence.start + 1 and doc[end - 1].text in CLOSING_QUOTES
    if opening >= sentence.end or doc[opening].text != "(" or not (quoted or is_name(doc[end - 1])):
        return end  # (a quoted name is a name whatever its words' tags)
    close = next((t.i for t in doc[opening + 1: min(opening + 2 + MAX_BRACKETED, sentence.end)] if t.text == ")"),
                 None)
    if close is None or close == opening + 1 or any(t.pos_ in VERBAL for t in doc[opening + 1: close]):
        return end
    return close + 1


def _with_coordinated_name(end: int, verb: Token, ctx: SentenceContext) -> int:
    """Two named speakers of one plural verb speak together: "Özcan Mutlu und Benedikt Lux
    prangerten an", "sagten Merkel und Macron." (the parse hangs the second name elsewhere at
    times); the second name is closed by the verb's finite, a comma or the sentence's end."""
    doc, sentence = ctx.doc, ctx.sentence
    finite = finite_of(verb, ctx)
    if end + 2 >= sentence.end or doc[end].pos_ != "CCONJ" or not is_name(doc[end - 1]) or finite is None \
            or finite.morph.get("Number") != ["Plur"]:
        return end
    close = end + 1 + (doc[end + 1].pos_ == "DET")
    run = close
    while close < sentence.end and close - run < MAX_APPOSED_NAME and is_name(doc[close]):
        close += 1
    after = doc[close] if close < sentence.end else None
    if close == run or after is None or not (after == finite or after.text in {",", "("} | SENTENCE_ENDS):
        return end
    return close


def _setting_on_person(child: Token, opens: Token, ctx: SentenceContext) -> bool:
    """A prepositional phrase the parser hung on a person's name tells where or how the words were
    said, not who said them ("gab Bundesverkehrsminister Manfred Stolpe | in Berlin bekannt",
    "schreibt Papier | in einem Gastbeitrag"): a name takes no such attribute, but for the body a
    person speaks for ("Theo Kitz vom Bankhaus …", ``affiliation_prepositions``) and a name's own
    particle ("Konstantin von Notz")."""
    head, before = child.head, ctx.doc[opens.i - 1]
    return child.dep_ in OWNER | ADJUNCT and head.ent_type_ in PERSON_LABELS and head.pos_ == "PROPN" \
        and opens.pos_ == "ADP" and before.ent_type_ in PERSON_LABELS and before.pos_ == "PROPN" \
        and opens.lower_ not in ctx.grammar.affiliation_prepositions


def _person_word(token: Token) -> bool:
    """A word of a person's name, also where the tagger took it for a common noun ("Steffen |
    Hebestreit", "Hebestreit" tagged a noun)."""
    return token.ent_type_ in PERSON_LABELS and token.pos_ in {"PROPN", "NOUN"}


def stray_word(token: Token, ctx: SentenceContext) -> bool:
    """A verb, or a reflexive or expletive pronoun, that the parse put right before a speaker's noun
    phrase stands for no one in it: "einräumen musste | Peer Steinbrück", "zufolge | sich | ersten
    Angaben", "wonach | es | eine Schätzung" (not a capitalised word, which may be a name the tagger
    took for a verb)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.pos_ not in PHRASE_OPENING_POS:
        return False
    return token.pos_ in VERBAL and token.is_lower or token.pos_ == "PRON" and (
        "Yes" in token.morph.get("Reflex") or token.lower_ in ctx.grammar.expletives)


def _with_affiliation(end: int, verb: Token, ctx: SentenceContext) -> int:
    """A person keeps the body named right after the name with an ``affiliation_prepositions``
    word, which says whom they speak for: "Theo Kitz vom Bankhaus Merck Finck sagte", "John
    Smith of the Heritage Foundation said" (the parse hangs it on the verb), with a quoted name, an
    aside in brackets and a place ("Elizabeth Byrs vom UN-Büro zur Koordinierung von Hilfsmaßnahmen
    (OCHA)", "Ken Rice vom Institut für Astronomie in Edinburgh erklärte"); only where the phrase
    runs on to the finite verb or the sentence's end, or, after the verb, where it names a body and
    the next phrase tells when or where ("sagte Johanna Moser vom „Queer Beograd Kollektiv“ |
    gestern"); and not a preposition the verb itself marks a listener with ("forderte Müller | von
    der Regierung")."""
    doc, sentence = ctx.doc, ctx.sentence
    finite = finite_of(verb, ctx)
    if end + 2 >= sentence.end or doc[end].lower_ not in ctx.grammar.affiliation_prepositions \
            or doc[end - 1].ent_type_ not in PERSON_LABELS or doc[end].lower_ in \
            ctx.grammar.verb_listener_prepositions.get(verb.lemma_, ()):
        return end
    close = _affiliation_end(end + 1, end + 1 + MAX_APPOSITION_WORDS, ctx)
    after = doc[close] if close < sentence.end else None
    last = next((t for t in reversed(doc[end + 1: close]) if not t.is_punct), None)
    if last is None or not is_name(last) and last.pos_ != "NOUN" or after is None:
        return end
    if after == finite or after.text in SENTENCE_ENDS and verb.i < end:
        return close
    names_body = any(t.pos_ == "PROPN" or t.ent_type_ in PLACE_OR_BODY_LABELS for t in doc[end + 1: close])
    tells_setting = is_time(after, ctx) or after.pos_ == "ADP" or after.text == ","
    after_verb = min(verb.i, finite.i if finite is not None else verb.i) < end  # ("hat Byrs … | gestern … gewarnt")
    return close if after_verb and names_body and tells_setting else end


def _affiliation_end(close: int, limit: int, ctx: SentenceContext) -> int:
    """Where the body's phrase that starts at ``close`` ends: nouns, names, adjectives and their
    attribute prepositions, a quoted name, an aside in brackets, a place after a preposition."""
    doc, sentence = ctx.doc, ctx.sentence
    grammar = ctx.grammar
    quoted = False
    while close < min(limit, sentence.end):
        word = doc[close]
        if word.pos_ in NAME_PHRASE_POS and not _predicative(word) or word.ent_iob_ == "I" \
                or word.lower_ in grammar.affiliation_prepositions | grammar.attribute_prepositions:
            close += 1  # (a word inside a name the NER found: "Institut für Astronomie | in | Edinburgh")
        elif word.text in QUOTE_MARKS:
            quoted = not quoted
            close += 1
        elif word.text == "(" and (bracketed := _with_bracketed(doc, close, sentence)) > close:
            close = bracketed
        elif word.pos_ == "ADP" and close + 1 < sentence.end and doc[close + 1].ent_type_ in PLACE_LABELS:
            close += 2
        else:
            break
    return close if not quoted else close - 1


def _rest_of_verb(word: Token, verb: Token | None) -> bool:
    """``word`` after the speaker completes the verb of saying before it, as its particle or its
    predicative: "zeigte sich Milovan Rajevac, der Trainer Ghanas, | zufrieden"."""
    return verb is not None and word.i > verb.i and word.head == verb \
        and (word.dep_ in PARTICLE or word.dep_ in PREDICATIVE and word.pos_ == "ADJ")


def _with_description(end: int, ctx: SentenceContext, verb: Token | None = None) -> int:
    """A name keeps the description set off by commas after it, which says who speaks: "Milovan
    Rajevac, der Trainer Ghanas, zeigte sich zufrieden", "sagte Tegaye Mununhe, der Polizeichef der
    betroffenen Region.", "Clinton, a Democrat, said", "sagte Mark O'Keefe, der Sprecher der so
    genannten „EVAC-Ambulanz“.". The description is a noun phrase with no verb, no predicative and
    no quotation but a quoted name, closed by a comma before a finite verb or a relative clause
    ("sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren, | die …"), after ``verb`` also before a
    preposition ("verlautbarte Peter Sharp, der Direktor des Schiffseigners, | in einer
    Pressemitteilung"), by a colon ("sagte Jon Bon Jovi, Gründer der Rockband: „…“") or by the
    sentence's end, and it ends before a time ("…, Kommandeur des Einsatzes | am Montag"); a relative
    clause or a reported clause after the comma is not one ("sagte Müller, der Verein werde klagen")."""
    doc, sentence = ctx.doc, ctx.sentence
    if end + 1 >= sentence.end or doc[end].text != "," or not is_name(doc[end - 1]):
        return end
    opening = doc[end + 1]
    if opening.pos_ not in PHRASE_OPENING_POS or opening.is_sent_start:
        return end
    finite = finite_of(verb, ctx) if verb is not None else None
    quoted = False
    for close in range(end + 1, min(end + 2 + MAX_APPOSITION_WORDS, sentence.end)):
        word = doc[close]
        if word.text in QUOTE_MARKS:
            quoted = not quoted  # a quoted name: "der so genannten „EVAC-Ambulanz“"
            if quoted and (close + 1 >= sentence.end or not is_name(doc[close + 1]) and doc[close + 1].pos_ != "NOUN"):
                return end  # (a quotation, not a name)
            continue
        if finite is not None and close > end + 1 and word == finite:
            return close  # the comma left out: "René Préval, der Präsident des Staates | sagte vor der Presse"
        if word.pos_ in {"VERB", "AUX", "SCONJ"} and not (_acronym(word) or _modifies_noun_after(word)) \
                or word.is_space or _predicative(word):  # (a participle before its noun: "a | retired | teacher")
            return end
        if quoted:
            continue
        if word.pos_ == "ADP" and close + 1 < sentence.end and (is_time(doc[close + 1], ctx)
                                                               or _phrase_of_verb_after(word, verb, close)) \
                or word.text in SENTENCE_ENDS and not abbreviated_number(word, ctx.grammar.number_abbreviations) \
                or word.text == ":" \
                or close + 1 == sentence.end and word.is_punct:
            return close if close > end + 1 else end
        if word.text == ",":
            after = doc[close + 1] if close + 1 < sentence.end else None
            setting = after is not None and after.pos_ == "ADP" and verb is not None and _setting_of(after, verb, ctx)
            relative = after is not None and "Rel" in after.morph.get("PronType")
            return close if close > end + 1 and after is not None and (is_finite_verb(after) or setting or relative
                                                                       or _rest_of_verb(after, verb)) else end
    return end


def _acronym(word: Token) -> bool:
    """A word in capitals is a name whatever its tag ("chief economist at ING", "ING" tagged a verb)."""
    return len(word.text) > 1 and word.text.isupper()


def _setting_of(opening: Token, verb: Token, ctx: SentenceContext) -> bool:
    """A phrase opened by the preposition ``opening`` after a speaker's description tells where or
    how ``verb`` was said: the verb came before ("verlautbarte Peter Sharp, der Direktor …, | in einer
    Pressemitteilung") or ends the clause right after it ("Wie Steve Marshall, Sprecher der UN-Büros
    in Birma, | in Bangkok mitteilte")."""
    return verb.i < opening.i or not any(t.is_punct for t in ctx.doc[opening.i: verb.i])


def _phrase_of_verb_after(preposition: Token, verb: Token | None, at: int) -> bool:
    """After the verb of saying, a phrase whose noun the parser hung on the verb or on the rest of it,
    not on the description before it, is the verb's: "zeigte sich Milovan Rajevac, der Trainer Ghanas |
    nach dem Spiel zufrieden" ("Spiel" hung on "zufrieden"; not "der Direktor | des Instituts für
    Physik", nor a reported clause: "erklärte Johnson, die Rechte von EU-Arbeitnehmern | im Land schützen
    zu wollen")."""
    noun = preposition.head
    return verb is not None and verb.i < at and noun.i > at and (noun.head == verb or _rest_of_verb(noun.head, verb))


def _predicative(word: Token) -> bool:
    """An adjective in lower case with no noun after it tells what someone is or does, not who
    ("…, der Trainer Ghanas | nach dem Spiel zufrieden"); a quoted noun is one ("der so genannten |
    „EVAC-Ambulanz“")."""
    following = next((t for t in word.doc[word.i + 1: word.i + 3] if t.text not in QUOTE_MARKS), None)
    return word.pos_ == "ADJ" and word.is_lower and (
        following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"})


def _with_apposed_name(doc: Doc, end: int, sentence: Span) -> int:
    """A name set off by a comma right after a phrase that ends in a noun belongs to it, where a comma,
    a colon or the sentence's end closes it: "Nach den Worten der innenpolitischen Sprecherin der
    FDP-Bundesfraktion, Gisela Piltz, fehlt …", "…“, erklärte die Geschäftsführerin der Organisation, |
    Manuela Roßbach." (not "sagte der Sprecher, | Müller | habe …", a clause's subject)."""
    if end >= sentence.end or doc[end].text != "," \
            or not (doc[end - 1].pos_ in {"NOUN", "ADJ"} or doc[end - 1].text == ")"):
        return end  # (or its bracketed short name: "der Direktor der Internationalen Atomenergie-Organisation (IAEO)";
        # a noun the tagger read as an adjective: "said the company's chief executive, | John J. Ferriola")
    titled = not load_grammar(doc.lang_).nouns_capitalised  # a capital marks a name where nouns have none
    close = end + 1
    while close < sentence.end and (is_name(doc[close]) or close > end + 1 and _joins_a_name(doc[close])
                                    or titled and doc[close].text[:1].isupper() and doc[close].pos_ in {"NOUN", "ADJ"}):
        close += 1  # ("one group, | Partnership for Responsible Growth, |": a capitalised noun, a name's preposition)
    last = trim(doc, sentence.start, sentence.end)[1]
    closed = close < sentence.end and doc[close].text in {",", ":"} or close >= last
    return close if 0 < close - end - 1 <= MAX_APPOSED_NAME and closed else end
