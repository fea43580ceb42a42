"""A throwaway PostgreSQL database per test, on the server NEWSGRAPH_TEST_PG points at (.ci/run
starts one and sets it). Under CI (env CI set) a missing server fails the test; elsewhere the
test is skipped with the reason shown."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENV = "NEWSGRAPH_TEST_PG"
# read when the tests are collected: conftest clears NEWSGRAPH_* settings before each test
SERVER = os.environ.get(ENV)


def _unavailable(reason: str):
    message = f"PostgreSQL tests need a server: {reason}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set: .ci/run starts one)")
    pytest.skip(message)


def server_url() -> str:
    url = SERVER
    if not url:
        _unavailable(f"{ENV} is not set (e.g. postgresql://USER:PASSWORD@127.0.0.1:5432/DB)")
    import psycopg
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as exc:
        _unavailable(f"{ENV} cannot be reached ({str(exc).strip().splitlines()[-1]})")
    return url


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from newsgraph.store.postgres import close_pools

    admin = server_url()
    name = f"newsgraph_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    info = conninfo_to_dict(admin)
    url = "postgresql://{user}{password}@{host}:{port}/{db}".format(
        user=info.get("user", ""), password=f":{info['password']}" if info.get("password") else "",
        host=info.get("host", "127.0.0.1"), port=info.get("port", 5432), db=name)
    assert make_conninfo(url)
    try:
        yield url
    finally:
        close_pools()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture()
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url
