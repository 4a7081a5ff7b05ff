from app.models.item import Item
from app.models.refresh_token import RefreshToken
from app.models.user import User, UserRole

__all__ = ["Item", "RefreshToken", "User", "UserRole"]
