"""Both families of Qt-free catalogues kept in step with the source (a maintainer's tool).

``python -m casedesk.i18n.catalogs`` reads, with ``ast`` (Qt's lupdate does not know these calls):

- the report's ``tr``, ``trn`` and ``N_`` calls in ``casedesk/report/*.py``, into ``report_fr.ts``
  and ``report_ar.ts`` (context ``report``);
- the core's ``msg`` and ``msgn`` calls everywhere outside the GUI (``casedesk/ui`` is lupdate's),
  into ``messages_fr.ts`` and ``messages_ar.ts`` (context ``messages``).

Translations already made are kept, new messages are added as unfinished, messages no longer in the
source are dropped, locations and translator notes (``#:`` comments on the lines just above a call)
are refreshed. Then translate the unfinished ones, in Qt Linguist (``pyside6-linguist``) or by hand:
the tests fail while any message is unfinished or missing. ``--family report`` (or ``messages``)
updates one family only.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from xml.sax.saxutils import escape

from casedesk.i18n.catalog import LANGUAGES, NUMERUS_FORMS, Entry, Key, catalog_path, read_catalog

PACKAGE = Path(__file__).resolve().parent.parent  # src/casedesk
_ENTITIES = {'"': "&quot;", "'": "&apos;"}


@dataclass(frozen=True)
class Family:
    """One catalogue family: where its messages are asked for, and by which calls."""

    context: str  # the TS context, and the files' prefix
    sources: tuple[str, ...]  # globs under src/casedesk
    calls: Mapping[str, bool]  # call name -> numerus
    mark: str | None = None  # ``NAME = N_("…")``: ``tr(NAME)`` is checked where the name is bound
    excluded: tuple[str, ...] = ()  # folders under src/casedesk that are not this family's
    named_fields: bool = False  # the text's ``{name}`` fields must be given as keyword arguments

    def files(self) -> list[Path]:
        found = {p for pattern in self.sources for p in PACKAGE.glob(pattern)}
        return sorted(
            (p for p in found if not any(p.relative_to(PACKAGE).parts[0] == x for x in self.excluded)),
            key=lambda p: p.relative_to(PACKAGE).as_posix(),
        )


REPORT = Family("report", ("report/*.py",), {"tr": False, "trn": True, "N_": False}, mark="N_")
MESSAGES = Family(
    "messages",
    ("*.py", "**/*.py"),
    {"msg": False, "msgn": True},
    excluded=("ui", "i18n"),  # the GUI is Qt's to translate; i18n defines the calls
    named_fields=True,
)
FAMILIES = {family.context: family for family in (REPORT, MESSAGES)}


@dataclass
class Found:
    """A message as the source uses it."""

    source: str
    disambiguation: str
    numerus: bool
    locations: list[tuple[str, int]] = field(default_factory=list)  # (path under casedesk, line)
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return self.source, self.disambiguation


@dataclass(frozen=True)
class Problem:
    where: str
    what: str


def call_name(call: ast.Call) -> str | None:
    """The name a call is made by: `msg` in `msg(...)` and in `i18n.msg(...)`."""
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


def _marked(tree: ast.Module, mark: str | None) -> set[str]:
    """Module-level names bound to an ``N_("…")`` literal: ``tr(NAME)`` is then checked at ``N_``."""
    names: set[str] = set()
    for statement in tree.body:
        if not isinstance(statement, ast.Assign):
            continue
        if isinstance(statement.value, ast.Call) and mark and call_name(statement.value) == mark:
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return names


def _forwarded(tree: ast.Module, calls: Mapping[str, bool]) -> set[int]:
    """ids of calls inside a ``tr``/``trn`` definition that pass that definition's own parameters on."""
    passed: set[int] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or function.name not in calls:
            continue
        parameters = {a.arg for a in function.args.args}
        for node in ast.walk(function):
            first = node.args[0] if isinstance(node, ast.Call) and node.args else None
            if isinstance(first, ast.Name) and first.id in parameters:
                passed.add(id(node))
    return passed


