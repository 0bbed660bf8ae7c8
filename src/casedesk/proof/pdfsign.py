"""PAdES signatures on PDF reports, bound to the investigator's Ed25519 key.

A report is signed as an incremental update (pyHanko), so the unsigned, reproducible report is
byte for byte a prefix of the signed file: whoever regenerates the report can compare. The
signature is PAdES baseline B-B (``ETSI.CAdES.detached``, with the ESS signing-certificate-v2
attribute) and a certification signature that permits no later change.

Algorithm: ECDSA P-256 with SHA-256, not Ed25519. pyHanko signs and validates Ed25519, but
poppler's ``pdfsig`` 22.12 (its NSS back end) reports an Ed25519 CMS signature as "Document isn't
signed or corrupted data"; ECDSA P-256 and RSA both pass in both validators, and P-256 keeps the
signature small. The P-256 key is derived from the Ed25519 key (HKDF-SHA256 of its 32-byte seed,
with a label), so there is no second secret to store, back up or protect with a passphrase.

Binding, which anyone can check from the PDF alone: the certificate is self-signed by the P-256
key; its subject's serialNumber is the Ed25519 fingerprint, and a non-critical extension
(``BINDING_OID``) carries the Ed25519 public key and its signature over the P-256 public key.
Only the holder of the Ed25519 key can make that signature. No PKI vouches for the certificate: a
reader compares the fingerprint with the investigator's out of band (or a trusted key).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from asn1crypto import core, keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle, TextStampStyle
from pyhanko.stamp.base import BaseStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from casedesk.i18n import msg
from casedesk.proof import _aio
from casedesk.proof.errors import BadSignature, PdfSignatureError
from casedesk.proof.errors import PdfFailure as Why
from casedesk.proof.keys import PublicKey, SigningKey

# 2.25 is the UUID arc (X.667): an OID of our own without registering one
BINDING_OID = x509.ObjectIdentifier("2.25.332338089111913491223303366591442818792")
FIELD_NAME = "CaseDesk"
_BINDING_LABEL = b"CaseDesk PDF signing key binding v1\x00"
_DERIVE_INFO = b"CaseDesk PDF signing key v1: ECDSA P-256"
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_ORGANISATION = "CaseDesk investigator key"
_NOT_AFTER = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)  # RFC 5280 §4.1.2.5: no expiry


class _Binding(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    """The extension's value: the Ed25519 key and its signature over the certificate's public key."""

    _fields = [  # noqa: RUF012 - asn1crypto's schema is a class attribute by design
        ("version", core.Integer),
        ("identity_key", core.OctetString),
        ("signature", core.OctetString),
    ]


@dataclass(frozen=True, slots=True)
class SignatureAppearance:
    """Where the signature is shown: a page (0 is the first) and a box in PDF points.

    ``stamp`` is what the box shows: a one-page PDF the size of the box, drawn by the caller in the
    document's language just before signing. Without it the box gets a plain English text in ``font``.
    """

    page: int
    box: tuple[int, int, int, int]  # left, bottom, right, top
    font: Path  # an OpenType font, embedded (subset) for the box's text
    stamp: bytes | None = None


class _StampPage(content.ImportedPdfPage):
    """pyHanko's imported page, read from bytes in memory rather than from a file."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__(file_name=None)  # type: ignore[no-untyped-call]
        self.pdf = pdf

    def render(self) -> bytes:
        xobj = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
        name = "/Stamp" + hashlib.sha256(self.pdf).hexdigest()[:16]
        self.resources.xobject[name] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"


@dataclass(frozen=True, slots=True)
class PdfSignature:
    """A verified signature: the document, as signed, is unchanged, and ``key`` signed it."""

    signer_name: str
    key: PublicKey  # the Ed25519 identity; compare its fingerprint out of band or with trusted keys
    signing_time: datetime | None  # what the signer's clock said (not a trusted time)
    signed_revision: int
    certificate: x509.Certificate = field(repr=False)


