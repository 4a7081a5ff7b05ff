from typing import Any

from pydantic import BaseModel


class TaskStatus(BaseModel):
    id: str
    state: str
    result: Any | None = None
    error: str | None = None
