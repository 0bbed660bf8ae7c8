"""Trusted timestamps of a case, end to end: request, OpenSSL's TSA answers, import, list, re-check.

Everything real: a workspace, OpenSSL's ``ts -reply`` with the test PKI, real public responses from
the corpus. Every refusal is checked to leave the custody log (and the TSA trust list) unchanged.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import tsp
from cryptography.hazmat.primitives import serialization
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from casedesk.core.errors import IntegrityError, UsageError
from casedesk.core.service import CaseService
from casedesk.core.views import CustodyView
from casedesk.proof.casestamps import IMPORT_ACTION, REQUEST_ACTION, SCHEME, gen_time_text, imprinted_bytes
from casedesk.proof.errors import DamagedKeyFile, TimestampError, TimestampFailure
from casedesk.proof.stamp_exchange import (
    covered_state,
    import_timestamp,
    list_timestamps,
    manifest_digests,
    read_limited,
    request_timestamp,
)
from casedesk.proof.stamp_recheck import recheck_timestamps, stamped_entries
from casedesk.proof.timestamps import MAX_RESPONSE_BYTES, TimestampRequest
from casedesk.proof.tsa_trust import TSA_TRUST_FILE, TsaTrustStore, fingerprint
from casedesk.report.context import snapshot
from casedesk.report.options import ReportOptions
from casedesk.report.stamps import TITLE, trusted_timestamps

from .conftest import Pki, corpus_file
from .pki import NOW, OpenSslTsa, make_cert, run_openssl


@dataclasses.dataclass
class Case:
    svc: CaseService
    id: str
    folder: Path

    def count(self) -> int:
        return self.svc.case_header(self.id).custody_count

    def log(self) -> list[CustodyView]:
        return self.svc.custody_log(self.id)

    def request(self, name: str = "case.tsq") -> tuple[Path, TimestampRequest]:
        path = self.folder / name
        request_timestamp(self.svc, self.id, path)
        return path, TimestampRequest.from_der(path.read_bytes())


@pytest.fixture
def case(svc: CaseService, tmp_path: Path, key_folder: Path) -> Case:
    case_id = svc.create_case("Convoy sighting", "Two pictures of the same convoy.").id
    pictures = []
    for n in range(2):
        path = tmp_path / f"picture-{n}.png"
        Image.new("RGB", (20, 12), (60 * n, 90, 200)).save(path)
        pictures.append(path)
    assert all(r.evidence_id for r in svc.add_files(case_id, pictures))
    folder = tmp_path / "carried"
    folder.mkdir()
    return Case(svc, case_id, folder)


def _state(case: Case) -> tuple[int, str, bytes | None]:
    trust = TsaTrustStore().path
    return case.count(), case.log()[-1].hash, trust.read_bytes() if trust.exists() else None


@contextmanager
def refused(case: Case, reason: TimestampFailure, match: str = "") -> Iterator[None]:
    """The block is refused for ``reason``, and leaves the log and the TSA trust list as they were."""
    before = _state(case)
    with pytest.raises(TimestampError, match=f"\\({reason}\\).*{match}"):
        yield
    assert _state(case) == before


# -- the round trip -------------------------------------------------------------------------------


def test_round_trip_with_openssl(case: Case, pki: Pki, key_folder: Path) -> None:
    head = case.log()[-1]
    path, request = case.request()
    entry = case.log()[-1]
    assert (entry.seq, entry.action, entry.object_id) == (head.seq + 1, REQUEST_ACTION, case.id)
    details = entry.details
    assert details["covers"] == {"seq": head.seq, "hash": head.hash}
    assert (
        details["scheme"] == SCHEME and details["hash_algorithm"] == "sha256" and details["file"] == path.name
    )
    assert base64.b64decode(details["request"]) == path.read_bytes()
    assert details["nonce"] == str(request.nonce) and isinstance(details["nonce"], str)
    assert request.cert_req and request.nonce is not None and request.nonce.bit_length() > 32
    # the imprint is over exactly the documented bytes, with the digest the report's cover shows
    with case.svc.reader(case.id, as_of=head.seq) as reader:
        cover_digest = snapshot(case.svc, reader, ReportOptions()).manifest_digest
    assert details["manifest_digest"] == cover_digest == _manifest_digest_by_hand(case)
    text = f"{SCHEME}\ncase {case.id}\nentry {head.seq} {head.hash}\nmanifest {cover_digest}\n"
    assert imprinted_bytes(case.id, head.seq, head.hash, cover_digest) == text.encode("utf-8")
    assert request.digest == hashlib.sha256(text.encode()).digest()
    assert details["imprint"] == request.digest.hex()

    response = pki.tsa.reply(path.read_bytes())
    result = import_timestamp(case.svc, case.id, response, tsa_ca=[pki.root.cert], file_name="case.tsr")
    answer = case.log()[-1]
    assert (answer.seq, answer.action) == (entry.seq + 1, IMPORT_ACTION)
    recorded = answer.details
    assert recorded["request_seq"] == entry.seq and recorded["covers"] == details["covers"]
    assert base64.b64decode(recorded["response"]) == response
    assert base64.b64decode(recorded["anchor_der"]) == pki.root.cert.public_bytes(serialization.Encoding.DER)
    assert recorded["anchor_sha256"] == fingerprint(pki.root.cert)
    assert "CaseDesk Test TSA" in recorded["tsa"] and "CaseDesk Test TSA" in recorded["signer"]
    assert "CaseDesk Test Root CA" in recorded["anchor"] and recorded["policy"] == "1.2.3.4.1"
    assert recorded["serial"] == str(result.stamp.serial) and recorded["gen_time"].endswith("Z")
    assert result.stamp.covered_seq == head.seq and result.stamp.import_seq == answer.seq
    # the --tsa-ca it chained to is trusted from now on
    assert result.newly_trusted is not None and result.newly_trusted.sha256 == fingerprint(pki.root.cert)
    assert [e.sha256 for e in TsaTrustStore(key_folder).entries()] == [fingerprint(pki.root.cert)]

    [status] = list_timestamps(case.svc, case.id)
    assert status.seq == entry.seq and status.answer is not None and status.answer.seq == answer.seq
    assert status.answer.investigator == "Test Investigator"
    assert recheck_timestamps(case.log()) == []

    # a stranger needs OpenSSL and the log, nothing else
    (case.folder / "data.txt").write_bytes(text.encode())
    (case.folder / "case.tsr").write_bytes(response)
    (case.folder / "anchor.der").write_bytes(base64.b64decode(recorded["anchor_der"]))
    run_openssl(["x509", "-inform", "DER", "-in", "anchor.der", "-out", "anchor.pem"], case.folder)
    out = run_openssl(
        ["ts", "-verify", "-data", "data.txt", "-in", "case.tsr", "-CAfile", "anchor.pem"], case.folder
    )
    assert "Verification: OK" in out


def _manifest_digest_by_hand(case: Case) -> str:
    """The manifest digest as the report's appendix tells a stranger to compute it."""
    lines = sorted(f"{ev.sha256}  {ev.size}  {ev.original_name}\n" for ev in case.svc.evidence_page(case.id))
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def test_a_trusted_tsa_needs_no_tsa_ca_the_second_time(case: Case, pki: Pki, key_folder: Path) -> None:
    TsaTrustStore(key_folder).trust(pki.root.cert)
    path, _ = case.request()
    result = import_timestamp(case.svc, case.id, pki.tsa.reply(path.read_bytes()))
    assert result.newly_trusted is None
    # two requests outstanding: each answer goes to its own request
    first, _ = case.request("first.tsq")
    second, _ = case.request("second.tsq")
    late = import_timestamp(case.svc, case.id, pki.tsa.reply(second.read_bytes()))
    early = import_timestamp(case.svc, case.id, pki.tsa.reply(first.read_bytes()))
    statuses = list_timestamps(case.svc, case.id)
    assert [s.answer.seq if s.answer else None for s in statuses] == [
        result.stamp.import_seq,
        early.stamp.import_seq,
        late.stamp.import_seq,
    ]
    assert recheck_timestamps(case.log()) == []


