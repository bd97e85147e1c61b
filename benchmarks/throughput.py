#!/usr/bin/env python
"""Throughput of ``wortlaut batch``, end to end (HTML in a WARC file -> Parquet tables), for German
news articles of ~500 words: the local engine with 1 and 2 workers, Spark local[1] and local[2],
and, for comparison, the spaCy pipeline alone and the HTML extraction alone on the same texts.

The articles are WikiNews texts from SpkAtt-2023 (``shared/data/spkatt2023_news``), detokenised,
joined into articles of ~500 words and wrapped in simple HTML pages. Run from the repository root
on a quiet machine (no training, no other jobs), after the pipelines are trained:

    .venv/bin/python benchmarks/throughput.py --shared ../shared [--articles 400]

Figures: articles/s over the wall time of the whole job (planning, worker start-up, pipeline
loading and Parquet writing included), that rate per core (divided by the workers), and the
rate per busy worker (articles over the summed time the workers spent on their chunks). Peak
memory is the largest resident set of any worker process. Results go to
``benchmarks/results/throughput.txt``.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"  # one core per worker, so that per-core figures mean what they say

import argparse  # noqa: E402
import html  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from io import BytesIO  # noqa: E402
from pathlib import Path  # noqa: E402

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from wortlaut.batch import BatchOptions, run_batch  # noqa: E402
from wortlaut.batch.document import PARSE_GROUP  # noqa: E402
from wortlaut.engine import AnalyzeOptions  # noqa: E402
from wortlaut.ingest.html import extract_article  # noqa: E402
from wortlaut.nlp import load_pipeline, shipped_model_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "throughput.txt"
ARTICLE_WORDS = 500
CHUNK_SIZE = 20
NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?)\]}“»%…]|'s|n't)$")
NO_SPACE_AFTER = re.compile(r"^[(\[{„«]$")
GROUPED = f"spaCy pipeline in groups of {PARSE_GROUP}"
DATED_NAME = re.compile(r"^\d+ - (?P<title>.*) \((?P<date>\d{4}-\d{2}-\d{2})\)$")


@dataclass(frozen=True)
class Article:
    title: str
    date: str
    paragraphs: list[str]

    def html(self) -> bytes:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{html.escape(self.title)}'
                f'</title><meta property="article:published_time" content="{self.date}"></head><body><article>'
                f"<h1>{html.escape(self.title)}</h1>{body}</article></body></html>").encode("utf-8")


@dataclass(frozen=True)
class Run:
    name: str
    workers: int
    articles: int
    failures: int
    seconds: float
    busy_seconds: float
    peak_rss_mb: float

    def row(self) -> str:
        rate = self.articles / self.seconds
        busy = self.articles / self.busy_seconds if self.busy_seconds else float("nan")
        return (f"| {self.name} | {self.workers} | {self.articles} | {self.failures} | {self.seconds:.1f} | "
                f"{rate:.2f} | {rate / self.workers:.2f} | {busy:.2f} | {self.peak_rss_mb:.0f} |")


def detokenise(tokens: list[str]) -> str:
    """Tokens joined with spaces, except before closing and after opening punctuation; a plain
    double quote opens and closes in turn."""
    out: list[str] = []
    glue, quote_open = True, False
    for token in tokens:
        closing_quote = token == '"' and quote_open
        if token == '"':
            quote_open = not quote_open
        if out and not glue and not closing_quote and not NO_SPACE_BEFORE.match(token):
            out.append(" ")
        out.append(token)
        glue = bool(NO_SPACE_AFTER.match(token)) or (token == '"' and quote_open)
    return "".join(out)


def build_articles(shared: Path, count: int) -> list[Article]:
    """``count`` articles of ~500 words: the WikiNews texts in name order, each one continued with
    the sentences of the next ones until it is long enough (cycling through them if needed)."""
    files = sorted((shared / "data" / "spkatt2023_news" / "data").glob("*/task2/*.json"))
    if not files:
        sys.exit(f"no SpkAtt-2023 texts under {shared}/data/spkatt2023_news")
    articles: list[Article] = []
    paragraphs: list[str] = []
    title = date = ""
    n = 0
    while len(articles) < count:
        data = json.loads(files[n % len(files)].read_text(encoding="utf-8"))
        n += 1
        match = DATED_NAME.match(data["DocumentName"])
        if not paragraphs:
            title, date = (match["title"], match["date"]) if match else (data["DocumentName"], "2010-01-01")
        sentences = [detokenise(s["Tokens"]) for s in data["Sentences"]]
        paragraphs += [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        if sum(len(p.split()) for p in paragraphs) >= ARTICLE_WORDS:
            articles.append(Article(title, date, _trim(paragraphs)))
            paragraphs = []
    return articles


def _trim(paragraphs: list[str]) -> list[str]:
    kept, words = [], 0
    for paragraph in paragraphs:
        if words >= ARTICLE_WORDS:
            break
        kept.append(paragraph)
        words += len(paragraph.split())
    return kept


def write_warc(articles: list[Article], path: Path) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, article in enumerate(articles):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://de.wikinews.example/{n}", "response", payload=BytesIO(article.html()), http_headers=http,
                warc_headers_dict={"WARC-Date": f"{article.date}T12:00:00Z"}))


def batch_run(name: str, warc: Path, work: Path, engine: str, workers: int) -> Run:
    out = work / name.replace(" ", "-").replace("[", "").replace("]", "")
    options = BatchOptions(out=str(out), engine=engine, workers=workers, chunk_size=CHUNK_SIZE,
                           analyze=AnalyzeOptions(lang="de"))
    started = time.perf_counter()
    report = run_batch([str(warc)], options)
    seconds = time.perf_counter() - started
    if report.unfinished:
        sys.exit(f"{name}: {len(report.unfinished)} chunks unfinished")
    return Run(name, workers, report.records, report.failures, seconds, sum(r.seconds for r in report.ran),
               report.peak_rss_kb / 1024)


def spark_run(workers: int, warc: Path, work: Path, starts: list[float]) -> Run:
    """A Spark run, timed from a started session: starting Spark (the JVM, the context) happens
    once per job whatever its size, so it is measured apart and appended to ``starts``."""
    from wortlaut.batch.spark import spark_session

    started = time.perf_counter()
    session = spark_session(f"local[{workers}]", {"spark.ui.showConsoleProgress": "false"})
    starts.append(time.perf_counter() - started)
    try:
        return batch_run(f"spark local[{workers}]", warc, work, "spark", workers)
    finally:
        session.stop()


def stage_alone(name: str, articles: list[Article]) -> tuple[str, float]:
    """Articles/s on one core for HTML extraction alone, or for the spaCy pipeline alone on the
    extracted texts (pipeline loading excluded), one by one or in groups as the batch engines run it."""
    extracted = [extract_article(a.html().decode("utf-8")).text for a in articles]
    if name == "extraction":
        started = time.perf_counter()
        for article in articles:
            extract_article(article.html().decode("utf-8"))
        return name, len(articles) / (time.perf_counter() - started)
    nlp = load_pipeline("de")
    nlp(extracted[0])
    started = time.perf_counter()
    if name == GROUPED:  # as the batch engines parse (engine.analyze_many)
        list(nlp.pipe(extracted, batch_size=PARSE_GROUP))
    else:
        for text in extracted:
            nlp(text)
    return name, len(articles) / (time.perf_counter() - started)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    training = subprocess.run(["pgrep", "-f", "spacy train"], capture_output=True, text=True).stdout.split()
    models = ", ".join(sorted(p.name for p in (ROOT / "src" / "wortlaut" / "models").glob("*")
                              if (p / "meta.json").is_file())) or "none"
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, shipped pipelines: {models}, "
            f"training processes running: {len(training)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    if shipped_model_path("de") is None:
        print("warning: no shipped German pipeline; the figures are for the rule-based fallback", file=sys.stderr)
    articles = build_articles(args.shared, args.articles)
    words = sum(len(p.split()) for a in articles for p in a.paragraphs) / len(articles)
    runs: list[Run] = []
    spark_starts: list[float] = []
    with tempfile.TemporaryDirectory(prefix="wortlaut-throughput-") as tmp:
        work = Path(tmp)
        warc = work / "articles.warc.gz"
        write_warc(articles, warc)
        alone = dict(stage_alone(name, articles) for name in ("extraction", "spaCy pipeline", GROUPED))
        runs.append(batch_run("local 1 worker", warc, work, "local", 1))
        runs.append(batch_run("local 2 workers", warc, work, "local", 2))
        if not args.skip_spark:
            runs += [spark_run(n, warc, work, spark_starts) for n in (1, 2)]
    report = render(runs, alone, len(articles), words, spark_starts)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


def render(runs: list[Run], alone: dict[str, float], count: int, words: float, spark_starts: list[float]) -> str:
    by_name = {r.name: r.articles / r.seconds for r in runs}
    lines = [
        f"# wortlaut batch throughput, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"Machine: {machine()}",
        f"Input: {count} German WikiNews articles (SpkAtt-2023 texts) of {words:.0f} words on average, as HTML "
        f"responses in one .warc.gz; chunk size {CHUNK_SIZE}; --lang de.",
        "Command: .venv/bin/python benchmarks/throughput.py --shared ../shared" + (f" --articles {count}"
                                                                                   if count != 400 else ""),
        "",
        "| run | workers | articles | failed | wall s | articles/s | per core | per busy worker | peak RSS/worker MB |",
        "|---|---|---|---|---|---|---|---|---|",
        *[r.row() for r in runs],
        "",
        *([f"Spark runs are timed from a started session; starting it took "
           f"{', '.join(f'{s:.1f}' for s in spark_starts)} s (local[1], local[2]; the first includes the JVM)."]
          if spark_starts else []),
        "One core, same texts: " + ", ".join(f"{name} alone {rate:.2f} articles/s" for name, rate in alone.items()),
    ]
    if "local 1 worker" in by_name and "local 2 workers" in by_name:
        lines.append(f"Scaling, local 2 workers / 1 worker: {by_name['local 2 workers'] / by_name['local 1 worker']:.2f}x")
    for n in ("1", "2"):
        local, spark = by_name.get(f"local {n} worker" + ("s" if n == "2" else "")), by_name.get(f"spark local[{n}]")
        if local and spark:
            lines.append(f"Spark local[{n}] / local engine with {n}: {spark / local:.2f}")
    if "spaCy pipeline" in alone and GROUPED in alone:
        lines.append(f"Parsing in groups / one by one: {alone[GROUPED] / alone['spaCy pipeline']:.2f}x")
    if runs and GROUPED in alone:
        busy = runs[0].articles / runs[0].busy_seconds
        lines.append(f"End to end per busy worker / spaCy pipeline alone in groups: {busy / alone[GROUPED]:.2f} "
                     "(the share of the time that is the spaCy pipeline)")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
