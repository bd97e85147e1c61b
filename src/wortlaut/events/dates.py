"""The date of an event, as far as the sentence and the article's date allow: "am Samstag" in an
article of Saturday 12 February 2022 is 2022-02-12, "gestern" the day before. Without a date
word or an article date the event's date is unknown (None), never guessed."""
from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span

from wortlaut.events.lexicon import EventGrammar

WEEK = 7


def article_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def event_date(sentence: Span, published: date | None, grammar: EventGrammar) -> str | None:
    """The day a date word of ``sentence`` names, counted back from the article's day."""
    if published is None:
        return None
    for token in sentence:
        word = token.lower_
        if word in grammar.day_offsets:
            return (published + timedelta(days=grammar.day_offsets[word])).isoformat()
        if word in grammar.weekdays:
            back = (published.weekday() - grammar.weekdays.index(word)) % WEEK
            return (published - timedelta(days=back)).isoformat()
    return None
