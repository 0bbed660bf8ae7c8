"""Recognising text through the service: a derived record beside the original, logged, searchable."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from casedesk.core.errors import Cancelled, NotFoundError, UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.media import ocr

from .conftest import ARABIC, PAGES, corpus_file


def _add(svc: CaseService, *paths: Path) -> tuple[str, list[str]]:
    case_id = svc.create_case("Trucks").id
    return case_id, [r.evidence_id for r in svc.add_files(case_id, list(paths))]


def _logged(svc: CaseService, case_id: str) -> list[dict[str, object]]:
    return [e.details for e in svc.custody_log(case_id) if e.action == "text_recognise"]


def test_text_is_stored_logged_and_the_original_kept(svc: CaseService) -> None:
    case_id, (item,) = _add(svc, ARABIC.path)
    stored = svc.original_path(item)
    before = hashlib.sha256(stored.read_bytes()).hexdigest()
    changes = svc.recognise_text([item], "ara")
    view = svc.evidence_text(item)
    assert view is not None and view.ok
    assert view.text.startswith("منزل حصين") and view.words[0].text == "منزل"
    assert view.languages == "ara" and view.engine == "tesseract" and view.sha256 == before
    assert view.original_name == ARABIC.image
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == before
    (details,) = _logged(svc, case_id)
    assert changes.ids == {item} and len(changes.entries) == 1
    assert details["sha256"] == before
    assert details["text_sha256"] == hashlib.sha256(view.text.encode()).hexdigest() == view.text_sha256
    assert details["engine_version"] == view.engine_version
    assert details["models"] == view.models and set(view.models) == {"ara"}
    assert details["words"] == len(view.words) and "replaces" not in details
    assert svc.verify(case_id).ok


def test_recognising_again_replaces_the_record_and_says_so(svc: CaseService) -> None:
    case_id, (item,) = _add(svc, ARABIC.path)
    svc.recognise_text([item], "ara")
    first = svc.evidence_text(item)
    svc.recognise_text([item], "ara+eng")
    second = svc.evidence_text(item)
    assert first is not None and second is not None
    assert second.languages == "ara+eng" and second.created_at > first.created_at
    logged = _logged(svc, case_id)
    assert len(logged) == 2
    assert logged[1]["replaces"] == {
        "at": logged[1]["replaces"]["at"],  # type: ignore[index]
        "text_sha256": first.text_sha256,
        "languages": "ara",
    }
    assert svc.verify(case_id).ok


def test_arabic_text_is_found_by_search_without_diacritics_or_hamza(svc: CaseService) -> None:
    jahiz = PAGES[3]
    case_id, items = _add(svc, ARABIC.path, jahiz.path)
    assert svc.search("قناطر") == []
    svc.recognise_text(items, "ara")
    (hit,) = svc.search("قناطر")  # a word of the IbnJawzi line
    assert (hit.object_id, hit.field, hit.case_id) == (items[0], "ocr_text", case_id)
    assert [h.object_id for h in svc.search("الرادة")] == [items[1]]  # read as الرادَّة, with shadda
    assert [h.object_id for h in svc.search("وانهار")] == [items[0]]  # read as وأنهار
    # Editing the item, trashing and restoring it keep its text searchable as before.
    svc.update_evidence(items[0], description="Checkpoint sign")
    assert {h.field for h in svc.search("قناطر")} == {"ocr_text"}
    svc.trash_evidence(items[0], reason="duplicate")
    assert svc.search("قناطر") == []
    svc.restore_evidence(items[0])
    assert [h.object_id for h in svc.search("قناطر")] == [items[0]]


def test_a_damaged_still_is_recorded_as_unreadable(svc: CaseService, tmp_path: Path) -> None:
    cut = tmp_path / "cut.png"
    cut.write_bytes(ARABIC.path.read_bytes()[:1200])
    case_id, items = _add(svc, cut, PAGES[0].path)
    svc.recognise_text(items, "eng")
    broken, fine = svc.evidence_text(items[0]), svc.evidence_text(items[1])
    assert broken is not None and not broken.ok and broken.text == "" and broken.words == ()
    assert broken.error is not None and "could not be decoded" in broken.error
    assert fine is not None and fine.text == "Hello Google"
    assert [d.get("error") is not None for d in _logged(svc, case_id)] == [True, False]


def test_nothing_is_read_without_the_engine_or_a_language(svc: CaseService) -> None:
    case_id, (item,) = _add(svc, ARABIC.path)
    with pytest.raises(ocr.OcrUnavailable, match="tesseract-ocr-hin"):
        svc.recognise_text([item], "hin")
    with pytest.raises(UsageError, match="Name at least one"):
        svc.recognise_text([], "ara")
    with pytest.raises(NotFoundError):
        svc.recognise_text(["no-such-item"], "ara")
    assert _logged(svc, case_id) == [] and svc.evidence_text(item) is None


def test_only_stills_are_read(svc: CaseService) -> None:
    wav = corpus_file("c2pa/sample1_signed.wav")
    case_id, (still, sound) = _add(svc, ARABIC.path, wav)
    with pytest.raises(UsageError, match=r"sample1_signed\.wav"):
        svc.recognise_text([still, sound], "ara")
    assert _logged(svc, case_id) == []
    assert svc.text_unrecognised(case_id) == [still]


def test_progress_is_reported_and_a_cancel_keeps_what_was_recorded(svc: CaseService) -> None:
    case_id, items = _add(svc, ARABIC.path, PAGES[0].path)
    seen: list[tuple[int, int]] = []
    svc.recognise_text(items, "ara", control=TaskControl(progress=lambda d, t, m: seen.append((d, t))))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)

    cancel = threading.Event()
    control = TaskControl(progress=lambda d, t, m: cancel.set() if d == 1 else None, cancel_event=cancel)
    with pytest.raises(Cancelled):
        svc.recognise_text(items, "eng", control=control)
    assert len(_logged(svc, case_id)) == 2  # the cancelled batch recorded nothing
    assert {v.languages for v in map(svc.evidence_text, items) if v is not None} == {"ara"}
    assert svc.verify(case_id).ok


def test_purging_an_item_removes_its_text(svc: CaseService) -> None:
    case_id, (item,) = _add(svc, ARABIC.path)
    svc.recognise_text([item], "ara")
    svc.trash_evidence(item, reason="wrong case")
    svc.purge_evidence(item, reason="wrong case")
    assert svc.search("قناطر") == []
    with pytest.raises(NotFoundError):
        svc.evidence_text(item)
    assert svc.verify(case_id).ok
