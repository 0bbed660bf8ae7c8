"""The workspace's speech models: added once by the user, kept under their content hash, never fetched.

A model is added from a folder (a faster-whisper / CTranslate2 Whisper model: ``model.bin``,
``config.json``, ``tokenizer.json``, a vocabulary) or from one of its files (its folder is taken).
Only the engine's files are copied, into ``models/<hash>/model/`` of the workspace, hashing while
copying; the engine then loads the copy, so a folder that is not a model it can load is refused and
nothing is kept. The content hash is the SHA-256 of the sorted lines ``<file sha256>  <file name>``:
the same model files give the same hash wherever they came from, and a transcript that names the
hash names exactly the weights that made it. ``models/<hash>/entry.json`` records its name, engine,
size, the files' hashes and the licence note the user gave. Before each use the files are hashed
again, so a model changed on disk is refused rather than silently used.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casedesk.core.errors import IntegrityError
from casedesk.core.timeutil import iso_utc, parse_iso, utcnow
from casedesk.i18n import msg

from . import engine
from .errors import ModelError, NoModelError

MODELS_FOLDER = "models"
ENTRY_FILE = "entry.json"
_CHUNK = 1 << 20
_GENERIC_NAMES = {"model", "models", "data", "files", "weights"}


@dataclass(frozen=True, slots=True)
class ModelEntry:
    """One model of the library, as recorded when it was added."""

    name: str
    engine: str  # "faster-whisper"
    sha256: str  # the content hash (see the module's docstring)
    size: int  # bytes of the engine's files
    files: dict[str, str]  # file name -> SHA-256
    multilingual: bool
    languages: int  # how many languages it knows
    licence: str  # the user's note ("MIT, OpenAI Whisper weights via ..."), "" if none given
    source: str  # where it was added from, as given
    added_at: datetime
    folder: Path  # the copy the engine loads

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "engine": self.engine,
            "sha256": self.sha256,
            "size": self.size,
            "files": self.files,
            "multilingual": self.multilingual,
            "languages": self.languages,
            "licence": self.licence,
            "source": self.source,
            "added_at": iso_utc(self.added_at),
        }


@dataclass(frozen=True, slots=True)
class Added:
    entry: ModelEntry
    added: bool  # False: the same model was already in the library (nothing copied)


def content_hash(files: dict[str, str]) -> str:
    lines = "".join(f"{digest}  {name}\n" for name, digest in sorted(files.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def model_folder(path: Path) -> Path:
    """The model folder ``path`` names: itself, or the folder of a model file given instead."""
    if not path.exists():
        raise ModelError(msg("No such file or folder: {path}.", path=path))
    if path.is_dir():
        return path
    if engine.is_ggml(path):
        raise ModelError(
            msg(
                "{path} is a whisper.cpp (ggml) model; this CaseDesk runs faster-whisper models. Add "
                "the folder of a CTranslate2 conversion of the same model (model.bin, config.json, "
                "tokenizer.json, vocabulary).",
                path=path,
            )
        )
    if path.name in engine.MODEL_FILES:
        return path.parent
    raise ModelError(
        msg(
            "{path} is not a speech model. Give the folder of a faster-whisper (CTranslate2) Whisper "
            "model, or its model.bin.",
            path=path,
        )
    )


class ModelLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root  # the workspace's models folder

    def entries(self) -> list[ModelEntry]:
        """Every model, in the order added."""
        if not self.root.is_dir():
            return []
        found = [_read_entry(p) for p in sorted(self.root.iterdir()) if (p / ENTRY_FILE).is_file()]
        return sorted((e for e in found if e is not None), key=lambda e: (e.added_at, e.name))

    def find(self, ref: str) -> ModelEntry:
        """The model named ``ref``, or whose hash starts with it (8 characters at least)."""
        entries = self.entries()
        if not entries:
            raise no_model()
        named = [e for e in entries if e.name == ref]
        if not named and len(ref) >= 8:
            named = [e for e in entries if e.sha256.startswith(ref.lower())]
        if len(named) == 1:
            return named[0]
        if named:
            raise ModelError(msg("{ref} names several models; give more of the hash.", ref=ref))
        raise ModelError(
            msg(
                "No speech model named {ref} in this workspace; it has: {names}.",
                ref=ref,
                names=", ".join(e.name for e in entries),
            )
        )

    def default(self) -> ModelEntry:
        """The one model of the library; several need choosing by name."""
        entries = self.entries()
        if not entries:
            raise no_model()
        if len(entries) > 1:
            raise ModelError(
                msg(
                    "Several speech models are in this workspace ({names}); choose one by name.",
                    names=", ".join(e.name for e in entries),
                )
            )
        return entries[0]

    def add(
        self,
        path: Path,
        *,
        name: str | None = None,
        licence: str = "",
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> Added:
        """Copy the model at ``path`` in (once: the same files again return the entry there is)."""
        source = model_folder(path.expanduser())
        names = engine.model_files(source)
        chosen = (name or _default_name(source)).strip()
        if not chosen:
            raise ModelError(msg("A model needs a name."))
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".adding-", dir=self.root))
        try:
            files = _copy(source, names, staging / "model", progress)
            digest = content_hash(files)
            existing = [e for e in self.entries() if e.sha256 == digest]
            if existing:
                return Added(existing[0], added=False)
            taken = [e for e in self.entries() if e.name == chosen]
            if taken:
                raise ModelError(
                    msg("A different model is already named {name}; choose another name.", name=chosen)
                )
            facts = engine.LoadedModel(staging / "model", threads=1).facts
            entry = ModelEntry(
                name=chosen,
                engine=engine.ENGINE,
                sha256=digest,
                size=sum((staging / "model" / n).stat().st_size for n in files),
                files=files,
                multilingual=facts.multilingual,
                languages=len(facts.languages),
                licence=licence.strip(),
                source=str(path),
                added_at=utcnow(),
                folder=self.root / digest / "model",
            )
            (staging / ENTRY_FILE).write_text(
                json.dumps(entry.to_json(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
            os.replace(staging, self.root / digest)
            return Added(entry, added=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def remove(self, ref: str) -> ModelEntry:
        entry = self.find(ref)
        doomed = self.root / f".removing-{entry.sha256}"
        os.replace(self.root / entry.sha256, doomed)  # gone from the library at once, then deleted
        shutil.rmtree(doomed, ignore_errors=True)
        return entry

    def verify(self, entry: ModelEntry) -> None:
        """Hash the model's files again: :class:`IntegrityError` if any changed since it was added."""
        for file_name, expected in entry.files.items():
            path = entry.folder / file_name
            try:
                actual = _sha256(path)
            except OSError as exc:
                raise IntegrityError(
                    msg(
                        "The model {name} is damaged: {file} cannot be read.", name=entry.name, file=file_name
                    )
                ) from exc
            if actual != expected:
                raise IntegrityError(
                    msg(
                        "The model {name} has changed since it was added ({file} differs); remove it and "
                        "add it again.",
                        name=entry.name,
                        file=file_name,
                    )
                )


