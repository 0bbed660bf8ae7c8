"""A real PostgreSQL server for the team database's tests: Debian's postgresql-15 binaries, run from a
throw-away folder on a free loopback port.

``postgres_server`` (session) runs ``initdb`` (SCRAM passwords, administrator ``casedesk_admin``) and
``pg_ctl start`` once; ``postgres_url`` (per test) creates a fresh database and sets ``PGPASSWORD``,
the standard libpq variable, so the URL itself never holds a password. As root, the server runs as
the ``postgres`` user (initdb refuses root).

Run as a script (``python tests/team/postgres_server.py``) it starts a server for development,
prints the URL and variables to use and waits for Ctrl-C.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

ADMIN = "casedesk_admin"
START_TIMEOUT_S = 60


def bin_dir() -> Path:
    """The folder of ``initdb`` and ``pg_ctl``; a clear failure when PostgreSQL is not installed."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False).stdout
        candidates.append(out.strip())
    for candidate in reversed(candidates):  # the newest version first
        if candidate and (Path(candidate) / "initdb").is_file() and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    pytest.fail(
        "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: the team database's tests "
        "need a real server. Install Debian's `postgresql` package (apt-get install postgresql).",
        pytrace=False,
    )


def free_port() -> int:
    """A port nothing listens on now, below 60000 (the kernel's ephemeral range starts above)."""
    for _ in range(200):
        port = secrets.randbelow(60000 - 20000) + 20000
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free loopback port below 60000")


@dataclass
class PostgresServer:
    folder: Path
    port: int
    password: str
    host: str = "127.0.0.1"
    _counter: list[int] = field(default_factory=lambda: [0])

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str, user: str = ADMIN) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit connection as the administrator (for CREATE DATABASE, roles, grants)."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=ADMIN,
            password=self.password,
            dbname=database,
            autocommit=True,
            connect_timeout=10,
        )

    def create_database(self, prefix: str = "casedesk") -> str:
        self._counter[0] += 1
        name = f"{prefix}_{os.getpid()}_{self._counter[0]}"
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def env(self) -> dict[str, str]:
        return {"PGPASSWORD": self.password}


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _run(args: list[str], what: str) -> None:
    done = subprocess.run(_as_server_user(args), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


def start_server(folder: Path | None = None) -> PostgresServer:
    """initdb a new cluster in ``folder`` (a new temporary one by default) and start it."""
    binaries = bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-pg-")) if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    password = secrets.token_hex(16)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:  # the server runs as postgres: it must own its folder and read the pwfile
        server_user = pwd.getpwnam("postgres")
        for path in (folder, pwfile):
            os.chown(path, server_user.pw_uid, server_user.pw_gid)
    os.chmod(folder, 0o700)
    os.chmod(pwfile, 0o600)
    data = folder / "data"
    _run(
        [
            str(binaries / "initdb"),
            "-D",
            str(data),
            "--auth=scram-sha-256",
            f"--username={ADMIN}",
            f"--pwfile={pwfile}",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-instructions",
        ],
        "initdb",
    )
    pwfile.unlink()
    port = free_port()
    options = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={data} -c fsync=on"
    _run(
        [
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-t",
            str(START_TIMEOUT_S),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
            "start",
        ],
        "pg_ctl start",
    )
    return PostgresServer(folder, port, password)


def stop_server(server: PostgresServer) -> None:
    with contextlib.suppress(RuntimeError):
        _run([str(bin_dir() / "pg_ctl"), "-D", str(server.data), "-w", "stop", "-m", "fast"], "pg_ctl stop")
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh, empty database for one test, as the administrator; the password in PGPASSWORD."""
    for name, value in postgres_server.env().items():
        monkeypatch.setenv(name, value)
    return postgres_server.url(postgres_server.create_database())


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    started = time.monotonic()
    server = start_server(folder)
    database = server.create_database("dev")
    print(f"PostgreSQL started in {time.monotonic() - started:.1f} s, data in {server.data}", flush=True)
    print(f"export PGPASSWORD={server.password}", flush=True)
    print(f"URL: {server.url(database)}", flush=True)
    print("Ctrl-C stops the server and removes its folder.", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while True:
            time.sleep(3600)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
