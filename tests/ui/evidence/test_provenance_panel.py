"""The evidence viewer's Provenance panel, built on its own over a real service and the shared corpus.

Content Credentials of the corpus's c2pa/ images (the test roots trusted, as an investigator adds
them), a signed pair from signed/openpgp/ with its key imported, and a signed web archive from wacz/:
the rows say what the stored reading says, an ingredient that is evidence of the case is a link,
"Read again" reads the original again, and French and Arabic show no label left in English.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QTreeWidgetItem

from casedesk.core.service import CaseService
from casedesk.provenance.record import C2paIngredient
from casedesk.ui.evidence.provenance import LINK, ProvenancePanel
from casedesk.ui.i18n import install_language, remove_language
from casedesk.ui.ops import CaseOps

CORPUS = Path(__file__).parents[3].parent / "shared" / "corpus"
CHAINED = "c2pa/adobe-20220124-CACAICAICICA.jpg"
TAMPERED = "c2pa/adobe-20220124-E-dat-CA.jpg"
NO_MANIFEST = "c2pa/adobe-20220124-A.jpg"
WACZ = "wacz/starling-good-domain-sig.wacz"
PGP = "signed/openpgp"
DEBIAN_FPR = "A1BD8E9D78F7FE5C3E65D8AF8B48AD6246925553"
PANEL, TREE = "ProvenancePanel", "ProvenanceTree"  # the translation contexts
DISAMBIGUATED = {"Created": "a C2PA action"}  # under Actions: the C2PA action, not the archive's date


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


def signed_pair(folder: Path) -> list[Path]:
    """The corpus's Debian subject and signature under the names a sidecar has (x.txt, x.txt.asc)."""
    folder.mkdir(exist_ok=True)
    subject, sidecar = folder / "debian-sid.txt", folder / "debian-sid.txt.asc"
    shutil.copyfile(corpus_file(f"{PGP}/debian-sid.subj"), subject)
    shutil.copyfile(corpus_file(f"{PGP}/debian-sid.sig.asc"), sidecar)
    return [subject, sidecar]


@pytest.fixture
def case(svc: CaseService, tmp_path: Path) -> tuple[CaseService, dict[str, str]]:
    """A case holding the chained and tampered images, the plain one, a signed pair and a WACZ."""
    svc.add_trust_anchors(
        corpus_file("c2pa/trust/c2pa-rs_raw_signature_test_cert_root_bundle.pem").read_bytes()
    )
    svc.import_pgp_keys(corpus_file(f"{PGP}/debian-sid.key.asc").read_bytes())
    case_id = svc.create_case("Provenance").id
    files = [corpus_file(p) for p in (CHAINED, TAMPERED, NO_MANIFEST, WACZ)] + signed_pair(tmp_path / "in")
    results = svc.add_files(case_id, files)
    assert all(r.status == "added" for r in results)
    return svc, {Path(r.path).name: r.evidence_id or "" for r in results}


@pytest.fixture
def make_panel(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    def make(svc: CaseService) -> ProvenancePanel:
        panel = ProvenancePanel(svc, CaseOps(svc))
        qtbot.addWidget(panel)
        panel.resize(760, 900)
        panel.show()
        return panel

    yield make


def show(qtbot, panel: ProvenancePanel, svc: CaseService, evidence_id: str) -> None:  # type: ignore[no-untyped-def]
    panel.show_view(svc.evidence_view(evidence_id))
    qtbot.waitUntil(lambda: panel.shown is not None and panel.shown.evidence_id == evidence_id)


def walk(
    item: QTreeWidgetItem, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], QTreeWidgetItem]]:
    for i in range(item.childCount()):
        child = item.child(i)
        here = (*path, child.text(0))
        yield here, child
        yield from walk(child, here)


def rows(panel: ProvenancePanel) -> dict[tuple[str, ...], str]:
    """Every row of the tree by the path of its labels: its value."""
    return {path: item.text(1) for path, item in walk(panel.tree.invisibleRootItem())}


