"""Whitespace tokens are spaces, whatever the tagger made of them.

spaCy keeps a paragraph break ("\\n\\n") or a run of spaces as a token of its own. The treebanks
the taggers learnt from have no such tokens, and the English tagger called 221 of 281 paragraph
breaks in 20 PolNeAR train articles a proper noun: one became the speaker "\\n\\nObama" of the
quotation before it ("“… when Congress won’t.”\\n\\nObama announced …"). This component, run
last, gives every whitespace token the part of speech SPACE and the tag ``_SP``, as spaCy's own
pipelines do, so that no rule reads it as a word.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "wortlaut_spaces"


@Language.component(NAME)
def tag_spaces(doc: Doc) -> Doc:
    for token in doc:
        if token.is_space:
            token.pos_ = "SPACE"
            token.tag_ = "_SP"
    return doc
