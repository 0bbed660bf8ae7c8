"""The README's two quick-start commands are the ones users and CI actually run."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shell_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_line = next(line for line in ci.splitlines() if "-m pytest" in line and not line.startswith("#"))
    command = test_line.split(" 2>&1", 1)[0].strip()  # what follows only keeps its output (tee)
    assert command.endswith("-m pytest")
    assert any(command in block for block in _shell_blocks())


def test_no_quick_start_command_needs_sudo() -> None:
    quick = _shell_blocks()[:2]
    for block in quick:
        for command in block.strip().splitlines():
            # sudo only through "$(command -v sudo)", which is empty where sudo does not exist
            assert re.search(r"(^|[;&|]\s*)sudo\s", command) is None, command
