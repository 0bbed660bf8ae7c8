"""Fixture factories: every test file is generated on the fly (no network, nothing committed)."""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
import pytest
from PIL import Image, ImageDraw

from .factories import (
    frame_colour,
    scene,
    sine_frames,
)


@pytest.fixture
def save_image(tmp_path: Path) -> Callable[..., Path]:
    def _save(name: str, img: Image.Image | None = None, fmt: str | None = None, **params: Any) -> Path:
        img = img if img is not None else scene(1, (320, 240))
        path = tmp_path / name
        img.save(path, format=fmt, **params)
        return path

    return _save


@pytest.fixture
def make_video(tmp_path: Path) -> Callable[..., Path]:
    def _make(
        name: str = "clip.mp4",
        *,
        codec: str = "libx264",
        fmt: str | None = None,
        seconds: float = 2.0,
        fps: int = 10,
        size: tuple[int, int] = (160, 120),
        rotation: int | None = None,
        with_audio: bool = False,
        metadata: dict[str, str] | None = None,
        gop: int | None = None,
        container_options: dict[str, str] | None = None,
    ) -> Path:
        path = tmp_path / name
        with av.open(str(path), "w", format=fmt, options=container_options or {}) as out:
            for k, v in (metadata or {}).items():
                out.metadata[k] = v
            vs = out.add_stream(codec, rate=fps)
            vs.width, vs.height = size
            vs.pix_fmt = "yuv420p"
            if gop is not None:
                vs.codec_context.gop_size = gop
                if codec == "libx264":
                    vs.codec_context.options = {"x264-params": f"keyint={gop}:min-keyint={gop}:scenecut=0"}
            if rotation is not None:
                vs.set_display_rotation(rotation)
            aus = out.add_stream("aac", rate=16000, layout="mono") if with_audio else None
            n = round(seconds * fps)
            for i in range(n):
                img = Image.new("RGB", size, frame_colour(i))
                ImageDraw.Draw(img).rectangle(
                    (0, 0, size[0] // 4, size[1] // 4), fill="white"
                )  # marks top-left
                frame = av.VideoFrame.from_image(img)
                frame.pts = i
                for packet in vs.encode(frame):
                    out.mux(packet)
            for packet in vs.encode():
                out.mux(packet)
            if aus is not None:
                for frame in sine_frames(seconds, 16000):
                    for packet in aus.encode(frame):
                        out.mux(packet)
                for packet in aus.encode():
                    out.mux(packet)
        return path

    return _make


@pytest.fixture
def make_audio(tmp_path: Path) -> Callable[..., Path]:
    def _make(
        name: str,
        codec: str,
        *,
        fmt: str | None = None,
        seconds: float = 1.0,
        rate: int = 48000,
        loud_until: float | None = None,
        options: dict[str, str] | None = None,
        layout: str = "mono",
    ) -> Path:
        path = tmp_path / name
        with av.open(str(path), "w", format=fmt) as out:
            stream = out.add_stream(codec, rate=rate, layout=layout)
            if options:
                stream.codec_context.options = options
            for frame in sine_frames(seconds, rate, loud_until):
                for packet in stream.encode(frame):
                    out.mux(packet)
            for packet in stream.encode():
                out.mux(packet)
        return path

    return _make


@pytest.fixture
def make_wav(tmp_path: Path) -> Callable[..., Path]:
    import wave

    def _make(
        name: str = "note.wav", seconds: float = 1.0, rate: int = 16000, loud_until: float | None = None
    ) -> Path:
        path = tmp_path / name
        total = round(seconds * rate)
        samples = array(
            "h",
            (
                0
                if loud_until is not None and i / rate >= loud_until
                else int(20000 * math.sin(2 * math.pi * 440 * i / rate))
                for i in range(total)
            ),
        )
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(samples.tobytes())
        return path

    return _make


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    from reportlab.pdfgen import canvas

    def _make(
        name: str = "doc.pdf", pages: int = 2, title: str | None = "Witness statement", **kwargs: Any
    ) -> Path:
        path = tmp_path / name
        c = canvas.Canvas(str(path), **kwargs)
        if title:
            c.setTitle(title)
        c.setAuthor("Field team")
        for i in range(pages):
            c.drawString(72, 720, f"Page {i + 1}")
            c.showPage()
        c.save()
        return path

    return _make
