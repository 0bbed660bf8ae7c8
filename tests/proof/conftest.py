"""Fixtures for the proof tests: an isolated key folder, a test PKI with OpenSSL's TSA, the corpus."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from casedesk.proof.keys import KeyStore, SigningKey

from .pki import Issued, OpenSslTsa, make_cert

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def corpus_file(relative: str) -> Path:
    """A file of the shared corpus; its absence fails the test (CI has shared/ beside the clone)."""
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


@pytest.fixture
def key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "keys"
    monkeypatch.setenv("CASEDESK_KEY_DIR", str(folder))
    return folder


@pytest.fixture
def signing_key(key_folder: Path) -> SigningKey:
    return KeyStore(key_folder).load_or_create()


@dataclass(frozen=True)
class Pki:
    root: Issued
    tsa_cert: Issued
    tsa: OpenSslTsa
    folder: Path


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    root = make_cert("CaseDesk Test Root CA", ca=True)
    tsa_cert = make_cert("CaseDesk Test TSA", root, tsa=True)
    (folder / "root.pem").write_bytes(root.cert_pem())
    return Pki(root, tsa_cert, OpenSslTsa(folder / "tsa", tsa_cert, [root]), folder)


def make_pdf(text: str = "Case report: claim 1 is verified.", pages: int = 2) -> bytes:
    """A small uncompressed PDF, the same bytes every time (ReportLab's invariant mode)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1, pageCompression=0)
    for page in range(pages):
        pdf.drawString(72, 750, f"{text} (page {page + 1})")
        pdf.showPage()
    pdf.save()
    return out.getvalue()
