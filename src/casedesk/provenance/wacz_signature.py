"""The signature a WACZ may carry in ``datapackage-digest.json`` (WACZ signing spec 0.1.0), checked offline.

Two kinds exist. *Anonymous* (ArchiveWeb.page): an ECDSA signature over the digest string
(``"sha256:…"``) with a public key carried beside it: it proves the archive is unchanged since that
key signed, not who holds the key. *Domain-signed* (authsign, Browsertrix): the same signature with
a certificate chain for a domain, and an RFC 3161 time stamp over the signature. A domain signature
is valid when the ECDSA signature verifies with the certificate's key, the certificate names the
domain, its chain leads to a pinned root and was valid at the time-stamp's time (the certificates
are short-lived and long expired, so "now" proves nothing), the time stamp verifies (the project's
RFC 3161 check, :mod:`casedesk.proof.timestamps`) and its time falls within ten minutes of the
stated ``created``, and the certificate was issued at most seven days before it (authsign's rules
against a key used after the fact). Revocation is not checked: nothing is fetched.

The pinned roots are authsign's ``trusted/roots.yaml`` (webrecorder/authsign, commit 32e6a9f2b6e7):
the Let's Encrypt roots for domains and the FreeTSA root for time stamps. An investigator's trusted
TSAs (``casedesk timestamp trust``) count as time-stamp roots too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from casedesk.i18n import Message, msg

TRUST_SOURCE = "webrecorder/authsign trusted/roots.yaml @ 32e6a9f2b6e7"
DOMAIN_ROOTS = frozenset(
    {
        "96bcec06264976f37460779acf28c5a7cfe8a3c0aae11a8ffcee05c0bddf08c6",  # ISRG Root X1
        "69729b8e15a86efc177a57afb7171dfc64add28c2fca8cf1507e34453ccb1470",  # ISRG Root X2
        "6d99fb265eb1c5b3744765fcbc648f3cd8e1bffafdc4c2f99b9d47cf7ff1c24f",  # ISRG X1 by DST X3
        "ee5f7abd6981bb0255632cd8f49283451b4b18844d12040b44ee00f07b8fe2c6",  # ISRG X1 cross-signed
    }
)
TIMESTAMP_ROOTS = frozenset({"a6379e7cecc05faa3cbf076013d745e327bbbaa38c0b9af22469d4701d18aabc"})  # FreeTSA
CERT_DURATION = timedelta(days=7)
STAMP_DURATION = timedelta(minutes=10)
MAX_FIELD_CHARS = 1 << 20


class SignatureState(StrEnum):
    VALID = "valid"  # the signature verifies (and, domain-signed, the chain and time stamp are trusted)
    UNTRUSTED = "untrusted"  # the signature verifies, but its domain certificate or time stamp is not trusted
    INVALID = "invalid"  # the signature does not verify, or does not sign this archive's digest


@dataclass(frozen=True, slots=True)
class WaczSignature:
    state: SignatureState
    kind: str  # "anonymous" or "domain"
    signer: str  # the domain, or "anonymous key sha256:<SPKI digest>"
    created: str | None = None
    software: str | None = None
    domain: str | None = None
    public_key_sha256: str | None = None  # SHA-256 of the signing key's DER SubjectPublicKeyInfo
    certificate: str | None = None  # the domain certificate's subject
    issuer: str | None = None
    not_after: str | None = None
    timestamp: str | None = None  # the RFC 3161 genTime
    tsa: str | None = None
    problem: str | None = None  # why it is not VALID, in English


def check_signature(
    signed: dict[str, Any], digest: str, tsa_trusted: Sequence[x509.Certificate]
) -> WaczSignature:
    """Check ``signedData`` against the digest of this archive's datapackage.json (``"sha256:…"``)."""
    kind = "domain" if signed.get("domainCert") else "anonymous"
    base: dict[str, Any] = {
        "created": _text(signed.get("created")),
        "software": _text(signed.get("software")),
        "domain": _text(signed.get("domain")),
    }
    signature = _text(signed.get("signature")) or ""
    try:
        if _text(signed.get("hash")) != digest:
            return _bad(kind, base, msg("the signature signs another digest than this archive's"))
        if kind == "anonymous":
            return _anonymous(signed, signature, digest, base)
        return _domain(signed, signature, digest, base, tsa_trusted)
    except (ValueError, TypeError, binascii.Error) as exc:  # malformed base64, PEM, DER, key
        return _bad(kind, base, msg("the signature data are malformed ({reason})", reason=exc))


def _anonymous(signed: dict[str, Any], signature: str, digest: str, base: dict[str, Any]) -> WaczSignature:
    spki = base64.b64decode(_text(signed.get("publicKey")) or "", validate=True)
    key = serialization.load_der_public_key(spki)
    fingerprint = hashlib.sha256(spki).hexdigest()
    signer = f"anonymous key sha256:{fingerprint}"
    extra = {**base, "public_key_sha256": fingerprint}
    if not isinstance(key, ec.EllipticCurvePublicKey) or not _ecdsa_ok(key, signature, digest):
        return _bad("anonymous", extra, msg("the ECDSA signature does not verify"), signer)
    return WaczSignature(SignatureState.VALID, "anonymous", signer, **extra)


