"""The investigator's signing key and the trust store, on a real file system."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from casedesk.core.errors import UsageError
from casedesk.proof.errors import (
    BadSignature,
    DamagedKeyFile,
    KeyStoreError,
    KeySwapped,
    PassphraseRequired,
    WrongPassphrase,
)
from casedesk.proof.keys import (
    KEY_FILE,
    RECORD_FILE,
    TRUST_FILE,
    KeyStore,
    PublicKey,
    TrustStore,
    group_fingerprint,
    key_dir,
    parse_fingerprint,
)

from .pki import OPENSSL

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_key_dir_follows_the_override_then_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_KEY_DIR", str(tmp_path / "explicit"))
    assert key_dir() == tmp_path / "explicit"
    monkeypatch.delenv("CASEDESK_KEY_DIR")
    monkeypatch.setenv("CASEDESK_CONFIG_DIR", str(tmp_path / "config"))
    assert key_dir() == tmp_path / "config" / "keys"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_HOME is a Linux convention")
def test_xdg_config_home_moves_the_key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEDESK_KEY_DIR", raising=False)
    monkeypatch.delenv("CASEDESK_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert key_dir() == tmp_path / "xdg" / "CaseDesk" / "keys"
    key = KeyStore().load_or_create()
    assert (tmp_path / "xdg" / "CaseDesk" / "keys" / KEY_FILE).is_file()
    assert KeyStore().public_key() == key.public


@posix_only
def test_made_on_first_need_owner_only_and_reused(key_folder: Path) -> None:
    store = KeyStore()
    assert store.folder == key_folder and not store.exists()
    first = store.load_or_create()
    assert mode(key_folder) == 0o700
    assert mode(key_folder / KEY_FILE) == 0o600
    assert mode(key_folder / RECORD_FILE) == 0o600
    assert (key_folder / KEY_FILE).read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    again = KeyStore().load_or_create()
    assert again.public == first.public and again.created == first.created
    with pytest.raises(KeyStoreError, match="already a signing key"):
        KeyStore().create()  # never a silent second key: the first may be what others trust
    assert sorted(p.name for p in key_folder.iterdir()) == sorted([KEY_FILE, RECORD_FILE])  # no temporaries


@posix_only
def test_every_missing_parent_is_created_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "keys"
    KeyStore(folder).create()
    assert [mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", folder)] == [0o700] * 3


def test_racing_first_uses_agree_on_one_key(key_folder: Path) -> None:
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: KeyStore(key_folder).load_or_create(), range(16)))
    assert len({k.public for k in keys}) == 1
    assert KeyStore(key_folder).load().public == keys[0].public


def test_fingerprint_is_sha256_of_the_raw_key_in_16_groups() -> None:
    public = PublicKey(bytes(range(32)))
    assert public.fingerprint == hashlib.sha256(bytes(range(32))).hexdigest()
    groups = public.grouped_fingerprint.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert "".join(groups) == public.fingerprint
    pasted = ":".join(groups).upper()
    assert parse_fingerprint(pasted) == public.fingerprint
    assert group_fingerprint(parse_fingerprint(public.grouped_fingerprint)) == public.grouped_fingerprint
    for bad in ("", "abcd", public.fingerprint[:-1] + "g", public.fingerprint + "00"):
        with pytest.raises(UsageError, match="fingerprint"):
            parse_fingerprint(bad)


def test_sign_and_verify(key_folder: Path) -> None:
    key = KeyStore().load_or_create()
    signature = key.sign(b"manifest bytes")
    key.public.verify(b"manifest bytes", signature)
    with pytest.raises(BadSignature, match=key.public.grouped_fingerprint):
        key.public.verify(b"manifest bytes!", signature)
    other = KeyStore(key_folder.parent / "other").create()
    with pytest.raises(BadSignature):
        other.public.verify(b"manifest bytes", signature)  # a swapped public key does not verify


def test_public_key_pem_is_standard(key_folder: Path, tmp_path: Path) -> None:
    store = KeyStore()
    key = store.load_or_create()
    out = tmp_path / "investigator.pub.pem"
    assert store.export_public(out) == key.public
    assert PublicKey.from_pem(out.read_bytes()) == key.public
    # OpenSSL checks a CaseDesk signature with nothing but the exported PEM
    (tmp_path / "data").write_bytes(b"custody head 42")
    (tmp_path / "sig").write_bytes(key.sign(b"custody head 42"))
    done = subprocess.run(
        [OPENSSL, "pkeyutl", "-verify", "-pubin", "-inkey", out, "-rawin", "-in", "data", "-sigfile", "sig"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout, done


def test_a_non_ed25519_public_key_is_refused() -> None:
    rsa_pem = (
        rsa.generate_private_key(65537, 2048)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(UsageError, match="not Ed25519"):
        PublicKey.from_pem(rsa_pem)
    with pytest.raises(UsageError, match="PEM"):
        PublicKey.from_pem(b"not a key")


def test_passphrase_protection(key_folder: Path, tmp_path: Path) -> None:
    store = KeyStore()
    made = store.create("correct horse")
    assert store.is_protected()
    assert (key_folder / KEY_FILE).read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert store.public_key() == made.public  # shown without the passphrase (Preferences, key show)
    with pytest.raises(PassphraseRequired):
        store.load()
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        store.load("correct horsf")
    assert store.load("correct horse").public == made.public
    # standard PKCS#8: OpenSSL opens it with the same passphrase
    done = subprocess.run(
        [OPENSSL, "pkey", "-in", key_folder / KEY_FILE, "-passin", "pass:correct horse", "-noout", "-text"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "ED25519 Private-Key" in done.stdout, done


def test_a_passphrase_typed_decomposed_still_unlocks(key_folder: Path) -> None:
    composed = "clé d'été"
    KeyStore().create(composed)
    assert KeyStore().load(unicodedata.normalize("NFD", composed)).public == KeyStore().public_key()


def test_change_passphrase(key_folder: Path) -> None:
    store = KeyStore()
    key = store.create()
    store.change_passphrase(None, "new secret")
    with pytest.raises(PassphraseRequired):
        store.load()
    assert store.load("new secret").public == key.public
    store.change_passphrase("new secret", None)
    assert not store.is_protected() and store.load().public == key.public


@pytest.mark.parametrize("protected", [False, True])
@pytest.mark.parametrize(
    "damage",
    [
        lambda pem: pem[: len(pem) // 2],
        lambda pem: b"",
        lambda pem: b"\x00\xff garbage \x00",
        lambda pem: pem.replace(pem.splitlines()[1][:8], b"********", 1),
    ],
    ids=["truncated", "empty", "garbage", "bad-base64"],
)
def test_a_damaged_key_file_is_named_as_such(
    key_folder: Path, protected: bool, damage: Callable[[bytes], bytes]
) -> None:
    passphrase = "pass phrase" if protected else None
    KeyStore().create(passphrase)
    path = key_folder / KEY_FILE
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(DamagedKeyFile, match="damaged"):
        KeyStore().load(passphrase)
    if protected:  # a wrong passphrase on a damaged file still says damaged, not "wrong passphrase"
        with pytest.raises(DamagedKeyFile):
            KeyStore().load("something else")


@pytest.mark.parametrize("protected", [False, True])
def test_a_key_file_swapped_for_another_key_is_refused(tmp_path: Path, protected: bool) -> None:
    passphrase = "same passphrase" if protected else None
    mine, theirs = KeyStore(tmp_path / "mine"), KeyStore(tmp_path / "theirs")
    own = mine.create(passphrase)
    other = theirs.create(passphrase)
    (mine.folder / KEY_FILE).write_bytes((theirs.folder / KEY_FILE).read_bytes())
    with pytest.raises(KeySwapped) as caught:
        mine.load(passphrase)
    assert other.public.grouped_fingerprint in str(caught.value)
    assert own.public.grouped_fingerprint in str(caught.value)


def test_a_damaged_record_is_named(key_folder: Path) -> None:
    KeyStore().create()
    record = json.loads((key_folder / RECORD_FILE).read_text())
    record["fingerprint"] = "00" * 32
    (key_folder / RECORD_FILE).write_text(json.dumps(record))
    with pytest.raises(DamagedKeyFile, match="record"):
        KeyStore().load()


def test_a_record_lost_to_a_crash_is_rebuilt_from_the_key(key_folder: Path) -> None:
    key = KeyStore().create("pw")
    (key_folder / RECORD_FILE).unlink()
    with pytest.raises(KeyStoreError, match="unlock"):
        KeyStore().public_key()  # cannot be read from an encrypted key without its passphrase
    assert KeyStore().load("pw").public == key.public
    assert KeyStore().public_key() == key.public


@posix_only
def test_a_key_readable_by_others_is_refused(key_folder: Path) -> None:
    KeyStore().create()
    (key_folder / KEY_FILE).chmod(0o644)
    with pytest.raises(KeyStoreError, match="chmod 600"):
        KeyStore().load()


def test_no_key_yet_is_a_clear_error(key_folder: Path) -> None:
    with pytest.raises(KeyStoreError, match="no signing key"):
        KeyStore().load()
    with pytest.raises(KeyStoreError, match="no signing key"):
        KeyStore().public_key()


@posix_only
def test_trust_store_round_trip(key_folder: Path, tmp_path: Path) -> None:
    alice = KeyStore(tmp_path / "alice").create().public
    bob = KeyStore(tmp_path / "bob").create().public
    trust = TrustStore()
    assert trust.entries() == [] and trust.find(alice) is None
    trust.trust(alice, "Alice (newsroom)")
    trust.trust(bob.grouped_fingerprint, "Bob")  # by fingerprint alone, read out over the phone
    assert mode(key_folder / TRUST_FILE) == 0o600
    assert [(e.name, e.fingerprint) for e in TrustStore().entries()] == [
        ("Alice (newsroom)", alice.fingerprint),
        ("Bob", bob.fingerprint),
    ]
    found = TrustStore().find(bob)
    assert found is not None and found.name == "Bob" and found.public_key is None
    renamed = trust.trust(bob, "Bob Editor")  # trusting again names it anew and learns the key
    assert renamed.public_key == bob and renamed.added == found.added
    assert [e.name for e in TrustStore().entries()] == ["Alice (newsroom)", "Bob Editor"]
    assert trust.forget(alice.fingerprint) and not trust.forget(alice.fingerprint)
    assert TrustStore().find(alice.fingerprint) is None
    assert not [p for p in key_folder.iterdir() if p.name.startswith(".tmp-")]
    with pytest.raises(UsageError, match="name"):
        trust.trust(alice, "  ")


def _other_key_same_fingerprint(text: str) -> str:
    data = json.loads(text)
    raw = base64.b64decode(data["keys"][0]["public_key"])
    data["keys"][0]["public_key"] = base64.b64encode(bytes([raw[0] ^ 1]) + raw[1:]).decode()
    return json.dumps(data)


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"format": 1', '"format": 9'),
        _other_key_same_fingerprint,
    ],
    ids=["truncated", "unknown-format", "key-not-matching-fingerprint"],
)
def test_a_damaged_trust_store_is_refused_and_left_alone(
    key_folder: Path, tmp_path: Path, edit: Callable[[str], str]
) -> None:
    alice = KeyStore(tmp_path / "alice").create().public
    TrustStore().trust(alice, "Alice")
    path = key_folder / TRUST_FILE
    damaged = edit(path.read_text())
    path.write_text(damaged)
    with pytest.raises(DamagedKeyFile, match="trusted keys"):
        TrustStore().entries()
    with pytest.raises(DamagedKeyFile):
        TrustStore().trust(alice, "Alice again")
    assert path.read_text() == damaged  # never silently replaced by an empty store


def test_concurrent_trusts_lose_nothing(key_folder: Path, tmp_path: Path) -> None:
    keys = [PublicKey(hashlib.sha256(bytes([i])).digest()) for i in range(12)]
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda k: TrustStore().trust(k, f"key {k.fingerprint[:4]}"), keys))
    assert {e.fingerprint for e in TrustStore().entries()} == {k.fingerprint for k in keys}
