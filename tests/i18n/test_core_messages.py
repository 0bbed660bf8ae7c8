"""The core's messages: English as before, and French or Arabic from the messages catalogue."""

from __future__ import annotations

import io

import pytest

from casedesk.cli import run
from casedesk.core.custody import at_entry
from casedesk.core.errors import Cancelled, CaseDeskError, IngestError, NotFoundError, UsageError
from casedesk.core.service import CaseService
from casedesk.core.store import damaged_original
from casedesk.core.tasks import TaskControl
from casedesk.i18n import Message, as_message, environment_language, msg, msgn, translate, translate_recorded
from casedesk.i18n.message import FSI, LRI, PDI

NOT_FOUND = "{path}: not found."


def test_a_message_reads_in_english_as_its_format_string_did() -> None:
    message = msg("{path}: not found.", path="/x/a.jpg")
    assert str(message) == "/x/a.jpg: not found." and message.args == {"path": "/x/a.jpg"}
    assert str(msg("Offset {offset!r} s is not a valid position in the video.", offset=-1.5)) == (
        "Offset -1.5 s is not a valid position in the video."
    )
    assert str(msg("Too many backups of {name} in one second.", name="a{b}")) == (
        "Too many backups of a{b} in one second."  # values are data, never a format string
    )


def test_counts_use_the_english_plural_markers_and_each_language_its_forms() -> None:
    one, three = (
        msgn("%n claim(s)", 1, "fragment: what cites a source"),
        msgn("%n claim(s)", 3, "fragment: what cites a source"),
    )
    assert (str(one), str(three)) == ("1 claim", "3 claims")
    assert translate(one, "fr") == "1 allégation" and translate(three, "fr") == "3 allégations"
    arabic = [
        translate(msgn("%n claim(s)", n, "fragment: what cites a source"), "ar") for n in (1, 2, 3, 11, 100)
    ]
    assert arabic == ["ادعاء واحد", "ادعاءان", "3 ادعاءات", "11 ادعاءً", "100 ادعاء"]
    assert (
        translate(msgn("%n originals re-hashed", 1234), "fr")
        == "empreinte recalculée pour 1\u202f234 originaux"
    )


def test_a_message_inside_a_message_is_translated_with_it() -> None:
    claims = msgn("%n claim(s)", 1, "fragment: what cites a source")
    items = msgn("%n evidence item(s)", 2, "fragment: what cites a source")
    citing = msg("{claims} and {items}", "fragment: what cites a source", claims=claims, items=items)
    text = msg(
        "The source {name!r} is still cited by {citing}; unlink it from them to remove it, or keep it.",
        name="Sahel Watch",
        citing=citing,
    )
    assert str(text) == (
        "The source 'Sahel Watch' is still cited by 1 claim and 2 evidence items; "
        "unlink it from them to remove it, or keep it."
    )
    assert translate(text, "fr") == (
        "La source 'Sahel Watch' est encore citée par 1 allégation et 2 pièces\u202f; "
        "dissociez-la pour la retirer, ou conservez-la."
    )
    assert "ادعاء واحد ودليلان" in translate(text, "ar")


def test_values_are_isolated_when_asked_paths_left_to_right() -> None:
    message = msg("{path}: not found.", path="/x/دليل.jpg")
    assert translate(message, "en", isolate=True) == f"{LRI}/x/دليل.jpg{PDI}: not found."
    shown = translate(msg("{name} has no video stream.", name="مقطع.mp4"), "ar", isolate=True)
    assert shown == f"لا يحتوي {FSI}مقطع.mp4{PDI} على دفق فيديو."
    decimal = translate(msg("Offset {offset:.3f} s is beyond the end of the video.", offset=12.5), "fr")
    assert decimal == "La position 12,500 s est au-delà de la fin de la vidéo."  # the French decimal mark


