"""What every ``casedesk`` verb shares: exit codes, one-line usage errors, output and progress.

Exit status: 0 success, 1 a check failed (verify found problems, some files were not added),
2 usage error, unknown case or unknown object.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from casedesk.core.tasks import ProgressText
from casedesk.core.views import to_jsonable
from casedesk.i18n import Message, environment_language, translate
from casedesk.textutil import printable

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliUsageError(Exception):
    """The command line was called wrongly: said in its language by :func:`run` (see cli_usage)."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message = message


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would print usage and exit; we want one line
        raise CliUsageError(message)


def said(value: Message | str) -> str:
    """A message of the core, or English text it recorded, in the command line's language, on one line."""
    return printable(translate(value, environment_language()))


def print_json(value: Any, out: TextIO) -> None:
    json.dump(to_jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


class TerminalProgress:
    """A single self-rewriting progress line on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: ProgressText) -> None:
        if not self.enabled:
            return
        width = 30
        filled = width * done // total if total else width
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{total} {said(message)[:40]:<40}")
        sys.stderr.flush()
        if done >= total:
            sys.stderr.write("\n")
