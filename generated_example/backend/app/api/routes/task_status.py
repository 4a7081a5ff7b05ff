"""Status of a background task by id.

The path only matches a UUID (Celery's task ids), so a feature named `task` can own
`/tasks/{id}` with integer ids beside it.
"""

from typing import Any
from uuid import UUID

from celery.result import AsyncResult
from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from app.api.deps import CurrentPrincipal
from app.schemas.task_status import TaskStatus
from app.worker.celery_app import celery_app

router = APIRouter(prefix="/tasks", tags=["tasks"])


def _status(task_id: str) -> TaskStatus:
    result: AsyncResult[Any] = AsyncResult(task_id, app=celery_app)
    state = str(result.state)
    if state == "SUCCESS":
        return TaskStatus(id=task_id, state=state, result=result.result)
    if state in ("FAILURE", "RETRY"):
        return TaskStatus(id=task_id, state=state, error=repr(result.result))
    return TaskStatus(id=task_id, state=state)


@router.get("/{task_id:uuid}", response_model=TaskStatus)
async def read_task(task_id: UUID, _principal: CurrentPrincipal) -> TaskStatus:
    """Unknown ids report PENDING (Celery cannot tell "unknown" from "not started")."""
    return await run_in_threadpool(_status, str(task_id))
