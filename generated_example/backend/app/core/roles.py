"""The roles of the RBAC model. `admin` implies every other role."""

ADMIN = "admin"
MEMBER = "member"
ALL_ROLES: frozenset[str] = frozenset({ADMIN, MEMBER})
DEFAULT_ROLES: tuple[str, ...] = (MEMBER,)
