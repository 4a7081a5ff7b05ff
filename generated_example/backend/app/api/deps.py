"""Dependencies every route builds on: the DB session, the caller (from the token), role checks."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import InvalidTokenError, Principal, decode_access_token
from app.db.session import get_read_session, get_session

SessionDep = Annotated[AsyncSession, Depends(get_session)]
# For read-only endpoints that tolerate replica lag (lists, reports); same as SessionDep
# until DATABASE_READ_URL is set.
ReadSessionDep = Annotated[AsyncSession, Depends(get_read_session)]

_bearer = HTTPBearer(auto_error=False)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def get_current_principal(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorized("Not authenticated")
    try:
        return decode_access_token(credentials.credentials)
    except InvalidTokenError as exc:
        raise _unauthorized("Invalid or expired token") from exc


CurrentPrincipal = Annotated[Principal, Depends(get_current_principal)]


def require_role(role: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that returns the caller when it has `role` (admin has every role), else 403."""

    async def check(principal: CurrentPrincipal) -> Principal:
        if not principal.has_role(role):
            raise HTTPException(
                status_code=status.HTTP_403_FORBIDDEN, detail=f"Requires role {role}"
            )
        return principal

    return check


AdminPrincipal = Annotated[Principal, Depends(require_role("admin"))]
