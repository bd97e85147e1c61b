"""A killed job, run again with the same output folder, finishes the rest: no chunk is done twice
and no row appears twice."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.batch.conftest import BROKEN, GOOD, read_all, read_rows
from wortlaut.batch import BatchOptions, run_batch
from wortlaut.batch.output import CHUNKS_DIR

RECORDS = GOOD + BROKEN


def test_a_rerun_redoes_only_the_unfinished_chunk(tmp_path: Path, warc_path: Path) -> None:
    out = tmp_path / "out"
    options = BatchOptions(out=str(out), workers=1, chunk_size=2)
    first = run_batch([str(warc_path)], options)
    before = read_all(out)
    undone = first.ran[0].chunk
    (out / CHUNKS_DIR / f"{undone}.json").unlink()
    part = next(out.glob(f"documents/*/*/part-{undone}.parquet"))
    (part.parent / f".{part.name}.999.tmp").write_bytes(b"half a file")

    second = run_batch([str(warc_path)], options)
    assert [r.chunk for r in second.ran] == [undone]
    assert len(second.skipped) == len(first.ran) - 1
    assert read_all(out) == before
    assert not list(out.rglob(".*.tmp"))


def test_a_killed_job_finishes_when_run_again(tmp_path: Path, warc_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "wortlaut.cli", "batch", str(warc_path), "--out", str(out),
               "--chunk-size", "1", "--workers", "1"]
    job = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not list((out / CHUNKS_DIR).glob("*.json")) and time.monotonic() < deadline and job.poll() is None:
            time.sleep(0.1)
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait()
    finished = len(list((out / CHUNKS_DIR).glob("*.json")))
    assert 1 <= finished < RECORDS

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{finished} chunks" in rerun.stdout and "were done before" in rerun.stdout
    documents, failures = read_rows(out, "documents"), read_rows(out, "failures")
    assert len(documents) == GOOD and len(failures) == BROKEN
    assert len({d["input"] for d in documents} | {f["input"] for f in failures}) == RECORDS
