"""``casedesk key …`` and the signer of a bundle at the command line: made on first need, shown,
exported, trusted; an import names its signer and can trust it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casedesk.proof.keys import KeyStore, TrustStore, group_fingerprint


def test_the_key_is_made_on_first_need_and_shown(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not KeyStore().exists()
    shown = cli("key", "show", "--json")
    assert shown.code == 0, shown.err
    record = shown.json()
    assert KeyStore().public_key().fingerprint == record["fingerprint"]
    assert record["protected"] is False
    # Made owner-only, in the per-user config folder the tests point elsewhere.
    folder = Path(record["folder"])
    assert folder.is_relative_to(Path(os.environ["CASEDESK_CONFIG_DIR"]))
    assert (folder / "signing-key.pem").stat().st_mode & 0o077 == 0
    again = cli("key", "show")
    assert group_fingerprint(record["fingerprint"]) in again.out


def test_export_trust_list_and_forget(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alice.pem"
    assert cli("key", "export-public", out).code == 0
    assert out.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    fingerprint = KeyStore().public_key().fingerprint
    assert cli("key", "trust", out).code == 0  # named after the file
    typed = "ab" * 32
    assert cli("key", "trust", group_fingerprint(typed).upper(), "--name", "Bob (by phone)").code == 0
    listed = cli("key", "list", "--json").json()
    assert isinstance(listed, list)
    assert {(k["name"], k["fingerprint"], k["has_public_key"]) for k in listed} == {
        ("alice", fingerprint, True),
        ("Bob (by phone)", typed, False),
    }
    assert cli("key", "forget", typed).code == 0
    assert [k.name for k in TrustStore().entries()] == ["alice"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("key", "trust", "not-a-fingerprint", "--name", "X"), "Not a key fingerprint"),
        (("key", "trust", "ab" * 32), "--name"),
        (("key", "forget", "cd" * 32), "No trusted key"),
        (("key",), "key needs one of"),
    ],
)
def test_bad_key_commands_say_why(cli, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.code == 2
    assert message in result.err


def test_a_protected_key_needs_its_passphrase(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    KeyStore().create("correct horse battery")
    case_id = cli("case", "new", "Signed").out.strip()
    bundle = tmp_path / "b.casedesk"
    refused = cli("bundle", "export", case_id, bundle)
    assert refused.code == 2 and "CASEDESK_KEY_PASSPHRASE" in refused.err
    assert not bundle.exists()
    monkeypatch.setenv("CASEDESK_KEY_PASSPHRASE", "correct horse battery")
    assert cli("bundle", "export", case_id, bundle).code == 0


def test_an_import_names_its_signer_and_can_trust_it(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "Carried").out.strip()
    bundle = tmp_path / "b.casedesk"
    assert cli("bundle", "export", case_id, bundle).code == 0
    exporter = KeyStore().public_key()

    # Another investigator, with a key and trust list of their own, in another workspace.
    monkeypatch.setenv("CASEDESK_CONFIG_DIR", str(tmp_path / "other-config"))
    other = tmp_path / "other-workspace"
    import io

    from casedesk.cli import run

    def other_cli(*args: str | Path) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--workspace", str(other), *map(str, args)], out, err)
        return code, out.getvalue() + err.getvalue()

    code, text = other_cli("bundle", "import", bundle)
    assert code == 0, text
    assert "untrusted key" in text and group_fingerprint(exporter.fingerprint) in text
    assert f"casedesk key trust {exporter.fingerprint}" in text
    code, text = other_cli("bundle", "import", bundle, "--trust-signer", "Alice")
    assert code == 0 and "You now trust this key as 'Alice'" in text
    assert TrustStore().find(exporter) is not None
    code, text = other_cli("bundle", "import", bundle)
    assert "signed by Alice (trusted key" in text and "warning" not in text