def no_model() -> NoModelError:
    return NoModelError(
        msg(
            "No speech model is installed in this workspace. CaseDesk never downloads one: add a "
            "faster-whisper model folder once with `casedesk models add PATH` (or Preferences ▸ Models)."
        )
    )


def _default_name(folder: Path) -> str:
    resolved = folder.resolve()
    if resolved.name.lower() in _GENERIC_NAMES and resolved.parent.name:
        return resolved.parent.name
    return resolved.name


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy(
    source: Path, names: list[str], target: Path, progress: Callable[[int, int], None]
) -> dict[str, str]:
    """Copy the engine's files, hashing what is written; file name -> SHA-256."""
    target.mkdir(parents=True)
    total = sum((source / n).stat().st_size for n in names)
    done = 0
    files: dict[str, str] = {}
    for file_name in names:
        digest = hashlib.sha256()
        try:
            with (source / file_name).open("rb") as src, (target / file_name).open("wb") as dst:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                    done += len(chunk)
                    progress(done, total)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as exc:
            raise ModelError(
                msg(
                    "Cannot copy {file} of the model: {reason}.", file=source / file_name, reason=exc.strerror
                )
            ) from exc
        files[file_name] = digest.hexdigest()
    return files


def _read_entry(folder: Path) -> ModelEntry | None:
    try:
        data = json.loads((folder / ENTRY_FILE).read_text(encoding="utf-8"))
        return ModelEntry(
            name=str(data["name"]),
            engine=str(data["engine"]),
            sha256=str(data["sha256"]),
            size=int(data["size"]),
            files={str(k): str(v) for k, v in data["files"].items()},
            multilingual=bool(data["multilingual"]),
            languages=int(data["languages"]),
            licence=str(data.get("licence", "")),
            source=str(data.get("source", "")),
            added_at=parse_iso(str(data["added_at"])),
            folder=folder / "model",
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a half-written or foreign folder is not a model of the library
