#!/usr/bin/env python
"""Time and peak memory of one readout as the input grows: does analysis stay linear in the text?

The input is the founding article (``../shared/fixtures/seed/article.txt``) repeated until it
has the wanted size; each size is analysed in a fresh process (so that peak memory is that
document's), after a short warm-up text that loads the pipeline. Run from the repository root:

    .venv/bin/python benchmarks/long_inputs.py [--sizes 10 100 200 400] [--shared ../shared]

Sizes are kilobytes of UTF-8. Prints one row per size: seconds, CPU seconds (this process on
one core: robust to other work on the machine), CPU seconds per 100 kB, peak RSS.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from wortlaut.cli.options import DEFAULT_TIME_LIMIT

ROOT = Path(__file__).resolve().parents[1]

MEASURE = """
import json, resource, sys, time
from wortlaut import analyze_text
analyze_text("Der Minister sagte am Montag, die Lage sei ernst.", "de")
text = open(sys.argv[1], encoding="utf-8").read()
start, cpu = time.perf_counter(), time.process_time()
readout = analyze_text(text, "de")
print(json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu, "chars": len(text),
                  "attributions": len(readout.attributions),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def long_text(seed: str, kilobytes: int) -> str:
    text = ""
    while len(text.encode("utf-8")) < kilobytes * 1000:
        text += seed + "\n\n"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 200, 400])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--work", default="/tmp/wortlaut-long-inputs")
    args = parser.parse_args()
    seed = (Path(args.shared) / "fixtures" / "seed" / "article.txt").read_text(encoding="utf-8")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    within = []
    print("| input kB | characters | attributions | seconds | CPU s | CPU s per 100 kB | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for kilobytes in args.sizes:
        path = work / f"long-{kilobytes}.txt"
        path.write_text(long_text(seed, kilobytes), encoding="utf-8")
        run = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, check=True)
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"| {kilobytes} | {r['chars']:,} | {r['attributions']:,} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | "
              f"{100 * r['cpu_seconds'] / kilobytes:.2f} | {r['peak_rss_mb']:.0f} |", flush=True)
        if r["cpu_seconds"] <= DEFAULT_TIME_LIMIT:
            within.append((kilobytes, r))
    if within:
        kilobytes, r = max(within, key=lambda k_r: k_r[0])
        print(f"\nlargest input analysed within the default limits (--max-bytes 5 MB, --time-limit "
              f"{DEFAULT_TIME_LIMIT:g} s, as CPU time on one core): {kilobytes:,} kB in {r['cpu_seconds']:.1f} s, "
              f"peak RSS {r['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