def test_errors_carry_their_message_and_stay_english_as_text() -> None:
    error = NotFoundError(msg("No case matches {ref!r}.", ref="Gao"))
    assert str(error) == "No case matches 'Gao'." and isinstance(error.message, Message)
    assert translate(error.message, "fr") == "Aucun dossier ne correspond à 'Gao'."
    plain = UsageError("No case matches 'Gao'.")  # plain text, while code is converted: shown as recorded
    assert str(plain) == "No case matches 'Gao'." and plain.message.recorded
    assert translate(plain.message, "fr") == "Aucun dossier ne correspond à 'Gao'."
    assert str(Cancelled()) == "Cancelled." and translate(Cancelled().message, "ar") == "تم الإلغاء."
    assert isinstance(IngestError("x").message, Message) and as_message("x").recorded
    with pytest.raises(CaseDeskError, match="No case with id nope"):
        raise NotFoundError(msg("No case with id {id}.", id="nope"))


def test_the_service_raises_messages(svc: CaseService) -> None:
    with pytest.raises(NotFoundError) as caught:
        svc.case_view("no-such-case")
    assert str(caught.value) == "No case with id no-such-case."
    assert translate(caught.value.message, "fr") == "Aucun dossier n’a l’identifiant no-such-case."
    with pytest.raises(UsageError) as caught_usage:
        svc.create_case("  ")
    assert translate(caught_usage.value.message, "ar") == "تحتاج القضية إلى عنوان."


def test_progress_may_be_a_message() -> None:
    seen: list[object] = []
    control = TaskControl(progress=lambda done, total, text: seen.append(text))
    control.report(1, 2, msgn("%n originals re-hashed", 1))
    control.report(2, 2, "photo.jpg")
    assert isinstance(seen[0], Message) and seen[1] == "photo.jpg"
    assert translate("photo.jpg", "ar") == "photo.jpg"  # a file's name is data, shown as it is


# -- text recorded in English ---------------------------------------------------------------------


def test_a_recorded_warning_is_shown_in_the_language_from_its_template() -> None:
    recorded = str(msg(NOT_FOUND, path="/media/ضحايا.jpg"))
    assert translate_recorded(recorded, "fr") == "/media/ضحايا.jpg\u00a0: introuvable."
    assert translate_recorded(recorded, "ar") == "المسار /media/ضحايا.jpg غير موجود."
    assert translate_recorded(recorded, "ar", isolate=True) == f"المسار {LRI}/media/ضحايا.jpg{PDI} غير موجود."
    assert translate_recorded(recorded, "en") == recorded


def test_recorded_values_that_are_messages_are_translated_too() -> None:
    warning = "The JPEG image data could not be decoded: broken data stream when reading image file."
    assert translate_recorded(warning, "fr") == (
        "Impossible de décoder le contenu (données d’image JPEG)\u00a0: "
        "broken data stream when reading image file."  # the library's own words stay as recorded
    )
    mismatch = str(
        msg(
            "File name ends in {suffix} but the content is not recognisable as {promise}.",
            suffix=".zip",
            promise="EPUB book data or Office document data or OpenDocument data or ZIP archive data",
        )
    )
    assert translate_recorded(mismatch, "fr").endswith(
        "comme données de livre EPUB ou données de document Office ou données OpenDocument ou "
        "données d’archive ZIP."
    )


def test_recorded_counts_and_decimals_take_the_languages_forms() -> None:
    corrupt = "12 video packets are flagged as corrupt (damaged or cut short)."
    assert translate_recorded(corrupt, "ar") == "12 رزمةً فيديو مُعلَّمة بأنها فاسدة (تالفة أو مبتورة)."
    assert translate_recorded(corrupt, "fr").startswith("12 paquets de données vidéo sont signalés")
    ends = "The audio data ends at 3.5 s although the file declares 10.0 s; the file is probably truncated."
    assert translate_recorded(ends, "fr") == (
        "Les données audio s’arrêtent à 3,5 s alors que le fichier annonce 10,0 s\u202f; "
        "il est probablement tronqué."
    )


