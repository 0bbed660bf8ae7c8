"""Text in images (OCR) with Tesseract, run as a separate process on a decoded copy of the image.

Why the ``tesseract`` command (TSV and text output) rather than a binding: tesserocr must be compiled
against the installed libtesseract, and pytesseract is a thin wrapper around this same command. A
process can be timed out, cancelled and killed, and a crash of Leptonica or Tesseract on a hostile
image cannot take CaseDesk down with it. Tesseract's own text output is in logical order (Arabic
as it is typed, not as it is drawn), which is what search and copying need.

The image is decoded here by Pillow under the limits ingest applies (pixel count checked from the
header first, decompression bombs and damaged files refused), made upright, and handed to Tesseract
as a PNG in a private temporary folder: Tesseract never opens the original (nor a URL, which it
could otherwise fetch). Word boxes are in the pixels of the upright image.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from casedesk.core.errors import Cancelled, CaseDeskError, UsageError
from casedesk.i18n import msg

from .dimensions import header_dimensions
from .images import ensure_heif_opener, upright_rgb
from .limits import DEFAULT_LIMITS, Limits
from .sniff import HEAD_BYTES, IMAGE_FAMILIES, describe, sniff

ENGINE = "tesseract"
DEFAULT_LANGUAGES = "ara+fra+eng"
# Larger pictures are scaled down to this before recognition (boxes are scaled back): a 600 dpi A4
# page is 35 megapixels, and Tesseract's time and memory grow with the pixel count.
OCR_MAX_PIXELS = 40_000_000
TIMEOUT_S = 180.0  # one image; a dense 300 dpi page takes a few seconds on a 2-core laptop
_POLL_S = 0.05
_LANGUAGE = re.compile(r"[A-Za-z][A-Za-z0-9_]{1,31}")
# Direction marks Tesseract puts around runs of another direction: invisible, and in the way of
# search and copying (a viewer lays the text out by itself).
_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


class OcrError(CaseDeskError):
    """Text could not be recognised: the engine or a language is missing, or the image is unreadable."""


class OcrUnavailable(OcrError):
    """Tesseract, or the data for a language, is not installed: nothing can be read until it is."""


class OcrLanguagesError(OcrError, UsageError):
    """The languages asked for are not written as Tesseract codes joined by +."""


class OcrImageError(OcrError):
    """This image cannot be read for text (not an image, too large, damaged, or Tesseract gave up on it)."""


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised word: its box in the upright image's pixels, and Tesseract's confidence (0-100)."""

    text: str
    x: int
    y: int
    w: int
    h: int
    confidence: float
    block: int
    paragraph: int
    line: int
    word: int
    page: int = 0  # the page of a document (0: the first, and the only one of a still)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "confidence": self.confidence,
            "block": self.block,
            "paragraph": self.paragraph,
            "line": self.line,
            "word": self.word,
            "page": self.page,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OcrWord:
        return cls(
            str(data["text"]),
            int(data["x"]),
            int(data["y"]),
            int(data["w"]),
            int(data["h"]),
            float(data["confidence"]),
            int(data["block"]),
            int(data["paragraph"]),
            int(data["line"]),
            int(data["word"]),
            int(data.get("page", 0)),
        )


@dataclass(frozen=True, slots=True)
class Engine:
    """The installed Tesseract: its command, version, data folder and the languages it has data for."""

    executable: str
    version: str
    tessdata: Path
    languages: frozenset[str]

    def model_hashes(self, languages: str) -> dict[str, str]:
        """The SHA-256 of each language's traineddata file: which model read the text, exactly."""
        return {
            code: _file_sha256(self.tessdata / f"{code}.traineddata") for code in split_languages(languages)
        }


@dataclass(frozen=True, slots=True)
class OcrResult:
    """What Tesseract read in one image: the text in logical order and each word with its box."""

    text: str
    words: tuple[OcrWord, ...]
    languages: str
    engine: str
    engine_version: str
    models: dict[str, str] = field(default_factory=dict)  # language -> SHA-256 of its traineddata
    width: int = 0  # of the upright image the boxes refer to
    height: int = 0
    seconds: float = 0.0

    @property
    def mean_confidence(self) -> float | None:
        return sum(w.confidence for w in self.words) / len(self.words) if self.words else None


def debian_package(language: str) -> str:
    """The Debian package that ships a language's data: ``chi_sim`` -> ``tesseract-ocr-chi-sim``."""
    return "tesseract-ocr-" + language.lower().replace("_", "-")


def split_languages(languages: str) -> list[str]:
    """``"ara+fra+eng"`` as language codes, checked (they end up on Tesseract's command line)."""
    codes = [code.strip() for code in languages.split("+") if code.strip()]
    bad = [code for code in codes if not _LANGUAGE.fullmatch(code)]
    if bad or not codes:
        raise OcrLanguagesError(
            msg(
                "{languages} is not a list of Tesseract languages; write codes joined by +, "
                "such as ara+fra+eng.",
                languages=languages,
            )
        )
    return list(dict.fromkeys(codes))


