"""Whom a mention refers to: a name, a description, a pronoun.

News names a person once in full and then by surname ("Uschakow"), by description ("der
russische Präsident") or by pronoun ("ihm zufolge"). Names resolve through the document's
entity records, descriptions to the latest person named with the same title and
adjectives, pronouns to the latest speaker of the narrative (which the caller knows: for
attribution, the speakers resolved so far). Any stage may resolve its mentions here: a
source, an addressee, an event's actor.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from wortlaut.model import Entity
from wortlaut.nlp.entities import PERSON_LABELS, name_key
from wortlaut.nlp.grammar import Grammar, is_possessive
from wortlaut.nlp.quotes import QUOTE_MARKS
from wortlaut.nlp.syntax import NAME_PART, NOMINAL, PASSIVE_SUBJECT, SUBJECT, VERBAL, inner_hyphen
from wortlaut.nlp.titles import NamingFacts, bare_name, naming_facts

DETERMINERS = {"DET", "PRON"}
# A description names someone introduced within the last this many mentions: searching all of a
# long text's mentions for every description made a 5 MB text take quadratic time.
DESCRIBED_LOOKBACK = 300
DESCRIPTOR_WINDOW = 5
QUOTE_CHARS = "".join(sorted(QUOTE_MARKS))
SENTENCE_ENDS = {".", "!", "?"}


def is_neuter_pronoun(pronoun: Token) -> bool:
    """A personal pronoun of neuter gender ("it", "es"), which stands for a thing or a body."""
    return pronoun.pos_ == "PRON" and pronoun.morph.get("Gender") == ["Neut"] \
        and pronoun.morph.get("PronType") == ["Prs"]


def _not_named_by_neuter(referent: Referent, spoken_by: SpokenBy) -> bool:
    return not spoken_by.neuter


def _one_person(referent: Referent, spoken_by: SpokenBy) -> bool:
    """A speaker "he" or "she" may stand for: not one named by "it", nor by a plural ("Prosecutors argued
    … . “I am innocent,” he told reporters": not the prosecutors)."""
    return not spoken_by.neuter and not spoken_by.plural


def word_stem(word: str, endings: tuple[str, ...]) -> str:
    word = word.lower()
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class MentionRef:
    entity: Entity
    start: int
    end: int


@dataclass(frozen=True)
class Referent:
    """Whom a mention refers to: a canonical name, and the document's entity when it has one."""

    canonical: str | None = None
    entity: str | None = None


NOBODY = Referent()


@dataclass(frozen=True)
class SpokenBy:
    """How a report named its speaker: by a neuter pronoun ("it"), by a plural ("Prosecutors", "they"), as a
    man or a woman ("Betriebsratschefin Daniela Cavallo", "she": ``gender``)."""

    neuter: bool = False
    plural: bool = False
    gender: str | None = None


def words_gender(words: list[Token], naming: NamingFacts) -> str | None:
    """The gender the words that name someone give: a personal pronoun's ("she"), else that of the last
    title before the phrase's head ("Betriebsratschefin Daniela Cavallo", "Der Sprecher | der
    Ministerin" is a man)."""
    if len(words) == 1 and words[0].pos_ == "PRON" and words[0].morph.get("Number") == ["Sing"]:
        gender = words[0].morph.get("Gender")
        return gender[0] if gender in (["Masc"], ["Fem"]) else None
    root = min(words, key=lambda t: _depth(t, words[0].i, words[-1].i + 1), default=None)
    genders = [naming.title_gender(t.text) for t in words if root is not None and t.i <= root.i]
    return next((g for g in reversed(genders) if g is not None), None)


def _same_gender(pronoun: Token, spoken_by: SpokenBy) -> bool:
    """A pronoun of one gender does not stand for a speaker named as of the other ("Er" for
    "Betriebsratschefin Daniela Cavallo")."""
    gender = pronoun.morph.get("Gender")
    return spoken_by.gender is None or gender not in (["Masc"], ["Fem"]) or gender[0] == spoken_by.gender


# whom a speaker may be for the pronoun asking: the speaker's referent, and how the report named it
SpeakerTest = Callable[[Referent, SpokenBy], bool]
LatestSpeaker = Callable[[int, SpeakerTest], "tuple[Referent, int] | None"]


class NameResolver:
    """Resolves mentions (token ranges of a parsed document) to whom they refer."""

    def __init__(self, doc: Doc, entities: list[Entity], grammar: Grammar):
        self.doc = doc
        self.grammar = grammar
        self.mentions = sorted(
            (MentionRef(e, m.start, m.end) for e in entities for m in e.mentions), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]  # a long text has thousands: search, not scan
        self.keys = {e.id: set(name_key(e.canonical)) for e in entities}
        self.labels = {e.id: e.label for e in entities}
        self.full_names: dict[str, str] = {}  # surname -> the full name the recogniser missed, as read so far
        self.descriptors: dict[int, tuple[list[Token], list[str]] | None] = {}
        self.naming = naming_facts(doc.lang_)

    def resolve(self, start: int, end: int, latest_speaker: LatestSpeaker = lambda at, accept: None,
                excluded: frozenset[str] = frozenset()) -> Referent:
        """The referent of tokens ``start:end``. ``latest_speaker(at, accept)`` is the latest speaker
        before character ``at`` that ``accept`` takes, when the caller knows, and where that speaker
        spoke: whom a pronoun there refers to (a person made the subject of a sentence after that one is
        meant instead); a description never resolves to an entity in ``excluded`` (inside X's quote,
        "the president" is not X)."""
        tokens = _without_description(list(self.doc[start:end]))
        head = _phrase_head(tokens, start, start + len(tokens))
        run = _closing_name(tokens, self.grammar, self.naming)
        if run is not None and _object_of_description(run.start_char, head, self.naming):
            run = None  # "the former top aide to President | George W. Bush" is the aide
        name = self._named(tokens, head)
        if run is not None and name is not None and name.entity.label in PERSON_LABELS \
                and _affiliation_between(name, run, self.doc):
            run = None  # "Gordon Johnson | of | GLJ Research" is Gordon Johnson
        if run is not None and (name is None or name.entity.label != "PER" or not _within(name, run)
                                or len(name_key(name.entity.canonical)) < len(name_key(run.text))):
            # "der Botschafter in Washington Anatoli Antonow"; "Kremlin spokesman Dmitry Peskov" where
            # only "Kremlin" was taken for a person, "Detective Inspector Laura Grant" where only "Laura"
            return Referent(self._remembered(bare_name(run.text, self.naming)))
        if name is not None and name.entity.label != "PER":
            bare = bare_name(name.entity.canonical, self.naming)
            if bare != name.entity.canonical:  # a person with a title taken for something else:
                return Referent(bare)  # "Senate Majority Leader Chuck Schumer" (ORG)
        if name is not None:
            canonical = name.entity.canonical
            return Referent(self._remembered(canonical) if name.entity.label in PERSON_LABELS else canonical,
                            name.entity.id)
        apposed = _name_before_apposition(tokens, self.grammar)
        if apposed is not None:
            return Referent(self._remembered(bare_name(apposed, self.naming)))
        if head.pos_ == "PRON" or head.lower_ in self.grammar.personal_pronouns or \
                is_possessive(head, self.grammar):
            if is_neuter_pronoun(head):  # "Boeing said … . Ortberg said … . It added …": it is Boeing, never a person
                speaker = latest_speaker(head.idx, self._no_person)
                return speaker[0] if speaker is not None else NOBODY
            speaker = latest_speaker(head.idx, self._speaker_test(head))
            # ("he" is not who "it" was, nor who "they" were)
            subject = self._subject_since(speaker[1] if speaker is not None else None, head)
            if subject is not None and self._fits(head, subject):
                return Referent(subject.entity.canonical, subject.entity.id)
            if speaker is not None:
                return speaker[0]
            person = self._recent_subject(head) or self._last_person(head.idx)
            fits = person is not None and self._fits(head, person)
            return Referent(person.entity.canonical, person.entity.id) if fits else NOBODY
        described = [t for t in tokens if t.pos_ not in DETERMINERS]
        if described and self.naming.is_age_epithet(self.doc[described[0].i: described[-1].i + 1].text):
            person = self._recent_subject(head) or self._last_person(head.idx)
            return Referent(person.entity.canonical, person.entity.id) if person is not None else NOBODY
        if head.pos_ == "NOUN" and any(t.pos_ in {"DET", "ADJ"} for t in tokens):
            person = self._described(tokens, head, excluded)
            if person is not None:
                return Referent(person.entity.canonical, person.entity.id)
        words = [t for t in tokens if t.pos_ not in DETERMINERS or t.i != start]
        phrase = self.doc[words[0].i: tokens[-1].i + 1].text.strip(QUOTE_CHARS + " ") if words else None
        if phrase and head.pos_ == "NOUN" and any(t.pos_ == "ADP" and t.i > head.i for t in tokens):
            return Referent(phrase)  # not the name after a title in its prepositional phrase: "former top aide
        # to President George W. Bush"
        named = bool(words) and all(_name_word(t, self.grammar) for t in self.doc[words[0].i: tokens[-1].i + 1]
                                    if not t.is_punct)  # (not "Several Democrats")
        return Referent(self._remembered(bare_name(phrase, self.naming), remember=named) if phrase else None)

    def _speaker_test(self, pronoun: Token) -> SpeakerTest:
        """Whom of the speakers before, latest first, a personal pronoun may stand for: not one named as of
        the other gender, and past such a one only a person ("She" past "Mr. Trump" is "Mrs. Clinton", not
        "the State Department inspector general's report" between)."""
        accept = _one_person if self._singular(pronoun) else _not_named_by_neuter
        passed = False

        def takes(referent: Referent, spoken_by: SpokenBy) -> bool:
            nonlocal passed
            if not accept(referent, spoken_by):
                return False
            if not _same_gender(pronoun, spoken_by):
                passed = True
                return False
            return not passed or spoken_by.gender is not None or self.labels.get(referent.entity) in PERSON_LABELS
        return takes

    def _fits(self, pronoun: Token, mention: MentionRef) -> bool:
        """The pronoun's gender is not other than the one the titles (or nouns that name a woman) before the
        person's name give."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return True
        start = span.start
        while start > 0 and (self.naming.is_title(self.doc[start - 1].text)
                             or self.naming.title_gender(self.doc[start - 1].text) is not None):
            start -= 1
        return _same_gender(pronoun, SpokenBy(gender=words_gender(list(self.doc[start: span.end]), self.naming)))

    def _last_person(self, before: int) -> MentionRef | None:
        return next((m for m in reversed(self.mentions) if m.entity.label == "PER" and m.end <= before), None)

    def _remembered(self, name: str, remember: bool = True) -> str:
        """A full name read as a name is remembered, and a surname alone later stands for it: "British Prime
        Minister Keir Starmer said … . “…,” Starmer told the BBC" (one speaker, not two); not one that opens
        with titles ("Senators Rubio")."""
        words = name.split()
        if len(words) > 1:
            if remember and all(w[:1].isupper() for w in words) and not self.naming.is_title(words[0].rstrip("s")):
                self.full_names[words[-1]] = name
            return name
        return self.full_names.get(name, name)

    def _no_person(self, referent: Referent, spoken_by: SpokenBy) -> bool:
        return self.labels.get(referent.entity) not in PERSON_LABELS

    def _singular(self, pronoun: Token) -> bool:
        """A personal pronoun that stands for one person ("he", "er"; not "sie", she or they)."""
        return pronoun.pos_ == "PRON" and pronoun.morph.get("Number") == ["Sing"] \
            and pronoun.lower_ not in self.grammar.number_ambiguous_pronouns

    def _subject_since(self, spoke: int | None, pronoun: Token) -> MentionRef | None:
        """A person named as the subject of a main clause in a sentence after the one where the
        latest speaker spoke and before the pronoun's: "Trump schrieb, … . EU-Handelskommissar Maroš
        Šefčovič reagierte gelassen. Man sei bereit, sagte er" (er: Šefčovič); not a person inside
        that speaker's words ("Biden sagte, Putin habe gelogen. Er …": Biden)."""
        if spoke is None:
            return None
        floor = self.doc.char_span(spoke, spoke + 1, alignment_mode="expand")
        if floor is None:
            return None
        stops = [t for t in self.doc[floor.start: pronoun.i] if t.text in SENTENCE_ENDS]
        if len(stops) < 2:
            return None
        return self._last_subject(stops[0].idx, stops[-1].idx)  # (read on the full stops: parsers join sentences)

    def _recent_subject(self, pronoun: Token) -> MentionRef | None:
        """Before any report, the person who is the subject of a main clause in the pronoun's
        sentence or the one before it, rather than the last person named: "Olaf Scholz met Emmanuel
        Macron on Monday. He said …" (he: Scholz)."""
        sentence = pronoun.sent
        since = self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        return self._last_subject(since, pronoun.idx)

    def _last_subject(self, since: int, before: int) -> MentionRef | None:
        """The last person named as the subject of a main clause between characters ``since`` and
        ``before``, also by a surname the recogniser did not mark again ("Die Ärztin Kristina Hänel … .
        Hänel zeigte sich enttäuscht. Sie werde …, schrieb sie")."""
        found = next((m for m in reversed(self.mentions[:bisect_left(self.starts, before)]) if m.start < since
                      or m.entity.label == "PER" and self._main_subject(m)), None)
        if found is not None and found.start < since:
            found = None
        span = self.doc.char_span(since, before, alignment_mode="contract")
        for word in reversed(span if span is not None else ()):
            if found is not None and word.idx < found.start:
                break
            if word.pos_ == "PROPN" and not word.ent_type_ and word.dep_ in SUBJECT and word.head.dep_ == "ROOT":
                named = self._by_name(word)
                if named is not None and named.entity.label == "PER":
                    return named
        return found

    def _main_subject(self, mention: MentionRef) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in NAME_PART and root.head != root:
            root = root.head  # "EU-Handelskommissar | Maroš Šefčovič"
        return root.dep_ in SUBJECT and root.head.dep_ == "ROOT" or root.dep_ in SUBJECT | PASSIVE_SUBJECT \
            and not any(t.pos_ in VERBAL for t in span.sent if t.i < span.start)  # ("Her neighbor, Luis Ortega,
        # agreed.": the verb the parser made a modifier, the sentence's first subject)

    def _named(self, tokens: list[Token], head: Token) -> MentionRef | None:
        """A named entity inside the source: a person first, else the head's own name."""
        first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        within = self.mentions[bisect_left(self.starts, first):bisect_right(self.starts, last)]
        inside = [m for m in within if m.end <= last]
        # not a person who only owns the head ("Trump's spokesman", "Lebanon's health ministry")
        people = [m for m in inside if m.entity.label == "PER" and not (head.pos_ == "NOUN" and m.end <= head.idx)
                  and not _object_of_description(m.start, head, self.naming)]
        if people:
            return people[-1]
        if not inside:
            return self._by_name(head)
        if head.pos_ == "NOUN" and not head.ent_type_:
            # "die Nachrichtenagentur RIA Nowosti" is RIA Nowosti; "Russlands Botschaft in den
            # USA" is the embassy, not Russia nor the USA.
            after = head.i + 1 < len(self.doc) and self.doc[head.i + 1].idx
            return next((m for m in inside if m.start == after), None)
        # a common noun outside the names inside is the referent itself ("Lebanon's health ministry"), and
        # so is a name that goes on past them ("West Yorkshire Police", the recogniser's place inside it)
        going_on = head.pos_ == "PROPN" and all(m.end <= head.idx for m in inside)
        fallback = inside[0] if head.pos_ != "NOUN" and not going_on else None
        return next((m for m in inside if m.start <= head.idx < m.end), fallback)

    def _by_name(self, head: Token) -> MentionRef | None:
        """The tagger missed the name: "Putin" still names the entity "Wladimir Putin"."""
        key = name_key(head.text)
        bare = not any(c.pos_ in {"DET", "ADJ"} for c in head.children)
        if not head.text[:1].isupper() or len(key) != 1 or not (head.pos_ == "PROPN" or bare):
            return None
        words = {word for c in head.children if c.dep_ in NAME_PART and c.i < head.i and c.text[:1].isupper()
                 and not self.naming.is_title(c.text) for word in name_key(c.text)}
        # (a longer name is that name only: "the Congressional Budget | Office" is not the "Oval Office")
        matches = [m for m in self.mentions if key[0] in self.keys[m.entity.id] and words <= self.keys[m.entity.id]]
        people = [m for m in matches if m.entity.label == "PER"]
        return (people or matches or [None])[-1]

    def _described(self, tokens: list[Token], head: Token, excluded: set[str]) -> MentionRef | None:
        """The latest person introduced with the same title and adjectives ("der russische
        Präsident" → "dem russischen Präsidenten Wladimir Putin")."""
        endings = self.grammar.inflection_endings
        title = word_stem(head.lemma_ or head.text, endings)
        adjectives = {word_stem(t.text, endings) for t in tokens if t.pos_ == "ADJ"}
        before = bisect_left(self.starts, tokens[0].idx)
        for n in range(before - 1, max(before - DESCRIBED_LOOKBACK, 0) - 1, -1):
            mention = self.mentions[n]
            descriptor = self._descriptor(n)
            if descriptor is None or mention.entity.id in excluded:
                continue
            window, stems = descriptor
            at = next((i for i in range(len(stems) - 1, -1, -1) if stems[i].endswith(title)), None)
            if at is None or not adjectives <= set(stems) or _genitive_attribute(window, at):
                continue
            return mention
        return None

    def _descriptor(self, i: int) -> tuple[list[Token], list[str]] | None:
        """The words before a named person's mention and their stems (None for other mentions),
        worked out once per mention."""
        if i not in self.descriptors:
            mention = self.mentions[i]
            self.descriptors[i] = None
            if mention.entity.label == "PER" and self._has_name(mention):
                window = self._window_before(mention.start)
                self.descriptors[i] = window, [word_stem(t.text, self.grammar.inflection_endings) for t in window]
        return self.descriptors[i]

    def _window_before(self, char: int) -> list[Token]:
        """The words of the mention's own noun phrase before it ("dem russischen Präsidenten")."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return []
        start = span.start
        while start > span.sent.start and span.start - start < DESCRIPTOR_WINDOW and \
                self.doc[start - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
            start -= 1
        return list(self.doc[start: span.start])

    def _has_name(self, mention: MentionRef) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.pos_ == "PROPN" for t in span)


def _genitive_attribute(window: list[Token], title_at: int) -> bool:
    """"der Berater des russischen Präsidenten Juri Uschakow": a title in a genitive after
    another noun describes someone else; the name belongs to the head noun (the adviser)."""
    i = title_at - 1
    while i >= 0 and window[i].pos_ == "ADJ":
        i -= 1
    return i >= 1 and window[i].pos_ == "DET" and "Gen" in window[i].morph.get("Case") \
        and window[i - 1].pos_ == "NOUN"


def _name_word(token: Token, grammar: Grammar) -> bool:
    """A word of a name, also one the tagger took for a noun where nouns are not capitalised ("Elon |
    Musk")."""
    return token.pos_ == "PROPN" or not grammar.nouns_capitalised and token.is_title and token.pos_ == "NOUN"


def _name_before_apposition(tokens: list[Token], grammar: Grammar) -> str | None:
    """"Elon Musk, | the company's chief executive": a name the recogniser missed, set before a comma
    and the description apposed to it, is whom the phrase names."""
    comma = next((n for n, t in enumerate(tokens) if t.text == ","), 0)
    name = tokens[:comma]
    if not name or not all(_name_word(t, grammar) and t.text[:1].isupper() for t in name) or comma + 1 >= len(tokens):
        return None
    return tokens[0].doc[name[0].i: name[-1].i + 1].text


def _affiliation_between(person: MentionRef, run: TokenSpan, doc: Doc) -> bool:
    """A preposition stands between a person named and a name after it: the name is where the person
    works or comes from."""
    if person.end > run.start_char:
        return False
    between = doc.char_span(person.end, run.start_char, alignment_mode="expand")
    return between is not None and any(t.pos_ == "ADP" for t in between)


def _within(mention: MentionRef, run: TokenSpan) -> bool:
    return run.start_char <= mention.start and mention.end <= run.end_char


def _closing_name(tokens: list[Token], grammar: Grammar, naming: NamingFacts) -> TokenSpan | None:
    """A first and last name closing the phrase, which the entity recogniser missed (where
    nouns are not capitalised anyway, a title-case noun may be a name the tagger missed)."""
    run: list[Token] = []
    for token in reversed(tokens):
        if run and _adjective_of_name(token):
            return None  # "The European | Central Bank": an institution's name, not a person's
        if run and token.lower_ in naming.name_particles:
            run.append(token)  # "Konstantin von | Notz"
            continue
        if run and inner_hyphen(token):
            run.append(token)  # "Anne | - | Marie Slaughter"
            continue
        name_like = _name_word(token, grammar) or _in_person_name(token)
        if not name_like or not token.text[:1].isupper() or token.ent_type_ in {"LOC", "ORG", "GPE"} \
                or naming.is_title(token.text):
            break  # "in Washington | Anatoli Antonow", "Detective Inspector | Laura Grant"
        run.append(token)
    while run and (run[-1].lower_ in naming.name_particles or inner_hyphen(run[-1])):
        run.pop()
    if len(run) > 2 and _office_after_preposition(run[-1], naming):
        run.pop()  # "Secretary of | State | Antony Blinken": the office's last word
    if len(run) < 2 or len(run) == len(tokens) and len(tokens) > 3:
        return None
    run.reverse()
    return tokens[0].doc[run[0].i: run[-1].i + 1]


def _adjective_of_name(token: Token) -> bool:
    """A capitalised adjective inside the sentence, which only a name's first word is ("the European
    Central Bank", "die Europäische Zentralbank"), unless the recogniser took it for a person's."""
    return token.pos_ == "ADJ" and token.text[:1].isupper() and not token.is_sent_start and not _in_person_name(token)


def _office_after_preposition(first: Token, naming: NamingFacts) -> bool:
    """The first word of a run of names right after a preposition (and its article) that follows a title
    completes the title: "Secretary of | State", "Chancellor of the | Exchequer" (not "a former speechwriter
    for | George W. Bush")."""
    before = first.i - 1
    if before >= 0 and first.doc[before].pos_ == "DET":
        before -= 1
    return before >= 1 and first.doc[before].pos_ == "ADP" and naming.is_title(first.doc[before - 1].text)


def _object_of_description(start: int, head: Token, naming: NamingFacts) -> bool:
    """A name (beginning at character ``start``) that is the object of a preposition after a common noun
    names someone the noun's person is described by, not that person: "a longtime adviser | to | Trump", "the
    former top aide | to | President George W. Bush", "supporters | of | Democrat Hillary Clinton", "ein
    Sprecher | von | Innenminister Seehofer"; not where a title's office stands between ("the secretary | of
    | State John Kerry": the name holds the title)."""
    if head.pos_ != "NOUN" or start <= head.idx:
        return False
    first = head.doc.char_span(start, start + 1, alignment_mode="expand")[0]
    office = False
    before = first.i - 1
    while before > head.i and (naming.is_title(first.doc[before].text)
                               or first.doc[before].pos_ in {"DET", "ADJ", "PROPN"}):
        office = office or first.doc[before].pos_ == "PROPN" and not naming.is_title(first.doc[before].text)
        before -= 1
    return before > head.i and first.doc[before].pos_ == "ADP" and not (office and naming.is_title(head.text))


def _in_person_name(token: Token) -> bool:
    """A word the recogniser put in a person's name, or that the parser joined to one: "Karin |
    Welge" (only "Karin" recognised, both tagged as nouns)."""
    return token.ent_type_ in PERSON_LABELS or token.dep_ in NAME_PART and token.head.i < token.i \
        and token.head.ent_type_ in PERSON_LABELS


def _without_description(tokens: list[Token]) -> list[Token]:
    """A name's words before the description or bracketed aside after it, which say who the
    named one is, not whom the phrase names: "Milovan Rajevac | , der Trainer Ghanas" is
    Rajevac, "Klaus Wowereit | (SPD)" Wowereit (not "Der Sprecher der Region, Oleh Synjehubow")."""
    cut = next((k for k, t in enumerate(tokens) if t.text in {",", "("}), None)
    if not cut or not (tokens[cut - 1].pos_ == "PROPN" or tokens[cut - 1].ent_type_) \
            or any(t.pos_ in {"ADP", "DET"} for t in tokens[:cut]):
        return tokens
    return tokens[:cut]


def _phrase_head(tokens: list[Token], start: int, end: int) -> Token:
    """The head of a source phrase: the last noun before any prepositional phrase ("Russlands
    Botschaft | in den USA" is the embassy), read on the surface because parsers mistake
    prenominal genitives for heads; the parse decides for anything else."""
    nouns = []
    for token in tokens:
        if token.pos_ == "ADP" and nouns:
            break
        if token.pos_ in NOMINAL:
            nouns.append(token)
    if len(nouns) > 1 and nouns[-1].pos_ == "NOUN" and nouns[0].pos_ == "PROPN":
        return nouns[-1]
    return min(tokens, key=lambda t: _depth(t, start, end))


def _depth(token: Token, start: int, end: int) -> int:
    depth = 0
    while start <= token.head.i < end and token.head != token and depth < 50:
        token = token.head
        depth += 1
    return depth

