"""Store back-ends for the tests: a SQLite file and a real PostgreSQL server (a throwaway one started here, or
the server of WARSCRIBE_TEST_POSTGRES_URL); `db` runs a test on each."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from web_support import free_port

ENV_URL = "WARSCRIBE_TEST_POSTGRES_URL"  # an existing server (a database the tests may create databases on)
# CI sets this: a missing server or driver then fails the PostgreSQL tests instead of skipping them.
ENV_REQUIRE = "WARSCRIBE_REQUIRE_POSTGRES"
SERVER_USER = "postgres"  # initdb refuses to run as root: the server then runs as this user


def _missing(reason: str) -> None:
    if os.environ.get(ENV_REQUIRE):
        pytest.fail(f"PostgreSQL tests required ({ENV_REQUIRE} is set) but {reason}")
    pytest.skip(reason)


def server_bin() -> Path | None:
    """The folder of PostgreSQL's initdb and pg_ctl: on the PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder on a free port, trust authentication, no fsync."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="warscribe-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", SERVER_USER, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "warscribe",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "start")
        return f"postgresql+psycopg://warscribe@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database, on which each test creates its own database."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed (pip install 'warscribe[postgres]')")
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    bin_dir = server_bin()
    if bin_dir is None:
        _missing("no PostgreSQL server here (initdb not found); set WARSCRIBE_TEST_POSTGRES_URL to use one")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            _missing(f"running as root and there is no {SERVER_USER!r} user to run the server as")
    server = ThrowawayServer(bin_dir)
    try:
        url = server.start()
    except (subprocess.SubprocessError, OSError) as exc:
        server.stop()
        _missing(f"the PostgreSQL server did not start: {exc}")
    try:
        yield url
    finally:
        server.stop()


@contextlib.contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server of `admin_url`, dropped afterwards; yields its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"warscribe_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test."""
    with pg_database(pg_admin_url) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> str:
    """The --db of a new, empty store: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "w.db")
    return request.getfixturevalue("pg_url")
