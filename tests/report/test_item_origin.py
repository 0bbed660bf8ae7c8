"""The report's catalogue says where a web archive's media came from: taken from the archive, with
the address captured, when the crawler fetched it and the WARC record, in the report's language;
never "still taken from … at 0 s", which would call the archive footage."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from casedesk.core.service import CaseService
from casedesk.report.export import export_pdf
from casedesk.report.options import ReportOptions

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def flat_text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", "", done.stdout.decode("utf-8"))


@pytest.mark.parametrize(
    ("language", "taken", "fetched"),
    [
        ("en", "Takenfromthewebarchive", "Fetched(WARC-Date)"),
        ("fr", "Extraitdel’archiveweb", "Récupéréle(WARC-Date)"),
    ],
)
def test_a_web_archive_s_media_are_taken_from_the_archive(
    svc: CaseService, tmp_path: Path, language: str, taken: str, fetched: str
) -> None:
    archive = CORPUS / "wacz" / "example.wacz"
    assert archive.is_file(), f"corpus file missing: {archive}"
    case_id = svc.create_case("Web archive").id
    results = svc.add_files(case_id, [archive])
    children = [svc.evidence_view(r.evidence_id or "") for r in results[1:]]
    out = tmp_path / f"{language}.pdf"
    export_pdf(svc, case_id, out, ReportOptions(language=language), sign=False)
    text = flat_text(out)
    assert text.count(taken) == len(children) == 7
    for child in children:
        origin = child.details["wacz"]
        assert fetched + origin["warc_date"] in text  # the name, then the value on its line
        assert origin["warc_record_id"] in text
    assert "Stilltakenfrom" not in text and "Imageextraitede" not in text
