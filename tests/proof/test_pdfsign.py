"""PAdES report signatures: checked by poppler's pdfsig (NSS) and by pyHanko, on PDFs from ReportLab."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from casedesk.proof import _aio
from casedesk.proof.errors import PdfFailure, PdfSignatureError
from casedesk.proof.keys import KeyStore, SigningKey
from casedesk.proof.pdfsign import (
    BINDING_OID,
    pdf_signing_key,
    sign_pdf,
    sign_pdf_bytes,
    signing_certificate,
    verify_pdf,
)

from .conftest import make_pdf

NAME = "Amina Haddad"


def pdfsig(path: Path) -> dict[str, str]:
    """pdfsig's report on the first signature, as {field: value}."""
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.fail("pdfsig is missing: install poppler-utils (see the README's system packages)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    fields_: dict[str, str] = {}
    for line in done.stdout.splitlines():
        line = line.strip()
        if line.startswith("- "):
            key, _, value = line[2:].partition(":")
            fields_[key.strip()] = value.strip() if value else key.strip()
    assert "Signature Validation" in fields_, done.stdout + done.stderr
    return fields_


def refused(reason: PdfFailure) -> Any:
    return pytest.raises(PdfSignatureError, match=f"\\({reason}\\)")


@pytest.fixture
def signed(signing_key: SigningKey, tmp_path: Path) -> tuple[bytes, bytes, Path]:
    unsigned = make_pdf()
    data = sign_pdf_bytes(unsigned, signing_key, name=NAME, reason="CaseDesk case report")
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return unsigned, data, path


def test_signed_as_an_incremental_update_over_the_unsigned_bytes(signed: tuple[bytes, bytes, Path]) -> None:
    unsigned, data, _ = signed
    assert data.startswith(unsigned) and len(data) > len(unsigned)
    assert make_pdf() == unsigned  # the prefix is reproducible: a receiver regenerates and compares


def test_pdfsig_says_valid_and_unmodified(signed: tuple[bytes, bytes, Path], signing_key: SigningKey) -> None:
    report = pdfsig(signed[2])
    assert report["Signature Validation"] == "Signature is Valid."
    assert "Total document signed" in report and "Not total document signed" not in report
    assert report["Signature Type"] == "ETSI.CAdES.detached"  # PAdES
    assert report["Signing Hash Algorithm"] == "SHA-256"
    assert report["Signer Certificate Common Name"] == NAME
    assert f"serialNumber={signing_key.public.fingerprint}" in report["Signer full Distinguished Name"]


def test_pyhanko_validates_it(signed: tuple[bytes, bytes, Path], signing_key: SigningKey) -> None:
    unsigned, data, _ = signed
    result = verify_pdf(data, unsigned=unsigned)
    assert result.key == signing_key.public and result.signer_name == NAME
    assert result.signed_revision == 1 and result.signing_time is not None
    # and pyHanko's own summary, independent of our checks
    embedded = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    context = ValidationContext(trust_roots=[embedded.signer_cert], allow_fetching=False)
    status = _aio.run(async_validate_pdf_signature(embedded, context))
    assert status.bottom_line and status.summary() == "INTACT:TRUSTED,UNTOUCHED"
    assert status.pkcs7_signature_mechanism == "sha256_ecdsa"


def test_the_certificate_is_bound_to_the_investigator_key(signing_key: SigningKey) -> None:
    cert = signing_certificate(signing_key, NAME)
    assert cert == signing_certificate(signing_key, NAME)  # same key and name, same bytes
    assert cert.issuer == cert.subject  # self-signed: no PKI vouches for it
    serial = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    assert serial == signing_key.public.fingerprint
    assert not cert.extensions.get_extension_for_oid(BINDING_OID).critical
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)


def test_the_pdf_key_is_derived_from_the_ed25519_key(key_folder: Path, tmp_path: Path) -> None:
    store = KeyStore()
    key = store.create("passphrase")

    def public(k: SigningKey) -> bytes:
        return (
            pdf_signing_key(k)
            .public_key()
            .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        )

    assert public(store.load("passphrase")) == public(key)  # nothing else to store or back up
    assert public(KeyStore(tmp_path / "other").create()) != public(key)


def test_a_flipped_byte_is_detected_by_both(signed: tuple[bytes, bytes, Path], tmp_path: Path) -> None:
    _, data, _ = signed
    at = data.index(b"claim 1 is verified")
    flipped = data[:at] + b"claim 2" + data[at + 7 :]
    path = tmp_path / "flipped.pdf"
    path.write_bytes(flipped)
    assert pdfsig(path)["Signature Validation"] == "Digest Mismatch."
    with refused(PdfFailure.TAMPERED):
        verify_pdf(flipped)