def pdf_signing_key(key: SigningKey) -> ec.EllipticCurvePrivateKey:
    okm = HKDF(hashes.SHA256(), length=48, salt=None, info=_DERIVE_INFO).derive(key.seed())
    # 384 bits reduced modulo a 256-bit order: the bias is below 2^-128
    scalar = int.from_bytes(okm, "big") % (_P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def signing_certificate(key: SigningKey, name: str) -> x509.Certificate:
    """The self-signed certificate for ``key``: the same key and name always give the same bytes."""
    pdf_key = pdf_signing_key(key)
    spki = pdf_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    binding = _Binding(
        {"version": 1, "identity_key": key.public.raw, "signature": key.sign(_BINDING_LABEL + spki)}
    )
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, (name.strip() or "CaseDesk investigator")[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _ORGANISATION),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, key.public.fingerprint),
        ]
    )
    serial = int.from_bytes(hashlib.sha256(b"serial" + spki).digest()[:16], "big") >> 1 or 1
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(pdf_key.public_key())
        .serial_number(serial)
        .not_valid_before(key.created)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(pdf_key.public_key()), critical=False)
        .add_extension(x509.UnrecognizedExtension(BINDING_OID, binding.dump()), critical=False)
    )
    return builder.sign(pdf_key, hashes.SHA256(), ecdsa_deterministic=True)


def sign_pdf(
    source: BinaryIO,
    output: BinaryIO,
    key: SigningKey,
    *,
    name: str,
    reason: str | None = None,
    location: str | None = None,
    appearance: SignatureAppearance | None = None,
) -> None:
    """Write ``source`` followed by an incremental update that signs it to ``output``; with
    ``appearance``, the signature is also shown in that box (added by the update too, so the
    document itself is the same signed or not)."""
    cert = signing_certificate(key, name)
    pdf_key = pdf_signing_key(key)
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=keys.PrivateKeyInfo.load(
            pdf_key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=name,
        reason=reason,
        location=location,
        certify=True,  # a report is final: any later change is a violation for every PDF reader
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
    )
    stamp_style: BaseStampStyle | None = None
    field_spec, params = None, None
    if appearance is not None and appearance.stamp is not None:
        stamp_style = StaticStampStyle(
            background=_StampPage(appearance.stamp),
            border_width=0,  # the document draws the box's frame itself
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]
            ),
        )
        field_spec = fields.SigFieldSpec(FIELD_NAME, on_page=appearance.page, box=appearance.box)
    elif appearance is not None:
        # Latin-only text in a standard font: the name is in the certificate, shown by every reader.
        stamp_style = TextStampStyle(
            stamp_text="Digitally signed with the CaseDesk investigator key\n%(fp1)s\n%(fp2)s\n"
            "Signed at %(ts)s (the signer's clock)",
            border_width=1,
            text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(appearance.font)), font_size=7),
        )
        field_spec = fields.SigFieldSpec(FIELD_NAME, on_page=appearance.page, box=appearance.box)
        grouped = key.public.grouped_fingerprint
        params = {"fp1": "Key " + grouped[:39], "fp2": grouped[40:]}
    try:
        writer = IncrementalPdfFileWriter(source)
        pdf_signer = signers.PdfSigner(meta, signer, stamp_style=stamp_style, new_field_spec=field_spec)
        _aio.run(pdf_signer.async_sign_pdf(writer, output=output, appearance_text_params=params))
    except (PdfError, SigningError, ValueError) as exc:
        raise PdfSignatureError(
            Why.MALFORMED, msg("the PDF cannot be signed ({reason})", reason=exc)
        ) from exc


def sign_pdf_bytes(
    unsigned: bytes,
    key: SigningKey,
    *,
    name: str,
    reason: str | None = None,
    appearance: SignatureAppearance | None = None,
) -> bytes:
    out = io.BytesIO()
    sign_pdf(io.BytesIO(unsigned), out, key, name=name, reason=reason, appearance=appearance)
    return out.getvalue()


