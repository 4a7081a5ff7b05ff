"""ML predictions: queued for a worker, which calls the model-serving service.

Answers 202 with the task id; the result appears at `GET /api/v1/tasks/{task_id}`.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool

from app.api.deps import CurrentPrincipal
from app.core.config import settings
from app.schemas.prediction import PredictionAccepted, PredictionCreate
from app.worker.tasks.inference import predict

router = APIRouter(prefix="/predictions", tags=["predictions"])


def model_serving_enabled() -> bool:
    """The dependency the route checks (tests override it)."""
    return bool(settings.MODEL_SERVING_URL)


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=PredictionAccepted,
    responses={503: {"description": "model serving is not configured (MODEL_SERVING_URL)"}},
)
async def create_prediction(
    body: PredictionCreate,
    _principal: CurrentPrincipal,
    enabled: Annotated[bool, Depends(model_serving_enabled)],
) -> PredictionAccepted:
    if not enabled:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            detail="model serving is not configured on this server (MODEL_SERVING_URL is unset)",
        )
    result = await run_in_threadpool(predict.delay, body.texts)
    return PredictionAccepted(task_id=str(result.id))
