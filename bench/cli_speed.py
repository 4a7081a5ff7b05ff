"""Print wall times of `primetrade --help`, `primetrade new` (render only) and `python -c pass`.

Medians over several runs, all measured in this one run, so the ratios hold on a noisy
shared machine.
Usage: python bench/cli_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(runs: int, make_argv: object) -> float:
    assert callable(make_argv)
    return statistics.median(wall(make_argv(i)) for i in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    primetrade = [sys.executable, "-m", "primetrade_cli"]
    scratch = Path(tempfile.mkdtemp(prefix="primetrade-bench-"))
    try:
        baseline = median_of(runs, lambda i: [sys.executable, "-c", "pass"])
        rows = [
            ("python -c pass", baseline),
            ("primetrade --help", median_of(runs, lambda i: [*primetrade, "--help"])),
            (
                "primetrade new (render only)",
                median_of(
                    runs,
                    lambda i: [
                        *primetrade,
                        "new",
                        str(scratch / f"r{i}"),
                        "--defaults",
                        "--no-git",
                        "--no-example",
                        "-q",
                    ],
                ),
            ),
            (
                "primetrade new (+ example feature)",
                median_of(
                    runs,
                    lambda i: [
                        *primetrade,
                        "new",
                        str(scratch / f"e{i}"),
                        "--defaults",
                        "--no-git",
                        "-q",
                    ],
                ),
            ),
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{'command':<36} {'median s':>9} {'x python -c pass':>17}   ({runs} runs each)")
    for label, seconds in rows:
        print(f"{label:<36} {seconds:>9.3f} {seconds / baseline:>17.1f}")


if __name__ == "__main__":
    main()
