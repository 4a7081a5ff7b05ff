from fastapi import APIRouter, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool

from app.api.deps import CurrentPrincipal, SessionDep
from app.core.logging import get_logger
from app.core.metrics import AUTH_EVENTS
from app.core.ratelimit import RateLimitedError, hit_login
from app.core.security import create_access_token, hash_password, verify_password
from app.crud import refresh_token as refresh_crud
from app.crud.user import EmailTakenError, create_user, get_user, get_user_by_email
from app.models import User
from app.schemas.auth import ChangePasswordRequest, LoginRequest, RefreshRequest, TokenPair
from app.schemas.user import UserCreate, UserRead

router = APIRouter(prefix="/auth", tags=["auth"])
log = get_logger(__name__)


def _bad_credentials() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Incorrect email or password",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _token_pair(user: User, refresh_token: str) -> TokenPair:
    access, expires_in = create_access_token(user.id, set(user.roles))
    return TokenPair(access_token=access, refresh_token=refresh_token, expires_in=expires_in)


async def _enqueue_welcome(user_id: int) -> None:
    from app.worker.tasks.email import send_welcome_email

    try:
        result = await run_in_threadpool(send_welcome_email.delay, user_id)
        log.info("welcome_email.queued", user_id=user_id, task_id=result.id)
    except Exception:  # the account exists; the mail can be re-sent later
        log.exception("welcome_email.enqueue_failed", user_id=user_id)


@router.post("/register", response_model=UserRead, status_code=status.HTTP_201_CREATED)
async def register(body: UserCreate, session: SessionDep) -> User:
    try:
        user = await create_user(
            session, email=body.email, password=body.password, full_name=body.full_name
        )
    except EmailTakenError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, "Email already registered") from exc
    AUTH_EVENTS.labels(event="register").inc()
    await _enqueue_welcome(user.id)
    return user


@router.post("/login", response_model=TokenPair)
async def login(body: LoginRequest, request: Request, session: SessionDep) -> TokenPair:
    client_address = request.client.host if request.client else "unknown"
    try:
        await hit_login(client_address, body.email)
    except RateLimitedError as exc:
        AUTH_EVENTS.labels(event="login_rate_limited").inc()
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "Too many login attempts",
            headers={"Retry-After": str(exc.retry_after)},
        ) from exc
    user = await get_user_by_email(session, body.email)
    if not await verify_password(body.password, user.hashed_password if user else None):
        AUTH_EVENTS.labels(event="login_failed").inc()
        raise _bad_credentials()
    if user is None:
        AUTH_EVENTS.labels(event="login_failed").inc()
        raise _bad_credentials()
    if not user.is_active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Account disabled")
    refresh = await refresh_crud.issue(session, user.id)
    await session.commit()
    AUTH_EVENTS.labels(event="login").inc()
    return _token_pair(user, refresh)


@router.post("/refresh", response_model=TokenPair)
async def refresh(body: RefreshRequest, session: SessionDep) -> TokenPair:
    try:
        issued = await refresh_crud.rotate(session, body.refresh_token)
    except refresh_crud.RefreshRejectedError as exc:
        AUTH_EVENTS.labels(event="refresh_rejected").inc()
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    user = await get_user(session, issued.user_id)
    if user is None or not user.is_active:
        await refresh_crud.revoke_all_for_user(session, issued.user_id)
        await session.commit()
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Account disabled")
    return _token_pair(user, issued.token)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(body: RefreshRequest, session: SessionDep) -> None:
    """End the session (token family) the refresh token belongs to; unknown tokens are ignored."""
    row = await refresh_crud.find(session, body.refresh_token)
    if row is not None:
        await refresh_crud.revoke_family(session, row.family_id)
        await session.commit()


@router.get("/me", response_model=UserRead)
async def me(principal: CurrentPrincipal, session: SessionDep) -> User:
    user = await get_user(session, principal.id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "User not found")
    return user


@router.post("/change-password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(
    body: ChangePasswordRequest, principal: CurrentPrincipal, session: SessionDep
) -> None:
    """Change the password and end every session (all refresh-token families) of the user."""
    user = await get_user(session, principal.id)
    if user is None or not await verify_password(body.current_password, user.hashed_password):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Current password is incorrect")
    user.hashed_password = await hash_password(body.new_password)
    await refresh_crud.revoke_all_for_user(session, user.id)
    await session.commit()
