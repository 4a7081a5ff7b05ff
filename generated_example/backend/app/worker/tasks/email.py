"""The welcome email, sent once per user however often the task runs (idempotent)."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import settings
from app.core.security import utcnow
from app.models import User
from app.services.mail import Mail, MailError, get_mail_backend
from app.worker.celery_app import celery_app
from app.worker.db import run_with_session


async def _send_welcome(session: AsyncSession, user_id: int) -> str:
    user = await session.get(User, user_id, with_for_update=True)
    if user is None:
        return "missing"
    if user.welcome_email_sent_at is not None:
        return "already-sent"
    get_mail_backend().send(
        Mail(
            to=user.email,
            subject=f"Welcome to {settings.PROJECT_NAME}",
            body=f"Hello {user.full_name or user.email}, your account is ready.",
            idempotency_key=f"welcome-{user.id}",
        )
    )
    user.welcome_email_sent_at = utcnow()
    await session.commit()
    return "sent"


@celery_app.task(
    name="email.send_welcome",
    autoretry_for=(MailError, ConnectionError),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def send_welcome_email(user_id: int) -> dict[str, Any]:
    outcome = run_with_session(lambda session: _send_welcome(session, user_id))
    return {"user_id": user_id, "outcome": outcome}
