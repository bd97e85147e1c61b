#!/usr/bin/env python3
"""Stories benchmark: how well the store groups articles into stories, and how fast.

Run from the repository root (after the shipped models exist)::

    .venv/bin/python benchmarks/stories.py --out benchmarks/results/stories.txt

1. Grouping, an easy set. German news articles rebuilt from the SpkAtt-2023 WikiNews token
   lists as ``benchmarks/corpus.py`` does (``--articles`` of them, each with its WikiNews date),
   and for every second one a republished copy one day later: another outlet, a new title, one
   body sentence in four cut. Gold: an article and its copy are one story, every other pair two.
   Each text is analysed and added to a new store; pairwise precision, recall and F1 of "same
   story" are reported. WikiNews articles of the same day on the same event are unlabelled, so a
   pair of them the store joins counts against precision.
1b. Grouping, a hard set. The 313 English articles of the PolNeAR *train* split published
   1 Feb–17 Mar and 4 Jun–31 Jul 2016 (seven US outlets; every article names Trump or Clinton),
   labelled with their story by hand (``benchmarks/data/stories_polnear_train.md``): debates,
   primaries, a shooting, speeches told by several outlets, among many same-day articles on
   other events that name the same persons. Each is analysed and added in date order with its
   outlet and date (from its name, ``outlet_date_slug``); the same pairwise figures, and how
   often each signal joined an article to one of another story, over the whole set and over each
   period: A (Feb–Mar, the development data ``TOPIC_JOIN`` was chosen on) and B (Jun–Jul, held
   out). ``--polnear-only`` runs this part alone, ``--polnear-period A|B`` one period of it.
2. Speed. The easy set's store grown to ``--store-size`` articles by copying the rows of its stories'
   tables (documents, publications, story_articles, story_keys) with fresh ids, copy k dated
   7·k days later (a corpus spread over time, not one day); then the time to add one new
   analysed article (``Store.add``: every table, events and its story) and to find its story
   alone (``stories.story_matches``) and to merge two of its stories (``stories.merge_stories``),
   median of repeated runs rolled back; and ``compare`` of a story of 50 articles (the founding
   article published by 50 outlets with a line of their own).
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import itertools
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import duckdb

from wortlaut.engine import analyze_text
from wortlaut.model import Document
from wortlaut.store import Store
from wortlaut.store.compare import compare
from wortlaut.store.stories import article_keys, merge_stories, recount_story, story_matches

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "fixtures" / "seed" / "article.txt"
POLNEAR_LABELS = HERE / "data" / "stories_polnear_train.tsv"
STORY_TABLES = ("publications", "story_articles", "story_keys")
RUNS = 20
# The hard set's two spells: A chose the topic signal's threshold (development), B is held out.
PERIODS = {"A": ("2016-02-01", "2016-03-17"), "B": ("2016-06-04", "2016-07-31")}
PERIOD_ROLES = {"A": "development", "B": "held out"}


def _bench_module(name: str):
    """Another benchmark script, as a module (they are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"wortlaut_bench_{name}", HERE / f"{name}.py")
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


@dataclass(frozen=True)
class Piece:
    """One article to group: its name, text, language, outlet, date and gold story."""

    name: str
    text: str
    lang: str
    outlet: str
    published: str | None
    story: str


def wikinews_pieces(records: list[dict]) -> list[Piece]:
    """Each WikiNews record, and for every second one its republished copy, in one gold story."""
    pieces = []
    for n, record in enumerate(records):
        for k, copy in enumerate([record] + ([republished(record)] if n % 2 == 0 else [])):
            pieces.append(Piece(f"{n}.{k}", copy["text"], "de", copy["outlet"], copy["published"], str(n)))
    return pieces


def in_period(published: str | None, period: str) -> bool:
    """Whether an article's date lies in a period of the hard set (``all``: any)."""
    if period == "all":
        return True
    first, last = PERIODS[period]
    return published is not None and first <= published <= last


def polnear_pieces(labels: Path, period: str = "all") -> list[Piece]:
    """The hand-labelled PolNeAR train articles of a period, oldest first; outlet and date from the name."""
    with labels.open(encoding="utf-8") as handle:
        gold = {row["article"]: row["story"] for row in csv.DictReader(handle, delimiter="\t")}
    pieces = []
    for name, text, _ in _bench_module("attribution").polnear_docs("train"):
        if name in gold:
            outlet, day, _ = name.split("_", 2)
            pieces.append(Piece(name, text, "en", outlet, day, gold[name]))
    missing = sorted(set(gold) - {p.name for p in pieces})
    if missing:
        raise SystemExit(f"stories: {len(missing)} labelled articles are not in PolNeAR train, e.g. {missing[0]}")
    return sorted((p for p in pieces if in_period(p.published, period)), key=lambda p: (p.published, p.name))


