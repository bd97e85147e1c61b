#!/usr/bin/env python3
"""Stories benchmark: how well the store groups articles into stories, and how fast.

Run from the repository root (after the shipped models exist)::

    .venv/bin/python benchmarks/stories.py --out benchmarks/results/stories.txt

1. Grouping. German news articles rebuilt from the SpkAtt-2023 WikiNews token lists as
   ``benchmarks/corpus.py`` does (``--articles`` of them, each with its WikiNews date), and for
   every second one a republished copy one day later: another outlet, a new title, one body
   sentence in four cut. Gold: an article and its copy are one story, every other pair two.
   Each text is analysed and added to a new store; pairwise precision and recall of "same
   story" are reported. WikiNews articles of the same day on the same event are unlabelled, so a
   pair of them the store joins counts against precision.
2. Speed. That store grown to ``--store-size`` articles by copying the rows of its stories'
   tables (documents, publications, story_articles, story_keys) with fresh ids, copy k dated
   7·k days later (a corpus spread over time, not one day); then the time to add one new
   analysed article (``Store.add``: every table, events and its story) and to find its story
   alone (``stories.best_match``), median of repeated runs rolled back; and ``compare`` of a
   story of 50 articles (the founding article published by 50 outlets with a line of their own).
"""
from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import duckdb

from wortlaut.engine import analyze_text
from wortlaut.model import Document
from wortlaut.store import Store
from wortlaut.store.compare import compare
from wortlaut.store.stories import article_keys, best_match

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "fixtures" / "seed" / "article.txt"
STORY_TABLES = ("publications", "story_articles", "story_keys")
RUNS = 20


def _corpus_module():
    spec = importlib.util.spec_from_file_location("wortlaut_bench_corpus", HERE / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def republished(record: dict) -> dict:
    """Another outlet's copy of an article, a day later: a new title, every fourth sentence cut."""
    title, _, body = record["text"].partition("\n\n")
    sentences = body.split(". ")
    kept = ". ".join(s for n, s in enumerate(sentences) if n % 4 != 3 or len(sentences) < 4)
    day = record["published"]
    later = f"{day[:8]}{int(day[8:10]) + 1:02d}" if day and day[8:10] < "28" else day
    return {"text": f"Nachrichten: {title}\n\n{kept}", "outlet": "Zweitverwerter", "published": later}


def grouping(records: list[dict], db: Path) -> dict:
    """Analyse and add each record and its copy; pairwise precision and recall of the stories."""
    gold, start = {}, time.perf_counter()
    with Store.open(db) as store:
        for n, record in enumerate(records):
            pieces = [record] + ([republished(record)] if n % 2 == 0 else [])
            for piece in pieces:
                readout = analyze_text(piece["text"], "de", outlet=piece["outlet"], published=piece["published"])
                if store.add(readout):
                    gold[readout.doc.id] = n
        found = dict(store.con.execute("SELECT doc_id, story_id FROM story_articles").fetchall())
        stories = store.count("stories")
    pairs = list(itertools.combinations(sorted(gold), 2))
    same_gold = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    same_found = {p for p in pairs if found[p[0]] == found[p[1]]}
    hits = len(same_gold & same_found)
    return {"articles": len(gold), "stories": stories, "gold_stories": len(set(gold.values())),
            "precision": hits / len(same_found) if same_found else 1.0, "recall": hits / len(same_gold),
            "joined": len(same_found), "gold_pairs": len(same_gold), "seconds": time.perf_counter() - start}


def grow(db: Path, target: int) -> dict:
    """Copy every stored article's story rows under fresh ids until the store holds ``target``."""
    corpus = _corpus_module()
    start = time.perf_counter()
    with duckdb.connect(str(db)) as con:
        con.execute("BEGIN TRANSACTION")
        corpus.plan_copies(con, target)
        shifted = "strftime(CAST(t.{0} AS DATE) + CAST(7 * c.k AS INTEGER), '%Y-%m-%d')"
        con.execute(f"""INSERT INTO documents (id, text_hash, lang, title, url, outlet, published, author, text,
                                               input, ingested_at, readout)
            SELECT c.new_id, sha256(t.text_hash || ':' || c.k), t.lang, t.title, t.url, t.outlet,
                   {shifted.format('published')}, t.author, t.text, t.input, t.ingested_at, t.readout
            FROM documents t JOIN copies c ON c.old_id = t.id""")
        values = {"doc_id": "c.new_id", "story_id": "c.new_id", "joined_with": "NULL",
                  "published": shifted.format("published"), "day": shifted.format("day")}
        for table in STORY_TABLES:
            corpus.copy_rows(con, table, values)
        con.execute("INSERT INTO stories (story_id, title, first_date, last_date, articles, outlets) "
                    "SELECT story_id, NULL, day, day, 1, 1 FROM story_articles "
                    "WHERE story_id NOT IN (SELECT story_id FROM stories)")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "story_keys")}
    return {"seconds": time.perf_counter() - start, **counts}