def _domain(
    signed: dict[str, Any],
    signature: str,
    digest: str,
    base: dict[str, Any],
    tsa_trusted: Sequence[x509.Certificate],
) -> WaczSignature:
    chain = x509.load_pem_x509_certificates((_text(signed.get("domainCert")) or "").encode("ascii"))
    leaf = chain[0]
    key = leaf.public_key()
    spki = key.public_bytes(Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    domain = base["domain"] or ""
    extra = {
        **base,
        "public_key_sha256": hashlib.sha256(spki).hexdigest(),
        "certificate": leaf.subject.rfc4514_string(),
        "issuer": leaf.issuer.rfc4514_string(),
        "not_after": leaf.not_valid_after_utc.isoformat(),
    }
    if not isinstance(key, ec.EllipticCurvePublicKey) or not _ecdsa_ok(key, signature, digest):
        return _bad("domain", extra, msg("the ECDSA signature does not verify"), domain)
    stamped, problem = _timestamp(signed, signature, tsa_trusted)
    if stamped is not None:
        extra["timestamp"], extra["tsa"] = stamped.gen_time.isoformat(), stamped.tsa_name
    names = [a.value for a in leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
    created = _when(base["created"])
    if problem is None and domain not in names:
        problem = msg(
            "the certificate is for {names}, not {domain}", names=", ".join(map(str, names)), domain=domain
        )
    if problem is None and created is None:
        problem = msg("the signature states no valid creation time")
    if problem is None and stamped is not None and created is not None:
        problem = _time_problem(created, stamped.gen_time, leaf)
    if problem is None and stamped is not None:
        problem = _chain_problem(chain, stamped.gen_time)
    if problem is not None:
        return WaczSignature(SignatureState.UNTRUSTED, "domain", domain, problem=str(problem), **extra)
    return WaczSignature(SignatureState.VALID, "domain", domain, **extra)


def _timestamp(
    signed: dict[str, Any], signature: str, tsa_trusted: Sequence[x509.Certificate]
) -> tuple[Any, Message | None]:
    from casedesk.proof.errors import TimestampError
    from casedesk.proof.timestamps import verify_response_for_data

    response = _text(signed.get("timeSignature"))
    if not response:
        return None, msg("it carries no time stamp")
    pem = (_text(signed.get("timestampCert")) or "").encode("ascii")
    helpers = x509.load_pem_x509_certificates(pem) if pem else []
    anchors = [c for c in helpers if _fingerprint(c) in TIMESTAMP_ROOTS] + list(tsa_trusted)
    try:
        token = verify_response_for_data(
            base64.b64decode(response, validate=True),
            signature.encode("ascii"),
            anchors,
            certificates=helpers,
        )
    except TimestampError as exc:
        return None, exc.message
    return token, None


def _chain_problem(chain: list[x509.Certificate], moment: datetime) -> Message | None:
    """Why the domain certificate does not chain to a pinned root at ``moment``, or None."""
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

    from casedesk.proof import _aio

    roots = [_asn1(c) for c in chain if _fingerprint(c) in DOMAIN_ROOTS]
    if not roots:
        return msg("its certificate chain does not lead to a pinned root")
    others = [_asn1(c) for c in chain[1:]]
    context = ValidationContext(
        trust_roots=roots,
        other_certs=others,
        moment=moment,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    validator = CertificateValidator(_asn1(chain[0]), intermediate_certs=others, validation_context=context)
    try:
        _aio.run(validator.async_validate_usage({"digital_signature"}))  # type: ignore[no-untyped-call]
    except (PathBuildingError, PathValidationError, ValidationError) as exc:
        return msg("its certificate path is not valid at the time stamp ({reason})", reason=exc)
    return None


def _time_problem(created: datetime, stamped: datetime, leaf: x509.Certificate) -> Message | None:
    """authsign's rules: stamped within ten minutes after ``created``, the certificate issued within
    the seven days before it (a certificate is not used long after it was obtained)."""
    if not created <= stamped <= created + STAMP_DURATION:
        return msg("the time stamp is not within ten minutes of the stated creation time")
    if not leaf.not_valid_before_utc <= created <= leaf.not_valid_before_utc + CERT_DURATION:
        return msg("the certificate was not issued within seven days before the signature")
    return None


def _ecdsa_ok(key: ec.EllipticCurvePublicKey, signature: str, digest: str) -> bool:
    """ECDSA with SHA-256 over the digest string; DER (authsign) or raw r‖s (WebCrypto) encoding."""
    raw = base64.b64decode(signature, validate=True)
    candidates = [raw]
    size = (key.curve.key_size + 7) // 8
    if len(raw) == 2 * size:
        candidates.append(utils.encode_dss_signature(int.from_bytes(raw[:size]), int.from_bytes(raw[size:])))
    for candidate in candidates:
        try:
            key.verify(candidate, digest.encode("ascii"), ec.ECDSA(hashes.SHA256()))
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


def _bad(kind: str, base: dict[str, Any], problem: Message, signer: str | None = None) -> WaczSignature:
    who = signer or base.get("domain") or kind
    return WaczSignature(SignatureState.INVALID, kind, who, problem=str(problem), **base)


def _text(value: Any) -> str | None:
    return value[:MAX_FIELD_CHARS] if isinstance(value, str) else None


def _when(value: str | None) -> datetime | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when is not None and when.tzinfo is None else when


def _fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
