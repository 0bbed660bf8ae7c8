"""Content Credentials of the real corpus files, each state as c2pa reports it.

What to expect comes from the corpus itself: MANIFEST.tsv's verdicts ("Observed c2pa-python
0.38.1: …") and the c2patool reports its source repository publishes beside three images.
"""

from __future__ import annotations

import json
import re

import pytest

from casedesk.provenance import C2paRecord, C2paStatus, findings
from casedesk.provenance.reader import C2paReader

from .conftest import (
    ADOBE,
    CHAINED,
    MEDIA,
    NO_MANIFEST,
    REMOTE_ONLY,
    TAMPERED_DATA,
    TAMPERED_URI,
    TEST_ANCHORS,
    VALID,
    WAV,
    corpus_file,
    manifest_rows,
    report,
    sha256,
)

OBSERVED = re.compile(r"Observed c2pa-python [\d.]+: (?:validation_state )?(\w+)")
UNTRUSTED = "signingCredential.untrusted"


def observed(relative: str) -> str:
    """The verdict MANIFEST.tsv records for a file: ManifestNotFound, Valid, Invalid or Remote."""
    found = OBSERVED.search(manifest_rows()[relative][-1])
    assert found, relative
    return found.group(1)


def test_every_c2pa_corpus_file_is_present_and_unchanged() -> None:
    for relative in (*MEDIA, TEST_ANCHORS):
        assert sha256(corpus_file(relative)) == manifest_rows()[relative][3], relative


@pytest.mark.parametrize("relative", MEDIA)
def test_each_state_is_the_one_the_corpus_records(plain_reader: C2paReader, relative: str) -> None:
    record = plain_reader.read(corpus_file(relative))
    verdict = observed(relative)
    if verdict == "ManifestNotFound":
        assert record.status is C2paStatus.NONE and not record.present
    elif verdict == "Remote":
        assert record.status is C2paStatus.REMOTE and record.state is None
    else:
        assert record.status is C2paStatus.READ
        assert record.state == verdict
    assert json.loads(json.dumps(record.to_dict())) == record.to_dict()
    assert C2paRecord.from_dict(record.to_dict()) == record


def test_a_valid_manifest_reads_as_its_published_report(plain_reader: C2paReader) -> None:
    record = plain_reader.read(corpus_file(VALID))
    published = report(VALID)
    manifest = published["manifests"][published["active_manifest"]]
    assert (record.state, record.codes) == ("Valid", (UNTRUSTED,))  # the test root is not on the C2PA list
    assert record.manifest == published["active_manifest"] and record.manifests == 1
    assert record.title == manifest["title"] == "CAI.jpg"
    assert record.claim_generator == manifest["claim_generator"]
    assert record.signer == manifest["signature_info"]["issuer"] == "C2PA Test Signing Cert"
    assert record.signed_at == manifest["signature_info"]["time"]
    assert record.timestamp is not None and record.timestamp.time == manifest["signature_info"]["time"]
    assert record.issuer and "C2PA Test Intermediate Root CA" in record.issuer
    actions = next(a for a in manifest["assertions"] if a["label"] == "c2pa.actions")["data"]["actions"]
    assert [a.action for a in record.actions] == [a["action"] for a in actions]
    assert record.actions[1].name == "brightnesscontrast"
    assert [(i.title, i.relationship, i.instance_id) for i in record.ingredients] == [
        (i["title"], i["relationship"], i["instance_id"]) for i in manifest["ingredients"]
    ]
    a_jpg = record.ingredients[0]
    # the hash the claim states for the ingredient assertion is the one its action cites
    assert a_jpg.hashes["claim"] == actions[0]["parameters"]["ingredient"]["hash"]
    assert a_jpg.manifest is None and a_jpg.ingredients == ()  # A.jpg had no Content Credentials
    assert findings(record) == []  # untrusted is a state to show, not a finding


def test_the_chained_file_keeps_its_ingredient_tree(plain_reader: C2paReader) -> None:
    record = plain_reader.read(corpus_file(CHAINED))
    assert (record.state, record.manifests, record.title) == ("Valid", 4, "CACAICAICICA.jpg")
    caica, cica = record.ingredients
    assert (caica.title, caica.relationship, cica.title, cica.relationship) == (
        "CAICA.jpg",
        "parentOf",
        "CICA.jpg",
        "componentOf",
    )
    assert caica.manifest and cica.manifest and {"claim", "manifest", "thumbnail"} <= set(caica.hashes)
    assert [i.title for i in caica.ingredients] == ["A.jpg", "CA.jpg"]  # from CAICA's own manifest
    assert [i.title for i in cica.ingredients] == ["CA.jpg"]
    ca = cica.ingredients[0]
    assert [i.title for i in ca.ingredients] == ["A.jpg"]  # three levels down
    assert ca.manifest == report(TAMPERED_DATA)["active_manifest"]  # the manifest the E- files carry


