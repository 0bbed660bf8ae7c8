"""Real responses from public TSAs (../shared/corpus/rfc3161, see its MANIFEST.tsv), checked offline.

Roots come from certifi's copy of the Mozilla store (a dependency of pyhanko-certvalidator),
pinned by SHA-256 so that the test says exactly which root each response chains to.
"""

from __future__ import annotations

import functools
import hashlib
import warnings
from datetime import UTC, datetime
from pathlib import Path

import certifi
import pytest
from asn1crypto import pem, tsp
from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning

from casedesk.proof.errors import TimestampError, TimestampFailure
from casedesk.proof.timestamps import TimestampRequest, verify_response, verify_response_for_data

from .conftest import corpus_file

DIGICERT_G4 = "552f7bdcf1a7af9e6ce672017f4f12abf77240c78e761ac203d1d9d20ac89988"
IDENTRUST_COMMERCIAL_1 = "5d56499be4d2e08bcfcad08a3e38723d50503bde706948e42f55603019e528ae"


@functools.cache
def mozilla_roots() -> dict[str, x509.Certificate]:
    """Every root in certifi's bundle, by SHA-256 of its DER."""
    roots = {}
    with warnings.catch_warnings():
        # one old root in the bundle has a negative serial, which cryptography warns about
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        for _, _, der in pem.unarmor(Path(certifi.where()).read_bytes(), multiple=True):
            roots[hashlib.sha256(der).hexdigest()] = x509.load_der_x509_certificate(der)
    assert len(roots) > 100, "certifi's bundle looks empty"
    return roots


def root(fingerprint: str) -> x509.Certificate:
    found = mozilla_roots().get(fingerprint)
    if found is None:
        pytest.fail(f"root {fingerprint} is no longer in certifi {certifi.__version__}; pin another copy")
    return found


def embedded(response: bytes) -> list[x509.Certificate]:
    token = tsp.TimeStampResp.load(response)["time_stamp_token"]["content"]
    return [x509.load_der_x509_certificate(c.chosen.dump()) for c in token["certificates"]]


def stamped_data() -> bytes:
    data = corpus_file("rfc3161/stamped-data.truth.txt").read_bytes()
    assert len(data) == 64
    return data


def test_every_corpus_file_is_present_and_unchanged() -> None:
    """The manifest's rows for rfc3161/, hash for hash: a missing or altered file fails, never skips."""
    rows = [line.split("\t") for line in corpus_file("MANIFEST.tsv").read_text("utf-8").splitlines()[1:]]
    mine = {row[0]: row[4] for row in rows if row[0].startswith("rfc3161/")}
    assert len(mine) == 9
    for relative, sha256 in mine.items():
        assert hashlib.sha256(corpus_file(relative).read_bytes()).hexdigest() == sha256, relative


def test_identrust_verifies_to_its_mozilla_root_at_gen_time() -> None:
    response = corpus_file("rfc3161/identrust/valid_timestamp.tsr").read_bytes()
    token = verify_response_for_data(response, stamped_data(), [root(IDENTRUST_COMMERCIAL_1)])
    assert token.gen_time == datetime(2025, 3, 11, 10, 43, 58, tzinfo=UTC)
    assert token.policy == "2.16.840.1.113839.0.6.13.3" and token.hash_algorithm == "sha512"
    assert "TrustID Timestamp Authority" in token.signer
    assert "IdenTrust Commercial Root CA 1" in token.anchor
    # the TSA certificate has expired since: checking at genTime is what keeps the token good
    leaf = next(c for c in embedded(response) if "TrustID Timestamp Authority" in c.subject.rfc4514_string())
    assert leaf.not_valid_after_utc < datetime.now(UTC)
    with pytest.raises(TimestampError, match="other data"):
        verify_response_for_data(response, stamped_data()[:-1], [root(IDENTRUST_COMMERCIAL_1)])


def test_digicert_parses_and_verifies_although_stricter_parsers_refuse_it() -> None:
    # rfc3161-client refuses this response (its certificate SET is not in DER order); OpenSSL
    # and asn1crypto accept it, and so must CaseDesk, without crashing either way
    response = corpus_file("rfc3161/digicert/digicert.tsr").read_bytes()
    token = verify_response_for_data(response, stamped_data(), [root(DIGICERT_G4)])
    assert token.gen_time == datetime(2025, 3, 24, 11, 17, 47, tzinfo=UTC)
    assert token.policy == "2.16.840.1.114412.7.1"
    assert "DigiCert Timestamp 2024" in token.signer and "DigiCert Trusted Root G4" in token.anchor


