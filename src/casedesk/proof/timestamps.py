"""RFC 3161 trusted timestamps, carried offline: a request written here, answered elsewhere, checked here.

``TimestampRequest.for_data`` builds a TimeStampReq (SHA-256 imprint, a random 64-bit nonce,
certReq set) whose DER the investigator carries to any online machine. ``verify_response`` checks
the TimeStampResp that comes back, with no network: well-formed DER, status granted, the TSA's CMS
signature over the token (message digest, content type and ESS signing-certificate attributes,
then the signature), that it answers this request (imprint and nonce), that the signer certificate
has the critical timeStamping extended key usage RFC 3161 §2.3 requires, and a certificate path
to one of the given trusted certificates, valid at the token's genTime. Each refusal is a
:class:`TimestampError` whose ``reason`` says which check failed.

Libraries: asn1crypto for every ASN.1 structure, pyHanko's CMS integrity check, and
pyhanko-certvalidator for RFC 5280 path validation at a past moment. rfc3161-client was tried
first; it refuses two of the real public responses in the test corpus (GlobalSign's and DigiCert's
certificate SETs are not in DER order), which asn1crypto and OpenSSL accept.

What a trusted certificate means here: any certificate given as trusted is an anchor, whether or
not it is a self-signed root (OpenSSL's ``-partial_chain``), so a TSA's intermediate, or a TSA
certificate compared out of band, can be trusted on its own. Certificates are checked at genTime,
so a TSA certificate that has expired since still vouches for old tokens; revocation is not
checked (there is no network to ask, and no CRL is carried).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.sign.general import CMSStructuralError
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import get_signing_cert_attr, validate_sig_integrity
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

from casedesk.i18n import msg
from casedesk.proof import _aio
from casedesk.proof.errors import TimestampError
from casedesk.proof.errors import TimestampFailure as Why

IMPRINT_HASHES = ("sha256", "sha384", "sha512")  # SHA-1 imprints are refused: collisions are practical
SIGNER_HASHES = ("sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_384", "sha3_512")
MAX_RESPONSE_BYTES = 1 << 20
MAX_CERTIFICATES = 32  # a real token carries 0-4; more is a path-building workload, not a timestamp


class _TimeStampResp(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    """RFC 3161's TimeStampResp. asn1crypto's own makes the token mandatory, so a refusal (which has
    none) would read as damage instead of the TSA's answer."""

    _fields = [  # noqa: RUF012 - asn1crypto's schema is a class attribute by design
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


@dataclass(frozen=True, slots=True)
class TimestampRequest:
    """A TimeStampReq and what an answer to it must repeat."""

    der: bytes
    hash_algorithm: str  # asn1crypto's name: "sha256"
    digest: bytes
    nonce: int | None
    cert_req: bool
    policy: str | None  # dotted OID the TSA is asked to use, if any

    @classmethod
    def for_data(
        cls, data: bytes, *, nonce: int | None = None, policy: str | None = None
    ) -> TimestampRequest:
        return cls.for_digest(hashlib.sha256(data).digest(), nonce=nonce, policy=policy)

    @classmethod
    def for_digest(
        cls,
        digest: bytes,
        *,
        hash_algorithm: str = "sha256",
        nonce: int | None = None,
        policy: str | None = None,
    ) -> TimestampRequest:
        if hash_algorithm not in IMPRINT_HASHES or len(digest) != hashlib.new(hash_algorithm).digest_size:
            raise ValueError(
                str(
                    msg(
                        "not a {hash_algorithm} digest, or an unsupported imprint hash",
                        hash_algorithm=hash_algorithm,
                    )
                )
            )
        nonce = secrets.randbits(64) if nonce is None else nonce
        fields: dict[str, object] = {
            "version": "v1",
            "message_imprint": {"hash_algorithm": {"algorithm": hash_algorithm}, "hashed_message": digest},
            "nonce": nonce,
            "cert_req": True,  # so the answer carries the TSA certificate and can be checked offline
        }
        if policy is not None:
            fields["req_policy"] = policy
        der = tsp.TimeStampReq(fields).dump()
        return cls(der, hash_algorithm, digest, nonce, True, policy)

    @classmethod
    def from_der(cls, der: bytes) -> TimestampRequest:
        """Read back a request (one kept in a bundle, or one written by another tool)."""
        try:
            req = tsp.TimeStampReq.load(der, strict=True)
            imprint = req["message_imprint"]
            algorithm = imprint["hash_algorithm"]["algorithm"].native
            digest = imprint["hashed_message"].native
            nonce = req["nonce"].native
            policy = req["req_policy"].dotted if req["req_policy"].native is not None else None
            cert_req = bool(req["cert_req"].native)
        except (ValueError, TypeError, KeyError) as exc:
            raise TimestampError(
                Why.MALFORMED, msg("not a timestamp request ({reason})", reason=exc)
            ) from exc
        if algorithm not in IMPRINT_HASHES or len(digest) != hashlib.new(algorithm).digest_size:
            raise TimestampError(
                Why.MALFORMED,
                msg("the request's imprint hash {algorithm} is not supported", algorithm=algorithm),
            )
        return cls(bytes(der), algorithm, digest, nonce, cert_req, policy)


@dataclass(frozen=True, slots=True)
class TimestampToken:
    """What a verified response vouches for: these bytes existed no later than ``gen_time``."""

    gen_time: datetime
    tsa_name: str  # the token's own TSA name, else the signer certificate's subject
    signer: str  # the subject of the certificate that signed the token
    anchor: str  # the trusted certificate its path ended at
    serial: int
    policy: str
    nonce: int | None
    hash_algorithm: str
    digest: bytes
    response_der: bytes = field(
        repr=False
    )  # kept whole, so the check can be run again later (verify, bundles)


def verify_response(
    response: bytes,
    request: TimestampRequest,
    trusted: Sequence[x509.Certificate],
    *,
    certificates: Sequence[x509.Certificate] = (),
) -> TimestampToken:
    """Check that ``response`` answers ``request``, signed by a TSA chaining to ``trusted``.

    ``certificates`` are untrusted helpers for path building: the TSA certificate when the response
    carries none (certReq false), missing intermediates.
    """

    def expected(algorithm: str) -> bytes | None:
        return request.digest if algorithm == request.hash_algorithm else None

    return _verify(response, expected, request.nonce, request.policy, trusted, certificates)


def verify_response_for_data(
    response: bytes,
    data: bytes,
    trusted: Sequence[x509.Certificate],
    *,
    certificates: Sequence[x509.Certificate] = (),
) -> TimestampToken:
    """Check a response against the stamped bytes themselves, when its request is not at hand."""

    def expected(algorithm: str) -> bytes | None:
        return hashlib.new(algorithm, data).digest()

    return _verify(response, expected, None, None, trusted, certificates)


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from a PEM bundle or one DER certificate (a ``--tsa-ca`` file)."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise TimestampError(Why.MALFORMED, msg("not a certificate file ({reason})", reason=exc)) from exc


def _verify(
    response: bytes,
    expected_digest: Callable[[str], bytes | None],
    nonce: int | None,
    policy: str | None,
    trusted: Sequence[x509.Certificate],
    certificates: Sequence[x509.Certificate],
) -> TimestampToken:
    signed_data, tst_info = _parse(response)
    signer_info = signed_data["signer_infos"][0]
    embedded = _embedded_certificates(signed_data)
    given = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in [*certificates, *trusted]]
    pool = _unique([*embedded, *given])  # a trusted TSA certificate may be the signer itself
    signer = _find_signer(signer_info, pool)
    _check_integrity(signed_data, signer_info, signer)

    imprint = tst_info["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    digest = imprint["hashed_message"].native
    if algorithm not in IMPRINT_HASHES:
        raise TimestampError(
            Why.NOT_MATCHING, msg("its imprint uses {algorithm}, which is not accepted", algorithm=algorithm)
        )
    if expected_digest(algorithm) != digest:
        raise TimestampError(Why.NOT_MATCHING, msg("it stamps other data (the message imprint differs)"))
    token_nonce = tst_info["nonce"].native
    if nonce is not None and token_nonce != nonce:
        detail = (
            msg("it carries no nonce", "fragment: why a timestamp answers another request")
            if token_nonce is None
            else msg("its nonce is another request's", "fragment: why a timestamp answers another request")
        )
        raise TimestampError(Why.NOT_MATCHING, msg("it answers another request ({detail})", detail=detail))
    if policy is not None and tst_info["policy"].dotted != policy:
        raise TimestampError(
            Why.NOT_MATCHING, msg("it was issued under policy {dotted}", dotted=tst_info["policy"].dotted)
        )

    gen_time = tst_info["gen_time"].native
    _check_timestamping_usage(signer)
    anchor = _check_path(signer, pool, trusted, gen_time)
    return TimestampToken(
        gen_time=gen_time,
        tsa_name=_tsa_name(tst_info) or signer.subject.human_friendly,
        signer=signer.subject.human_friendly,
        anchor=anchor,
        serial=tst_info["serial_number"].native,
        policy=tst_info["policy"].dotted,
        nonce=token_nonce,
        hash_algorithm=algorithm,
        digest=digest,
        response_der=bytes(response),
    )


def _parse(response: bytes) -> tuple[cms.SignedData, tsp.TSTInfo]:
    if len(response) > MAX_RESPONSE_BYTES:
        raise TimestampError(
            Why.MALFORMED, msg("{count} bytes is too large for a timestamp response", count=len(response))
        )
    try:
        resp = _TimeStampResp.load(response, strict=True)
        status = resp["status"]
        code = status["status"].native
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(
            Why.MALFORMED, msg("not a complete timestamp response ({reason})", reason=exc)
        ) from exc
    if code != "granted":
        # grantedWithMods too: the TSA changed what was asked, so it is not the answer requested
        texts = status["status_string"].native or []
        failure = status["fail_info"].native
        said = "; ".join([*texts, *(sorted(failure) if failure else [])])
        answered = (
            msg("the TSA answered {code} ({said})", code=code, said=said)
            if said
            else msg("the TSA answered {code}", code=code)
        )
        raise TimestampError(Why.NOT_GRANTED, answered)
    try:
        token = resp["time_stamp_token"]
        if token.native is None:
            raise ValueError(str(msg("a granted response without its token")))
        if token["content_type"].native != "signed_data":
            raise ValueError(str(msg("the token is not CMS SignedData")))
        signed_data = token["content"]
        eci = signed_data["encap_content_info"]
        if eci["content_type"].native != "tst_info":
            raise ValueError(str(msg("the token does not encapsulate a TSTInfo")))
        tst_info = eci["content"].parsed
        if not isinstance(tst_info, tsp.TSTInfo):
            raise ValueError(str(msg("the token does not encapsulate a TSTInfo")))
        tst_info.native  # noqa: B018 - parse every field now, so damage is reported here as such
        if len(signed_data["signer_infos"]) != 1:
            raise ValueError(
                str(msg("{count} signers; a timestamp has one", count=len(signed_data["signer_infos"])))
            )
        if len(signed_data["certificates"]) > MAX_CERTIFICATES:
            raise ValueError(
                str(
                    msg(
                        "{count} certificates (at most {max_certificates})",
                        count=len(signed_data["certificates"]),
                        max_certificates=MAX_CERTIFICATES,
                    )
                )
            )
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(Why.MALFORMED, msg("the token is damaged ({reason})", reason=exc)) from exc
    return signed_data, tst_info


def _embedded_certificates(signed_data: cms.SignedData) -> list[asn1_x509.Certificate]:
    certs = []
    try:
        for choice in signed_data["certificates"]:
            if choice.name == "certificate":
                cert = choice.chosen
                cert.native  # noqa: B018 - a truncated certificate fails here, not deep in path building
                certs.append(cert)
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(
            Why.MALFORMED, msg("a certificate in the response is damaged ({reason})", reason=exc)
        ) from exc
    return certs


def _unique(certs: list[asn1_x509.Certificate]) -> list[asn1_x509.Certificate]:
    seen: dict[bytes, asn1_x509.Certificate] = {}
    for cert in certs:
        seen.setdefault(cert.sha256, cert)
    return list(seen.values())


def _find_signer(signer_info: cms.SignerInfo, pool: list[asn1_x509.Certificate]) -> asn1_x509.Certificate:
    sid = signer_info["sid"]
    for cert in pool:
        if sid.name == "issuer_and_serial_number":
            if (
                cert.issuer == sid.chosen["issuer"]
                and cert.serial_number == sid.chosen["serial_number"].native
            ):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    raise TimestampError(
        Why.UNTRUSTED_TSA,
        msg("the TSA's certificate is not in the response; give it (with its chain) to check the signature"),
    )


def _check_integrity(
    signed_data: cms.SignedData, signer_info: cms.SignerInfo, signer: asn1_x509.Certificate
) -> None:
    md = signer_info["digest_algorithm"]["algorithm"].native
    if md not in SIGNER_HASHES:
        raise TimestampError(
            Why.UNTRUSTED_TSA, msg("the token is signed over a weak or unknown digest ({md})", md=md)
        )
    if signer_info["signed_attrs"] is core.VOID or get_signing_cert_attr(signer_info["signed_attrs"]) is None:
        raise TimestampError(
            Why.MALFORMED, msg("the token has no signing-certificate attribute (RFC 3161 §2.4.1)")
        )
    content = bytes(signed_data["encap_content_info"]["content"])
    try:
        intact, valid = validate_sig_integrity(
            signer_info, signer, "tst_info", hashlib.new(md, content).digest()
        )
    except (SignatureValidationError, CMSStructuralError) as exc:
        raise TimestampError(
            Why.TAMPERED, msg("the TSA's signature does not hold ({reason})", reason=exc)
        ) from exc
    except (ValueError, TypeError, KeyError, NotImplementedError) as exc:
        raise TimestampError(
            Why.MALFORMED, msg("the TSA's signature cannot be checked ({reason})", reason=exc)
        ) from exc
    if not intact:
        raise TimestampError(Why.TAMPERED, msg("the token's contents differ from what the TSA signed"))
    if not valid:
        raise TimestampError(Why.TAMPERED, msg("the TSA's signature over the token does not verify"))


def _check_timestamping_usage(cert: asn1_x509.Certificate) -> None:
    for extension in cert["tbs_certificate"]["extensions"]:
        if extension["extn_id"].native == "extended_key_usage":
            if extension["critical"].native and extension["extn_value"].parsed.native == ["time_stamping"]:
                return
            break
    raise TimestampError(
        Why.UNTRUSTED_TSA,
        msg(
            "{subject} is not a TSA certificate (RFC 3161 wants a critical extended key usage of "
            "timeStamping only)",
            subject=cert.subject.human_friendly,
        ),
    )


def _check_path(
    signer: asn1_x509.Certificate,
    pool: list[asn1_x509.Certificate],
    trusted: Sequence[x509.Certificate],
    moment: datetime,
) -> str:
    if not trusted:
        # an empty list would make certvalidator fall back to the operating system's roots
        raise TimestampError(Why.UNTRUSTED_TSA, msg("no trusted TSA certificate was given"))
    roots = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trusted]
    others = [c for c in pool if c.sha256 != signer.sha256]
    context = ValidationContext(
        trust_roots=roots,
        other_certs=others,
        moment=moment,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    validator = CertificateValidator(signer, intermediate_certs=others, validation_context=context)
    try:
        path = _aio.run(validator.async_validate_usage(set(), extended_key_usage={"time_stamping"}))  # type: ignore[no-untyped-call]
    except PathBuildingError as exc:
        raise TimestampError(
            Why.UNTRUSTED_TSA, msg("the TSA does not chain to a trusted certificate ({reason})", reason=exc)
        ) from exc
    except (PathValidationError, ValidationError) as exc:
        raise TimestampError(
            Why.UNTRUSTED_TSA, msg("the TSA's certificate path is not valid ({reason})", reason=exc)
        ) from exc
    return str(path.trust_anchor.authority.name.human_friendly)


def _tsa_name(tst_info: tsp.TSTInfo) -> str | None:
    name = tst_info["tsa"]
    if name.native is None:
        return None
    chosen = name.chosen
    return str(chosen.human_friendly) if isinstance(chosen, asn1_x509.Name) else str(chosen.native)
