"""Image forensics on stills, offline: error levels, JPEG tables, double compression, thumbnail, noise.

Each method is a module with its finding, a frozen dataclass that names the method (``method``), the
published work it follows (``reference``) and its numbers, never a verdict: a finding is read by a
person beside the picture. The still is decoded once, in memory, under the limits ingest applies
(:mod:`.source`); the original is only read. This package stores and logs nothing: findings are
computed when asked for (the command line's ``casedesk forensics``, the viewer's overlays), and kept
only when the case service records them (:mod:`casedesk.core.service.forensics`, for the report).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, features

from casedesk import __version__
from casedesk.core.errors import Cancelled
from casedesk.media.limits import DEFAULT_LIMITS, Limits

from .double import DoubleCompressionFinding, double_compression
from .ela import ElaFinding, error_level_analysis
from .history import HistoryFinding, edit_history
from .noise import NoiseFinding, noise_residual
from .quality import QuantisationFinding, fit_tables
from .source import ForensicsError, Still, load_still
from .thumbnail import ThumbnailFinding, compare_thumbnail

ENGINE = "casedesk.forensics"  # the engine named in a stored examination and its custody entry

Finding = (
    ElaFinding
    | NoiseFinding
    | QuantisationFinding
    | DoubleCompressionFinding
    | ThumbnailFinding
    | HistoryFinding
)


@dataclass(frozen=True, slots=True, eq=False)
class ForensicReport:
    """Every finding for one still, and the two views (RGB, upright like the picture shown)."""

    name: str
    media_type: str
    width: int
    height: int
    partial: bool  # a JPEG whose data ends early: only what was present was decoded and examined
    ela: ElaFinding
    noise: NoiseFinding
    quantisation: QuantisationFinding | None  # JPEG only
    double_compression: DoubleCompressionFinding | None  # JPEG only
    thumbnail: ThumbnailFinding | None  # None: the file carries no thumbnail
    history: HistoryFinding | None  # None: no XMP edit history
    ela_image: Image.Image = field(repr=False)
    noise_image: Image.Image = field(repr=False)

    @property
    def findings(self) -> tuple[Finding, ...]:
        found = (
            self.ela,
            self.quantisation,
            self.double_compression,
            self.thumbnail,
            self.noise,
            self.history,
        )
        return tuple(f for f in found if f is not None)


def examine_still(still: Still, cancelled: Callable[[], bool] | None = None) -> ForensicReport:
    """Run every method that applies to this still."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    check()
    ela, ela_image = error_level_analysis(still)
    check()
    noise, noise_image = noise_residual(still)
    check()
    jpeg = still.family == "jpeg" and bool(still.quantization)
    quantisation = fit_tables(still.quantization, still.luma_table) if jpeg else None
    double = double_compression(still) if jpeg else None
    check()
    return ForensicReport(
        name=still.name,
        media_type=still.media_type,
        width=still.image.width,
        height=still.image.height,
        partial=still.partial,
        ela=ela,
        noise=noise,
        quantisation=quantisation,
        double_compression=double,
        thumbnail=compare_thumbnail(still),
        history=edit_history(still.xmp),
        ela_image=ela_image,
        noise_image=noise_image,
    )


def examine(
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    name: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ForensicReport:
    """Decode the still at ``path`` (read only) and run every method that applies."""
    return examine_still(load_still(path, limits, name=name), cancelled)


def engine_version() -> str:
    """The methods are CaseDesk's own: their version is CaseDesk's."""
    return __version__


def engine_libraries() -> dict[str, str]:
    """The decoders the numbers depend on (error levels re-save with libjpeg), as the log records them."""
    found = {"pillow": features.version("pil"), "libjpeg": features.version("jpg")}
    return {name: version for name, version in found.items() if version}


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as JSON-ready data, ``method`` first."""
    from casedesk.core.views import to_jsonable

    data = to_jsonable(finding)
    assert isinstance(data, dict)
    return {"method": data.pop("method"), **data}


__all__ = [
    "ENGINE",
    "DoubleCompressionFinding",
    "ElaFinding",
    "Finding",
    "ForensicReport",
    "ForensicsError",
    "HistoryFinding",
    "NoiseFinding",
    "QuantisationFinding",
    "Still",
    "ThumbnailFinding",
    "engine_libraries",
    "engine_version",
    "examine",
    "examine_still",
    "finding_dict",
    "load_still",
]