@pytest.mark.parametrize(
    ("relative", "code"),
    [(TAMPERED_DATA, "assertion.dataHash.mismatch"), (TAMPERED_URI, "assertion.hashedURI.mismatch")],
)
def test_a_tampered_file_is_a_finding(plain_reader: C2paReader, relative: str, code: str) -> None:
    record = plain_reader.read(corpus_file(relative))
    published = {s["code"] for s in report(relative)["validation_status"]}
    assert record.state == "Invalid"
    assert published == {code} and code in record.codes
    assert record.title == "CA.jpg"  # what it claims to be is still read and shown
    failure = next(r for r in record.results if r.code == code)
    assert failure.kind == "failure" and failure.explanation
    (warning,) = findings(record)
    assert "do not validate" in warning and code in warning and UNTRUSTED not in warning


def test_the_remote_only_png_is_named_not_fetched(plain_reader: C2paReader) -> None:
    record = plain_reader.read(corpus_file(REMOTE_ONLY))
    assert record.status is C2paStatus.REMOTE
    assert record.remote_url == "http://localhost:5000/libpng-test.c2pa"
    assert record.present and record.codes == () and record.signer is None
    assert findings(record) == [
        "Content Credentials (C2PA) are said to be at http://localhost:5000/libpng-test.c2pa; "
        "not fetched (CaseDesk works offline)."
    ]


def test_a_wav_carries_credentials_too(plain_reader: C2paReader) -> None:
    record = plain_reader.read(corpus_file(WAV))
    assert (record.state, record.codes) == ("Valid", (UNTRUSTED,))
    assert record.title == "sample1_signed.wav"
    assert record.claim_generator == "c2pa-c test/0.2"  # from claim_generator_info (a v2 claim)
    assert [a.action for a in record.actions] == ["c2pa.created"]
    assert record.actions[0].digital_source_type == "http://c2pa.org/digitalsourcetype/empty"
    assert record.signed_at is None and record.timestamp is None  # signed without a time stamp


def test_a_real_adobe_credential(plain_reader: C2paReader) -> None:
    record = plain_reader.read(corpus_file(ADOBE))
    assert (record.state, record.codes) == ("Valid", (UNTRUSTED,))  # its 2022 chain is not on the list
    assert (record.signer, record.signer_name) == ("Adobe Inc.", "cai-prod")
    assert record.issuer == "Adobe Product Services G3, Adobe Systems Incorporated"
    assert record.manifest == "adobe:urn:uuid:df1d2745-5beb-4d6c-bd99-3527e29c7df0"  # c2pa-rs's own test
    assert record.title == "moonrise.jpg" and record.manifests == 3
    assert record.claim_generator and record.claim_generator.startswith("Adobe Photoshop 23.3.1")
    assert record.signed_at == "2022-05-06T18:20:43+00:00"
    assert record.timestamp is not None and record.timestamp.authority
    assert "DigiCert" in record.timestamp.authority
    assert [(i.title, i.relationship) for i in record.ingredients] == [
        ("sunset.jpg", "parentOf"),
        ("AdobeStock_95590044.png", "componentOf"),
    ]
    assert {a.name for a in record.actions} >= {"open", "place_image"}
    assert [i.title for i in record.ingredients[0].ingredients] == [
        "landscape.jpg",
        "5a680667-6da9-d84c-a5a4-bc27a6bb7e2e.jpg",
    ]


def test_the_test_anchors_make_the_test_signer_trusted(test_reader: C2paReader) -> None:
    for relative in (VALID, CHAINED, WAV):
        record = test_reader.read(corpus_file(relative))
        assert (record.state, record.codes) == ("Trusted", ()), relative
        assert any(r.code == "signingCredential.ocsp.skipped" for r in record.results)  # OCSP is off
    adobe = test_reader.read(corpus_file(ADOBE))
    assert (adobe.state, adobe.codes) == ("Valid", (UNTRUSTED,))  # a real chain, not a test certificate
    for relative, code in (
        (TAMPERED_DATA, "assertion.dataHash.mismatch"),
        (TAMPERED_URI, "assertion.hashedURI.mismatch"),
    ):
        record = test_reader.read(corpus_file(relative))
        assert (record.state, record.codes) == ("Invalid", (code,)), relative
    assert test_reader.read(corpus_file(NO_MANIFEST)).status is C2paStatus.NONE


def test_a_reading_names_its_library_and_its_anchors(
    plain_reader: C2paReader, test_reader: C2paReader
) -> None:
    plain, trusting = plain_reader.read(corpus_file(VALID)), test_reader.read(corpus_file(VALID))
    assert plain.reader.startswith("c2pa-python 0.38.") and "c2pa-rs" in plain.reader
    assert plain.trust == plain_reader.anchors.digest != trusting.trust == test_reader.anchors.digest
