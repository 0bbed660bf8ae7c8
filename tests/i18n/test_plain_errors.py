"""No user-facing error or progress text of the Qt-free core is plain English any more.

Every error a user reads (a :class:`~casedesk.core.errors.CaseDeskError`, ``Cancelled`` included) and
every progress text given to ``control.report`` is made with ``msg``/``msgn``, so that the catalogues
hold it and the interface and the command line show it in the user's language. This scans the source
(everything under ``src/casedesk`` but the GUI, which Qt translates, and ``i18n``, which defines the
calls) for the English that slipped through: a plain literal or an f-string (or text built from one)
given as the message.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import casedesk
from casedesk.core.errors import CaseDeskError
from casedesk.i18n.catalogs import call_name

PACKAGE = Path(casedesk.__file__).resolve().parent
EXCLUDED = ("ui", "i18n")  # the GUI is Qt's to translate; i18n defines msg and msgn


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in EXCLUDED)


def _module(path: Path) -> str:
    parts = ("casedesk", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _defines_classes(path: Path) -> bool:
    return any(isinstance(node, ast.ClassDef) for node in ast.parse(path.read_text("utf-8")).body)


def error_names() -> frozenset[str]:
    """The names of every CaseDeskError class, once every scanned module defining classes is imported
    (modules without classes, such as the migrations' scripts, define no error and are not run)."""
    for path in _sources():
        if _defines_classes(path):
            importlib.import_module(_module(path))
    return frozenset({CaseDeskError.__name__, *(cls.__name__ for cls in _subclasses(CaseDeskError))})


def is_plain(node: ast.expr) -> bool:
    """English made here without ``msg``: a literal, an f-string, or text joined or formatted from one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""  # "" says nothing, in any language
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return is_plain(node.left) or (isinstance(node.op, ast.Add) and is_plain(node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join", "replace") and is_plain(node.func.value)
    return False


def _is_error(name: str | None, errors: frozenset[str]) -> bool:
    return name is not None and (name.endswith("Error") or name == "Cancelled") and name in errors


def plain_texts(source: str, errors: frozenset[str], where: str = "<snippet>") -> list[str]:
    """``where:line`` of each error made, and each progress reported, with plain English text."""
    found: list[str] = []
    calls = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)]
    for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
        name = call_name(node)
        text: ast.expr | None = None
        if _is_error(name, errors):  # raised here, or made here to be raised elsewhere
            text = node.args[0] if node.args else None
            text = next((k.value for k in node.keywords if k.arg == "message"), text)
        elif name == "report" and isinstance(node.func, ast.Attribute):
            text = node.args[2] if len(node.args) > 2 else None
            text = next((k.value for k in node.keywords if k.arg == "message"), text)
        if text is not None and is_plain(text):
            found.append(f"{where}:{node.lineno}: {name}({ast.unparse(text)[:70]})")
    return found


def test_no_error_or_progress_text_of_the_core_is_plain_english() -> None:
    errors = error_names()
    found = [
        hit
        for path in _sources()
        for hit in plain_texts(path.read_text("utf-8"), errors, path.relative_to(PACKAGE).as_posix())
    ]
    assert not found, "plain text where msg()/msgn() is needed:\n" + "\n".join(found)


def test_the_scan_finds_plain_text_and_passes_messages() -> None:
    errors = frozenset({"UsageError", "BundleError", "Cancelled"})
    snippet = """
def f(path, control, exc):
    raise UsageError("No file here.")
    raise BundleError(
        f"No bundle at {path}."
    )
    raise BundleError("Cannot read " + str(path))
    error = UsageError("The folder {0} does not exist.".format(path))
    control.report(1, 2, f"Verifying {path}")
    control.report(1, 2, message="originals re-hashed")
    raise Cancelled("Stopped.")
    raise UsageError(msg("No file at {path}.", path=path))
    raise BundleError(msg("Cannot read the bundle {path}: {reason}.", path=path, reason=exc)) from None
    raise BundleError(reason)
    raise Cancelled()
    raise ValueError("a programming error")
    raise OtherError("not a CaseDesk error")
    control.report(1, 2, msgn("%n original(s) re-hashed", 1))
    control.report(1, 2, path.name)
    report(1, 2, "not a task's progress")
    control.report(0, 1, "")
"""
    hits = plain_texts(snippet, errors)
    assert [hit.split(":")[1] for hit in hits] == ["3", "4", "7", "8", "9", "10", "11"], hits
    assert hits[0] == "<snippet>:3: UsageError('No file here.')"


def test_the_scan_knows_the_errors_of_every_package() -> None:
    names = error_names()
    assert {"UsageError", "BundleError", "TimestampError", "IntegrityError", "Cancelled"} <= names
    assert "ValueError" not in names and "CliUsageError" not in names
