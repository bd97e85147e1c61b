"""Reading a batch output folder back: the readouts of its ``documents`` dataset, so that a store
(``wortlaut ingest``) or a script can take over what a batch job wrote without re-analysing."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pyarrow.dataset as ds

from wortlaut.model import Readout


def is_batch_output(path: str | Path) -> bool:
    return (Path(path) / "documents").is_dir()


def read_readouts(out: str | Path) -> Iterator[Readout]:
    """Every analysed document under ``out``, as its readout, a record batch at a time."""
    documents = ds.dataset(Path(out) / "documents", format="parquet", partitioning="hive")
    for batch in documents.to_batches(columns=["readout"]):
        for value in batch.column("readout").to_pylist():
            yield Readout.from_dict(json.loads(value))
