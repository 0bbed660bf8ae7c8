"""Detached OpenPGP signatures checked by gpgv against an imported keyring: the corpus's real ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from casedesk.provenance.openpgp import (
    Keyring,
    PgpError,
    SignatureRecord,
    SignatureStatus,
    parse_status,
    sidecar_subject,
    verify_detached,
)

from .conftest import corpus_file, manifest_rows, sha256

PGP = "signed/openpgp"
DEBIAN_FPR = "A1BD8E9D78F7FE5C3E65D8AF8B48AD6246925553"
UBUNTU_FPR = "630239CC130E1A7FD81A27B140976EAF437D05B5"


def _file(name: str) -> Path:
    path = corpus_file(f"{PGP}/{name}")
    assert sha256(path) == manifest_rows()[f"{PGP}/{name}"][3]
    return path


@pytest.fixture
def keyring(tmp_path: Path) -> Keyring:
    ring = Keyring(tmp_path / "openpgp")
    for name in ("debian-sid.key.asc", "ubuntu-precise.key.asc"):
        ring.import_keys(_file(name).read_bytes())
    return ring


def _verify(ring: Keyring, stem: str, subject: Path | None = None) -> SignatureRecord:
    (record,) = verify_detached(
        subject or _file(f"{stem}.subj"),
        _file(f"{stem}.sig.asc").read_bytes(),
        ring,
        signature_file=f"{stem}.sig.asc",
    )
    return record


def test_the_keyring_keeps_one_public_key_file_per_fingerprint(keyring: Keyring) -> None:
    assert [p.name for p in keyring.files()] == [f"{UBUNTU_FPR}.pgp", f"{DEBIAN_FPR}.pgp"]
    keys = {k.fingerprint: k for k in keyring.public_keys()}
    assert keys[DEBIAN_FPR].key_id == "8B48AD6246925553"
    assert keys[DEBIAN_FPR].user_ids == (
        "Debian Archive Automatic Signing Key (7.0/wheezy) <ftpmaster@debian.org>",
    )
    assert keys[DEBIAN_FPR].expires == "2020-04-25T19:08:37Z"
    assert keys[UBUNTU_FPR].expires is None
    digest = keyring.digest
    keyring.import_keys(_file("debian-sid.key.asc").read_bytes())  # again: nothing new
    assert keyring.digest == digest and len(keyring.files()) == 2


def test_an_expired_key_still_vouches_for_what_it_signed_before(keyring: Keyring) -> None:
    record = _verify(keyring, "debian-sid")
    assert record.valid and record.status is SignatureStatus.GOOD_KEY_EXPIRED_SINCE
    assert (record.key_id, record.fingerprint) == ("8B48AD6246925553", DEBIAN_FPR)
    assert record.signed_at == "2014-04-29T20:59:00Z" and record.key_expires == "2020-04-25T19:08:37Z"
    assert record.user_id is not None and "wheezy" in record.user_id
    assert record.signature_sha256 == manifest_rows()[f"{PGP}/debian-sid.sig.asc"][3]
    assert record.keyring == keyring.digest and record.reader.startswith("gpgv")


def test_an_old_dsa_signature_is_good(keyring: Keyring) -> None:
    record = _verify(keyring, "ubuntu-precise")
    assert record.valid and record.status is SignatureStatus.GOOD
    assert (record.key_id, record.fingerprint, record.primary_fingerprint) == (
        "40976EAF437D05B5",
        UBUNTU_FPR,
        UBUNTU_FPR,
    )
    assert record.signed_at == "2012-04-25T22:49:42Z" and record.key_algorithm == 17  # DSA


def test_a_tampered_subject_is_a_bad_signature(keyring: Keyring, tmp_path: Path) -> None:
    tampered = tmp_path / "debian-sid.subj"
    data = bytearray(_file("debian-sid.subj").read_bytes())
    data[1000] ^= 0x01
    tampered.write_bytes(bytes(data))
    record = _verify(keyring, "debian-sid", tampered)
    assert not record.valid and record.status is SignatureStatus.BAD
    assert record.key_id == "8B48AD6246925553"


def test_a_key_not_imported_is_named_not_guessed(tmp_path: Path) -> None:
    ring = Keyring(tmp_path / "openpgp")
    ring.import_keys(_file("ubuntu-precise.key.asc").read_bytes())
    record = _verify(ring, "debian-sid")
    assert not record.valid and record.status is SignatureStatus.UNKNOWN_KEY
    assert record.key_id == "8B48AD6246925553" and record.signed_at == "2014-04-29T20:59:00Z"
    empty = _verify(Keyring(tmp_path / "none"), "ubuntu-precise")  # no keyring at all
    assert empty.status is SignatureStatus.UNKNOWN_KEY


def test_a_key_that_had_expired_before_it_signed_is_not_valid() -> None:
    # gpgv's status lines for a good signature by a key that expired before the signature was made
    # (GnuPG doc/DETAILS): gpgv reports EXPKEYSIG either way, the times tell them apart.
    status = "\n".join(
        [
            "[GNUPG:] NEWSIG",
            "[GNUPG:] KEYEXPIRED 1587841717",
            "[GNUPG:] SIG_ID abc 2021-01-01 1609459200",
            "[GNUPG:] EXPKEYSIG 8B48AD6246925553 Someone <a@example.org>",
            f"[GNUPG:] VALIDSIG {DEBIAN_FPR} 2021-01-01 1609459200 0 4 0 1 8 00 {DEBIAN_FPR}",
        ]
    )
    (record,) = parse_status(status, {})
    assert record.status is SignatureStatus.KEY_EXPIRED_WHEN_SIGNED and not record.valid


def test_garbage_is_not_a_signature_and_a_non_key_is_refused(keyring: Keyring, tmp_path: Path) -> None:
    (record,) = verify_detached(_file("debian-sid.subj"), b"not a signature\n", keyring)
    assert record.status is SignatureStatus.NOT_A_SIGNATURE and not record.valid
    (big,) = verify_detached(_file("debian-sid.subj"), b"x" * (2 << 20), keyring)
    assert big.status is SignatureStatus.NOT_A_SIGNATURE
    with pytest.raises(PgpError):
        keyring.import_keys(_file("debian-sid.subj").read_bytes())


def test_binary_signatures_verify_too(keyring: Keyring, tmp_path: Path) -> None:
    import base64

    armoured = _file("ubuntu-precise.sig.asc").read_text("ascii").splitlines()
    body = [line for line in armoured[1:] if line and not line.startswith(("-----", "=", "Version"))]
    binary = base64.b64decode("".join(body))
    (record,) = verify_detached(_file("ubuntu-precise.subj"), binary, keyring, signature_file="x.sig")
    assert record.valid and record.fingerprint == UBUNTU_FPR


def test_records_survive_json() -> None:
    record = SignatureRecord(key_id="AB", valid=True, status=SignatureStatus.GOOD, signature_file="x.asc")
    assert SignatureRecord.from_dict(record.to_dict()) == record


def test_sidecar_names() -> None:
    assert sidecar_subject("photo.jpg.asc") == "photo.jpg"
    assert sidecar_subject("photo.jpg.SIG") == "photo.jpg"
    assert sidecar_subject(".asc") is None and sidecar_subject("photo.jpg") is None
