"""The command line with random arguments: exit status 0, 1 or 2, one line of error at most, never a
traceback, and nothing written outside the workspace and the folder the command runs in."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.cli import build_parser, run
from casedesk.cli_records import RECORDS
from casedesk.core.service import CaseService
from casedesk.core.timeutil import PartialTime

from .harness import FUZZ, bounded, new_workspace, tiny_png
from .invariants import audit_workspace
from .tally import count

COMMANDS = ["case", "add", "still", "verify", "log", "search", "export", "bundle", *RECORDS]
WORDS = [
    "new", "list", "show", "import", "export", "--json", "--recursive", "-r", "--at", "--every",
    "--keyframes", "--pdf", "report.pdf", "--sections", "summary,claims", "bogus", "--omit-graphic",
    "--omit-personal", "--blur-sensitive", "--custody", "summary", "full", "--classification",
    "--deterministic", "--encrypt", "--passphrase-file", "pass.txt", "--summary", "--investigator",
    "a.png", "b.jpg", ".", "missing.png", "case.cdb", "-", "--", "-1", "0", "0.5", "nan", "inf", "1e309",
    "Fuzz", "fuzz", "F", "", " ", "\u202eevil", "\x1b[31m", "\n", "%s%n", "../..", "/",
]  # fmt: skip

# Values for the record verbs (source, claim, ...), whose arguments are shaped from their table so
# that most examples get past the parser and write; the records' ids come from `seeded` below.
RECORD_VALUES = [
    "Name", "supports", "contradicts", "context", "maybe", "confirmed", "b", "G", "1", "7", "-33.5",
    "91", "nan", "2025-03", "2025-03-16 15:05 America/Los_Angeles", "2025-13-40", "", " ", "\n",
]  # fmt: skip

argv_tail = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=10)), max_size=6)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """cwd of every example: relative output paths land here; a case titled "Fuzz" with one still."""
    root = tmp_path_factory.mktemp("cli-fuzz")
    (root / "cwd").mkdir()
    tiny_png(root / "cwd" / "a.png", seed=1)
    (root / "cwd" / "b.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (root / "cwd" / "pass.txt").write_text("correct horse battery staple\n")
    new_workspace(root / "ws", "Fuzz")
    (root / "outside.txt").write_text("must not change")
    return root


def snapshot(root: Path, skip: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file() and not any(p.is_relative_to(s) for s in skip)
    }


def invoke(sandbox: Path, argv: list[str]) -> None:
    count("inputs fuzzed (CLI argument lists)")
    workspace, cwd = sandbox / "ws", sandbox / "cwd"
    full = ["--workspace", str(workspace), *argv]
    try:
        parsed = build_parser().parse_args(full)
        if parsed.command in (None, "gui"):
            return  # would start the desktop application
    except BaseException:
        pass
    before = snapshot(sandbox, (workspace, cwd))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = bounded(60, lambda: run(full, out, err))
        except SystemExit as exc:  # --help and --version exit through argparse, with status 0
            code = exc.code if isinstance(exc.code, int) else 2
    assert code in (0, 1, 2), (full, code, err.getvalue())
    said = err.getvalue()
    assert "Traceback" not in said
    # One message, from CaseDesk (whether it is one *printable* line is pinned separately below).
    assert said == "" or (said.startswith("casedesk: ") and said.endswith("\n")), said
    assert snapshot(sandbox, (workspace, cwd)) == before, "something was written outside"


@settings(FUZZ, max_examples=120)
@given(st.sampled_from(COMMANDS), argv_tail)
def test_random_arguments_to_each_command(sandbox: Path, command: str, tail: list[str]) -> None:
    invoke(sandbox, [command, *tail])


@pytest.fixture(scope="module")
def seeded(sandbox: Path) -> list[str]:
    """One record of each kind and one evidence item in "Fuzz": the id prefixes the record verbs name."""
    svc = CaseService.open(sandbox / "ws", "Test Investigator")
    try:
        case_id = svc.resolve_case("Fuzz")
        [item] = svc.add_files(case_id, [sandbox / "cwd" / "a.png"])
        ids = [
            svc.add_source(case_id, "Channel").id,
            svc.add_claim(case_id, "A claim").id,
            svc.add_place(case_id, "Bridge", 1.0, 2.0).id,
            svc.add_event(case_id, PartialTime.year(2021), "Built").id,
            svc.add_note(case_id, "A note").id,
        ]
    finally:
        svc.close()
    return [i[:6] for i in ids] + [item.sha256[:8], ""]


@settings(FUZZ, max_examples=200)
@given(st.sampled_from(sorted(RECORDS)), st.sampled_from(["Fuzz", "fuzz", "nope"]), st.data())
def test_record_verbs_with_random_values(
    sandbox: Path, seeded: list[str], word: str, case: str, data: st.DataObject
) -> None:
    record = RECORDS[word]
    extras = {extra.name for extra in record.extras}
    verb = data.draw(st.sampled_from(["add", "edit", "remove", "restore", "list", *sorted(extras)]))
    wanted = {"add": len(record.positional), "list": 0}.get(verb, 2 if verb in extras else 1)
    value = st.one_of(st.sampled_from(seeded + RECORD_VALUES), st.text(max_size=10))
    flags = [field.option for field in record.fields] + ["--reason", "--stance"]
    option = st.one_of(
        st.tuples(st.sampled_from(flags), value).map(list),
        st.sampled_from(["--json", "--removed", "--unlink"]).map(lambda switch: [switch]),
    )
    arguments = data.draw(st.lists(value, min_size=wanted, max_size=wanted))
    options = [w for pair in data.draw(st.lists(option, max_size=3)) for w in pair]
    invoke(sandbox, [word, verb, case, *arguments, *options])


@settings(FUZZ, max_examples=60)
@given(st.lists(st.one_of(st.sampled_from(COMMANDS + WORDS), st.text(max_size=10)), max_size=7))
def test_random_argument_lists(sandbox: Path, argv: list[str]) -> None:
    invoke(sandbox, argv)


def test_workspace_is_consistent_after_the_fuzzing(sandbox: Path) -> None:
    audit_workspace(sandbox / "ws")


def test_bundle_without_a_subcommand_is_a_usage_error(sandbox: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["--workspace", str(sandbox / "ws"), "bundle"], out, err) == 2
    assert "bundle" in err.getvalue()


@pytest.mark.parametrize("nasty", ["two\nlines", "\x1b[2J\x1b[31mred", "\u202eevil", "rec\x1esep"])
def test_error_messages_are_one_printable_line(sandbox: Path, nasty: str) -> None:
    count("inputs fuzzed (CLI argument lists)")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--workspace", str(sandbox / "ws"), "case", "new", "Title", nasty], out, err) == 2
    message = err.getvalue()
    assert message.endswith("\n") and message[:-1].isprintable(), repr(message)