def test_a_tsa_certificate_itself_can_be_the_anchor(case: Case, pki: Pki) -> None:
    path, _ = case.request()
    result = import_timestamp(case.svc, case.id, pki.tsa.reply(path.read_bytes()), tsa_ca=[pki.tsa_cert.cert])
    assert result.anchor_sha256 == fingerprint(pki.tsa_cert.cert) and "CaseDesk Test TSA" in result.anchor
    assert recheck_timestamps(case.log()) == []


def test_of_several_trusted_certificates_the_one_it_chains_to_is_recorded(case: Case, pki: Pki) -> None:
    path, _ = case.request()
    other = make_cert("Another Root", ca=True)
    result = import_timestamp(
        case.svc, case.id, pki.tsa.reply(path.read_bytes()), tsa_ca=[other.cert, pki.root.cert]
    )
    assert result.anchor_sha256 == fingerprint(pki.root.cert)
    assert result.newly_trusted is not None and "CaseDesk Test Root CA" in result.newly_trusted.subject


# -- the request file -----------------------------------------------------------------------------


def test_an_existing_request_file_is_kept_unless_forced(case: Case) -> None:
    path = case.folder / "case.tsq"
    path.write_bytes(b"the investigator's other file")
    count = case.count()
    with pytest.raises(UsageError, match="--force"):
        request_timestamp(case.svc, case.id, path)
    assert path.read_bytes() == b"the investigator's other file" and case.count() == count
    result = request_timestamp(case.svc, case.id, path, force=True)
    assert TimestampRequest.from_der(path.read_bytes()).nonce == result.nonce
    assert case.count() == count + 1 and result.request_seq == count + 1
    assert [p.name for p in case.folder.iterdir()] == ["case.tsq"]  # no temporary left beside it
    with pytest.raises(UsageError, match="folder"):
        request_timestamp(case.svc, case.id, case.folder)
    with pytest.raises(UsageError, match="does not exist"):
        request_timestamp(case.svc, case.id, case.folder / "missing" / "x.tsq")
    assert case.count() == count + 1