def grouping(pieces: list[Piece], db: Path) -> dict:
    """Analyse and add each piece in order; pairwise precision, recall and F1 of the stories (also
    over the pairs from different outlets), and for each signal how many of the articles it joined
    went to an article of the same gold story."""
    doc_of, start = {}, time.perf_counter()
    with Store.open(db) as store:
        for piece in pieces:
            readout = analyze_text(piece.text, piece.lang, outlet=piece.outlet, published=piece.published)
            store.add(readout)
            doc_of[piece.name] = readout.doc.id
        rows = store.con.execute("SELECT doc_id, story_id, signal, joined_with FROM story_articles").fetchall()
        stories = store.count("stories")
    story_of = {doc_id: story_id for doc_id, story_id, _, _ in rows}
    gold = {piece.name: piece.story for piece in pieces}
    found = {name: story_of[doc_id] for name, doc_id in doc_of.items()}
    outlet = {piece.name: piece.outlet for piece in pieces}
    founded = sum(1 for _, _, signal, _ in rows if signal == "first")
    day = {piece.name: piece.published for piece in pieces}
    periods = {period: pairwise(gold, found, lambda a, b, p=period: in_period(day[a], p) and in_period(day[b], p))
               for period in PERIODS}
    return {**pairwise(gold, found), "cross": pairwise(gold, found, lambda a, b: outlet[a] != outlet[b]),
            "periods": periods,
            "articles": len(pieces), "outlets": len(set(outlet.values())), "stories": stories,
            "gold_stories": len(set(gold.values())), "joins": joins_by_signal(rows, gold, doc_of),
            "dates": (min(p.published or "" for p in pieces), max(p.published or "" for p in pieces)),
            "merged": founded - stories, "seconds": time.perf_counter() - start}


def pairwise(gold: dict[str, str], found: dict[str, str],
             counted: Callable[[str, str], bool] = lambda a, b: True) -> dict:
    """Precision, recall and F1 of "these two articles are one story" over the ``counted`` pairs."""
    pairs = [p for p in itertools.combinations(sorted(gold), 2) if counted(*p)]
    same_gold = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    same_found = {p for p in pairs if found[p[0]] == found[p[1]]}
    hits = len(same_gold & same_found)
    precision = hits / len(same_found) if same_found else 1.0
    recall = hits / len(same_gold) if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "joined": len(same_found), "gold_pairs": len(same_gold)}


def joins_by_signal(rows: list[tuple], gold: dict[str, str], doc_of: dict[str, str]) -> dict[str, tuple[int, int]]:
    """For each signal: how many articles it joined to a stored article of their gold story, of all
    it joined (a wrong join is what a wrong story starts from)."""
    gold_of_doc = {doc_id: gold[name] for name, doc_id in doc_of.items()}
    joins: dict[str, tuple[int, int]] = {}
    for doc_id, _, signal, joined_with in rows:
        if joined_with is not None:
            right, total = joins.get(signal, (0, 0))
            joins[signal] = (right + (gold_of_doc[doc_id] == gold_of_doc[joined_with]), total + 1)
    return joins


def grow(db: Path, target: int) -> dict:
    """Copy every stored article's story rows under fresh ids until the store holds ``target``."""
    corpus = _bench_module("corpus")
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
        matches = story_matches(con, keys)
        find = _median_ms(lambda: story_matches(con, keys))
    return {"add": add, "find": find, "signal": matches[0].signal if matches else "new story"}


def merging(db: Path) -> tuple[float, float]:
    """Merge two stored stories and recount the one kept, rolled back each run: what an article
    that shows two stories to be one adds to ``Store.add``."""
    with Store.open(db) as store:
        con = store.con
        ids = iter(r[0] for r in con.execute("SELECT story_id FROM stories ORDER BY story_id LIMIT ?",
                                               [2 * RUNS]).fetchall())

        def merge_rolled_back() -> None:
            con.execute("BEGIN TRANSACTION")
            recount_story(con, merge_stories(con, [next(ids), next(ids)]))
            con.execute("ROLLBACK")

        return _median_ms(merge_rolled_back)


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


def header(args: argparse.Namespace) -> list[str]:
    return [
        "wortlaut stories benchmark",
        "command: .venv/bin/python benchmarks/stories.py " + (f"--polnear-only --polnear-period {args.polnear_period}"
                                                             if args.polnear_only else
                                                             f"--articles {args.articles} --store-size {args.store_size}"),
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
    ]


