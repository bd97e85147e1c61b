"""Publication dates as ISO 8601, so that they sort and filter as dates.

Inputs give dates in many shapes: ISO from HTML metadata and our feeds ("2022-02-12",
"2022-02-12T18:30:00+01:00"), RFC 2822 from e-mail-style headers ("Sat, 12 Feb 2022 18:30:00
+0100"), German day-first dates in JSON Lines exports ("12.02.2022"). A value that is none of
these becomes ``None`` with a warning: a string such as "gestern" would otherwise sort before
every date and pass every ``--since``.
"""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime
from email.utils import parsedate_to_datetime

DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
EARLIEST_YEAR = 1800  # older "publication dates" are numbers misread as years


class DateWarning(UserWarning):
    """A date given with an input could not be read; the input is kept without it."""


def iso_date(value: str | None, name: str = "") -> str | None:
    """``value`` as ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS[±HH:MM]`` when it has a time (with its
    offset when it has one; ``Z`` becomes ``+00:00``); None (and a DateWarning) when it is not
    a date."""
    if value is None or not value.strip():
        return None
    normal = normalised(value)
    if normal is None:
        warnings.warn(f"{name + ': ' if name else ''}{value.strip()!r} is not a date; kept without a publication "
                      "date", DateWarning, stacklevel=2)
    return normal


def normalised(value: str) -> str | None:
    """``value`` in ISO 8601 as ``iso_date`` writes it, or None when it is not a date."""
    parsed = _parse(value.strip())
    if parsed is None or parsed.year < EARLIEST_YEAR:
        return None
    if isinstance(parsed, datetime):
        return parsed.isoformat(timespec="seconds")
    return parsed.isoformat()


def _parse(text: str) -> date | datetime | None:
    for parse in (_iso, _rfc2822, _day_first):
        try:
            parsed = parse(text)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
        if parsed is not None:
            return parsed
    return None


def _iso(text: str) -> date | datetime | None:
    if len(text) == 10:
        return date.fromisoformat(text)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    return moment if moment.time() != datetime.min.time() or moment.tzinfo else moment.date()


def _rfc2822(text: str) -> datetime | None:
    return parsedate_to_datetime(text) if "," in text or re.search(r"[A-Za-z]{3} \d{4}", text) else None


def _day_first(text: str) -> date | datetime | None:
    match = DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
