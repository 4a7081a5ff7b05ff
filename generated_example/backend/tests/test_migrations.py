from alembic import command
from alembic.config import Config

from tests.testenv import BACKEND_DIR


def test_models_and_migrations_agree() -> None:
    """`alembic check` on the session's migrated database: fails on any model/migration drift."""
    config = Config(str(BACKEND_DIR / "alembic.ini"))
    config.attributes["configure_logger"] = False
    command.check(config)
