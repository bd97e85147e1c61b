"""Named entities of a parsed document, grouped into one record per referent.

News names a person in full once ("Juri Uschakow") and by surname after ("Uschakow");
grouping mentions whose words are a subset of a fuller name of the same label gives every
later record one canonical name.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from wortlaut.model import Entity, Readout, Span
from wortlaut.nlp.titles import bare_name, naming_facts
from wortlaut.stages import register_stage

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC",
          "NORP": "MISC", "FAC": "LOC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
          "LAW": "MISC", "LANGUAGE": "MISC"}
PERSON_LABELS = frozenset(label for label, kind in LABELS.items() if kind == "PER")  # the recognisers' persons
PLACE_LABELS = frozenset(label for label, kind in LABELS.items() if kind == "LOC")  # their places
TIME_LABELS = frozenset({"DATE", "TIME"})  # dates and times, which English recognisers label


def name_key(text: str) -> tuple[str, ...]:
    return tuple(w.lower().removesuffix("s") for w in text.replace("-", " ").split())


def collect_entities(doc: Doc) -> list[Entity]:
    """One Entity per referent, canonical = its longest name (a person's without the titles the
    recogniser took in: "Prime Minister Keir Starmer" is Keir Starmer); ids e1, e2 … in text order."""
    facts = naming_facts(doc.lang_)
    mentions: list[tuple[str, Span]] = [
        (LABELS[ent.label_], Span(ent.text, ent.start_char, ent.end_char))
        for ent in doc.ents if ent.label_ in LABELS and ent.text.strip()
    ]
    mentions = _without_headline_words(doc.text, mentions)
    groups: list[tuple[str, str, list[Span]]] = []
    for label, mention in sorted(mentions, key=lambda m: -len(name_key(m[1].text))):
        key = set(name_key(mention.text))
        for i, (g_label, canonical, spans) in enumerate(groups):
            if g_label == label and key <= set(name_key(canonical)):
                spans.append(mention)
                break
        else:
            groups.append((label, mention.text, [mention]))
    groups.sort(key=lambda g: min(s.start for s in g[2]))
    return [
        Entity(id=f"e{n}", label=label, canonical=bare_name(canonical, facts) if label == "PER" else canonical,
               mentions=sorted(spans, key=lambda s: s.start))
        for n, (label, canonical, spans) in enumerate(groups, start=1)
    ]


def _without_headline_words(text: str, mentions: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A person's name in a line written in title case ends where the name the article gives elsewhere
    ends: the recogniser runs on into the capitalised verb after it ("Donald Trump | Calls For Ban On
    Muslims", "Rubio | Misses Vote"), which had become the person's canonical name."""
    headline = [label == "PER" and _title_case_line(text, m.start) for label, m in mentions]
    known = {name_key(m.text) for (label, m), titled in zip(mentions, headline) if label == "PER" and not titled}
    trimmed = []
    for (label, mention), titled in zip(mentions, headline):
        words = list(re.finditer(r"\S+", mention.text))
        if titled and len(words) > 1 and name_key(mention.text) not in known:
            cut = next((w for w in reversed(words[:-1]) if name_key(mention.text[: w.end()]) in known), None)
            if cut is not None:
                mention = Span(mention.text[: cut.end()], mention.start, mention.start + cut.end())
        trimmed.append((label, mention))
    return trimmed


def _title_case_line(text: str, at: int) -> bool:
    """The line around ``at`` has every word of letters capitalised, as English headlines do."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in text[start: end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


@register_stage("entities", assigns=("entities",))
def find_entities(doc: Doc, readout: Readout) -> None:
    readout.entities = collect_entities(doc)
