"""Long texts are parsed piece by piece and joined into one Doc.

The CNN layers hold activations for every token of the text they run on at once (about 3.5 kB
a character), so one call on a 400 kB text peaked at 1.5 GB. Cut at paragraph breaks into
pieces of at most ``PIECE_CHARS`` (one at a time: ``nlp.pipe`` would batch them all again) and
joined with ``Doc.from_docs``, the text's memory is its Doc plus one piece's activations, and
offsets into the joined Doc are offsets into the original text. A paragraph break is a sentence
break, so no sentence is cut.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wortlaut.nlp.space_runs import parse_single_spaced

PIECE_CHARS = 20_000
# Every Unicode space separator but the plain space, mapped to it, one character for one.
_SPACES = {code: " " for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
# Where a piece may end, best first: after a blank line, a line break, a sentence, a space.
CUTS = ("\n\n", "\n", ". ", " ")


def parse(nlp: Language, text: str, size: int | None = None) -> Doc:
    """``nlp(text)``, for a text of any length up to ``nlp.max_length``, read with plain spaces, a
    run of them as one (``space_runs``)."""
    text = plain_spaces(text)
    size = size or PIECE_CHARS
    if len(text) <= size:
        return parse_single_spaced(nlp, text)
    docs = [parse_single_spaced(nlp, piece) for piece in cut_pieces(text, size)]  # not nlp.pipe: it batches them all
    return Doc.from_docs(docs, ensure_whitespace=False)


def plain_spaces(text: str) -> str:
    """``text`` with its no-break, thin and other Unicode spaces as plain spaces, the copy of a text
    that the NLP pipeline reads: its tokenizer splits words at plain spaces only and made a no-break
    space a token of its own, which broke the parse around it ("were forced to\\xa0pay smugglers"
    reported "they were forced to"). The copy keeps the text's length, so offsets into it are
    offsets into the text (``model.spans_read_from_text``)."""
    return text.translate(_SPACES)


def cut_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Consecutive slices of ``text`` (joined they are the text) of at most ``size`` characters,
    each ending at the best break in its second half; a text without any is cut hard."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = _break_before(text, start, start + size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _break_before(text: str, start: int, limit: int) -> int:
    for cut in CUTS:
        found = text.rfind(cut, start + (limit - start) // 2, limit)
        if found >= 0:
            return found + len(cut)
    return limit
