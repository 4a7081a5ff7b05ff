from fastapi import APIRouter

from app.api.routes import auth, items, predictions, task_status, users

api_router = APIRouter()
api_router.include_router(auth.router)
api_router.include_router(predictions.router)
api_router.include_router(task_status.router)
api_router.include_router(users.router)
api_router.include_router(items.router)
