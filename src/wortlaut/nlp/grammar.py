"""The grammar facts of a language that the analysers share: function words, endings, and how
the language reports speech (``lang/<code>/grammar.json``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from wortlaut.lang import load_json
from wortlaut.nlp.syntax import DIRECT_OBJECT

FORMS_KEPT = 100_000  # verb forms whose lemma guesses are kept (a few MB)


@dataclass(frozen=True)
class Grammar:
    """Function words and grammar facts of a language (``lang/<code>/grammar.json``, whose
    ``_note`` explains each key)."""

    complementizers: frozenset[str]
    declarative_complementizers: frozenset[str]
    report_markers: frozenset[str]
    predicative: frozenset[str]
    clause_stoppers: frozenset[str]
    sentential_relatives: frozenset[str]
    frame_prepositions: frozenset[str]
    weak_frame_prepositions: frozenset[str]
    particles: tuple[str, ...]
    adverbial_particles: frozenset[str]
    partner_prepositions: frozenset[str]
    conversation_nouns: frozenset[str]
    relay_nouns: frozenset[str]
    genitive_determiners: frozenset[str]
    impersonal_verbs: frozenset[str]
    predicative_with_object: bool
    genitive_adjective_endings: tuple[str, ...]
    letter_prepositions: frozenset[str]
    letter_nouns: frozenset[str]
    time_prepositions: frozenset[str]
    clause_prepositions: frozenset[str]
    causative_verbs: frozenset[str]
    own_adjectives: frozenset[str]
    audience_prepositions: frozenset[str]
    media_listener_prepositions: frozenset[str]
    setting_prepositions: frozenset[str]
    attribute_prepositions: frozenset[str]
    affiliation_prepositions: frozenset[str]
    period_parts: frozenset[str]
    infinitive_conjunctions: frozenset[str]
    prevention_markers: frozenset[str]
    direct_case_articles: frozenset[str]
    person_noun_endings: tuple[str, ...]
    dative_plural_endings: tuple[str, ...]
    number_ambiguous_noun_endings: tuple[str, ...]
    feminine_endings: tuple[str, ...]
    personal_pronouns: frozenset[str]
    expletives: frozenset[str]
    anaphoric_demonstratives: frozenset[str]
    postpositions: frozenset[str]
    relative_report_adverbs: frozenset[str]
    reportative_verbs: frozenset[str]
    addressee_prepositions: frozenset[str]
    listener_object_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    dative_determiners: frozenset[str]
    agent_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    named_origin_prepositions: frozenset[str]
    dative_listener_verbs: frozenset[str]
    document_prepositions: frozenset[str]
    anaphoric_report_adverbs: frozenset[str]
    passive_auxiliaries: frozenset[str]
    conditional_inversion_verbs: frozenset[str]
    raising_verbs: frozenset[str]
    display_verbs: frozenset[str]
    name_prepositions: frozenset[str]
    comparatives: frozenset[str]
    generic_pronouns: frozenset[str]
    number_ambiguous_pronouns: frozenset[str]
    modal_passive_auxiliaries: frozenset[str]
    nominative_pronouns: frozenset[str]
    oblique_determiners: frozenset[str]
    dative_pronouns: frozenset[str]
    not_dative_plurals: frozenset[str]
    possessive_pronouns: frozenset[str]
    time_nouns: tuple[str, ...]
    not_time_nouns: frozenset[str]
    sentence_opening_words: frozenset[str]
    final_abbreviations: frozenset[str]
    continuing_adverbs: frozenset[str]
    sequence_prepositions: frozenset[str]
    circumstance_conjunctions: frozenset[str]
    one_letter_names: frozenset[str]
    platform_nouns: frozenset[str]
    number_abbreviations: frozenset[str]
    report_clause_prepositions: frozenset[str]
    act_nouns: frozenset[str]
    media_nouns: tuple[str, ...]
    media_names: frozenset[str]
    verb_endings: tuple[str, ...]
    infinitive_endings: tuple[str, ...]
    infinitive_infixes: tuple[str, ...]
    participle_prefixes: tuple[str, ...]
    finite_participle_endings: tuple[str, ...]
    past_endings: tuple[str, ...]
    inflection_endings: tuple[str, ...]
    strong_verbs: dict[str, str]
    discourse_phrases: tuple[tuple[str, ...], ...]
    other_sense_prepositions: dict[str, frozenset[str]]
    verb_listener_prepositions: dict[str, frozenset[str]]
    addressing_participles: dict[str, frozenset[str]]
    other_sense_objects: frozenset[str]
    other_sense_reflexives: frozenset[str]
    other_sense_object_nouns: dict[str, tuple[str, ...]]
    ability_modals: frozenset[str]
    naming_verbs: frozenset[str]
    speech_continues_by_mood: bool
    cue_includes_helpers: bool
    correlative_adverbs: frozenset[str]
    wording_phrases: tuple[tuple[str, ...], ...]
    bare_complement_clauses: bool
    inverted_report_verb_first: bool
    subject_precedes_verb: bool
    noun_object_messages: bool
    expletives_with_active_cues: bool
    subject_agreement: bool
    nouns_capitalised: bool
    roman_ordinals: bool
    age_compounds: tuple[str, ...]
    verb_form_lemmas: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)  # by form, once

    def person_noun(self, lemma: str) -> bool:
        """A noun that names a person by its ending (``person_noun_endings``: "Journalist",
        "Sprecherin", "Minister")."""
        return lemma.lower().endswith(self.person_noun_endings)


@lru_cache(maxsize=None)
def load_grammar(lang: str) -> Grammar:
    raw = load_json(lang, "grammar.json")
    return Grammar(
        **{name: frozenset(raw[name]) for name in (
            "complementizers", "declarative_complementizers", "report_markers", "predicative", "clause_stoppers", "sentential_relatives",
            "frame_prepositions", "weak_frame_prepositions", "personal_pronouns", "expletives", "anaphoric_demonstratives",
            "postpositions", "relative_report_adverbs", "reportative_verbs", "addressee_prepositions",
            "listener_object_verbs", "quoting_verbs", "dative_determiners", "agent_prepositions", "origin_prepositions",
            "document_prepositions", "anaphoric_report_adverbs", "passive_auxiliaries", "generic_pronouns",
            "number_ambiguous_pronouns", "modal_passive_auxiliaries", "nominative_pronouns", "oblique_determiners",
            "dative_pronouns",
            "possessive_pronouns",
            "adverbial_particles", "partner_prepositions", "conversation_nouns", "letter_prepositions", "letter_nouns",
            "time_prepositions",
            "clause_prepositions", "causative_verbs", "own_adjectives", "audience_prepositions",
            "media_listener_prepositions",
            "setting_prepositions", "attribute_prepositions", "affiliation_prepositions", "period_parts",
            "infinitive_conjunctions", "prevention_markers", "direct_case_articles",
            "named_origin_prepositions",
            "dative_listener_verbs", "not_dative_plurals", "not_time_nouns", "sentence_opening_words",
            "one_letter_names", "platform_nouns", "number_abbreviations", "final_abbreviations", "continuing_adverbs",
            "report_clause_prepositions", "act_nouns", "conditional_inversion_verbs", "raising_verbs",
            "display_verbs",
            "name_prepositions", "comparatives", "relay_nouns", "genitive_determiners",
            "impersonal_verbs", "sequence_prepositions", "circumstance_conjunctions")},
        genitive_adjective_endings=tuple(raw["genitive_adjective_endings"]),
        predicative_with_object=bool(raw["predicative_with_object"]),
        time_nouns=tuple(raw["time_nouns"]),
        media_nouns=tuple(raw["media_nouns"]),
        media_names=frozenset(raw["media_names"]),
        person_noun_endings=tuple(raw["person_noun_endings"]),
        dative_plural_endings=tuple(raw["dative_plural_endings"]),
        number_ambiguous_noun_endings=tuple(raw["number_ambiguous_noun_endings"]),
        feminine_endings=tuple(raw["feminine_endings"]),
        verb_endings=tuple(raw["verb_endings"]),
        infinitive_endings=tuple(raw["infinitive_endings"]),
        infinitive_infixes=tuple(raw["infinitive_infixes"]),
        participle_prefixes=tuple(raw["participle_prefixes"]),
        finite_participle_endings=tuple(raw["finite_participle_endings"]),
        past_endings=tuple(raw["past_endings"]),
        inflection_endings=tuple(raw["inflection_endings"]),
        particles=tuple(sorted(set(raw["particles"]), key=len, reverse=True)),
        strong_verbs=dict(raw["strong_verbs"]),
        discourse_phrases=tuple(tuple(phrase.split()) for phrase in raw["discourse_phrases"]),
        other_sense_prepositions={verb: frozenset(words) for verb, words in raw["other_sense_prepositions"].items()},
        other_sense_objects=frozenset(raw["other_sense_objects"]),
        other_sense_reflexives=frozenset(raw["other_sense_reflexives"]),
        other_sense_object_nouns={verb: tuple(ends) for verb, ends in raw["other_sense_object_nouns"].items()},
        ability_modals=frozenset(raw["ability_modals"]),
        verb_listener_prepositions={verb: frozenset(words)
                                    for verb, words in raw["verb_listener_prepositions"].items()},
        addressing_participles={word: frozenset(prepositions)
                                for word, prepositions in raw["addressing_participles"].items()},
        naming_verbs=frozenset(raw["naming_verbs"]),
        speech_continues_by_mood=bool(raw["speech_continues_by_mood"]),
        cue_includes_helpers=bool(raw["cue_includes_helpers"]),
        correlative_adverbs=frozenset(raw["correlative_adverbs"]),
        wording_phrases=tuple(tuple(phrase.lower().split()) for phrase in raw["wording_phrases"]),
        bare_complement_clauses=bool(raw["bare_complement_clauses"]),
        inverted_report_verb_first=bool(raw["inverted_report_verb_first"]),
        subject_precedes_verb=bool(raw["subject_precedes_verb"]),
        noun_object_messages=bool(raw["noun_object_messages"]),
        expletives_with_active_cues=bool(raw["expletives_with_active_cues"]),
        subject_agreement=bool(raw["subject_agreement"]),
        nouns_capitalised=bool(raw["nouns_capitalised"]),
        roman_ordinals=bool(raw["roman_ordinals"]),
        age_compounds=tuple(raw["age_compounds"]),
    )


def participle_on_object(verb: Token, grammar: Grammar) -> bool:
    """A past participle the parser made the complement of the verb whose object stands between them: it
    tells what was done to the object, and by whom it does not say ("accept | migrants | returned | from
    Italy", "arrested | a Canadian citizen | suspected | of links to …": no one named returned or
    suspected). Not after a time the parser took for the object ("Police had | last month | charged |
    Corey Lewandowski"), nor after a speaker it took for one ("it made the work hard,'' | Mr. McCain |
    recalled")."""
    head = verb.head
    return verb.dep_ == "xcomp" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and any(c.dep_ in DIRECT_OBJECT and c.left_edge.i == head.i + 1 and c.right_edge.i == verb.i - 1
                and not is_time_word(c, grammar) for c in head.children)


def is_time_word(token: Token, grammar: Grammar) -> bool:
    """A day, month or time of day by itself ("Mai", "Mittwoch", "gestern", "Friday"), not a
    name that happens to be one (Theresa May)."""
    return token.lower_ in grammar.time_nouns and not token.ent_type_


def listed_word(form: str, words: frozenset[str]) -> bool:
    """``form`` is one of ``words``, or ends in one listed with a hyphen ("-bauern": "Kleinbauern")."""
    return form in words or any(form.endswith(w[1:]) for w in words if w.startswith("-"))


def is_possessive(token: Token, grammar: Grammar) -> bool:
    """A possessive determiner ("seiner", "ihren", "his"), also where the tagger gave it no features."""
    return token.lower_ in grammar.possessive_pronouns or "Yes" in token.morph.get("Poss")


def zu_infinitive(word: Token, grammar: Grammar) -> bool:
    """A zu-infinitive written as one word, whatever the tagger made of it: "kündigte an, die
    Hilfen fortzusetzen" ("fortzusetzen" tagged as an adverb)."""
    return word.is_alpha and bool(zu_infinitive_lemmas(word.lower_, grammar))


def verb_lemmas(token: Token, grammar: Grammar) -> list[str]:
    """The pipeline's lemma first, then guesses from the form for verbs it did not learn
    ("antworten" lemmatised as "antwort", "gewarnt" → "warnen")."""
    if not grammar.verb_endings:
        return [token.lemma_.lower()]
    form = token.lower_
    known = grammar.verb_form_lemmas
    guesses = known.get(form)
    if guesses is None:
        if len(known) >= FORMS_KEPT:
            known.clear()  # a batch over millions of articles meets ever new misspelt forms
        guesses = known[form] = _lemmas_of_form(form, grammar)
    return [token.lemma_.lower(), *guesses]


def _lemmas_of_form(form: str, grammar: Grammar) -> list[str]:
    stems = {form[: -len(s)] for s in grammar.verb_endings if form.endswith(s) and len(form) - len(s) >= 3}
    stems |= {s[:-1] for s in stems if s[-1] == s[-2] and s[-1].isalpha()}  # "admitted" → "admitt" → "admit"
    stems |= {s[len(p):] for s in stems for p in grammar.participle_prefixes
              if s.startswith(p) and len(s) > len(p) + 3}
    return [s + ending for s in sorted(stems | _separable_participle_stems(form, grammar))
            for ending in grammar.infinitive_endings] + _strong_verb_lemmas(form, grammar)


def zu_infinitive_lemmas(form: str, grammar: Grammar) -> list[str]:
    """"freizulassen" → "freilassen": the infinitive's zu stands after a separable particle. (Not among
    ``verb_lemmas``: a zu-infinitive tells what is to be done, no report of the attribution layer's.)"""
    return [particle + form[len(particle) + len(infix):] for particle in grammar.particles
            for infix in grammar.infinitive_infixes if form.startswith(particle + infix)
            and form.endswith(grammar.infinitive_endings) and len(form) > len(particle + infix) + 3]


def _separable_participle_stems(form: str, grammar: Grammar) -> set[str]:
    """"ausgesagt" → "aussag": the participle's ge- stands after a separable particle. Only the
    shortest ending is cut, so that an inflected participle ("ausgerichtete") stays an adjective."""
    ending = min((e for e in grammar.verb_endings if form.endswith(e)), key=len, default=None)
    if ending is None:
        return set()
    stem = form[: -len(ending)]
    return {particle + stem[len(particle) + len(ge):] for particle in grammar.particles
            for ge in grammar.participle_prefixes
            if stem.startswith(particle + ge) and len(stem) > len(particle) + len(ge) + 2}


def _strong_verb_lemmas(form: str, grammar: Grammar) -> list[str]:
    """"beschossen" → "beschießen", "angegriffen" → "angreifen", "wies" → "weisen": the longest
    strong stem the form ends in, its prefix kept without the participle's ge-."""
    for length in range(len(form), 2, -1):
        for cut in ("", *grammar.verb_endings):
            if not form.endswith(cut):
                continue
            stem = form[: len(form) - len(cut)]
            tail = stem[-length:] if len(stem) >= length else None
            if tail is None or tail not in grammar.strong_verbs:
                continue
            prefix = stem[: -length]
            for marker in grammar.participle_prefixes:
                if prefix.endswith(marker):
                    prefix = prefix[: -len(marker)]
            return [prefix + grammar.strong_verbs[tail]]
    return []