def test_each_request_has_its_own_nonce_and_covers_the_head(case: Case) -> None:
    _, first = case.request("a.tsq")
    _, second = case.request("b.tsq")
    assert first.nonce != second.nonce and first.digest != second.digest  # the head moved on
    log = case.log()
    assert log[-1].details["covers"]["seq"] == log[-2].seq  # the second covers the first request


# -- refusals, each leaving the log unchanged -----------------------------------------------------


def test_a_response_to_other_data_is_refused(case: Case, pki: Pki) -> None:
    case.request()
    with refused(case, TimestampFailure.NOT_MATCHING, "none of this case's 1 outstanding"):
        import_timestamp(case.svc, case.id, pki.tsa.reply(TimestampRequest.for_data(b"x").der))


def test_a_response_with_no_request_at_all_is_refused(case: Case, pki: Pki) -> None:
    with refused(case, TimestampFailure.NOT_MATCHING, "none of this case's 0 outstanding"):
        import_timestamp(case.svc, case.id, pki.tsa.reply(TimestampRequest.for_data(b"x").der))


def test_a_public_tsas_response_to_another_request_is_refused(case: Case, pki: Pki) -> None:
    case.request()
    response = corpus_file("rfc3161/globalsign/respNonce.tsr").read_bytes()
    count = case.count()
    with refused(case, TimestampFailure.NOT_MATCHING, "outstanding"):
        import_timestamp(case.svc, case.id, response)
    with refused(case, TimestampFailure.NOT_MATCHING, "outstanding"):  # whatever is trusted
        import_timestamp(case.svc, case.id, response, tsa_ca=_embedded(response))
    assert case.count() == count


def test_the_same_data_with_another_nonce_is_refused(case: Case, pki: Pki) -> None:
    _, request = case.request()
    again = TimestampRequest.for_digest(request.digest)  # the same imprint, asked by someone else
    with refused(case, TimestampFailure.NOT_MATCHING, "imprint and nonce"):
        import_timestamp(case.svc, case.id, pki.tsa.reply(again.der), tsa_ca=[pki.root.cert])


@pytest.mark.parametrize("where", ["signature", "gen-time"])
def test_a_tampered_response_is_refused(case: Case, pki: Pki, where: str) -> None:
    path, _ = case.request()
    response = bytearray(pki.tsa.reply(path.read_bytes()))
    if where == "signature":
        response[-3] ^= 0x01
    else:
        tst_info = tsp.TimeStampResp.load(bytes(response))["time_stamp_token"]["content"][
            "encap_content_info"
        ]
        at = bytes(response).index(tst_info["content"].parsed["gen_time"].dump()) + 5
        response[at] = ord("9") if response[at] != ord("9") else ord("8")
    count = case.count()
    with refused(case, TimestampFailure.TAMPERED):
        import_timestamp(case.svc, case.id, bytes(response), tsa_ca=[pki.root.cert])
    assert case.count() == count and not TsaTrustStore().entries()


