"""Fixtures for the provenance tests: the shared corpus's c2pa/ folder, read where it lies.

The corpus sits beside the repository (../shared/corpus); a missing or altered file fails the test,
it never skips (see tests/proof/conftest.py). Expected verdicts come from the corpus's MANIFEST.tsv
and the c2patool reports (``*.manifest_store.json``) published beside the images.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from casedesk.core.service import CaseService
from casedesk.provenance import trust
from casedesk.provenance.reader import C2paReader

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
TEST_ANCHORS = "c2pa/trust/c2pa-rs_raw_signature_test_cert_root_bundle.pem"

# The c2pa media of the corpus (its reports and trust bundle aside), by what each tests.
NO_MANIFEST = "c2pa/adobe-20220124-A.jpg"
VALID = "c2pa/adobe-20220124-CAI.jpg"
CHAINED = "c2pa/adobe-20220124-CACAICAICICA.jpg"
TAMPERED_DATA = "c2pa/adobe-20220124-E-dat-CA.jpg"
TAMPERED_URI = "c2pa/adobe-20220124-E-uri-CA.jpg"
REMOTE_ONLY = "c2pa/libpng-test_with_url.png"
WAV = "c2pa/sample1_signed.wav"
ADOBE = "c2pa/verify.jpeg"
MEDIA = (NO_MANIFEST, VALID, CHAINED, TAMPERED_DATA, TAMPERED_URI, REMOTE_ONLY, WAV, ADOBE)


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


@functools.cache
def manifest_rows() -> dict[str, list[str]]:
    """MANIFEST.tsv's rows by path: source_repo, commit, source_path, sha256, size, licence, what_it_is."""
    lines = corpus_file("MANIFEST.tsv").read_text("utf-8").splitlines()[1:]
    return {row[0]: row[1:] for row in (line.split("\t") for line in lines)}


def report(relative: str) -> dict[str, Any]:
    """The c2patool report the source repository publishes beside an image."""
    data: dict[str, Any] = json.loads(
        corpus_file(relative.replace(".jpg", ".manifest_store.json")).read_text()
    )
    return data


def anchors_pem() -> bytes:
    return corpus_file(TEST_ANCHORS).read_bytes()


@pytest.fixture
def plain_reader() -> C2paReader:
    """A reader with the pinned list only: the corpus's test certificates are not trusted."""
    return C2paReader(trust.load())


@pytest.fixture
def test_reader() -> C2paReader:
    """A reader that also trusts the corpus's test roots, as an investigator would add them."""
    return C2paReader(trust.TrustAnchors(trust.pinned_pem(), anchors_pem().decode()))


@pytest.fixture
def trusting_svc(svc: CaseService) -> CaseService:
    """A service whose investigator added the corpus's test roots (to the per-test config folder)."""
    svc.add_trust_anchors(anchors_pem())
    return svc


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
