"""Command-line options that `analyze`, `ingest` and `batch` share: which language, pipeline and
stages to use, and how much to read from where."""
from __future__ import annotations

import argparse
from datetime import date

from wortlaut.engine import DEFAULT_STAGES, AnalyzeOptions, planned_stages
from wortlaut.ingest import ReadOptions
from wortlaut.ingest.dates import normalised
from wortlaut.ingest.sources import GivenMetadata
from wortlaut.ingest.text import DEFAULT_MAX_BYTES
from wortlaut.ingest.url import FetchPolicy
from wortlaut.nlp import SUPPORTED, check_model

DEFAULT_TIME_LIMIT = 60.0  # as batch's --timeout


def positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return number


def probability(value: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return number


def iso_day(value: str) -> str:
    """A day as ``YYYY-MM-DD``: what date filters compare publication dates with."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a day as YYYY-MM-DD") from None


def add_confidence_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--min-confidence", type=probability, metavar="P",
                        help=f"{what} only attributions whose confidence (the probability that content and source "
                             "are right) is at least P, e.g. 0.5; unscored ones (stored by an earlier version) are "
                             "left out")


def stage_names(value: str) -> tuple[str, ...]:
    """``NAME,NAME`` as a tuple; whether the names can run is checked by `check_analysis_options`."""
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError("name at least one stage")
    return names


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=[*SUPPORTED, "auto"], default="auto",
                        help="language of the inputs (default: detect each)")
    parser.add_argument("--model", metavar="NAME",
                        help="a spaCy pipeline (installed package or folder) to use instead of the shipped one")
    parser.add_argument("--stages", type=stage_names, metavar="NAME,NAME",
                        help=f"run only these analysers and those they need (default: {','.join(DEFAULT_STAGES)}; "
                             "see `wortlaut stages`)")
    parser.add_argument("--max-bytes", type=positive_int, default=DEFAULT_MAX_BYTES,
                        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES:,})")


def publication_date(value: str) -> str:
    normal = normalised(value)
    if normal is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (e.g. 2022-02-12 or 2022-02-12T18:30:00+01:00)")
    return normal


def add_metadata_options(parser: argparse.ArgumentParser) -> None:
    """Metadata for the files, URLs and standard input read, which wins over what pages say."""
    parser.add_argument("--outlet", help="the outlet that published the inputs")
    parser.add_argument("--published", type=publication_date, metavar="DATE",
                        help="when the inputs were published (ISO 8601: 2022-02-12, 2022-02-12T18:30:00+01:00)")
    parser.add_argument("--url", help="the URL the input was published at (for one input)")


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--timeout", type=float, default=20.0,
                        help="seconds a URL may take, redirects and the whole download included (default 20)")
    parser.add_argument("--allow-private", action="store_true",
                        help="allow URLs on loopback, private and link-local addresses")


def check_analysis_options(args: argparse.Namespace) -> None:
    """Raise StageError for a ``--stages`` list that cannot run and InputError for a ``--model``
    spaCy cannot find, at start-up rather than once per input (commands without them pass)."""
    if getattr(args, "stages", None) is not None:
        planned_stages(args.stages)
    if getattr(args, "model", None):
        check_model(args.model)


def add_time_limit_option(parser: argparse.ArgumentParser) -> None:
    """For the commands that analyse one document after another (``batch`` has its ``--timeout``)."""
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help=f"seconds one document's analysis may take before it is a failure "
                             f"(default {DEFAULT_TIME_LIMIT:g}, 0: no limit)")


def analyze_options(args: argparse.Namespace) -> AnalyzeOptions:
    """The options of `add_analysis_options`, with those of `add_fetch_options` and
    `add_time_limit_option` when given."""
    fetch = FetchPolicy(timeout=args.timeout, allow_private=args.allow_private) \
        if hasattr(args, "allow_private") else FetchPolicy()
    return AnalyzeOptions(lang=None if args.lang == "auto" else args.lang, model=args.model, stages=args.stages,
                          read=ReadOptions(max_bytes=args.max_bytes, fetch=fetch, given=_given(args)),
                          time_limit=getattr(args, "time_limit", None) or None,
                          min_confidence=getattr(args, "min_confidence", None))


def _given(args: argparse.Namespace) -> GivenMetadata:
    return GivenMetadata(getattr(args, "outlet", None), getattr(args, "published", None), getattr(args, "url", None))
