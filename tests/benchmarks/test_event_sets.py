"""Our hand-annotated event sets load whole: the English development set holds offsets into the
PolNeAR articles only (their texts carry no licence to copy), and ``hand_items`` of
benchmarks/events.py fills the texts in from the archive."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

REPO = Path(__file__).resolve().parents[2]
POLNEAR = REPO.parent / "shared" / "data" / "attribution_english_polnear" / "polnear_train.tar.xz"


E = load_benchmark("events")


@pytest.mark.skipif(not POLNEAR.exists(), reason="needs ../shared/data/attribution_english_polnear")
def test_the_english_development_set_finds_every_sentence_and_span_in_the_articles():
    items = E.hand_items(E.ENGLISH_DEV)
    assert len(items) == 61
    for item in items:
        text = item["text"]
        assert text and text == text.strip(), item["id"]
        for event in item["events"]:
            trigger, evidence = event["trigger"], event["evidence"]
            assert evidence["start"] <= trigger["start"] < trigger["end"] <= evidence["end"] <= len(text)
            assert trigger["text"] == trigger["text"].strip() and trigger["text"][0].isalnum(), item["id"]


def test_the_german_sets_carry_their_texts():
    for path in (E.GERMAN_GOLD, E.DATA_DIR / "events_de_dev.jsonl"):
        items = E.hand_items(path)
        assert items and all(i["text"][e["trigger"]["start"]: e["trigger"]["end"]] == e["trigger"]["text"]
                             for i in items for e in i["events"])
