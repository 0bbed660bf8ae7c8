"""Exports never leak what their options excluded, nor anything of another case.

Reports: items flagged graphic or personal data, withheld with --omit-graphic / --omit-personal,
leave no description, name, transcript or picture in the PDF — while the manifest still accounts
for their SHA-256, so the report stays a complete inventory. Bundles have no exclusion options:
one carries exactly its case's originals and nothing of the other cases in the workspace.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from casedesk.bundle import export_bundle
from casedesk.core.service import CaseService
from casedesk.report import ReportOptions, export_pdf

from .tally import count

Colour = tuple[int, int, int]

# Each item's words and colour are unique, so their presence anywhere in an export is detectable.
ITEMS = {
    "graphic": ("Body-Under-Rubble.png", "GRAPHICDESCQX", "GRAPHICTRANSCRIPTQX", (230, 20, 20)),
    "personal": ("Informant-Amina-Face.png", "PERSONALDESCQX", "PERSONALTRANSCRIPTQX", (20, 200, 20)),
    "plain": ("Truck-Plate.png", "PLAINDESCQX", "PLAINTRANSCRIPTQX", (20, 20, 230)),
}


@dataclass(frozen=True, slots=True)
class Workspace:
    svc: CaseService
    case_id: str
    other_case: str
    shas: dict[str, str]


@pytest.fixture(scope="module")
def flagged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("leaks")
    svc = CaseService.open(root / "ws", "Test Investigator")
    case_id = svc.create_case("Flagged items").id
    shas = {}
    for key, (name, description, transcript, colour) in ITEMS.items():
        path = root / name
        Image.new("RGB", (96, 96), colour).save(path)
        [result] = svc.add_files(case_id, [path])
        assert result.evidence_id is not None and result.sha256 is not None
        svc.update_evidence(
            result.evidence_id,
            description=description,
            transcript=transcript,
            graphic=key == "graphic",
            personal_data=key == "personal",
        )
        shas[key] = result.sha256
    other = svc.create_case("Another case, same workspace").id
    other_png = root / "Other-Case-Secret.png"
    Image.new("RGB", (40, 40), (250, 250, 0)).save(other_png)
    svc.add_files(other, [other_png])
    yield Workspace(svc, case_id, other, shas)
    svc.close()


def pdf_text_and_colours(path: Path) -> tuple[str, list[Colour]]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    colours = []
    for page in reader.pages:
        for image in page.images:
            pixels = image.image.convert("RGB").resize((1, 1), Image.Resampling.BOX)
            colours.append(pixels.getpixel((0, 0)))
    return text, colours


def near(a: Colour, b: Colour) -> bool:
    return all(abs(x - y) <= 40 for x, y in zip(a, b, strict=True))


CASES = pytest.mark.parametrize(
    ("options", "withheld"),
    [
        (ReportOptions(omit_graphic=True), {"graphic"}),
        (ReportOptions(omit_personal=True), {"personal"}),
        (ReportOptions(omit_graphic=True, omit_personal=True), {"graphic", "personal"}),
        (ReportOptions(omit_graphic=True, custody="summary"), {"graphic"}),
    ],
    ids=["omit-graphic", "omit-personal", "omit-both", "omit-graphic-custody-summary"],
)


def export_text(
    flagged: Workspace, out: Path, options: ReportOptions
) -> tuple[str, list[tuple[int, int, int]]]:
    export_pdf(flagged.svc, flagged.case_id, out, options)
    count("exports checked for leaks")
    text, colours = pdf_text_and_colours(out)
    return re.sub(r"\s+", "", text), colours


@CASES
def test_report_withholds_flagged_items_but_lists_their_hashes(
    flagged: Workspace, tmp_path: Path, options: ReportOptions, withheld: set[str]
) -> None:
    flat, colours = export_text(flagged, tmp_path / "report.pdf", options)
    for key, (_name, description, transcript, colour) in ITEMS.items():
        if key in withheld:
            leaked = [word for word in (description, transcript) if word in flat]
            assert leaked == [], f"{key} item leaked: {leaked}"
            assert not any(near(c, colour) for c in colours), f"{key} item's picture is in the report"
        else:
            assert description in flat and any(near(c, colour) for c in colours)
        assert flagged.shas[key] in flat, f"manifest lost the SHA-256 of the {key} item"
    assert "Other-Case-Secret" not in flat


@CASES
def test_report_withholds_the_names_of_flagged_items(
    flagged: Workspace, tmp_path: Path, options: ReportOptions, withheld: set[str]
) -> None:
    flat, _ = export_text(flagged, tmp_path / "report.pdf", options)
    leaked = [ITEMS[key][0] for key in withheld if Path(ITEMS[key][0]).stem in flat]
    assert leaked == []


def test_bundle_carries_exactly_its_case(flagged: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "case.cdb"
    result = export_bundle(flagged.svc, flagged.case_id, out)
    count("exports checked for leaks")
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        manifest = archive.read("manifest.json").decode()
    originals = {n.removeprefix("originals/") for n in names if n.startswith("originals/")}
    assert originals == set(flagged.shas.values()) and result.evidence_count == 3
    assert names == {"manifest.json", "signature.json"} | {f"originals/{sha}" for sha in originals}
    other = flagged.svc.case_view(flagged.other_case)
    assert other.id not in manifest and "Other-Case-Secret" not in manifest
    assert all(e.sha256 not in manifest for e in other.evidence)
