"""Our sort keys agree with ruff's own isort and RUF022 fixes on random names."""

from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

from primetrade_cli.inject._order import dunder_all_key, member_key, module_key, natural_compare
from tests.inject.ruffcheck import ruff_binary

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _names(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
        name = rng.choice("abcxyz") + body
        names.add(name.capitalize() if rng.random() < 0.3 else name)
    return sorted(names)


def _ruff_fixed(text: str, rules: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.py"
        path.write_text(text)
        subprocess.run(
            [
                ruff_binary(),
                "check",
                "--no-cache",
                "--isolated",
                "--select",
                rules,
                "--fix",
                "-q",
                "--config",
                "lint.isort.known-first-party=['app']",
                str(path),
            ],
            check=False,
            capture_output=True,
        )
        return path.read_text()


def test_natural_compare_basics() -> None:
    assert natural_compare("item2", "item10") < 0
    assert natural_compare("a01", "a1") < 0
    assert natural_compare("a", "a") == 0
    assert natural_compare("ab", "a") > 0


def test_isort_orders_match_ruff() -> None:
    rng = random.Random(7)
    names = _names(rng, 80)
    shuffled = rng.sample(names, len(names))
    lines = [f"from app.m.{name.lower()}x import Y" for name in shuffled]
    source = "\n".join(lines) + f"\nfrom app.r import {', '.join(shuffled)}\n"
    fixed = _ruff_fixed(source, "I")
    expected_modules = sorted({f"app.m.{n.lower()}x" for n in names}, key=module_key)
    got_modules = [line.split()[1] for line in fixed.splitlines() if line.startswith("from app.m.")]
    assert got_modules == expected_modules
    inner = fixed.split("from app.r import (")[1].split(")")[0]
    assert [n.strip(" ,") for n in inner.split("\n") if n.strip()] == sorted(names, key=member_key)


def test_dunder_all_order_matches_ruff() -> None:
    rng = random.Random(11)
    names = [*_names(rng, 60), "A", "AB", "_B", "X1", "Z9Z", "Ab"]
    shuffled = rng.sample(names, len(names))
    fixed = _ruff_fixed(f"__all__ = {shuffled!r}\n".replace("'", '"'), "RUF022")
    got = [part.strip(' "[]\n') for part in fixed.split("=", 1)[1].split(",")]
    assert got == sorted(names, key=dunder_all_key)
