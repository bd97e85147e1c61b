"""Named entities of a parsed document, grouped into one record per referent.

News names a person in full once ("Juri Uschakow") and by surname after ("Uschakow");
grouping mentions whose words are a subset of a fuller name of the same label gives every
later record one canonical name.
"""
from __future__ import annotations

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


@register_stage("entities", assigns=("entities",))
def find_entities(doc: Doc, readout: Readout) -> None:
    readout.entities = collect_entities(doc)
