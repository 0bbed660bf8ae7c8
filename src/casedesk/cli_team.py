"""``casedesk init|checkout|checkin|migrate``: a workspace, and moving work between a laptop and a team.

Opening a workspace creates it on first use; ``init`` does only that and says what it found, so an
administrator can set up a team workspace (its schema on PostgreSQL, the check that the bucket is
there and writable) before anyone opens it, and see that it answers; ``--add-role ROLE`` also makes
each investigator's login role on a team workspace's server.

``checkout CASE --to FOLDER`` copies a case of the workspace opened (the team's) into another (a
laptop's) to work on it offline; ``checkin CASE --to URL --store URL`` merges the offline work back
(:mod:`casedesk.bundle.checkout`). ``migrate --to WORKSPACE`` copies the whole workspace opened into
another, verbatim (:mod:`casedesk.core.transfer`). The other workspace is ``--to`` (a folder or a
PostgreSQL URL) with its own ``--store``, given after the command.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO

from casedesk.cli_output import EXIT_OK, TerminalProgress, print_json, said
from casedesk.core.errors import UsageError
from casedesk.core.location import WorkspaceLocation, is_url, locate
from casedesk.core.preferences import Preferences
from casedesk.core.service import CaseService
from casedesk.core.tasks import TaskControl
from casedesk.core.views import to_jsonable
from casedesk.i18n import msg, msgn
from casedesk.textutil import printable


def add_team_parsers(sub: Any) -> None:
    init = sub.add_parser(
        "init", help="create the workspace (for a team workspace: its schema, and check its store)"
    )
    init.add_argument(
        "--add-role",
        metavar="ROLE",
        action="append",
        default=[],
        help="a team workspace: make an investigator's login role that may connect (repeatable); "
        "each password is asked for, or read one line per role from standard input",
    )
    init.add_argument("--json", action="store_true")

    checkout = sub.add_parser(
        "checkout", help="copy a case into another workspace (a laptop's) to work on it offline"
    )
    checkout.add_argument("case")
    _target_arguments(checkout, "the workspace to copy the case into: a folder, or a team workspace's URL")
    checkin = sub.add_parser(
        "checkin", help="merge a case's offline work into another workspace (the team's); conflicts reported"
    )
    checkin.add_argument("case")
    _target_arguments(checkin, "the workspace to merge the case into: a team workspace's URL, or a folder")
    migrate = sub.add_parser(
        "migrate", help="copy every case of this workspace into another, verbatim (resumable)"
    )
    _target_arguments(migrate, "the workspace to copy into: a folder, or a team workspace's URL")


def _target_arguments(parser: Any, where: str) -> None:
    parser.add_argument("--to", required=True, metavar="FOLDER_OR_URL", help=where)
    # Its own name: the --store before the command is the opened workspace's.
    parser.add_argument(
        "--store",
        dest="to_store",
        metavar="URL",
        help="the other workspace's evidence store, s3://BUCKET[/PREFIX]",
    )
    parser.add_argument("--json", action="store_true")


def run_team(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "init":
        return _init(svc, args, out)
    # The case first: an unknown one is refused before the other workspace is opened (and made).
    case_id = svc.resolve_case(args.case) if args.command != "migrate" else ""
    other = _open_target(args)
    try:
        control = TaskControl(progress=TerminalProgress(args.command, not args.json))
        if args.command == "migrate":
            return _migrate(svc, other, args, out, control)
        return _sync(svc, other, case_id, args, out, control)
    finally:
        other.close()


def _init(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    summary = svc.workspace_summary()
    if args.add_role and not summary.team:
        raise UsageError(msg("Roles are made on a team workspace; a folder workspace is its owner's alone."))
    if args.add_role:
        svc.check_administrator()  # before any password is asked for
    passwords = {role: _password(role) for role in args.add_role}  # all asked before any is made
    made = {role: svc.add_investigator_role(role, password) for role, password in passwords.items()}
    if args.json:
        print_json({**to_jsonable(summary), "roles_added": made}, out)
        return EXIT_OK
    out.write(
        said(
            msg(
                "Workspace ready: {workspace} (database {database}, schema {schema}; evidence store "
                "{store}). The custody log names you as {investigator}.",
                workspace=summary.workspace,
                database=summary.database,
                schema=summary.schema,
                store=summary.store,
                investigator=summary.investigator,
            )
        )
        + "\n"
    )
    for role, created in made.items():
        said_role = (
            msg(
                "Role {role} made: it may connect. Open cases to it with: casedesk access CASE "
                "--grant {role}",
                role=role,
            )
            if created
            else msg("Role {role} was there already: left as it is.", role=role)
        )
        out.write(said(said_role) + "\n")
    return EXIT_OK


def _password(role: str) -> str:
    """The new role's password: asked for twice on a terminal, else the next line of stdin."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(said(msg("Password for {role}: ", role=role)))
    if getpass.getpass(said(msg("The same password again: "))) != first:
        raise UsageError(msg("The two passwords for {role} differ; no role was made.", role=role))
    return first


