"""The workspace's model library: a real model added once under its content hash; what is refused."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from casedesk.core.errors import IntegrityError
from casedesk.speech.errors import ModelError, NoModelError
from casedesk.speech.library import ENTRY_FILE, ModelLibrary, content_hash

from .conftest import CORPUS, TINY_EN_HASH


def test_a_model_folder_is_checked_copied_and_recorded(tmp_path: Path, tiny_en_folder: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    added = library.add(tiny_en_folder, name="tiny.en", licence="MIT, Systran/faster-whisper-tiny.en")
    entry = added.entry
    assert added.added and entry.sha256 == TINY_EN_HASH and entry.engine == "faster-whisper"
    assert set(entry.files) == {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"}
    for name, digest in entry.files.items():
        assert hashlib.sha256((tiny_en_folder / name).read_bytes()).hexdigest() == digest
        assert (entry.folder / name).read_bytes() == (tiny_en_folder / name).read_bytes()
    assert content_hash(entry.files) == entry.sha256
    assert entry.folder == tmp_path / "models" / TINY_EN_HASH / "model"
    assert entry.size == sum((tiny_en_folder / n).stat().st_size for n in entry.files)
    assert not entry.multilingual and entry.languages == 1
    recorded = json.loads((tmp_path / "models" / TINY_EN_HASH / ENTRY_FILE).read_text())
    assert recorded["licence"] == "MIT, Systran/faster-whisper-tiny.en" and recorded["name"] == "tiny.en"
    assert library.entries() == [entry]
    assert library.find("tiny.en") == entry == library.find(TINY_EN_HASH[:8]) == library.default()
    assert not any(p.name.startswith(".") for p in (tmp_path / "models").iterdir())  # no staging left


def test_the_same_model_twice_is_kept_once(tmp_path: Path, tiny_en_folder: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    first = library.add(tiny_en_folder, name="tiny.en")
    again = library.add(tiny_en_folder / "model.bin", name="another name")  # a file names its folder
    assert not again.added and again.entry == first.entry
    assert [e.name for e in library.entries()] == ["tiny.en"]


def test_a_name_is_one_model(tmp_path: Path, tiny_en_folder: Path, base_folder: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    library.add(tiny_en_folder, name="whisper")
    with pytest.raises(ModelError, match="already named whisper"):
        library.add(base_folder, name="whisper")
    library.add(base_folder, name="base")
    with pytest.raises(ModelError, match=r"Several speech models .*whisper, base"):
        library.default()
    assert library.remove("whisper").name == "whisper"
    assert [e.name for e in library.entries()] == ["base"]
    assert library.default().multilingual and library.default().languages == 100


def test_folders_that_are_not_models_are_refused(tmp_path: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    with pytest.raises(ModelError, match=r"model\.bin, config\.json, tokenizer\.json"):
        library.add(CORPUS / "speech")
    with pytest.raises(ModelError, match="No such file or folder"):
        library.add(tmp_path / "nowhere")
    with pytest.raises(ModelError, match="is not a speech model"):
        library.add(CORPUS / "speech" / "habibi_ALG.wav")
    assert library.entries() == []


def test_a_whisper_cpp_file_is_named_as_such(tmp_path: Path) -> None:
    ggml = tmp_path / "ggml-tiny.bin"
    ggml.write_bytes(b"lmgg" + bytes(64))
    with pytest.raises(ModelError, match=r"whisper\.cpp \(ggml\)"):
        ModelLibrary(tmp_path / "models").add(ggml)


def test_a_folder_the_engine_cannot_load_leaves_nothing(tmp_path: Path, tiny_en_folder: Path) -> None:
    fake = tmp_path / "fake"
    shutil.copytree(tiny_en_folder, fake, ignore=shutil.ignore_patterns("model.bin"))
    (fake / "model.bin").write_bytes(b"\0" * 1000)  # the right names, no weights
    library = ModelLibrary(tmp_path / "models")
    with pytest.raises(ModelError, match="cannot load the model"):
        library.add(fake)
    assert library.entries() == [] and list((tmp_path / "models").iterdir()) == []


def test_a_model_changed_on_disk_is_refused(tmp_path: Path, tiny_en_folder: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    entry = library.add(tiny_en_folder, name="tiny.en").entry
    library.verify(entry)
    with (entry.folder / "vocabulary.txt").open("a") as handle:
        handle.write("extra\n")
    with pytest.raises(IntegrityError, match=r"tiny\.en has changed since it was added \(vocabulary.txt"):
        library.verify(entry)


def test_an_empty_library_says_how_to_add_a_model(tmp_path: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    for call in (library.default, lambda: library.find("tiny")):
        with pytest.raises(NoModelError, match=r"never downloads one.*casedesk models add PATH"):
            call()


def test_an_unknown_name_lists_the_known(tmp_path: Path, tiny_en_folder: Path) -> None:
    library = ModelLibrary(tmp_path / "models")
    library.add(tiny_en_folder, name="tiny.en")
    with pytest.raises(ModelError, match=r"No speech model named large-v3 .*it has: tiny\.en"):
        library.find("large-v3")