_engine_lock = threading.Lock()
_engines: dict[tuple[str, str | None, int], Engine] = {}


def engine(executable: str = ENGINE) -> Engine:
    """The installed Tesseract (found on PATH), asked once for its version and languages."""
    found = shutil.which(executable)
    if found is None:
        raise OcrUnavailable(
            msg(
                "Tesseract is not installed, so text in images cannot be read. Install the Debian "
                "package tesseract-ocr and one package per language, such as tesseract-ocr-ara, "
                "tesseract-ocr-fra and tesseract-ocr-eng."
            )
        )
    key = (found, os.environ.get("TESSDATA_PREFIX"), os.stat(found).st_mtime_ns)
    with _engine_lock:
        if key not in _engines:
            _engines[key] = _ask(found)
        return _engines[key]


def _ask(executable: str) -> Engine:
    version = _run_quietly([executable, "--version"])
    first = version.splitlines()[0].split() if version.strip() else []
    listed = _run_quietly([executable, "--list-langs"])
    folder = re.search(r'List of available languages in "(.*)"', listed)
    if len(first) < 2 or folder is None:
        raise OcrUnavailable(
            msg(
                "{command} did not answer as Tesseract does; reinstall the Debian package tesseract-ocr.",
                command=executable,
            )
        )
    languages = frozenset(line.strip() for line in listed.splitlines() if _LANGUAGE.fullmatch(line.strip()))
    return Engine(executable, first[1], Path(folder.group(1)), languages)


def _run_quietly(command: list[str]) -> str:
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=30, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(
            msg("Tesseract could not be started ({reason}).", reason=_reason(str(exc)))
        ) from exc
    return done.stdout + done.stderr  # --version and --list-langs print to either, by version


def require_languages(found: Engine, languages: str) -> list[str]:
    """The language codes, once each is known to be installed; else what to install."""
    codes = split_languages(languages)
    missing = [code for code in codes if code not in found.languages]
    if missing:  # installed since Tesseract was last asked? Ask again before refusing.
        found = _ask(found.executable)
        with _engine_lock:
            for key, known in list(_engines.items()):
                if known.executable == found.executable:
                    _engines[key] = found
        missing = [code for code in codes if code not in found.languages]
    if missing:
        raise OcrUnavailable(
            msg(
                "Tesseract has no data for {languages}. Install the Debian package(s) {packages}.",
                languages=", ".join(missing),
                packages=" ".join(debian_package(code) for code in missing),
            )
        )
    return codes


