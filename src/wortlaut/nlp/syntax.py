"""Questions about a parsed sentence that the analysers ask: subject, complements, mood,
separable particles; and the one table of dependency labels they ask with. Labels follow
Universal Dependencies, with the German TIGER labels of spaCy's own German pipelines and
English ClearNLP labels accepted as well, so that any UD-style pipeline works."""
from __future__ import annotations

from spacy.tokens import Span, Token

from wortlaut.nlp.quotes import BRACKETS, QUOTE_MARKS

# The dependency labels, by the relation the analysers look for (UD, TIGER, ClearNLP).
SUBJECT = frozenset({"nsubj", "sb", "csubj", "nsubjpass"})
EXPLETIVE = frozenset({"expl", "ep"})  # "it", "es" without a referent (or a subject the parser took for one)
PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass"})  # what a passive is about: not its agent
AGENT = frozenset({"obl:agent", "agent", "sbp"})
CLAUSAL = frozenset({"ccomp", "xcomp", "oc", "parataxis"})
OBJECTS = frozenset({"obj", "dobj", "iobj", "oa", "da", "op", "obl", "dative", "prep", "pobj", "mo", "obl:arg"})
DIRECT_OBJECT = frozenset({"obj", "dobj", "oa"})
DATIVE_OBJECT = frozenset({"iobj", "da", "dative"})  # the listener of a verb of saying
CASE_MARKER = frozenset({"case"})  # the preposition of a prepositional phrase
FIXED = frozenset({"fixed"})  # a later word of a multiword function word ("according | to", "because | of")
PARTICLE = frozenset({"compound:prt", "svp", "prt"})
AUX = frozenset({"aux", "aux:pass", "cop", "auxpass"})
RELATIVE = frozenset({"acl:relcl", "acl", "relcl", "rc"})
REDUCED_RELATIVE = frozenset({"acl"})  # a participle or infinitive on a noun ("a statement | posted on X")
SEPARATED_PARTICLE = frozenset({"compound:prt", "svp"})  # German: "teilte … mit"
AUX_OR_COPULA = frozenset({"aux", "cop"})
COPULA = frozenset({"cop"})  # "waren | Thema"
FINITE_HELPER = frozenset({"aux", "aux:pass", "cop"})  # the verbs of a verb's clause beside it
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
ANY_AUX = frozenset({"aux", "aux:pass", "auxpass"})
MARKER = frozenset({"mark", "cp"})  # the subordinating conjunction of a clause
COORDINATOR = frozenset({"cc", "cd"})
CONJUNCT = frozenset({"conj", "cj"})
OBLIQUE = frozenset({"obl", "mo", "prep", "pobj", "obl:arg"})  # prepositional objects and adjuncts
ADJUNCT = frozenset({"obl", "mo", "nmod", "prep"})  # a prepositional phrase on a verb or noun
POSSESSIVE = frozenset({"nmod:poss", "det:poss", "poss"})
OWNER = frozenset({"nmod", "ag", "pg", "prep", "obl"})  # genitive or by-phrase of a noun
DEPENDENT_VERB = frozenset({"advcl", "xcomp"})  # "he told lawmakers, adding that …"
ATTRIBUTIVE = frozenset({"amod", "nk"})  # a modifier of a noun
DETERMINER = frozenset({"det"})
CASELESS_ARGUMENT = frozenset({"obl:arg"})  # a verb's argument phrase the parser gave no case (German GSD)
UNMARKED_OBLIQUE = frozenset({"obl:unmarked", "npadvmod"})  # a bare noun phrase as an adverbial ("last week")
NOMINAL = frozenset({"NOUN", "PROPN"})  # parts of speech that name things
VERBAL = frozenset({"VERB", "AUX"})  # parts of speech of verbs
_NOUN_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})  # the words of a bare noun phrase
UNLABELLED = frozenset({"dep"})  # a dependent the parser could not name ("erzählte | der Nachrichtenagentur")
APPOSITION = frozenset({"appos", "app"})  # a phrase set beside a noun ("der Gouverneur, Oleh Synjehubow")
COMPOUND = frozenset({"compound"})  # the first part of a compound written apart ("court | documents")
NAME_PART = frozenset({"flat", "flat:name", "compound", "pnc", "nk", "appos", "app"})  # the words of a name
NAME_CONTINUATION = frozenset({"flat", "flat:name", "pnc"})  # a later word of the same name ("Marty | Small")
DESCRIPTOR = frozenset({"nmod:desc"})  # a noun that describes the name after it ("Australian | writer | Yang Hengjun")
COORDINATION = frozenset({"cd", "cj", "conj", "cc", "punct"})  # a second party joined to the first
ADVERBIAL = frozenset({"advmod", "mo", "neg", "ng"})  # "Auch russische Forderungen": not the phrase's words
NEGATING = frozenset({"ng", "neg", "advmod", "mo", "det", "nk"})  # where "nicht", "kein", "not" attach
CLAUSE_LINK = frozenset({"oc", "xcomp", "aux", "aux:pass"})  # a verb under its auxiliary or controller
PREDICATIVE = frozenset({"xcomp", "pd", "oprd"})  # what the subject is said to be ("zeigte sich | zufrieden")
NOUN_OF_PREPOSITION = frozenset({"nk", "pobj", "obj", "pcomp"})  # TIGER, ClearNLP: the noun under "in"
SUBORDINATE = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "relcl", "rc", "csubj", "parataxis", "oc"})
# argument relations: a fragment in a conjunct or an adverbial clause of a reporting verb is not
# what the verb reports
ARGUMENT = frozenset({"obj", "dobj", "iobj", "obl", "obl:arg", "obl:agent", "nmod", "xcomp", "oprd", "attr",
                      "pobj", "prep", "acomp", "dative", "oa", "da", "op", "pd"})


