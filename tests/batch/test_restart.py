"""A killed job, run again with the same output folder, finishes the rest: no chunk is done twice
and no row appears twice."""
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
        with contextlib.suppress(ProcessLookupError):
            os.killpg(job.pid, signal.SIGKILL)
        job.wait()
    finished = len(list((out / CHUNKS_DIR).glob("*.json")))
    assert 1 <= finished < RECORDS

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode in (0, 1), rerun.stderr  # 1 when this run met the archive's broken records
    assert f"{finished} chunks" in rerun.stdout and "were done before" in rerun.stdout
    documents, failures = read_rows(out, "documents"), read_rows(out, "failures")
    assert len(documents) == GOOD and len(failures) == BROKEN
    assert len({d["input"] for d in documents} | {f["input"] for f in failures}) == RECORDS


def _articles(folder: Path, texts: list[str]) -> list[str]:
    folder.mkdir()
    names = []
    for n, text in enumerate(texts):
        path = folder / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        names.append(str(path))
    return names


TEXTS = [f"Der Sprecher der Stadt {city} sagte am Montag, die Straßen seien wieder frei." for city in
         ("Passau", "Regensburg", "Landshut", "Straubing", "Deggendorf")]


def test_a_rerun_with_the_inputs_in_another_order_writes_no_document_twice(tmp_path: Path) -> None:
    names = _articles(tmp_path / "in", TEXTS)
    out = tmp_path / "out"
    options = BatchOptions(out=str(out), workers=1, chunk_size=2)
    first = run_batch(names[:3], options)
    (out / CHUNKS_DIR / f"{first.ran[-1].chunk}.json").unlink()  # as if killed before its marker
    second = run_batch(list(reversed(names)), options)
    assert second.records == 3 and len(second.skipped) == 1  # the unmarked one and the two new ones
    documents = read_rows(out, "documents")
    assert sorted(d["input"] for d in documents) == sorted(names)
    assert len({d["id"] for d in documents}) == len(documents) == len(TEXTS)
    attributions = read_rows(out, "attributions")
    assert len(attributions) == len({(a["doc_id"], a["attribution_id"]) for a in attributions})


def test_the_same_text_in_two_inputs_is_one_document(tmp_path: Path) -> None:
    names = _articles(tmp_path / "in", [TEXTS[0], TEXTS[1], TEXTS[0], TEXTS[1]])
    out = tmp_path / "out"
    report = run_batch(names, BatchOptions(out=str(out), workers=1, chunk_size=3))
    assert sum(r.duplicates for r in report.ran) == 2
    assert len(read_rows(out, "documents")) == 2
    assert run_batch(names, BatchOptions(out=str(out), workers=1, chunk_size=3)).ran == []


def _workers(pid: int) -> set[int]:
    """The pool workers among the child processes of ``pid`` (Linux /proc)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return {int(c) for c in children if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()}
    except FileNotFoundError:
        return set()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_workers_end_when_the_job_is_killed(tmp_path: Path) -> None:
    if not Path("/proc/self/task").is_dir():
        pytest.skip("needs /proc to find the workers")
    names = _articles(tmp_path / "in", TEXTS * 8)
    command = [sys.executable, "-m", "wortlaut.cli", "batch", *names, "--out", str(tmp_path / "out"),
               "--chunk-size", "1", "--workers", "1"]
    job = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while time.monotonic() < deadline and not list((tmp_path / "out" / CHUNKS_DIR).glob("*.json")):
            workers |= _workers(job.pid)
            time.sleep(0.1)
        assert workers, "no worker started"
        job.kill()  # the parent alone, as an OOM killer or `kill -9 PID` would
        job.wait()
        ended = time.monotonic() + 10
        while time.monotonic() < ended and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(job.pid, signal.SIGKILL)
