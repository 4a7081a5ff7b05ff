"""Periodic housekeeping, scheduled by Celery beat (see `beat_schedule` in celery_app)."""

from datetime import timedelta

from sqlalchemy import delete, or_
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import utcnow
from app.models import RefreshToken
from app.worker.celery_app import celery_app
from app.worker.db import run_with_session

REVOKED_RETENTION = timedelta(days=1)


async def _purge(session: AsyncSession) -> int:
    """Delete refresh tokens that expired, or were revoked more than a day ago."""
    now = utcnow()
    result = await session.execute(
        delete(RefreshToken).where(
            or_(
                RefreshToken.expires_at < now,
                RefreshToken.revoked_at < now - REVOKED_RETENTION,
            )
        )
    )
    await session.commit()
    return int(getattr(result, "rowcount", 0) or 0)


@celery_app.task(name="maintenance.purge_refresh_tokens")
def purge_refresh_tokens() -> dict[str, int]:
    """Idempotent: a second run finds nothing left to delete."""
    return {"deleted": run_with_session(_purge)}
