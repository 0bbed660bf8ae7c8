"""What the Qt-free core says reaches the interface in its language: an error, a progress text, and
the warnings recorded (in English) on a damaged file, each read in French and in Arabic."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from casedesk.core.errors import UsageError
from casedesk.core.service import CaseService
from casedesk.i18n import msg, msgn
from casedesk.ui.evidence.summary import IngestSummary
from casedesk.ui.i18n import core_text, install_language, remove_language, strip_isolates
from casedesk.ui.messages import plain_words
from casedesk.ui.tasks import run_task

ERROR = {"fr": "Une source doit avoir un nom.", "ar": "يحتاج المصدر إلى اسم."}


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    installed = install_language(qapp, request.param)
    yield request.param
    remove_language(qapp, installed)


def test_an_error_of_the_core_is_read_in_the_interfaces_language(svc: CaseService, language: str) -> None:
    case_id = svc.create_case("Words").id
    with pytest.raises(UsageError) as caught:
        svc.add_source(case_id, "  ")
    assert str(caught.value) == "A source needs a name."  # the record, and the command line, in English
    shown = plain_words(caught.value)
    assert shown == ERROR[language] == strip_isolates(core_text(msg("A source needs a name.")))


def test_a_progress_text_of_the_core_is_shown_translated(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    english = str(msgn("%n originals re-hashed", 3))

    def work(control):  # type: ignore[no-untyped-def]
        control.report(1, 2, msgn("%n originals re-hashed", 3))
        return None

    handle = run_task(None, "", work, lambda _r: None, lambda _e: None, quiet=True)
    qtbot.waitUntil(lambda: handle._latest is not None and bool(handle._latest[2]), timeout=5000)
    label = strip_isolates(handle._latest[2])
    assert label and label != english and "3" in label


def test_warnings_recorded_on_a_damaged_file_read_in_the_language(
    svc: CaseService, tmp_path: Path, language: str
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(buffer, "JPEG")
    damaged = tmp_path / "cut.jpg"
    damaged.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])  # cut in the middle
    case_id = svc.create_case("Damaged").id
    [result] = svc.add_files(case_id, [damaged])
    assert result.status == "flagged" and result.warnings
    english = "; ".join(result.warnings)
    [line] = IngestSummary.of([result]).lines
    assert "cut.jpg" in strip_isolates(line)
    for warning in result.warnings:
        assert warning not in strip_isolates(line), (english, line)  # each said in the language


def test_the_decoders_details_are_named_in_the_language(
    qtbot, svc: CaseService, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    """The facts a decoder records under English keys ("format", "mode") are shown by their names in
    the interface's language; the values the file gives ("JPEG", "RGB") stay as they are."""
    from casedesk.ui.evidence.metadata import MetadataPanel

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), "red").save(photo, "JPEG")
    case_id = svc.create_case("Details").id
    [result] = svc.add_files(case_id, [photo])
    view = svc.evidence_view(result.evidence_id or "")
    assert {"format", "mode"} <= set(view.details)
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.show_view(view)
    tree = panel.tree
    [details] = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == {"fr": "Détails", "ar": "التفاصيل"}[language]
    ]
    rows = {details.child(i).text(0): details.child(i).text(1) for i in range(details.childCount())}
    expected = {"fr": ("Format de fichier", "Mode des pixels"), "ar": ("صيغة الملف", "نمط البكسلات")}
    name, mode = expected[language]
    assert rows[name] == "JPEG" and rows[mode] == "RGB"
    assert not {"format", "mode"} & set(rows)