def _add_page_content(data: bytes, content: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=content)))  # type: ignore[no-untyped-call]
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def test_a_later_incremental_update_is_detected_by_both(
    signed: tuple[bytes, bytes, Path], tmp_path: Path
) -> None:
    _, data, _ = signed
    changed = _add_page_content(data, b"BT /F1 24 Tf 72 600 Td (Claim 1 is FALSE) Tj ET")
    assert changed.startswith(data)
    path = tmp_path / "changed.pdf"
    path.write_bytes(changed)
    report = pdfsig(path)
    assert "Not total document signed" in report  # the signed part itself still verifies
    with refused(PdfFailure.MODIFIED):
        verify_pdf(changed)


def test_bytes_appended_after_signing_are_detected(signed: tuple[bytes, bytes, Path], tmp_path: Path) -> None:
    _, data, _ = signed
    with refused(PdfFailure.MODIFIED):
        verify_pdf(data + b"\n% a trailing comment\n")


def test_the_signature_must_sign_exactly_the_given_document(
    signed: tuple[bytes, bytes, Path], signing_key: SigningKey
) -> None:
    unsigned, data, _ = signed
    with refused(PdfFailure.NOT_PREFIX):
        verify_pdf(data, unsigned=make_pdf("Case report: claim 1 is refuted."))
    with refused(PdfFailure.NOT_PREFIX):
        verify_pdf(data, unsigned=unsigned[:-20])
    # a document with an unsigned update in between: its first revision is a prefix, yet not what was signed
    updated = _add_page_content(unsigned, b"BT /F1 12 Tf 72 500 Td (added later) Tj ET")
    signed_update = sign_pdf_bytes(updated, signing_key, name=NAME)
    assert verify_pdf(signed_update, unsigned=updated).signed_revision == 2
    with refused(PdfFailure.NOT_PREFIX):
        verify_pdf(signed_update, unsigned=unsigned)


def test_not_signed_or_not_a_pdf() -> None:
    with refused(PdfFailure.NOT_SIGNED):
        verify_pdf(make_pdf())
    with refused(PdfFailure.MALFORMED):
        verify_pdf(b"%PDF-1.7\nnot really\n")


def test_streams_in_and_out(signing_key: SigningKey, tmp_path: Path) -> None:
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(make_pdf(pages=30))
    with source.open("rb") as src, target.open("wb") as out:
        sign_pdf(src, out, signing_key, name=NAME, location="Field office")
    assert target.read_bytes().startswith(source.read_bytes())
    with target.open("rb") as signed_file, source.open("rb") as unsigned_file:
        assert verify_pdf(signed_file, unsigned=unsigned_file).key == signing_key.public
    assert pdfsig(target)["Signature Validation"] == "Signature is Valid."


def _sign_with(unsigned: bytes, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> bytes:
    """Sign as an impostor would: with pyHanko directly, any certificate and key."""
    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        ),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(field_name="Sig", subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    _aio.run(
        signers.PdfSigner(meta, signer).async_sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(unsigned)), output=out
        )
    )
    return out.getvalue()


def _impostor_cert(
    template: x509.Certificate,
    key: ec.EllipticCurvePrivateKey,
    *,
    keep: set[str],
    subject: x509.Name | None = None,
) -> x509.Certificate:
    """A self-signed certificate on ``key`` copying ``template``'s subject and the extensions named."""
    subject = subject or template.subject
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(template.not_valid_before_utc)
        .not_valid_after(template.not_valid_after_utc)
    )
    for extension in template.extensions:
        if extension.oid.dotted_string in keep:
            builder = builder.add_extension(extension.value, extension.critical)
    return builder.sign(key, hashes.SHA256())


def test_a_certificate_not_bound_to_the_named_key_is_refused(signing_key: SigningKey, tmp_path: Path) -> None:
    genuine = signing_certificate(signing_key, NAME)
    impostor = ec.generate_private_key(ec.SECP256R1())
    unsigned = make_pdf()
    # the victim's fingerprint in the subject, but no binding at all
    bare = _impostor_cert(genuine, impostor, keep=set())
    with pytest.raises(PdfSignatureError, match="names no CaseDesk investigator key"):
        verify_pdf(_sign_with(unsigned, bare, impostor))
    # the victim's binding copied onto the impostor's own key: the Ed25519 signature does not cover it
    copied = _impostor_cert(genuine, impostor, keep={BINDING_OID.dotted_string})
    with pytest.raises(PdfSignatureError, match="did not vouch") as caught:
        verify_pdf(_sign_with(unsigned, copied, impostor))
    assert caught.value.reason is PdfFailure.NOT_BOUND
    # an impostor's own, genuine binding under a subject that shows the victim's fingerprint
    own = KeyStore(tmp_path / "impostor").create()
    own_cert, own_pdf_key = signing_certificate(own, NAME), pdf_signing_key(own)
    subject = x509.Name(
        [
            a if a.oid != NameOID.SERIAL_NUMBER else x509.NameAttribute(a.oid, signing_key.public.fingerprint)
            for a in own_cert.subject
        ]
    )
    relabelled = _impostor_cert(own_cert, own_pdf_key, keep={BINDING_OID.dotted_string}, subject=subject)
    with pytest.raises(PdfSignatureError, match="another key's fingerprint"):
        verify_pdf(_sign_with(unsigned, relabelled, own_pdf_key))