def test_a_recorded_text_no_template_matches_is_shown_as_recorded() -> None:
    for text in ("Something a future version wrote.", "JPEG image data", "video", ""):
        assert translate_recorded(text, "fr") == text  # fragments are never whole texts
    assert translate_recorded("Gao or Kidal", "ar") == "Gao or Kidal"


def test_verify_details_in_the_form_verify_records_them_are_translated() -> None:
    # integrity.py writes f"entry {seq}: {detail}" and f"original {sha}: {damage}"; these are the same.
    chain = str(at_entry(7, "content does not match its hash (entry edited)"))
    assert chain == "entry 7: content does not match its hash (entry edited)"
    assert (
        translate_recorded(chain, "fr")
        == "entrée 7\u00a0: le contenu ne correspond pas à son empreinte (entrée modifiée)"
    )
    sha = "ab" * 32
    store = str(damaged_original(sha, "size is 3 bytes, recorded 5"))
    assert store == f"original {sha}: size is 3 bytes, recorded 5"
    assert translate_recorded(store, "ar") == f"الملف الأصلي {sha}: الحجم 3 بايت، والمسجَّل 5"


# -- the command line -----------------------------------------------------------------------------


def _cli(workspace: object, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--workspace", str(workspace), *args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_speaks_casedesk_language_and_defaults_to_english(
    workspace_dir: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CASEDESK_LANGUAGE", raising=False)
    assert environment_language() == "en"
    code, _, err = _cli(workspace_dir, "case", "show", "Nowhere")
    assert code == 2 and err == "casedesk: No case matches 'Nowhere'.\n"
    monkeypatch.setenv("CASEDESK_LANGUAGE", "fr_FR")
    code, _, err = _cli(workspace_dir, "case", "show", "Nowhere")
    assert code == 2 and err == "casedesk: Aucun dossier ne correspond à 'Nowhere'.\n"
    monkeypatch.setenv("CASEDESK_LANGUAGE", "ar")
    _, _, err = _cli(workspace_dir, "case", "show", "Nowhere")
    assert err == "casedesk: لا توجد قضية تطابق 'Nowhere'.\n"
    monkeypatch.setenv("CASEDESK_LANGUAGE", "de")  # a language CaseDesk does not have: English
    assert environment_language() == "en"


def test_argparse_usage_errors_are_said_in_the_command_lines_language(
    workspace_dir: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse's own English sentences, and the sentence inside "argument X: …", are translated;
    what the user typed and the option names stay as typed."""
    expected = {
        "en": (
            "casedesk: the following arguments are required: case, --pdf\n",
            "casedesk: argument --language: invalid choice: 'de' (choose from 'en', 'fr', 'ar')\n",
            "casedesk: bundle needs one of: export, import\n",
        ),
        "fr": (
            "casedesk: les arguments suivants sont obligatoires : case, --pdf\n",
            "casedesk: argument --language : choix non valide : 'de' (choisir parmi 'en', 'fr', 'ar')\n",
            "casedesk: bundle demande l’une de ces commandes : export, import\n",
        ),
        "ar": (
            "casedesk: الوسائط التالية مطلوبة: case, --pdf\n",
            "casedesk: الوسيط --language: اختيار غير صالح: 'de' (اختر من بين 'en', 'fr', 'ar')\n",
            "casedesk: يحتاج bundle إلى أحد الأوامر التالية: export, import\n",
        ),
    }
    for language, (required, choice, needs) in expected.items():
        monkeypatch.setenv("CASEDESK_LANGUAGE", language)
        assert _cli(workspace_dir, "export") == (2, "", required)
        assert _cli(workspace_dir, "export", "X", "--pdf", "x.pdf", "--language", "de") == (2, "", choice)
        assert _cli(workspace_dir, "bundle") == (2, "", needs)
