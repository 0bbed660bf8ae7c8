"""Transcribing through the service: stored beside the original, logged, replaced, corrected, found."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from casedesk.core.errors import Cancelled, UsageError
from casedesk.core.service import CaseService
from casedesk.core.tasks import ProgressText, TaskControl
from casedesk.speech.errors import ModelError, NoModelError, SpeechAudioError

from .conftest import TINY_EN_HASH, corpus_file, stereo


def _add(svc: CaseService, *paths: Path) -> tuple[str, list[str]]:
    case_id = svc.create_case("Leaked audio").id
    return case_id, [r.evidence_id for r in svc.add_files(case_id, list(paths))]


def _logged(svc: CaseService, case_id: str, action: str) -> list[dict[str, object]]:
    return [e.details for e in svc.custody_log(case_id) if e.action == action]


def test_no_model_says_how_to_add_one(svc: CaseService) -> None:
    pytest.importorskip("faster_whisper")
    case_id, (item,) = _add(svc, stereo().path)
    with pytest.raises(NoModelError, match="casedesk models add PATH"):
        svc.transcribe(item)
    assert svc.transcript(item) is None and _logged(svc, case_id, "transcribe") == []


def test_a_transcript_is_stored_logged_and_the_original_kept(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    case_id, (item,) = _add(svc, stereo().path)
    before = hashlib.sha256(svc.original_path(item).read_bytes()).hexdigest()
    changes = svc.transcribe(item)
    view = svc.transcript(item)
    assert view is not None
    assert "behind the curtain on the left" in view.text
    assert view.language == "en" and view.engine == "faster-whisper" and view.engine_version.startswith("1.")
    assert (view.model_name, view.model_sha256) == ("tiny.en", TINY_EN_HASH)
    assert view.segments and view.segments[0].start == 0.0 and view.segments[-1].end <= 5.05
    assert " ".join(s.text for s in view.segments) == view.text
    assert view.sha256 == before == hashlib.sha256(svc.original_path(item).read_bytes()).hexdigest()
    assert view.correction is None and view.current_text == view.text
    (details,) = _logged(svc, case_id, "transcribe")
    assert changes.ids == {item} and len(changes.entries) == 1
    assert details["model"] == {"name": "tiny.en", "sha256": TINY_EN_HASH}
    assert details["language"] == "en" and details["duration_s"] == pytest.approx(5.0, abs=0.01)
    assert details["text_sha256"] == hashlib.sha256(view.text.encode()).hexdigest() == view.text_sha256
    assert details["sha256"] == before and details["segments"] == len(view.segments)
    assert details["compute_type"] == "int8" and "replaces" not in details
    assert svc.verify(case_id).ok


def test_transcribing_again_replaces_and_says_what_it_replaced(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    case_id, (item,) = _add(svc, stereo().path)
    svc.transcribe(item)
    first = svc.transcript(item)
    svc.transcribe(item, "tiny.en", "en")
    second = svc.transcript(item)
    assert first is not None and second is not None and second.created_at > first.created_at
    assert second.text == first.text  # the same model and audio give the same words
    logged = _logged(svc, case_id, "transcribe")
    assert len(logged) == 2 and logged[1]["language_detected"] is False
    assert logged[1]["replaces"] == {
        "at": logged[1]["replaces"]["at"],  # type: ignore[index]
        "text_sha256": first.text_sha256,
        "models": {"tiny.en": TINY_EN_HASH},
    }


def test_corrections_are_kept_apart_and_logged(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    case_id, (item,) = _add(svc, stereo().path)
    with pytest.raises(UsageError, match="no transcript to correct yet"):
        svc.correct_transcript(item, "anything")
    svc.transcribe(item)
    machine = svc.transcript(item)
    assert machine is not None
    fixed = stereo().reference
    svc.correct_transcript(item, fixed)
    view = svc.transcript(item)
    assert view is not None and view.correction is not None
    assert view.text == machine.text and view.text_sha256 == machine.text_sha256  # the machine's kept
    assert view.correction.text == fixed == view.current_text and not view.correction.stale
    assert svc.correct_transcript(item, fixed).entries == ()  # the same again: nothing logged
    (logged,) = _logged(svc, case_id, "transcript_correct")
    assert logged["corrects"] == machine.text_sha256
    assert logged["text_sha256"] == hashlib.sha256(fixed.encode()).hexdigest()
    svc.transcribe(item)  # the machine's text is redone: the correction stays, marked as older
    again = svc.transcript(item)
    assert again is not None and again.correction is not None and again.correction.stale
    svc.correct_transcript(item, "  ")
    withdrawn = svc.transcript(item)
    assert withdrawn is not None and withdrawn.correction is None
    assert _logged(svc, case_id, "transcript_correct")[-1] == {
        "withdrawn": hashlib.sha256(fixed.encode()).hexdigest()
    }
    assert svc.verify(case_id).ok


def test_transcripts_and_corrections_are_searchable(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    _, (item,) = _add(svc, stereo().path)
    svc.transcribe(item)
    hits = svc.search("curtain")
    assert [(h.object_id, h.field) for h in hits] == [(item, "transcript_text")]
    svc.correct_transcript(item, "He began a confused complaint against the wizard")
    assert {(h.object_id, h.field) for h in svc.search("wizard")} >= {(item, "transcript_edit_text")}
    assert [h.field for h in svc.search("confused complaint")] == ["transcript_edit_text"]


def test_progress_runs_over_the_sound_and_cancel_stores_nothing(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    case_id, (item,) = _add(svc, corpus_file("speech/multilingual.mp3"))
    seen: list[tuple[int, int]] = []
    control = TaskControl()

    def progress(done: int, total: int, message: ProgressText) -> None:
        seen.append((done, total))
        if done >= 25:  # past the first 30-second window: stop
            control.cancel()

    control.progress = progress
    with pytest.raises(Cancelled):
        svc.transcribe(item, control=control)
    assert (0, 60) in seen and all(total in (1, 60) for _, total in seen)
    assert svc.transcript(item) is None and _logged(svc, case_id, "transcribe") == []


def test_a_cancel_before_the_engine_runs(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    _, (item,) = _add(svc, stereo().path)
    control = TaskControl(cancel_event=threading.Event())
    control.cancel()
    with pytest.raises(Cancelled):
        svc.transcribe(item, control=control)
    assert svc.transcript(item) is None


def test_what_cannot_be_transcribed(tiny_svc: CaseService) -> None:
    svc = tiny_svc
    _, (photo, silent, spoken) = _add(
        svc, corpus_file("camera/DSCN0042.jpg"), corpus_file("camera/c.mov"), stereo().path
    )
    with pytest.raises(UsageError, match="Only audio notes and footage with sound"):
        svc.transcribe(photo)
    with pytest.raises(SpeechAudioError, match="no sound to transcribe"):
        svc.transcribe(silent)
    with pytest.raises(ModelError, match="does not know the language ar; it knows: en"):
        svc.transcribe(spoken, language="ar")
    with pytest.raises(ModelError, match="is not a language code"):
        svc.transcribe(spoken, language="français")
    with pytest.raises(ModelError, match="No speech model named large-v3"):
        svc.transcribe(spoken, model="large-v3")


def test_footage_sound_is_transcribed(tiny_svc: CaseService) -> None:
    """A drone's footage (wind and motor noise): transcribed, whatever little the engine hears."""
    svc = tiny_svc
    case_id, (item,) = _add(svc, corpus_file("camera/karma.mp4"))
    svc.transcribe(item, language="en")
    view = svc.transcript(item)
    assert view is not None and view.language == "en"
    assert all(0 <= s.start <= s.end <= 13.1 for s in view.segments)
    assert _logged(svc, case_id, "transcribe")[0]["duration_s"] == pytest.approx(12.0, abs=1.1)


def test_a_model_folder_given_by_path_is_added_first(svc: CaseService, tiny_en_folder: Path) -> None:
    _, (item,) = _add(svc, stereo().path)
    svc.transcribe(item, model=str(tiny_en_folder))
    view = svc.transcript(item)
    assert view is not None and view.model_sha256 == TINY_EN_HASH
    assert [e.sha256 for e in svc.speech_models()] == [TINY_EN_HASH]
    assert svc.remove_speech_model(TINY_EN_HASH[:10]).sha256 == TINY_EN_HASH
    assert svc.speech_models() == []
    assert svc.transcript(item) is not None  # the transcript still names the model it came from