def test_a_refusal_by_the_tsa_is_refused(case: Case, pki: Pki, tmp_path: Path) -> None:
    path, _ = case.request()
    strict = OpenSslTsa(tmp_path / "sha512-only", pki.tsa_cert, [pki.root], digests="sha512")
    with refused(case, TimestampFailure.NOT_GRANTED, "bad_alg"):
        import_timestamp(case.svc, case.id, strict.reply(path.read_bytes()), tsa_ca=[pki.root.cert])


def test_an_untrusted_tsa_is_refused(case: Case, pki: Pki, tmp_path: Path) -> None:
    path, _ = case.request()
    foreign_root = make_cert("Foreign Root", ca=True)
    foreign = OpenSslTsa(
        tmp_path / "foreign", make_cert("Foreign TSA", foreign_root, tsa=True), [foreign_root]
    )
    response = foreign.reply(path.read_bytes())
    with refused(case, TimestampFailure.UNTRUSTED_TSA, "no trusted TSA certificate"):
        import_timestamp(case.svc, case.id, response)  # nothing trusted: never the system's roots
    with refused(case, TimestampFailure.UNTRUSTED_TSA, "does not chain"):
        import_timestamp(case.svc, case.id, response, tsa_ca=[pki.root.cert])


def test_a_tsa_expired_at_gen_time_is_refused(case: Case, pki: Pki, tmp_path: Path) -> None:
    path, _ = case.request()
    expired = make_cert("Expired TSA", pki.root, tsa=True, not_after=NOW - timedelta(days=1))
    tsa = OpenSslTsa(tmp_path / "expired", expired, [pki.root])
    with refused(case, TimestampFailure.UNTRUSTED_TSA, "expired"):
        import_timestamp(case.svc, case.id, tsa.reply(path.read_bytes()), tsa_ca=[pki.root.cert])