def verify_pdf(signed: bytes | BinaryIO, *, unsigned: bytes | BinaryIO | None = None) -> PdfSignature:
    """Check the one signature of ``signed``; with ``unsigned``, that it signs exactly that document.

    Files may be given open (seekable, binary): a report of thousands of pages is read, not loaded.
    """
    signed = io.BytesIO(signed) if isinstance(signed, bytes) else signed
    try:
        reader = PdfFileReader(signed)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise PdfSignatureError(Why.MALFORMED, msg("not a readable PDF ({reason})", reason=exc)) from exc
    if not signatures:
        raise PdfSignatureError(Why.NOT_SIGNED, msg("the PDF carries no signature"))
    if len(signatures) > 1:
        raise PdfSignatureError(
            Why.MODIFIED, msg("{count} signatures; a CaseDesk report has one", count=len(signatures))
        )
    embedded = signatures[0]
    if embedded.sig_object.get("/SubFilter") != "/ETSI.CAdES.detached":
        raise PdfSignatureError(Why.NOT_BOUND, msg("not a PAdES signature (ETSI.CAdES.detached)"))
    try:
        signer_cert = embedded.signer_cert
        context = ValidationContext(
            trust_roots=[signer_cert], allow_fetching=False, revocation_mode="soft-fail"
        )
        status = _aio.run(async_validate_pdf_signature(embedded, context))
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        raise PdfSignatureError(
            Why.TAMPERED, msg("the signature cannot be validated ({reason})", reason=exc)
        ) from exc
    if not status.intact:
        raise PdfSignatureError(Why.TAMPERED, msg("the signed bytes changed after signing (digest mismatch)"))
    if not status.valid:
        raise PdfSignatureError(Why.TAMPERED, msg("the signature does not verify"))
    if status.modification_level not in (None, ModificationLevel.NONE) or not status.docmdp_ok:
        level = getattr(status.modification_level, "name", "unknown").lower()
        raise PdfSignatureError(
            Why.MODIFIED, msg("the document was changed after signing (pyHanko: {level})", level=level)
        )
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise PdfSignatureError(Why.MODIFIED, msg("bytes were added after the signature"))
    cert = x509.load_der_x509_certificate(signer_cert.dump())
    identity = _bound_identity(cert)
    if unsigned is not None:
        _check_prefix(
            signed,
            io.BytesIO(unsigned) if isinstance(unsigned, bytes) else unsigned,
            embedded.signed_revision,
        )
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return PdfSignature(
        signer_name=str(names[0].value) if names else "",
        key=identity,
        signing_time=embedded.self_reported_timestamp,
        signed_revision=embedded.signed_revision,
        certificate=cert,
    )


def _bound_identity(cert: x509.Certificate) -> PublicKey:
    try:
        extension = cert.extensions.get_extension_for_oid(BINDING_OID).value
        assert isinstance(extension, x509.UnrecognizedExtension)
        binding = _Binding.load(extension.value, strict=True)
        identity = PublicKey(binding["identity_key"].native)
        signature = binding["signature"].native
    except (x509.ExtensionNotFound, ValueError, TypeError, AssertionError) as exc:
        raise PdfSignatureError(
            Why.NOT_BOUND, msg("the certificate names no CaseDesk investigator key")
        ) from exc
    serials = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if not serials or serials[0].value != identity.fingerprint:
        raise PdfSignatureError(
            Why.NOT_BOUND, msg("the certificate's subject shows another key's fingerprint")
        )
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        identity.verify(_BINDING_LABEL + spki, signature)
    except BadSignature as exc:
        raise PdfSignatureError(
            Why.NOT_BOUND,
            msg(
                "key {fingerprint} did not vouch for the signing key",
                fingerprint=identity.grouped_fingerprint,
            ),
        ) from exc
    return identity


def _check_prefix(signed: BinaryIO, unsigned: BinaryIO, signed_revision: int) -> None:
    signed.seek(0)
    unsigned.seek(0)
    while chunk := unsigned.read(1 << 20):
        if signed.read(len(chunk)) != chunk:
            raise PdfSignatureError(
                Why.NOT_PREFIX, msg("the signed file does not begin with the given document")
            )
    try:
        # pyHanko's xref cache is internal API; pyhanko is bounded in the requirements for it
        revisions = PdfFileReader(unsigned).xrefs.total_revisions
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise PdfSignatureError(
            Why.NOT_PREFIX, msg("the given document is not a readable PDF ({reason})", reason=exc)
        ) from exc
    if revisions != signed_revision:
        # a prefix that stops at an earlier revision is not the document that was signed
        raise PdfSignatureError(
            Why.NOT_PREFIX, msg("the signature is not the update right after the given document")
        )