def is_finite_verb(token: Token) -> bool:
    return token.pos_ in VERBAL and "Fin" in token.morph.get("VerbForm", ["Fin"])


def agrees_in_number(finite: Token, subject: Token) -> bool:
    """A subject agrees with its finite verb in number where both mark it ("USA drohen
    Russland": not Russland). A determiner's number counts as the noun's: "schrieb der
    Grünen-Politiker", the noun read as a plural. Only for languages whose grammar sets
    ``subject_agreement``."""
    verb_number, subject_number = set(finite.morph.get("Number")), set(subject.morph.get("Number"))
    if subject_number:
        subject_number.update(n for c in subject.children if c.dep_ in DETERMINER for n in c.morph.get("Number"))
    return not (verb_number and subject_number) or bool(verb_number & subject_number)


def verb_group(head: Token) -> list[Token]:
    """The head of a clause and the auxiliaries beside it ("habe … erklärt", "soll … absteigen")."""
    return [head, *(c for c in head.children if c.dep_ in AUX)]


def mood_of_clause(head: Token) -> str | None:
    """'Sub' or 'Ind' for the finite verbs of the clause headed by ``head`` (None if unknown)."""
    verbs = verb_group(head)
    moods = {m for v in verbs if v.pos_ in VERBAL for m in v.morph.get("Mood")}
    if "Sub" in moods:
        return "Sub"
    if "Ind" in moods or "Imp" in moods:
        return "Ind"
    return None


def reports_by_mood(sentence: Span) -> bool:
    """The main clause is in Konjunktiv I ("Es gehe nicht darum", "Grund sei …"), which in news
    marks reported words; Konjunktiv II ("Es gäbe …", "wäre") also tells what would be. Where the
    root has no verb with a mood (a noun the parser made the root, or a finite verb it hung elsewhere:
    "Die Situation | sei | weltweit – zum Teil … – … gekennzeichnet"), the first finite verb tells."""
    verbs = [v for v in verb_group(sentence.root) if v.pos_ in VERBAL and v.morph.get("Mood")] or [
        v for v in (first_finite(sentence),) if v is not None]
    return any("Sub" in v.morph.get("Mood") and "Pres" in v.morph.get("Tense") for v in verbs)


def own_reflexive(verb: Token) -> Token | None:
    """The verb's own reflexive pronoun ("äußerte sich", "bestätigte sich"), not one of a phrase
    ("behauptet von sich selbst")."""
    return next((c for c in verb.children if "Yes" in c.morph.get("Reflex")
                 and not any(g.dep_ in CASE_MARKER for g in c.children)), None)


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def clause_dependents(verb: Token, deps: set[str], helpers: frozenset[str] = ANY_AUX) -> list[Token]:
    """The dependents of ``verb`` with one of ``deps``, then those the parser hung on its
    auxiliaries (``helpers``): "Die Ukraine | wurde … angegriffen", "hat … gewarnt"."""
    return [c for head in (verb, *children(verb, helpers)) for c in children(head, deps)]


