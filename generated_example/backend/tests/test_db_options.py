from app.core.config import Settings
from app.db.session import engine_options

PG = "postgresql+asyncpg://app@db.internal:5432/app"


def test_postgres_gets_a_sized_pool_with_pre_ping() -> None:
    options = engine_options(Settings(DATABASE_URL=PG, DB_POOL_SIZE=7, DB_MAX_OVERFLOW=3))
    assert options["pool_pre_ping"] is True
    assert (options["pool_size"], options["max_overflow"]) == (7, 3)
    assert "statement_cache_size" not in options["connect_args"]


def test_pgbouncer_switches_statement_caches_off() -> None:
    args = engine_options(Settings(DATABASE_URL=PG, DB_PGBOUNCER=True))["connect_args"]
    assert args["statement_cache_size"] == 0
    assert args["prepared_statement_cache_size"] == 0
    names = {args["prepared_statement_name_func"]() for _ in range(3)}
    assert len(names) == 3


def test_unpooled_engines_for_workers_and_migrations() -> None:
    options = engine_options(Settings(DATABASE_URL=PG), pooled=False)
    assert "pool_size" not in options
    assert options["poolclass"].__name__ == "NullPool"
