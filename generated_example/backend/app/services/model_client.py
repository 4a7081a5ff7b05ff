"""Client of the model-serving service (MODEL_SERVING_URL); see model-serving/ in the project root.

Errors say what went wrong and whether a retry can help: `ModelServingUnavailableError`
(connection refused, timeout, 5xx) is worth retrying; `ModelServingError` (a 4xx, a malformed
answer) and `ModelServingDisabledError` (no URL configured) are not.
"""

from dataclasses import dataclass
from typing import Any

import httpx

from app.core.config import settings


class ModelServingError(Exception):
    """The model service refused the request or answered something we cannot read."""


class ModelServingDisabledError(ModelServingError):
    def __init__(self) -> None:
        super().__init__(
            "model serving is disabled: set MODEL_SERVING_URL (e.g. http://model-serving:8001)"
        )


class ModelServingUnavailableError(ModelServingError):
    """Connection failure, timeout or a 5xx: a later retry may succeed."""


@dataclass(frozen=True)
class Prediction:
    label: str
    score: float


@dataclass(frozen=True)
class PredictionResult:
    model: str
    version: str
    predictions: list[Prediction]

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "version": self.version,
            "predictions": [{"label": p.label, "score": p.score} for p in self.predictions],
        }


def _parse(body: Any) -> PredictionResult:
    try:
        return PredictionResult(
            model=str(body["model"]),
            version=str(body["version"]),
            predictions=[
                Prediction(label=str(p["label"]), score=float(p["score"]))
                for p in body["predictions"]
            ],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelServingError(f"model service sent an unexpected answer: {exc!r}") from exc


class ModelClient:
    """`async with ModelClient(url) as client: await client.predict([...])`."""

    def __init__(
        self,
        base_url: str,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 3.0)),
            transport=transport,
        )

    async def __aenter__(self) -> "ModelClient":
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._http.aclose()

    async def predict(self, texts: list[str]) -> PredictionResult:
        url = f"{self._http.base_url}/v1/predict"
        try:
            response = await self._http.post("/v1/predict", json={"texts": texts})
        except httpx.TransportError as exc:
            raise ModelServingUnavailableError(
                f"model service unreachable at {url}: {type(exc).__name__}: {exc}"
            ) from exc
        if response.status_code >= 500:
            raise ModelServingUnavailableError(
                f"model service at {url} answered {response.status_code}"
            )
        if response.status_code != 200:
            raise ModelServingError(
                f"model service at {url} refused the request ({response.status_code}): "
                f"{response.text[:500]}"
            )
        return _parse(response.json())


def model_client_from_settings() -> ModelClient:
    if not settings.MODEL_SERVING_URL:
        raise ModelServingDisabledError
    return ModelClient(settings.MODEL_SERVING_URL, timeout=settings.MODEL_SERVING_TIMEOUT)