def links(panel: ProvenancePanel) -> list[tuple[tuple[str, ...], str]]:
    return [
        (path, item.data(0, LINK))
        for path, item in walk(panel.tree.invisibleRootItem())
        if item.data(0, LINK)
    ]


C2PA = "Content Credentials (C2PA)"


def test_content_credentials_rows_say_what_the_record_says(qtbot, make_panel, case) -> None:  # type: ignore[no-untyped-def]
    svc, ids = case
    panel = make_panel(svc)
    show(qtbot, panel, svc, ids["adobe-20220124-CACAICAICICA.jpg"])
    record = svc.provenance_of([ids["adobe-20220124-CACAICAICICA.jpg"]])[
        ids["adobe-20220124-CACAICAICICA.jpg"]
    ].c2pa
    assert record is not None
    shown = rows(panel)
    assert shown[(C2PA, "Content Credentials")] == "Present"
    assert shown[(C2PA, "Validation state")] == record.state == "Trusted"
    assert "trusted anchor" in shown[(C2PA, "What it means")]
    assert shown[(C2PA, "Signer")] == record.signer == "C2PA Test Signing Cert"
    assert shown[(C2PA, "Signing certificate")] == record.signer_name
    assert shown[(C2PA, "Issuer")] == record.issuer
    assert shown[(C2PA, "Signing time")] == "24 Jan 2023 14:48:58 UTC"
    assert shown[(C2PA, "Time-stamping authority")] == "DigiCert Timestamp 2022 - 2, DigiCert"
    assert shown[(C2PA, "Claim generator")] == record.claim_generator
    assert shown[(C2PA, "Title")] == record.title == "CACAICAICICA.jpg"
    assert shown[(C2PA, "Status codes")] == "no failure"
    assert shown[(C2PA, "Status codes", "signingCredential.ocsp.skipped")] == "note: OCSP fetching skipped"
    assert shown[(C2PA, "Actions")] == "4 actions"
    assert shown[(C2PA, "Actions", "Colour adjustments")] == "c2pa.color_adjustments · brightnesscontrast"
    assert [path[-1] for path in shown if path[:2] == (C2PA, "Actions") and len(path) == 3] == [
        "Opened",
        "Colour adjustments",
        "Placed",
        "Resized",
    ]
    assert shown[(C2PA, "Ingredients")] == "2 ingredients"
    parent = (C2PA, "Ingredients", "CAICA.jpg")
    assert shown[parent] == "parent"
    assert shown[(*parent, "Manifest hash")] == record.ingredients[0].hashes["manifest"]
    assert shown[(*parent, "Instance id")] == record.ingredients[0].instance_id
    assert "Trusted" in panel.summary.text() and panel.summary.isVisible()
    assert panel.status.text().startswith("Read on ")


def test_an_ingredient_that_is_evidence_of_the_case_is_a_link(qtbot, make_panel, case) -> None:  # type: ignore[no-untyped-def]
    svc, ids = case
    panel = make_panel(svc)
    show(qtbot, panel, svc, ids["adobe-20220124-CACAICAICICA.jpg"])
    found = links(panel)
    # CICA.jpg holds CA.jpg, carried by the tampered copy, which was made from A.jpg (by its instance id).
    ca = (C2PA, "Ingredients", "CICA.jpg", "CA.jpg", "In this case")
    assert (ca, ids["adobe-20220124-E-dat-CA.jpg"]) in found
    assert ((*ca[:-1], "A.jpg", "In this case"), ids["adobe-20220124-A.jpg"]) in found
    shown = rows(panel)
    assert shown[ca] == "\u2068adobe-20220124-E-dat-CA.jpg\u2069 (it carries the ingredient's manifest)"
    item = next(item for path, item in walk(panel.tree.invisibleRootItem()) if path == ca)
    with qtbot.waitSignal(panel.evidenceRequested) as asked:
        panel.tree.itemClicked.emit(item, 1)
    assert asked.args == [ids["adobe-20220124-E-dat-CA.jpg"]]
    # A row that is no link asks for nothing.
    plain = next(item for path, item in walk(panel.tree.invisibleRootItem()) if path == (C2PA, "Signer"))
    with qtbot.assertNotEmitted(panel.evidenceRequested):
        panel.tree.itemClicked.emit(plain, 1)