def test_costa_rica_is_genuine_but_its_root_is_not_trusted() -> None:
    response = corpus_file("rfc3161/costarica/self_signed.tsr").read_bytes()
    mozilla = list(mozilla_roots().values())
    with pytest.raises(TimestampError, match="does not chain") as caught:
        verify_response_for_data(response, stamped_data(), mozilla)
    assert caught.value.reason is TimestampFailure.UNTRUSTED_TSA
    # its signature and imprint hold: trusting the TSA's own certificate (partial chain) passes
    token = verify_response_for_data(response, stamped_data(), embedded(response))
    assert token.gen_time == datetime(2025, 3, 24, 11, 38, 16, tzinfo=UTC)
    assert "TSA SINPE v3" in token.tsa_name and token.hash_algorithm == "sha512"


def test_globalsign_answers_its_request_with_nonce() -> None:
    request = TimestampRequest.from_der(corpus_file("rfc3161/globalsign/reqNonce.tsq").read_bytes())
    assert (request.nonce, request.cert_req) == (0x092EF19FFB5D2AE8, True)
    response = corpus_file("rfc3161/globalsign/respNonce.tsr").read_bytes()
    _leaf, intermediate = embedded(response)
    assert "Adobe Root CA" in intermediate.issuer.rfc4514_string()  # the root itself is not included
    token = verify_response(response, request, [intermediate])
    assert token.gen_time == datetime(2017, 4, 19, 6, 29, 53, tzinfo=UTC)
    assert token.policy == "1.3.6.1.4.1.4146.2.1" and token.nonce == request.nonce
    assert token.digest == corpus_file("rfc3161/globalsign/hashedMessage.sha256").read_bytes()
    assert "GlobalSign TSA for Adobe CDS - G2" in token.tsa_name
    assert "GlobalSign Primary SHA256 CA for Adobe" in token.anchor
    with pytest.raises(TimestampError, match="Adobe Root CA") as caught:
        verify_response(response, request, list(mozilla_roots().values()))
    assert caught.value.reason is TimestampFailure.UNTRUSTED_TSA


def test_globalsign_without_certificates_needs_them_given() -> None:
    request = TimestampRequest.from_der(corpus_file("rfc3161/globalsign/reqNoCert.tsq").read_bytes())
    assert (request.nonce, request.cert_req) == (0xB1FC81DEC95749D9, False)
    response = corpus_file("rfc3161/globalsign/respNoCert.tsr").read_bytes()
    assert embedded(response) == []
    chain = embedded(corpus_file("rfc3161/globalsign/respNonce.tsr").read_bytes())
    with pytest.raises(TimestampError, match="not in the response"):
        verify_response(response, request, [chain[1]])
    token = verify_response(response, request, [chain[1]], certificates=[chain[0]])
    assert token.gen_time == datetime(2017, 4, 19, 6, 32, 43, tzinfo=UTC)


def test_globalsign_responses_do_not_answer_each_others_requests() -> None:
    with_nonce = TimestampRequest.from_der(corpus_file("rfc3161/globalsign/reqNonce.tsq").read_bytes())
    response = corpus_file("rfc3161/globalsign/respNoCert.tsr").read_bytes()
    chain = embedded(corpus_file("rfc3161/globalsign/respNonce.tsr").read_bytes())
    with pytest.raises(TimestampError, match="another request") as caught:
        verify_response(response, with_nonce, [chain[1]], certificates=chain)
    assert caught.value.reason is TimestampFailure.NOT_MATCHING


@pytest.mark.parametrize(
    "name",
    [
        "globalsign/respNonce.tsr",
        "globalsign/respNoCert.tsr",
        "identrust/valid_timestamp.tsr",
        "digicert/digicert.tsr",
        "costarica/self_signed.tsr",
    ],
)
def test_real_responses_cut_short_are_malformed_never_a_crash(name: str) -> None:
    response = corpus_file(f"rfc3161/{name}").read_bytes()
    for cut in range(0, len(response), max(1, len(response) // 97)):
        with pytest.raises(TimestampError) as caught:
            verify_response_for_data(response[:cut], stamped_data(), embedded(response) or [])
        assert caught.value.reason is TimestampFailure.MALFORMED, (cut, caught.value)
