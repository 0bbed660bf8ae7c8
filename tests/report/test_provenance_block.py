"""The provenance block under an evidence entry: the covered log's reading, in English and Arabic.

A case holding a C2PA image of the shared corpus (its test roots trusted, as an investigator adds
them), a plain image and a signed pair: the report says who signed and in which state c2pa left the
manifest, in both languages; an item whose file says nothing gets no block; and reading the
provenance again later changes neither the bytes of the report as of an earlier entry nor what it says.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casedesk.core.service import CaseService
from casedesk.report import ReportOptions, export_pdf
from casedesk.report.context import snapshot
from casedesk.report.i18n import language
from casedesk.report.provenance_block import provenance_rows, worth_showing

from .conftest import Exported, read_pdf

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
VALID = "c2pa/adobe-20220124-CAI.jpg"
NO_MANIFEST = "c2pa/adobe-20220124-A.jpg"
ANCHORS = "c2pa/trust/c2pa-rs_raw_signature_test_cert_root_bundle.pem"
PGP = "signed/openpgp"
SIGNER = "C2PA Test Signing Cert"
FINGERPRINT = "A1BD8E9D78F7FE5C3E65D8AF8B48AD6246925553"


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


@pytest.fixture
def case(svc: CaseService, tmp_path: Path) -> tuple[CaseService, str]:
    svc.add_trust_anchors(corpus_file(ANCHORS).read_bytes())
    svc.import_pgp_keys(corpus_file(f"{PGP}/debian-sid.key.asc").read_bytes())
    case_id = svc.create_case("Signed pictures").id
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(corpus_file(f"{PGP}/debian-sid.subj"), folder / "debian-sid.txt")
    shutil.copyfile(corpus_file(f"{PGP}/debian-sid.sig.asc"), folder / "debian-sid.txt.asc")
    files = [
        corpus_file(VALID),
        corpus_file(NO_MANIFEST),
        folder / "debian-sid.txt",
        folder / "debian-sid.txt.asc",
    ]
    assert all(r.status == "added" for r in svc.add_files(case_id, files))
    return svc, case_id


def export(svc: CaseService, case_id: str, out: Path, code: str, as_of: int | None = None) -> Exported:
    return read_pdf(export_pdf(svc, case_id, out, ReportOptions(language=code), as_of=as_of, sign=False))


def test_the_report_names_the_signer_and_the_state(case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc, case_id = case
    report = export(svc, case_id, tmp_path / "en.pdf", "en")
    text = report.flat
    assert text.count("Provenance, as read in custody entry") == 2  # the C2PA image and the signed file
    assert "Content Credentials (C2PA) Trusted" in text
    assert "chains to a trusted anchor" in text
    assert f"Signer {SIGNER}" in text
    assert "Claim generator make_test_images/0.16.1 c2pa-rs/0.16.1" in text
    assert "Read with c2pa-python" in text
    assert "OpenPGP signature debian-sid.txt.asc: valid" in text
    assert f"Key fingerprint {FINGERPRINT}" in text
    assert "Signed 2014-04-29 20:59:00 UTC" in text


def test_the_arabic_report_says_it_in_arabic(case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc, case_id = case
    arabic = language("ar")
    before = set(arabic.missing)
    report = export(svc, case_id, tmp_path / "ar.pdf", "ar")
    text = report.flat
    assert "Trusted" in text and SIGNER in text  # c2pa's own word and the certificate's name, as recorded
    assert FINGERPRINT in report.squeezed
    # Each of the block's words is printed from the Arabic catalogue, none left in English.
    assert set(arabic.missing) - before == set()
    assert arabic.tr("Provenance, as read in custody entry {0}").format(2) in text


def test_reading_again_later_leaves_an_earlier_report_as_it_was(case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc, case_id = case
    seq = max(e.seq for e in svc.custody_log(case_id))
    first = export(svc, case_id, tmp_path / "first.pdf", "en", as_of=seq)
    for anchor in svc.trust_anchors().anchors:
        if not anchor.pinned:
            assert svc.remove_trust_anchor(anchor.fingerprint)
    cai = next(e.id for e in svc.case_view(case_id).evidence if e.original_name == "adobe-20220124-CAI.jpg")
    svc.read_provenance([cai])  # a new reading, no longer trusted: it replaces the stored one
    again = export(svc, case_id, tmp_path / "again.pdf", "en", as_of=seq)
    assert again.result.path.read_bytes() == first.result.path.read_bytes()
    now = export(svc, case_id, tmp_path / "now.pdf", "en").flat
    assert "Content Credentials (C2PA) Valid" in now and "signingCredential.untrusted" in now
    assert "Content Credentials (C2PA) Trusted" not in now


def test_rows_of_a_logged_reading(case) -> None:  # type: ignore[no-untyped-def]
    """What the block says of a reading that names its actions, or of an archive refused."""
    svc, case_id = case
    assert not worth_showing({"c2pa": "none", "trust": "x", "reader": "c2pa"})
    assert worth_showing({"c2pa": "none", "wacz": {"status": "error", "error": "a zip bomb"}})
    said = {
        "c2pa": "read",
        "state": "Valid",
        "codes": ["signingCredential.untrusted"],
        "signer": "Adobe Inc.",
        "actions": [{"action": f"c2pa.step{i}"} for i in range(14)],
        "wacz": {"status": "error", "error": "entry name escapes the archive"},
    }
    with svc.reader(case_id) as reader:
        ctx = snapshot(svc, reader, ReportOptions())
        rows = {label: [block.text for block in value] for label, value in provenance_rows(ctx, said)}
    assert rows["Content Credentials (C2PA)"][0] == "Valid"
    assert rows["Content Credentials (C2PA)"][-1] == "Status codes: signingCredential.untrusted"
    assert rows["Signer"] == ["Adobe Inc."]
    assert rows["Actions"] == [", ".join(f"c2pa.step{i}" for i in range(12)) + " and 2 more"]
    assert rows["Web archive (WACZ)"] == ["Refused", "entry name escapes the archive"]