def _median_ms(action, runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (runs - 1))]


def adding(db: Path, record: dict) -> dict:
    """Add one new article to the grown store (rolled back each run), and find its story alone."""
    readout = analyze_text(record["text"] + "\nNeu eingegangen.\n", "de", outlet="Neu", published=record["published"])
    with Store.open(db) as store:
        con = store.con

        def add_rolled_back() -> None:
            """Store.add commits its own transaction, so its rows are deleted after each run."""
            store.add(readout)
            for table in ("documents", "publications", "segments", "entities", "mentions", "attributions", "markers",
                          "claims", "balance", "event_mentions", "story_articles", "story_keys"):
                con.execute(f"DELETE FROM {table} WHERE {'id' if table == 'documents' else 'doc_id'} = ?",
                            [readout.doc.id])
            con.execute("DELETE FROM stories WHERE story_id = ?", [readout.doc.id])
            con.execute("DELETE FROM events WHERE starts_with(event_key, ?)", [readout.doc.id])

        add = _median_ms(add_rolled_back)
        store.add(readout)
        keys = article_keys(con, readout.doc.id)
        match = best_match(con, keys)
        find = _median_ms(lambda: best_match(con, keys))
    return {"add": add, "find": find, "signal": match.signal if match else "new story"}


def comparing(folder: Path) -> dict:
    """``compare`` of the founding article published by 50 outlets, each with a line of its own."""
    seed = analyze_text(SEED.read_text(encoding="utf-8"), "de", outlet="RT DE", published="2022-02-12")
    with Store.open(folder / "fifty.duckdb") as store:
        for n in range(50):
            text = seed.doc.text + f"\nVeröffentlicht von Portal {n}.\n"
            store.add(replace(seed, doc=Document(text, "de", outlet=f"Portal {n}", published="2022-02-12")))
        [(story_id, articles)] = store.con.execute("SELECT story_id, articles FROM stories").fetchall()
        compare(store.con, story_id)
        timing = _median_ms(lambda: compare(store.con, story_id))
        cells = compare(store.con, story_id)
    return {"articles": articles, "time": timing, "sources": len(cells.sources), "framing": len(cells.framing)}


def report(quality: dict, grown: dict, add: dict, comparison: dict, args: argparse.Namespace) -> str:
    return "\n".join([
        "wortlaut stories benchmark",
        f"command: .venv/bin/python benchmarks/stories.py --articles {args.articles} --store-size {args.store_size}",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"1. Grouping: {quality['articles']} SpkAtt-2023 WikiNews articles and republished copies "
        f"({quality['gold_stories']} gold stories, {quality['gold_pairs']} same-story pairs), analysed and added "
        f"one by one ({quality['seconds']:.0f} s)",
        f"   pairwise precision {quality['precision']:.3f}  recall {quality['recall']:.3f}  "
        f"({quality['joined']} pairs joined, {quality['stories']} stories)",
        "",
        f"2. Speed on a store of {grown['documents']:,} articles ({grown['story_keys']:,} story keys; grown by "
        f"copying rows, {grown['seconds']:.1f} s), {RUNS} runs",
        f"   adding one analysed article (Store.add, every table): median {add['add'][0]:.1f} ms, "
        f"p95 {add['add'][1]:.1f} ms",
        f"   finding its story (best_match): median {add['find'][0]:.1f} ms, p95 {add['find'][1]:.1f} ms "
        f"(joined by: {add['signal']}); target < 50 ms",
        f"   compare of a story of {comparison['articles']} articles ({comparison['sources']} source cells, "
        f"{comparison['framing']} framing cells): median {comparison['time'][0]:.1f} ms, "
        f"p95 {comparison['time'][1]:.1f} ms; target < 1 s",
    ]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="WikiNews articles to group (default 60)")
    parser.add_argument("--store-size", type=int, default=100_000, help="articles in the grown store")
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    records = _corpus_module().spkatt_articles(args.articles)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "stories.duckdb"
        quality = grouping(records, db)
        grown = grow(db, args.store_size)
        add = adding(db, records[1])
        comparison = comparing(Path(folder))
    text = report(quality, grown, add, comparison, args)
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
