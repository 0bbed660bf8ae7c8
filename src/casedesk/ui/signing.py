"""The investigator's signing key in the GUI: unlocked when a report or bundle is to be signed, and
the signer of a bundle coming in, trusted by name once its fingerprint was compared out of band."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from casedesk.proof.errors import KeyStoreError, PassphraseRequired
from casedesk.proof.keys import KeyStore, PublicKey, SigningKey, TrustStore
from casedesk.ui.i18n import ltr
from casedesk.ui.messages import show_error


def unlock_key(parent: QWidget | None, store: KeyStore | None = None) -> SigningKey | None:
    """The signing key, made on first need; its passphrase asked for when it has one. None when the
    user gave up (the caller then does not export)."""
    store = store or KeyStore()
    try:
        return store.load_or_create()
    except PassphraseRequired:
        pass
    except KeyStoreError as exc:
        show_error(parent, exc)
        return None
    while True:
        passphrase, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("signing", "Unlock your signing key"),
            QCoreApplication.translate("signing", "Passphrase of your signing key:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        try:
            return store.load(passphrase)
        except KeyStoreError as exc:
            show_error(parent, exc)


def own_fingerprint(store: KeyStore | None = None) -> str | None:
    """The key's fingerprint, grouped for reading aloud; None before the first signed export."""
    store = store or KeyStore()
    try:
        return store.public_key().grouped_fingerprint if store.exists() else None
    except KeyStoreError:
        return None


def is_own(key: PublicKey, store: KeyStore | None = None) -> bool:
    """Whether ``key`` is this investigator's own signing key."""
    store = store or KeyStore()
    try:
        return store.exists() and store.public_key() == key
    except KeyStoreError:
        return False


def offer_trust(parent: QWidget | None, key: PublicKey, claimed: str) -> bool:
    """Ask whether to trust a bundle's signer, after comparing the fingerprint out of band."""
    #: {0} the name the bundle gives its signer, {1} the key's fingerprint in groups of four.
    question = QCoreApplication.translate(
        "signing",
        "This bundle is signed by a key you do not trust yet; it says it belongs to {0}.\n\n{1}\n\n"
        "Compare this fingerprint with its owner by another channel (in person, by phone). If it "
        "matches, give the key a name to trust it.",
    ).format(claimed, ltr(key.grouped_fingerprint))
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("signing", "Trust this signer?"),
        question,
        QLineEdit.EchoMode.Normal,
        claimed,
    )
    if not ok or not name.strip():
        return False
    try:
        TrustStore().trust(key, name.strip())
    except KeyStoreError as exc:
        show_error(parent, exc)
        return False
    return True