def test_truncated_or_garbage_der_is_refused(case: Case, pki: Pki) -> None:
    path, request = case.request()
    response = pki.tsa.reply(path.read_bytes())
    for cut in (0, 1, 10, len(response) // 2, len(response) - 1):
        with refused(case, TimestampFailure.MALFORMED):
            import_timestamp(case.svc, case.id, response[:cut], tsa_ca=[pki.root.cert])
    for junk in (response + b"\x00", request.der, b"not DER at all", b"\x30\x80" * 1000):
        with refused(case, TimestampFailure.MALFORMED):
            import_timestamp(case.svc, case.id, junk, tsa_ca=[pki.root.cert])


def test_an_absurd_chain_is_refused(case: Case, pki: Pki, tmp_path: Path) -> None:
    path, _ = case.request()
    chain = [pki.root]
    for i in range(40):
        chain.append(make_cert(f"CA level {i}", chain[-1], ca=True))
    tsa = OpenSslTsa(tmp_path / "long", make_cert("Deep TSA", chain[-1], tsa=True), chain)
    with refused(case, TimestampFailure.MALFORMED, "certificates"):
        import_timestamp(case.svc, case.id, tsa.reply(path.read_bytes()), tsa_ca=[pki.root.cert])


def test_a_replay_is_refused(case: Case, pki: Pki) -> None:
    path, _ = case.request()
    response = pki.tsa.reply(path.read_bytes())
    first = import_timestamp(case.svc, case.id, response, tsa_ca=[pki.root.cert])
    count = case.count()
    with refused(
        case, TimestampFailure.NOT_MATCHING, f"already answered by entry {first.stamp.import_seq}.*replay"
    ):
        import_timestamp(case.svc, case.id, response)
    # the TSA asked again with the same request file gives another token: still one answer per request
    with refused(case, TimestampFailure.NOT_MATCHING, "replay"):
        import_timestamp(case.svc, case.id, pki.tsa.reply(path.read_bytes()))
    assert case.count() == count


def test_an_oversized_file_is_refused_unread(case: Case, tmp_path: Path) -> None:
    big = tmp_path / "big.tsr"
    big.write_bytes(b"\x30" * (MAX_RESPONSE_BYTES + 1))
    with refused(case, TimestampFailure.MALFORMED, "larger than"):
        read_limited(big)
    with refused(case, TimestampFailure.MALFORMED, "too large"):
        import_timestamp(case.svc, case.id, big.read_bytes())
    with pytest.raises(UsageError, match="not a regular file"):
        read_limited(tmp_path)
    with pytest.raises(UsageError, match="No file"):
        read_limited(tmp_path / "absent.tsr")


def test_a_request_entry_that_disagrees_with_the_log_cannot_be_answered(case: Case, pki: Pki) -> None:
    """A request recorded over another entry's hash (by a faulty or hostile writer of the log)."""
    head = case.log()[-1]
    bogus = TimestampRequest.for_digest(hashlib.sha256(b"something else").digest())
    case.svc.record_action(
        case.id,
        REQUEST_ACTION,
        _case_kind(),
        case.id,
        scheme=SCHEME,
        covers={"seq": head.seq, "hash": head.hash},
        manifest_digest="0" * 64,
        hash_algorithm="sha256",
        imprint=bogus.digest.hex(),
        nonce=str(bogus.nonce),
        request=base64.b64encode(bogus.der).decode(),
        file="bogus.tsq",
    )
    count = case.count()
    with pytest.raises(IntegrityError, match="imprint of request entry"):
        import_timestamp(case.svc, case.id, pki.tsa.reply(bogus.der), tsa_ca=[pki.root.cert])
    assert case.count() == count


def _case_kind() -> Any:
    from casedesk.core.vocabulary import ObjectKind

    return ObjectKind.CASE


def _embedded(response: bytes) -> list[Any]:
    from cryptography import x509

    token = tsp.TimeStampResp.load(response)["time_stamp_token"]["content"]
    return [x509.load_der_x509_certificate(c.chosen.dump()) for c in token["certificates"]]


# -- re-checking the log --------------------------------------------------------------------------


@pytest.fixture
def stamped(case: Case, pki: Pki) -> list[CustodyView]:
    path, _ = case.request()
    import_timestamp(case.svc, case.id, pki.tsa.reply(path.read_bytes()), tsa_ca=[pki.root.cert])
    case.svc.add_note(case.id, "written after the stamp")
    log = case.log()
    assert recheck_timestamps(log) == []
    return log


def _with_details(log: list[CustodyView], seq: int, **changes: Any) -> list[CustodyView]:
    return [dataclasses.replace(e, details={**e.details, **changes}) if e.seq == seq else e for e in log]


def _import_entry(log: list[CustodyView]) -> CustodyView:
    return next(e for e in log if e.action == IMPORT_ACTION)


def test_recheck_finds_a_tampered_token(stamped: list[CustodyView]) -> None:
    entry = _import_entry(stamped)
    response = bytearray(base64.b64decode(entry.details["response"]))
    response[-3] ^= 0x01
    log = _with_details(stamped, entry.seq, response=base64.b64encode(bytes(response)).decode())
    [problem] = recheck_timestamps(log)
    assert problem.seq == entry.seq and "(tampered)" in problem.text and "no longer verifies" in problem.text


def test_recheck_finds_a_swapped_anchor(stamped: list[CustodyView]) -> None:
    entry = _import_entry(stamped)
    other = make_cert("CaseDesk Test Root CA", ca=True).cert  # same name, another key
    der = other.public_bytes(serialization.Encoding.DER)
    log = _with_details(
        stamped, entry.seq, anchor_der=base64.b64encode(der).decode(), anchor_sha256=fingerprint(other)
    )
    [problem] = recheck_timestamps(log)
    assert problem.seq == entry.seq and "(untrusted TSA)" in problem.text
    # swapped without updating the recorded fingerprint: said too
    log = _with_details(stamped, entry.seq, anchor_der=base64.b64encode(der).decode())
    assert any("SHA-256" in p.text for p in recheck_timestamps(log))


def test_recheck_finds_recorded_fields_that_are_not_the_tokens(stamped: list[CustodyView]) -> None:
    entry = _import_entry(stamped)
    log = _with_details(stamped, entry.seq, gen_time="2020-01-01T00:00:00.000000Z", serial="999")
    texts = [p.text for p in recheck_timestamps(log)]
    assert len(texts) == 2 and "genTime" in texts[0] and "serial (999)" in texts[1]
    assert [p.text for p in recheck_timestamps(_with_details(stamped, entry.seq, serial="x"))] == [
        "the timestamp import cannot be read: its genTime or serial is not readable"
    ]


def test_recheck_finds_a_covered_entry_that_changed(stamped: list[CustodyView]) -> None:
    entry = _import_entry(stamped)
    covered = entry.details["covers"]["seq"]
    log = [dataclasses.replace(e, hash="f" * 64) if e.seq == covered else e for e in stamped]
    [problem] = recheck_timestamps(log)
    assert "that entry's hash in the log is " + "f" * 64 in problem.text
    # and a request whose recorded digest is not the one it imprints
    request_seq = entry.details["request_seq"]
    [problem] = recheck_timestamps(_with_details(stamped, request_seq, manifest_digest="0" * 64))
    assert "not over entry" in problem.text


def test_recheck_finds_a_second_answer_and_a_dangling_one(stamped: list[CustodyView]) -> None:
    entry = _import_entry(stamped)
    last = stamped[-1]
    duplicate = dataclasses.replace(entry, seq=last.seq + 1, hash="e" * 64)
    [problem] = recheck_timestamps([*stamped, duplicate])
    assert problem.seq == last.seq + 1 and f"already answered by entry {entry.seq}" in problem.text
    dangling = _with_details(stamped, entry.seq, request_seq=1)
    assert [p.text for p in recheck_timestamps(dangling)] == [
        "it answers entry 1, which is not an earlier timestamp request"
    ]


def test_recheck_reads_a_bundles_plain_records(stamped: list[CustodyView]) -> None:
    records = [
        {
            "id": e.id,
            "seq": e.seq,
            "at": e.at.isoformat(),
            "investigator": e.investigator,
            "action": e.action,
            "object_type": e.object_type,
            "object_id": e.object_id,
            "details": json.loads(json.dumps(e.details)),
            "prev_hash": e.prev_hash,
            "hash": e.hash,
        }
        for e in stamped
    ]
    assert recheck_timestamps(records) == []
    entry = _import_entry(stamped)
    broken = [
        dict(r, details={**r["details"], "response": "!!"}) if r["seq"] == entry.seq else r for r in records
    ]
    assert [p.text for p in recheck_timestamps(broken)] == [
        "the timestamp import cannot be read: its response is not base64"
    ]
    hostile = [*records, {"seq": "x", "action": IMPORT_ACTION}]
    assert [p.text for p in recheck_timestamps(hostile)] == ["not a custody entry"]


def test_recheck_can_recompute_the_manifest_digest(case: Case, stamped: list[CustodyView]) -> None:
    assert recheck_timestamps(stamped, manifest_digest=manifest_digests(case.svc, case.id)) == []
    [problem] = recheck_timestamps(stamped, manifest_digest=lambda seq: "1" * 64)
    assert "but the case's as of that entry is " + "1" * 64 in problem.text
    entry = _import_entry(stamped)
    covered, digest = covered_state(case.svc, case.id, entry.details["covers"]["seq"])
    request = next(e for e in stamped if e.action == REQUEST_ACTION)
    assert (covered.hash, digest) == (entry.details["covers"]["hash"], request.details["manifest_digest"])


def test_stamped_entries(stamped: list[CustodyView], case: Case) -> None:
    entry = _import_entry(stamped)
    [stamp] = stamped_entries(stamped)
    covers = entry.details["covers"]
    assert (stamp.covered_seq, stamp.covered_hash) == (covers["seq"], covers["hash"])
    assert (stamp.import_seq, stamp.request_seq) == (entry.seq, entry.details["request_seq"])
    assert "CaseDesk Test TSA" in stamp.tsa_name and str(stamp.serial) == entry.details["serial"]
    assert stamp.gen_time.tzinfo is not None
    assert stamped_entries([e for e in stamped if e.action != REQUEST_ACTION]) == []  # request missing
    assert stamped_entries(case.log()[: entry.seq - 1]) == []


def test_gen_time_text_keeps_the_fraction() -> None:
    from datetime import UTC, datetime

    assert gen_time_text(datetime(2026, 12, 2, 6, 10, 3, tzinfo=UTC)) == "2026-12-02 06:10:03 UTC"
    assert gen_time_text(datetime(2026, 12, 2, 6, 10, 3, 250000, tzinfo=UTC)) == "2026-12-02 06:10:03.25 UTC"


# -- the report's subsection ----------------------------------------------------------------------


def _texts(flowables: list[Any]) -> list[str]:
    return [f.text for f in flowables if hasattr(f, "text")]


def test_the_reports_subsection_lists_stamps_within_its_covered_entries(
    case: Case, stamped: list[CustodyView]
) -> None:
    entry = _import_entry(stamped)
    [stamp] = stamped_entries(stamped)
    with case.svc.reader(case.id, as_of=entry.seq) as reader:
        ctx = snapshot(case.svc, reader, ReportOptions())
        story = trusted_timestamps(ctx)
        pdf = _render(story)
    texts = _texts(story)
    assert texts[0] == TITLE
    line = texts[-1]
    assert line.startswith(f"Entry {stamp.covered_seq} (hash {stamp.covered_hash[:16]}…")
    assert f"existed no later than {gen_time_text(stamp.gen_time)} according to {stamp.tsa_name}" in line
    assert f"(serial {stamp.serial}; imported in entry {entry.seq})" in line
    assert "CaseDesk Test TSA" in " ".join(pdf.split())

    # as of the request entry, before the answer: no stamp, one request waiting
    with case.svc.reader(case.id, as_of=entry.seq - 1) as reader:
        texts = _texts(trusted_timestamps(snapshot(case.svc, reader, ReportOptions())))
    assert texts == [
        TITLE,
        f"No trusted timestamp was imported in the covered entries (1 to {entry.seq - 1}).",
        f"Timestamp requests with no answer imported by entry {entry.seq - 1}: entry {entry.seq - 1}.",
    ]


def _render(story: list[Any]) -> str:
    """Lay the flowables out on real pages, and read the text back."""
    out = io.BytesIO()
    SimpleDocTemplate(out).build(list(story))
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)


