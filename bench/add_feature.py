"""add-feature wall time beside `python -c pass`, in a project with 1 and with 50 existing features.

Medians over several runs, all measured in this one run (ratios, not absolute promises).
Usage: python bench/add_feature.py [--runs N]
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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

COMMAND = [
    "add-feature",
    "bench_ticket",
    "title:str[120]:index",
    "status:enum[open,done]:default=open",
    "due:date:optional",
    "assignee:ref[user]:optional:setnull",
    "--cache",
    "--background",
    "--no-frontend",
]


def timed(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def project_with(features: int, scratch: Path) -> Path:
    from primetrade_cli.changeset import RunOptions, execute
    from primetrade_cli.cli.app import run
    from primetrade_cli.generators.feature import plan_add_feature
    from primetrade_cli.spec.feature import build_feature
    from primetrade_cli.spec.project import load_project

    root = scratch / f"with{features}"
    run(["new", str(root), "--defaults", "--no-git", "--no-example", "-q"])
    for index in range(features):
        spec = build_feature(
            f"thing{index}", ["name:str[80]:unique", "score:int:index"], frontend=False
        )
        execute(plan_add_feature(load_project(root), spec), root, RunOptions(quiet=True))
    return root


def median_add(base: Path, scratch: Path, runs: int) -> float:
    times = []
    for run in range(runs):
        copy = scratch / f"{base.name}-run{run}"
        shutil.copytree(base, copy, symlinks=True)
        times.append(timed([sys.executable, "-m", "primetrade_cli", *COMMAND], copy))
        shutil.rmtree(copy)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        baseline = statistics.median(
            timed([sys.executable, "-c", "pass"], scratch) for _ in range(runs)
        )
        rows = [("python -c pass", baseline)]
        for features in (1, 50):
            base = project_with(features, scratch)
            rows.append(
                (f"add-feature, {features} existing feature(s)", median_add(base, scratch, runs))
            )
    print(f"median of {runs} runs")
    for label, seconds in rows:
        print(f"{label:<42} {seconds * 1000:8.0f} ms   {seconds / baseline:6.1f}x python -c pass")
    print(f"50 vs 1 existing features: {rows[2][1] / rows[1][1]:.2f}x")


if __name__ == "__main__":
    main()
