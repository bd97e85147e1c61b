"""Readouts built by hand (no analysis, so store, query, CLI and web tests are fast and exact)."""
from __future__ import annotations


from wortlaut.model import (Attribution, Balance, ClaimDenial, Content, Cue, Document, Entity, Event, EventMention,
                            Marker, Party, Readout, Segment, Source, Span, Tally, Trigger)

BERLIN_TEXT = (
    "Moskau weist Vorwürfe zurück\n\n"
    "Kremlsprecher Dmitri Peskow sagte, Russland plane keinen Angriff. "
    "Die angebliche \"Invasion\" sei eine Erfindung, behauptete Peskow. "
    "US-Präsident Joe Biden teilte dagegen mit, die Lage sei ernst.\n"
    "Foto: dpa\n"
)
LONDON_TEXT = (
    "Talks to resume, minister says\n\n"
    "\"We are ready to talk,\" Foreign Secretary David Lammy said on Monday. "
    "Joe Biden pointed out that sanctions remain in place.\n"
)


def span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(needle, start, start + len(needle))


def content(text: str, needle: str) -> Content:
    s = span(text, needle)
    return Content(s.text, s.start, s.end)


def source(text: str, needle: str, canonical: str | None = None, entity: str | None = None,
           after: int = 0) -> Source:
    s = span(text, needle, after)
    return Source(s.text, s.start, s.end, canonical, entity)


def cue(text: str, *pieces: str, lemma: str | None = None) -> Cue:
    parts: list[Span] = []
    for piece in pieces:
        parts.append(span(text, piece, parts[-1].end if parts else 0))
    first, last = parts[0], parts[-1]
    return Cue(text[first.start:last.end], first.start, last.end, lemma, tuple(parts) if len(parts) > 1 else ())


def berlin_readout() -> Readout:
    t = BERLIN_TEXT
    title_end = t.index("\n")
    return Readout(
        doc=Document(text=t, lang="de", title=t[:title_end], url="https://berlin.example/a1",
                     outlet="Berliner Blatt", published="2024-02-01"),
        segments=[Segment("title", 0, title_end), Segment("body", title_end + 2, t.index("\nFoto")),
                  Segment("credit", t.index("Foto"), t.index("dpa") + 3)],
        entities=[Entity("e1", "PER", "Dmitri Peskow", [span(t, "Dmitri Peskow"), span(t, "Peskow", 70)]),
                  Entity("e2", "PER", "Joe Biden", [span(t, "Joe Biden")])],
        attributions=[
            Attribution("a1", "indirect", source(t, "Kremlsprecher Dmitri Peskow", "Dmitri Peskow", "e1"),
                        cue(t, "sagte", lemma="sagen"), content(t, "Russland plane keinen Angriff"), confidence=0.82),
            Attribution("a2", "indirect", source(t, "Peskow", "Dmitri Peskow", "e1", t.index("behauptete")),
                        cue(t, "behauptete", lemma="behaupten"),
                        content(t, "Die angebliche \"Invasion\" sei eine Erfindung"), stance="distancing",
                        confidence=0.31),
            Attribution("a3", "indirect", source(t, "US-Präsident Joe Biden", "Joe Biden", "e2"),
                        cue(t, "teilte", "mit", lemma="mitteilen"), content(t, "die Lage sei ernst")),
        ],
        markers=[Marker("scare_quote", "\"Invasion\"", *_offsets(t, "\"Invasion\""), attributed_to="Dmitri Peskow",
                        target=span(t, "Invasion"), attribution="a2"),
                 Marker("hedge", "angebliche", *_offsets(t, "angebliche"))],
        claims=[ClaimDenial(span(t, "Russland plane keinen Angriff"), "a2", "content", "a1",
                            "Dmitri Peskow", "Dmitri Peskow")],
        balance=Balance(Tally("article", attributions=3, by_type={"indirect": 3},
                              by_stance={"neutral": 2, "distancing": 1}),
                        [Tally("Dmitri Peskow", "Russland", 2, {"indirect": 2}, {"neutral": 1, "distancing": 1}),
                         Tally("Joe Biden", "USA", 1, {"indirect": 1}, {"neutral": 1})],
                        [Tally("Russland", None, 2), Tally("USA", None, 1)]),
    )


def london_readout() -> Readout:
    t = LONDON_TEXT
    title_end = t.index("\n")
    return Readout(
        doc=Document(text=t, lang="en", title=t[:title_end], outlet="London Ledger", published="2024-03-05"),
        segments=[Segment("title", 0, title_end), Segment("body", title_end + 2, len(t) - 1)],
        attributions=[
            Attribution("a1", "direct", source(t, "Foreign Secretary David Lammy", "David Lammy"),
                        cue(t, "said", lemma="say"), content(t, "\"We are ready to talk,\"")),
            Attribution("a2", "indirect", source(t, "Joe Biden", "Joe Biden"), cue(t, "pointed out", lemma="point out"),
                        content(t, "sanctions remain in place"), stance="endorsing"),
            Attribution("a3", "indirect", None, None, content(t, "Talks to resume")),
        ],
    )


def _offsets(text: str, needle: str) -> tuple[int, int]:
    s = span(text, needle)
    return s.start, s.end


XSS_TEXT = (
    'Officials warn of <script>window.pwned = "title"</script> attacks\n\n'
    'The minister said that <img src=x onerror="window.pwned = \'img\'"> was only a picture of a bridge. '
    '"We will never run <script>window.pwned = "quote"</script> on our servers," she told reporters on Monday.\n'
)


CALL_TEXT = "Biden telefoniert mit Putin. Nummer {n}."


def call_readout(n: int, outlet: str, published: str, reverse: bool = False) -> Readout:
    """The n-th article telling the Biden–Putin call, its parties in either order."""
    text = CALL_TEXT.format(n=n)
    biden = Party("Biden", 0, 5, "Joe Biden", "USA", "GOV", "e1")
    putin = Party("Putin", 22, 27, "Wladimir Putin", "RUS", "GOV", "e2")
    trigger = Trigger("telefoniert", 6, 17, "telefonieren")
    actor, recipient = (putin, biden) if reverse else (biden, putin)
    event = Event("v1", "CONSULT", "040", "verbal_cooperation", trigger, actor, recipient,
                  mentions=[EventMention(trigger)])
    return Readout(Document(text=text, lang="de", outlet=outlet, published=published), events=[event])


def accusation_readout(text: str, outlet: str, published: str) -> Readout:
    """An article whose one event is "Trump accuses Clinton": two parties of one country, and
    both persons named (``text`` names Trump, then "accuses", then Clinton)."""
    trump, accuses, clinton = span(text, "Trump"), span(text, "accuses"), span(text, "Clinton")
    trigger = Trigger(accuses.text, accuses.start, accuses.end, "accuse")
    event = Event("v1", "ACCUSE", "112", "verbal_conflict", trigger,
                  Party("Trump", trump.start, trump.end, "Donald Trump", "USA", None, "e1"),
                  Party("Clinton", clinton.start, clinton.end, "Hillary Clinton", "USA", None, "e2"),
                  mentions=[EventMention(trigger)])
    entities = [Entity("e1", "PER", "Donald Trump", [trump]), Entity("e2", "PER", "Hillary Clinton", [clinton])]
    return Readout(Document(text=text, lang="en", outlet=outlet, published=published), entities=entities,
                   events=[event])
