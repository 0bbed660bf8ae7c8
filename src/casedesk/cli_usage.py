"""How the command line says it was called wrongly, in its language (``CASEDESK_LANGUAGE``).

argparse words its own errors in English ("the following arguments are required: CASE"). They reach
:class:`casedesk.cli.Parser.error` already filled in, and are shown the way the core's recorded
English is: matched against the templates below (kept in the messages catalogue, translated there)
and filled with what argparse put in them; the inner sentence of "argument X: …" is translated too.
A sentence of a newer argparse that is not listed here is shown in English, as it was written.
"""

from __future__ import annotations

from casedesk.i18n import Message, msg

# argparse's sentences (Lib/argparse.py, Python 3.11 to 3.13), with its %-fields named. They are only
# ever matched against, never filled in here: the empty values are the catalogue tool's due.
ARGPARSE_SENTENCES: tuple[Message, ...] = (
    #: argparse: an option or argument was given badly; {problem} is one of the sentences below.
    msg("argument {argument}: {problem}", argument="", problem=""),
    msg("the following arguments are required: {arguments}", arguments=""),
    msg("unrecognized arguments: {arguments}", arguments=""),
    msg("one of the arguments {arguments} is required", arguments=""),
    msg("not allowed with argument {argument}", argument=""),
    msg("ignored explicit argument {value}", value=""),
    msg("expected one argument"),
    msg("expected at most one argument"),
    msg("expected at least one argument"),
    msg("expected {count} argument", count=""),
    msg("expected {count} arguments", count=""),
    msg("ambiguous option: {option} could match {matches}", option="", matches=""),
    msg("unexpected option string: {option}", option=""),
    #: argparse: {kind} is a type's name as the program spells it (int, float, a function's name).
    msg("invalid {kind} value: {value}", kind="", value=""),
    msg("invalid choice: {value} (choose from {choices})", value="", choices=""),
    msg("unknown parser {name} (choices: {choices})", name="", choices=""),
)


def needs_one_of(command: str, choices: str) -> Message:
    """A command given without its sub-command: "bundle needs one of: export, import"."""
    return msg("{command} needs one of: {choices}", command=command, choices=choices)