def test_a_tampered_file_shows_its_state_and_codes(qtbot, make_panel, case) -> None:  # type: ignore[no-untyped-def]
    svc, ids = case
    panel = make_panel(svc)
    show(qtbot, panel, svc, ids["adobe-20220124-E-dat-CA.jpg"])
    shown = rows(panel)
    assert shown[(C2PA, "Validation state")] == "Invalid"
    assert shown[(C2PA, "Status codes")] == "assertion.dataHash.mismatch"
    assert shown[(C2PA, "Status codes", "assertion.dataHash.mismatch")].startswith(
        "failure: asset hash error"
    )
    assert "does not validate" in panel.summary.text()
    show(qtbot, panel, svc, ids["adobe-20220124-A.jpg"])
    assert rows(panel) == {(C2PA,): "", (C2PA, "Content Credentials"): "None in this file"}
    assert not panel.summary.isVisible()


def test_a_detached_signature_and_a_web_archive(qtbot, make_panel, case) -> None:  # type: ignore[no-untyped-def]
    svc, ids = case
    panel = make_panel(svc)
    show(qtbot, panel, svc, ids["debian-sid.txt"])
    signature = ("Detached signatures (OpenPGP)", "debian-sid.txt.asc")
    shown = rows(panel)
    assert shown[signature[:1]] == "1 signature"
    assert shown[signature] == "Valid"
    assert shown[(*signature, "Why")] == (
        "Good OpenPGP signature; the key was valid when it signed and has expired since."
    )
    assert shown[(*signature, "Fingerprint")] == DEBIAN_FPR
    assert shown[(*signature, "Signer key id")] == "8B48AD6246925553"
    assert shown[(*signature, "User id")].startswith("Debian Archive Automatic Signing Key")
    assert shown[(*signature, "Signed at")] == "29 Apr 2014 20:59:00 UTC"
    assert links(panel) == [((*signature, "Signature file"), ids["debian-sid.txt.asc"])]

    show(qtbot, panel, svc, ids["starling-good-domain-sig.wacz"])
    wacz = "Web archive (WACZ)"
    shown = rows(panel)
    assert shown[(wacz, "Verdict")] == "Verified"
    assert shown[(wacz, "Pages")] == "1"
    assert (
        shown[(wacz, "Pages", "31 May 2022 15:15:22 UTC")]
        == "\u2068https://example.com/\u2069 (\u2068Example Domain\u2069)"
    )
    assert shown[(wacz, "Signature")] == "Valid"
    assert shown[(wacz, "Signed with")] == "Domain certificate"
    assert shown[(wacz, "Signer")] == "org1.authsign.stg.starlinglab.org"
    assert shown[(wacz, "Software")] == "py-wacz 0.4.6"
    assert shown[(wacz, "Package digest")] == "Matches datapackage.json"
    assert (shown[(wacz, "Hashes checked")], shown[(wacz, "Hashes failed")]) == ("5", "0")


