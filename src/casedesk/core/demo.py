"""The built-in demo case (see ``resources/demo/case.toml``).

The real footage is not available offline, so the demo generates clearly labelled stand-ins: two
footage stills marked DEMO, a short synthetic clip, a screenshot-like image of the Arabic post
rendered with the bundled font, a photo whose EXIF carries GPS near Bordj Badji Mokhtar, and an
audio note (a generated WAV) with the investigator's transcript.
"""

from __future__ import annotations

import io
import math
import struct
import tempfile
import tomllib
import wave
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont, features

from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime

ORANGE_SAND = (214, 170, 110)


def load_demo_data() -> dict[str, Any]:
    return tomllib.loads((resources.files("casedesk.resources") / "demo" / "case.toml").read_text("utf-8"))


def font_path(name: str) -> Path:
    return Path(str(resources.files("casedesk.resources") / "fonts" / name))


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(name)), size)


def _visual_arabic(line: str) -> str:
    """Arabic in display order with joined letter forms, for renderers without shaping."""
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line)))


def _desert_scene(width: int, height: int, seed: int, label: str) -> Image.Image:
    img = Image.new("RGB", (width, height), ORANGE_SAND)
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, width, height * 0.38], fill=(196, 214, 230))  # sky
    for i in range(7):  # dunes
        x = (i * 211 + seed * 97) % width
        draw.ellipse([x - 260, height * 0.33, x + 260, height * 0.55], fill=(224, 184, 126))
    for n, x0 in enumerate((0.18, 0.55)):  # two burnt trucks
        x = int(width * (x0 + 0.03 * seed))
        y = int(height * 0.58)
        draw.rectangle([x, y, x + 300, y + 110], fill=(52, 44, 40))
        draw.rectangle([x + 300, y + 30, x + 380, y + 110], fill=(70, 60, 52))
        for wx in (x + 40, x + 230, x + 330):
            draw.ellipse([wx - 28, y + 90, wx + 28, y + 146], fill=(20, 20, 20))
        draw.ellipse([x + 60 + 40 * n, y - 140, x + 260, y + 10], fill=(90, 90, 90))  # smoke
        if seed == 2:  # licence plate, partly legible
            draw.rectangle([x + 320, y + 70, x + 372, y + 88], fill=(236, 236, 220))
            draw.text((x + 324, y + 71), "01 ..6", fill=(0, 0, 0), font=_font("NotoSans-Bold.ttf", 13))
    banner = _font("NotoSans-Bold.ttf", 42)
    draw.rectangle([0, height - 70, width, height], fill=(160, 0, 0))
    draw.text((24, height - 62), f"DEMO — synthetic stand-in · {label}", fill="white", font=banner)
    return img


