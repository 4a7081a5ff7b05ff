"""Import blocks for generated modules, sorted exactly as ruff's isort rules (I001) expect."""

from __future__ import annotations

from collections.abc import Iterable

STDLIB = frozenset(
    {
        "__future__",
        "base64",
        "binascii",
        "collections",
        "datetime",
        "decimal",
        "enum",
        "json",
        "logging",
        "typing",
        "uuid",
        "asyncio",
        "time",
        "itertools",
        "secrets",
    }
)
FIRST_PARTY = frozenset({"app", "tests"})
LINE = 100

Import = tuple[str, str | None]  # (module, name) ; name None means `import module`


def _section(module: str) -> int:
    top = module.split(".")[0]
    if top == "__future__":
        return 0
    if top in STDLIB:
        return 1
    if top in FIRST_PARTY:
        return 3
    return 2


def _name_key(name: str) -> tuple[int, str]:
    """ruff's order-by-type: CONSTANTS, then Classes, then functions/variables."""
    if name.isupper() and len(name) > 1:
        return 0, name
    if name[:1].isupper():
        return 1, name
    return 2, name.lower()


def render_imports(imports: Iterable[Import]) -> str:
    """Sections separated by one blank line; `import x` before `from x import`, modules sorted."""
    by_section: dict[int, dict[str, set[str]]] = {}
    plain: dict[int, set[str]] = {}
    for module, name in imports:
        section = _section(module)
        if name is None:
            plain.setdefault(section, set()).add(module)
        else:
            by_section.setdefault(section, {}).setdefault(module, set()).add(name)
    blocks = []
    for section in sorted(set(by_section) | set(plain)):
        lines = [f"import {m}" for m in sorted(plain.get(section, ()), key=str.lower)]
        froms = by_section.get(section, {})
        lines += [_from_line(m, froms[m]) for m in sorted(froms, key=str.lower)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _from_line(module: str, names: set[str]) -> str:
    ordered = sorted(names, key=_name_key)
    line = f"from {module} import {', '.join(ordered)}"
    if len(line) <= LINE:
        return line
    body = "".join(f"    {name},\n" for name in ordered)
    return f"from {module} import (\n{body})"
