"""Provenance through the service: at ingest, on demand, in the custody log, in search, as JSON."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from casedesk.core.errors import UsageError
from casedesk.core.models import Evidence
from casedesk.core.service import CaseService
from casedesk.core.service.provenance import logged_provenance, store_provenance
from casedesk.core.vocabulary import ObjectKind
from casedesk.provenance import C2paIngredient, C2paRecord, C2paStatus

from .conftest import (
    ADOBE,
    CHAINED,
    MEDIA,
    NO_MANIFEST,
    REMOTE_ONLY,
    TAMPERED_DATA,
    TAMPERED_URI,
    VALID,
    WAV,
    anchors_pem,
    corpus_file,
    sha256,
)

ISSUE_KEYS = {"state", "codes", "signer", "claim_generator", "title", "actions", "ingredients"}


def _add(svc: CaseService, *relatives: str) -> tuple[str, dict[str, Any]]:
    case_id = svc.create_case("Provenance").id
    results = svc.add_files(case_id, [corpus_file(r) for r in relatives])
    return case_id, {Path(r.path).name: r for r in results}


def _by_name(svc: CaseService, case_id: str) -> dict[str, str]:
    return {e.original_name: e.id for e in svc.case_view(case_id).evidence}


def test_ingest_reads_and_logs_each_item_in_its_own_entry(trusting_svc: CaseService) -> None:
    svc = trusting_svc
    case_id, results = _add(svc, *MEDIA)
    assert all(r.status == "added" for r in results.values())
    log = [e for e in svc.custody_log(case_id) if e.action != "case_create"]
    assert [e.action for e in log] == ["evidence_add"] * len(MEDIA)  # one entry per file, as before
    said = {e.details["original_name"]: e.details["provenance"] for e in log}
    assert (
        said["adobe-20220124-CAI.jpg"]["c2pa"] == "read"
        and said["adobe-20220124-CAI.jpg"]["state"] == "Trusted"
    )
    assert said["adobe-20220124-E-dat-CA.jpg"]["codes"] == ["assertion.dataHash.mismatch"]
    assert said["adobe-20220124-A.jpg"] == {
        "c2pa": "none",
        "trust": said["verify.jpeg"]["trust"],
        "reader": said["verify.jpeg"]["reader"],
    }
    assert said["libpng-test_with_url.png"]["remote_url"] == "http://localhost:5000/libpng-test.c2pa"
    assert said["verify.jpeg"]["signer"] == "Adobe Inc." and said["verify.jpeg"]["title"] == "moonrise.jpg"
    assert svc.verify(case_id).ok


def test_a_tampered_or_remote_file_is_a_warning_and_kept_as_it_is(svc: CaseService) -> None:
    case_id, results = _add(svc, TAMPERED_DATA, TAMPERED_URI, REMOTE_ONLY, VALID)
    assert any(
        "do not validate (Invalid: assertion.dataHash.mismatch)" in w
        for w in results["adobe-20220124-E-dat-CA.jpg"].warnings
    )
    assert any("assertion.hashedURI.mismatch" in w for w in results["adobe-20220124-E-uri-CA.jpg"].warnings)
    assert any("not fetched" in w for w in results["libpng-test_with_url.png"].warnings)
    assert not any("Content Credentials" in w for w in results["adobe-20220124-CAI.jpg"].warnings)
    tampered = results["adobe-20220124-E-dat-CA.jpg"]
    assert tampered.sha256 == sha256(corpus_file(TAMPERED_DATA))
    assert sha256(svc.original_path(tampered.evidence_id)) == tampered.sha256  # the original, unchanged
    assert svc.verify(case_id).ok


def test_case_show_json_gives_each_item_the_provenance_object(cli, workspace_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Shown").out.strip()
    assert (
        cli("add", case_id, corpus_file(VALID), corpus_file(NO_MANIFEST), corpus_file(REMOTE_ONLY)).code == 0
    )
    shown = cli("case", "show", case_id, "--json").json()
    items = {e["original_name"]: e["provenance"] for e in shown["evidence"]}
    for provenance in items.values():
        assert set(provenance) == {"c2pa", "signatures", "wacz", "capture", "captures"}
        assert provenance["signatures"] == [] and provenance["wacz"] is None
        assert provenance["capture"] is None and provenance["captures"] == []
    assert items["adobe-20220124-A.jpg"]["c2pa"] is None
    valid = items["adobe-20220124-CAI.jpg"]["c2pa"]
    assert set(valid) >= ISSUE_KEYS and list(valid)[:7] == [
        "state",
        "codes",
        "signer",
        "claim_generator",
        "title",
        "actions",
        "ingredients",
    ]
    assert (valid["state"], valid["codes"], valid["signer"]) == (
        "Valid",
        ["signingCredential.untrusted"],
        "C2PA Test Signing Cert",
    )
    assert valid["actions"][0]["action"] == "c2pa.opened"
    a_jpg = valid["ingredients"][0]
    assert a_jpg["title"] == "A.jpg" and a_jpg["hashes"]["claim"]
    here = {e["original_name"]: e["id"] for e in shown["evidence"]}
    assert a_jpg["evidence"] == [{"evidence_id": here["adobe-20220124-A.jpg"], "match": "instance_id"}]
    remote = items["libpng-test_with_url.png"]["c2pa"]
    assert (remote["status"], remote["state"], remote["remote_url"]) == (
        "remote",
        None,
        "http://localhost:5000/libpng-test.c2pa",
    )


def test_read_on_demand_is_logged_per_item_and_follows_the_anchors(svc: CaseService) -> None:
    case_id, results = _add(svc, VALID, WAV, NO_MANIFEST)
    ids = [r.evidence_id for r in results.values()]
    before = svc.provenance_of(ids)
    assert before[results["adobe-20220124-CAI.jpg"].evidence_id].c2pa.state == "Valid"  # type: ignore[union-attr]
    assert [a.fingerprint for a in svc.add_trust_anchors(anchors_pem())]
    changes = svc.read_provenance(ids)
    assert len(changes.entries) == 3 and changes.touches(ObjectKind.EVIDENCE) and set(ids) <= changes.ids
    entries = svc.custody_log(case_id)[-3:]
    assert [(e.action, e.object_id) for e in entries] == [("provenance_read", i) for i in ids]
    assert [e.details.get("state") for e in entries] == ["Trusted", "Trusted", None]
    assert (
        entries[2].details["c2pa"] == "none"
        and entries[0].details["sha256"] == results["adobe-20220124-CAI.jpg"].sha256
    )
    after = svc.provenance_of(ids)
    assert after[ids[0]].c2pa.state == "Trusted"  # type: ignore[union-attr]
    assert after[ids[0]].read_at is not None and after[ids[0]].read_at >= before[ids[0]].read_at  # type: ignore[operator]
    with pytest.raises(UsageError):
        svc.read_provenance([])
    assert svc.verify(case_id).ok


def test_the_log_alone_says_what_each_reading_found(trusting_svc: CaseService) -> None:
    """For a report as of an entry: the readings as logged up to it, later ones not seen."""
    svc = trusting_svc
    case_id, results = _add(svc, VALID, TAMPERED_DATA)
    cai = results["adobe-20220124-CAI.jpg"].evidence_id
    first = logged_provenance(svc.custody_log(case_id))
    assert (
        first[cai]["state"] == "Trusted" and first[cai]["sha256"] == results["adobe-20220124-CAI.jpg"].sha256
    )
    assert first[results["adobe-20220124-E-dat-CA.jpg"].evidence_id]["codes"] == [
        "assertion.dataHash.mismatch"
    ]
    covered = svc.custody_log(case_id)
    for anchor in [a for a in svc.trust_anchors().anchors if not a.pinned]:
        svc.remove_trust_anchor(anchor.fingerprint)
    svc.read_provenance([cai])
    assert logged_provenance(svc.custody_log(case_id))[cai]["state"] == "Valid"  # read again, untrusted now
    assert logged_provenance(covered) == first  # the log up to the earlier entry still says Trusted


def test_a_reader_fault_still_adds_the_file_left_unread(
    svc: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise RuntimeError("library missing")

    monkeypatch.setattr(svc, "_c2pa", broken)
    case_id, results = _add(svc, VALID)
    added = results["adobe-20220124-CAI.jpg"]
    assert added.status == "added"
    assert "Content Credentials (C2PA) were not read: library missing" in added.warnings
    assert svc.provenance_unread(case_id) == [added.evidence_id]
    view = svc.provenance_of([added.evidence_id])[added.evidence_id]
    assert view.c2pa is None and view.read_at is None  # not read: no record at all
    monkeypatch.undo()
    svc.read_provenance(svc.provenance_unread(case_id))
    assert svc.provenance_unread(case_id) == []
    assert svc.provenance_of([added.evidence_id])[added.evidence_id].c2pa is not None


def test_signer_and_claim_generator_are_searchable_until_trashed(svc: CaseService) -> None:
    _, results = _add(svc, ADOBE, VALID, TAMPERED_DATA)
    adobe = results["verify.jpeg"].evidence_id
    hits = [(h.object_type, h.object_id, h.field) for h in svc.search("Adobe Inc")]
    assert ("evidence", adobe, "c2pa_signer") in hits
    assert ("evidence", adobe, "c2pa_claim_generator") in {
        (h.object_type, h.object_id, h.field) for h in svc.search("photoshop")
    }
    generated = {h.object_id for h in svc.search("make_test_images") if h.field == "c2pa_claim_generator"}
    assert generated == {
        results["adobe-20220124-CAI.jpg"].evidence_id,
        results["adobe-20220124-E-dat-CA.jpg"].evidence_id,
    }
    svc.read_provenance([adobe])  # read again: found once, not twice
    assert [h.field for h in svc.search("Adobe Inc") if h.object_id == adobe].count("c2pa_signer") == 1
    svc.trash_evidence(adobe, reason="not relevant")
    assert not [h for h in svc.search("Adobe Inc") if h.object_id == adobe]
    svc.restore_evidence(adobe)
    assert [h for h in svc.search("Adobe Inc") if h.object_id == adobe and h.field == "c2pa_signer"]
    svc.update_evidence(adobe, description="moon over the bay")  # editing the item keeps its provenance found
    assert [h for h in svc.search("Adobe Inc") if h.object_id == adobe]


def test_ingredients_link_to_evidence_of_the_same_case(svc: CaseService, tmp_path: Path) -> None:
    _, results = _add(svc, CHAINED, TAMPERED_DATA, NO_MANIFEST)
    ids = {name: r.evidence_id for name, r in results.items()}
    chained = svc.provenance_of([ids["adobe-20220124-CACAICAICICA.jpg"]])[
        ids["adobe-20220124-CACAICAICICA.jpg"]
    ].c2pa
    assert chained is not None
    cica = chained.ingredients[1]
    assert cica.evidence == ()  # CICA.jpg itself is not in the case
    ca = cica.ingredients[0]  # ... but the CA.jpg it contains is, as the tampered copy carrying its manifest
    assert [(link.evidence_id, link.match) for link in ca.evidence] == [
        (ids["adobe-20220124-E-dat-CA.jpg"], "manifest")
    ]
    assert [(link.evidence_id, link.match) for link in ca.ingredients[0].evidence] == [
        (ids["adobe-20220124-A.jpg"], "instance_id")
    ]
    other = svc.create_case("Elsewhere").id
    svc.add_files(other, [corpus_file(CHAINED)])
    elsewhere = svc.case_view(other).evidence[0].id
    alone = svc.provenance_of([elsewhere])[elsewhere].c2pa
    assert alone is not None and not alone.ingredients[1].ingredients[0].evidence  # other cases never link
    svc.trash_evidence(ids["adobe-20220124-E-dat-CA.jpg"])
    chained = svc.provenance_of([ids["adobe-20220124-CACAICAICICA.jpg"]])[
        ids["adobe-20220124-CACAICAICICA.jpg"]
    ].c2pa
    assert (
        chained is not None and chained.ingredients[1].ingredients[0].evidence == ()
    )  # the trash does not link


def test_an_ingredient_with_a_stated_sha256_links_by_its_bytes(svc: CaseService) -> None:
    """No corpus manifest states an ingredient's own hash; a record that does shows the strongest link."""
    _, results = _add(svc, NO_MANIFEST, VALID)
    a_jpg, cai = results["adobe-20220124-A.jpg"], results["adobe-20220124-CAI.jpg"]
    ingredient = C2paIngredient(
        title="A.jpg", sha256=a_jpg.sha256, instance_id="xmp.iid:813ee422-9736-4cdc-9be6-4e35ed8e41cb"
    )
    record = C2paRecord(state="Valid", status=C2paStatus.READ, title="made up", ingredients=(ingredient,))
    with svc._write() as w:
        store_provenance(w, w.get(Evidence, cai.evidence_id, "evidence item"), record)
    shown = svc.provenance_of([cai.evidence_id])[cai.evidence_id].c2pa
    assert shown is not None
    assert [(link.evidence_id, link.match) for link in shown.ingredients[0].evidence] == [
        (a_jpg.evidence_id, "sha256")
    ]


def test_duplicates_are_not_read_again_and_purge_takes_the_record(svc: CaseService, tmp_path: Path) -> None:
    case_id, results = _add(svc, ADOBE)
    copy = tmp_path / "again.jpeg"
    shutil.copyfile(corpus_file(ADOBE), copy)
    (again,) = svc.add_files(case_id, [copy])
    assert again.status == "duplicate"
    evidence_id = results["verify.jpeg"].evidence_id
    svc.trash_evidence(evidence_id)
    svc.purge_evidence(evidence_id, reason="wrong case")
    assert svc.provenance_of([evidence_id])[evidence_id].c2pa is None
    assert not svc.search("Adobe Inc")
    assert svc.verify(case_id).ok
