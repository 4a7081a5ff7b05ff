from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

PredictionText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
]


class PredictionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    texts: list[PredictionText] = Field(min_length=1, max_length=64)


class PredictionAccepted(BaseModel):
    task_id: str = Field(description="poll GET /api/v1/tasks/{task_id} for the result")
