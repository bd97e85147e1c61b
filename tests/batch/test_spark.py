"""The Spark engine (local[2]) gives the same rows as the local engine, and restarts the same way."""
import shutil
from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java (17)", allow_module_level=True)

from tests.batch.conftest import BROKEN, GOOD, read_all  # noqa: E402
from wortlaut.batch import BatchOptions, run_batch  # noqa: E402
from wortlaut.batch.output import CHUNKS_DIR  # noqa: E402
from wortlaut.batch.spark import spark_session  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[None]:
    session = spark_session("local[2]", {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
    yield
    session.stop()


def test_spark_and_local_engines_write_the_same_rows(spark: None, tmp_path: Path, warc_path: Path) -> None:
    outs = {engine: tmp_path / engine for engine in ("spark", "local")}
    for engine, out in outs.items():
        report = run_batch([str(warc_path)], BatchOptions(out=str(out), engine=engine, workers=2, chunk_size=2))
        assert (report.records, report.failures, report.unfinished) == (GOOD + BROKEN, BROKEN, [])
        assert len({r.pid for r in report.ran}) <= 2 < len(report.ran)  # worker processes are reused
    spark_rows, local_rows = read_all(outs["spark"]), read_all(outs["local"])
    assert len(spark_rows["documents"]) == GOOD
    assert spark_rows == local_rows


def test_spark_reruns_only_unfinished_chunks(spark: None, tmp_path: Path, warc_path: Path) -> None:
    options = BatchOptions(out=str(tmp_path / "out"), engine="spark", chunk_size=3)
    first = run_batch([str(warc_path)], options)
    (tmp_path / "out" / CHUNKS_DIR / f"{first.ran[-1].chunk}.json").unlink()
    second = run_batch([str(warc_path)], options)
    assert [r.chunk for r in second.ran] == [first.ran[-1].chunk]
    assert len(read_all(tmp_path / "out")["documents"]) == GOOD
