"""The report's message catalogs kept in step with its source (a maintainer's tool, not used to export).

``python -m casedesk.report.catalogs`` reads every ``tr``, ``trn`` and ``N_`` call with literal
arguments in ``casedesk/report/*.py`` (with ``ast``; Qt's lupdate does not know these calls) and
rewrites ``resources/translations/report_fr.ts`` and ``report_ar.ts``: translations already made are
kept, new messages are added as unfinished, messages no longer in the source are dropped, locations
and translator notes (``#:`` comments on the lines just above a call) are refreshed. Then translate
the unfinished ones, in Qt Linguist (``pyside6-linguist``) or by hand: the report's tests fail while
any message is unfinished or missing.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from casedesk.report.i18n import CONTEXT, LANGUAGES, NUMERUS_FORMS, Key, Message, catalog_path, read_catalog

SOURCE = Path(__file__).resolve().parent
CALLS = {"tr": False, "trn": True, "N_": False}  # name -> numerus
_ENTITIES = {'"': "&quot;", "'": "&apos;"}


@dataclass
class Found:
    """A message as the source uses it."""

    source: str
    disambiguation: str
    numerus: bool
    locations: list[tuple[str, int]] = field(default_factory=list)  # (file name, line)
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return self.source, self.disambiguation


@dataclass(frozen=True)
class Problem:
    where: str
    what: str


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _note(lines: list[str], line: int) -> str:
    """The ``#:`` comment lines just above source line ``line`` (1-based), joined."""
    found: list[str] = []
    index = line - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        text = lines[index].strip()
        if text.startswith("#:"):
            found.insert(0, text[2:].strip())
        elif found:
            break
        index -= 1
    return " ".join(found)


def _statement_lines(tree: ast.Module) -> dict[int, int]:
    """Line of each node -> first line of the statement holding it (where a ``#:`` note sits)."""
    first: dict[int, int] = {}
    for statement in ast.walk(tree):
        if isinstance(statement, ast.stmt):
            for node in ast.walk(statement):
                if hasattr(node, "lineno"):
                    first[node.lineno] = statement.lineno  # walked outside in: the innermost wins
    return first


def _marked(tree: ast.Module) -> set[str]:
    """Module-level names bound to an ``N_("…")`` literal: ``tr(NAME)`` is then checked at ``N_``."""
    names: set[str] = set()
    for statement in tree.body:
        if not isinstance(statement, ast.Assign):
            continue
        if isinstance(statement.value, ast.Call) and _name(statement.value) == "N_":
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return names


def _forwarded(tree: ast.Module) -> set[int]:
    """ids of calls inside a ``tr``/``trn`` definition that pass that definition's own parameters on."""
    passed: set[int] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or function.name not in CALLS:
            continue
        parameters = {a.arg for a in function.args.args}
        for node in ast.walk(function):
            first = node.args[0] if isinstance(node, ast.Call) and node.args else None
            if isinstance(first, ast.Name) and first.id in parameters:
                passed.add(id(node))
    return passed


def scan(folder: Path = SOURCE) -> tuple[dict[Key, Found], list[Problem]]:
    """Every message the report's source asks for, and every call the catalogs cannot check."""
    found: dict[Key, Found] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.py")):
        text = path.read_text("utf-8")
        lines = text.splitlines()
        tree = ast.parse(text, str(path))
        statements = _statement_lines(tree)
        marked, forwarded = _marked(tree), _forwarded(tree)
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n) in CALLS]
        for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            name = _name(node) or ""
            where = f"{path.name}:{node.lineno}"
            if id(node) in forwarded:
                continue
            if node.args and isinstance(node.args[0], ast.Name) and node.args[0].id in marked:
                continue
            numerus = CALLS[name]
            source = _literal(node.args[0]) if node.args else None
            extra = node.args[2:] if numerus else node.args[1:]
            disambiguation_node = extra[0] if extra else None
            for keyword in node.keywords:
                if keyword.arg == "disambiguation":
                    disambiguation_node = keyword.value
            disambiguation = "" if disambiguation_node is None else _literal(disambiguation_node)
            if source is None or disambiguation is None:
                problems.append(Problem(where, f"{name}() needs literal text to be in the catalogs"))
                continue
            message = found.setdefault((source, disambiguation), Found(source, disambiguation, numerus))
            if message.numerus != numerus:
                problems.append(Problem(where, f"{source!r} is used both with and without a count"))
            message.locations.append((path.name, node.lineno))
            note = _note(lines, statements.get(node.lineno, node.lineno))
            if note and note not in message.notes:
                message.notes.append(note)
    return found, problems


# -- writing a TS file --------------------------------------------------------------------------


def _x(text: str) -> str:
    return escape(text, _ENTITIES)


def _message_xml(found: Found, old: Message | None, forms: int) -> Iterator[str]:
    yield '    <message numerus="yes">' if found.numerus else "    <message>"
    for file, line in found.locations:
        yield f'        <location filename="../../src/casedesk/report/{file}" line="{line}"/>'
    yield f"        <source>{_x(found.source)}</source>"
    if found.disambiguation:
        yield f"        <comment>{_x(found.disambiguation)}</comment>"
    if found.notes:
        yield f"        <extracomment>{_x(' '.join(found.notes))}</extracomment>"
    kept = old is not None and old.numerus == found.numerus
    translated = list(old.forms) if old is not None and kept else []
    finished = old is not None and kept and old.finished and (not found.numerus or len(translated) == forms)
    mark = "" if finished else ' type="unfinished"'
    if found.numerus:
        translated = (translated + [""] * forms)[:forms]
        yield f"        <translation{mark}>"
        for form in translated:
            yield f"            <numerusform>{_x(form)}</numerusform>"
        yield "        </translation>"
    else:
        yield f"        <translation{mark}>{_x(translated[0] if translated else '')}</translation>"
    yield "    </message>"


def render(language: str, messages: dict[Key, Found], old: dict[Key, Message]) -> str:
    """The TS file for ``language``: the messages in order of first use, old translations kept."""
    order = sorted(messages.values(), key=lambda m: (m.locations[0][0], m.locations[0][1]))
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for found in order:
        out.extend(_message_xml(found, old.get(found.key), NUMERUS_FORMS[language]))
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def update(language: str, path: Path | None = None) -> tuple[int, int]:
    """Rewrite the catalog of ``language``; returns (messages, unfinished)."""
    path = path or catalog_path(language)
    messages, problems = scan()
    if problems:
        raise SystemExit("\n".join(f"{p.where}: {p.what}" for p in problems))
    old = read_catalog(path) if path.exists() else {}
    path.write_text(render(language, messages, old), "utf-8")
    unfinished = sum(not m.finished for m in read_catalog(path).values())
    return len(messages), unfinished


def main() -> int:
    for language in LANGUAGES[1:]:
        total, unfinished = update(language)
        print(f"{catalog_path(language)}: {total} messages, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
