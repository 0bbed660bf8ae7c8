"""RFC 3161 round trips against a real TSA: OpenSSL's ``openssl ts -reply`` answers our requests."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps import DummyTimeStamper

from casedesk.proof.errors import TimestampError, TimestampFailure
from casedesk.proof.timestamps import (
    TimestampRequest,
    load_certificates,
    verify_response,
    verify_response_for_data,
)

from .conftest import Pki
from .pki import NOW, Issued, OpenSslTsa, make_cert, run_openssl

DATA = b"custody head 3f1c... and manifest digest 9ab2..."


def refused(reason: TimestampFailure) -> Any:
    return pytest.raises(TimestampError, match=f"\\({reason}\\)")


def test_round_trip_with_openssl(pki: Pki) -> None:
    request = TimestampRequest.for_data(DATA)
    before = datetime.now(UTC).replace(microsecond=0)
    token = verify_response(pki.tsa.reply(request.der), request, [pki.root.cert])
    assert before - timedelta(seconds=1) <= token.gen_time <= datetime.now(UTC) + timedelta(seconds=1)
    assert token.nonce == request.nonce and token.digest == hashlib.sha256(DATA).digest()
    assert token.hash_algorithm == "sha256" and token.policy == "1.2.3.4.1"
    assert "CaseDesk Test TSA" in token.tsa_name and "CaseDesk Test TSA" in token.signer
    assert "CaseDesk Test Root CA" in token.anchor
    assert token.serial >= 1


def test_our_request_is_what_openssl_expects(pki: Pki, tmp_path: Path) -> None:
    request = TimestampRequest.for_data(DATA)
    (tmp_path / "req.tsq").write_bytes(request.der)
    text = run_openssl(["ts", "-query", "-in", "req.tsq", "-text"], tmp_path)
    assert "Hash Algorithm: sha256" in text and "Certificate required: yes" in text
    nonce_line = next(line for line in text.splitlines() if line.startswith("Nonce:"))
    assert int(nonce_line.split()[-1], 16) == request.nonce
    (tmp_path / "resp.tsr").write_bytes(pki.tsa.reply(request.der))
    # and OpenSSL's verifier agrees with ours on the same pair
    out = run_openssl(
        [
            "ts",
            "-verify",
            "-queryfile",
            "req.tsq",
            "-in",
            "resp.tsr",
            "-CAfile",
            str(pki.folder / "root.pem"),
        ],
        tmp_path,
    )
    assert "Verification: OK" in out
    assert TimestampRequest.from_der(request.der) == request


def test_a_requested_policy_must_be_honoured(pki: Pki) -> None:
    request = TimestampRequest.for_data(DATA, policy="1.2.3.4.5")
    assert verify_response(pki.tsa.reply(request.der), request, [pki.root.cert]).policy == "1.2.3.4.5"
    asked_other = TimestampRequest(request.der, "sha256", request.digest, request.nonce, True, "1.2.3.4.9")
    with refused(TimestampFailure.NOT_MATCHING):
        verify_response(pki.tsa.reply(request.der), asked_other, [pki.root.cert])


def test_checked_against_the_data_itself(pki: Pki) -> None:
    response = pki.tsa.reply(TimestampRequest.for_data(DATA).der)
    assert verify_response_for_data(response, DATA, [pki.root.cert]).digest == hashlib.sha256(DATA).digest()
    with refused(TimestampFailure.NOT_MATCHING):
        verify_response_for_data(response, DATA + b".", [pki.root.cert])


def test_a_replayed_response_answers_another_request(pki: Pki) -> None:
    earlier = TimestampRequest.for_data(DATA)
    response = pki.tsa.reply(earlier.der)
    later = TimestampRequest.for_data(DATA)  # same bytes, fresh nonce
    with pytest.raises(TimestampError, match="another request") as caught:
        verify_response(response, later, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.NOT_MATCHING


def test_a_response_for_other_data_does_not_match(pki: Pki) -> None:
    other = TimestampRequest.for_data(b"other bytes")
    response = pki.tsa.reply(other.der)
    mine = TimestampRequest(other.der, "sha256", hashlib.sha256(DATA).digest(), other.nonce, True, None)
    with pytest.raises(TimestampError, match="other data"):
        verify_response(response, mine, [pki.root.cert])


def test_a_foreign_tsa_is_untrusted(pki: Pki, tmp_path: Path) -> None:
    foreign_root = make_cert("Foreign Root", ca=True)
    foreign = OpenSslTsa(
        tmp_path / "foreign", make_cert("Foreign TSA", foreign_root, tsa=True), [foreign_root]
    )
    request = TimestampRequest.for_data(DATA)
    response = foreign.reply(request.der)
    with refused(TimestampFailure.UNTRUSTED_TSA):
        verify_response(response, request, [pki.root.cert])
    with refused(TimestampFailure.UNTRUSTED_TSA):
        verify_response(response, request, [])  # no roots never means "the system's"
    assert verify_response(response, request, [foreign_root.cert]).anchor.endswith("Foreign Root")


def test_not_granted(tmp_path: Path, pki: Pki) -> None:
    strict = OpenSslTsa(tmp_path / "sha512-only", pki.tsa_cert, [pki.root], digests="sha512")
    request = TimestampRequest.for_data(DATA)
    with pytest.raises(TimestampError, match=r"rejection.*bad_alg") as caught:
        verify_response(strict.reply(request.der), request, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.NOT_GRANTED


def _gen_time_der(response: bytes) -> bytes:
    tst_info = tsp.TimeStampResp.load(response)["time_stamp_token"]["content"]["encap_content_info"]
    return bytes(tst_info["content"].parsed["gen_time"].dump())


@pytest.mark.parametrize("where", ["gen-time", "signature", "signer-certificate"])
def test_a_tampered_response_is_refused(pki: Pki, where: str) -> None:
    request = TimestampRequest.for_data(DATA)
    response = bytearray(pki.tsa.reply(request.der))
    if where == "gen-time":
        at = bytes(response).index(_gen_time_der(bytes(response))) + 5  # a digit of the year
        response[at] = ord("9") if response[at] != ord("9") else ord("8")
    elif where == "signature":
        response[-3] ^= 0x01  # inside the ECDSA signature, the last field of the response
    else:
        cert_der = pki.tsa_cert.cert.public_bytes(serialization.Encoding.DER)
        at = bytes(response).index(cert_der) + len(cert_der) - 70  # inside the subject public key
        response[at] ^= 0x01
    with refused(TimestampFailure.TAMPERED):
        verify_response(bytes(response), request, [pki.root.cert])


def test_truncated_or_foreign_der_is_malformed(pki: Pki) -> None:
    request = TimestampRequest.for_data(DATA)
    response = pki.tsa.reply(request.der)
    for cut in (0, 1, 2, 10, len(response) // 3, len(response) // 2, len(response) - 1):
        with refused(TimestampFailure.MALFORMED):
            verify_response(response[:cut], request, [pki.root.cert])
    for junk in (response + b"\x00", request.der, b"\x30\x03\x02\x01", b"not DER at all"):
        with refused(TimestampFailure.MALFORMED):
            verify_response(junk, request, [pki.root.cert])
    with refused(TimestampFailure.MALFORMED):
        TimestampRequest.from_der(request.der[:-1])


def test_a_tsa_certificate_expired_at_gen_time_is_untrusted(tmp_path: Path, pki: Pki) -> None:
    expired = make_cert("Expired TSA", pki.root, tsa=True, not_after=NOW - timedelta(days=1))
    tsa = OpenSslTsa(tmp_path / "expired", expired, [pki.root])
    request = TimestampRequest.for_data(DATA)
    with pytest.raises(TimestampError, match="expired") as caught:
        verify_response(tsa.reply(request.der), request, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.UNTRUSTED_TSA


def test_a_tsa_certified_by_a_non_ca_is_untrusted(tmp_path: Path, pki: Pki) -> None:
    not_a_ca = make_cert("Not a CA", pki.root)  # an end-entity certificate pretending to issue
    tsa_cert = make_cert("TSA under a non-CA", not_a_ca, tsa=True)
    tsa = OpenSslTsa(tmp_path / "non-ca", tsa_cert, [not_a_ca, pki.root])
    request = TimestampRequest.for_data(DATA)
    with refused(TimestampFailure.UNTRUSTED_TSA):
        verify_response(tsa.reply(request.der), request, [pki.root.cert])


def test_an_absurd_chain_is_refused_before_path_building(tmp_path: Path, pki: Pki) -> None:
    chain = [pki.root]
    for i in range(40):
        chain.append(make_cert(f"CA level {i}", chain[-1], ca=True))
    tsa = OpenSslTsa(tmp_path / "long", make_cert("Deep TSA", chain[-1], tsa=True), chain)
    request = TimestampRequest.for_data(DATA)
    with pytest.raises(TimestampError, match="certificates") as caught:
        verify_response(tsa.reply(request.der), request, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.MALFORMED


def _dummy_response(signer: Issued, request: TimestampRequest) -> bytes:
    """A response from pyHanko's test TSA, which (unlike OpenSSL's) signs with any certificate."""
    der, pkcs8 = serialization.Encoding.DER, serialization.PrivateFormat.PKCS8
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(signer.cert.public_bytes(der)),
        tsa_key=keys.PrivateKeyInfo.load(signer.key.private_bytes(der, pkcs8, serialization.NoEncryption())),
    )
    return bytes(stamper.request_tsa_response(tsp.TimeStampReq.load(request.der)).dump())


def test_pyhankos_test_tsa_passes_with_a_proper_certificate(pki: Pki) -> None:
    request = TimestampRequest.for_data(DATA)
    signer = make_cert("RSA TSA", pki.root, tsa=True, use_rsa=True)  # the dummy TSA signs with RSA only
    assert verify_response(_dummy_response(signer, request), request, [pki.root.cert]).nonce == request.nonce


@pytest.mark.parametrize("eku", ["none", "not-critical"])
def test_a_signer_without_critical_timestamping_usage_is_untrusted(pki: Pki, eku: str) -> None:
    signer = make_cert("Not a TSA", pki.root, tsa=eku != "none", eku_critical=False, use_rsa=True)
    request = TimestampRequest.for_data(DATA)
    with pytest.raises(TimestampError, match="not a TSA certificate") as caught:
        verify_response(_dummy_response(signer, request), request, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.UNTRUSTED_TSA


def test_a_tsa_certificate_given_separately(pki: Pki, tmp_path: Path) -> None:
    tsa = OpenSslTsa(tmp_path / "bare", pki.tsa_cert, [])
    digest = hashlib.sha256(DATA).digest()
    imprint = {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest}
    no_certs = tsp.TimeStampReq({"version": "v1", "message_imprint": imprint, "nonce": 7, "cert_req": False})
    request = TimestampRequest.from_der(no_certs.dump())  # as another tool would write it
    assert (request.nonce, request.cert_req, request.digest) == (7, False, digest)
    response = tsa.reply(request.der)
    assert not tsp.TimeStampResp.load(response)["time_stamp_token"]["content"]["certificates"]
    with pytest.raises(TimestampError, match="not in the response") as caught:
        verify_response(response, request, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.UNTRUSTED_TSA
    # trusting the TSA certificate itself (compared out of band) is enough
    assert "CaseDesk Test TSA" in verify_response(response, request, [pki.tsa_cert.cert]).anchor
    pem = pki.root.cert_pem() + pki.tsa_cert.cert_pem()
    root, tsa_cert = load_certificates(pem)
    assert verify_response(response, request, [root], certificates=[tsa_cert]).anchor.endswith("Root CA")
    with pytest.raises(TimestampError, match="not a certificate"):
        load_certificates(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")


def test_a_sha1_imprint_is_refused(tmp_path: Path, pki: Pki) -> None:
    tsa = OpenSslTsa(tmp_path / "sha1", pki.tsa_cert, [pki.root], digests="sha1, sha256")
    (tmp_path / "data").write_bytes(DATA)
    run_openssl(["ts", "-query", "-data", "data", "-sha1", "-cert", "-out", "sha1.tsq"], tmp_path)
    query = (tmp_path / "sha1.tsq").read_bytes()
    with refused(TimestampFailure.MALFORMED):
        TimestampRequest.from_der(query)  # never written by CaseDesk, and not read either
    with pytest.raises(TimestampError, match="sha1") as caught:
        verify_response_for_data(tsa.reply(query), DATA, [pki.root.cert])
    assert caught.value.reason is TimestampFailure.NOT_MATCHING
