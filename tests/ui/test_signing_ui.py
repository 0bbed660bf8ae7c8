"""Signing in the GUI: the key's fingerprint in Preferences, the report dialog's language and signature
choices, a protected key unlocked by its passphrase, and a bundle's unknown signer offered for trust."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from casedesk.bundle import export_bundle
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.proof.keys import KeyStore, TrustStore
from casedesk.proof.pdfsign import verify_pdf
from casedesk.ui import workflows
from casedesk.ui.i18n import strip_isolates
from casedesk.ui.preferences_dialog import PreferencesDialog
from casedesk.ui.signing import unlock_key

from .conftest import message_boxes
from .driving import open_case


def answers(monkeypatch: pytest.MonkeyPatch, *replies: tuple[str, bool]) -> list[tuple[Any, ...]]:
    """QInputDialog.getText answered as a user would, in turn; the questions asked are kept."""
    asked: list[tuple[Any, ...]] = []
    queue = list(replies)

    def get_text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(args)
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return asked


def test_preferences_show_the_signing_key(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = PreferencesDialog(Preferences(), tmp_path)
    qtbot.addWidget(before)
    assert before.fingerprint.text() == "Made at the first signed export"
    key = KeyStore().create()
    after = PreferencesDialog(Preferences(), tmp_path)
    qtbot.addWidget(after)
    assert strip_isolates(after.fingerprint.text()) == key.public.grouped_fingerprint


def test_the_report_dialog_offers_language_and_signature(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = workflows.ReportDialog(None, 12)
    qtbot.addWidget(dialog)
    assert dialog.sign.isChecked()
    assert dialog.options().language == "en"  # the interface's language by default
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.options().language == "ar"


def test_an_export_from_the_gui_is_signed_with_the_unlocked_key(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, main_window, svc: CaseService, images, tmp_path: Path
) -> None:
    KeyStore().create("horse battery staple")
    asked = answers(monkeypatch, ("wrong one", True), ("horse battery staple", True))
    case_id = svc.create_case("Signed from the GUI").id
    svc.add_files(case_id, images("s", 1))
    open_case(qtbot, main_window, case_id)
    out = tmp_path / "report.pdf"
    handle = workflows.export_pdf(main_window, main_window.ops, case_id, "Signed from the GUI", out)
    assert handle is not None and handle.wait(60000) and handle.error is None
    assert len(asked) == 2  # a wrong passphrase is said so, and asked again
    assert verify_pdf(out.read_bytes()).key == KeyStore().public_key()
    assert svc.custody_log(case_id)[-1].details["signed"] is True


def test_giving_up_on_the_passphrase_exports_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    KeyStore().create("horse battery staple")
    answers(monkeypatch, ("", False))
    assert unlock_key(None) is None


def test_a_bundle_from_an_unknown_signer_is_offered_for_trust(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, main_window, images, tmp_path: Path
) -> None:
    alice = CaseService.open(tmp_path / "alice", "Alice")
    try:
        case_id = alice.create_case("From Alice").id
        alice.add_files(case_id, images("a", 1))
        alice_key = KeyStore(tmp_path / "alice-keys").create()
        bundle = export_bundle(alice, case_id, tmp_path / "a.casedesk", key=alice_key).path
    finally:
        alice.close()
    asked = answers(monkeypatch, ("Alice (checked by phone)", True))
    opened: list[str] = []
    handle = workflows.import_bundle(main_window, main_window.ops, opened.append, bundle)
    assert handle is not None and handle.wait(60000) and handle.error is None
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5000)
    [question] = asked
    assert alice_key.public.grouped_fingerprint in strip_isolates(question[2])
    trusted = TrustStore().find(alice_key.public)
    assert trusted is not None and trusted.name == "Alice (checked by phone)"
    [box] = message_boxes()
    assert "Signed by a key you do not trust" in box.text()
