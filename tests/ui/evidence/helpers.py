"""Small real media files and a helper to ingest through the pane, for the Evidence pane tests."""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path
from typing import Any

from PIL import Image


def write_jpeg(
    path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (96, 64), exif_time: str = ""
) -> Path:
    img = Image.new("RGB", size, colour)
    for x in range(0, size[0], 8):  # some structure, so perceptual hashes differ between pictures
        img.paste((255 - colour[0], colour[1] // 2, x % 255), (x, 0, x + 4, size[1] // (1 + x % 3)))
    if exif_time:
        exif = Image.Exif()
        exif.get_ifd(0x8769).update({0x9003: exif_time, 0x9011: "+00:00"})
        img.save(path, "JPEG", quality=90, exif=exif)
    else:
        img.save(path, "JPEG", quality=90)
    return path


def write_png(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (80, 60), colour).save(path, "PNG")
    return path


def write_wav(path: Path, seconds: float = 1.0, rate: int = 8000) -> Path:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(
            b"".join(
                struct.pack("<h", int(12000 * math.sin(2 * math.pi * 440 * n / rate)))
                for n in range(int(seconds * rate))
            )
        )
    path.write_bytes(out.getvalue())
    return path


def write_mp4(path: Path, seconds: int = 2, fps: int = 10) -> Path:
    """A small clip whose frames differ (a bar moves), made like core/demo.py's stand-in footage."""
    import av

    width, height = 160, 96
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for i in range(seconds * fps):
            img = Image.new("RGB", (width, height), (200, 170, 110))
            img.paste((40, 40, 40), (i * 6 % width, 30, i * 6 % width + 20, 70))
            for packet in stream.encode(av.VideoFrame.from_image(img)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def ingest(pane: Any, paths: list[Path]) -> list[Any]:
    """Add files through the pane, as the user would, and wait for the result to be delivered."""
    handle = pane.add_paths(paths)
    assert handle is not None
    assert handle.wait(60_000), "ingest did not finish"
    assert handle.error is None, handle.error
    return handle.result.results


def write_gps_jpeg(path: Path, lat: float, lon: float) -> Path:
    """A photo whose EXIF carries a GPS position (degrees, minutes, seconds, as cameras write it)."""

    def dms(value: float) -> tuple[float, float, float]:
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        return (float(degrees), float(minutes), round(((value - degrees) * 60 - minutes) * 60, 2))

    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif[0x8825] = {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}
    Image.new("RGB", (64, 48), (120, 140, 90)).save(path, "JPEG", exif=exif)
    return path