def first_word(head: Token) -> Token:
    """The first word of ``head``'s phrase, not punctuation the parser hung on it ("…, | so der
    Sender", "…, | in denen …")."""
    return min((t for t in head.subtree if not t.is_punct), key=lambda t: t.i, default=head)


def is_gerund(verb: Token) -> bool:
    """A gerund or present participle ("adding", "claiming"): it has no tense of its own."""
    form = verb.morph.get("VerbForm")
    return "Ger" in form or "Part" in form and "Pres" in verb.morph.get("Tense")


def is_quantity_word(word: Token) -> bool:
    """A word of quantity: a numeral ("third", "half"), an indefinite or total pronoun ("both", "all"), a
    superlative ("most")."""
    return bool(word.morph.get("NumType") or set(word.morph.get("PronType")) & {"Ind", "Tot"}
                or "Sup" in word.morph.get("Degree"))


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited along coordination ("hat kritisiert und … gemacht", "…,
    teilten jedoch mit"), or
    hung on its auxiliary ("Der Präsident | hat … mitgeteilt": the parser gave "hat" the subject).
    Of two, one whose determiner marks it accusative or dative, an amount ("Analysts at Goldman Sachs
    said … | $400 million a year") or the end of a name whose start the parser gave the other ("Analysts
    at Morgan | Stanley wrote"), or that disagrees in number with the finite verb, comes last ("Der
    Bürgermeister | hat in einem Brief die Anwohner aufgefordert", with "die Anwohner" also made a
    subject), then one a comma parts from the verb
    ("The number of applications rose …, | the Federal Office … said"), and then a personal pronoun
    first; a pronoun only nominative in form is a subject whatever its label (``_nominative_person``)."""
    closing = _noun_phrase_closing(verb)
    if closing is not None:
        return closing
    seen = 0
    while verb is not None and seen < 4:
        heads = [verb, *children(verb, FINITE_HELPER)]
        found = [c for head in heads for c in children(head, SUBJECT | DIRECT_OBJECT)
                 if not (c.is_punct or c.is_space) and (c.dep_ in SUBJECT or _nominative_person(c))]
        if len(found) > 1:  # (one alone needs no ranking: most verbs have one subject)
            finite = next((h for h in heads if "Fin" in h.morph.get("VerbForm")), None)
            subjects = list(found)  # (a list being sorted reads as empty)
            found.sort(key=lambda t: ("Rel" in t.morph.get("PronType"), _marked_oblique(t),
                                      t.pos_ == "SYM" or _rest_of_name(t, subjects),
                                      finite is not None and not agrees_in_number(finite, t),
                                      _comma_between(t, verb), not _person(t), t.head != verb))
        if found:
            return found[0]
        if _finite_under_noun(verb):
            return verb.head
        between = verb.doc[min(verb.i, verb.head.i): max(verb.i, verb.head.i)]
        if verb.dep_ in CONJUNCT and verb.head != verb and (any(t.pos_ == "CCONJ" for t in between)
                                                          or _opens_after_comma(verb)):
            verb = _verb_above(verb.head)
            seen += 1
            continue
        return None
    return None


def _rest_of_name(word: Token, subjects: list[Token]) -> bool:
    """"Analysts at Morgan | Stanley wrote": a proper noun right after one inside another subject's phrase
    is the rest of that name, whatever the parser made of it."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.pos_ == "PROPN" and before is not None and before.pos_ == "PROPN" \
        and any(other != word and other.left_edge.i <= before.i <= other.right_edge.i and before not in
                word.subtree for other in subjects)


def window_start(token: Token, words: int) -> int:
    """Where the words before ``token`` start, at most ``words`` of them and none of the sentence before
    (read word by word: ``Token.sent`` scans the whole sentence on every call)."""
    start = token.i
    while start > max(0, token.i - words) and not token.doc[start].is_sent_start:
        start -= 1
    return start


