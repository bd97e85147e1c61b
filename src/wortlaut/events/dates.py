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
    """The day a date of ``sentence`` names: written out ("am 21. Juli 2008", "July 21"), or a
    date word counted back from the article's day ("am Samstag", "gestern")."""
    written = written_date(sentence, published, grammar)
    if written is not None or published is None:
        return written.isoformat() if written is not None else None
    for token in sentence:
        word = token.lower_
        if word in grammar.day_offsets:
            return (published + timedelta(days=grammar.day_offsets[word])).isoformat()
        if word in grammar.weekdays:
            back = (published.weekday() - grammar.weekdays.index(word)) % WEEK
            return (published - timedelta(days=back)).isoformat()
    return None


def written_date(sentence: Span, published: date | None, grammar: EventGrammar) -> date | None:
    """"21. Juli 2008", "21 July 2008", "July 21, 2008", "Feb. 12": a day next to a month name,
    with the year that follows, else the article's year."""
    tokens = list(sentence)
    for n, token in enumerate(tokens):
        month = grammar.months.get(token.lower_.rstrip("."))
        if month is None:
            continue
        before = tokens[n - 1].text.rstrip(".") if n > 0 else ""
        after = tokens[n + 1].text.rstrip(".,") if n + 1 < len(tokens) else ""
        day = int(before) if before.isdigit() else int(after) if after.isdigit() and len(after) <= 2 else None
        if day is None:
            continue
        rest = [t.text for t in tokens[n + 1: n + 4] if t.text.isdigit() and len(t.text) == 4]
        year = int(rest[0]) if rest else published.year if published is not None else None
        if year is None:
            continue
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
