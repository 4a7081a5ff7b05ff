from app.models.refresh_token import RefreshToken
from app.models.user import User, UserRole

__all__ = ["RefreshToken", "User", "UserRole"]
