"""Request and response bodies of `POST /v1/predict` (unknown fields are refused: 422)."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MAX_BATCH = 64
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class PredictRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    texts: list[Text] = Field(min_length=1, max_length=MAX_BATCH)


class PredictionOut(BaseModel):
    label: Literal["positive", "negative"]
    score: float = Field(ge=0.0, le=1.0, description="probability that the text is positive")


class PredictResponse(BaseModel):
    model: str
    version: str
    predictions: list[PredictionOut]
