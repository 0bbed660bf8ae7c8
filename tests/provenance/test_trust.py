"""The pinned trust list (its date and source, checked) and the investigator's own anchors."""

from __future__ import annotations

import hashlib
import re
import stat
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.provenance import trust

from .conftest import anchors_pem


def _readme() -> str:
    return resources.files("casedesk.provenance").joinpath("trust", "README.md").read_text("utf-8")


def test_the_pinned_list_is_the_one_its_readme_names() -> None:
    data = resources.files("casedesk.provenance").joinpath("trust", trust.PINNED_LIST).read_bytes()
    stated = re.search(r"file SHA-256 \| `([0-9a-f]{64})`", _readme())
    assert stated and hashlib.sha256(data).hexdigest() == stated.group(1)
    assert trust.PINNED_COMMIT in _readme() and trust.PINNED_ISSUED in _readme()
    listed = trust.info()
    assert (listed.source, listed.commit, listed.issued) == (
        trust.PINNED_SOURCE,
        trust.PINNED_COMMIT,
        "2026-08-05",
    )
    assert len(listed.anchors) == 30 and all(a.pinned for a in listed.anchors)
    subjects = " ".join(a.subject for a in listed.anchors)
    assert "Google C2PA Root CA G3" in subjects and "DigiCert" in subjects
    # on the day the list was issued, every anchor on it was in force
    issued = datetime.fromisoformat(trust.PINNED_ISSUED).replace(tzinfo=UTC)
    assert all(a.not_after > issued for a in listed.anchors)


def test_user_anchors_are_kept_in_the_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_CONFIG_DIR", str(tmp_path / "config"))
    before = trust.load().digest
    added = trust.add_anchors(anchors_pem())
    assert len(added) == 7 and not any(a.pinned for a in added)
    kept = tmp_path / "config" / "c2pa" / "trust-anchors.pem"
    assert kept.is_file() and stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert trust.add_anchors(anchors_pem()) == []  # each certificate once
    after = trust.load()
    assert after.digest != before and after.user_pem == kept.read_text("utf-8")
    assert [a for a in trust.info().anchors if not a.pinned] == added
    assert trust.remove_anchor(added[0].fingerprint.upper())
    assert not trust.remove_anchor(added[0].fingerprint)
    assert len([a for a in trust.info().anchors if not a.pinned]) == 6


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a certificate",
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        bytes(5_000_000),
    ],
)
def test_what_is_not_a_certificate_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UsageError):
        trust.add_anchors(data, tmp_path)
    assert not (tmp_path / trust.USER_FILE).exists()


def test_the_service_uses_new_anchors_at_once(svc: CaseService) -> None:
    first = svc._c2pa()
    assert svc._c2pa() is first  # one reader while the anchors stay the same
    svc.add_trust_anchors(anchors_pem())
    second = svc._c2pa()
    assert second is not first and second.trust != first.trust
    assert len([a for a in svc.trust_anchors().anchors if not a.pinned]) == 7
    assert svc.remove_trust_anchor(svc.trust_anchors().anchors[-1].fingerprint)
    assert svc._c2pa().trust not in (first.trust, second.trust)