def easy_lines(quality: dict) -> list[str]:
    return [
        f"1. Grouping, an easy set: {quality['articles']} SpkAtt-2023 WikiNews articles and republished copies "
        f"({quality['gold_stories']} gold stories, {quality['gold_pairs']} same-story pairs), analysed and added "
        f"one by one ({quality['seconds']:.0f} s)",
        f"   pairwise precision {quality['precision']:.3f}  recall {quality['recall']:.3f}  F1 {quality['f1']:.3f}  "
        f"({quality['joined']} pairs joined, {quality['stories']} stories)",
    ]


def period_line(period: str, figures: dict) -> str:
    first, last = PERIODS[period]
    return (f"   period {period} ({PERIOD_ROLES[period]}, {first} to {last}): precision {figures['precision']:.3f}  "
            f"recall {figures['recall']:.3f}  F1 {figures['f1']:.3f}  ({figures['joined']} pairs joined, "
            f"{figures['gold_pairs']} same-story pairs)")


def hard_lines(quality: dict, period: str = "all") -> list[str]:
    cross, joins = quality["cross"], quality["joins"]
    periods = [period_line(p, f) for p, f in quality["periods"].items() if f["gold_pairs"]]
    scope = "the whole set" if period == "all" else f"period {period} only ({PERIOD_ROLES[period]})"
    return [
        f"1b. Grouping, a hard set, {scope}: {quality['articles']} PolNeAR train articles from "
        f"{quality['outlets']} US outlets "
        f"({quality['dates'][0]} to {quality['dates'][1]}), stories labelled by hand in {POLNEAR_LABELS.name} "
        f"({quality['gold_stories']} gold stories, {quality['gold_pairs']} same-story pairs, {cross['gold_pairs']} of "
        f"them across outlets), analysed and added in date order ({quality['seconds']:.0f} s)",
        f"   pairwise precision {quality['precision']:.3f}  recall {quality['recall']:.3f}  F1 {quality['f1']:.3f}  "
        f"({quality['joined']} pairs joined, {quality['stories']} stories, {quality['merged']} merged into another)",
        f"   pairs across outlets: precision {cross['precision']:.3f}  recall {cross['recall']:.3f}  "
        f"F1 {cross['f1']:.3f}  ({cross['joined']} joined)",
        "   joins to an article of the same gold story, by signal: " + ", ".join(
            f"{signal} {right}/{total}" for signal, (right, total) in sorted(joins.items())),
        *periods,
    ]


def speed_lines(grown: dict, add: dict, merge: tuple[float, float], comparison: dict) -> list[str]:
    return [
        f"2. Speed on a store of {grown['documents']:,} articles ({grown['story_keys']:,} story keys; grown by "
        f"copying rows, {grown['seconds']:.1f} s), {RUNS} runs",
        f"   adding one analysed article (Store.add, every table): median {add['add'][0]:.1f} ms, "
        f"p95 {add['add'][1]:.1f} ms",
        f"   finding its story (story_matches): median {add['find'][0]:.1f} ms, p95 {add['find'][1]:.1f} ms "
        f"(joined by: {add['signal']}); target < 50 ms",
        f"   merging two of its stories into one (and recounting it): median {merge[0]:.1f} ms, p95 {merge[1]:.1f} ms",
        f"   compare of a story of {comparison['articles']} articles ({comparison['sources']} source cells, "
        f"{comparison['framing']} framing cells): median {comparison['time'][0]:.1f} ms, "
        f"p95 {comparison['time'][1]:.1f} ms; target < 1 s",
    ]


def run_all(args: argparse.Namespace, folder: Path) -> list[list[str]]:
    """Every part: both grouping sets, then the speed on the easy set's store grown."""
    records = _bench_module("corpus").spkatt_articles(args.articles)
    db = folder / "stories.duckdb"
    easy = grouping(wikinews_pieces(records), db)
    hard = grouping(polnear_pieces(POLNEAR_LABELS), folder / "polnear.duckdb")
    grown = grow(db, args.store_size)
    add = adding(db, records[1])
    return [easy_lines(easy), hard_lines(hard), speed_lines(grown, add, merging(db), comparing(folder))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="WikiNews articles to group (default 60)")
    parser.add_argument("--store-size", type=int, default=100_000, help="articles in the grown store")
    parser.add_argument("--polnear-only", action="store_true", help="group the hand-labelled PolNeAR set only")
    parser.add_argument("--polnear-period", choices=["A", "B", "all"], default="all",
                        help="with --polnear-only: group period A (Feb–Mar, development), B (Jun–Jul, held out) "
                             "or all (default)")
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.polnear_only:
            pieces = polnear_pieces(POLNEAR_LABELS, args.polnear_period)
            parts = [hard_lines(grouping(pieces, Path(folder) / "polnear.duckdb"), args.polnear_period)]
        else:
            parts = run_all(args, Path(folder))
    text = "\n\n".join("\n".join(lines) for lines in [header(args), *parts]) + "\n"
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
