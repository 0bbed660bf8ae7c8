"""Fixtures for the fault suite: a cheap corpus made once per session (see harness.py for helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from backends import TEAM

from .harness import TINY_PNGS, tiny_png
from .sites import Sites
from .tally import TALLY


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY:
        figures = ", ".join(f"{name}: {n}" for name, n in sorted(TALLY.items()))
        terminalreporter.write_line(f"fault suite figures — {figures}")


@pytest.fixture(scope="session")
def png_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pngs")
    for n in range(TINY_PNGS):
        tiny_png(folder / f"f{n:03d}.png", seed=n)
    return folder


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6 s, 10 fps footage file: 60 distinct frames to extract stills from."""
    import av

    path = tmp_path_factory.mktemp("clip") / "clip.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 96, 64, "yuv420p"
        stream.codec_context.gop_size = 10
        for i in range(60):
            img = Image.new("RGB", (96, 64), ((i * 4) % 256, 255 - (i * 4) % 256, 90))
            frame = av.VideoFrame.from_image(img)
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


@pytest.fixture
def sites(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Sites:
    """The test's workspaces, on the backend it runs on (the servers' settings in the environment,
    where the command lines it starts will find them)."""
    if backend != TEAM:
        return Sites(backend, tmp_path, None)
    servers = request.getfixturevalue("team_servers")
    for name, value in servers.env.items():
        monkeypatch.setenv(name, value)
    return Sites(backend, tmp_path, servers)
