"""The rows of the evidence viewer's Provenance tab: one reading of an item's file, as a tree.

Content Credentials (C2PA) as c2pa validated them, the detached OpenPGP signatures checked beside
the file, the checks of a web archive (WACZ) and the signed phone capture (Starling Capture,
ProofMode) the file is the media of, each a section of field / value rows. Values taken
from the file (hashes, URLs, names, the library's status codes) sit in cells of their own and read
in their own direction; the validation state is shown as c2pa names it, with what it means beside
it. An ingredient or a signature file that is evidence of the case is a link row: its evidence id is
on column 0 under ``LINK``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from casedesk.provenance.capture import CaptureRecord
from casedesk.provenance.capture import SignatureState as CaptureState
from casedesk.provenance.openpgp import SignatureRecord, describe
from casedesk.provenance.record import C2paIngredient, C2paRecord, C2paStatus, ProvenanceView
from casedesk.provenance.record import findings as c2pa_findings
from casedesk.provenance.wacz import WaczRecord, WaczStatus
from casedesk.provenance.wacz import findings as wacz_findings
from casedesk.provenance.wacz_signature import SignatureState
from casedesk.ui.evidence.labels import format_time
from casedesk.ui.formats import decimal, number
from casedesk.ui.i18n import core_text, isolate, plural
from casedesk.ui.widgets import BidiDelegate

LINK = Qt.ItemDataRole.UserRole  # on column 0 of a link row: the evidence id it shows
MAX_PAGES = 20  # web-archive pages listed (the record keeps the first 20 and counts them all)
CAPTURE_KINDS = {"starling-capture": "Starling Capture", "proofmode": "ProofMode"}  # product names


def when_text(text: str | None) -> str:
    """An ISO 8601 time from a record, in UTC as the interface writes times; as recorded if unparsable."""
    if not text:
        return ""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return text
    return format_time(value) if value.tzinfo is not None else text


class ProvenanceTree(QTreeWidget):
    """Field / value rows of one reading; ``verdicts`` says the same in a few sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        # Each value reads in its own direction: hashes, URLs and names whatever the interface's.
        self.setItemDelegate(BidiDelegate(self))
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)

    def fill(self, view: ProvenanceView, names: dict[str, str]) -> None:
        """Show a reading; ``names``: the names of the items of the case that it links to."""
        self.clear()
        if view.read_at is None:
            return
        self._c2pa(view.c2pa, names)
        self._signatures(view.signatures, names)
        if view.wacz is not None:
            self._wacz(view.wacz)
        for capture in view.captures:
            self._capture(capture)

    def verdicts(self, view: ProvenanceView) -> list[str]:
        """One line per thing checked: what c2pa's state means, each signature, the archive."""
        lines = []
        record = view.c2pa
        if record is not None and record.state in self.state_texts():
            #: Content Credentials' validation state as the c2pa library names it ({0}), and its meaning.
            line = self.tr("Validation state “{0}”: {1}")
            lines.append(line.format(isolate(record.state), self.state_texts()[record.state]))
        elif record is not None:
            lines += [core_text(finding) for finding in c2pa_findings(record)]
        for signature in view.signatures:
            #: A detached signature's file name ({0}) and what its check found.
            line = self.tr("Signature {0}: {1}")
            lines.append(
                line.format(isolate(signature.signature_file), core_text(describe(signature.status)))
            )
        if view.wacz is not None:
            problems = wacz_findings(view.wacz)
            if view.wacz.verified and not problems:
                lines.append(
                    self.tr(
                        "Web archive (WACZ) verified: every hash matches, and its signature if it has one."
                    )
                )
            lines += [core_text(problem) for problem in problems]
        for capture in view.captures:
            lines += self._capture_verdicts(capture)
        return lines

    def _capture_verdicts(self, record: CaptureRecord) -> list[str]:
        kind = CAPTURE_KINDS.get(record.kind.value, record.kind.value)
        if record.verified:
            #: {0}: the app that made the capture (Starling Capture, ProofMode).
            line = self.tr(
                "Signed capture ({0}) verified: the media is what its proof states, and its signature holds."
            )
            return [line.format(kind)]
        lines = []
        states = self.capture_states()
        for signature in record.signatures:
            if signature.state in (CaptureState.INVALID, CaptureState.ERROR):
                #: {0}: the app that made the capture, {1} who made the signature, {2} what its check found.
                line = self.tr("Signed capture ({0}), signature {1}: {2}")
                lines.append(line.format(kind, isolate(signature.provider), states[signature.state]))
        lines += [core_text(problem) for problem in record.problems]
        return lines

    def _c2pa(self, record: C2paRecord | None, names: dict[str, str]) -> None:
        section = self._section(self.tr("Content Credentials (C2PA)"))
        if record is None:
            self._row(section, self.tr("Content Credentials"), self.tr("None in this file"))
            return
        presence = {
            C2paStatus.READ: self.tr("Present"),
            C2paStatus.REMOTE: self.tr("Only a link to them elsewhere: not fetched (CaseDesk works offline)"),
            C2paStatus.ERROR: self.tr("Present, but they could not be read"),
        }
        self._row(section, self.tr("Content Credentials"), presence.get(record.status, record.status.value))
        self._row(section, self.tr("Where they are said to be"), record.remote_url)
        if record.status is C2paStatus.ERROR:
            self._row(section, self.tr("What c2pa said"), record.error)
        if record.state:
            self._row(section, self.tr("Validation state"), record.state)
            self._row(section, self.tr("What it means"), self.state_texts().get(record.state, ""))
        if record.status is C2paStatus.READ:
            self._codes(section, record)
        self._row(section, self.tr("Signer"), record.signer)
        if record.signer_name != record.signer:
            self._row(section, self.tr("Signing certificate"), record.signer_name)
        self._row(section, self.tr("Issuer"), record.issuer)
        self._row(section, self.tr("Signing time"), when_text(record.signed_at))
        if record.timestamp is not None:
            self._row(section, self.tr("Time stamp"), when_text(record.timestamp.time))
            self._row(section, self.tr("Time-stamping authority"), record.timestamp.authority)
        self._row(section, self.tr("Claim generator"), record.claim_generator)
        self._row(section, self.tr("Title"), record.title)
        self._row(section, self.tr("Format"), record.media_type)
        self._row(section, self.tr("Active manifest"), record.manifest)
        if record.manifests:
            self._row(section, self.tr("Manifests in the file"), number(record.manifests))
        if record.actions:
            n = len(record.actions)
            actions = self._row(section, self.tr("Actions"), plural(self.tr("%Ln action(s)", "", n), n))
            labels = self.action_labels()
            for action in record.actions:
                parts = [action.action, action.name, action.software_agent, when_text(action.when)]
                parts += [
                    action.digital_source_type.rsplit("/", 1)[-1] if action.digital_source_type else None
                ]
                parts += [action.description]
                self._row(
                    actions, labels.get(action.action, action.action), " · ".join(p for p in parts if p)
                )
        if record.ingredients:
            n = len(record.ingredients)
            node = self._row(section, self.tr("Ingredients"), plural(self.tr("%Ln ingredient(s)", "", n), n))
            for ingredient in record.ingredients:
                self._ingredient(node, ingredient, names)
        self._row(section, self.tr("Read with"), record.reader)
        self._row(section, self.tr("Trust anchors (SHA-256)"), record.trust)

    def _codes(self, section: QTreeWidgetItem, record: C2paRecord) -> None:
        codes = self._row(section, self.tr("Status codes"), ", ".join(record.codes) or self.tr("no failure"))
        explained = {r.code for r in record.results}
        for result in record.results:
            # The library's code and its own explanation, in its words (English): what a c2pa report says.
            kind = self.tr("failure") if result.kind == "failure" else self.tr("note")
            text = self.tr("{0}: {1}").format(kind, result.explanation) if result.explanation else kind
            self._row(codes, result.code, text)
        for code in record.codes:
            if code not in explained:
                self._row(codes, code, self.tr("failure"))

    def _ingredient(self, parent: QTreeWidgetItem, ingredient: C2paIngredient, names: dict[str, str]) -> None:
        relationships = self.relationship_labels()
        relationship = relationships.get(ingredient.relationship or "", ingredient.relationship or "")
        title = ingredient.title or self.tr("(untitled)")
        node = self._row(parent, title, relationship, always=True)
        for link in ingredient.evidence:
            name = names.get(link.evidence_id, link.evidence_id)
            #: An item of the case an ingredient is: {0} its name, {1} how that is known.
            text = self.tr("{0} ({1})").format(isolate(name), self.match_texts().get(link.match, link.match))
            self._link(node, self.tr("In this case"), text, link.evidence_id)
        self._row(node, self.tr("Format"), ingredient.format)
        self._row(node, self.tr("SHA-256"), ingredient.sha256)
        hash_labels = self.hash_labels()
        for kind, digest in ingredient.hashes.items():
            self._row(node, hash_labels.get(kind, kind), digest)
        self._row(node, self.tr("Manifest"), ingredient.manifest)
        self._row(node, self.tr("Instance id"), ingredient.instance_id)
        self._row(node, self.tr("Document id"), ingredient.document_id)
        if ingredient.codes:
            self._row(node, self.tr("Validation failures"), ", ".join(ingredient.codes))
        for inner in ingredient.ingredients:
            self._ingredient(node, inner, names)
        node.setExpanded(bool(ingredient.evidence))

    def _signatures(self, records: tuple[SignatureRecord, ...], names: dict[str, str]) -> None:
        if not records:
            return
        n = len(records)
        section = self._section(self.tr("Detached signatures (OpenPGP)"))
        section.setText(1, plural(self.tr("%Ln signature(s)", "", n), n))
        for record in records:
            verdict = self.tr("Valid") if record.valid else self.tr("Not valid")
            node = self._row(section, record.signature_file or self.tr("Signature"), verdict, always=True)
            self._row(node, self.tr("Why"), core_text(describe(record.status)))
            self._row(node, self.tr("Signer key id"), record.key_id)
            self._row(node, self.tr("Fingerprint"), record.fingerprint)
            if record.primary_fingerprint != record.fingerprint:
                self._row(node, self.tr("Primary key fingerprint"), record.primary_fingerprint)
            self._row(node, self.tr("User id"), record.user_id)
            self._row(node, self.tr("Signed at"), when_text(record.signed_at))
            self._row(node, self.tr("Key expires"), when_text(record.key_expires))
            if record.signature_evidence_id:
                name = names.get(record.signature_evidence_id, record.signature_evidence_id)
                self._link(node, self.tr("Signature file"), name, record.signature_evidence_id)
            self._row(node, self.tr("Signature file SHA-256"), record.signature_sha256)
            self._row(node, self.tr("What gpgv said"), record.detail)
            self._row(node, self.tr("Checked with"), record.reader)
            node.setExpanded(True)

    def _wacz(self, record: WaczRecord) -> None:
        section = self._section(self.tr("Web archive (WACZ)"))
        if record.status is WaczStatus.ERROR:
            verdict = self.tr("Refused")
        else:
            verdict = self.tr("Verified") if record.verified else self.tr("Not verified")
        self._row(section, self.tr("Verdict"), verdict)
        for problem in wacz_findings(record):
            self._row(section, self.tr("Problem"), core_text(problem))
        self._row(section, self.tr("Title"), record.title)
        pages = self._row(section, self.tr("Pages"), number(record.page_count) if record.page_count else "")
        for page in record.pages[:MAX_PAGES]:
            text = (
                self.tr("{0} ({1})").format(isolate(page.url), isolate(page.title))
                if page.title
                else page.url
            )
            self._row(pages, when_text(page.ts) or self.tr("(no time)"), text)
        self._row(section, self.tr("Created"), when_text(record.created))
        self._row(section, self.tr("Modified"), when_text(record.modified))
        self._row(section, self.tr("Software"), record.software)
        self._row(section, self.tr("WACZ version"), record.wacz_version)
        sig = record.signature
        if sig is None:
            self._row(section, self.tr("Signature"), self.tr("Not signed"))
        else:
            states = self.signature_states()
            self._row(section, self.tr("Signature"), states.get(sig.state, sig.state.value))
            kinds = {"domain": self.tr("Domain certificate"), "anonymous": self.tr("Anonymous key")}
            self._row(section, self.tr("Signed with"), kinds.get(sig.kind, sig.kind))
            self._row(section, self.tr("Signer"), sig.signer)
            self._row(section, self.tr("Signed at"), when_text(sig.created))
            self._row(section, self.tr("Certificate"), sig.certificate)
            self._row(section, self.tr("Certificate issuer"), sig.issuer)
            self._row(section, self.tr("Certificate valid until"), when_text(sig.not_after))
            self._row(section, self.tr("Time stamp"), when_text(sig.timestamp))
            self._row(section, self.tr("Time-stamping authority"), sig.tsa)
            self._row(section, self.tr("Signing key (SHA-256)"), sig.public_key_sha256)
        if record.digest_ok is None:
            digest = self.tr("None in the archive")
        else:
            digest = (
                self.tr("Matches datapackage.json")
                if record.digest_ok
                else self.tr("Differs from datapackage.json")
            )
        self._row(section, self.tr("Package digest"), digest)
        self._row(section, self.tr("Hashes checked"), number(record.hashes_checked))
        failed = self._row(section, self.tr("Hashes failed"), number(len(record.hashes_failed)))
        for path in record.hashes_failed:
            self._row(failed, self.tr("Resource"), path)
        self._row(section, self.tr("Read with"), record.reader)

    def _capture(self, record: CaptureRecord) -> None:
        section = self._section(self.tr("Signed capture"))
        section.setText(1, CAPTURE_KINDS.get(record.kind.value, record.kind.value))
        verdict = self.tr("Verified") if record.verified else self.tr("Not verified")
        self._row(section, self.tr("Verdict"), verdict)
        for problem in record.problems:
            self._row(section, self.tr("Problem"), core_text(problem))
        self._row(section, self.tr("Media"), record.media_name)
        self._row(section, self.tr("Media SHA-256, as the proof states it"), record.media_sha256)
        matches = {
            True: self.tr("Yes: the same SHA-256"),
            False: self.tr("No: its SHA-256 differs"),
            None: self.tr("Not checked: the media is not among the files"),
        }
        self._row(section, self.tr("Media matches the proof"), matches[record.media_matches])
        self._row(section, self.tr("Format"), record.mime_type)
        self._row(section, self.tr("Device time"), when_text(record.capture_time))
        self._row(section, self.tr("Device clock, its time zone unknown"), record.capture_clock)
        self._row(section, self.tr("Time taken from"), record.capture_time_source)
        place = record.location
        if place is not None:
            node = self._row(section, self.tr("Location"), f"{place.latitude:.6f}, {place.longitude:.6f}")
            metres = self.tr("{0} m")
            if place.accuracy_m is not None:
                self._row(node, self.tr("Accuracy"), metres.format(decimal(place.accuracy_m, 1)))
            if place.altitude_m is not None:
                self._row(node, self.tr("Altitude"), metres.format(decimal(place.altitude_m, 1)))
            self._row(node, self.tr("Fix time"), when_text(place.time))
            self._row(node, self.tr("Source"), place.source)
        for title, stated in (
            (self.tr("Device"), record.device),
            (self.tr("Network"), record.network),
            (self.tr("Other stated fields"), record.other),
        ):
            if stated:
                n = len(stated)
                node = self._row(section, title, plural(self.tr("%Ln field(s)", "", n), n))
                for name, value in stated:
                    self._row(node, name, value)
                node.setExpanded(title != self.tr("Other stated fields"))
        if record.signatures:
            n = len(record.signatures)
            node = self._row(section, self.tr("Signatures"), plural(self.tr("%Ln signature(s)", "", n), n))
            states = self.capture_states()
            for signature in record.signatures:
                sig = self._row(node, signature.provider, states.get(signature.state, signature.state.value))
                self._row(sig, self.tr("Why"), core_text(signature.reason))
                self._row(sig, self.tr("Key"), signature.key)
                self._row(sig, self.tr("Covers"), signature.subject)
        if record.files:
            n = len(record.files)
            node = self._row(section, self.tr("Files"), plural(self.tr("%Ln file(s)", "", n), n))
            for file in record.files:
                entry = self._row(node, file.role, file.name, always=True)
                self._row(entry, self.tr("SHA-256"), file.sha256)
            node.setExpanded(False)
        self._row(section, self.tr("Read with"), record.reader)

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(True)
        return item

    def _row(
        self, parent: QTreeWidgetItem, name: str, value: object, *, always: bool = False
    ) -> QTreeWidgetItem:
        """A field and its value (left out when there is no value, unless ``always``)."""
        text = "" if value is None else str(value)
        item = QTreeWidgetItem([name, text])
        item.setToolTip(1, text[:5000])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if text or always:
            parent.addChild(item)
            parent.setExpanded(True)
        return item

    def _link(self, parent: QTreeWidgetItem, name: str, text: str, evidence_id: str) -> None:
        item = self._row(parent, name, text, always=True)
        item.setData(0, LINK, evidence_id)
        item.setForeground(1, self.palette().color(QPalette.ColorRole.Link))
        font = item.font(1)
        font.setUnderline(True)
        item.setFont(1, font)
        item.setToolTip(1, self.tr("Show this item"))

    # -- words ------------------------------------------------------------------------------------

    def state_texts(self) -> dict[str, str]:
        """What c2pa's validation states mean (its own words, as it names them, are the keys)."""
        return {
            "Trusted": self.tr(
                "The manifest validates and its signing certificate chains to a trusted anchor: the "
                "signer is vouched for by the trust list."
            ),
            "Valid": self.tr(
                "The manifest validates (the file is what was signed), but its signing certificate is "
                "not on the trust list: who signed is not vouched for."
            ),
            "Invalid": self.tr(
                "The manifest does not validate: the file or its Content Credentials changed after "
                "signing, or they are malformed. The original is kept as received."
            ),
        }

    def action_labels(self) -> dict[str, str]:
        """The C2PA standard actions, by their names in the manifest."""
        return {
            "c2pa.color_adjustments": self.tr("Colour adjustments"),
            "c2pa.converted": self.tr("Converted"),
            "c2pa.created": self.tr("Created", "a C2PA action"),
            "c2pa.cropped": self.tr("Cropped"),
            "c2pa.deleted": self.tr("Deleted"),
            "c2pa.drawing": self.tr("Drawing"),
            "c2pa.dubbed": self.tr("Dubbed"),
            "c2pa.edited": self.tr("Edited"),
            "c2pa.edited.metadata": self.tr("Metadata edited"),
            "c2pa.filtered": self.tr("Filtered"),
            "c2pa.opened": self.tr("Opened"),
            "c2pa.orientation": self.tr("Orientation changed"),
            "c2pa.placed": self.tr("Placed"),
            "c2pa.published": self.tr("Published"),
            "c2pa.redacted": self.tr("Redacted"),
            "c2pa.removed": self.tr("Removed"),
            "c2pa.repackaged": self.tr("Repackaged"),
            "c2pa.resized": self.tr("Resized"),
            "c2pa.transcoded": self.tr("Transcoded"),
            "c2pa.translated": self.tr("Translated"),
            "c2pa.trimmed": self.tr("Trimmed"),
            "c2pa.unknown": self.tr("Unknown action"),
            "c2pa.watermarked": self.tr("Watermarked"),
        }

    def relationship_labels(self) -> dict[str, str]:
        return {
            "parentOf": self.tr("parent"),
            "componentOf": self.tr("component"),
            "inputTo": self.tr("input"),
        }

    def match_texts(self) -> dict[str, str]:
        """How an ingredient is known to be an item of the case (see IngredientLink)."""
        return {
            "sha256": self.tr("the same bytes: its SHA-256"),
            "manifest": self.tr("it carries the ingredient's manifest"),
            "instance_id": self.tr("the same instance id: a lead to check, not a proof"),
        }

    def hash_labels(self) -> dict[str, str]:
        return {
            "claim": self.tr("Claim hash"),
            "manifest": self.tr("Manifest hash"),
            "thumbnail": self.tr("Thumbnail hash"),
            "data": self.tr("Data hash"),
        }

    def capture_states(self) -> dict[CaptureState, str]:
        """A signed capture's signature, by the state its record gives."""
        return {
            CaptureState.VALID: self.tr("Valid"),
            CaptureState.INVALID: self.tr("Invalid: the signed files or the signature were altered"),
            CaptureState.NOT_VERIFIABLE: self.tr("Present, not verifiable offline"),
            CaptureState.UNCHECKED: self.tr("Not checked"),
            CaptureState.ERROR: self.tr("Could not be checked"),
        }

    def signature_states(self) -> dict[SignatureState, str]:
        return {
            SignatureState.VALID: self.tr("Valid"),
            SignatureState.UNTRUSTED: self.tr("Verifies, but not trusted"),
            SignatureState.INVALID: self.tr("Invalid"),
        }
