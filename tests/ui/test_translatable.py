"""Every user-visible string of the GUI goes through Qt's translation, in a form lupdate extracts.

An AST scan of ``src/casedesk/ui/**/*.py``. What it checks:

1. *Text positions* hold no untranslated literal. A text position is an argument that Qt shows as text
   (see ``TEXT_ARGS``: widget constructors such as QLabel, QPushButton, QAction, QMessageBox; setters
   such as setText, setWindowTitle, setToolTip, setPlaceholderText; addTab, addRow, addMenu, addAction,
   addItem, setHeaderLabels; QInputDialog and QFileDialog captions and labels; the progress title of a
   task; the undo text of an edit; CaseDesk's own helpers that show text: hint, heading, show_info …),
   the label of each (label, value) choice given to a combo box, and what the label functions return
   (``headers``, ``headerData`` and functions whose names end in ``labels``, ``statuses``, ``stances``,
   ``types``, ``words``, ``choices``, ``states``, ``actions``, ``kinds``, ``fields`` or ``_text``: their
   return values and the values of the dicts they build). In such a position a string literal, an
   f-string, a concatenation or a ``"…".format()`` is a failure when its literal text has letters,
   unless it is one of ``ALLOWED`` below. A translated call (``self.tr``, ``QCoreApplication.translate``),
   its ``.format()``, :func:`plural` of it, and user data (:func:`isolate`, :func:`ltr`, names) pass.
2. *Translation calls are extractable*: ``QCoreApplication.translate`` has a literal context and a
   literal text (no f-string, no concatenation, no variable); ``tr`` is only ever ``self.tr`` with a
   literal text, in a method of a class that nothing in the GUI subclasses (PySide6 looks it up under the
   instance's class name, lupdate under the class it is written in); a bare ``tr()`` or ``x.tr()`` fails.
3. *Counts use numerus forms*: a text with ``%n``/``%Ln`` passes the count, as a plain name (lupdate
   silently skips a numerus message whose count is an attribute or a call), through ``self.tr(text, "",
   n)`` (lupdate takes a variable count given to ``QCoreApplication.translate`` for an encoding argument
   and extracts the message as an ordinary one), and a text with the English
   plural markers "(s)", "(es)", "y(ies)" is numerus and sits inside ``plural(…)``, which resolves the
   markers when no translation replaced them.

And lupdate itself, run on the same files, extracts every (context, text) the scan found.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import casedesk.ui

UI = Path(casedesk.ui.__file__).parent
ANY = "*"  # every positional argument that can be text

# Allowed literal text in a text position, each with its reason. Literal text without any letter is
# allowed too (see ``has_letters``): "", "#", "–", "…", "×", "+", "−", "1:1", "⟲", "⟳", "{0}/{1}", " · ",
# "✔ ", "?", "<b>{0}</b>" (markup and placeholders only), and file-dialog patterns such as "*.pdf".
ALLOWED = {
    "CaseDesk": "the product's name, the same in every language",
}

# Callable name -> positional indices (or ANY) and keyword names that are shown as text.
TEXT_ARGS: dict[str, tuple[object, tuple[str, ...]]] = {
    # Qt widgets and items built with their text
    "QLabel": ((0,), ("text",)),
    "QPushButton": (ANY, ("text",)),
    "QCheckBox": ((0,), ("text",)),
    "QRadioButton": ((0,), ("text",)),
    "QGroupBox": ((0,), ("title",)),
    "QCommandLinkButton": (ANY, ("text", "description")),
    "QAction": (ANY, ("text",)),
    "QMenu": ((0,), ("title",)),
    "QMessageBox": ((1, 2), ("title", "text")),
    "QProgressDialog": ((0, 1), ("labelText", "cancelButtonText")),
    "QListWidgetItem": (ANY, ("text",)),
    "QTableWidgetItem": (ANY, ("text",)),
    "QTreeWidgetItem": (ANY, ("strings",)),
    "QUndoCommand": ((0,), ("text",)),
    # Qt setters and adders
    "setText": ((0,), ()),
    "setWindowTitle": ((0,), ()),
    "setWindowIconText": ((0,), ()),
    "setToolTip": ((0,), ()),
    "setStatusTip": ((0,), ()),
    "setWhatsThis": ((0,), ()),
    "setPlaceholderText": ((0,), ()),
    "setAccessibleName": ((0,), ()),
    "setAccessibleDescription": ((0,), ()),
    "setTitle": ((0,), ()),
    "setLabelText": ((0,), ()),
    "setOkButtonText": ((0,), ()),
    "setCancelButtonText": ((0,), ()),
    "setInformativeText": ((0,), ()),
    "setDetailedText": ((0,), ()),
    "setSuffix": ((0,), ()),
    "setPrefix": ((0,), ()),
    "setSpecialValueText": ((0,), ()),
    "setFormat": ((0,), ()),
    "setTabText": ((1,), ()),
    "setTabToolTip": ((1,), ()),
    "setItemText": ((1,), ()),
    "setHeaderLabels": ((0,), ()),
    "setHorizontalHeaderLabels": ((0,), ()),
    "setVerticalHeaderLabels": ((0,), ()),
    "addTab": (ANY, ()),
    "insertTab": (ANY, ()),
    "addItem": ((0,), ("text",)),  # (text, data): the data is not shown
    "addItems": ((0,), ()),
    "insertItem": ((1,), ()),
    "addAction": (ANY, ("text",)),
    "addMenu": (ANY, ("title",)),
    "addToolBar": (ANY, ("title",)),
    "addRow": ((0,), ()),
    "addButton": ((0,), ("text",)),
    "showMessage": ((0,), ()),
    "showText": ((1,), ()),  # QToolTip.showText(pos, text)
    "getText": ((1, 2), ("title", "label")),
    "getMultiLineText": ((1, 2), ("title", "label")),
    "getItem": ((1, 2, 3), ("title", "label", "items")),
    "getInt": ((1, 2), ("title", "label")),
    "getDouble": ((1, 2), ("title", "label")),
    "getOpenFileName": ((1, 3), ("caption", "filter")),
    "getOpenFileNames": ((1, 3), ("caption", "filter")),
    "getSaveFileName": ((1, 3), ("caption", "filter")),
    "getExistingDirectory": ((1,), ("caption",)),
    "question": ((1, 2), ("title", "text")),
    "information": ((1, 2), ("title", "text")),
    "warning": ((1, 2), ("title", "text")),
    "critical": ((1, 2), ("title", "text")),
    "about": ((1, 2), ("title", "text")),
    # CaseDesk's own helpers that show their argument
    "heading": ((0,), ("text",)),
    "hint": ((0,), ("text",)),
    "BidiLabel": ((0,), ("text",)),
    "FormDialog": ((0,), ("title", "intro")),
    "RecordList": ((0, 1), ("title", "add_text")),
    "ReasonDialog": ((0,), ("title",)),
    "ask_reason": ((1,), ("title",)),
    "show_info": ((1, 2, 3), ("title", "text", "details")),
    "show_status": ((1,), ("text",)),
    "show_error": ((2,), ("title",)),
    "run_task": ((1,), ("title",)),
    "run_released": ((1,), ("title",)),
    "ok_text": ((1,), ("text",)),
    "_action": ((1,), ("text",)),  # menus: _action(window, text, slot, …)
    "action": ((0, 2), ("text", "tip")),  # the Evidence pane's actions: action(text, slot, tip)
    "tool": ((0, 1), ("text", "tip")),  # the picture viewer's buttons: tool(text, tip, slot)
    # undo texts (shown in Edit ▸ Undo …)
    "run": ((1,), ("text",)),  # ops.run(parent, text, write, …)
    "_run": ((1,), ("text",)),
    "_update": ((0,), ()),
    "_save": ((0,), ()),
    "_edit": ((1,), ()),
    "add_record": ((2,), ("text",)),
    "edit_record": ((2,), ("text",)),
    "remove_record": ((2,), ("text",)),
    "restore_record": ((2,), ("text",)),
}
CHOICE_CALLS = {"combo", "CommitComboBox", "set_choices"}  # a list of (label, value): the labels show
LABEL_FUNCTION = re.compile(
    r"^(headers|headerData|_display|_tooltip|displayText)$"
    r"|(labels|statuses|stances|types|words|choices|states|actions|kinds|fields|_text)$"
)
TRANSLATE = {"translate", "QT_TRANSLATE_NOOP"}
USER_DATA = {"isolate", "ltr", "str", "repr"}  # what these wrap is data, not interface text
NUMERUS = re.compile(r"%L?n")
MARKERS = re.compile(r"y\(ies\)|\((?:s|es)\)")
PLACEHOLDERS = re.compile(r"\{\w*\}|%L?\d+|%L?n|\*\.\w+|\*|<[^>]*>")  # and markup such as <b>


def has_letters(text: str) -> bool:
    """Whether a literal says something in a language (placeholders and file patterns aside)."""
    return any(ch.isalpha() for ch in PLACEHOLDERS.sub("", text))


@dataclass
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


@dataclass
class Extracted:
    """The (context, text) pairs the scan says lupdate must extract."""

    messages: set[tuple[str, str]] = field(default_factory=set)


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Scanner(ast.NodeVisitor):
    def __init__(self, path: str, subclassed: set[str]) -> None:
        self.path = path
        self.subclassed = subclassed
        self.findings: list[Finding] = []
        self.extracted = Extracted()
        self._classes: list[str] = []
        self._functions: list[str] = []
        self._in_plural = 0

    def fail(self, node: ast.AST, what: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), what))

    # -- scopes --------------------------------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._functions.append(node.name)
        if LABEL_FUNCTION.search(node.name):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    self.text(inner.value, f"returned by {node.name}()")
                elif isinstance(inner, ast.Dict):
                    for value in inner.values:
                        self.text(value, f"a label in {node.name}()")
        self.generic_visit(node)
        self._functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    # -- calls ---------------------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        self.check_translation_call(node, name)
        spec = TEXT_ARGS.get(name)
        if spec is not None:
            positions, keywords = spec
            for index, arg in enumerate(node.args):
                if positions == ANY or index in positions:  # type: ignore[operator]
                    self.text(arg, f"argument {index + 1} of {name}()")
            for keyword in node.keywords:
                if keyword.arg in keywords:
                    self.text(keyword.value, f"{keyword.arg}= of {name}()")
        if name in CHOICE_CALLS and node.args:
            self.choices(node.args[0], name)
        if name == "plural" and node.args:
            self._in_plural += 1
            self.visit(node.args[0])
            self._in_plural -= 1
            for rest in [*node.args[1:], *(k.value for k in node.keywords)]:
                self.visit(rest)
            self.visit(node.func)
            return
        self.generic_visit(node)

    def choices(self, node: ast.expr, name: str) -> None:
        elements = node.elts if isinstance(node, ast.List | ast.Tuple) else []
        if isinstance(node, ast.ListComp) and isinstance(node.elt, ast.Tuple):
            elements = [node.elt]
        for element in elements:
            if isinstance(element, ast.Tuple) and element.elts:
                self.text(element.elts[0], f"a choice's label in {name}()")

    def check_translation_call(self, node: ast.Call, name: str) -> None:
        func = node.func
        if name == "tr":
            is_self_tr = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            if not (is_self_tr and func.value.id == "self"):  # type: ignore[union-attr]
                self.fail(node, "tr() other than self.tr(): lupdate and PySide6 disagree on its context")
                return
            if not self._classes:
                self.fail(node, "self.tr() outside a class")
                return
            context = self._classes[-1]
            if context in self.subclassed:
                self.fail(node, f"self.tr() in {context}, which is subclassed: looked up under the subclass")
            self.message(node, context, node.args[0] if node.args else None, count_at=2)
        elif name in TRANSLATE:
            if isinstance(func, ast.Attribute) and name == "translate":
                owner = func.value
                if not (isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "QApplication")):
                    return  # str.translate and the like
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self.fail(node, f"{name}() without a literal context: lupdate cannot extract it")
                return
            self.message(node, context, node.args[1] if len(node.args) > 1 else None, count_at=3)
            if len(node.args) > 3 or any(k.arg == "n" for k in node.keywords):
                self.fail(
                    node,
                    "a count given to QCoreApplication.translate(): lupdate 6 takes it for an encoding and "
                    "does not mark the message numerus; count in a QObject method, with self.tr(text, '', n)",
                )

    def message(self, node: ast.Call, context: str, text_node: ast.expr | None, count_at: int) -> None:
        text = _literal(text_node)
        if text is None:
            self.fail(node, "a translated text that is not one literal string: lupdate cannot extract it")
            return
        self.extracted.messages.add((context, text))
        count = node.args[count_at] if len(node.args) > count_at else None
        count = count or next((k.value for k in node.keywords if k.arg == "n"), None)
        if NUMERUS.search(text) and count is None:
            self.fail(node, f"{text!r} has %n but no count is passed")
        if count is not None and not isinstance(count, ast.Name):
            self.fail(node, f"{text!r}: the count must be a plain name, lupdate skips the message otherwise")
        if MARKERS.search(text):
            if not NUMERUS.search(text):
                self.fail(node, f"{text!r} has plural markers but no %n")
            elif not self._in_plural:
                self.fail(node, f"{text!r} has plural markers: wrap it in plural(…, n)")

    # -- what a text position holds ------------------------------------------------------------------
    def text(self, node: ast.expr, where: str) -> None:
        literal = _literal(node)
        if literal is not None:
            if has_letters(literal) and literal not in ALLOWED:
                self.fail(node, f"untranslated {literal!r} ({where})")
            return
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                piece = _literal(part) if isinstance(part, ast.Constant) else None
                if piece is not None and has_letters(piece):
                    self.fail(node, f"an f-string with untranslated words {piece!r} ({where})")
                elif isinstance(part, ast.FormattedValue):
                    self.text(part.value, where)
            return
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            self.text(node.left, where)
            if isinstance(node.op, ast.Add):
                self.text(node.right, where)
            return
        if isinstance(node, ast.Subscript):  # ["Case", "Status"][section]
            self.text(node.value, where)
            return
        if isinstance(node, ast.IfExp):
            self.text(node.body, where)
            self.text(node.orelse, where)
            return
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                self.text(value, where)
            return
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            for element in node.elts:
                if not isinstance(element, ast.Starred):
                    self.text(element, where)
            return
        if isinstance(node, ast.Call):
            name = _callee(node)
            if name in ("format", "join") and isinstance(node.func, ast.Attribute):
                self.text(node.func.value, where)  # the pattern or separator must be translated
            elif name == "plural" and node.args:
                self.text(node.args[0], where)
            # translations, user data (isolate, ltr, str) and any other call: not a literal here


def subclassed_classes(trees: dict[str, ast.Module]) -> set[str]:
    """Names of the GUI's classes that another GUI class derives from."""
    defined = {n.name for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    bases = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    bases.add(name)
    return defined & bases


def scan_sources(sources: dict[str, str]) -> tuple[list[Finding], set[tuple[str, str]]]:
    trees = {path: ast.parse(text, path) for path, text in sources.items()}
    subclassed = subclassed_classes(trees)
    findings: list[Finding] = []
    messages: set[tuple[str, str]] = set()
    for path, tree in trees.items():
        scanner = Scanner(path, subclassed)
        scanner.visit(tree)
        findings += scanner.findings
        messages |= scanner.extracted.messages
    return findings, messages


def gui_sources() -> dict[str, str]:
    return {
        str(p.relative_to(UI.parent.parent.parent)): p.read_text("utf-8") for p in sorted(UI.rglob("*.py"))
    }


# -- the GUI ------------------------------------------------------------------------------------------


def test_every_user_visible_string_is_translatable() -> None:
    sources = gui_sources()
    assert len(sources) > 40  # the whole GUI is scanned, evidence pane included
    findings, messages = scan_sources(sources)
    assert not findings, "\n".join(map(str, findings))
    assert len(messages) > 500


def lupdate() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_extracts_every_translated_string(tmp_path: Path) -> None:
    tool = lupdate()
    assert tool is not None, "pyside6-lupdate is part of PySide6"
    files = sorted(str(p) for p in UI.rglob("*.py"))
    ts = tmp_path / "check.ts"
    subprocess.run([tool, *files, "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    messages = [(context, message) for context in root.iter("context") for message in context.iter("message")]
    extracted = {(c.findtext("name") or "", m.findtext("source") or "") for c, m in messages}
    not_numerus = [
        m.findtext("source")
        for _c, m in messages
        if re.search(r"%L?n", m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert not not_numerus, f"counted messages lupdate does not mark numerus: {not_numerus}"
    _findings, expected = scan_sources(gui_sources())
    missing = sorted(expected - extracted)
    assert not missing, f"lupdate does not extract: {missing}"
    # Nothing lupdate finds is outside what the scan understands (e.g. a context it got wrong).
    assert not {c for c, _ in extracted - expected}, sorted(extracted - expected)[:20]


# -- the scanner itself, on planted examples -------------------------------------------------------


def findings_in(snippet: str) -> list[str]:
    """What the scan finds in a snippet (a statement is scanned as the body of a widget's method)."""
    code = textwrap.dedent(snippet)
    if not code.startswith(("def ", "class ")):
        code = "class Planted(QWidget):\n    def method(self):\n" + textwrap.indent(code, " " * 8)
    findings, _ = scan_sources({"planted.py": code})
    return [f.what for f in findings]


@pytest.mark.parametrize(
    "snippet",
    [
        'QLabel("Title")',
        'button.setText("Save")',
        'window.setWindowTitle(f"{title} — Viewer")',
        'box.setToolTip("Copy " + name)',
        'edit.setPlaceholderText("e.g. {0}".format(x))',
        'tabs.addTab(widget, "Overview")',
        'form.addRow("Name", field)',
        'menu.addMenu("&File")',
        'combo([("Full custody log", "full")])',
        'view.setHeaderLabels(["#", "Evidence"])',
        'QMessageBox(QMessageBox.Icon.Warning, "No microphone", text)',
        'QInputDialog.getText(self, "New case", "Title")',
        'show_info(parent, title, "The case was imported.")',
        'ops.run(self, "Add a claim", write)',
        "def state_labels():\n    return {'pending': 'Pending'}",
        "class M:\n    def headers(self):\n        return ['Claim', self.tr('Status')]",
        'label.setText("Done" if ok else QCoreApplication.translate("x", "Failed"))',
    ],
)
def test_the_scanner_finds_untranslated_text(snippet: str) -> None:
    assert any("untranslated" in what for what in findings_in(snippet)), snippet


@pytest.mark.parametrize(
    ("snippet", "problem"),
    [
        ('QCoreApplication.translate("ctx", f"{n} items")', "not one literal"),
        ('QCoreApplication.translate("ctx", "a " + b)', "not one literal"),
        ("QCoreApplication.translate(CONTEXT, 'Text')", "literal context"),
        ("class W(QWidget):\n    def f(self):\n        return self.tr(words[key])", "not one literal"),
        ("def f():\n    return tr('Text')", "other than self.tr"),
        ("def f(dialog):\n    return dialog.tr('Text')", "other than self.tr"),
        ("class A(QWidget):\n    def f(self):\n        self.tr('x')\nclass B(A):\n    pass", "subclassed"),
        ('QCoreApplication.translate("ctx", "%Ln item(s)")', "no count"),
        ('self.tr("%Ln item(s)", "", n)', "wrap it in plural"),
        ('QCoreApplication.translate("ctx", "item(s)")', "no %n"),
        (
            'plural(QCoreApplication.translate("ctx", "%Ln hit(s)", None, n), n)',
            "does not mark the message numerus",
        ),
        ('plural(self.tr("%Ln page(s)", "", result.pages), 2)', "plain name"),
        ('plural(self.tr("%Ln item(s)", "", len(items)), 2)', "plain name"),
    ],
)
def test_the_scanner_finds_what_lupdate_cannot_extract(snippet: str, problem: str) -> None:
    found = findings_in(snippet)
    assert any(problem in what for what in found), (snippet, found)


@pytest.mark.parametrize(
    "snippet",
    [
        'QLabel(self.tr("Title"))',
        'QLabel("")',
        'tool("+", self.tr("Zoom in"), zoom)',
        'tool("⟲", self.tr("Rotate left"), rotate)',
        'self.setWindowTitle("CaseDesk")',
        'label.setText(self.tr("{0} — {1}").format(isolate(name), ltr(path)))',
        'label.setText(f"{a} · {b}")',
        'label.setText(plural(self.tr("%Ln item(s)", "", n), n))',
        'label.setText(plural(self.tr("{0} of %Ln hit(s)", "", n), n).format(x))',
        'box.addItem(self.tr("Graphic"), "graphic")',
        "combo([(label, key) for key, label in stances().items()])",
        'QFileDialog.getSaveFileName(self, self.tr("Save report"), path, pdf_filter())',
        'self.count.setText("{0}/{1}".format(a, b))',
        "text.translate({1: None})",
        "def kind_label(kind):\n    return labels.get(kind, kind)",
    ],
)
def test_the_scanner_accepts_translated_text_and_symbols(snippet: str) -> None:
    assert findings_in(snippet) == []


def test_has_letters() -> None:
    assert has_letters("Save") and has_letters("{0} items") and has_letters("العربية")
    assert not any(
        map(has_letters, ["", "#", "–", "…", "×", "{0}/{1}", " · ", "%Ln", "*.pdf", "(*)", "<b>{0}</b>"])
    )