def _jpeg(img: Image.Image, exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    if exif is None:
        img.save(out, "JPEG", quality=88)
    else:
        img.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def _gps_exif(lat: float, lon: float) -> Image.Exif:
    def dms(value: float) -> tuple[float, float, float]:
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
        return (float(degrees), float(minutes), seconds)

    exif = Image.Exif()
    exif[0x010F] = "DEMO camera"  # Make
    exif[0x0110] = "Stand-in"  # Model
    exif[0x0131] = "CaseDesk demo generator"  # Software
    exif[0x0132] = "2025:03:14 10:42:00"  # DateTime
    exif[0x8825] = {
        1: "N" if lat >= 0 else "S",
        2: dms(lat),
        3: "E" if lon >= 0 else "W",
        4: dms(lon),
    }
    exif.get_ifd(0x8769).update({0x9003: "2025:03:14 10:42:00", 0x9011: "+01:00"})
    return exif


def _wrap(text: str, measure: Callable[[str], float], max_width: float) -> list[str]:
    """Greedy word wrap in logical order (the renderer orders each line afterwards)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and measure(trial) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _post_screenshot(text: str, gist: str) -> Image.Image:
    width = 1080
    arabic = _font("NotoNaskhArabic-Regular.ttf", 34)
    latin = _font("NotoSans-Regular.ttf", 22)
    bold = _font("NotoSans-Bold.ttf", 26)
    img = Image.new("RGB", (width, 820), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, width, 90], fill=(245, 248, 250))
    draw.ellipse([24, 18, 78, 72], fill=(40, 60, 90))
    draw.text((96, 16), "Defense Atlas · @DefenseAtlas009", fill=(15, 20, 25), font=bold)
    draw.text((96, 52), "16 Mar 2025 · 15:05 PDT", fill=(83, 100, 113), font=latin)
    # With libraqm Pillow shapes and orders Arabic itself; without it, hand it display-order text.
    raqm = features.check("raqm")
    options: dict[str, Any] = {"direction": "rtl", "language": "ar"} if raqm else {}
    right = width - 40
    y = 120
    for paragraph in text.splitlines():
        line_right = right
        if paragraph.startswith("- "):  # the post's dashes: Naskh has no hyphen-minus glyph
            draw.text((right - 12, y + 8), "–", fill=(15, 20, 25), font=latin)
            paragraph, line_right = paragraph[2:], right - 30
        for line in _wrap(paragraph, lambda t: draw.textlength(t, font=arabic, **options), line_right - 40):
            shown = line if raqm else _visual_arabic(line)
            w = draw.textlength(shown, font=arabic, **options)
            draw.text((line_right - w, y), shown, fill=(15, 20, 25), font=arabic, **options)
            y += 58
    y += 20
    for line in _wrap(gist, lambda t: draw.textlength(t, font=latin), width - 80):
        draw.text((40, y), line, fill=(83, 100, 113), font=latin)
        y += 32
    draw.rectangle([0, 760, width, 820], fill=(160, 0, 0))
    draw.text((24, 772), "DEMO — re-typed stand-in of the post, not a capture", fill="white", font=bold)
    return img


def _audio_note_wav(seconds: float = 3.0, rate: int = 16000) -> bytes:
    """A spoken-note stand-in: a few syllable-like tone bursts (there is no recording offline)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        frames = bytearray()
        for n in range(int(seconds * rate)):
            t = n / rate
            envelope = max(0.0, math.sin(math.pi * (t * 3.3 % 1.0))) ** 2
            value = (
                0.35 * envelope * (math.sin(2 * math.pi * 180 * t) + 0.4 * math.sin(2 * math.pi * 360 * t))
            )
            frames += struct.pack("<h", int(max(-1.0, min(1.0, value)) * 32767))
        wav.writeframes(bytes(frames))
    return out.getvalue()


def _footage_mp4(path: Path, seconds: int = 4, fps: int = 10) -> None:
    import av

    width, height = 640, 360
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for i in range(seconds * fps):
            scene = _desert_scene(1280, 720, 1 + (i // fps) % 2, f"clip frame {i}").resize((width, height))
            frame = av.VideoFrame.from_image(scene)  # type: ignore[no-untyped-call]
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def write_demo_files(folder: Path, data: dict[str, Any]) -> dict[str, Path]:
    files = {
        "still-1": folder / "footage_still_1.jpg",
        "still-2": folder / "footage_still_2.jpg",
        "photo-gps": folder / "standin_photo_bbm.jpg",
        "post": folder / "defenseatlas_post.png",
        "audio-note": folder / "audio_note.wav",
        "footage": folder / "footage_clip.mp4",
    }
    files["still-1"].write_bytes(_jpeg(_desert_scene(1280, 720, 1, "footage still 1")))
    files["still-2"].write_bytes(_jpeg(_desert_scene(1280, 720, 2, "footage still 2 (plates)")))
    files["photo-gps"].write_bytes(
        _jpeg(_desert_scene(1280, 720, 3, "photo with GPS"), _gps_exif(21.33, 0.95))
    )
    _post_screenshot(data["post"]["text"], data["post"]["gist"]).save(files["post"], "PNG")
    files["audio-note"].write_bytes(_audio_note_wav())
    _footage_mp4(files["footage"])
    return files


def create_demo_case(svc: CaseService) -> str:
    """Build the demo case in the service's workspace and return its id."""
    data = load_demo_data()
    case_id = svc.create_case(
        data["title"],
        data["summary"],
        incident_time=PartialTime.parse(data["incident"]),
        first_seen=PartialTime.parse(data["first_seen"]),
        tags=data["tags"],
    ).id
    svc.update_case(case_id, status=data["status"])
    sources = {
        s["key"]: svc.add_source(
            case_id,
            s["name"],
            handle=s.get("handle", ""),
            platform=s.get("platform", ""),
            reliability=s["reliability"],
            notes=s.get("notes", ""),
        ).id
        for s in data["source"]
    }
    places = {
        p["key"]: svc.add_place(case_id, p["name"], p["lat"], p["lon"], p.get("precision", "")).id
        for p in data["place"]
    }
    for event in data["event"]:
        svc.add_event(
            case_id,
            PartialTime.parse(event["when"]),
            event["title"],
            event.get("description", ""),
            places.get(event.get("place", "")),
        )

    evidence: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="casedesk-demo-") as tmp:
        files = write_demo_files(Path(tmp), data)
        results = svc.add_files(case_id, list(files.values()))
        for key, result in zip(files, results, strict=True):
            if result.evidence_id:
                evidence[key] = result.evidence_id
    descriptions = {
        "still-1": "DEMO stand-in for footage still 1: two burnt-out trucks in open desert.",
        "still-2": "DEMO stand-in for footage still 2: plates partly legible.",
        "photo-gps": "DEMO stand-in photo with EXIF GPS near Bordj Badji Mokhtar (for the metadata path).",
        "post": "Re-typed stand-in of the @DefenseAtlas009 post (Arabic). Text: " + data["post"]["text"],
        "audio-note": "Investigator's audio note (generated stand-in).",
        "footage": "DEMO stand-in for the circulated footage (synthetic clip).",
    }
    for key, ev_id in evidence.items():
        changes: dict[str, Any] = {"description": descriptions[key]}
        if key == "audio-note":
            changes["transcript"] = data["audio_note"]["transcript"]
        if key in ("post", "footage", "still-1", "still-2"):
            changes["source_id"] = sources["atlas"]
        if key in ("still-1", "still-2", "footage"):
            changes["graphic"] = key == "still-1"
        svc.update_evidence(ev_id, **changes)
    if "footage" in evidence:
        svc.extract_stills(evidence["footage"], at=[1.5])

    for claim in data["claim"]:
        claim_id = svc.add_claim(
            case_id,
            claim["text"],
            status=claim.get("status", "unverified"),
            credibility=claim.get("credibility", 6),
            notes=claim.get("notes", ""),
        ).id
        for key in claim.get("sources", []):
            svc.link_claim_source(claim_id, sources[key])
        for key in claim.get("evidence", []):
            if key in evidence:
                svc.link_claim_evidence(claim_id, evidence[key])

    states = data["checklist"]
    for item in svc.checklist(case_id):
        if item.key in states:
            state, note = states[item.key]
            svc.set_check(item.id, state, note)
    metadata_findings = {
        "photo-gps": "EXIF GPS 21.33 N, 0.95 E (stand-in values).",
        "still-1": "No EXIF: stripped by the platform.",
        "still-2": "No EXIF: stripped by the platform.",
        "post": "Screenshot: no capture metadata expected.",
    }
    for key, finding in metadata_findings.items():
        for item in svc.checklist(case_id, evidence[key]) if key in evidence else []:
            if item.key == "ev_metadata":
                svc.set_check(item.id, "passed", finding)
    svc.add_note(case_id, "Post text quoted as evidence; the English gist is ours: " + data["post"]["gist"])
    return case_id