# -- the TSA trust list ---------------------------------------------------------------------------


def test_the_trust_list_persists_and_refuses_damage(key_folder: Path, pki: Pki) -> None:
    store = TsaTrustStore()
    assert store.path == key_folder / TSA_TRUST_FILE and store.entries() == []
    entry, new = store.trust(pki.root.cert)
    assert new and not store.trust(pki.root.cert)[1]
    assert TsaTrustStore().certificates() == [pki.root.cert] and TsaTrustStore().find(entry.sha256) == entry
    assert (store.path.stat().st_mode & 0o077) == 0 and (key_folder.stat().st_mode & 0o077) == 0
    data = json.loads(store.path.read_text())
    data["certificates"][0]["der"] = base64.b64encode(
        pki.tsa_cert.cert.public_bytes(serialization.Encoding.DER)
    ).decode()
    store.path.write_text(json.dumps(data))
    with pytest.raises(DamagedKeyFile, match="damaged"):
        store.entries()
    store.path.write_text("{")
    with pytest.raises(DamagedKeyFile, match="damaged"):
        store.certificates()


# -- no network -----------------------------------------------------------------------------------

PROBE = r"""
import sys
from pathlib import Path

seen = []
WATCHED = ("socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request")

def hook(event, args):
    if event in WATCHED:
        seen.append(event)
        raise RuntimeError(f"network use: {event} {args!r}")

sys.addaudithook(hook)

from casedesk.core.service import CaseService
from casedesk.proof.stamp_exchange import import_timestamp, request_timestamp
from casedesk.proof.stamp_recheck import recheck_timestamps
from casedesk.proof.timestamps import load_certificates

folder = Path(sys.argv[1])
svc = CaseService.open(folder / "workspace", "Probe")
case_id = svc.create_case("Probe").id
request_timestamp(svc, case_id, folder / "probe.tsq")
print("REQUEST-WRITTEN", flush=True)
sys.stdin.readline()  # the test answers it with OpenSSL meanwhile
response = (folder / "probe.tsr").read_bytes()
roots = load_certificates((folder / "root.pem").read_bytes())
import_timestamp(svc, case_id, response, tsa_ca=roots)
problems = recheck_timestamps(svc.custody_log(case_id))
print("RESULT", seen, problems, flush=True)
"""


def test_request_import_and_recheck_open_no_socket(tmp_path: Path, pki: Pki) -> None:
    env = {"CASEDESK_KEY_DIR": str(tmp_path / "keys"), "CASEDESK_CONFIG_DIR": str(tmp_path / "config")}
    (tmp_path / "root.pem").write_bytes(pki.root.cert_pem())
    probe = subprocess.Popen(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**_base_env(), **env},
    )
    assert probe.stdout is not None and probe.stdin is not None
    assert probe.stdout.readline().strip() == "REQUEST-WRITTEN"
    (tmp_path / "probe.tsr").write_bytes(pki.tsa.reply((tmp_path / "probe.tsq").read_bytes()))
    out, err = probe.communicate("\n", timeout=120)
    assert probe.returncode == 0, err
    assert out.strip().splitlines()[-1] == "RESULT [] []"


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
