"""The compatibility module: version checks, and no other report module reaching into internals."""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import casedesk.report
from casedesk.core.errors import CaseDeskError
from casedesk.report import compat

REPORT = Path(casedesk.report.__file__).parent
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

# -- versions ------------------------------------------------------------------------------------


def test_the_installed_versions_are_supported() -> None:
    compat.check_versions()
    for package in compat.SUPPORTED:
        version = compat.installed_version(package)
        assert version is not None
        assert compat.release(version) is not None


def _fake(package: str, version: str | None) -> object:
    real = compat.installed_version
    return lambda name: version if name == package else real(name)


@pytest.mark.parametrize(
    ("package", "version"),
    [
        ("reportlab", "5.2.0"),
        ("reportlab", "6.0.1"),
        ("reportlab", "4.1.0"),
        ("python-bidi", "0.7.0"),
        ("python-bidi", "0.5.2"),
        ("python-bidi", "unknown"),
    ],
)
def test_an_unsupported_version_fails_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, package: str, version: str
) -> None:
    monkeypatch.setattr(compat, "installed_version", _fake(package, version))
    with pytest.raises(compat.UnsupportedDependencyError) as caught:
        compat.check_versions()
    message = str(caught.value)
    assert isinstance(caught.value, CaseDeskError)  # the CLI and the GUI show it as one plain line
    assert f"needs {package} {compat.supported_range(package)}" in message
    assert f"{package} {version} is installed" in message
    assert "\n" not in message


def test_a_missing_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compat, "installed_version", _fake("python-bidi", None))
    with pytest.raises(compat.UnsupportedDependencyError, match=r"python-bidi is not installed"):
        compat.check_versions()


@pytest.mark.parametrize(
    ("version", "expected"),
    [("5.1.0", (5, 1, 0)), ("4.4.10", (4, 4, 10)), ("5.1.0.post1", (5, 1, 0)), ("5.2.0rc1", (5, 2, 0))],
)
def test_release_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert compat.release(version) == expected


def test_the_bounds_are_those_pyproject_declares() -> None:
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    for package in compat.SUPPORTED:
        declared = [d for d in dependencies if re.match(rf"{re.escape(package)}\s*[<>=!~]", d)]
        assert declared == [package + compat.supported_range(package)]


# -- the wrapped internals ----------------------------------------------------------------------


def test_embedding_levels() -> None:
    assert compat.embedding_levels("abc عرب", False) == [0, 0, 0, 0, 1, 1, 1]
    assert compat.embedding_levels("عرب 12", True) == [1, 1, 1, 1, 2, 2]
    assert compat.BIDI_MIRRORED["("] == ")"


def test_glyph_bounds() -> None:
    casedesk.report.fonts.register()
    assert compat.glyph_x_bounds("CaseDesk-Sans", " ") is None  # no outline
    bounds = compat.glyph_x_bounds("CaseDesk-Sans", "H")
    assert bounds is not None and 0 < bounds[0] < bounds[1] < bounds[2]
    assert ord("H") in compat.charmap("CaseDesk-Sans")


# -- nothing else touches internals -------------------------------------------------------------

# Internals reached only through compat, whatever object they are read on (self included).
MOVED_ATTRIBUTES = frozenset(
    {
        # Canvas and PDFDocument
        "_doc",
        "_pageCompression",
        "_make_preamble",
        "_timeStamp",
        "idToObject",
        "numberToId",
        "idToOffset",
        "inObject",
        "thisPageName",
        "Pages",
        "Catalog",
        "YMDhms",
        # Flowable and Frame
        "_hAlignAdjust",
        "_drawOn",
        "_y",
        # TTFont and its parsed face
        "assignments",
        "face",
        "charToGlyph",
        "glyphPos",
        "get_table_pos",
        "unitsPerEm",
        "_ttf_data",
    }
)
MOVED_MODULES = frozenset({"bidi.algorithm", "bidi.mirror", "reportlab.pdfbase.pdfdoc"})
MOVED_NAMES = frozenset({("bidi", "algorithm"), ("bidi", "mirror"), ("reportlab.pdfbase", "pdfdoc")})
MOVED_NAMES |= {("reportlab.lib.utils", "TimeStamp")}
OWN_PREFIX = "_casedesk_"  # CaseDesk's own attributes set on ReportLab objects (outline entries)


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _foreign_private(name: str, own: set[str]) -> bool:
    """An underscore name neither dunder, nor CaseDesk's own (defined in a report class)."""
    dunder = name.startswith("__") and name.endswith("__")
    return name.startswith("_") and not dunder and not name.startswith(OWN_PREFIX) and name not in own


def own_private_names(trees: list[ast.Module]) -> set[str]:
    """Underscore names CaseDesk's report classes define: their methods and attributes."""
    own: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        own.add(item.name)
                    targets = item.targets if isinstance(item, ast.Assign) else []
                    if isinstance(item, ast.AnnAssign):
                        targets = [item.target]
                    own |= {t.id for t in targets if isinstance(t, ast.Name)}
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and _is_self(target.value):
                    own.add(target.attr)
    return {name for name in own if name.startswith("_")}


def private_uses(tree: ast.Module, own: set[str]) -> Iterator[tuple[int, str]]:
    """(line, what) for each reach into a third-party internal that compat should wrap."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in MOVED_ATTRIBUTES or _foreign_private(node.attr, own):
                yield node.lineno, f".{node.attr}"
        elif isinstance(node, ast.Subscript):  # TTFont.state[doc]
            if isinstance(node.value, ast.Attribute) and node.value.attr == "state":
                yield node.lineno, ".state[...]"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MOVED_MODULES:
                    yield node.lineno, f"import {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module in MOVED_MODULES:
                yield node.lineno, f"from {node.module} import"
            for alias in node.names:
                if (node.module, alias.name) in MOVED_NAMES:
                    yield node.lineno, f"from {node.module} import {alias.name}"


def _report_modules() -> dict[Path, ast.Module]:
    paths = sorted(p for p in REPORT.glob("*.py") if p.name != "compat.py")
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}


def test_no_report_module_but_compat_touches_internals() -> None:
    modules = _report_modules()
    assert len(modules) > 10
    own = own_private_names(list(modules.values()))
    found = [
        f"{path.name}:{line}: {what}"
        for path, tree in modules.items()
        for line, what in private_uses(tree, own)
    ]
    assert found == [], "reach these through casedesk.report.compat:\n" + "\n".join(found)


def test_the_scan_finds_what_it_looks_for() -> None:
    sample = """
from bidi import algorithm
from reportlab.pdfbase.pdfdoc import PDFDocument
import bidi.mirror

class Mine(Flowable):
    def __init__(self):
        self._mine = 1

    def drawOn(self, canvas):
        self._drawOn(canvas)
        self._inherited_private(canvas._doc, self._mine, self.__class__)
        return font.state[doc].assignments, frame._y, item._casedesk_outline, item.state
"""
    tree = ast.parse(sample)
    found = sorted(what for _, what in private_uses(tree, own_private_names([tree])))
    assert found == sorted(
        [
            "from bidi import algorithm",
            "from reportlab.pdfbase.pdfdoc import",
            "import bidi.mirror",
            "._drawOn",
            "._inherited_private",
            "._doc",
            ".state[...]",
            ".assignments",
            "._y",
        ]
    )