@functools.lru_cache(maxsize=32)
def _hash_of(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fp:
        for chunk in iter(lambda: fp.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _file_sha256(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return ""
    return _hash_of(path, stat.st_size, stat.st_mtime_ns)


# -- images ---------------------------------------------------------------------------------------


def _reason(text: str) -> str:
    return " ".join(text.split())[:300] or "?"


def _too_big(width: int, height: int, limits: Limits) -> OcrImageError:
    return OcrImageError(
        msg(
            "The image claims {width}x{height} pixels, above the {limit:g} megapixel limit; not read.",
            width=width,
            height=height,
            limit=limits.max_pixels / 1e6,
        )
    )


def load_image(path: Path, limits: Limits = DEFAULT_LIMITS) -> Image.Image:
    """The image of a file, decoded and upright, as ingest would decode it; refused as ingest refuses."""
    with path.open("rb") as fp:
        head = fp.read(HEAD_BYTES)
    sniffed = sniff(path, head)
    if sniffed.family not in IMAGE_FAMILIES or sniffed.pil_format is None:
        raise OcrImageError(
            msg(
                "{name} holds {content}, not a still image; only images can be read for text.",
                name=path.name,
                content=describe(sniffed.media_type),
            )
        )
    dims = header_dimensions(path, sniffed.family, head)
    if dims is not None and dims[0] * dims[1] > limits.max_pixels:
        raise _too_big(*dims, limits)
    if sniffed.family == "heif":
        ensure_heif_opener()
    try:
        with Image.open(path, formats=[sniffed.pil_format]) as im:
            if im.width * im.height > limits.max_pixels:
                raise _too_big(im.width, im.height, limits)
            if im.width == 0 or im.height == 0:
                raise OcrImageError(
                    msg("The image has no pixels ({width}x{height}).", width=im.width, height=im.height)
                )
            im.load()
            orientation = im.getexif().get(0x0112)
            dpi = im.info.get("dpi")
            picture = _upright(im, orientation if isinstance(orientation, int) else None)
    except OcrError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise OcrImageError(
            msg(
                "The image is above the image decoder's safety limit ({reason}); not read.",
                reason=_reason(str(exc)),
            )
        ) from exc
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, struct.error... on bad data
        raise OcrImageError(
            msg(
                "The {content} could not be decoded ({reason}); not read.",
                content=describe(sniffed.media_type),
                reason=_reason(str(exc) or type(exc).__name__),
            )
        ) from exc
    if dpi is not None:
        picture.info["dpi"] = dpi
    return picture


def _upright(im: Image.Image, orientation: int | None) -> Image.Image:
    """Bilevel and grey scans stay as they are (smaller, and what Tesseract binarises anyway)."""
    if im.mode in ("1", "L") and orientation in (None, 1):
        return im.copy()
    return upright_rgb(im, orientation)


# -- recognition ----------------------------------------------------------------------------------


def recognise_file(
    path: Path,
    languages: str = DEFAULT_LANGUAGES,
    *,
    limits: Limits = DEFAULT_LIMITS,
    timeout_s: float = TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
) -> OcrResult:
    """The text in an image file (a still, a scanned page, a frame saved from footage)."""
    found = engine()
    require_languages(found, languages)  # before decoding: a missing language is the user's to fix
    return recognise_image(
        load_image(path, limits), languages, timeout_s=timeout_s, cancelled=cancelled, found=found
    )


def recognise_image(
    image: Image.Image,
    languages: str = DEFAULT_LANGUAGES,
    *,
    timeout_s: float = TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
    found: Engine | None = None,
) -> OcrResult:
    """The text in a decoded, upright image (a document page render, a chosen video frame)."""
    found = found or engine()
    codes = require_languages(found, languages)
    joined = "+".join(codes)
    width, height = image.size
    scale = min(1.0, (OCR_MAX_PIXELS / max(1, width * height)) ** 0.5)
    shown = image if scale == 1.0 else image.resize((max(1, int(width * scale)), max(1, int(height * scale))))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="casedesk-ocr-") as folder:
        page = Path(folder) / "page.png"
        dpi = image.info.get("dpi")
        options: dict[str, Any] = {"compress_level": 1}
        if isinstance(dpi, tuple) and len(dpi) == 2 and min(dpi) >= 70:
            options["dpi"] = (dpi[0] * scale, dpi[1] * scale)
        shown.save(page, "PNG", **options)
        out = Path(folder) / "out"
        _tesseract([found.executable, str(page), str(out), "-l", joined, "txt", "tsv"], timeout_s, cancelled)
        text = _clean(out.with_suffix(".txt").read_text("utf-8", "replace"))
        words = _words(out.with_suffix(".tsv").read_text("utf-8", "replace"), 1 / scale)
    return OcrResult(
        text=text,
        words=tuple(words),
        languages=joined,
        engine=ENGINE,
        engine_version=found.version,
        models=found.model_hashes(joined),
        width=width,
        height=height,
        seconds=time.monotonic() - started,
    )


def _tesseract(command: list[str], timeout_s: float, cancelled: Callable[[], bool] | None) -> None:
    # One thread: Tesseract's OpenMP threads cost more CPU than they save on one page, and the
    # service may read several items while the interface stays responsive.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
    except OSError as exc:
        raise OcrUnavailable(
            msg("Tesseract could not be started ({reason}).", reason=_reason(str(exc)))
        ) from exc
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                proc.wait(_POLL_S)
                break
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    raise Cancelled() from None
                if time.monotonic() > deadline:
                    raise OcrImageError(
                        msg(
                            "Tesseract took more than {seconds:.0f} s on this image; stopped.",
                            seconds=timeout_s,
                        )
                    ) from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        errors = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    if proc.returncode != 0:
        raise OcrImageError(msg("Tesseract could not read the image ({reason}).", reason=_reason(errors)))


def _clean(text: str) -> str:
    """The engine's text without direction marks, page breaks and trailing blanks."""
    lines = [line.rstrip() for line in text.translate(_BIDI_MARKS).replace("\f", "\n").splitlines()]
    return "\n".join(lines).strip("\n")


def _words(tsv: str, factor: float) -> list[OcrWord]:
    """Tesseract's word rows (level 5), in its reading order, boxes back in the caller's pixels."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t", 11)
        if len(cells) != 12 or cells[0] != "5":
            continue
        text = cells[11].translate(_BIDI_MARKS).strip()
        confidence = float(cells[10])
        if not text or confidence < 0:
            continue
        left, top, width, height = (round(int(v) * factor) for v in cells[6:10])
        block, paragraph, line, word = (int(v) for v in cells[2:6])
        words.append(
            OcrWord(text, left, top, width, height, round(confidence, 2), block, paragraph, line, word)
        )
    return words


# -- measuring ------------------------------------------------------------------------------------


def normalise_for_cer(text: str) -> str:
    """NFC, direction marks dropped, every run of white space one space, no space at either end."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_BIDI_MARKS).split())


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edits (insertions, deletions, substitutions) per reference character, after normalising both.

    For measuring recognition against ground truth (tests, bench/ocr.py); needs rapidfuzz."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = normalise_for_cer(reference), normalise_for_cer(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)
