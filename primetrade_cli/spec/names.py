"""The one naming authority: every spelling of a feature or field name comes from here.

Templates and editors read these attributes; nothing else pluralises, capitalises or joins words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.reserved import reason_reserved

SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
MAX_FEATURE = 20
MAX_FIELD = 20
ROLE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


@cache
def _plural(word: str) -> str:
    from primetrade_cli.spec.plural import plural_noun

    return plural_noun(word)


def _pluralise_snake(snake: str) -> str:
    head, _, last = snake.rpartition("_")
    plural_last = _plural(last)
    return f"{head}_{plural_last}" if head else plural_last


def _pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def _camel(snake: str) -> str:
    pascal = _pascal(snake)
    return pascal[:1].lower() + pascal[1:]


def _words(snake: str) -> str:
    return " ".join(snake.split("_"))


def check_snake(raw: str, *, what: str, limit: int, is_feature: bool, hint: str) -> str:
    """Validate a snake_case identifier or raise SpecError naming the rule it breaks."""
    if not SNAKE.match(raw):
        raise SpecError(
            f"invalid {what} {raw!r}: use lower-case snake_case "
            "(a-z, 0-9, single '_' between words)",
            hint,
        )
    if len(raw) > limit:
        raise SpecError(f"{what} {raw!r} is too long ({len(raw)} > {limit} characters)", hint)
    reason = reason_reserved(raw, is_feature=is_feature)
    if reason is not None:
        raise SpecError(f"{what} {raw!r} is {reason}", hint)
    return raw


@dataclass(frozen=True)
class FeatureName:
    """All spellings of a feature's name: 'line_item' -> class 'LineItem', table 'line_items'."""

    snake: str

    @classmethod
    def parse(cls, raw: str) -> FeatureName:
        hint = "e.g. `primetrade add-feature line_item title:str`"
        name = cls(
            check_snake(raw, what="feature name", limit=MAX_FEATURE, is_feature=True, hint=hint)
        )
        if name.plural == name.snake:
            raise SpecError(
                f"feature name {raw!r} has the same singular and plural form",
                "pick a countable noun, e.g. `news` -> `article`",
            )
        plural_reason = reason_reserved(name.plural, is_feature=True)
        if plural_reason is not None:
            raise SpecError(
                f"feature name {raw!r} has plural {name.plural!r}, {plural_reason}", hint
            )
        return name

    @property
    def class_name(self) -> str:
        return _pascal(self.snake)

    @property
    def plural(self) -> str:
        return _pluralise_snake(self.snake)

    @property
    def plural_class(self) -> str:
        return _pascal(self.plural)

    @property
    def table(self) -> str:
        return self.plural

    @property
    def camel(self) -> str:
        return _camel(self.snake)

    @property
    def camel_plural(self) -> str:
        return _camel(self.plural)

    @property
    def kebab_plural(self) -> str:
        return self.plural.replace("_", "-")

    @property
    def url(self) -> str:
        """Path of the API collection below /api/v1 and of the frontend page."""
        return "/" + self.kebab_plural

    @property
    def route_module(self) -> str:
        return self.plural

    @property
    def ts_type(self) -> str:
        return self.class_name

    @property
    def page_component(self) -> str:
        return f"{self.class_name}ListPage"

    @property
    def label(self) -> str:
        words = _words(self.snake)
        return words[:1].upper() + words[1:]

    @property
    def plural_label(self) -> str:
        words = _words(self.plural)
        return words[:1].upper() + words[1:]

    @property
    def task_name(self) -> str:
        return f"process_{self.snake}"


@dataclass(frozen=True)
class FieldName:
    """Spellings of a field's name: column 'due_date', camel 'dueDate', label 'Due date'."""

    snake: str

    @classmethod
    def parse(cls, raw: str) -> FieldName:
        hint = "fields look like `title:str[120]` or `due_date:date:optional`"
        return cls(
            check_snake(raw, what="field name", limit=MAX_FIELD, is_feature=False, hint=hint)
        )

    @property
    def camel(self) -> str:
        return _camel(self.snake)

    @property
    def label(self) -> str:
        words = _words(self.snake)
        return words[:1].upper() + words[1:]

    def column(self, is_ref: bool) -> str:
        """The database column (and model attribute); references end in `_id`."""
        return f"{self.snake}_id" if is_ref else self.snake


SIGNUP_ROLE = "member"  # the role the generated app grants every registered user


def check_role(raw: str) -> str:
    if not ROLE.match(raw):
        raise SpecError(
            f"invalid role {raw!r}: use lower-case letters, digits, '-' or '_'",
            "e.g. `--write-role editor`",
        )
    return raw
