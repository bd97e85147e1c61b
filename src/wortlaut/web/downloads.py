"""The API's answers as JSON (the default) or as a CSV file to download, so that a researcher can
take what a page shows into a spreadsheet or a script."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any, Literal

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from wortlaut.store.queries import Rows

Format = Literal["json", "csv"]
# A spreadsheet runs a cell that starts with one of these as a formula; article text is untrusted,
# so such a cell is given a leading apostrophe and stays text (OWASP's CSV injection advice).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows_response(rows: Rows, format: Format, name: str) -> Response:
    """``rows`` as a JSON array of objects, or as ``wortlaut-<name>.csv``, a file to save."""
    if format == "csv":
        return Response(csv_text(rows), media_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="wortlaut-{name}.csv"'})
    return JSONResponse(jsonable_encoder(rows.dicts()))


def csv_text(rows: Rows) -> str:
    """A header of the column names, then one line per row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(rows.columns)
    writer.writerows([[csv_cell(value) for value in row] for row in rows.rows])
    return out.getvalue()


def csv_cell(value: Any) -> Any:
    """A value as a spreadsheet should read it: dates in ISO 8601, text that cannot run as a formula."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
