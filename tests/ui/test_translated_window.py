"""The real window in French and in Arabic shows translated words, not the English source.

This needs the translators' compiled catalogues (resources/translations/casedesk_{fr,ar}.qm): a word
the catalogue does not translate fails the test, as it would show in English to a French or Arabic user.
A word is checked against the catalogue itself (QTranslator.translate gives "" for a word it lacks), so
French words spelt as in English ("Incident", "Notes") count as translated when the translator gave them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from casedesk.core.demo import create_demo_case
from casedesk.core.service import CaseService
from casedesk.ui.case_panel import CasePanel
from casedesk.ui.formats import number
from casedesk.ui.i18n import install_language, remove_language

from .driving import open_case

FORM_LABELS = ["Title", "Status", "Summary", "Incident", "First seen", "Tags"]
TABS = {  # tab: (source text, the counts it shows, from the case's header)
    CasePanel.OVERVIEW: ("Overview", lambda h: ()),
    CasePanel.EVIDENCE: ("Evidence ({0})", lambda h: (h.counts.get("evidence", 0),)),
    CasePanel.SOURCES: ("Sources ({0})", lambda h: (h.counts.get("sources", 0),)),
    CasePanel.CLAIMS: ("Claims ({0})", lambda h: (h.counts.get("claims", 0),)),
    CasePanel.CHECKLIST: (
        "Checklist ({0}/{1})",
        lambda h: (h.checklist_progress.counts.get("passed", 0), h.checklist_progress.total),
    ),
    CasePanel.TIMELINE: ("Timeline ({0})", lambda h: (h.counts.get("events", 0),)),
    CasePanel.CUSTODY: ("Custody log ({0})", lambda h: (h.custody_count,)),
}


@pytest.fixture
def window_in(qapp, qtbot, svc: CaseService, prefs) -> Iterator:  # type: ignore[no-untyped-def]
    """The main window in a language, on the demo case, opened and read."""
    installed: list = []
    windows: list = []

    def make(code: str):  # type: ignore[no-untyped-def]
        from casedesk.ui.main_window import MainWindow

        installed.extend(install_language(qapp, code))
        case_id = create_demo_case(svc)
        window = MainWindow(svc, prefs)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        qtbot.waitExposed(window)
        open_case(qtbot, window, case_id)
        windows.append(window)
        catalogue = next(t for t in installed if t.filePath().endswith(f"casedesk_{code}.qm"))
        return window, catalogue

    yield make
    for window in windows:
        window.close()
    remove_language(qapp, installed)


def form_label(overview, field: QWidget) -> str:  # type: ignore[no-untyped-def]
    form = next(layout for layout in overview.findChildren(QFormLayout) if layout.indexOf(field) >= 0)
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return str(label.text())


def heading_of(records) -> str:  # type: ignore[no-untyped-def]
    """The bold title above a list of records (Places, Notes)."""
    labels = [w for w in records.findChildren(QLabel) if w.font().bold()]
    assert labels
    return str(labels[0].text())


def untranslated(window, catalogue: QTranslator) -> list[str]:  # type: ignore[no-untyped-def]
    """The Overview's labels and the tab names that the catalogue lacks, or that show something else."""
    overview = window.panel.overview
    fields = [overview.title, overview.status, overview.summary, overview.incident, overview.first_seen]
    labels = [form_label(overview, field) for field in [*fields, overview.tags]]
    shown = [("OverviewTab", english, text) for english, text in zip(FORM_LABELS, labels, strict=True)]
    shown += [
        ("OverviewTab", "Places", heading_of(overview.places)),
        ("OverviewTab", "Notes", heading_of(overview.notes)),
        ("OverviewTab", "Add place…", overview.places.add_button.text()),
        ("OverviewTab", "Add note…", overview.notes.add_button.text()),
        ("RecordList", "Show removed", overview.places.show_removed.text()),
    ]
    header, tabs = window.panel.header, window.panel.tabs
    for index, (english, counts) in TABS.items():
        translation = catalogue.translate("CasePanel", english)
        # The tab shows the translation with the case's counts in (the text to compare is rebuilt).
        text = tabs.tabText(index)
        expected = translation.format(*(number(n) for n in counts(header))) if translation else ""
        shown.append(("CasePanel", english, translation if text == expected else text))
    left = []
    for context, english, text in shown:
        translation = catalogue.translate(context, english)
        if not translation:
            left.append(f"{context} {english!r} is not in the catalogue (shows {text!r})")
        elif text != translation:
            left.append(f"{context} {english!r} shows {text!r}, not the catalogue's {translation!r}")
    return left


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_overview_and_the_tabs_are_translated(window_in, code: str) -> None:  # type: ignore[no-untyped-def]
    window, catalogue = window_in(code)
    assert window.panel.header is not None  # the demo case's header was read: the tab titles have counts
    left = untranslated(window, catalogue)
    assert not left, f"not translated in {code}: {left}"
    # And what French and Arabic readers see is not the English source.
    assert window.panel.tabs.tabText(CasePanel.OVERVIEW) != "Overview"
    assert form_label(window.panel.overview, window.panel.overview.title) != "Title"


def test_arabic_mirrors_the_window(window_in) -> None:  # type: ignore[no-untyped-def]
    window, _catalogue = window_in("ar")
    assert window.isRightToLeft() and window.panel.overview.isRightToLeft()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