def target_location(to: str, store: str | None) -> WorkspaceLocation:
    """``--to``/``--store`` as a location; a folder given without ``--store`` keeps its originals in
    itself (CASEDESK_STORE names the opened workspace's store, not this one's)."""
    if store is None and is_url(to):
        # Not CASEDESK_STORE's: that is the opened workspace's store, not this one's.
        raise UsageError(
            msg(
                "The team workspace named by --to needs its evidence store too: add --store s3://BUCKET[/PREFIX]."
            )
        )
    location = locate(to, store)
    if store is None and location.store_url is not None:
        return WorkspaceLocation(location.folder)
    return location


def _open_target(args: argparse.Namespace) -> CaseService:
    investigator = args.investigator or Preferences.load().investigator_name()
    return CaseService.open(target_location(args.to, args.to_store), investigator)


def _sync(
    svc: CaseService,
    other: CaseService,
    case_id: str,
    args: argparse.Namespace,
    out: TextIO,
    control: TaskControl,
) -> int:
    from casedesk.bundle.checkout import CHECKOUT, checkin, checkout
    from casedesk.cli_keys import signing_key

    carry = checkout if args.command == CHECKOUT else checkin
    result = carry(svc, other, case_id, control, key=signing_key())
    if args.json:
        print_json(result.to_json(), out)
        return EXIT_OK
    title = printable(other.case_header(case_id).title) if result.status != "unchanged" else case_id[:8]
    lines = []
    if result.status == "unchanged":
        lines.append(
            msg("Nothing to carry: {target} already has everything of this case.", target=result.target)
        )
    else:
        done = {
            ("checkout", "imported"): msg(
                "Checked out {title!r} to {target}.", title=title, target=result.target
            ),
            ("checkout", "merged"): msg(
                "Checked out {title!r} again to {target}: merged with the copy there.",
                title=title,
                target=result.target,
            ),
            ("checkin", "imported"): msg(
                "Checked in {title!r} to {target}.", title=title, target=result.target
            ),
            ("checkin", "merged"): msg(
                "Checked in {title!r} to {target}: merged into the case there.",
                title=title,
                target=result.target,
            ),
        }[(result.direction, result.status)]
        lines.append(done)
        lines.append(
            msg(
                "{evidence} and {entries} added.",
                evidence=msgn(
                    "%n evidence item(s)", result.added_evidence, "fragment: what a check-in added"
                ),
                entries=msgn(
                    "%n custody entry(ies)", result.added_entries, "fragment: what a check-in added"
                ),
            )
        )
        if result.conflicts:
            lines.append(
                msgn(
                    "%n conflict(s): the value already there was kept; the other is kept where it came "
                    "from and in its custody entries.",
                    len(result.conflicts),
                )
            )
        if result.signature_warning:
            lines.append(msg("warning: {warning}", warning=result.signature_warning))
    for line in lines:
        out.write(said(line) + "\n")
    for conflict in result.conflicts:
        out.write(said(msg("conflict: {conflict}", conflict=conflict)) + "\n")
    return EXIT_OK


def _migrate(
    svc: CaseService, other: CaseService, args: argparse.Namespace, out: TextIO, control: TaskControl
) -> int:
    from casedesk.core.transfer import COPIED, migrate

    result = migrate(svc, other, control)
    if args.json:
        print_json(result.to_json(), out)
        return EXIT_OK
    copied = [case for case in result.cases if case.status == COPIED]
    out.write(
        said(
            msg(
                "Copied {cases} and {originals} ({megabytes:.1f} MB) to {target}; {present} already there.",
                cases=msgn("%n case(s)", len(copied), "fragment: what migrate copied"),
                originals=msgn("%n original(s)", result.originals_copied, "fragment: what migrate copied"),
                megabytes=result.bytes_copied / 1e6,
                target=result.target,
                present=msgn(
                    "%n case(s)",
                    len(result.cases) - len(copied),
                    "fragment: what migrate found already there",
                ),
            )
        )
        + "\n"
    )
    for case in result.cases:
        out.write(
            said(
                msg(
                    "{id}  {title}: {entries}, last entry {head}",
                    id=case.case_id[:8],
                    title=printable(case.title),
                    entries=msgn("%n custody entry(ies)", case.entries, "fragment: what migrate copied"),
                    head=case.custody_head[:12],
                )
            )
            + "\n"
        )
    return EXIT_OK
