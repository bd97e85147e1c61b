"""The mood of a sentence's main clause, which tells whether German reported speech
continues in Konjunktiv."""
from __future__ import annotations

from spacy.tokens import Span

from wortlaut.attribution.syntax import mood_of_clause


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
