"""Property tests over the field grammar: any string is either a spec whose generated backend is
valid Python that ruff accepts under the generated project's rules, or a SpecError (exit 2)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.feature import FeatureSpec, build_feature
from primetrade_cli.spec.fields import parse_field

NAMES = st.sampled_from(
    ["title", "n", "due_date", "class", "metadata", "x1", "Bad", "a_b_c", "id", ""]
)
TYPES = st.sampled_from(
    [
        "str",
        "str[12]",
        "str[0]",
        "text",
        "int",
        "bigint",
        "float",
        "decimal[8,2]",
        "decimal[2,3]",
        "bool",
        "date",
        "datetime",
        "uuid",
        "email",
        "url",
        "json",
        "enum[a,b]",
        "enum[]",
        "ref[user]",
        "ref[thing]",
        "ref[other]",
        "str[",
        "nope",
        "str]",
    ]
)
MODS = st.sampled_from(
    [
        "optional",
        "unique",
        "index",
        "default=1",
        "default=a",
        "default=true",
        "min=0",
        "max=5",
        "min=-3",
        "cascade",
        "restrict",
        "setnull",
        "default=",
        "bogus",
        "max=1.5",
    ]
)
FIELD_TEXT = st.one_of(
    st.builds(lambda n, t, m: ":".join([n, t, *m]), NAMES, TYPES, st.lists(MODS, max_size=4)),
    st.text(max_size=30),
)


@given(FIELD_TEXT)
@settings(max_examples=400, deadline=None)
def test_parse_either_succeeds_and_round_trips_or_raises_spec_error(text: str) -> None:
    try:
        field = parse_field(text)
    except SpecError as error:
        assert error.message and "\n" not in error.message
        return
    assert parse_field(field.spelled) == field


def _render_backend(spec: FeatureSpec) -> dict[str, str]:
    from primetrade_cli.generators.feature_backend import create_steps
    from primetrade_cli.plan import CreateFile

    specs = {spec.name.snake: spec, "other": build_feature("other", ["name:str"])}
    return {s.path: s.content for s in create_steps(spec, specs, None) if isinstance(s, CreateFile)}


RUFF_CONFIG = """
line-length = 100
target-version = "py311"
[lint]
select = ["E", "F", "W", "I", "B", "UP", "S", "ASYNC", "RUF", "SIM", "C4", "PT"]
ignore = ["B008"]
[lint.per-file-ignores]
"tests/**" = ["S101", "S105", "S106", "S603"]
[lint.isort]
known-first-party = ["app"]
"""


@given(st.lists(FIELD_TEXT, min_size=1, max_size=4), st.booleans(), st.booleans(), st.booleans())
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_accepted_specs_generate_code_ruff_accepts(
    tmp_path: Path, fields: list[str], owned: bool, cache: bool, background: bool
) -> None:
    try:
        spec = build_feature("thing", fields, owned=owned, cache=cache, background=background)
    except SpecError:
        return
    files = _render_backend(spec)
    out = tmp_path / "gen"
    for path, content in files.items():
        ast.parse(content, filename=path)
        target = out / path.removeprefix("backend/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    (out / "ruff.toml").write_text(RUFF_CONFIG)
    for package in ("app", "tests"):
        (out / package / "__init__.py").touch()
    ruff = [sys.executable, "-m", "ruff"]
    lint = subprocess.run(
        [*ruff, "check", "--no-cache", "."], cwd=out, capture_output=True, text=True
    )
    assert lint.returncode == 0, (fields, lint.stdout)
    fmt = subprocess.run(
        [*ruff, "format", "--check", "--no-cache", "."], cwd=out, capture_output=True, text=True
    )
    assert fmt.returncode == 0, (fields, fmt.stdout)


@pytest.mark.parametrize("text", ["x:str[", "metadata:int", "a:enum[a]:default=b", "n:nope"])
def test_rejections_exit_2_from_the_command_line(tmp_path: Path, text: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "primetrade_cli", "add-feature", "thing", text],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
