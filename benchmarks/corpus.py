#!/usr/bin/env python3
"""Corpus benchmark: ingest rate, and query latency on a large store.

Run from the repository root (after the shipped models exist, on an otherwise idle machine)::

    .venv/bin/python benchmarks/corpus.py --out benchmarks/results/corpus.txt

1. Ingest rate. 1,000 German news articles are rebuilt as plain text from the SpkAtt-2023
   WikiNews token lists (``../shared/data/spkatt2023_news/data/{train,dev}/task2``): the title
   from the document name, then the sentences, tokens joined by the same simple rules as
   ``benchmarks/attribution.py``. There are 853 such documents; articles 854-1,000 repeat the
   first ones with an edition line appended, so all 1,000 texts differ and all are analysed.
   They are written as one JSON Lines file and ingested by ``wortlaut ingest`` (in process,
   the CLI's own code path: discovery, analysis, one commit per document) into a new store.
2. Query latency. That store is grown to 100,000 articles by replicating its rows with fresh
   document ids in SQL (``INSERT … SELECT`` in DuckDB, not by re-analysing 100,000 texts),
   then ``said --by`` and ``about`` (the functions behind the CLI and the web app, default
   limit 100) are timed on a read-only connection: median and 95th percentile of repeated runs.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import duckdb

from wortlaut.cli import main as wortlaut
from wortlaut.nlp import load_pipeline
from wortlaut.store import Store, queries

HERE = Path(__file__).resolve().parent
SPKATT = HERE.parent.parent / "shared" / "data" / "spkatt2023_news" / "data"
NAME = re.compile(r"^\d+ - (?P<title>.*?)(?: \((?P<date>\d{4}-\d{2}-\d{2})\))?$")
CHILD_TABLES = ("publications", "segments", "entities", "mentions", "attributions", "markers", "claims", "balance")
RUNS = 20


def _build_text():
    spec = importlib.util.spec_from_file_location("wortlaut_bench_attribution", HERE / "attribution.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.build_text


def spkatt_articles(n: int) -> list[dict]:
    """``n`` German news articles as JSON Lines records (see the module docstring)."""
    build_text = _build_text()
    files = sorted(f for split in ("train", "dev") for f in (SPKATT / split / "task2").glob("*.json"))
    if not files:
        raise SystemExit(f"no SpkAtt news documents under {SPKATT}")
    base = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        match = NAME.match(data.get("DocumentName") or path.stem)
        body = " ".join(build_text([s["Tokens"]])[0]
                        for s in sorted(data["Sentences"], key=lambda s: s["SentenceId"]))
        base.append({"text": f"{match['title']}\n\n{body}\n", "outlet": "Wikinews", "published": match["date"]})
    return [base[i] if i < len(base) else
            {**base[i % len(base)], "text": base[i % len(base)]["text"] + f"\nAusgabe {i // len(base) + 1}\n"}
            for i in range(n)]


def measure_ingest(records: list[dict], folder: Path) -> dict:
    corpus, db = folder / "articles.jsonl", folder / "corpus.duckdb"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    start = time.perf_counter()
    load_pipeline("de")
    load_seconds = time.perf_counter() - start
    start = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()) as log:
        status = wortlaut(["ingest", str(corpus), "--db", str(db), "--lang", "de"])
    seconds = time.perf_counter() - start
    summary = log.getvalue().strip().splitlines()[-1]
    with Store.open(db, read_only=True) as store:
        counts = {t: store.count(t) for t in ("documents", "attributions", "failures")}
    return {"status": status, "seconds": seconds, "load_seconds": load_seconds, "summary": summary,
            "rate": counts["documents"] / seconds, "chars": sum(len(r["text"]) for r in records), **counts}


def plan_copies(con: duckdb.DuckDBPyConnection, target: int) -> None:
    """A temporary table ``copies`` (old_id, k, new_id): enough copies of every stored document
    under fresh ids to reach ``target`` documents."""
    base = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.execute("""CREATE TEMP TABLE copies AS
        SELECT d.id AS old_id, k, substr(sha256(d.id || ':' || k), 1, 16) AS new_id
        FROM documents d, range(1, ? + 1) r(k) ORDER BY k, d.id LIMIT ?""", [-(-target // base) - 1, target - base])


def copy_rows(con: duckdb.DuckDBPyConnection, table: str, values: dict[str, str]) -> None:
    """Copy ``table``'s rows of every planned document, its columns taken as they are unless
    ``values`` gives an SQL expression for them (over ``t``, the row, and ``c``, its copy)."""
    columns = [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]
    select = ", ".join(values.get(column, f"t.{column}") for column in columns)
    con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} FROM {table} t "
                "JOIN copies c ON c.old_id = t.doc_id")


def replicate(db: Path, target: int) -> dict:
    """Grow the store to ``target`` documents by copying every row under fresh document ids."""
    start = time.perf_counter()
    with duckdb.connect(str(db)) as con:
        con.execute("BEGIN TRANSACTION")
        plan_copies(con, target)
        con.execute("""INSERT INTO documents (id, text_hash, lang, title, url, outlet, published, author, text,
                                              input, ingested_at, readout)
            SELECT c.new_id, sha256(d.text_hash || ':' || c.k), d.lang, d.title, d.url, d.outlet, d.published,
                   d.author, d.text, d.input || '#copy' || c.k, d.ingested_at, d.readout
            FROM documents d JOIN copies c ON c.old_id = d.id""")
        for table in CHILD_TABLES:
            copy_rows(con, table, {"doc_id": "c.new_id"})
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "attributions")}
    return {"seconds": time.perf_counter() - start, **counts}


def latency(db: Path, asks: dict[str, tuple]) -> dict[str, dict]:
    results = {}
    with Store.open(db, read_only=True) as store:
        for label, (function, argument) in asks.items():
            function(store.con, argument)
            times, rows = [], 0
            for _ in range(RUNS):
                start = time.perf_counter()
                rows = len(function(store.con, argument).rows)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            results[label] = {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (RUNS - 1))],
                              "rows": rows}
    return results


def query_plan(db: Path) -> dict[str, tuple]:
    """The most quoted and the median speaker, a frequent term, a rare one (in one statement) and
    misses, drawn from the ingested store before it is grown."""
    with Store.open(db, read_only=True) as store:
        speakers = [r[0] for r in store.con.execute(
            "SELECT speaker FROM attributions WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC, speaker"
        ).fetchall()] or ["Merkel"]  # a store without sources (no parser) still gets timed
        rare = store.con.execute(
            "SELECT w FROM (SELECT DISTINCT doc_id, attribution_id, unnest(string_split(content_text, ' ')) AS w "
            "FROM attributions) WHERE length(w) >= 10 AND regexp_matches(w, '^[A-Za-zÄÖÜäöüß]+$') "
            "GROUP BY w HAVING count(*) = 1 ORDER BY w LIMIT 1").fetchone()
    top, median = speakers[0], speakers[len(speakers) // 2]
    term = rare[0] if rare else "Nationalpark"
    return {
        f"said --by {top!r} (most quoted)": (queries.said_by, top),
        f"said --by {top!r}, every row (--limit 0)": (partial(queries.said_by, limit=None), top),
        f"said --by {median!r} (median speaker)": (queries.said_by, median),
        "said --by 'Nobody Known' (no match)": (queries.said_by, "Nobody Known"),
        "about 'Regierung'": (queries.about, "Regierung"),
        f"about {term!r} (rare)": (queries.about, term),
        "about 'xyzzy' (no match)": (queries.about, "xyzzy"),
        "speakers (every outlet, first 100 persons)": (queries.speakers, None),
        "balance (every outlet, by person)": (queries.balance, None),
    }


def open_latency(db: Path) -> float:
    """Milliseconds to open and close the store read-only, as each web request does (median)."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        Store.open(db, read_only=True).close()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(ingest: dict, grown: dict, latencies: dict[str, dict], opening: float, args: argparse.Namespace) -> str:
    lines = [
        "wortlaut corpus benchmark",
        f"command: .venv/bin/python benchmarks/corpus.py --articles {args.articles} --store-size {args.store_size}",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"1. Ingest: {ingest['documents']:,} German news articles (SpkAtt-2023 WikiNews rebuilt as plain text, "
        f"{ingest['chars']:,} characters) from one JSON Lines file with `wortlaut ingest` "
        "(shipped de pipeline, one commit per document)",
        f"   {ingest['rate']:.1f} articles/s  ({ingest['seconds']:.1f} s; loading the pipeline before that: "
        f"{ingest['load_seconds']:.1f} s)",
        f"   {ingest['attributions']:,} attributions stored, {ingest['failures']} failures; exit status {ingest['status']}",
        f"   {ingest['summary']}",
        "",
        f"2. Query latency on a store of {grown['documents']:,} articles ({grown['attributions']:,} attributions): "
        "the ingested rows replicated with fresh document ids by DuckDB bulk INSERT … SELECT "
        f"({grown['seconds']:.1f} s), not re-analysed",
        f"   {RUNS} runs each after one warm-up, read-only connection, limit 100 rows (the CLI default); target < 100 ms",
    ]
    width = max(len(label) for label in latencies)
    for label, figures in latencies.items():
        lines.append(f"   {label:<{width}}  median {figures['median_ms']:6.1f} ms  p95 {figures['p95_ms']:6.1f} ms"
                     f"  ({figures['rows']:,} rows)")
    lines.append(f"   opening the store read-only (each web request does): median {opening:.1f} ms")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles to ingest (default 1000)")
    parser.add_argument("--store-size", type=int, default=100_000, help="articles in the query store (default 100000)")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wortlaut-corpus-bench-") as tmp:
        folder = Path(tmp)
        ingest = measure_ingest(spkatt_articles(args.articles), folder)
        plan = query_plan(folder / "corpus.duckdb")
        grown = replicate(folder / "corpus.duckdb", args.store_size)
        latencies = latency(folder / "corpus.duckdb", plan)
        opening = open_latency(folder / "corpus.duckdb")
    text = report(ingest, grown, latencies, opening, args)
    sys.stdout.write(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
