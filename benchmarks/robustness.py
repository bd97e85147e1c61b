#!/usr/bin/env python
"""Robustness: many generated inputs through the whole analysis, counting what goes wrong.

Each input is a random mix (fixed seed) of slices of real news text (the founding article and the
bundled example), quotation marks of every style, unbalanced and nested, line breaks, control and
invisible characters, right-to-left and combining scripts, emoji, and cue words. Each is analysed
in German or English; an input may be refused (``InputError``, e.g. nothing but white space), but
never raise anything else, and every span of its readout must satisfy ``text[start:end] ==
span.text``. CI runs the same check at a smaller size (``tests/test_span_invariant.py``).

Then two checks of what must not get through or be lost: every ``wortlaut sql`` escape tried
(writing files, reading the machine's files, attaching, installing, changing settings) must be
refused on a real store; and a batch killed mid-run and run again with its inputs in reverse
order must hold each document once (rows = distinct documents).

    .venv/bin/python benchmarks/robustness.py [--inputs 10000] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

from wortlaut import InputError, analyze_text, span_problems
from wortlaut.batch.output import CHUNKS_DIR
from wortlaut.store import Store
from wortlaut.store.queries import QueryError, run_reading

ROOT = Path(__file__).resolve().parents[1]
PIECES = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "'", "‹", "›", "–", "—", "…", "\n", "\n\n", "\r\n",
          "\t", "\x00", "\x0b", "\u200b", "\u200e", "\u202e", "\ufeff", "\u00a0", "שלום", "مرحبا", "👩‍👩‍👧",
          "🇩🇪", "e\u0301", "ﬁ", "ß", "İ", " ", ".", ",", ":", ";", "?", "!", "(", ")", "[", "]",
          "sagte", "sagte:", "behauptete", "laut", "zufolge", ", so ", "said", "according to", "told",
          "Putin", "Die Regierung", "the minister", "Quelle: AFP ©", "Mehr zum Thema - ", "Read more:",
          "Euch unsere Artikel", "Foto: dpa"]


def generated(rng: random.Random, corpus: str) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        kind = rng.random()
        if kind < 0.35:
            start = rng.randrange(len(corpus))
            parts.append(corpus[start:start + rng.randint(1, 400)])
        elif kind < 0.85:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 12))))
    return "".join(parts)


SQL_ESCAPES = [
    "COPY documents TO '{tmp}/leak.csv'",
    "COPY (SELECT text FROM documents) TO '{tmp}/leak.parquet' (FORMAT parquet)",
    "EXPORT DATABASE '{tmp}/dump'",
    "SELECT * FROM read_text('/proc/self/environ')",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_parquet('{tmp}/*.parquet')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT getenv('HOME')",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "RESET enable_external_access",
    "PRAGMA enable_profiling",
    "CALL pragma_version()",
    "CREATE TABLE t AS SELECT 1",
    "INSERT INTO failures (input) VALUES ('x')",
    "UPDATE documents SET text = ''",
    "DELETE FROM documents",
    "DROP TABLE documents",
    "SELECT 1; COPY documents TO '{tmp}/leak.csv'",
]


def sql_escapes(tmp: Path) -> list[tuple[str, str]]:
    """Each escape and what became of it: "refused: <reason>" or "RAN"."""
    db = tmp / "escapes.duckdb"
    Store.open(db).close()
    results = []
    for sql in SQL_ESCAPES:
        statement = sql.format(tmp=tmp)
        with Store.open(db, read_only=True) as store:
            try:
                run_reading(store.con, statement)
                results.append((sql, "RAN"))
            except (duckdb.Error, QueryError) as exc:
                results.append((sql, f"refused: {str(exc).splitlines()[0][:90]}"))
    leaked = sorted(p.name for p in tmp.iterdir() if p.name not in {"escapes.duckdb", "escapes.duckdb.wal"})
    if leaked:
        results.append(("(files written)", "RAN: " + ", ".join(leaked)))
    return results


def kill_and_resume(tmp: Path, corpus: str, count: int = 24) -> str:
    """Kill a batch after its first chunk, run it again with the inputs reversed, and count."""
    folder, out = tmp / "inputs", tmp / "out"
    folder.mkdir()
    paragraphs = [p for p in corpus.split("\n\n") if len(p) > 200]
    names = []
    for n in range(count):
        path = folder / f"{n:03d}.txt"
        path.write_text(paragraphs[n % len(paragraphs)] + f"\n\n(Nummer {n})", encoding="utf-8")
        names.append(str(path))
    command = [sys.executable, "-m", "wortlaut.cli", "batch", "--out", str(out), "--chunk-size", "2",
               "--workers", "1", "--lang", "de"]
    job = subprocess.Popen(command + names, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    while job.poll() is None and not list((out / CHUNKS_DIR).glob("*.json")):
        time.sleep(0.05)
    os.killpg(job.pid, signal.SIGKILL)
    job.wait()
    done = len(list((out / CHUNKS_DIR).glob("*.json")))
    subprocess.run(command + list(reversed(names)), capture_output=True, check=False)
    ids = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table(columns=["id"])["id"].to_pylist()
    return (f"{count} inputs, killed after {done} of {count // 2} chunks, run again in reverse order: "
            f"{len(ids)} document rows, {len(set(ids))} distinct documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    corpus = (Path(args.shared) / "fixtures" / "seed" / "article.txt").read_text(encoding="utf-8") + "\n\n" + \
        (ROOT / "examples" / "wikinews-rtl-stellenabbau.txt").read_text(encoding="utf-8")
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    examples: dict[str, str] = {}
    started = time.perf_counter()
    for n in range(args.inputs):
        text, lang = generated(rng, corpus), rng.choice(["de", "en"])
        try:
            readout = analyze_text(text, lang)
        except InputError:
            outcomes["refused with a reason"] += 1
            continue
        except Exception:  # what this benchmark is for
            outcomes["exception"] += 1
            examples.setdefault("exception", f"{text[:200]!r}\n{traceback.format_exc(limit=3)}")
            continue
        problems = span_problems(readout)
        outcomes["span error" if problems else "analysed"] += 1
        if problems:
            examples.setdefault("span error", f"{text[:200]!r}: {problems[:3]}")
    seconds = time.perf_counter() - started
    print(f"{args.inputs:,} generated inputs (seed {args.seed}) in {seconds:.0f} s")
    for outcome in ("analysed", "refused with a reason", "exception", "span error"):
        print(f"  {outcome:<22} {outcomes[outcome]:>7,}")
    for outcome, example in examples.items():
        print(f"first {outcome}: {example}")
    with tempfile.TemporaryDirectory() as tmp:
        results = sql_escapes(Path(tmp))
    print(f"\nwortlaut sql: {sum(r.startswith('refused') for _, r in results)} of {len(results)} escapes refused")
    for sql, result in results:
        print(f"  {sql:<70} {result}")
    with tempfile.TemporaryDirectory() as tmp:
        print("\nbatch kill and resume: " + kill_and_resume(Path(tmp), corpus))


if __name__ == "__main__":
    main()
