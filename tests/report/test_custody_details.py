"""The custody log's Details column in the report's language: every field a realistic case records
(the demo case, a web archive, a report and a bundle exported, the bundle imported) is named in
French and Arabic; values stay as recorded; English prints the log's own field names."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casedesk.bundle import export_bundle, import_bundle
from casedesk.core.demo import create_demo_case
from casedesk.core.service import CaseService
from casedesk.report.detail_words import detail_names, details_text
from casedesk.report.export import export_pdf
from casedesk.report.i18n import language
from casedesk.report.options import ReportOptions

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def fields(details: dict[str, Any]) -> Iterator[str]:
    """The fields of an entry's details, one level into a mapping ("changes": the changed fields)."""
    for key, value in details.items():
        yield key
        if isinstance(value, dict):
            yield from (k for k in value if k not in ("from", "to"))


@pytest.fixture(scope="module")
def carried(tmp_path_factory: pytest.TempPathFactory) -> tuple[CaseService, str]:
    root = tmp_path_factory.mktemp("details")
    svc = CaseService.open(root / "first", "Amina")
    case_id = create_demo_case(svc)
    svc.add_files(case_id, [CORPUS / "wacz" / "example.wacz"])
    export_pdf(svc, case_id, root / "report.pdf", ReportOptions(), sign=False)
    export_bundle(svc, case_id, root / "case.cdb")
    svc.close()
    other = CaseService.open(root / "second", "Karim")
    import_bundle(other, root / "case.cdb")
    return other, case_id


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_every_field_the_case_records_is_named_in_the_language(
    carried: tuple[CaseService, str], code: str
) -> None:
    svc, case_id = carried
    lang = language(code)
    names = detail_names(lang)
    assert lang.missing == set()  # every name translated in the catalogue
    recorded = {key for entry in svc.custody_log(case_id) for key in fields(entry.details)}
    assert len(recorded) > 60
    assert sorted(recorded - set(names)) == []


def test_values_stay_as_recorded_one_detail_a_line() -> None:
    details = {
        "sha256": "ab" * 32,
        "original_name": "صورة.jpg",
        "changes": {"status": {"from": "open", "to": "verifying"}, "note": {"from": "", "to": "Seen."}},
        "encrypted": True,
        "provenance": {"c2pa": "none"},
        "unknown_field": 3,
    }
    fr, en = language("fr"), language("en")
    assert details_text(fr, details, detail_names(fr)).splitlines() == [
        f"SHA-256 : {'ab' * 32}",
        "nom d’origine : صورة.jpg",
        "statut : de open à verifying",
        "note : de — à Seen.",
        "chiffré : oui",
        "provenance : (Content Credentials (C2PA) : none)",
        "unknown_field : 3",
    ]
    assert details_text(en, details, detail_names(en)).splitlines() == [
        f"sha256: {'ab' * 32}",
        "original_name: صورة.jpg",
        "status: from open to verifying",
        "note: from — to Seen.",
        "encrypted: yes",
        "provenance: (c2pa: none)",
        "unknown_field: 3",
    ]


def test_the_french_report_s_custody_log_names_the_fields_in_french(
    carried: tuple[CaseService, str], tmp_path: Path
) -> None:
    svc, case_id = carried
    out = tmp_path / "fr.pdf"
    export_pdf(svc, case_id, out, ReportOptions(language="fr"), sign=False)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True, text=True).stdout
    custody = text[text.rindex("Journal de traçabilité") :]
    flat = re.sub(r"\s+", " ", custody)
    assert "nom d’origine : footage_still_1.jpg" in flat
    assert "original_name:" not in flat and "media_type:" not in flat