def _noun_phrase_closing(verb: Token) -> Token | None:
    """A finite verb that ends its sentence after a comma and a bare noun phrase has that phrase for
    its subject, however the parser hung it: "… on how much the middle class pays, | analysts | say."
    ("pays" made the subject, "analysts" its conjunct); the phrase's word the parser made the verb's
    subject stands for it, else its last ("…, police spokesman | John | Elder said", not "Elder")."""
    doc = verb.doc  # (the sentence's bounds read word by word: ``Token.sent`` costs a scan on every verb)
    if "Fin" not in verb.morph.get("VerbForm") or verb.is_sent_start:
        return None
    for word in doc[verb.i + 1:]:
        if word.is_sent_start:
            break
        if not (word.is_punct or word.is_space):
            return None
    start = verb.i
    while not doc[start].is_sent_start and doc[start - 1].pos_ in _NOUN_PHRASE_WORDS and doc[start - 1].text != ",":
        start -= 1
    if start == verb.i or doc[start].is_sent_start or doc[start - 1].text != "," or doc[verb.i - 1].pos_ not in NOMINAL:
        return None
    return next((t for t in doc[start: verb.i] if t.head == verb and t.dep_ in SUBJECT), doc[verb.i - 1])


def _comma_between(word: Token, verb: Token) -> bool:
    """A comma, and no conjunction, stands between a word before the verb and the verb: the word is
    in a clause of its own ("The number … rose …, | the Federal Office said"), not one of subjects
    joined ("The US, Russia, and Switzerland met"); the commas that set off the word's apposition part
    nothing ("Tim Albrecht, a former director, | said the problem …"); a conjunction the parser made an
    adverb joins nothing ("… sei es | aber | noch ein weiter Weg, betonte Studienleiterin Nadine Ziemert")."""
    between = word.doc[word.i: verb.i]
    apposed = {i for c in word.children if c.dep_ in APPOSITION for i in range(c.left_edge.i - 1, c.right_edge.i + 2)}
    return any(t.text == "," and t.i not in apposed for t in between) \
        and not any(t.pos_ == "CCONJ" and t.dep_ in COORDINATOR for t in between)


def _finite_under_noun(verb: Token) -> bool:
    """A finite verb without a relative pronoun that the parser hung on the noun phrase right before
    it, as a reduced relative clause or a part of a name, has that noun for its subject: '"…," a
    spokesperson for the airline | said in a statement' ("said" made an ``acl`` of "spokesperson"),
    "CDU-Chef Friedrich Merz | warf", "der Vorsitzende Richter, Ottmar Breidling, | ausführte" (also
    where the parser made the name a conjunct of the title), or as a conjunct with no conjunction
    between, finite in its auxiliary ("die Wochenzeitschrift „Jungle World“ | hatte … kritisiert");
    not after a comma of its own that closes no apposition ("her aggressive tone, | called her …")."""
    head = verb.head
    finite = any("Fin" in h.morph.get("VerbForm") for h in (verb, *children(verb, FINITE_HELPER)))
    between = verb.doc[head.i + 1: verb.i]
    joined = verb.dep_ in CONJUNCT and not any(t.pos_ == "CCONJ" for t in between)
    if not ((verb.dep_ in RELATIVE | NAME_PART or joined) and head.i < verb.i and head.pos_ in NOMINAL
            and finite) or any("Rel" in c.morph.get("PronType") for c in verb.children):
        return False
    apposed = {w.i for c in children(head, APPOSITION | CONJUNCT) for w in c.subtree if c.pos_ == "PROPN"}
    return all(head.left_edge.i <= t.head.i <= verb.i
               and not (t.is_punct and t.head == verb and t.i - 1 not in apposed)
               for t in between)


def _verb_above(word: Token) -> Token:
    """``word``, or where the parser coordinated a verb with a word of the clause before it, that
    clause's verb: "kritisierte das Vorgehen scharf und kündigte Konsequenzen an" ("kündigte" hung
    on "scharf")."""
    if word.pos_ in VERBAL or word.dep_ not in ADVERBIAL | DIRECT_OBJECT \
            or word.head.pos_ not in VERBAL:
        return word
    return word.head


def _person(pronoun: Token) -> bool:
    """A personal pronoun that stands for a person ("er", "sie", "they"; not "es", "it"): of two
    subjects, the speaker rather than a fronted object ("Die Tat bezeichnete | er | als sinnlos")."""
    morph = pronoun.morph
    return pronoun.pos_ == "PRON" and "Prs" in morph.get("PronType") and "Neut" not in morph.get("Gender")


def _nominative_person(pronoun: Token) -> bool:
    """A personal pronoun whose form is nominative only ("er", "ich", "wir"; not "sie", "es"),
    whatever the parser labelled it: "Die Tat bezeichnete | er | als sinnlos" (made the object)."""
    person = pronoun.morph.get("Person")
    return _person(pronoun) and pronoun.morph.get("Case") == ["Nom"] and (
        "Masc" in pronoun.morph.get("Gender") and "3" in person or bool(set(person) & {"1", "2"}))