def _fields_problem(node: ast.Call, source: str) -> str | None:
    """For a named-fields family: a ``{name}`` of the text that the call does not give, if any."""
    if any(k.arg is None for k in node.keywords):
        return None  # ``**values``: not checkable here
    given = {k.arg for k in node.keywords}
    try:
        names = {name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(source) if name}
    except ValueError as exc:
        return f"{source!r} is not a format string ({exc})"
    if unnamed := sorted(n for n in names if not n.isidentifier()):
        return f"{source!r} has unnamed fields {unnamed}; name them"
    if missing := sorted(names - given):
        return f"{source!r} needs the values {missing}"
    return None


def scan(family: Family = REPORT) -> tuple[dict[Key, Found], list[Problem]]:
    """Every message the family's source asks for, and every call the catalogs cannot check."""
    found: dict[Key, Found] = {}
    problems: list[Problem] = []
    for path in family.files():
        relative = path.relative_to(PACKAGE).as_posix()
        text = path.read_text("utf-8")
        lines = text.splitlines()
        tree = ast.parse(text, str(path))
        statements = _statement_lines(tree)
        marked, forwarded = _marked(tree, family.mark), _forwarded(tree, family.calls)
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and call_name(n) in family.calls]
        for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            name = call_name(node) or ""
            where = f"{path.name}:{node.lineno}"
            if id(node) in forwarded:
                continue
            if node.args and isinstance(node.args[0], ast.Name) and node.args[0].id in marked:
                continue
            numerus = family.calls[name]
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
            if family.named_fields and (trouble := _fields_problem(node, source)):
                problems.append(Problem(where, trouble))
            message = found.setdefault((source, disambiguation), Found(source, disambiguation, numerus))
            if message.numerus != numerus:
                problems.append(Problem(where, f"{source!r} is used both with and without a count"))
            message.locations.append((relative, node.lineno))
            note = _note(lines, statements.get(node.lineno, node.lineno))
            if note and note not in message.notes:
                message.notes.append(note)
    return found, problems


# -- writing a TS file --------------------------------------------------------------------------


def _x(text: str) -> str:
    return escape(text, _ENTITIES)


def _message_xml(found: Found, old: Entry | None, forms: int) -> Iterator[str]:
    yield '    <message numerus="yes">' if found.numerus else "    <message>"
    for file, line in found.locations:
        yield f'        <location filename="../../src/casedesk/{file}" line="{line}"/>'
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


def render(family: Family, language: str, messages: dict[Key, Found], old: dict[Key, Entry]) -> str:
    """The TS file for ``language``: the messages in order of first use, old translations kept."""
    order = sorted(messages.values(), key=lambda m: (m.locations[0][0], m.locations[0][1]))
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">',
        "<context>",
        f"    <name>{family.context}</name>",
    ]
    for found in order:
        out.extend(_message_xml(found, old.get(found.key), NUMERUS_FORMS[language]))
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def update(family: Family, language: str, path: Path | None = None) -> tuple[int, int]:
    """Rewrite the family's catalog of ``language``; returns (messages, unfinished)."""
    path = path or catalog_path(family.context, language)
    messages, problems = scan(family)
    if problems:
        raise SystemExit("\n".join(f"{p.where}: {p.what}" for p in problems))
    old = read_catalog(path, family.context) if path.exists() else {}
    path.write_text(render(family, language, messages, old), "utf-8")
    unfinished = sum(not m.finished for m in read_catalog(path, family.context).values())
    return len(messages), unfinished


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    chosen = list(FAMILIES.values())
    if args[:1] == ["--family"] and len(args) == 2 and args[1] in FAMILIES:
        chosen = [FAMILIES[args[1]]]
    elif args:
        print(f"usage: python -m casedesk.i18n.catalogs [--family {'|'.join(FAMILIES)}]", file=sys.stderr)
        return 2
    for family in chosen:
        for language in LANGUAGES[1:]:
            total, unfinished = update(family, language)
            print(f"{catalog_path(family.context, language)}: {total} messages, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
