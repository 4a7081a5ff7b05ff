"""ML inference through the model-serving service, off the request path.

Idempotent: a prediction is a pure function of its input and the model version, with no side
effects, so a redelivered or retried task simply computes the same answer again.
"""

import asyncio
from typing import Any

from app.services.model_client import ModelServingUnavailableError, model_client_from_settings
from app.worker.celery_app import celery_app


async def _predict(texts: list[str]) -> dict[str, Any]:
    async with model_client_from_settings() as client:
        result = await client.predict(texts)
    return result.as_dict()


@celery_app.task(
    name="inference.predict",
    autoretry_for=(ModelServingUnavailableError,),
    retry_backoff=True,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
)
def predict(texts: list[str]) -> dict[str, Any]:
    return asyncio.run(_predict(texts))
