from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from app.core.roles import ALL_ROLES


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    full_name: str | None
    roles: list[str]
    is_active: bool


class UserUpdate(BaseModel):
    """What an admin may change on a user (fields left out stay as they are)."""

    model_config = ConfigDict(extra="forbid")

    full_name: str | None = Field(default=None, max_length=255)
    is_active: bool | None = None
    roles: list[str] | None = None

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, roles: list[str] | None) -> list[str] | None:
        if roles is None:
            return None
        unknown = sorted(set(roles) - ALL_ROLES)
        if unknown:
            raise ValueError(f"unknown roles: {', '.join(unknown)}")
        return sorted(set(roles))


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: str = Field(min_length=8, max_length=128)
    full_name: str | None = Field(default=None, max_length=255)

    @field_validator("email")
    @classmethod
    def _lower(cls, email: str) -> str:
        return email.lower()
