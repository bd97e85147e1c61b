"""The span index answers as a scan of all spans would."""
from __future__ import annotations

import random

from wortlaut.nlp.span_index import BLOCK, SpanIndex


def test_containing_and_overlapping_agree_with_a_scan():
    rng = random.Random(0)
    spans = []
    for n in range(400):
        start = rng.randrange(0, 20 * BLOCK)
        spans.append((start, start + rng.choice([0, 1, 5, 40, BLOCK, 3 * BLOCK]), n))
    index = SpanIndex(spans)
    queries = [(s, s + rng.choice([0, 1, 7, BLOCK + 3])) for s in (rng.randrange(0, 21 * BLOCK) for _ in range(500))]
    queries += [(BLOCK, BLOCK), (2 * BLOCK, 2 * BLOCK + 1), (0, 0)]
    for start, end in queries:
        assert index.containing(start, end) == [n for s, e, n in spans if s <= start and end <= e]
        assert index.overlapping(start, end) == [n for s, e, n in spans if s < end and start < e]
