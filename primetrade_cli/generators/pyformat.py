"""Lay out generated Python statements the way `ruff format` keeps them (line length 100).

A statement that fits stays on one line; one that does not is split at its outermost call, one
argument per line with a trailing comma (ruff keeps such "magic trailing comma" layouts).
Strings are printed with double quotes. Only the shapes our generators emit are supported.
"""

from __future__ import annotations

import ast

LINE = 100
STEP = "    "


def statement(source: str, indent: int = 0) -> str:
    """Format one statement given as single-line Python source."""
    node = ast.parse(source).body[0]
    pad = STEP * indent
    if isinstance(node, ast.AnnAssign):
        head = f"{pad}{expr(node.target)}: {expr(node.annotation)}"
        return _with_value(head, node.value, indent) if node.value is not None else head
    if isinstance(node, ast.Assign):
        return _with_value(f"{pad}{expr(node.targets[0])}", node.value, indent)
    if isinstance(node, ast.Expr):
        return _layout(pad, node.value, indent, "")
    if isinstance(node, ast.Return) and node.value is not None:
        return _layout(pad + "return ", node.value, indent, "")
    raise ValueError(f"unsupported statement: {source}")


def argument(source: str, indent: int) -> str:
    """One call argument on its own line (with the trailing comma)."""
    node = ast.parse(source, mode="eval").body
    return _layout(STEP * indent, node, indent, ",")


def _with_value(head: str, value: ast.expr, indent: int) -> str:
    flat = f"{head} = {expr(value)}"
    if len(flat) > LINE and not isinstance(value, ast.Call | ast.List | ast.Tuple | ast.Dict):
        return f"{head} = (\n{STEP * (indent + 1)}{expr(value)}\n{STEP * indent})"
    return _layout(head + " = ", value, indent, "")


def _layout(prefix: str, value: ast.expr, indent: int, suffix: str) -> str:
    flat = prefix + expr(value) + suffix
    if len(flat) <= LINE or not isinstance(value, ast.Call | ast.List | ast.Tuple | ast.Dict):
        return flat
    return _exploded(prefix, value, indent, suffix)


def _exploded(
    prefix: str, value: ast.Call | ast.List | ast.Tuple | ast.Dict, indent: int, suffix: str
) -> str:
    items: list[ast.expr | ast.keyword]
    if isinstance(value, ast.Dict):
        return _exploded_dict(prefix, value, indent, suffix)
    if isinstance(value, ast.Call):
        opener, closer = expr(value.func) + "(", ")"
        items = [*value.args, *value.keywords]
    elif isinstance(value, ast.Tuple):
        opener, closer, items = "(", ")", list(value.elts)
    else:
        opener, closer, items = "[", "]", list(value.elts)
    inner = STEP * (indent + 1)
    lines = [prefix + opener]
    for item in items:
        if isinstance(item, ast.keyword):
            lines.append(_layout(f"{inner}{item.arg}=", item.value, indent + 1, ","))
        else:
            lines.append(_layout(inner, item, indent + 1, ","))
    lines.append(STEP * indent + closer + suffix)
    return "\n".join(lines)


def _exploded_dict(prefix: str, value: ast.Dict, indent: int, suffix: str) -> str:
    inner = STEP * (indent + 1)
    lines = [prefix + "{"]
    for key, item in zip(value.keys, value.values, strict=True):
        head = f"{inner}{expr(key)}: " if key is not None else f"{inner}**"
        lines.append(_layout(head, item, indent + 1, ","))
    lines.append(STEP * indent + "}" + suffix)
    return "\n".join(lines)


def expr(node: ast.expr) -> str:
    """One-line rendering with double-quoted strings."""
    if isinstance(node, ast.Constant):
        return quote(node.value) if isinstance(node.value, str) else repr(node.value)
    if isinstance(node, ast.Call):
        parts = [expr(a) for a in node.args]
        parts += [
            f"{k.arg}={expr(k.value)}" if k.arg else f"**{expr(k.value)}" for k in node.keywords
        ]
        return f"{expr(node.func)}({', '.join(parts)})"
    if isinstance(node, ast.List):
        return "[" + ", ".join(expr(e) for e in node.elts) + "]"
    if isinstance(node, ast.Tuple):
        inner = ", ".join(expr(e) for e in node.elts)
        return f"({inner},)" if len(node.elts) == 1 else f"({inner})"
    if isinstance(node, ast.Dict):
        pairs = [
            f"{expr(k)}: {expr(v)}" if k is not None else f"**{expr(v)}"
            for k, v in zip(node.keys, node.values, strict=True)
        ]
        return "{" + ", ".join(pairs) + "}"
    if isinstance(node, ast.Await):
        return f"await {expr(node.value)}"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        sign = "+" if isinstance(node.op, ast.Add) else "%"
        return f"{_operand(node.left, node.op)} {sign} {_operand(node.right, node.op)}"
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
        return f"{expr(node.left)} == {expr(node.comparators[0])}"
    if isinstance(node, ast.Attribute):
        return f"{expr(node.value)}.{node.attr}"
    if isinstance(node, ast.Subscript):
        return f"{expr(node.value)}[{expr(node.slice)}]"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return f"{expr(node.left)} | {expr(node.right)}"
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return f"-{expr(node.operand)}"
    return ast.unparse(node)


def _operand(node: ast.expr, parent: ast.operator) -> str:
    text = expr(node)
    looser = (
        isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(parent, ast.Mod)
    )
    return f"({text})" if looser or isinstance(node, ast.Compare) else text


def quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