def test_read_again_reads_the_original_with_the_keys_imported_since(qtbot, make_panel, svc, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case_id = svc.create_case("Later key").id
    results = {Path(r.path).name: r.evidence_id for r in svc.add_files(case_id, signed_pair(tmp_path / "in"))}
    panel = make_panel(svc)
    show(qtbot, panel, svc, results["debian-sid.txt"])
    signature = ("Detached signatures (OpenPGP)", "debian-sid.txt.asc")
    assert rows(panel)[signature] == "Not valid"
    assert panel.read_button.text() == "Read again" and panel.read_button.isEnabled()
    svc.import_pgp_keys(corpus_file(f"{PGP}/debian-sid.key.asc").read_bytes())
    before = panel.reader.reads
    panel.read_button.click()
    assert panel.reading is not None and not panel.read_button.isEnabled()  # one reading at a time
    qtbot.waitUntil(lambda: panel.reading is None and panel.reader.reads > before and not panel.reader.busy)
    assert rows(panel)[signature] == "Valid"
    assert rows(panel)[(*signature, "Fingerprint")] == DEBIAN_FPR
    assert panel.read_button.isEnabled()
    read = [e for e in svc.custody_log(case_id) if e.action == "provenance_read"]
    assert [(e.object_id, e.details["signatures"][0]["valid"]) for e in read] == [
        (results["debian-sid.txt"], True)
    ]
    assert svc.verify(case_id).ok


def _labels(panel: ProvenancePanel) -> list[tuple[tuple[str, ...], str, str]]:
    """(path of English labels, label, value) of every row, in tree order."""
    return [(path, item.text(0), item.text(1)) for path, item in walk(panel.tree.invisibleRootItem())]


def _data_names(svc: CaseService, evidence_id: str) -> set[str]:
    """Row labels that are the file's own words: ingredient titles, c2pa codes, signature file names."""
    view = svc.provenance_of([evidence_id])[evidence_id]

    def titles(ingredients: tuple[C2paIngredient, ...]) -> Iterator[str]:
        for ingredient in ingredients:
            yield ingredient.title or ""
            yield from titles(ingredient.ingredients)

    names = {s.signature_file for s in view.signatures}
    if view.c2pa is not None:
        names |= (
            set(titles(view.c2pa.ingredients)) | set(view.c2pa.codes) | {r.code for r in view.c2pa.results}
        )
    return names


@pytest.fixture
def language(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    installed: list[QTranslator] = []

    def use(code: str) -> QTranslator:
        installed.extend(install_language(qapp, code))
        return next(t for t in installed if t.filePath().endswith(f"casedesk_{code}.qm"))

    yield use
    remove_language(qapp, installed)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_french_and_arabic_leave_no_label_in_english(qtbot, make_panel, case, language, code: str) -> None:  # type: ignore[no-untyped-def]
    svc, ids = case
    items = ["adobe-20220124-CACAICAICICA.jpg", "adobe-20220124-E-dat-CA.jpg", "debian-sid.txt"]
    items.append("starling-good-domain-sig.wacz")
    english_panel = make_panel(svc)
    english = {}
    for name in items:
        show(qtbot, english_panel, svc, ids[name])
        english[name] = _labels(english_panel)
    catalogue = language(code)
    panel = make_panel(svc)
    assert panel.isRightToLeft() == (code == "ar")
    left: list[str] = []

    def check(english_text: str, shown: str, comment: str = "", context: str = TREE) -> None:
        translation = catalogue.translate(context, english_text, comment or None)
        if not translation:
            left.append(f"{english_text!r} is not in the catalogue (shows {shown!r})")
        elif shown != translation:
            left.append(f"{english_text!r} shows {shown!r}, not the catalogue's {translation!r}")

    check("Read again", panel.read_button.text(), context=PANEL)
    check("Field", panel.tree.headerItem().text(0))
    check("Value", panel.tree.headerItem().text(1))
    for name in items:
        show(qtbot, panel, svc, ids[name])
        data = _data_names(svc, ids[name])
        shown = _labels(panel)
        assert len(shown) == len(english[name])
        for (path, label, value), (_, translated, translated_value) in zip(english[name], shown, strict=True):
            if label in data or path[-2:-1] == ("Pages",):  # the file's words, a page's capture time
                continue
            check(label, translated, DISAMBIGUATED.get(label, "") if "Actions" in path[:-1] else "")
            if path[-1] == "Validation state":
                assert translated_value == value  # c2pa's own word, as it names it, in every language
            elif catalogue.translate(TREE, value) or value in ("Present", "Valid", "Verified", "parent"):
                check(value, translated_value)
        assert not panel.status.text().startswith("Read on ")  # "Read on {0}." of the panel, translated
    assert not left, f"not translated in {code}: {left}"
