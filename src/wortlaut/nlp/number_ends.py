"""A number's period before a word that opens a sentence ends the sentence.

The German tokenizer keeps a number and its period together as an ordinal ("am 3. März",
"zum 13. Mal"), and so ran "Die Zahl der Toten stieg auf 30. Die Regierung sprach von einer
Tragödie." into one sentence, whose second half lost its own report (so also a name that ends
in a number: "… der Maschine vom Typ MI-17. Die Organisationen …"). An ordinal is followed
by the noun or month it counts, never by a function word that opens a sentence
(``sentence_opening_words``, capitalised: "Die", "Er", "Auch"): there the period is split off
and the sentence ends. Runs before the tagger, so nothing is yet attached to the tokens.

So also an abbreviation whose period ends a sentence (``final_abbreviations``), which the English
tokenizer keeps whole: "… opened fire shortly after 9 p.m. One woman … told the Associated Press …"
had been one sentence, whose report lost its speaker; there only the sentence start is set, as the
period belongs to the abbreviation too.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from wortlaut.nlp.grammar import load_grammar

NAME = "wortlaut_number_ends"
NUMBER_WITH_PERIOD = re.compile(r"[\w-]*\d\.")  # "30.", and a name ending in one: "vom Typ MI-17."


class NumberEnds:
    def __init__(self, openers: frozenset[str], abbreviations: frozenset[str]) -> None:
        self.openers = openers
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        opening = [t for t in doc[:-1] if t.whitespace_ and doc[t.i + 1].text[:1].isupper()
                   and doc[t.i + 1].lower_ in self.openers]
        for token in opening:
            if token.text in self.abbreviations:
                doc[token.i + 1].is_sent_start = True
        ends = [t for t in opening if NUMBER_WITH_PERIOD.fullmatch(t.text)]
        if not ends:
            return doc
        openers = [t.i + 2 + n for n, t in enumerate(ends)]  # where the openers stand after the splits
        with doc.retokenize() as retokenizer:
            for token in ends:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
        for i in openers:
            doc[i].is_sent_start = True
        return doc


@Language.factory(NAME)
def make_number_ends(nlp: Language, name: str) -> NumberEnds:
    grammar = load_grammar(nlp.lang)
    return NumberEnds(grammar.sentence_opening_words, grammar.final_abbreviations)