def _opens_after_comma(verb: Token) -> bool:
    """A finite conjunct right after a comma shares its subject without a conjunction: "Die
    Vereinten Nationen bestätigten den Zwischenfall, | teilten jedoch mit, …"."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.text == "," and "Fin" in verb.morph.get("VerbForm") and verb.head.i < verb.i


def _marked_oblique(noun: Token) -> bool:
    """The noun's determiners mark it accusative or dative, never nominative ("die Anwohner" read
    as Acc)."""
    cases = {c for d in noun.children if d.dep_ in DETERMINER for c in d.morph.get("Case")}
    return bool(cases) and "Nom" not in cases


def particle_of(verb: Token) -> Token | None:
    """The verb's separated particle; a word only ("schrieb er auf der Plattform | X.", where the
    parser made the name and its stop, read as one token, the particle)."""
    found = [c for c in children(verb, PARTICLE) if c.is_alpha]
    return found[0] if found else None


def inner_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side, inside a word the tokenizer split ("Secretary | - | General",
    "a just | - | released poll", "Anne | - | Marie")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def phrase(token: Token, sentence: Span, cut_relative: bool = True) -> tuple[int, int]:
    """Token range [start, end) of ``token``'s subtree inside ``sentence``, without surrounding
    punctuation and, with ``cut_relative``, ending before a relative clause at any depth ("Die
    Oppositionspartei Movement for Democratic Change (MDC) | , die am Samstag … beanspruchte")."""
    skip: set[int] = set()
    if cut_relative:
        for word in token.subtree:
            if word.dep_ in RELATIVE and word != token:
                skip.update(t.i for t in word.subtree)
    indices = [t.i for t in token.subtree if t.i not in skip and sentence.start <= t.i < sentence.end]
    if not indices:
        return token.i, token.i + 1
    start, end = min(indices), max(indices) + 1
    end = min([end, *(i for i in skip if i > token.i)])
    return trim(sentence.doc, start, end)


def trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, spaces and stray conjunctions at both ends (quote marks stay, and so does a
    closing bracket whose opening one is inside: "ein Sprecher der Befreiungsarmee ( SPLA )")."""
    while start < end and _edge_junk(doc[start], leading=True):
        start += 1
    while end > start and _edge_junk(doc[end - 1], leading=False) and not _closes_inner_bracket(doc, start, end):
        end -= 1
    return start, end


def _closes_inner_bracket(doc, start: int, end: int) -> bool:
    closing = doc[end - 1].text
    opening = next((o for o, c in BRACKETS.items() if c == closing), None)
    if opening is None:
        return False
    inside = [t.text for t in doc[start: end - 1]]
    return inside.count(opening) > inside.count(closing)


def _edge_junk(token: Token, leading: bool) -> bool:
    if token.is_space:
        return True
    if token.is_punct and _counted_symbol(token):
        return False  # "to fall by 10%" ("%" read as punctuation)
    if token.is_punct and (token.text not in QUOTE_MARKS or not leading and _opens_quotation(token)):
        return True  # ("said Yaakov Amidror. | “They …": the parser hung the next quotation's mark on the name)
    return leading and token.pos_ == "CCONJ"


def _counted_symbol(token: Token) -> bool:
    """A symbol that a number counts ("10%", "10 %"): a word of the phrase, not punctuation."""
    return token.pos_ == "SYM" and any(c.like_num for c in token.children)


def _opens_quotation(mark: Token) -> bool:
    """A quotation mark with a space before it and a word right after it opens a quotation."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    after = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    return before is not None and bool(before.whitespace_) and not mark.whitespace_ \
        and after is not None and after.is_alpha


def clause_mood(sentence: Span) -> str | None:
    """The mood of the sentence's main clause; when the parse hung the auxiliary elsewhere,
    the first finite verb of a sentence that does not open with a subordinate clause."""
    mood = mood_of_clause(sentence.root)
    if mood is not None:
        return mood
    finite = first_finite(sentence)
    return finite.morph.get("Mood")[0] if finite is not None else None


def first_finite(sentence: Span) -> Token | None:
    """The first verb with a mood of a sentence that does not open with a subordinate clause: its
    main clause's, where the parse hung it elsewhere (or the parser made a noun the root)."""
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None or first.pos_ == "SCONJ":
        return None
    return next((t for t in sentence if t.pos_ in VERBAL and t.morph.get("Mood")), None)
