"""Words a feature or field may not be called, grouped by who reserves them (for error messages)."""

from __future__ import annotations

import keyword

PYTHON = (
    frozenset(keyword.kwlist)
    | frozenset(keyword.softkwlist)
    | frozenset(
        {
            "self",
            "cls",
            "print",
            "type",
            "list",
            "dict",
            "set",
            "str",
            "int",
            "float",
            "bool",
            "object",
            "id",
            "input",
            "format",
            "hash",
            "filter",
            "map",
            "range",
            "open",
            "super",
            "property",
            "any",
            "all",
            "min",
            "max",
            "len",
            "next",
            "iter",
            "vars",
            "dir",
            "help",
            "bytes",
            "tuple",
            "slice",
            "decimal",
            "datetime",
            "date",
            "uuid",
            "enum",
            "json",
            "typing",
            "annotated",
            "field",
            "fields",
            "app",
            "tests",
            "test",
            "conftest",
            "alembic",
            "sqlalchemy",
            "pydantic",
            "fastapi",
            "celery",
        }
    )
)

# Reserved in PostgreSQL and SQL:2016 (keywords that cannot be table or column names unquoted).
SQL = frozenset(
    {
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "authorization",
        "between",
        "binary",
        "both",
        "case",
        "cast",
        "check",
        "collate",
        "collation",
        "column",
        "concurrently",
        "constraint",
        "create",
        "cross",
        "current_catalog",
        "current_date",
        "current_role",
        "current_schema",
        "current_time",
        "current_timestamp",
        "current_user",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "false",
        "fetch",
        "for",
        "foreign",
        "freeze",
        "from",
        "full",
        "grant",
        "group",
        "having",
        "ilike",
        "in",
        "initially",
        "inner",
        "intersect",
        "into",
        "is",
        "isnull",
        "join",
        "lateral",
        "leading",
        "left",
        "like",
        "limit",
        "localtime",
        "localtimestamp",
        "natural",
        "not",
        "notnull",
        "null",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "outer",
        "overlaps",
        "placing",
        "primary",
        "references",
        "returning",
        "right",
        "select",
        "session_user",
        "similar",
        "some",
        "symmetric",
        "system_user",
        "table",
        "tablesample",
        "then",
        "to",
        "trailing",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "variadic",
        "verbose",
        "when",
        "where",
        "window",
        "with",
        "index",
        "key",
        "value",
        "values",
        "level",
        "rows",
        "row",
        "session",
        "transaction",
        "schema",
        "sequence",
        "view",
        "trigger",
    }
)

TYPESCRIPT = frozenset(
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
        "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw",
        "true", "try", "typeof", "var", "void", "while", "with", "implements", "interface", "let",
        "package", "private", "protected", "public", "static", "yield", "await", "undefined",
        "arguments", "eval", "constructor",
    }
)  # fmt: skip

# Type names and globals: fine as a field (a property or local), but a feature named so would give
# a component or type (`Number`, `Window`, `Props`) that shadows a global or a React convention.
TYPESCRIPT_GLOBALS = frozenset(
    {
        "any", "boolean", "number", "string", "symbol", "never", "unknown", "object", "declare",
        "namespace", "module", "readonly", "keyof", "infer", "is", "asserts", "async", "require",
        "window", "document", "react", "component", "props", "state", "key", "ref", "children",
    }
)  # fmt: skip

# Attributes SQLAlchemy's declarative base or Pydantic's BaseModel already define.
FRAMEWORK = frozenset(
    {
        "metadata",
        "registry",
        "query",
        "query_class",
        "mapper",
        "table",
        "c",
        "columns",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "copy",
        "construct",
        "schema",
        "schema_json",
        "validate",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "awaitable_attrs",
    }
)

# Names the generated project already uses for its own modules, tables, routes and columns.
PROJECT_FEATURES = frozenset(
    {
        "user",
        "users",
        "auth",
        "refresh_token",
        "refresh_tokens",
        "health",
        "metrics",
        "api",
        "core",
        "db",
        "base",
        "deps",
        "router",
        "main",
        "openapi",
        "worker",
        "crud",
        "models",
        "schemas",
        "routes",
        "me",
        "login",
        "logout",
        "register",
        "token",
        "tokens",
        "status",
        "admin",
        "livez",
        "readyz",
        "docs",
        "redoc",
        "static",
        "assets",
        "page",
        "pages",
        "nav",
        "client",
        "celery_app",
        "prediction",
        "predictions",
        "inference",
        "task_status",
        "email",
        "emails",
    }
)
PROJECT_FIELDS = frozenset(
    {
        "id",
        "owner_id",
        "owner",
        "created_at",
        "updated_at",
        "cursor",
        "limit",
        "sort",
        "next_cursor",
        "items",
    }
)


def reason_reserved(word: str, *, is_feature: bool) -> str | None:
    """Which group reserves `word`, or None when it is free."""
    groups: list[tuple[str, frozenset[str]]] = [
        ("a Python keyword or builtin", PYTHON),
        ("an SQL reserved word", SQL),
        ("a TypeScript reserved word", TYPESCRIPT),
        ("reserved by SQLAlchemy or Pydantic", FRAMEWORK),
    ]
    if is_feature:
        groups.append(("a TypeScript global or type name", TYPESCRIPT_GLOBALS))
    groups.append(
        (
            "already used by the generated project",
            PROJECT_FEATURES if is_feature else PROJECT_FIELDS,
        )
    )
    for label, words in groups:
        if word in words:
            return label
    if word.startswith("model_"):
        return "reserved by Pydantic (the model_ prefix)"
    if word.startswith("_") or word.startswith("sa_"):
        return "reserved by SQLAlchemy (leading underscore or sa_)"
    return None
