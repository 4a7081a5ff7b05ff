"""Request and response shapes of items.

Create and Update forbid unknown fields, so server-owned ones (id, owner_id, timestamps) get a 422.
"""

import enum
from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.crud.base import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from app.schemas.common import Page


class ItemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(max_length=120)
    description: str | None = None


NOT_NULL = ("title",)


class ItemUpdate(BaseModel):
    """Partial update: send only the fields to change."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, max_length=120)
    description: str | None = None

    @model_validator(mode="after")
    def _reject_nulls(self) -> Self:
        for name in NOT_NULL:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class ItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    owner_id: int
    created_at: datetime
    updated_at: datetime


class ItemPage(Page[ItemRead]):
    """One keyset page of items; pass `next_cursor` back as `cursor`."""


class ItemSort(enum.StrEnum):
    """Allow-listed sorts (indexed columns); a leading '-' sorts descending."""

    ASC_ID = "id"
    DESC_ID = "-id"
    ASC_CREATED_AT = "created_at"
    DESC_CREATED_AT = "-created_at"
    ASC_TITLE = "title"
    DESC_TITLE = "-title"


class ItemListParams(BaseModel):
    """Query parameters of the list endpoint; unknown parameters are rejected."""

    model_config = ConfigDict(extra="forbid")

    limit: int = Field(default=DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)
    cursor: str | None = Field(default=None, max_length=512)
    sort: ItemSort = ItemSort.ASC_ID
